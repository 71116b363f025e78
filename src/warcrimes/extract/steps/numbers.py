"""Count mentions ("at least seven", "between 10 and 12", "five of the six"), read by the report
language's count grammar; tokens inside a date are never counts, nor is a section number opening a line
("6.", "6.1", "2.3.1")."""

from __future__ import annotations

from warcrimes.errors import ConfigError
from warcrimes.extract.engine.document import Document
from warcrimes.extract.engine.pipeline import step
from warcrimes.extract.engine.text import opens_line


@step("numbers", requires=("sentences", "date"), adds=("count",))
def numbers(doc: Document) -> None:
    reader = doc.lang.read_counts
    if reader is None:
        raise ConfigError(f"extract/lang/{doc.lang.code}/ defines no count grammar (Language.read_counts)")
    for mention in reader(doc.tokens, doc.text, doc.of_kind("date")):
        if not _section_number(doc.text, mention.start):
            doc.add(mention)


def _section_number(text: str, start: int) -> bool:
    """'6.1 In 2024 the office ...', '6. Prisoners of war': digits joined by dots opening a line, with a dot among
    them and a capital or the line's end after them, number a paragraph of a report; they count nothing ("2.5
    million children" goes on in lower case and stays a count)."""
    if not opens_line(text, start):
        return False
    end = start
    while end < len(text) and (text[end].isdigit() or text[end] == "." and text[end - 1].isdigit()):
        end += 1
    if "." not in text[start:end]:
        return False
    rest = text[end : end + 80].lstrip(" \t")
    return not rest or rest[0] == "\n" or rest[0].isupper()
