"""Drafted official letters to the UN, the ICRC, the ICC and a national prosecutor, with the dossier as annex.

Everything an office changes is a data file (outputs/data/letters/): its letterhead, signatory and
reference format (office.json), the addressees (recipients.json) and the wording of each letter
(<recipient>.<language>.txt). An installation may keep its own copies of any of them in a folder
of its own, which wins file by file. Letter texts are Jinja templates run in Jinja's sandbox:
an edited template can use the values given to it, nothing else of the system.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from jinja2 import BaseLoader, StrictUndefined, TemplateError, TemplateNotFound
from jinja2.sandbox import SandboxedEnvironment

from warcrimes.domain.facts import DateInterval, Victims
from warcrimes.errors import ConfigError
from warcrimes.outputs import wording
from warcrimes.outputs.dossier import Dossier

LANGUAGES = ("en", "uk")
PACKAGED = resources.files("warcrimes.outputs").joinpath("data", "letters")


class LetterError(ConfigError):
    """A letter file an office edited cannot be used as it is; the message names the file."""


class _KitLoader(BaseLoader):
    """Templates from the office's folder first, then the shipped ones."""

    def __init__(self, kit: LetterKit) -> None:
        self.kit = kit

    def get_source(self, environment: Any, template: str) -> tuple[str, str, Any]:
        return self.kit.read(template), template, lambda: True


@dataclass(frozen=True)
class LetterKit:
    """Where the letter files are read from: the office's own folder (if any), then the package."""

    folder: Path | None = None

    def _file(self, name: str) -> Path | Traversable:
        if self.folder is not None and (self.folder / name).is_file():
            return self.folder / name
        shipped = PACKAGED.joinpath(name)
        if not shipped.is_file():
            raise TemplateNotFound(name)
        return shipped

    def read(self, name: str) -> str:
        return self._file(name).read_text(encoding="utf-8")

    def json(self, name: str) -> dict[str, Any]:
        try:
            loaded = json.loads(self.read(name))
        except ValueError as exc:
            raise LetterError(f"letters/{name} is not valid JSON: {exc}") from exc
        if not isinstance(loaded, dict):
            raise LetterError(f"letters/{name} must hold a JSON object")
        return loaded


@dataclass(frozen=True)
class Letter:
    """A drafted letter, ready to render: every line in the letter's language."""

    language: str
    recipient: str
    letterhead: tuple[str, ...]
    reference: str
    date: str
    place: str
    addressee: tuple[str, ...]
    subject: str
    salutation: str
    paragraphs: tuple[str, ...]
    annex: str
    closing: str
    signatory_title: str
    signatory_name: str
    prepared_by: str


#: recipients.json's keys per file, with the (mtime, size) they were read at: the incident page and
#: list name them on every build, and an office edits the file rarely.
_RECIPIENTS: dict[str, tuple[tuple[int, int], tuple[str, ...]]] = {}


def recipients(kit: LetterKit | None = None) -> list[str]:
    """The recipients' keys, read again only when their file's mtime or size changes."""
    kit = kit or LetterKit()
    found = kit._file("recipients.json")
    stamp = None
    if isinstance(found, Path):
        try:
            status = found.stat()
            stamp = (status.st_mtime_ns, status.st_size)
        except OSError:
            stamp = None
    held = _RECIPIENTS.get(str(found))
    if stamp is not None and held is not None and held[0] == stamp:
        return list(held[1])
    names = tuple(kit.json("recipients.json").get("recipients", {}))
    if stamp is not None:
        _RECIPIENTS[str(found)] = (stamp, names)
    return list(names)


def _uk_day(day: dt.date, months: list[str]) -> str:
    return f"{day.day} {months[day.month - 1]} {day.year} року"


def _uk_persons(n: int) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return "особа"
    return "особи" if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else "осіб"


def _incident_lines(dossier: Dossier, language: str, labels: dict[str, Any]) -> list[dict[str, Any]]:
    """Each incident as the letter lists it: number, date, place, violation, victims."""
    lines = []
    for incident in dossier.incidents:
        label = incident.main_violation
        best = incident.best.value
        if language == "uk":
            when = interval_uk(incident.date, labels["months"])
            who = labels["victims"].get(incident.victims_category, incident.victims_category)
            told = "кількість не зазначено" if best is None else f"{best} {_uk_persons(best)}"
            lines.append({"id": incident.id, "date": when, "place": wording.place(incident.location),
                          "violation": labels["violations"].get(label, label), "victims": f"{who}, {told}"})
        else:
            title = incident.qualification[0].title.lower() if incident.qualification else "violation not stated"
            lines.append({"id": incident.id, "date": wording.interval(incident.date),
                          "place": wording.place(incident.location), "violation": title[:1].upper() + title[1:],
                          "victims": wording.victims(Victims(incident.victims_category, best, best))})
    return lines


def draft_letter(dossier: Dossier, recipient: str, language: str, *, date: dt.date,
                 annex_pages: int | None = None, number: str | None = None,
                 kit: LetterKit | None = None) -> Letter:
    """The letter to `recipient` in `language` about the dossier; LetterError names a broken file."""
    kit = kit or LetterKit()
    if language not in LANGUAGES:
        raise LetterError(f"no letters in {language!r}; the languages are {', '.join(LANGUAGES)}")
    everyone = kit.json("recipients.json").get("recipients", {})
    if recipient not in everyone:
        raise LetterError(f"no recipient {recipient!r}; the recipients are {', '.join(everyone)} "
                          "(letters/recipients.json)")
    office_file = kit.json("office.json")
    office, to = office_file.get(language) or {}, everyone[recipient].get(language) or {}
    labels = kit.json("labels.json").get(language, {})
    env = SandboxedEnvironment(loader=_KitLoader(kit), undefined=StrictUndefined, autoescape=False,
                               keep_trailing_newline=False)
    env.filters["capitalize_first"] = lambda text: text[:1].upper() + text[1:]
    context = {"office": office, "recipient": to, "reference": dossier.reference, "count": len(dossier.incidents),
               "incidents": _incident_lines(dossier, language, labels),
               "checkpoint_size": dossier.proofs.size, "date": date.isoformat()}
    reference_rule = office_file.get("reference") or {}
    try:
        body = env.get_template(f"{recipient}.{language}.txt").render(context)
        reference = env.from_string(reference_rule.get("format") or "{{ number or '____' }}").render(
            prefix=reference_rule.get("prefix", ""), recipient=everyone[recipient].get("code", recipient),
            year=date.year, number=number)
        letter = Letter(
            language=language, recipient=recipient, letterhead=(office["name"], *office.get("lines", ())),
            reference=reference, date=date.strftime("%d.%m.%Y") if language == "uk" else wording.day(date),
            place=office.get("place", ""), addressee=tuple(to["addressee"]), subject=to["subject"],
            salutation=to["salutation"],
            paragraphs=tuple(p.strip() for p in body.split("\n\n") if p.strip()),
            annex=_annex(dossier, language, annex_pages), closing=office.get("closing", ""),
            signatory_title=office["signatory"]["title"], signatory_name=office["signatory"]["name"],
            prepared_by=office.get("prepared_by", ""))
    except (TemplateError, KeyError, TypeError) as exc:
        raise LetterError(f"the letter to {recipient} in {language} cannot be drafted: {type(exc).__name__}: "
                          f"{exc} (check letters/office.json, recipients.json and {recipient}.{language}.txt)"
                          ) from exc
    return letter


def _annex(dossier: Dossier, language: str, pages: int | None) -> str:
    if language == "uk":
        sheets = f" на {pages} арк." if pages else ""
        return (f"Додаток: досьє {dossier.reference}{sheets} в 1 прим. (у файлі PDF разом із доказами включення "
                f"записів журналу зберігання, файл custody-proofs.json).")
    counted = f", {pages} pages" if pages else ""
    return (f"Annex: dossier {dossier.reference}{counted}, with the inclusion proofs of its custody records "
            "attached to the PDF as custody-proofs.json.")


def interval_uk(value: DateInterval | None, months: list[str]) -> str:
    """A date interval as a Ukrainian letter writes it."""
    if value is None:
        return "не зазначено"
    if value.start == value.end:
        return _uk_day(value.start, months)
    return f"у період з {_uk_day(value.start, months)} по {_uk_day(value.end, months)}"
