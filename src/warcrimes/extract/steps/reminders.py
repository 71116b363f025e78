"""An outlet's own reminders: "Нагадаємо, 31 травня дрон влучив у будинок ...", "Напомним, 4 ноября ...": a background
incident the outlet recalls in its own voice. Its source is the outlet the byline names (or a body the reminder itself
cites), not the administration the main story quotes, nor a body named in a later paragraph.

The words are the language's data: actors.json pattern `reminder` (a language without it has no reminders).
"""

from __future__ import annotations

import re

from warcrimes.extract.engine.document import Document
from warcrimes.extract.engine.text import fold
from warcrimes.extract.steps.people import given_names

BYLINE_LINES = 3  # lines opening a report within which the byline stands (the headline, the byline, the lead)
BYLINE_WORDS = 14  # "Одеса, 10 червня 2025 року, «Південний кур'єр»" fits; a sentence of the lead is longer
REMINDER_AT = 2  # tokens from a sentence's start within which its reminder word stands ("А нагадаємо, ...")
_QUOTED = re.compile(r"«([^«»\n]{2,60})»")


def byline_outlet(doc: Document) -> str | None:
    """The outlet a byline under the headline names ('«Портовий вісник», 12 листопада 2025, 09:15', 'Східний вісник,
    3 травня 2025', 'Harbour Gazette | Friday, 7 February 2025'), else the one a quoted signature on the report's last
    line names ('«Південна хвиля», новини Херсонщини'). A byline is a short line, ended by no stop, holding a date and
    a name: quoted anywhere, or unquoted before the line's first separator (stage 22, `_leading_name`) where the
    line's date is a day (the publication's; 'NAME SURNAME, 1961-2025' over an obituary names the dead). None when no
    line does."""
    if "byline outlet" in doc.cache:
        return doc.cache["byline outlet"]
    text, found, start, lines = doc.text, None, len(doc.text) - len(doc.text.lstrip()), 0
    while start < len(text) and lines < BYLINE_LINES and found is None:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end].strip()
        if line:
            lines += 1
            short = len(line.split()) <= BYLINE_WORDS and not line.endswith((".", "!", "?", ":"))
            if short and doc.within("date", start, end):
                quoted = _QUOTED.search(line)
                dated = any(m.value.granularity == "day" for m in doc.within("date", start, end))
                found = quoted.group(1).strip() if quoted else _leading_name(doc, start, end) if dated else None
        start = end + 1
    doc.cache["byline outlet"] = found if found is not None else _signed_outlet(doc)
    return doc.cache["byline outlet"]


_SEPARATOR = re.compile(r"[,|/\u2013\u2014]|\s-\s")  # what parts a byline's name from its date
NAME_WORDS = 5  # "Slobidska Hromada Weekly" fits; a phrase of the lead is longer


def _leading_name(doc: Document, start: int, end: int) -> str | None:
    """'Східний вісник, 3 травня 2025': the unquoted piece of a byline before its first separator, when it names
    an outlet: capitalised, NAME_WORDS words at most, more than places, no person, date, number or word of an
    editorial desk inside, and only the day after it."""
    text = doc.text
    lo = start + len(text[start:end]) - len(text[start:end].lstrip())
    cut = _SEPARATOR.search(text, lo, end)
    if cut is None:
        return None
    hi = cut.start()
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    piece = text[lo:hi]
    words = piece.split()
    if not 1 <= len(words) <= NAME_WORDS or not piece[:1].isupper() or any(c.isdigit() for c in piece):
        return None
    if any(m.start < hi and lo < m.end for m in doc.within("date", start, end)) or doc.within("count", lo, hi):
        return None
    if not _letters_left(text, lo, hi, [m for kind in ("place", "region") for m in doc.within(kind, lo, hi)]):
        return None  # a dateline ("Одеса, 10 червня 2025", "Kyiv / Vienna"); a place inside a name is part of it
    if _letters_left(text, cut.end(), end, doc.within("date", cut.end(), end)):
        return None  # "TV NAME - EVENING NEWS, THURSDAY 6 MARCH - SCRIPT": more than the day follows the name
    people = doc.within("source", lo, hi)
    if fold(words[0]) in given_names(doc.language) or any(m.value.kind == "person" for m in people):
        return None  # "Ірина Коваленко, 17 вересня 2025": the reporter's byline
    leads = {lead.split()[0] for lead in doc.lang.table("actors.json").get("investigation_byline", {}).get("leads", [])}
    if fold(words[0]) in leads:
        return None  # "By Iryna Savchuk | 22 May 2025": a writer's byline (steps/actors.py reads it)
    editorial = doc.lang.table("actors.json").get("publisher", {}).get("editorial", [])
    if any(fold(w) in editorial for w in words):
        return None  # "The Harbour Ledger live desk | 16 July": a desk or a channel relays (actors.json `publisher`)
    return piece


def _letters_left(text: str, lo: int, hi: int, covered: list) -> bool:
    """Whether text[lo:hi] holds a letter outside the `covered` mentions (places of a dateline, the byline's day)."""
    at = lo
    for m in sorted(covered, key=lambda m: m.start):
        if any(c.isalpha() for c in text[at : max(at, m.start)]):
            return True
        at = max(at, m.end)
    return any(c.isalpha() for c in text[at:hi])


def _signed_outlet(doc: Document) -> str | None:
    """'«Південна хвиля», новини Херсонщини' as the report's last line: a short line opening with a quoted name
    signs the report with the outlet's name (stage 22)."""
    text = doc.text.rstrip()
    line = text[text.rfind("\n") + 1 :].strip()
    if "\n" not in text or len(line.split()) > BYLINE_WORDS or line.endswith((".", "!", "?", ":")):
        return None
    quoted = _QUOTED.match(line)
    return quoted.group(1).strip() if quoted else None


def opens_reminder(doc: Document, start: int) -> bool:
    """The sentence starting at `start` opens with the outlet's reminder word ("Нагадаємо,", "Напомним,")."""
    first = doc.token_at(start)
    return any(doc.token_at(h.start) - first < REMINDER_AT for h in doc.hits_within("reminder", start, start + 40))


def reminder_span(doc: Document, start: int) -> tuple[int, int]:
    """The reminder's paragraph: from its sentence to the next blank line."""
    end = doc.text.find("\n\n", start)
    return start, len(doc.text) if end < 0 else end
