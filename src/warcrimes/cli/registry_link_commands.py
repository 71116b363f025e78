"""`warcrimes persons links INCIDENT` and `persons link accept|reject ID`: victims named in an
incident's reports, proposed as registry persons; an analyst decides. `persons rotate-keys`."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from warcrimes.cli.registry_commands import Format, FormatOption, persons_app
from warcrimes.config import current_actor

link_app = typer.Typer(no_args_is_help=True, help="Decide a proposed link of an incident to a person.")
persons_app.add_typer(link_app, name="link")


@persons_app.command("links")
def links(incident: Annotated[int, typer.Argument(help="The incident whose reports to read for names.")],
          output_format: FormatOption = Format.text) -> None:
    """Propose links from the victims an incident's reports name to registry persons."""
    from warcrimes.services.registry_links import propose_incident_links
    from warcrimes.store import open_store

    found = propose_incident_links(open_store(), incident, actor=current_actor())
    if output_format is Format.json:
        typer.echo(json.dumps([{"link": p.link_id, "person": p.person_id, "score": p.score,
                                "reasons": list(p.reasons)} for p in found], ensure_ascii=False, indent=2))
        return
    typer.echo(f"{len(found)} new proposed links for incident {incident}")
    for p in found:
        typer.echo(f"#{p.link_id} {p.person_id} score {p.score:.2f}: {'; '.join(p.reasons)}")


@link_app.command("accept")
def accept(link: Annotated[int, typer.Argument(help="The link number.")]) -> None:
    """The person is the victim the incident names (an analyst only)."""
    from warcrimes.services.registry_links import decide_incident_link
    from warcrimes.store import open_store

    typer.echo(f"link {link} accepted: {decide_incident_link(open_store(), link, True, actor=current_actor())}")


@link_app.command("reject")
def reject(link: Annotated[int, typer.Argument(help="The link number.")]) -> None:
    """Not this person (an analyst only)."""
    from warcrimes.services.registry_links import decide_incident_link
    from warcrimes.store import open_store

    decide_incident_link(open_store(), link, False, actor=current_actor())
    typer.echo(f"link {link} rejected")


@persons_app.command("rotate-keys")
def rotate_keys(finish: Annotated[bool, typer.Option(
        "--finish", help="Only re-encrypt what an interrupted rotation left under an older key.")] = False) -> None:
    """A new field key; every person and note re-encrypted under it (then `keyring.retire` the old one)."""
    from warcrimes.services.registry_keys import rotate_keys as run
    from warcrimes.store import open_store

    done = run(open_store(), actor=current_actor(), new_key=not finish)
    typer.echo(f"active key {done.active}: {done.persons} persons and {done.notes} notes re-encrypted")
