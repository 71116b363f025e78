"""A count in a table's cell counts what its column's heading names ("| Killed | Injured |" over "| 2 | 5 |").

Tables are written with bars between cells (Markdown, pasted spreadsheets); a row of figures sits lines
below its heading, out of reach of any measure word in its own sentence. Language-neutral: the measure is
whatever the language's measure patterns find in the heading cell.
"""

from __future__ import annotations

from warcrimes.extract.engine.document import Document, Mention
from warcrimes.extract.engine.index import Spans
from warcrimes.extract.engine.patterns import Match

BAR = "|"
ROWS_UP = 40  # lines above a row within which its table's heading is looked for
_RULE_CHARS = frozenset("|-:+= \t")  # a line of these only draws the line under a heading


def _line(text: str, offset: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end < 0 else end


def _bars(text: str, start: int, end: int) -> list[int]:
    return [i for i in range(start, end) if text[i] == BAR]


def _is_row(text: str, start: int, end: int) -> bool:
    return len(_bars(text, start, end)) >= 2


def _heading(text: str, row_start: int) -> tuple[int, int] | None:
    """The first line of the run of bar-separated lines above a row, when a rule line or the row itself
    stands under it."""
    heading = None
    end = row_start - 1
    for _ in range(ROWS_UP):
        if end < 0:
            break
        start, _end = _line(text, end)
        if not _is_row(text, start, end):
            break
        if not set(text[start:end]) <= _RULE_CHARS:
            heading = (start, end)
        end = start - 1
    return heading


def column_measure(doc: Document, mention: Mention, measures: Spans) -> Match | None:
    """The measure word heading the column of the table cell the count stands alone in, if any."""
    text = doc.text
    start, end = _line(text, mention.start)
    if not _is_row(text, start, end):
        return None
    bars = _bars(text, start, end)
    before = [b for b in bars if b < mention.start]
    after = [b for b in bars if b >= mention.end]
    cell = text[(before[-1] + 1 if before else start) : after[0] if after else end]
    if cell.strip() != text[mention.start : mention.end]:
        return None  # the count is not a cell of its own ("| shelled, 2 killed |" has its own words)
    heading = _heading(text, start)
    if heading is None:
        return None
    columns = [heading[0] - 1, *_bars(text, *heading), heading[1]]
    if len(before) + 1 >= len(columns):
        return None
    lo, hi = columns[len(before)] + 1, columns[len(before) + 1]
    return next(iter(measures.within(lo, hi)), None)
