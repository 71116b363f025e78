"""`warcrimes dossier`, `letter`, `export` and `import`: what leaves the register, and a register coming in.

Each command parses its options (filters through queries/filters.py, the one parser the incident list
uses), calls one function of warcrimes.outputs, and says what it wrote.
"""

from __future__ import annotations

import datetime as dt
import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal

import typer

from warcrimes.cli import app
from warcrimes.config import MAX_ROW_ID, current_actor
from warcrimes.errors import BadInputError

if TYPE_CHECKING:  # the store and the renderers load inside each command, so `warcrimes --help` stays light
    from warcrimes.outputs.exports.exporting import Progress
    from warcrimes.store import IncidentFilter


class ExportFormat(str, Enum):
    csv = "csv"
    geojson = "geojson"
    jsonl = "jsonl"
    series_csv = "series-csv"


class Language(str, Enum):
    en = "en"
    uk = "uk"


class Recipient(str, Enum):
    un_hrmmu = "un-hrmmu"
    icrc_cta = "icrc-cta"
    icc_otp = "icc-otp"
    national_prosecutor = "national-prosecutor"


Ids = Annotated[list[int] | None, typer.Argument(max=MAX_ROW_ID,
                                                 help="Incident ids (with filters: those that also pass them).",
                                                 show_default=False)]
Output = Annotated[Path, typer.Option("-o", "--output", help="The file to write.", show_default=False)]
Violation = Annotated[str | None, typer.Option(help="Only incidents with this violation label.")]
Oblast = Annotated[str | None, typer.Option(help="Only incidents in this oblast (e.g. Donetsk).")]
Since = Annotated[str | None, typer.Option(help="Only incidents ending on or after YYYY-MM-DD.")]
Status = Annotated[str | None, typer.Option(help="proposed, confirmed or rejected.")]
Verification = Annotated[str | None, typer.Option(
    help="single_source, corroborated, evidence_on_file or confirmed.")]


def _filter(violation: str | None, oblast: str | None, since: str | None, status: str | None,
            verification: str | None) -> IncidentFilter | None:
    """The incident filter as typed, or None when no filter was given."""
    from warcrimes.queries.filters import incident_filter

    if not any((violation, oblast, since, status, verification)):
        return None
    return incident_filter(violation, oblast, since, status, verification)


@app.command("dossier")
def dossier(
    output: Output,
    ids: Ids = None,
    violation: Violation = None, oblast: Oblast = None, since: Since = None, status: Status = None,
    verification: Verification = None,
    title: Annotated[str | None, typer.Option(help="The dossier's title (default: what it covers).")] = None,
    language: Annotated[Language, typer.Option(help="The dossier's language (its letters come in en and uk).")]
    = Language.en,
) -> None:
    """A dossier of incidents, with every custody proof: -o FILE.pdf, FILE.html, or FILE.zip (a bundle)."""
    from warcrimes.domain.audience import Audience
    from warcrimes.outputs.produce import make_dossier
    from warcrimes.services.dossiers import Selection
    from warcrimes.store import open_store

    if language is not Language.en:
        raise BadInputError("dossiers are written in English for now; `warcrimes letter --language uk` drafts the "
                            "Ukrainian letter that carries one")
    selection = Selection(tuple(ids or ()), _filter(violation, oblast, since, status, verification))
    made = make_dossier(open_store(), selection, output, audience=Audience(current_actor()), title=title)
    typer.echo(f"{made.path}: dossier {made.reference}, {made.incidents} incident(s), {made.entries} custody "
               f"entries proven against the checkpoint of size {made.checkpoint_size} ({made.size:,} bytes)")


@app.command("letter")
def letter(
    to: Annotated[Recipient, typer.Option("--to", help="Who the letter is for.", show_default=False)],
    output: Output,
    ids: Ids = None,
    language: Annotated[Language, typer.Option(help="The letter's language.")] = Language.en,
    violation: Violation = None, oblast: Oblast = None, since: Since = None, status: Status = None,
    verification: Verification = None,
    number: Annotated[str | None, typer.Option(help="Registration number (a draft leaves it blank).")] = None,
    date: Annotated[str | None, typer.Option(help="The letter's date, YYYY-MM-DD (default: today).")] = None,
    letters: Annotated[Path | None, typer.Option(
        envvar="WARCRIMES_LETTERS", help="Folder of the office's own letter files (default: WARCRIMES_HOME/letters "
                                         "where it exists), each winning over the shipped one.")] = None,
) -> None:
    """A drafted letter to the UN, the ICRC, the ICC or a national prosecutor, the dossier as its annex (PDF)."""
    from warcrimes.domain.audience import Audience
    from warcrimes.outputs.produce import letter_kit, make_letter
    from warcrimes.services.dossiers import Selection
    from warcrimes.store import open_store

    day = _day(date) if date else None
    store = open_store()
    selection = Selection(tuple(ids or ()), _filter(violation, oblast, since, status, verification))
    made = make_letter(store, selection, to.value.replace("-", "_"), language.value, output,
                       audience=Audience(current_actor()), date=day, number=number, kit=letter_kit(store, letters))
    typer.echo(f"{made.path}: letter to {to.value} ({language.value}) with dossier {made.reference} as its annex, "
               f"{made.incidents} incident(s), {made.entries} custody entries proven ({made.size:,} bytes)")


@app.command("export")
def export(
    output_format: Annotated[ExportFormat, typer.Option("--format", help="What to write.", show_default=False)],
    output: Output,
    violation: Violation = None, oblast: Oblast = None, since: Since = None, status: Status = None,
    verification: Verification = None,
    made_at: Annotated[str | None, typer.Option(
        help="The time the file states, ISO 8601 (UTC unless it says), or 'checkpoint' for the time of the "
             "checkpoint it is made against: the same store then exports the same bytes. Default: now.")] = None,
    registry: Annotated[bool, typer.Option(
        "--registry", help="JSON Lines: include the captives registry (persons, status histories, exchanges; "
                           "personal fields as the sealed tokens stored). Only for whoever may see the registry.")]
    = False,
) -> None:
    """Incidents as ACLED-style CSV or GeoJSON, the whole register as JSON Lines, or the statistics series."""
    from warcrimes.domain.audience import Audience
    from warcrimes.outputs.exports.exporting import export_file
    from warcrimes.store import open_store

    when = _moment(made_at)
    where = _filter(violation, oblast, since, status, verification)
    if registry and output_format.value != "jsonl":
        raise BadInputError("--registry goes with --format jsonl only (the other formats never hold a person)")
    done = export_file(open_store(), output_format.value, output, audience=Audience(current_actor(), registry=registry),
                       where=where, made_at=when, progress=_progress())
    typer.echo(f"{done.path}: {done.records:,} {'records' if done.export_format == 'jsonl' else 'rows'} as "
               f"{done.export_format} ({done.size:,} bytes, {done.content_hash}), made against the checkpoint of "
               f"size {done.checkpoint_size}; logged as custody entry {done.entry_index}")
    if done.sidecar:
        typer.echo(f"{done.sidecar}: its filter, time and checkpoint")


@app.command("import")
def import_command(
    export_file: Annotated[Path, typer.Argument(help="A file made by `warcrimes export --format jsonl`.",
                                                show_default=False)],
    public_key: Annotated[Path | None, typer.Option(
        "--public-key", help="File with the original installation's verifier key(s), one a line, to check its "
                             "checkpoints with (default: the keys the file names).")] = None,
    vault: Annotated[Path | None, typer.Option(
        help="The original installation's vault/ folder: its evidence files are copied in, each checked "
             "against its hash.")] = None,
) -> None:
    """Load a register exported as JSON Lines into this fresh store (WARCRIMES_HOME), in one transaction."""
    from warcrimes.outputs.exports.importing import import_file
    from warcrimes.store import open_store

    trusted = public_key.read_text(encoding="utf-8") if public_key else None
    done = import_file(open_store(), export_file, actor=current_actor(), trusted=trusted, vault_from=vault)
    counted = ", ".join(f"{kind} {n:,}" for kind, n in done.counts.items())
    typer.echo(f"{export_file}: imported {counted or 'nothing'}")
    typer.echo(f"{done.checkpoints} checkpoint(s) verified against the log the entries make, signed by "
               f"{', '.join(done.signers) or 'no key'}")
    if done.keys_from_file and done.signers:
        typer.echo("note: checked with the key(s) the file names; compare them with the keys the original "
                   "installation publishes (`warcrimes log public-key` there), or import with --public-key")
    if done.evidence_copied:
        typer.echo(f"{done.evidence_copied} evidence file(s) copied into the vault, each matching its hash")
    if done.evidence_missing:
        typer.echo(f"note: {len(done.evidence_missing)} evidence file(s) are not in the vault yet; they travel "
                   "apart from the export: import with --vault ORIGINAL_HOME/vault, or copy that folder into "
                   "WARCRIMES_HOME; `warcrimes verify` names any still missing")


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise BadInputError(f"date {text!r} is not a date; write it as YYYY-MM-DD") from None


def _moment(text: str | None) -> dt.datetime | Literal["checkpoint"] | None:
    if text is None:
        return None
    if text.strip() == "checkpoint":
        return "checkpoint"
    try:
        moment = dt.datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise BadInputError(f"--made-at {text!r} is not a time; write it as 2025-03-20T09:30:00Z, or "
                            "'checkpoint'") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _progress() -> Progress | None:
    """A bar on stderr when it is a terminal; nothing otherwise (a script's output stays clean)."""
    if not sys.stderr.isatty():
        return None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn

    class Bar:
        def __init__(self) -> None:
            self.bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                TimeElapsedColumn(), transient=True, console=Console(stderr=True))
            self.task: TaskID | None = None

        def start(self, total: int | None, unit: str) -> None:
            self.bar.start()
            self.task = self.bar.add_task(f"exporting {unit}", total=total)

        def advance(self, done: int) -> None:
            if self.task is not None:
                self.bar.update(self.task, completed=done)

        def finish(self) -> None:
            self.bar.stop()

    return Bar()
