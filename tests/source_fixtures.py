"""Source files made in the tests: a Telegram export, PDFs, DOCX and WARC files, with our own texts."""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# A 1x1 JPEG is not needed: the reader only checks the file is there; these bytes start like one.
PHOTO_BYTES = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9"

UK_POST = "Вночі окупанти обстріляли Борову з артилерії. Загинули двоє мешканців, ще п'ятеро поранені."
RU_POST = "Беспилотник атаковал легковой автомобиль в Шебекино, водитель получил ранения."
CHANNEL_ID = 1234567890


def telegram_messages() -> list[dict[str, Any]]:
    """Messages of a small channel in Telegram Desktop's JSON shape (our own texts)."""
    return [
        {"id": 1, "type": "service", "date": "2024-03-01T09:00:00", "date_unixtime": "1709283600",
         "actor": "Обласна прокуратура", "actor_id": f"channel{CHANNEL_ID}", "action": "create_channel",
         "title": "Обласна прокуратура", "text": "", "text_entities": []},
        {"id": 2, "type": "message", "date": "2024-03-14T08:15:00", "date_unixtime": "1710404100",
         "from": "Обласна прокуратура", "from_id": f"channel{CHANNEL_ID}", "author": "Прес-служба",
         "photo": "photos/photo_2@14-03-2024_08-15-00.jpg", "width": 1280, "height": 960,
         "text": [{"type": "bold", "text": "Обстріл Борової."}, " ", UK_POST, " ",
                  {"type": "text_link", "text": "Деталі", "href": "https://example.org/borova"}],
         "text_entities": [{"type": "bold", "text": "Обстріл Борової."}, {"type": "plain", "text": " "},
                           {"type": "plain", "text": UK_POST}, {"type": "plain", "text": " "},
                           {"type": "text_link", "text": "Деталі", "href": "https://example.org/borova"}]},
        {"id": 3, "type": "message", "date": "2024-03-14T10:00:00", "date_unixtime": "1710410400",
         "edited": "2024-03-14T10:30:00", "edited_unixtime": "1710412200",
         "from": "Обласна прокуратура", "from_id": f"channel{CHANNEL_ID}",
         "forwarded_from": "Губернатор области",
         "file": "(File not included. Change data exporting settings to download.)",
         "media_type": "video_file", "mime_type": "video/mp4", "duration_seconds": 31,
         "text": RU_POST, "text_entities": [{"type": "plain", "text": RU_POST}]},
        {"id": 4, "type": "message", "date": "2024-03-15T07:00:00", "date_unixtime": "1710486000",
         "from": "Обласна прокуратура", "from_id": f"channel{CHANNEL_ID}", "reply_to_message_id": 2,
         "file": "../../outside.mp4", "media_type": "video_file", "mime_type": "video/mp4",
         "text": "Оновлення: кількість поранених зросла до шести.",
         "text_entities": [{"type": "plain", "text": "Оновлення: кількість поранених зросла до шести."}]},
        {"id": 5, "type": "service", "date": "2024-03-15T07:05:00", "date_unixtime": "1710486300",
         "actor": "Обласна прокуратура", "action": "pin_message", "message_id": 4, "text": "",
         "text_entities": []},
    ]


def telegram_chat(messages: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"name": "Обласна прокуратура", "type": "public_channel", "id": CHANNEL_ID,
            "messages": telegram_messages() if messages is None else messages}


def write_telegram_export(folder: Path, chat: dict[str, Any] | None = None, *, newline: str = "\n") -> Path:
    """A Telegram Desktop export folder: result.json (indented as Telegram writes it) and one photo."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "photos").mkdir(exist_ok=True)
    (folder / "photos" / "photo_2@14-03-2024_08-15-00.jpg").write_bytes(PHOTO_BYTES)
    text = json.dumps(telegram_chat() if chat is None else chat, ensure_ascii=False, indent=1)
    (folder / "result.json").write_bytes(text.replace("\n", newline).encode("utf-8"))
    return folder



@dataclass(frozen=True)
class GeneratedChannel:
    """A busy channel's export made from templates, for the tests and benches of a large import: post n is
    `posts[n % len(posts)]` about `places[n % len(places)]` (its Ukrainian name, or its English one in a post in
    ASCII), with 2 + n % `counts` casualties, `every` seconds after the one before it (the first at `first`, a
    Unix time); a photo with every `photo_every`-th post (from the first; `resent`: a post that sends the photo of
    an earlier post again), an edit that changes no word with every `edit_every`-th (0: none)."""

    name: str
    chat_id: int
    posts: Sequence[str]
    places: Sequence[tuple[str, str]]
    first: int
    every: int
    counts: int
    photo_every: int = 0
    resent: Mapping[int, int] = field(default_factory=dict)
    edit_every: int = 0

    def message(self, number: int) -> dict[str, Any]:
        """Post `number` (from 0; its id is number + 1) in Telegram Desktop's shape."""
        ukrainian, english = self.places[number % len(self.places)]
        template = self.posts[number % len(self.posts)]
        text = template.format(place=english if template.isascii() else ukrainian, n=2 + number % self.counts)
        stamp = self.first + self.every * number
        found: dict[str, Any] = {
            "id": number + 1, "type": "message", "date": _clock(stamp), "date_unixtime": str(stamp),
            "from": self.name, "from_id": f"channel{self.chat_id}", "text": text,
            "text_entities": [{"type": "plain", "text": text}]}
        if self.photo_every and number % self.photo_every == 0:
            found.update(photo=f"photos/photo_{number + 1}.jpg", width=1280, height=960)
        if self.edit_every and number % self.edit_every == 0:
            found.update(edited=_clock(stamp + 300), edited_unixtime=str(stamp + 300))
        return found

    def write(self, folder: Path, count: int) -> Path:
        """The export of the channel's first `count` posts in `folder`: result.json and the photos, each photo its
        own bytes (as a channel's photos are) but a resent one's."""
        (folder / "photos").mkdir(parents=True)
        messages = [self.message(number) for number in range(count)]
        for number, message in enumerate(messages):
            if "photo" in message:
                seed = str(self.resent.get(number, number)).encode()
                (folder / message["photo"]).write_bytes(PHOTO_BYTES[:-2] + seed + PHOTO_BYTES[-2:])
        chat = {"name": self.name, "type": "public_channel", "id": self.chat_id, "messages": messages}
        (folder / "result.json").write_text(json.dumps(chat, ensure_ascii=False, indent=1), encoding="utf-8")
        return folder


def _clock(stamp: int) -> str:
    """A Unix time as result.json's `date` has it (the exporter's clock; UTC here)."""
    return dt.datetime.fromtimestamp(stamp, dt.UTC).replace(tzinfo=None).isoformat()


# ---- PDF -------------------------------------------------------------------------------------------


def make_pdf(pages: list[list[str] | None], *, title: str | None = None, encrypted: bool = False) -> bytes:
    """A PDF whose pages hold these lines (None: a page with a drawing and no text).

    Text is shown in a simple font with a one-byte code per character and a ToUnicode map, as PDF
    writers do for subset fonts, so Cyrillic extracts exactly. `encrypted` adds a standard security
    handler whose user password is not empty, so no reader can open it without the password.
    """
    chars = sorted({c for page in pages if page for line in page for c in line})
    codes = {c: i + 1 for i, c in enumerate(chars)}
    if len(codes) > 254:
        raise ValueError("too many distinct characters for one simple font")
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    cmap = _to_unicode(codes)
    cmap_id = add(b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream")
    widths = b" ".join(b"500" for _ in range(255))
    font_id = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 1 /LastChar 255 "
                  b"/Widths [" + widths + b"] /ToUnicode %d 0 R >>" % cmap_id)
    pages_id = len(objects) + 1 + 2 * len(pages)  # pages object comes after every page and content
    page_ids = []
    for page in pages:
        stream = _page_stream(page, codes)
        content_id = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        page_ids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font "
                            b"<< /F1 %d 0 R >> >> /Contents %d 0 R >>" % (pages_id, font_id, content_id)))
    kids = b" ".join(b"%d 0 R" % i for i in page_ids)
    assert add(b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % len(page_ids)) == pages_id
    catalog_id = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    info = b"<< /Producer (warcrimes tests) /CreationDate (D:20240314101500)"
    if title:
        info += b" /Title <" + ("\ufeff" + title).encode("utf-16-be").hex().encode() + b">"
    info_id = add(info + b" >>")
    trailer_extra = b""
    if encrypted:
        encrypt_id = add(b"<< /Filter /Standard /V 1 /R 2 /O <" + b"ab" * 32 + b"> /U <" + b"cd" * 32
                         + b"> /P -44 >>")
        trailer_extra = b" /Encrypt %d 0 R /ID [<00112233445566778899aabbccddeeff> " \
                        b"<00112233445566778899aabbccddeeff>]" % encrypt_id
    return _assemble(objects, catalog_id, info_id, trailer_extra)


FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def make_scanned_pdf(pages: list[list[str]], *, noise: bool = False) -> bytes:
    """A PDF of page images without any text layer, as a scanner makes: each page's lines drawn at
    150 dpi in DejaVu Sans (Cyrillic and Latin), or random pixels when `noise` is set."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(str(FONT), 28)
    images = []
    for lines in pages:
        image = Image.effect_noise((1240, 1754), 120) if noise else Image.new("L", (1240, 1754), 255)
        draw = ImageDraw.Draw(image)
        for number, line in enumerate(lines):
            draw.text((100, 120 + 48 * number), line, fill=0, font=font)
        images.append(image)
    out = io.BytesIO()
    images[0].save(out, format="PDF", resolution=150.0, save_all=True, append_images=images[1:])
    return out.getvalue()


def _to_unicode(codes: dict[str, int]) -> bytes:
    lines = [b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
             b"/CMapName /WarcrimesTest def /CMapType 2 def",
             b"1 begincodespacerange <01> <ff> endcodespacerange", b"%d beginbfchar" % len(codes)]
    lines += [b"<%02x> <%s>" % (code, char.encode("utf-16-be").hex().encode()) for char, code in codes.items()]
    lines += [b"endbfchar endcmap CMapName currentdict /CMap defineresource pop end end"]
    return b"\n".join(lines)


def _page_stream(page: list[str] | None, codes: dict[str, int]) -> bytes:
    if page is None:
        return b"0.5 g 72 400 300 200 re f"
    parts = []
    for number, line in enumerate(page):
        shown = bytes(codes[c] for c in line).hex().encode()
        parts.append(b"BT /F1 11 Tf 72 %d Td <%s> Tj ET" % (780 - 16 * number, shown))
    return b"\n".join(parts)


def _assemble(objects: list[bytes], catalog_id: int, info_id: int, trailer_extra: bytes) -> bytes:
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, catalog_id, info_id, trailer_extra, xref)
    return bytes(out)


# ---- DOCX ------------------------------------------------------------------------------------------


def make_docx(paragraphs: list[str], table: list[list[str]] | None = None, *, title: str = "") -> bytes:
    """A DOCX written by python-docx: paragraphs, then a table, then a closing paragraph."""
    import docx

    document = docx.Document()
    document.core_properties.title = title
    document.core_properties.author = "Відділ документування"
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for row, values in zip(grid.rows, table, strict=True):
            for cell, value in zip(row.cells, values, strict=True):
                cell.text = value
        document.add_paragraph("Кінець довідки.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def zip_bomb_docx(inflated_bytes: int = 8 * 1024 * 1024) -> bytes:
    """A DOCX-looking zip with one entry of zeros that inflates ~1,000 times."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\x00" * inflated_bytes)
    return buffer.getvalue()


# ---- WARC ------------------------------------------------------------------------------------------

PAGE_UK = ("<html><head><title>Обстріл Борової</title>"
           "<meta property='article:published_time' content='2024-03-14'></head><body><nav>Головна | Новини</nav>"
           f"<article><h1>Обстріл Борової</h1><p>{UK_POST}</p>"
           "<p>Слідчі оглянули місце події та зібрали уламки снарядів. "
           "Прокуратура розпочала досудове розслідування за статтею про порушення законів та звичаїв війни.</p>"
           "</article><footer>© Редакція</footer></body></html>")
PAGE_RU = (f"<html><head><title>Атака на Шебекино</title></head><body><article><p>{RU_POST}</p><p>Пострадавшего "
           "доставили в городскую больницу, его состояние оценивается как средней тяжести. На месте работают "
           "оперативные службы.</p></article></body></html>")


def make_warc(pages: list[tuple[str, str]], *, gzipped: bool = False, with_request: bool = True) -> bytes:
    """A WARC with a response record per (url, html), each after its request record."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzipped)
    for url, html in pages:
        if with_request:
            request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.org")], is_http_request=True)
            writer.write_record(writer.create_warc_record(url, "request", http_headers=request))
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        record = writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode("utf-8")),
                                           http_headers=headers,
                                           warc_headers_dict={"WARC-Date": "2024-03-14T12:00:00Z"})
        writer.write_record(record)
    return buffer.getvalue()


def make_wacz(warc: bytes) -> bytes:
    """A WACZ package (zip) holding one WARC file."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("datapackage.json", json.dumps({"profile": "data-package", "wacz_version": "1.1.1"}))
        package.writestr("pages/pages.jsonl", '{"format": "json-pages-1.0"}\n')
        package.writestr("archive/data.warc.gz", warc)
    return buffer.getvalue()


def edit_message(chat: dict[str, Any], message_id: int, text: str, edited_unixtime: int) -> dict[str, Any]:
    """The chat as a later export shows it after message `message_id` was edited to `text`."""
    when = dt.datetime.fromtimestamp(edited_unixtime).isoformat()
    messages = [dict(m, text=text, text_entities=[{"type": "plain", "text": text}], edited=when,
                     edited_unixtime=str(edited_unixtime)) if m["id"] == message_id else m
                for m in chat["messages"]]
    return {**chat, "messages": messages}


def ingest_telegram_with_an_edit(store: Any, folder: Path) -> None:
    """A small channel ingested, then again after one message was edited: reports, a version, a photo."""
    from warcrimes.services.ingest import ingest_file

    export = write_telegram_export(folder)
    assert ingest_file(store, export, actor="intake.officer").status == "stored"
    write_telegram_export(folder, edit_message(telegram_chat(), 2, UK_POST + " Оновлено.", 1710420000))
    assert ingest_file(store, export, actor="intake.officer").status == "stored"
