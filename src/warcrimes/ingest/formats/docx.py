"""DOCX: paragraphs and tables in document order, with python-docx, after the zip-bomb check."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

from warcrimes.domain.hashing import content_hash
from warcrimes.errors import BadInputError
from warcrimes.ingest.formats.drafts import Limits, Original, ReportDraft, SourceFile
from warcrimes.ingest.formats.zipguard import checked_zip

MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def read(source: SourceFile, limits: Limits) -> Iterator[ReportDraft]:
    """One draft: the body text (tables row by row, cells split by tabs), the file as the original."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    content = source.read_bytes(limits)
    checked_zip(content, source.name, limits).close()
    try:
        document = docx.Document(io.BytesIO(content))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise BadInputError(f"{source.name}: is not a readable DOCX document ({exc})") from exc
    except Exception as exc:  # noqa: BLE001 - lxml and zipfile raise many kinds on a damaged part
        raise BadInputError(f"{source.name}: is a damaged DOCX document ({type(exc).__name__})") from exc
    blocks = list(_blocks(document))
    text = "\n\n".join(block for block in blocks if block.strip())
    if not text.strip():
        raise BadInputError(f"{source.name}: holds no text")
    core = document.core_properties
    yield ReportDraft(identity=content_hash(content), format="docx", text=text[: limits.max_text_chars],
                      original=Original(content, MEDIA_TYPE, source.name), title=core.title or None,
                      author=core.author or None, created=core.created)


def _blocks(document: Any) -> Iterator[str]:
    """Each paragraph's text, and each table as lines of tab-separated cells, in body order."""
    from docx.table import Table

    for item in document.iter_inner_content():
        if isinstance(item, Table):
            rows = []
            for row in item.rows:
                cells = list(dict.fromkeys(cell.text.strip() for cell in row.cells))  # merged cells repeat
                rows.append("\t".join(cells))
            yield "\n".join(rows)
        else:
            yield item.text

