"""Telegram Desktop exports (result.json and its media folders): one report draft per message.

Field names are those Telegram Desktop writes (export_output_json.cpp): a chat object with name,
type, id and messages, or a whole-account export with chats.list and left_chats.list of them.
Service messages (pins, joins, title changes) are not reports and are skipped. A message's
identity is chat id + message id + edit version (the edit time, 0 if never edited), so importing
a later export again adds only new messages and new versions of edited ones.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from warcrimes.errors import BadInputError
from warcrimes.ingest.formats.drafts import Limits, MediaFile, Original, ReportDraft, SourceFile
from warcrimes.ingest.formats.jsonstream import JsonWalker

RESULT_FILE = "result.json"
MEDIA_TYPE = "application/json"
#: Chat types whose messages have a t.me link (members can open t.me/c/<id>/<message>).
LINKABLE = frozenset({"public_channel", "private_channel", "public_supergroup", "private_supergroup"})
CHAT_LISTS = ("chats", "left_chats")


def read(source: SourceFile, limits: Limits) -> Iterator[ReportDraft]:
    """Every message of the export with text or media, in file order."""
    return read_export(source, limits)


def read_export(source: SourceFile, limits: Limits, username: str | None = None) -> Iterator[ReportDraft]:
    """As `read`; `username` (the channel's public @name) gives t.me/<username>/<id> links."""
    json_path, root = _locate(source)
    name = str(json_path) if json_path is not None else source.name
    with _open_text(source, json_path) as handle:
        walker = JsonWalker(handle, name, limits.max_message_bytes)
        export = _Export(name, root, username.lstrip("@") if username else None)
        yield from export.walk(walker)
        if walker.peek():
            raise BadInputError(f"{name}: has more data after the export's closing brace")
    if not export.saw_messages:
        raise BadInputError(f"{name}: holds no messages list; it is not a Telegram Desktop export (result.json)")


def _locate(source: SourceFile) -> tuple[Path | None, Path | None]:
    """The result.json to read and the folder its media paths are relative to."""
    if source.path is None:
        return None, None
    if source.path.is_dir():
        return source.path / RESULT_FILE, source.path
    return source.path, source.path.parent


def _open_text(source: SourceFile, json_path: Path | None) -> TextIO:
    # newline="" keeps \r\n as it is, so each message's text encodes back to its exact bytes.
    if json_path is None:
        return io.TextIOWrapper(io.BytesIO(source.content or b""), encoding="utf-8", newline="")
    try:
        return json_path.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise BadInputError(f"{json_path}: cannot be read ({exc.strerror or exc})") from exc


class _Export:
    """Walks the export's structure; `saw_messages` tells whether any chat had a messages list."""

    def __init__(self, name: str, root: Path | None, username: str | None) -> None:
        self.name = name
        self.root = root.resolve() if root is not None else None
        self.username = username
        self.saw_messages = False

    def walk(self, walker: JsonWalker) -> Iterator[ReportDraft]:
        yield from self._chat(walker, top_level=True)

    def _chat(self, walker: JsonWalker, top_level: bool = False) -> Iterator[ReportDraft]:
        chat: dict[str, Any] = {}
        for key in walker.object_keys():
            if key == "messages":
                self.saw_messages = True
                yield from self._messages(walker, chat)
            elif top_level and key in CHAT_LISTS:
                yield from self._chat_list(walker)
            else:
                chat[key] = walker.value()[0]

    def _chat_list(self, walker: JsonWalker) -> Iterator[ReportDraft]:
        for key in walker.object_keys():
            if key != "list":
                walker.value()
                continue
            for _ in walker.array_items():
                yield from self._chat(walker)

    def _messages(self, walker: JsonWalker, chat: dict[str, Any]) -> Iterator[ReportDraft]:
        for _ in walker.array_items():
            message, text, start = walker.value()
            if not isinstance(message, dict):
                raise BadInputError(f"{self.name}: an entry of the messages list near byte {start:,} is not "
                                    "a message object")
            raw = text.encode("utf-8")
            draft = self._draft(message, chat, Original(raw, MEDIA_TYPE, self.name, (start, start + len(raw))))
            if draft is not None:
                yield draft

    def _draft(self, message: dict[str, Any], chat: dict[str, Any], original: Original) -> ReportDraft | None:
        if message.get("type") != "message":
            return None  # service messages and the "unsupported" placeholder
        message_id = _integer(message.get("id"))
        if message_id is None:
            raise BadInputError(f"{self.name}: a message near byte {original.span[0] if original.span else 0:,} "
                                "has no numeric id")
        text, links = flatten(message.get("text_entities", message.get("text", "")))
        media = tuple(m for m in (self._media(message, "photo"), self._media(message, "file")) if m is not None)
        if not text.strip() and not media:
            return None
        chat_id = _integer(chat.get("id"))
        edited = _when(message, "edited")
        # Naive times (old exports) count as UTC here only to give a number that is the same everywhere.
        version = int(edited.replace(tzinfo=edited.tzinfo or dt.UTC).timestamp()) if edited is not None else 0
        return ReportDraft(
            identity=f"telegram:{chat_id if chat_id is not None else 'unknown'}:{message_id}:{version}",
            format="telegram", text=text, original=original, published=_when(message, "date"),
            author=_text(message.get("author")) or _text(message.get("from")), url=self._link(chat, message_id),
            channel=_text(chat.get("name")), channel_id=chat_id, message_id=message_id, version=version,
            edited=edited, forwarded_from=_text(message.get("forwarded_from")),
            forwarded_from_id=_text(message.get("forwarded_from_id")),
            reply_to=_integer(message.get("reply_to_message_id")), links=links, media=media)

    def _link(self, chat: dict[str, Any], message_id: int) -> str | None:
        if chat.get("type") not in LINKABLE:
            return None
        if self.username and chat.get("type", "").startswith("public"):
            return f"https://t.me/{self.username}/{message_id}"
        chat_id = _integer(chat.get("id"))
        return f"https://t.me/c/{chat_id}/{message_id}" if chat_id is not None else None

    def _media(self, message: dict[str, Any], field: str) -> MediaFile | None:
        value = message.get(field)
        if not isinstance(value, str) or not value:
            return None
        kind = "photo" if field == "photo" else str(message.get("media_type") or "file")
        media_type = "image/jpeg" if field == "photo" else _text(message.get("mime_type"))
        if value.startswith("("):  # "(File not included. Change data exporting settings to download.)"
            return MediaFile(value, kind, media_type, None, missing=value.strip("()"))
        if self.root is None:
            return MediaFile(value, kind, media_type, None, missing="the export was read without its folder")
        candidate = (self.root / value).resolve()
        if not candidate.is_relative_to(self.root):
            return MediaFile(value, kind, media_type, None, missing="its path leads outside the export folder")
        if not candidate.is_file():
            return MediaFile(value, kind, media_type, None, missing="it is not in the export folder")
        return MediaFile(value, kind, media_type, candidate)


def flatten(value: Any) -> tuple[str, tuple[str, ...]]:
    """Plain text of a message's text or text_entities, and the URLs of its links.

    Telegram writes either a string or a list of strings and {"type", "text", "href"?} parts;
    bold, italic, mentions, hashtags and spoilers are their text; a text link keeps its words in
    the text and its target in the links.
    """
    if isinstance(value, str):
        return value, ()
    if not isinstance(value, list):
        return "", ()
    parts: list[str] = []
    links: list[str] = []
    for part in value:
        if isinstance(part, str):
            parts.append(part)
        elif isinstance(part, dict):
            text = part.get("text")
            parts.append(text if isinstance(text, str) else "")
            if part.get("type") == "text_link" and isinstance(part.get("href"), str):
                links.append(part["href"])
            elif part.get("type") == "link" and isinstance(text, str):
                links.append(text)
    return "".join(parts), tuple(dict.fromkeys(links))


def _when(message: dict[str, Any], field: str) -> dt.datetime | None:
    """A message time: exact UTC from the *_unixtime field, else the exporting computer's local
    time as Telegram wrote it (naive: its time zone is unknown)."""
    unix = _integer(message.get(f"{field}_unixtime"))
    if unix is not None:
        return dt.datetime.fromtimestamp(unix, dt.UTC)
    value = message.get(field)
    if not isinstance(value, str):
        return None
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        return None


def _integer(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value)
    return None


def _text(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None
