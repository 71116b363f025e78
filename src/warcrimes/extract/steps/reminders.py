"""An outlet's own reminders: "Нагадаємо, 31 травня дрон влучив у будинок ...", "Напомним, 4 ноября ...": a background
incident the outlet recalls in its own voice. Its source is the outlet the byline names (or a body the reminder itself
cites), not the administration the main story quotes, nor a body named in a later paragraph.

The words are the language's data: actors.json pattern `reminder` (a language without it has no reminders).
"""

from __future__ import annotations

import re

from warcrimes.extract.engine.document import Document

BYLINE_LINES = 3  # lines opening a report within which the byline stands (the headline, the byline, the lead)
BYLINE_WORDS = 14  # "Одеса, 10 червня 2025 року, «Південний кур'єр»" fits; a sentence of the lead is longer
REMINDER_AT = 2  # tokens from a sentence's start within which its reminder word stands ("А нагадаємо, ...")
_QUOTED = re.compile(r"«([^«»\n]{2,60})»")


def byline_outlet(doc: Document) -> str | None:
    """The outlet a byline under the headline names in quotes ('«Портовий вісник», 12 листопада 2025, 09:15'): a
    short line, ended by no stop, holding a date and a quoted name. None when no line does."""
    if "byline outlet" in doc.cache:
        return doc.cache["byline outlet"]
    text, found, start, lines = doc.text, None, len(doc.text) - len(doc.text.lstrip()), 0
    while start < len(text) and lines < BYLINE_LINES and found is None:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end].strip()
        if line:
            lines += 1
            quoted = _QUOTED.search(line)
            short = len(line.split()) <= BYLINE_WORDS and not line.endswith((".", "!", "?", ":"))
            if short and quoted and doc.within("date", start, end):
                found = quoted.group(1).strip()
        start = end + 1
    doc.cache["byline outlet"] = found
    return found


def opens_reminder(doc: Document, start: int) -> bool:
    """The sentence starting at `start` opens with the outlet's reminder word ("Нагадаємо,", "Напомним,")."""
    first = doc.token_at(start)
    return any(doc.token_at(h.start) - first < REMINDER_AT for h in doc.hits_within("reminder", start, start + 40))


def reminder_span(doc: Document, start: int) -> tuple[int, int]:
    """The reminder's paragraph: from its sentence to the next blank line."""
    end = doc.text.find("\n\n", start)
    return start, len(doc.text) if end < 0 else end
