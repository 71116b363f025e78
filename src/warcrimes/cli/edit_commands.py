"""`warcrimes incident edit|create`: the edit form of the web app on the command line."""

from __future__ import annotations

from typing import Annotated

import typer

from warcrimes.cli.corroboration_commands import ActorOption, _actor, _summary, incident_app
from warcrimes.config import MAX_ROW_ID
from warcrimes.errors import BadInputError

FieldOption = Annotated[list[str] | None, typer.Option(
    "--field", help="KEY=VALUE, repeatable; keys: violations, date_start, date_end, place, place_oblast, "
                    "victims_category, victims_min, victims_max, perpetrator_party, perpetrator_unit, "
                    "reported_by, evidence (lists comma- or ';'-separated).")]
ReasonRequired = Annotated[str, typer.Option(
    "--reason", help="Why (required): kept in the history and the custody log.")]


def _fields(given: list[str] | None) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in given or ():
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise BadInputError(f"--field {item[:60]!r} is not KEY=VALUE (e.g. --field victims_min=4)")
        out[key.strip()] = value.replace(";", "\n") if key.strip() == "reported_by" else value
    return out


@incident_app.command("edit")
def edit(incident: Annotated[int, typer.Argument(max=MAX_ROW_ID, help="Incident id.")], reason: ReasonRequired = "",
         field: FieldOption = None,
         version: Annotated[int | None, typer.Option(max=MAX_ROW_ID,
                                                     help="Refuse if the incident changed since this version.")] = None,
         actor: ActorOption = None) -> None:
    """Set fields of an incident; they stay the analyst's when more reports join later."""
    from warcrimes.services.editing import edit_incident
    from warcrimes.store import open_store

    done = edit_incident(open_store(), incident, _fields(field), reason=reason, actor=_actor(actor), version=version)
    typer.echo(f"{_summary(done)}; set by an analyst: {', '.join(done.edited) or 'nothing'}")


@incident_app.command("create")
def create(report: Annotated[int, typer.Option(max=MAX_ROW_ID, help="Report id the passage is in.")],
           start: Annotated[int, typer.Option(max=MAX_ROW_ID,
                                              help="First character of the passage in the report's text.")],
           end: Annotated[int, typer.Option(max=MAX_ROW_ID, help="Character after the passage's last.")],
           reason: ReasonRequired = "", field: FieldOption = None, actor: ActorOption = None) -> None:
    """Make an incident by hand from a passage of a report the extractor missed."""
    from warcrimes.services.editing import create_incident
    from warcrimes.store import open_store

    done = create_incident(open_store(), report, start, end, _fields(field), reason=reason, actor=_actor(actor))
    typer.echo(_summary(done))
