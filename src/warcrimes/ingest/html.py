"""Main text and metadata of an HTML page, with trafilatura (boilerplate removal done right)."""

from __future__ import annotations

import datetime as dt
from contextlib import suppress
from pathlib import Path

from warcrimes.errors import BadInputError

#: Markup past this size is read by trafilatura's main extractor alone, without its readability and
#: jusText fallbacks: they triple the cost (measured in bench/bench_hostile.py), and no real article
#: page is this large; a padded or machine-made page still reads in time linear in its size.
FALLBACK_LIMIT = 512 * 1024


def main_text(path: Path, html: str) -> str:
    """The article text of a page, without navigation, ads and comments."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=True, favor_recall=True,
                               deduplicate=False, fast=len(html) > FALLBACK_LIMIT)
    if not text or not text.strip():
        raise BadInputError(f"{path}: no article text found in this HTML page")
    return text


#: Markup that declares when a page was first published (OpenGraph, schema.org, Dublin Core, Parse.ly).
PUBLISHED_META = ("article:published_time", "og:article:published_time", "datepublished", "dc.date.issued",
                  "dcterms.issued", "dc.date", "parsely-pub-date", "date", "publish-date", "pubdate")


def page_metadata(html: str) -> dict[str, str]:
    """Publication date, site name and canonical URL that the page's markup declares.

    Only markup counts for the date: a date guessed from the body text (as htmldate's
    heuristics do) may be the incident's date, and a wrong publication date shifts every
    relative date in the report.
    """
    import trafilatura

    found: dict[str, str] = {}
    published = declared_publication_date(html)
    if published:
        found["published"] = published.isoformat()
    meta = trafilatura.extract_metadata(html, extensive=False)
    if meta is not None and meta.sitename:
        found["publisher"] = meta.sitename
    if meta is not None and meta.url:
        found["url"] = meta.url
    return found


def declared_publication_date(html: str) -> dt.date | None:
    """The first publication date declared in <meta>, itemprop or JSON-LD markup, if any."""
    import json

    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None
    candidates: list[str] = []
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        if key in PUBLISHED_META and meta.get("content"):
            candidates.append(meta.get("content", ""))
    candidates += [t.get("datetime", "") for t in tree.iter("time") if t.get("itemprop") == "datePublished"]
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() == "application/ld+json" and script.text:
            with suppress(ValueError):
                block = json.loads(script.text)
                for item in block if isinstance(block, list) else [block]:
                    if isinstance(item, dict) and isinstance(item.get("datePublished"), str):
                        candidates.append(item["datePublished"])
    for value in candidates:
        with suppress(ValueError):
            return dt.date.fromisoformat(value.strip()[:10])
    return None
