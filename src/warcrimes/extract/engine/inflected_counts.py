"""A count grammar for inflected languages (Ukrainian, Russian), its words all in the language's numbers.json.

Number words are recognised by lemma, so every case form counts: "п'ятьох", "п'ятеро" and "п'ять"
are five, "трёх" and "троих" three. A count is digits ("5 100", "1,5 тис.") or number words
("двадцять п'ять", "сто сорок"), after an optional qualifier phrase ("щонайменше", "не менее",
"близько") or inside a range ("від 10 до 12"). Numbers that are dates, ages ("54-річний"), legal
articles ("ч. 2 ст. 438") or measures ("10 км") are not counts.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from warcrimes.extract.engine.document import Mention
from warcrimes.extract.engine.text import Tokens, phrase_forms
from warcrimes.extract.engine.values import CountValue


class CountGrammar:
    """One language's number words, compiled once; read(tokens, text, dates) gives count mentions."""

    def __init__(self, code: str, words: Mapping[str, Any], fold_table: dict[int, str]) -> None:
        self.code = code

        def fold1(word: str) -> str:
            return "".join(phrase_forms(word, fold_table))

        self.units = {fold1(k): int(v) for k, v in words["units"].items()}
        self.not_numbers = {fold1(w) for w in words.get("not_number_forms", ())}
        self.tens = {fold1(k): int(v) for k, v in words["tens"].items()}
        self.hundreds = {fold1(k): int(v) for k, v in words["hundreds"].items()}
        self.scales = {fold1(k): int(v) for k, v in words["scales"].items()}
        # every number word with the first of those tables listing it (units, tens, hundreds, scales) and its value
        # there: one look-up per form or lemma instead of four, asked of nearly every token three times
        # (docs/extraction.md, speed pass 4); written last to first, so the first table's entry stays
        self._values: dict[str, tuple[str, int]] = {}
        for kind, table in (("scale", self.scales), ("hundred", self.hundreds), ("ten", self.tens),
                            ("unit", self.units)):
            self._values.update({form: (kind, value) for form, value in table.items()})
        self.qualifiers = {phrase_forms(k, fold_table): v for k, v in words["qualifiers"].items()}
        self.range_openers = {fold1(w) for w in words["range_openers"]}
        self.range_joiners = {fold1(w) for w in words["range_joiners"]}
        self.percent = {fold1(w) for w in words["percent_words"]}
        self.not_before = {fold1(w) for w in words["not_count_before"]}
        self.not_after = {fold1(w) for w in words["not_count_after"]}
        self.one_not_after = {fold1(w) for w in words["one_not_count_after"]}
        # "за 438 статтею", "по статье 105", "к 20 годам": an article, a part or a term in any case form
        self.not_lemmas = {fold1(w) for w in words.get("not_count_lemmas", ())}
        # Singular nouns for one person ("загинула жінка", "погиб мирный житель"): Ukrainian and
        # Russian have no article to count, so the noun in the singular is the count of one.
        self.singular = {fold1(w) for w in words.get("singular_persons", ())}
        # "розстріляли подружжя", "расстреляли пожилую пару": a noun (or adjective and noun) naming two people
        collective = words.get("collective_persons", {})
        self.collective = {" ".join(phrase_forms(w, fold_table)): int(n) for w, n in collective.items()}
        # "несколько человек", "много людей", "російського військового": a word before the noun that makes it
        # a plural or one of the accused side, not one victim
        self.not_singular_after = {fold1(w) for w in words.get("not_singular_after", ())}
        # "цивільного населення", "цивільного автомобіля": a noun after it makes the word an adjective of a
        # thing or a people, not one person
        self.not_singular_before = {fold1(w) for w in words.get("not_singular_before", ())}
        # "ранен сотрудник", "поранено співробітника": nouns that count one only right after a word of harm; elsewhere
        # they name who speaks ("сообщил сотрудник следственного управления")
        self.singular_after_harm = {fold1(w) for w in words.get("singular_after_harm", ())}
        self.harm_before_singular = {fold1(w) for w in words.get("harm_before_singular", ())}
        self.rise_words = {fold1(w) for w in words.get("rise_words", ())}
        # "52-річний і 60-річний чоловіки": ages listed before one plural noun count the people they
        # describe, one per age; a single age stays an adjective (the singular noun counts one).
        self.age_words = {fold1(w) for w in words.get("age_words", ())}
        self.list_joiners = {fold1(w) for w in words.get("list_joiners", ())}

    # -- one number ----------------------------------------------------------------------------------
    def _word_value(self, tokens: Tokens, i: int) -> tuple[str, int] | None:
        """Which table a number word is in, and its value, by form or lemma: the form first, then each lemma,
        each in the tables in order (units, tens, hundreds, scales), as `_values` holds them merged."""
        form = tokens.lower[i]
        if form in self.not_numbers:
            return None  # "семью": a family, not seven
        values = self._values
        found = values.get(form)
        if found is not None:
            return found
        for lemma in tokens.lemmas[i]:  # a token's lemmas may repeat its form: looked up again, as before
            found = values.get(lemma)
            if found is not None:
                return found
        return None

    def _words(self, tokens: Tokens, i: int) -> tuple[int, int] | None:
        """"двадцять п'ять", "сто сорок", "дві тисячі": the value and the stop token."""
        total, current, j, seen = 0, 0, i, False
        while j < len(tokens):
            found = self._word_value(tokens, j)
            if found is None:
                break
            kind, value = found
            if kind == "scale":
                current = (current or 1) * value
                total, current = total + current, 0
            else:
                current += value
            seen, j = True, j + 1
        if not seen:
            return None
        return total + current, j

    def _digits(self, tokens: Tokens, i: int) -> tuple[float, int] | None:
        low, n = tokens.lower, len(tokens)
        if not low[i].isdigit():
            return None
        text, j = low[i], i + 1
        while j < n and len(low[j]) == 3 and low[j].isdigit() and len(text) <= 3 and not tokens.touching(j - 1):
            text, j = text + low[j], j + 1  # "5 100": groups of three after a space
        value = float(text)
        if j + 1 < n and low[j] == "," and tokens.touching(j - 1) and tokens.touching(j) and low[j + 1].isdigit():
            value, j = float(f"{text}.{low[j + 1]}"), j + 2  # "1,5 тис."
        if j < n and low[j] in self.scales:
            value, j = value * self.scales[low[j]], j + 1
            if j < n and low[j] == "." and tokens.touching(j - 1):
                j += 1
        return value, j

    def _number(self, tokens: Tokens, i: int) -> tuple[float, int] | None:
        return self._digits(tokens, i) or self._words(tokens, i)

    def _legal_unit(self, tokens: Tokens, i: int) -> bool:
        """Token i is an article, part or term by its lemma ("статтею", "статье", "годам")."""
        return i >= 0 and bool(self.not_lemmas) and any(lemma in self.not_lemmas for lemma in tokens.lemmas[i])

    @staticmethod
    def _clock(tokens: Tokens, i: int) -> int | None:
        """The token after a clock time opening at token i ("05:40", "о 14:30"), else None: an hour counts no one."""
        low, n = tokens.lower, len(tokens)
        if not (i + 2 < n and low[i].isdigit() and len(low[i]) <= 2 and low[i + 1] == ":"):
            return None
        if tokens.touching(i) and tokens.touching(i + 1) and low[i + 2].isdigit() and len(low[i + 2]) == 2:
            return i + 3
        return None

    def _excluded(self, tokens: Tokens, i: int, stop: int) -> bool:
        low, n = tokens.lower, len(tokens)
        if i > 0 and low[i - 1] in self.not_before:
            return True
        if self._legal_unit(tokens, i - 1) or stop < n and self._legal_unit(tokens, stop):
            return True
        if i > 1 and low[i - 1] == "-" and tokens.touching(i - 2) and tokens.touching(i - 1) and low[i - 2].isalpha():
            return True  # "ИК-10", "СИЗО-1", "Су-34": part of a name
        if i > 1 and low[i - 1] == "." and low[i - 2] in self.not_before:
            return True  # "ст. 438"
        if stop < n and low[stop] in self.not_after:
            return True
        if stop + 1 < n and low[stop] in self.list_joiners and low[stop + 1].isdigit():
            listed = self._digits(tokens, stop + 1)  # "9 і 12 років", "9 и 12 лет": the measure after the list
            if listed is not None and listed[1] < n and low[listed[1]] in self.not_after:
                return True
        # "54-річний", "155-та": an adjective or an ordinal, not a count
        return stop < n and low[stop] == "-" and tokens.touching(stop - 1)

    def _age(self, tokens: Tokens, i: int) -> int | None:
        """The token after an age ("47-річний" from token i), else None."""
        low, n = tokens.lower, len(tokens)
        if not (i + 2 < n and low[i].isdigit() and low[i + 1] == "-" and tokens.touching(i) and tokens.touching(i + 1)):
            return None
        aged = low[i + 2] in self.age_words or any(lemma in self.age_words for lemma in tokens.lemmas[i + 2])
        return i + 3 if aged else None

    def _ages(self, tokens: Tokens, i: int) -> tuple[int, int] | None:
        """How many ages are listed from token i ("37-річний і 35-річний"), and the stop token; None under two."""
        if not self.age_words:
            return None
        ages, stop, j = 0, i, i
        while (after := self._age(tokens, j)) is not None:
            ages, stop = ages + 1, after
            j = after + 1 if after < len(tokens) and tokens.lower[after] in self.list_joiners else len(tokens)
        return (ages, stop) if ages >= 2 else None

    def _aged_name(self, tokens: Tokens, text: str, i: int) -> int | None:
        """The token after one age that a capitalised word follows ("12-річного Максима", "15-летнюю Анну"), else
        None; ages of the plural ("52-річний і 60-річний чоловіки") are `_ages`'."""
        if not self.age_words:
            return None
        after = self._age(tokens, i)
        if after is None or after >= len(tokens) or not text[tokens.starts[after]].isupper():
            return None
        return after

    def _qualifier(self, tokens: Tokens, i: int) -> tuple[int, str]:
        """The qualifier phrase ending just before token i, as (first token, qualifier)."""
        low = tokens.lower
        found = [(len(p), kind) for p, kind in self.qualifiers.items() if tuple(low[max(0, i - len(p)) : i]) == p]
        if not found:
            return i, "exact"
        length, kind = max(found)  # the longest phrase
        if kind == "at_most" and i - length > 0 and low[i - length - 1] in self.rise_words:
            return i, "exact"  # "зросла до 18": rose to 18, not up to 18
        return i - length, kind

    def read(self, tokens: Tokens, text: str, dates: Sequence[Mention] = ()) -> list[Mention]:
        in_date = [False] * len(text)
        for date in dates:
            in_date[date.start : date.end] = [True] * (date.end - date.start)
        out: list[Mention] = []
        i, n = 0, len(tokens)
        while i < n:
            if in_date[tokens.starts[i]]:
                i += 1
                continue
            clock = self._clock(tokens, i)
            if clock is not None:
                i = clock
                continue
            ages = self._ages(tokens, i)
            if ages is not None:
                people, stop = ages
                start, end = tokens.starts[i], tokens.end(stop - 1)
                ages_count = CountValue(people, people, "exact", float(people))
                out.append(Mention("count", start, end, ages_count, f"{self.code}/numbers:ages"))
                i = stop
                continue
            named = self._aged_name(tokens, text, i)
            if named is not None:
                # "депортували 12-річного Максима": one age before a name counts that one person; the age
                # stays the victim (steps/cues.py::_named_after), so the empty count stands just before it
                at = tokens.starts[i]
                out.append(Mention("count", at, at, CountValue(1, 1, "exact", 1.0), f"{self.code}/numbers:aged_name"))
                i = named
                continue
            found = self._number(tokens, i)
            if found is None:
                before = range(max(0, i - 2), i)  # "четыре мирных жителя", "несколько человек"
                counted = any(self._number(tokens, k) or tokens.lower[k] in self.not_singular_after for k in before)
                described = i + 1 < n and tokens.lower[i + 1] in self.not_singular_before
                after_harm = i > 0 and tokens.lower[i] in self.singular_after_harm and (
                    tokens.lower[i - 1] in self.harm_before_singular
                )
                if (tokens.lower[i] in self.singular or after_harm) and not counted and not described:
                    pair = i + 2 < n and tokens.lower[i + 1] in self.list_joiners and tokens.lower[i + 1].isalpha()
                    if pair and tokens.lower[i + 2] in self.singular and tokens.lower[i + 2] != tokens.lower[i]:
                        # "погибли мужчина и женщина", "поранено чоловіка та жінку": two people named one by one
                        at = tokens.starts[i]
                        two = CountValue(2, 2, "exact", 2.0)
                        out.append(Mention("count", at, at, two, f"{self.code}/numbers:singular-pair"))
                        i += 3
                        continue
                    one = CountValue(1, 1, "exact", 1.0)
                    # an empty span just before the noun: the noun stays the victim the count counts
                    at = tokens.starts[i]
                    out.append(Mention("count", at, at, one, f"{self.code}/numbers:singular"))
                elif self.collective and not counted:
                    two_words = f"{tokens.lower[i - 1]} {tokens.lower[i]}" if i else ""
                    many = self.collective.get(tokens.lower[i]) or self.collective.get(two_words)
                    if many:
                        at = tokens.starts[i - 1 if two_words in self.collective else i]
                        both = CountValue(many, many, "exact", float(many))
                        out.append(Mention("count", at, at, both, f"{self.code}/numbers:collective"))
                i += 1
                continue
            value, stop = found
            one_of = value == 1 and stop < n and tokens.lower[stop] in self.one_not_after  # "одна з ракет"
            if self._excluded(tokens, i, stop) or one_of:
                i = stop
                continue
            first, qualifier = self._qualifier(tokens, i)
            unit = "persons"
            end_tok = stop
            if stop < n and tokens.lower[stop] in self.percent:
                unit, end_tok = "percent", stop + 1
            low_value, high_value = int(value), int(value)
            # a range: "від 10 до 12", "10-12"
            if end_tok + 1 < n and tokens.lower[end_tok] in self.range_joiners:
                second = self._number(tokens, end_tok + 1)
                if second is not None and second[0] > value:
                    high_value, end_tok, qualifier = int(second[0]), second[1], "range"
                    if first > 0 and tokens.lower[first - 1] in self.range_openers:
                        first -= 1
            if qualifier == "at_least":
                lo, hi = low_value, None
            elif qualifier == "at_most":
                lo, hi = None, high_value
            else:
                lo, hi = low_value, high_value
            start, end = tokens.starts[first], tokens.end(end_tok - 1)
            rule = f"{self.code}/numbers:{qualifier}"
            out.append(Mention("count", start, end, CountValue(lo, hi, qualifier, float(value), unit), rule))
            i = end_tok
        return out
