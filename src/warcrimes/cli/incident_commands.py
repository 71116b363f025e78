"""`warcrimes incidents`: list incidents with their accounts and sources."""

from __future__ import annotations

import json
from enum import Enum
from typing import TYPE_CHECKING, Annotated, Any

import typer

from warcrimes.cli import app

if TYPE_CHECKING:  # the store loads inside the command, so `warcrimes --help` stays light
    from warcrimes.domain.records import Incident


class ListFormat(str, Enum):
    table = "table"
    json = "json"


@app.command("incidents")
def incidents(
    violation: Annotated[str | None, typer.Option(help="Only incidents with this violation label.")] = None,
    oblast: Annotated[str | None, typer.Option(help="Only incidents in this oblast (e.g. Donetsk).")] = None,
    since: Annotated[str | None, typer.Option(help="Only incidents ending on or after YYYY-MM-DD.")] = None,
    status: Annotated[str | None, typer.Option(help="proposed, confirmed or rejected.")] = None,
    verification: Annotated[str | None, typer.Option(
        help="single_source, corroborated, evidence_on_file or confirmed.")] = None,
    output_format: Annotated[ListFormat, typer.Option("--format")] = ListFormat.table,
) -> None:
    """List incidents, newest first."""
    from rich.console import Console
    from rich.table import Table

    from warcrimes.queries.filters import incident_filter
    from warcrimes.queries.incidents import list_incidents
    from warcrimes.store import open_store

    where = incident_filter(violation, oblast, since, status, verification)
    found = list_incidents(open_store(), where)
    if output_format is ListFormat.json:
        typer.echo(json.dumps([incident_json(i) for i in found], ensure_ascii=False, indent=2))
        return
    table = Table("id", "date", "violation", "place", "victims", "src", "level", "status",
                  box=None, pad_edge=False, header_style="bold")
    for incident in found:
        facts = incident.facts
        place = facts.location
        table.add_row(
            str(incident.id),
            (facts.date.start.isoformat() + ("+" if facts.date.end != facts.date.start else ""))
            if facts.date else "-",
            facts.violations[0] if facts.violations else "-",
            (place.name or place.admin1 or "-") if place else "-",
            f"{facts.victims.category} {_count(facts.victims.min, facts.victims.max)}".strip(),
            str(incident.independent_sources or len({a.report_id for a in incident.accounts})),
            (incident.verification or {}).get("level", "-"),
            incident.status,
        )
    console = Console(width=max(Console().width, 120))
    console.print(table)
    console.print(f"{len(found)} incident(s); `--format json` gives every field with its accounts and sources",
                  highlight=False)


def _count(low: int | None, high: int | None) -> str:
    if low is None:
        return ""
    if high is None:
        return f">= {low}"
    return str(low) if low == high else f"{low}-{high}"


def incident_json(incident: Incident) -> dict[str, Any]:
    """An incident as JSON: id, the contract fields, status and its accounts with their sources."""
    return {
        "id": incident.id,
        **incident.facts.to_contract(),
        "status": incident.status,
        "counts": incident.counts,
        "independent_sources": incident.independent_sources,
        "verification": incident.verification,
        "accounts": [
            {"id": a.id, "report_id": a.report_id, "publisher": a.report_publisher, "url": a.report_url,
             "published": a.report_published.isoformat() if a.report_published else None,
             "span": list(a.facts.span), "extractor_version": a.extractor_version}
            for a in incident.accounts
        ],
    }
