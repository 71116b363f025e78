"""A count in a table's cell counts what its column's heading names ("| Killed | Injured |" over "| 2 | 5 |").

Tables are written with bars between cells (Markdown, pasted spreadsheets); a row of figures sits lines
below its heading, out of reach of any measure word in its own sentence. Language-neutral: the measure is
whatever the language's measure patterns find in the heading cell.
"""

from __future__ import annotations

from bisect import bisect_left

from warcrimes.extract.engine.document import Document, Mention
from warcrimes.extract.engine.index import Spans
from warcrimes.extract.engine.patterns import Match

BAR = "|"
ROWS_UP = 40  # lines above a row within which its table's heading is looked for
_RULE_CHARS = frozenset("|-:+= \t")  # a line of these only draws the line under a heading


class _Layout:
    """Where the text's line breaks and bars stand, found once per document, and each row's columns once
    per row: a report on one 5 MB line, or a table of thousands of cells, is not scanned again per count."""

    def __init__(self, text: str) -> None:
        self.size = len(text)
        self.breaks = _positions(text, "\n")
        self.bars = _positions(text, BAR)
        self.columns: dict[int, list[int] | None] = {}  # row start -> its heading's column edges

    def line(self, offset: int) -> tuple[int, int]:
        i = bisect_left(self.breaks, offset)
        return (self.breaks[i - 1] + 1 if i else 0), (self.breaks[i] if i < len(self.breaks) else self.size)

    def bar_range(self, start: int, end: int) -> tuple[int, int]:
        """Indexes into `bars` of the bars between start and end."""
        return bisect_left(self.bars, start), bisect_left(self.bars, end)

    def is_row(self, start: int, end: int) -> bool:
        first, last = self.bar_range(start, end)
        return last - first >= 2


def _positions(text: str, char: str) -> list[int]:
    """The offsets of `char` in `text`, found by `str.find` (a Python test per character of the text cost
    about 1 % of a report's extraction; docs/extraction.md, speed pass 6)."""
    found, at = [], text.find(char)
    while at >= 0:
        found.append(at)
        at = text.find(char, at + 1)
    return found


def _layout(doc: Document) -> _Layout:
    found = doc.cache.get("table_cells")
    if found is None:
        found = doc.cache["table_cells"] = _Layout(doc.text)
    return found


def _heading(text: str, layout: _Layout, row_start: int) -> tuple[int, int] | None:
    """The first line of the run of bar-separated lines above a row, when a rule line or the row itself
    stands under it."""
    heading = None
    end = row_start - 1
    for _ in range(ROWS_UP):
        if end < 0:
            break
        start, _end = layout.line(end)
        if not layout.is_row(start, end):
            break
        if not set(text[start:end]) <= _RULE_CHARS:
            heading = (start, end)
        end = start - 1
    return heading


def _columns(text: str, layout: _Layout, row_start: int) -> list[int] | None:
    """The edges of the columns of the heading over the row starting at row_start (made once per row)."""
    if row_start not in layout.columns:
        heading = _heading(text, layout, row_start)
        if heading is None:
            layout.columns[row_start] = None
        else:
            first, last = layout.bar_range(*heading)
            layout.columns[row_start] = [heading[0] - 1, *layout.bars[first:last], heading[1]]
    return layout.columns[row_start]


def column_measure(doc: Document, mention: Mention, measures: Spans) -> Match | None:
    """The measure word heading the column of the table cell the count stands alone in, if any."""
    layout = _layout(doc)
    if not layout.bars:
        return None
    text = doc.text
    start, end = layout.line(mention.start)
    first, last = layout.bar_range(start, end)
    if last - first < 2:
        return None
    split = bisect_left(layout.bars, mention.start, first, last)  # bars before the count end at split
    after = bisect_left(layout.bars, mention.end, split, last)
    cell = text[(layout.bars[split - 1] + 1 if split > first else start) : layout.bars[after] if after < last else end]
    if cell.strip() != text[mention.start : mention.end]:
        return None  # the count is not a cell of its own ("| shelled, 2 killed |" has its own words)
    columns = _columns(text, layout, start)
    if columns is None:
        return None
    before = split - first
    if before + 1 >= len(columns):
        return None
    lo, hi = columns[before] + 1, columns[before + 1]
    return next(iter(measures.within(lo, hi)), None)
