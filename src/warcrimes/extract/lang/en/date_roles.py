"""Whether a date dates the event or its reporting: "said on Feb. 25", "Last week, the military said",
"accused ... on Thursday of", "as of June 28".

A mixin over the token helpers of CalendarReader (calendar_refs.py); reporting verbs and channels
live in dates.json.
"""

from __future__ import annotations

from collections.abc import Callable

from warcrimes.extract.engine.text import Tokens
from warcrimes.extract.lang.en.calendar_refs import LEXICON

_DAY_PARTS = frozenset(LEXICON["day_parts"])
_REPORTING = frozenset(LEXICON["reporting_verbs"])
_CHANNELS = frozenset(LEXICON["reporting_channels"])
_ACCUSING = frozenset(LEXICON["accusing_verbs"])
_STATEMENT_VERBS = frozenset(LEXICON["statement_verbs"])
_STEP_NOUNS = frozenset(LEXICON["step_nouns"])
_GATHERINGS = frozenset(LEXICON["gathering_nouns"])
_RELEASED = frozenset(LEXICON["released_people"]["verbs"])
_RELEASED_AFTER = frozenset(LEXICON["released_people"]["after"])
_THAT = frozenset(["that", ":"])
SPEAKER_WORDS = 7  # words a speaker's name may take between the opening date and the verb of saying
_QUOTES = frozenset(['"', "\u201c", "\u201d", "'", "\u2018"])
_SENTENCE_OPENERS = frozenset(["", ".", "!", "?", '"', "\u201c", "\u201d", ":"])


class DateRoles:
    """The role of a date found at tokens [first, stop): "event", "reported" or "as_of". Mixed into
    the scanner, whose CalendarReader provides `at` (the lowercased token at an index) and `n`."""

    n: int  # provided by the scanner this is mixed into
    t: Tokens
    low: list[str]
    at: Callable[[int], str]

    def leads_a_statement(self, first: int, stop: int) -> bool:
        """'Last week, Ukraine's military said Russian troops killed ...': a date opening the sentence
        with a speaker right after it dates the saying."""
        before = first - 1 if self.at(first - 1) not in ("on", "in", "at") else first - 2
        if self.at(before) not in _SENTENCE_OPENERS and not self.line_ends(before):
            return False
        comma = self.at(stop) == ","  # without it: "On 6 May the office reported that ...", the verb before "that"
        words = 0
        for j in range(stop + comma, min(stop + 1 + 2 * SPEAKER_WORDS, self.n)):
            word = self.at(j)
            if word in _STATEMENT_VERBS and (comma or self.at(j + 1) in _THAT):
                return not self.aside(j)
            if word in (",", ".", ";", ":"):
                return False
            # "the Prosecutor General's Office said": neither the apostrophe nor the possessive s is a word
            words += word.isalnum() and not (word == "s" and self.at(j - 1) == "'")
            if words > SPEAKER_WORDS:
                return False
        return False

    def line_ends(self, i: int) -> bool:
        """Token i ends its line ('By the X Desk | 8 October 2025' above 'In early November, a channel reported'):
        what follows opens a sentence though no stop closed the line."""
        tokens = self.t
        return 0 <= i < len(tokens) - 1 and "\n" in tokens.folded[tokens.end(i) : tokens.starts[i + 1]]

    def aside(self, verb: int) -> bool:
        """'On Aug. 3, local officials said, a drone hit a school': a speaker set off by commas after the opening
        date is an aside inside the act's own clause, so the date is the act's. A quotation after the comma
        ('..., he said, "...') is the speaker's words, and the date stays the saying's."""
        return self.at(verb + 1) == "," and self.at(verb + 2) not in _QUOTES and self.at(verb + 2).isalpha()

    def role(self, first: int, stop: int | None = None) -> str:
        """The role "reported" when a reporting verb governs the date ("wrote on Telegram on Feb. 25"), "step" when a
        court or investigation step's noun does ("opened a case on 5 May")."""
        if stop is not None and self.leads_a_statement(first, stop):
            return "reported"
        if not _ACCUSING.isdisjoint(self.low[max(first - 4, 0) : max(first, 0)]):
            return "reported"  # "accused Russian forces on Thursday of deporting ...": the date of the accusation
        if stop is not None and (self.at(stop) in _ACCUSING or self.at(stop) in _STATEMENT_VERBS):
            return "reported"  # "Officials on Monday accused ...", "Police on Tuesday said ...": the statement's day
        j = first - 1
        if self.at(j) == "of" and self.at(j - 1) in _DAY_PARTS and self.at(j - 2) == "the":
            j -= 3  # "as of the morning of June 28"
        if self.at(j) in ("of", "at") and self.at(j - 1) == "as":
            return "as_of"  # "as of 30 November", "as at 30 November": the day a figure stands on
        if self.at(j) in _STEP_NOUNS or self.at(j) in ("on", "in") and self.at(j - 1) in _STEP_NOUNS:
            return "step"  # "opened a war crimes case on 5 May": the step's day
        if self.at(j) in ("of", "on", "held") and self.at(j - 1) in _GATHERINGS:
            return "reported"  # "meeting of Tuesday, 21 October", "the hearing on 5 May": the gathering's day (25)
        steps = 0
        while j >= 0 and steps < 6:
            word = self.at(j)
            if word in _REPORTING:
                # "he was released in May": people set free, not a statement published (stage 21)
                return "event" if word in _RELEASED and self.at(j - 1) in _RELEASED_AFTER else "reported"
            if word not in _CHANNELS:
                return "event"
            j, steps = j - 1, steps + 1
        return "event"
