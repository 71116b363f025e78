"""`warcrimes persons ...`: the captives registry from the command line.

The command line runs as the installation's operator, who holds the registry keys; the actor
named in custody entries is WARCRIMES_ACTOR (or the login). Merging two persons needs that actor to
be an analyst's user name (services/registry_matching.py). Every `show` is recorded as a view.
"""

from __future__ import annotations

import datetime as dt
import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from warcrimes.cli import app
from warcrimes.config import current_actor
from warcrimes.errors import BadInputError

persons_app = typer.Typer(no_args_is_help=True, help="The captives registry: persons, statuses, lists, exchanges.")
status_app = typer.Typer(no_args_is_help=True, help="A person's status history.")
place_app = typer.Typer(no_args_is_help=True, help="Places of detention.")
exchange_app = typer.Typer(no_args_is_help=True, help="Exchanges of prisoners and repatriations of bodies.")
app.add_typer(persons_app, name="persons")
persons_app.add_typer(status_app, name="status")
persons_app.add_typer(place_app, name="place")
persons_app.add_typer(exchange_app, name="exchange")


class Format(StrEnum):
    text = "text"
    json = "json"


FormatOption = Annotated[Format, typer.Option("--format", help="text or json.")]


def _json(value: Any) -> None:
    typer.echo(json.dumps(value, ensure_ascii=False, indent=2))


def _date(text: str, what: str) -> Any:
    from warcrimes.registry.records import PartialDate

    return PartialDate.parse_iso(text) if text else _missing(what)


def _missing(what: str) -> Any:
    raise BadInputError(f"{what} is needed (YYYY, YYYY-MM or YYYY-MM-DD)")


@persons_app.command("import")
def import_list(file: Annotated[Path, typer.Argument(help="The list: CSV (UTF-8, UTF-16 or Windows-1251) or XLSX.")],
                dry_run: Annotated[bool, typer.Option("--dry-run", help="Show what would be created, updated or "
                                                      "matched; change nothing.")] = False,
                mapping: Annotated[str, typer.Option(help="Column mapping: default, ukrainian_office, russian_list, "
                                                     "or a JSON file of your own.")] = "default",
                output_format: FormatOption = Format.text) -> None:
    """Import a list of persons, all or nothing; a problem is one line naming its rows."""
    from warcrimes.registry.listfile import check_size
    from warcrimes.services.registry_import import ListNotImported, column_mapping
    from warcrimes.services.registry_import import import_list as run
    from warcrimes.store import open_store

    if not file.is_file():
        raise BadInputError(f"{file}: no such file")
    check_size(file.name, file.stat().st_size)
    chosen = column_mapping(mapping)
    try:
        outcome = run(open_store(), file.name, file.read_bytes(), chosen, actor=current_actor(), apply=not dry_run)
    except ListNotImported as exc:
        for line in (p.render() for p in exc.plan.problems):
            typer.echo(line, err=True)
        raise
    plan = outcome.plan
    if output_format is Format.json:
        _json({"applied": outcome.applied, "list": plan.list_hash, "counts": plan.counts(),
               "problems": [p.render() for p in plan.problems],
               "persons": [{"rows": list(p.rows), "action": p.action, "person": p.person_id,
                            "entries": len(p.entries),
                            "candidates": [{"person": c.right, "score": c.score,
                                            "reasons": [f"{r.field} {r.verdict}" for r in c.reasons]}
                                           for c in p.candidates]} for p in plan.persons],
               "created": list(outcome.created), "updated": list(outcome.updated)})
    else:
        for line in plan.describe():
            typer.echo(line)
        if outcome.applied:
            typer.echo(f"imported: {len(outcome.created)} persons created, {len(outcome.updated)} updated, "
                       f"{outcome.candidates} match candidates for an analyst")
        else:
            typer.echo("dry run: nothing was changed" if plan.can_apply else "dry run: the list has errors")
    if not plan.can_apply:
        raise typer.Exit(2)


@persons_app.command("figures")
def figures(output_format: FormatOption = Format.text,
            months: Annotated[int, typer.Option(help="Also the figures at the last N month ends.")] = 0) -> None:
    """Persons held, released, missing and dead (derived statuses), beside the figures reports state."""
    from warcrimes.queries.registry import figures as read
    from warcrimes.store import open_store

    page = read(open_store(), months=max(0, min(months, 120)))
    if output_format is Format.json:
        _json(page.to_json())
        return
    typer.echo(f"{page.persons} persons: " + ", ".join(f"{k} {v}" for k, v in page.figures.by_group.items()))
    for category, counts in page.figures.by_category.items():
        typer.echo(f"  {category}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    for stated in page.stated:
        typer.echo(f"stated {stated.measure} ({stated.population}) {stated.qualifier} {stated.stated:g} on "
                   f"{stated.as_of}: registry {stated.registry}, difference {stated.difference:+g}")
    for day, counted in page.over_time:
        typer.echo(f"{day}: " + ", ".join(f"{k} {v}" for k, v in counted.by_group.items()))


def _lines(found: list[Any], output_format: Format) -> None:
    if output_format is Format.json:
        _json([p.to_json() for p in found])
        return
    for p in found:
        score = f"  {p.score:.2f}" if p.score is not None else ""
        typer.echo(f"{p.person_id}  {p.category:<9} {p.status or '-':<20} {p.name}"
                   f"{' / ' + p.latin if p.latin else ''}{score}")


@persons_app.command("search")
def search(name: Annotated[str, typer.Argument(help="A family name, or family and given name, in any spelling.")],
           output_format: FormatOption = Format.text,
           limit: Annotated[int, typer.Option(help="At most this many.")] = 20) -> None:
    """Find persons by name in any spelling (Ukrainian, Russian or Latin letters)."""
    from warcrimes.queries.registry import search_persons
    from warcrimes.store import open_store

    _lines(search_persons(open_store(), name, limit=max(1, min(limit, 200))), output_format)


@persons_app.command("list")
def list_persons(output_format: FormatOption = Format.text,
                 offset: Annotated[int, typer.Option(help="Skip this many.")] = 0) -> None:
    """Persons, newest first, 50 at a time."""
    from warcrimes.queries.registry import list_persons as read
    from warcrimes.store import open_store

    total, found = read(open_store(), offset=offset)
    if output_format is Format.text:
        typer.echo(f"{total} persons")
    _lines(found, output_format)


@persons_app.command("show")
def show(person_id: Annotated[str, typer.Argument(help="The person's id (p-...).")],
         output_format: FormatOption = Format.text) -> None:
    """A person's record and status history (the view is recorded: who, when)."""
    from warcrimes.services.registry_views import view_person
    from warcrimes.store import open_store

    record = view_person(open_store(), person_id, actor=current_actor(), via="cli").to_json()
    if output_format is Format.json:
        _json(record)
        return
    for key in ("id", "category", "name_uk", "name_latin", "names_ru", "birth_date", "military", "merged_into"):
        typer.echo(f"{key}: {json.dumps(record[key], ensure_ascii=False)}")
    typer.echo(f"status: {json.dumps(record['status'], ensure_ascii=False)}")
    for entry in record["history"]:  # type: ignore[attr-defined]
        place = entry["place"]["name"] if entry["place"] else ""
        typer.echo(f"  {entry['date']:<10} {entry['kind']:<20} {place} ({entry['source']['kind']} "
                   f"{entry['source']['reference']})")


@persons_app.command("add")
def add(family: Annotated[str, typer.Option(help="Family name as written (Ukrainian, Russian or Latin).")],
        given: Annotated[str, typer.Option(help="Given name.")] = "",
        patronymic: Annotated[str, typer.Option(help="Father's name.")] = "",
        birth_date: Annotated[str, typer.Option(help="YYYY, YYYY-MM or YYYY-MM-DD.")] = "",
        category: Annotated[str, typer.Option(help="military, civilian or unknown.")] = "unknown",
        rank: Annotated[str, typer.Option()] = "", unit: Annotated[str, typer.Option()] = "",
        service_number: Annotated[str, typer.Option()] = "") -> None:
    """Add one person by hand; prints the new id."""
    from warcrimes.registry.listrows import person_from_names
    from warcrimes.services.registry import add_person
    from warcrimes.store import open_store

    person = person_from_names(family, given, patronymic, category=category,
                               birth=_date(birth_date, "") if birth_date else None,
                               rank=rank, unit=unit, service_number=service_number)
    typer.echo(add_person(open_store(), person, actor=current_actor()))


@status_app.command("add")
def status_add(person_id: Annotated[str, typer.Argument(help="The person's id.")],
               kind: Annotated[str, typer.Argument(help="missing, captivity_confirmed, held, transferred, released, "
                                                   "died_in_captivity, killed, body_repatriated, identified.")],
               date: Annotated[str, typer.Option(help="When it was true: YYYY, YYYY-MM or YYYY-MM-DD.")] = "",
               source_kind: Annotated[str, typer.Option(help="report, evidence, list or family_appeal.")] = "report",
               source: Annotated[str, typer.Option(help="The report id, evidence hash, list row or appeal.")] = "",
               place: Annotated[str, typer.Option(help="Place of detention (its id or name).")] = "",
               confirmed_by: Annotated[str, typer.Option(help="For captivity_confirmed: icrc, media, ...")] = "",
               confirmed_how: Annotated[str, typer.Option(help="notification, video, list, ...")] = "",
               exchange: Annotated[str, typer.Option(help="For released: the exchange id.")] = "",
               incident: Annotated[int | None, typer.Option(help="For killed: the incident id.")] = None,
               note: Annotated[str, typer.Option(help="Free text (kept encrypted).")] = "") -> None:
    """Add a dated, sourced entry to a person's history; the current status follows from the history."""
    from warcrimes.services.registry import NewStatus, add_status
    from warcrimes.store import open_store

    if not source.strip():
        raise BadInputError("--source is needed: where this status comes from")
    new = NewStatus(kind, _date(date, "--date"), source_kind, source, place, confirmed_by, confirmed_how, exchange,
                    incident, note)
    typer.echo(f"entry {add_status(open_store(), person_id, new, actor=current_actor())} added")


@place_app.command("add")
def place_add(name: Annotated[str, typer.Argument(help="Its name, e.g. a colony's.")],
              kind: Annotated[str, typer.Option(help="colony, pretrial_detention_centre, temporary_detention, "
                                                "military_facility, hospital, unknown.")] = "unknown",
              settlement: Annotated[str, typer.Option()] = "", region: Annotated[str, typer.Option()] = "",
              country: Annotated[str, typer.Option(help="ISO code, e.g. RU.")] = "") -> None:
    """Add a place of detention."""
    from warcrimes.services.registry import add_place
    from warcrimes.store import open_store

    typer.echo(add_place(open_store(), name, kind, settlement=settlement, region=region, country=country,
                         actor=current_actor()))


def _stated(values: list[str]) -> tuple[dict[str, object], ...]:
    """'ukraine:military=90,civilian=5' -> {"side": "ukraine", "counts": {...}}."""
    found: list[dict[str, object]] = []
    for value in values:
        side, _, counts = value.partition(":")
        parsed: dict[str, int] = {}
        for part in filter(None, counts.split(",")):
            category, _, number = part.partition("=")
            if not number.strip().isdecimal():
                raise BadInputError(f"--stated {value[:60]!r}: write SIDE:CATEGORY=N,CATEGORY=N")
            parsed[category.strip()] = int(number)
        found.append({"side": side.strip(), "counts": parsed, "source_kind": "report", "source_ref": ""})
    return tuple(found)


@exchange_app.command("add")
def exchange_add(date: Annotated[str, typer.Argument(help="YYYY-MM-DD.")],
                 person: Annotated[list[str] | None, typer.Option(help="A released person's id (repeat).")] = None,
                 stated: Annotated[list[str] | None, typer.Option(
                     help="A side's figures: ukraine:military=90,civilian=5 (repeat per side).")] = None,
                 kind: Annotated[str, typer.Option(help="prisoners or bodies.")] = "prisoners",
                 mediator: Annotated[str, typer.Option()] = "",
                 source: Annotated[str, typer.Option(help="The report the exchange is known from.")] = "") -> None:
    """Record an exchange; each person named gets a released (or body repatriated) entry that day."""
    from warcrimes.services.registry import NewExchange, record_exchange
    from warcrimes.store import open_store

    try:
        day = dt.date.fromisoformat(date)
    except ValueError:
        raise BadInputError(f"exchange date {date[:20]!r}: write it YYYY-MM-DD") from None
    new = NewExchange(day, kind, mediator, tuple(person or ()), _stated(stated or []), source)
    typer.echo(record_exchange(open_store(), new, actor=current_actor()))


@persons_app.command("exchanges")
def exchanges(output_format: FormatOption = Format.text) -> None:
    """Exchanges, with the registry's counts beside each side's stated figures."""
    from warcrimes.queries.registry import list_exchanges
    from warcrimes.store import open_store

    found = list_exchanges(open_store())
    if output_format is Format.json:
        _json([e.to_json() for e in found])
        return
    for e in found:
        typer.echo(f"{e.exchange_id}  {e.date}  {e.kind}  registered {e.registered}  differences {e.differences}")


@persons_app.command("match")
def match(output_format: FormatOption = Format.text,
          refresh: Annotated[bool, typer.Option(help="Compare the whole registry again first.")] = True) -> None:
    """Candidate pairs of persons who may be one, with score and reasons; an analyst merges or rejects."""
    from warcrimes.queries.registry import match_candidates
    from warcrimes.services.registry_matching import propose_matches
    from warcrimes.store import open_store

    store = open_store()
    added = propose_matches(store, actor=current_actor()) if refresh else 0
    found = match_candidates(store)
    if output_format is Format.json:
        _json([c.to_json() for c in found])
        return
    typer.echo(f"{len(found)} open candidates ({added} new)")
    for c in found:
        reasons = "; ".join(f"{r['field']} {r['verdict']}" for r in c.reasons)
        typer.echo(f"#{c.candidate_id} {c.score:.2f}  {c.left.person_id} {c.left.name}  ~  "
                   f"{c.right.person_id} {c.right.name}\n    {reasons}")


@persons_app.command("merge")
def merge(candidate: Annotated[int, typer.Argument(help="The candidate number (from `persons match`).")],
          keep: Annotated[str, typer.Argument(help="Which of the two persons' ids to keep.")]) -> None:
    """Merge a candidate pair (an analyst only: WARCRIMES_ACTOR names your user)."""
    from warcrimes.services.registry_matching import merge_persons
    from warcrimes.store import open_store

    kept = merge_persons(open_store(), candidate, keep, actor=current_actor())
    typer.echo(f"merged into {kept}")


@persons_app.command("reject")
def reject(candidate: Annotated[int, typer.Argument(help="The candidate number.")]) -> None:
    """Two different persons: the pair is not proposed again (an analyst only)."""
    from warcrimes.services.registry_matching import reject_candidate
    from warcrimes.store import open_store

    reject_candidate(open_store(), candidate, actor=current_actor())
    typer.echo(f"candidate {candidate} rejected")


@persons_app.command("tracing")
def tracing(person_ids: Annotated[list[str], typer.Argument(help="The persons' ids.")],
            out: Annotated[Path, typer.Option("--out", help="Where to write the CSV.")]) -> None:
    """The ICRC tracing-request CSV for the persons named (recorded as viewed, with the export's hash)."""
    from warcrimes.services.registry_views import tracing_export
    from warcrimes.store import open_store

    if out.exists():
        raise BadInputError(f"{out} exists; name a new file")
    content = tracing_export(open_store(), person_ids, actor=current_actor())
    tmp = out.with_name(out.name + ".part")
    tmp.write_bytes(content)
    tmp.replace(out)
    typer.echo(f"{out}: {len(person_ids)} persons")
