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
    for mention in reader(doc.tokens, doc.published, _frame_starts(doc)):
        doc.add(mention)


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
