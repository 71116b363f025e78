"""Main text and metadata of an HTML page, with trafilatura (boilerplate removal done right)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from warcrimes.errors import BadInputError


def main_text(path: Path, html: str) -> str:
    """The article text of a page, without navigation, ads and comments."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=True, favor_recall=True,
                               deduplicate=False)
    if not text or not text.strip():
        raise BadInputError(f"{path}: no article text found in this HTML page")
    return text


def page_metadata(html: str) -> dict[str, str]:
    """Publication date, site name and canonical URL declared by the page itself, where present."""
    import trafilatura

    meta = trafilatura.extract_metadata(html)
    found: dict[str, str] = {}
    if meta is None:
        return found
    if meta.date:
        try:
            found["published"] = dt.date.fromisoformat(str(meta.date)[:10]).isoformat()
        except ValueError:
            pass
    if meta.sitename:
        found["publisher"] = meta.sitename
    if meta.url:
        found["url"] = meta.url
    return found
