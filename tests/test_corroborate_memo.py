"""The text-keyed cache that keeps an incident's summary from reading every report again per new account."""

from __future__ import annotations

from warcrimes.corroborate import memo
from warcrimes.corroborate.citations import citations
from warcrimes.corroborate.descriptors import of_account
from warcrimes.corroborate.source_identity import Context
from warcrimes.domain.facts import IncidentFacts


def test_a_text_asked_twice_is_read_once() -> None:
    calls: list[str] = []

    @memo.by_text
    def length(text: str, extra: int) -> int:
        calls.append(text)
        return len(text) + extra

    assert length("shelled overnight", 1) == length("shelled overnight", 1) == 18
    assert length("shelled overnight", 2) == 19
    assert calls == ["shelled overnight", "shelled overnight"]


def test_the_cache_lets_go_of_the_oldest_text_past_its_character_bound(monkeypatch) -> None:
    monkeypatch.setattr(memo, "MAX_CHARS", 10)
    calls: list[str] = []

    @memo.by_text
    def upper(text: str) -> str:
        calls.append(text)
        return text.upper()

    upper("abcdef")
    upper("ghijkl")  # 12 characters held: "abcdef" goes
    upper("ghijkl")
    upper("abcdef")
    assert calls == ["abcdef", "ghijkl", "abcdef"]


def test_cached_readings_equal_fresh_ones() -> None:
    text = ("The regional prosecutor's office said a drone hit a bus stop in the town; police inspected the site. "
            "A second strike damaged a school.")
    facts = IncidentFacts(reported_by=("regional prosecutor's office",), span=(0, 99))
    context = Context(admin1="Kherson Oblast", place="Beryslav")
    first = citations(text, "Kherson Oblast Military Administration", facts, context, "label")
    first.append(first[0])  # a caller changing its list does not change what the cache holds
    again = citations(text, "Kherson Oblast Military Administration", facts, context, "label")
    assert len(again) == len(first) - 1 and again == first[:-1]
    assert of_account(text, (0, 99), False) == of_account(text, [0, 99], False)
