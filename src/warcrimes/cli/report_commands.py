"""`warcrimes reports`: the stored reports with their language and whether extraction read them."""

from __future__ import annotations

import json
from enum import Enum
from typing import TYPE_CHECKING, Annotated, Any

import typer

from warcrimes.cli import app

if TYPE_CHECKING:
    from warcrimes.queries.reports import ListedReport


class ListFormat(str, Enum):
    table = "table"
    json = "json"


@app.command("reports")
def reports(
    channel: Annotated[str | None, typer.Option(help="Only the messages of this Telegram channel (its name).")] = None,
    language: Annotated[str | None, typer.Option(help="Only reports in this language (en, uk, ru...).")] = None,
    status: Annotated[str | None, typer.Option(
        help="Only this extraction status: done, unsupported_language, no_text.")] = None,
    limit: Annotated[int, typer.Option(min=1, help="At most this many, newest first.")] = 200,
    offset: Annotated[int, typer.Option(min=0, help="Skip this many first.")] = 0,
    output_format: Annotated[ListFormat, typer.Option("--format")] = ListFormat.table,
) -> None:
    """List reports, newest publication first, with language and extraction status."""
    from rich.console import Console
    from rich.table import Table

    from warcrimes.queries.reports import report_list
    from warcrimes.store import open_store

    found = report_list(open_store(), limit=limit, offset=offset, channel=channel, language=language,
                        status=status)
    if output_format is ListFormat.json:
        typer.echo(json.dumps([report_json(r) for r in found], ensure_ascii=False, indent=2))
        return
    table = Table("id", "published", "lang", "extraction", "acc", "ver", "format", "source", "name",
                  box=None, pad_edge=False, header_style="bold")
    for listed in found:
        report = listed.report
        table.add_row(str(report.id), report.published.isoformat(), report.language, report.extraction_status,
                      str(listed.accounts), str(report.versions),
                      report.details.get("format", _kind(report.media_type)),
                      report.channel or report.publisher or "-", report.url or report.filename or "-")
    console = Console(width=None if Console().is_terminal else 200)  # a pipe gets whole lines
    console.print(table, highlight=False, soft_wrap=True)
    console.print(f"{len(found)} report(s); `--format json` gives every field with what the source says",
                  highlight=False)


def _kind(media_type: str) -> str:
    return media_type.rsplit("/", 1)[-1]


def report_json(listed: ListedReport) -> dict[str, Any]:
    report = listed.report
    return {"id": report.id, "content_hash": report.content_hash, "published": report.published.isoformat(),
            "language": report.language, "extraction_status": report.extraction_status,
            "accounts": listed.accounts, "versions": report.versions, "media_type": report.media_type,
            "size": report.size, "filename": report.filename, "publisher": report.publisher, "url": report.url,
            "channel": report.channel, "source": report.details, "ingested_at": report.ingested_at.isoformat()}
