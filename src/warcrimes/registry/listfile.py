"""Reading a list file (CSV or XLSX bytes) into a header and rows, saying which encoding it was in.

File-level problems stop the reading with one sentence naming the file: empty, too large, binary,
an encoding other than UTF-8, UTF-16 or Windows-1251, malformed CSV, an unreadable workbook.
Row-level problems are the next step's (registry.listrows).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import unicodedata
import zipfile
from dataclasses import dataclass

from warcrimes.errors import BadInputError

MAX_LIST_BYTES = 20 * 1024 * 1024  # a 10,000-row list is 1-2 MB; 20 MB is ten times the largest seen
MAX_ROWS = 100_000
MAX_UNPACKED_RATIO = 20  # an XLSX unpacking to more than this many times its size is refused (zip bomb)
MAX_CELL_CHARS = 10_000
DELIMITERS = (",", ";", "\t")
Cell = str | dt.date


class ListFileError(BadInputError):
    """The list file as a whole cannot be read; nothing of it is imported."""


@dataclass(frozen=True)
class ListTable:
    """A list's header and rows as read, with the spreadsheet row number of each row (header = 1)."""

    name: str
    format: str  # csv | xlsx
    encoding: str  # UTF-8, UTF-8 with BOM, UTF-16, Windows-1251, or "" for XLSX
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    row_numbers: tuple[int, ...]


def check_size(name: str, size: int, limit: int = MAX_LIST_BYTES) -> None:
    """Refuse a file by its size before reading it."""
    if size == 0:
        raise ListFileError(f"{name}: the file is empty; export the list again.")
    if size > limit:
        raise ListFileError(f"{name}: the file is {size / 2**20:.1f} MB; lists up to {limit / 2**20:.0f} MB are read. "
                            "Split it into several files and import each.")


def _looks_like_koi8(text: str) -> bool:
    """KOI8 text read as Windows-1251 swaps the case of Cyrillic letters: words begin small, go on capital."""
    swapped = plain = 0
    for word in text.split():
        letters = [c for c in word if "\u0400" <= c <= "\u04ff"]
        if len(letters) >= 3:
            if letters[0].islower() and all(c.isupper() for c in letters[1:]):
                swapped += 1
            elif letters[0].isupper() and all(c.islower() for c in letters[1:]):
                plain += 1
    return swapped > plain


def _garbled(text: str) -> bool:
    """More than 1% control, unassigned or private characters in the first 4,096: not a text list."""
    sample = text[:4096]
    odd = sum(1 for c in sample if (c < " " and c not in "\t\r\n") or unicodedata.category(c) in ("Co", "Cn", "Cs"))
    return odd > len(sample) / 100


def decode(name: str, raw: bytes) -> tuple[str, str]:
    """The text of a CSV file and the encoding it was in: UTF-8 (with or without BOM), UTF-16, Windows-1251."""
    if raw.startswith(b"\xef\xbb\xbf"):
        codec, label = "utf-8-sig", "UTF-8 with BOM"
    elif raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        codec, label = "utf-16", "UTF-16"
    elif b"\x00" in raw[:4096]:
        sample = raw[:4096]
        odd_zeros = sample[1::2].count(0) / max(1, len(sample) // 2)
        even_zeros = sample[0::2].count(0) / max(1, len(sample) // 2)
        if odd_zeros > 0.3 and even_zeros < 0.05:
            codec, label = "utf-16-le", "UTF-16"
        elif even_zeros > 0.3 and odd_zeros < 0.05:
            codec, label = "utf-16-be", "UTF-16"
        else:
            raise ListFileError(f"{name}: the file holds binary bytes, not text; export the list as CSV or XLSX.")
    else:
        codec, label = "utf-8", "UTF-8"
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            codec, label = "cp1251", "Windows-1251"
    try:
        text = raw.decode(codec)
    except UnicodeDecodeError:
        text = "" if codec == "cp1251" else "\x00"  # broken UTF-16 is binary; cp1251 fails on one byte only
    if _garbled(text):
        raise ListFileError(f"{name}: the file holds binary bytes, not text; export the list as CSV or XLSX.")
    if not text or (codec == "cp1251" and _looks_like_koi8(text)):
        raise ListFileError(f"{name}: the file is in an encoding other than UTF-8, UTF-16 or Windows-1251 "
                            "(KOI8 perhaps); save it again as 'CSV UTF-8' and import that.")
    return text, label


def _delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _csv(name: str, raw: bytes) -> ListTable:
    text, encoding = decode(name, raw)
    if "\x00" in text:
        raise ListFileError(f"{name}: the text holds NUL characters; export the list again as CSV.")
    delimiter = _delimiter(text.split("\n", 1)[0])
    records: list[tuple[int, list[str]]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for number, record in enumerate(reader, start=1):
            if any(len(cell) > MAX_CELL_CHARS for cell in record):
                raise ListFileError(f"{name}: row {number} has a cell longer than {MAX_CELL_CHARS} characters; "
                                    "is the file really a list?")
            records.append((number, record))
            if number > MAX_ROWS + 1:
                raise ListFileError(f"{name}: more than {MAX_ROWS:,} rows; split the list into several files.")
    except csv.Error as exc:
        raise ListFileError(f"{name}: line {reader.line_num} is not valid CSV ({exc}); check its quotes.") from None
    return _table(name, "csv", encoding, records)


def _cell(value: object) -> Cell:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _xlsx(name: str, raw: bytes) -> ListTable:
    from openpyxl import load_workbook  # loaded only when a workbook comes

    refused = ListFileError(f"{name}: not a readable XLSX workbook; open it in a spreadsheet and save it again.")
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            unpacked = sum(item.file_size for item in archive.infolist())
        if unpacked > MAX_UNPACKED_RATIO * len(raw) + 10_000_000:
            raise ListFileError(f"{name}: the workbook unpacks to {unpacked / 1e6:.0f} MB; it is refused.")
        workbook = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
        sheet = workbook.worksheets[0]
        records = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            records.append((number, [_cell(v) for v in values]))
            if number > MAX_ROWS + 1:
                raise ListFileError(f"{name}: more than {MAX_ROWS:,} rows; split the list into several files.")
        workbook.close()
    except ListFileError:
        raise
    except Exception:  # openpyxl raises many kinds on a damaged file; the user needs one sentence
        raise refused from None
    return _table(name, "xlsx", "", records)


def _table(name: str, kind: str, encoding: str, records: list[tuple[int, list[Cell]]] | list[tuple[int, list[str]]]
           ) -> ListTable:
    filled = [(n, r) for n, r in records if any(str(c).strip() for c in r)]
    if not filled:
        raise ListFileError(f"{name}: the list has no rows; export it again.")
    (_, header), body = filled[0], filled[1:]
    width = len(header)
    rows = tuple(tuple(list(r[:width]) + [""] * (width - len(r))) for _, r in body)
    return ListTable(name, kind, encoding, tuple(str(h).strip().lstrip("\ufeff") for h in header),
                     rows, tuple(n for n, _ in body))


def read_list(name: str, raw: bytes, limit: int = MAX_LIST_BYTES) -> ListTable:
    """Read a CSV or XLSX list (told apart by content, not by the file name)."""
    check_size(name, len(raw), limit)
    if raw.startswith(b"PK\x03\x04"):
        return _xlsx(name, raw)
    return _csv(name, raw)
