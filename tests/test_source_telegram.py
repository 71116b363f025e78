"""Telegram Desktop exports: one draft per message, service messages skipped, originals byte for byte."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from source_fixtures import CHANNEL_ID, RU_POST, UK_POST, telegram_chat, telegram_messages, write_telegram_export
from warcrimes.errors import BadInputError
from warcrimes.ingest.formats import Limits, SourceFile, read_source, telegram
from warcrimes.ingest.formats.jsonstream import JsonWalker
from warcrimes.ingest.formats.telegram import flatten, read_export


def test_every_message_is_a_draft_and_service_messages_are_skipped(tmp_path: Path) -> None:
    drafts = list(read_source(write_telegram_export(tmp_path / "export")))
    assert [d.message_id for d in drafts] == [2, 3, 4]
    first = drafts[0]
    assert first.format == "telegram"
    assert first.channel == "Обласна прокуратура"
    assert first.channel_id == CHANNEL_ID
    assert first.author == "Прес-служба"  # the post's signature before the channel name
    assert first.published == dt.datetime(2024, 3, 14, 8, 15, tzinfo=dt.UTC)
    assert first.url == f"https://t.me/c/{CHANNEL_ID}/2"
    assert drafts[2].reply_to == 2


def test_text_entities_are_flattened_and_links_kept(tmp_path: Path) -> None:
    first = next(iter(read_source(write_telegram_export(tmp_path / "export"))))
    assert first.text == f"Обстріл Борової. {UK_POST} Деталі"
    assert first.links == ("https://example.org/borova",)


def test_a_forward_names_its_origin(tmp_path: Path) -> None:
    drafts = list(read_source(write_telegram_export(tmp_path / "export")))
    assert drafts[1].forwarded_from == "Губернатор области"
    assert drafts[1].text == RU_POST


def test_a_photo_in_the_export_is_listed_with_its_file(tmp_path: Path) -> None:
    export = write_telegram_export(tmp_path / "export")
    photo = next(iter(read_source(export))).media[0]
    assert photo.kind == "photo"
    assert photo.path == (export / "photos" / "photo_2@14-03-2024_08-15-00.jpg").resolve()
    assert photo.missing is None


def test_a_video_left_out_of_the_export_says_why(tmp_path: Path) -> None:
    video = list(read_source(write_telegram_export(tmp_path / "export")))[1].media[0]
    assert video.kind == "video_file"
    assert video.media_type == "video/mp4"
    assert video.path is None
    assert video.missing is not None and "File not included" in video.missing


def test_a_media_path_leading_outside_the_export_is_not_followed(tmp_path: Path) -> None:
    (tmp_path / "outside.mp4").write_bytes(b"not evidence")
    video = list(read_source(write_telegram_export(tmp_path / "a" / "export")))[2].media[0]
    assert video.path is None
    assert video.missing == "its path leads outside the export folder"


def test_each_original_is_the_exact_bytes_of_its_message_in_result_json(tmp_path: Path) -> None:
    export = write_telegram_export(tmp_path / "export", newline="\r\n")
    raw = (export / "result.json").read_bytes()
    for draft in read_source(export):
        assert draft.original.span is not None
        start, end = draft.original.span
        assert raw[start:end] == draft.original.content
        assert json.loads(draft.original.content)["id"] == draft.message_id


def test_a_second_import_of_the_same_export_gives_the_same_identities(tmp_path: Path) -> None:
    first = [d.identity for d in read_source(write_telegram_export(tmp_path / "one"))]
    again = [d.identity for d in read_source(write_telegram_export(tmp_path / "two"))]
    assert first == again
    assert len(set(first)) == len(first)


def test_an_edited_message_is_a_new_version_with_its_own_identity(tmp_path: Path) -> None:
    before = telegram_messages()
    after = telegram_messages()
    updated = UK_POST + " Оновлено."
    after[1].update({"edited": "2024-03-14T10:30:00", "edited_unixtime": "1710412200",
                     "text": updated, "text_entities": [{"type": "plain", "text": updated}]})
    old = {d.message_id: d for d in read_source(write_telegram_export(tmp_path / "old", telegram_chat(before)))}
    new = {d.message_id: d for d in read_source(write_telegram_export(tmp_path / "new", telegram_chat(after)))}
    assert old[2].version == 0
    assert new[2].version == 1710412200
    assert new[2].edited == dt.datetime(2024, 3, 14, 10, 30, tzinfo=dt.UTC)
    assert new[2].identity != old[2].identity
    assert new[3].identity == old[3].identity


def test_a_whole_account_export_reads_every_chat_in_its_lists(tmp_path: Path) -> None:
    other = {"name": "Волонтери", "type": "private_supergroup", "id": 555, "messages": telegram_messages()[1:3]}
    account = {"about": "Here is the data you requested.", "personal_information": {"user_id": 1},
               "chats": {"about": "chats", "list": [telegram_chat(), other]},
               "left_chats": {"about": "left", "list": []}}
    folder = tmp_path / "account"
    folder.mkdir()
    (folder / "result.json").write_text(json.dumps(account, ensure_ascii=False, indent=1), encoding="utf-8")
    drafts = list(read_source(folder))
    assert [(d.channel_id, d.message_id) for d in drafts] == [(CHANNEL_ID, 2), (CHANNEL_ID, 3), (CHANNEL_ID, 4),
                                                              (555, 2), (555, 3)]


def test_a_public_channel_with_a_known_username_links_to_its_public_post(tmp_path: Path) -> None:
    export = write_telegram_export(tmp_path / "export")
    first = next(read_export(SourceFile.from_path(export), Limits(), username="@oblprok"))
    assert first.url == "https://t.me/oblprok/2"


def test_a_truncated_export_keeps_the_messages_before_the_break_and_names_the_file(tmp_path: Path) -> None:
    export = write_telegram_export(tmp_path / "export")
    raw = (export / "result.json").read_bytes()
    cut = raw.index(b'"id": 4')
    (export / "result.json").write_bytes(raw[:cut])
    read: list[int] = []
    with pytest.raises(BadInputError, match=r"result\.json: malformed JSON near byte") as error:
        read.extend(d.message_id or 0 for d in read_source(export))
    assert read == [2, 3]
    assert "\n" not in str(error.value)


@pytest.mark.parametrize(("content", "problem"), [
    (b'{"name": "x", "type": "public_channel", "id": 1}', "holds no messages list"),
    (b'{"messages": [1, 2]}', "is not a message object"),
    (b'{"messages": [{"type": "message", "text": "x"}]}', "has no numeric id"),
    (b'{"messages": []} trailing', "has more data after"),
    (b'{"messages": [\xff]}', "not valid UTF-8"),
])
def test_a_malformed_result_json_is_one_line_naming_the_problem(tmp_path: Path, content: bytes, problem: str) -> None:
    path = tmp_path / "result.json"
    path.write_bytes(content)
    with pytest.raises(BadInputError, match=problem):
        list(telegram.read(SourceFile.from_path(path), Limits()))


def test_an_export_given_as_bytes_has_its_media_marked_missing() -> None:
    content = json.dumps(telegram_chat(), ensure_ascii=False).encode("utf-8")
    first = next(iter(read_source(SourceFile.from_bytes(content, "upload.json"))))
    assert first.media[0].missing == "the export was read without its folder"


def test_flatten_accepts_a_plain_string_or_parts() -> None:
    assert flatten("просто текст") == ("просто текст", ())
    assert flatten(["a ", {"type": "link", "text": "https://t.me/x/1"}]) == ("a https://t.me/x/1", ("https://t.me/x/1",))
    assert flatten(None) == ("", ())


@settings(max_examples=60, deadline=None)
@given(values=st.lists(st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=12),
                                    lambda inner: st.lists(inner, max_size=3)
                                    | st.dictionaries(st.text(max_size=5), inner, max_size=3), max_leaves=8),
                       max_size=6),
       chunk=st.integers(min_value=1, max_value=40))
def test_the_walker_gives_every_element_with_its_exact_bytes_whatever_the_chunk_size(values: list, chunk: int) -> None:
    text = json.dumps({"messages": values}, ensure_ascii=False, indent=1)
    raw = text.encode("utf-8")
    walker = JsonWalker(io.StringIO(text, newline=""), "t.json", 1 << 20, chunk=chunk)
    seen = []
    for key in walker.object_keys():
        assert key == "messages"
        for _ in walker.array_items():
            value, piece, start = walker.value()
            assert raw[start:start + len(piece.encode("utf-8"))] == piece.encode("utf-8")
            seen.append(value)
    assert seen == values


def test_a_message_larger_than_the_limit_is_refused_not_buffered_without_end(tmp_path: Path) -> None:
    huge = {"id": 9, "type": "message", "date_unixtime": "1710404100", "text": "x" * 1_200_000}
    path = tmp_path / "result.json"
    path.write_text(json.dumps(telegram_chat([huge]), ensure_ascii=False), encoding="utf-8")
    with pytest.raises(BadInputError, match="one value is larger than 1 MB"):
        list(telegram.read(SourceFile.from_path(path), Limits(max_message_bytes=1_048_576)))
