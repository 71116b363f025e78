"""`warcrimes incident merge|split|history|accept`, `warcrimes suggestions`, `warcrimes series`."""

from __future__ import annotations

import json
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any

import typer

from warcrimes.cli import app
from warcrimes.config import MAX_ROW_ID, current_actor

if TYPE_CHECKING:  # the library loads inside each command, so `warcrimes --help` stays light
    from warcrimes.corroborate.series import Series
    from warcrimes.domain.records import Incident

incident_app = typer.Typer(no_args_is_help=True,
                           help="Review one incident: merge, split, accept, confirm, reject, history.")
app.add_typer(incident_app, name="incident")

ActorOption = Annotated[str | None, typer.Option(help="Who decides (default: $WARCRIMES_ACTOR or $USER).")]


class Format(StrEnum):
    table = "table"
    json = "json"


def _actor(given: str | None) -> str:
    return given or current_actor()


def _summary(incident: Incident) -> str:
    counts = incident.counts or {}
    verification = incident.verification or {}
    return (f"incident {incident.id}: {len(incident.accounts)} account(s), "
            f"{incident.independent_sources} independent source(s), victims low/best/high "
            f"{counts.get('low')}/{counts.get('best')}/{counts.get('high')}, "
            f"{verification.get('level', 'unassessed')}")


ReasonOption = Annotated[str | None, typer.Option("--reason", "--note", help="Why: what was checked, by what means.")]


@incident_app.command("merge")
def merge(keep: Annotated[int, typer.Argument(max=MAX_ROW_ID, help="Incident that stays.")],
          absorb: Annotated[int, typer.Argument(max=MAX_ROW_ID, help="Incident folded into it (its id is retired).")],
          accept_conflicts: Annotated[bool, typer.Option(
              "--accept-conflicts", help="Merge although place, date, victims or violations disagree.")] = False,
          reason: ReasonOption = None, actor: ActorOption = None) -> None:
    """Merge two incidents that are one event; both keep a history entry. Where they disagree the
    merge is refused, naming each conflict, unless --accept-conflicts."""
    from warcrimes.services import review
    from warcrimes.store import open_store

    done = review.merge(open_store(), keep, absorb, actor=_actor(actor), accept_conflicts=accept_conflicts,
                        reason=reason)
    typer.echo(_summary(done))


@incident_app.command("split")
def split(incident: Annotated[int, typer.Argument(max=MAX_ROW_ID, help="Incident to split.")],
          accounts: Annotated[list[int], typer.Argument(max=MAX_ROW_ID, help="Account ids that tell another event.")],
          reason: ReasonOption = None, actor: ActorOption = None) -> None:
    """Move the named accounts into a new incident of their own (account ids: `incidents --format json`)."""
    from warcrimes.services import review
    from warcrimes.store import open_store

    typer.echo(_summary(review.split(open_store(), incident, accounts, actor=_actor(actor), reason=reason)))


@incident_app.command("accept")
def accept(suggestion: Annotated[int, typer.Argument(max=MAX_ROW_ID,
                                                     help="Suggestion id (see `warcrimes suggestions`).")],
           actor: ActorOption = None) -> None:
    """Accept a link suggestion: its account joins the suggested incident."""
    from warcrimes.services import review
    from warcrimes.store import open_store

    typer.echo(_summary(review.accept(open_store(), suggestion, actor=_actor(actor))))


@incident_app.command("dismiss")
def dismiss(suggestion: Annotated[int, typer.Argument(max=MAX_ROW_ID,
                                                      help="Suggestion id (see `warcrimes suggestions`).")],
            reason: ReasonOption = None, actor: ActorOption = None) -> None:
    """Dismiss a link suggestion: its account stays in the incident it is in."""
    from warcrimes.services import review
    from warcrimes.store import open_store

    typer.echo(_summary(review.dismiss(open_store(), suggestion, actor=_actor(actor), reason=reason)))


@incident_app.command("confirm")
def confirm(incident: Annotated[int, typer.Argument(max=MAX_ROW_ID, help="Incident id.")], reason: ReasonOption = None,
            actor: ActorOption = None) -> None:
    """Confirm an incident after review: its verification level becomes 'confirmed'."""
    from warcrimes.services import review
    from warcrimes.store import open_store

    done = review.set_status(open_store(), incident, "confirmed", actor=_actor(actor), note=reason)
    typer.echo(_summary(done))


@incident_app.command("reject")
def reject(incident: Annotated[int, typer.Argument(max=MAX_ROW_ID, help="Incident id.")], reason: ReasonOption = None,
           actor: ActorOption = None) -> None:
    """Reject an incident after review, saying why (kept, with its accounts and history)."""
    from warcrimes.services import review
    from warcrimes.store import open_store

    done = review.set_status(open_store(), incident, "rejected", actor=_actor(actor), note=reason)
    typer.echo(_summary(done))


@incident_app.command("reopen")
def reopen(incident: Annotated[int, typer.Argument(max=MAX_ROW_ID, help="Incident id.")], reason: ReasonOption = None,
           actor: ActorOption = None) -> None:
    """Put a confirmed or rejected incident back to proposed."""
    from warcrimes.services import review
    from warcrimes.store import open_store

    done = review.set_status(open_store(), incident, "proposed", actor=_actor(actor), note=reason)
    typer.echo(_summary(done))


@incident_app.command("history")
def history(incident: Annotated[int, typer.Argument(max=MAX_ROW_ID, help="Incident id (also one merged away).")],
            output_format: Annotated[Format, typer.Option("--format")] = Format.table) -> None:
    """Every change to an incident: created, joined, merged, split; who and when."""
    from rich.console import Console
    from rich.table import Table

    from warcrimes.queries.incidents import history as incident_history
    from warcrimes.store import open_store

    entries = incident_history(open_store(), incident)
    if output_format is Format.json:
        typer.echo(json.dumps([{"incident": e.incident_id, "action": e.action, "details": e.details,
                                "actor": e.actor, "at": e.at.isoformat()} for e in entries],
                              ensure_ascii=False, indent=2))
        return
    table = Table("at", "action", "actor", "details")
    for e in entries:
        table.add_row(e.at.isoformat(timespec="seconds"), e.action, e.actor,
                      json.dumps(e.details, ensure_ascii=False)[:160])
    Console().print(table)


@app.command("suggestions")
def suggestions(output_format: Annotated[Format, typer.Option("--format")] = Format.table) -> None:
    """Accounts that may tell an incident on file but were not sure enough to join it."""
    from rich.console import Console
    from rich.table import Table

    from warcrimes.queries.incidents import suggestions as open_suggestions
    from warcrimes.store import open_store

    found = open_suggestions(open_store())
    if output_format is Format.json:
        typer.echo(json.dumps([{"id": s.id, "account": s.account_id, "now_in": s.account_incident_id,
                                "incident": s.incident_id, "confidence": round(s.confidence, 3),
                                "why": s.why} for s in found], ensure_ascii=False, indent=2))
        return
    table = Table("id", "account", "now in", "may join", "confidence", "fields")
    for s in found:
        fields = ", ".join(f"{k} {v:.2f}" for k, v in s.why.get("fields", {}).items())
        table.add_row(str(s.id), str(s.account_id), str(s.account_incident_id), str(s.incident_id),
                      f"{s.confidence:.2f}", fields)
    Console().print(table)
    Console().print(f"{len(found)} open suggestion(s); accept one with `warcrimes incident accept ID`",
                    highlight=False)


@app.command("series")
def series(measure: Annotated[str | None, typer.Option(help="e.g. held_captive, released, killed.")] = None,
           population: Annotated[str | None, typer.Option(help="pow, civilian, child or mixed.")] = None,
           output_format: Annotated[Format, typer.Option("--format")] = Format.table) -> None:
    """A statistic over time across reports, each point with its sources."""
    from rich.console import Console
    from rich.table import Table

    from warcrimes.queries.statistics import series as statistic_series
    from warcrimes.store import open_store

    found = statistic_series(open_store(), measure, population)
    if output_format is Format.json:
        typer.echo(json.dumps([_series_json(s) for s in found], ensure_ascii=False, indent=2))
        return
    for one in found:
        table = Table("as of", "value", "qualifier", "reported by", "sources", title=(
            f"{one.measure} / {one.population} ({one.unit})"))
        for p in one.points:
            table.add_row(p.as_of.isoformat() + ("" if p.dated_by == "as_of" else " (published)"),
                          f"{p.value:,.0f}" if float(p.value).is_integer() else f"{p.value:,}", p.qualifier,
                          p.reported_by or "-", "; ".join(p.sources))
        Console().print(table)
    if not found:
        typer.echo("no statistics on file" + (f" for measure {measure!r}" if measure else ""))


def _series_json(one: Series) -> dict[str, Any]:
    return {"measure": one.measure, "population": one.population, "unit": one.unit, "change": one.change,
            "points": [{"as_of": p.as_of.isoformat(), "dated_by": p.dated_by, "value": p.value,
                        "qualifier": p.qualifier, "reported_by": p.reported_by, "sources": list(p.sources),
                        "report_ids": list(p.report_ids)} for p in one.points]}
