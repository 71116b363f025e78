"""Date mentions, read by the report language's date grammar and resolved against the publication date."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from warcrimes.errors import ConfigError
from warcrimes.extract.engine.document import Document, Mention
from warcrimes.extract.engine.pipeline import step


@step("dates", requires=("sentences",), adds=("date",))
def dates(doc: Document) -> None:
    reader = doc.lang.read_dates
    if reader is None:
        raise ConfigError(f"extract/lang/{doc.lang.code}/ defines no date grammar (Language.read_dates)")
    # a grammar that carries no told year across sentences reads once, with no frames
    frames = _frame_starts(doc) if doc.lang.date_frames else frozenset()
    found = reader(doc.tokens, doc.published, frames)
    reference = _dateline_day(doc, found) or doc.published
    if reference != doc.published:  # "KHARKIV, May 11 (Reuters) - ... on Sunday" published on the 13th
        found = reader(doc.tokens, reference, frames)
    lines = _dated_lines(doc, found, frames) if doc.lang.date_frames else frozenset()
    if lines:  # read again with those lines as frames: the year told before is not carried into them
        found = reader(doc.tokens, reference, frames | lines)
    if doc.lang.table("dates.json").get("byline_dates"):
        found = _byline_dates(doc, found)
    for mention in found:
        doc.add(mention)


BYLINE_LINES = 3  # lines opening a report within which a byline stands (the headline, the byline, the lead)
BYLINE_WORDS = 14  # "Головне управління Національної поліції в Сумській області, 22 квітня 2025 року" fits
_STOPS = (".", "!", "?", ":")


def _byline_dates(doc: Document, found: list[Mention]) -> list[Mention]:
    """'«Портовий вісник», 12 листопада 2025, 09:15', 'Одеса, 10 червня 2025 року, «Південний кур'єр»': a date on a
    short line of its own under the headline, ended by no stop and telling no act, dates the report, not an act
    (stage 21; dates.json `byline_dates`)."""
    text, out = doc.text, []
    start = len(text) - len(text.lstrip())
    lines: list[tuple[int, int]] = []
    while start < len(text) and len(lines) < BYLINE_LINES:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if text[start:end].strip():
            lines.append((start, end))
        start = end + 1
    bylines = [
        (lo, hi) for lo, hi in lines[1:]
        if hi < len(text)
        and not text[lo:hi].rstrip().endswith(_STOPS)
        and len(text[lo:hi].split()) <= BYLINE_WORDS
        and not any(doc.has_hit(label, lo, hi) for label in ("violation", "attack", "harm"))
    ]
    for mention in found:
        inside = any(lo <= mention.start and mention.end <= hi for lo, hi in bylines)
        if inside and mention.value.role == "event":
            mention = Mention(mention.kind, mention.start, mention.end, replace(mention.value, role="reported"),
                              f"{mention.rule}+byline")
        out.append(mention)
    return out


DATELINE_LAG = dt.timedelta(days=7)  # a wire's dateline this many days before publication still dates its copy
DATELINE_MARKS = frozenset("(-\u2013\u2014.")


def _dateline_day(doc: Document, found: list[Mention]) -> dt.date | None:
    """The day of a wire dateline opening the text ("KHARKIV, May 11 (Reuters) -", "Херсон, 11 травня. ..."), when
    it lies in the week before publication: the copy was written that day, so its "on Sunday", "yesterday" and
    "last week" count from it, not from the day it was published (stage 20)."""
    if not found:
        return None
    first, value = found[0], found[0].value
    if value.granularity != "day" or value.relative or not doc.published - DATELINE_LAG <= value.start < doc.published:
        return None
    head = doc.text[: first.start].strip()
    if "\n" in head or not head.endswith(","):
        return None
    words = head[:-1].replace("(", " ").split()
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return None
    after = doc.text[first.end : first.end + 4].lstrip()[:1]
    return value.start if after and after in DATELINE_MARKS else None


def _dated_lines(doc: Document, found: list[Mention], frames: frozenset[int]) -> frozenset[int]:
    """First tokens of sentences that open a line (after a single line break) with a date: "У квітні 2022 року
    ...\n15 березня ворог обстріляв ..." is a new item of a post, and its day takes no year told above it (a
    line opening with a count, "5 із них ...", goes on with the item before)."""
    tokens = doc.tokens
    ends = {m.start: doc.token_at(m.end) for m in found}
    lines = set()
    for lo, _ in doc.sentences:
        k = doc.token_at(lo)
        if not 0 < k < len(tokens) or k in frames or tokens.starts[k] not in ends:
            continue
        after = ends[tokens.starts[k]]
        if doc.first_in_class("back_reference", after, after + BACK_REFERENCE_REACH) >= 0:
            continue  # "15 марта они обстреляли ...": the people of the item above, still in its year
        if "\n" in doc.text[tokens.end(k - 1) : tokens.starts[k]]:
            lines.add(k)
    return frozenset(lines)


BACK_REFERENCE_REACH = 2  # tokens after a line's opening date where "they", "він", "они" go on with the item above


def _frame_starts(doc: Document) -> frozenset[int]:
    """First tokens of the sentences that end a told year's reach: those after a blank line (a new paragraph)
    and those opened by a marker of another case (the `another` patterns: "Окрім того, ...", "Кроме того, ...").
    "У квітні 2022 року ... <blank line> 15 березня ..." is then March of the publication's year, not 2022.
    Read from the sentences already made and the matcher's hits: no pass over the text."""
    tokens, found = doc.tokens, set()
    for lo, _ in doc.sentences:
        k = doc.token_at(lo)
        if k <= 0 or k >= len(tokens):
            continue
        if doc.text.count("\n", tokens.end(k - 1), tokens.starts[k]) >= 2 or any(
            doc.token_at(h.start) == k for h in doc.starting_at("another", tokens.starts[k])
        ):
            found.add(k)
    return frozenset(found)
