"""Count mentions ("at least seven", "between 10 and 12", "five of the six"), read by the report
language's count grammar; tokens inside a date are never counts."""

from __future__ import annotations

from warcrimes.errors import ConfigError
from warcrimes.extract.engine.document import Document
from warcrimes.extract.engine.pipeline import step


@step("numbers", requires=("sentences", "date"), adds=("count",))
def numbers(doc: Document) -> None:
    reader = doc.lang.read_counts
    if reader is None:
        raise ConfigError(f"extract/lang/{doc.lang.code}/ defines no count grammar (Language.read_counts)")
    for mention in reader(doc.tokens, doc.text, doc.of_kind("date")):
        doc.add(mention)
