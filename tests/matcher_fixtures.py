"""The long way round the pattern matcher, for speed passes to check a shortcut against: every variant of every
pattern tested at every token."""

from __future__ import annotations

from warcrimes.extract.engine.patterns import Matcher, _variants
from warcrimes.extract.engine.patterns import Test as TokenTest
from warcrimes.extract.engine.text import Tokens


def passes(test: TokenTest, tokens: Tokens, j: int) -> bool:
    """Whether one token test passes at token `j`, read straight from the test's fields."""
    form = tokens.lower[j]
    return (form in test.forms or bool(test.lemmas & set(tokens.lemmas[j])) or test.flag == "any"
            or (test.flag == "num" and form[:1].isdigit()) or (test.flag == "cap" and tokens.words[j][:1].isupper()))


def every_variant_everywhere(matcher: Matcher, tokens: Tokens) -> list[tuple[int, int, str]]:
    """Each pattern's longest variant whose every test passes, at every token: what the matcher must find."""
    found = []
    for i in range(len(tokens)):
        for pattern in matcher.patterns:
            stops = [i + len(v) for v in _variants(pattern.tests, pattern.id)
                     if i + len(v) <= len(tokens) and all(passes(t, tokens, i + k) for k, t in enumerate(v))]
            if stops:
                found.append((i, max(stops), pattern.id))
    return sorted(found)
