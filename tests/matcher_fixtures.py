"""The long way round the pattern matcher, for speed passes to check a shortcut against: every variant of every
pattern tested at every token."""

from __future__ import annotations

from warcrimes.extract.engine.lemmas import InflectionLemmatizer
from warcrimes.extract.engine.patterns import Matcher, Pattern, WordClasses, _variants, parse
from warcrimes.extract.engine.patterns import Test as TokenTest
from warcrimes.extract.engine.text import Tokens, tokenise


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


def written_matcher(written: dict[str, str], classes: WordClasses, lemmatize: InflectionLemmatizer) -> Matcher:
    """A matcher of the patterns written in a test (name: pattern), whose lemmas `lemmatize` learns."""
    matcher = Matcher([Pattern(name, name, name, parse(text, classes)) for name, text in written.items()])
    lemmatize.learn(matcher.lemmas())
    return matcher


def assert_scans_find_the_long_way(matcher: Matcher, lemmatize: InflectionLemmatizer, text: str) -> None:
    """A cold scan, then one reading every head and next-token filter from what the first made, each find what
    testing every variant at every token finds, in order of the first token."""
    for _ in range(2):
        tokens = tokenise(text, lemmatize)
        found = matcher.scan(tokens)
        assert sorted((m.first, m.stop, m.id) for m in found) == every_variant_everywhere(matcher, tokens)
        assert [m.first for m in found] == sorted(m.first for m in found)
