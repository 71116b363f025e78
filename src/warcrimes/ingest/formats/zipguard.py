"""Opening a zip container (DOCX, WACZ) only after its central directory shows it is no zip bomb.

A zip bomb is a few kilobytes that inflate to gigabytes: by a huge ratio in one entry, by very
many entries, or by entries that overlap and share one compressed stream. All three show in the
central directory before anything is inflated, and Python's zipfile never inflates an entry past
the size the directory declares (it stops there and checks the CRC), so the declared sizes bound
the work.
"""

from __future__ import annotations

import io
import zipfile

from warcrimes.errors import BadInputError
from warcrimes.ingest.formats.drafts import Limits


def checked_zip(content: bytes, name: str, limits: Limits) -> zipfile.ZipFile:
    """The archive, opened, once its entries are within the limits; BadInputError otherwise."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise BadInputError(f"{name}: is not a readable zip container ({exc})") from exc
    try:
        check_entries(archive.infolist(), name, limits)
    except BadInputError:
        archive.close()
        raise
    return archive


def check_entries(entries: list[zipfile.ZipInfo], name: str, limits: Limits) -> None:
    """Refuse too many entries, too much inflated data, an extreme ratio, or overlapping entries."""
    if len(entries) > limits.max_zip_entries:
        raise BadInputError(f"{name}: holds {len(entries):,} entries, more than the {limits.max_zip_entries:,} "
                            "allowed (a zip bomb or not a document)")
    total = sum(entry.file_size for entry in entries)
    if total > limits.max_zip_uncompressed:
        raise BadInputError(f"{name}: would inflate to {total / 1_048_576:,.0f} MB, more than the "
                            f"{limits.max_zip_uncompressed / 1_048_576:,.0f} MB allowed (a zip bomb?)")
    for entry in entries:
        ratio = entry.file_size / max(entry.compress_size, 1)
        if entry.file_size > 1_048_576 and ratio > limits.max_zip_ratio:
            raise BadInputError(f"{name}: entry {entry.filename!r} inflates {ratio:,.0f} times "
                                f"(more than {limits.max_zip_ratio}x; a zip bomb?)")
    previous_end = -1
    for entry in sorted(entries, key=lambda e: e.header_offset):
        if entry.header_offset < previous_end:
            raise BadInputError(f"{name}: entry {entry.filename!r} overlaps another (a zip bomb?)")
        previous_end = entry.header_offset + entry.compress_size
