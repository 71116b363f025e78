"""Date mentions, read by the report language's date grammar and resolved against the publication date."""

from __future__ import annotations

from warcrimes.errors import ConfigError
from warcrimes.extract.engine.document import Document
from warcrimes.extract.engine.pipeline import step


@step("dates", requires=("sentences",), adds=("date",))
def dates(doc: Document) -> None:
    reader = doc.lang.read_dates
    if reader is None:
        raise ConfigError(f"extract/lang/{doc.lang.code}/ defines no date grammar (Language.read_dates)")
    for mention in reader(doc.tokens, doc.published):
        doc.add(mention)
