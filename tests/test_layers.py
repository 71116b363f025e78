"""The layers hold: the import contracts of pyproject.toml pass, and the application layer is the
way in (every change names its actor; the incident page is one transaction)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import event

from corroboration_fixtures import facts
from custody_fixtures import new_report, one_incident, seeded
from warcrimes.domain.records import ExtractedIncident, Extraction
from warcrimes.errors import BadInputError
from warcrimes.queries.incidents import incident_page
from warcrimes.services import review
from warcrimes.services.reports import add_report
from warcrimes.services.unit import custody_log
from warcrimes.store import Store

ROOT = Path(__file__).resolve().parents[1]


def test_every_import_contract_of_pyproject_holds() -> None:
    """Layers point down, commands and pages reach no table, and reads never write (lint-imports)."""
    done = subprocess.run([str(Path(sys.executable).with_name("lint-imports")), "--no-cache"], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout


@contextmanager
def counted(store: Store) -> Iterator[dict[str, int]]:
    """Transactions begun and connections checked out of the pool while the block runs."""
    seen = {"transactions": 0, "checkouts": 0}

    def began(_connection: object) -> None:
        seen["transactions"] += 1

    def checked_out(*_args: object) -> None:
        seen["checkouts"] += 1

    event.listen(store.engine, "begin", began)
    event.listen(store.engine.pool, "checkout", checked_out)
    try:
        yield seen
    finally:
        event.remove(store.engine, "begin", began)
        event.remove(store.engine.pool, "checkout", checked_out)


def test_the_incident_page_is_read_in_one_transaction(store: Store, tmp_path: Path) -> None:
    incident_id, _ = seeded(store, tmp_path)
    with counted(store) as seen:
        page = incident_page(store, incident_id)
    assert page.incident is not None and len(page.evidence) == 1 and page.reports
    assert page.custody and page.history and page.corroboration is not None
    assert seen == {"transactions": 1, "checkouts": 1}


def test_a_merged_away_incident_page_names_its_new_home_in_one_transaction(store: Store, tmp_path: Path) -> None:
    keep, _ = seeded(store, tmp_path)
    robotyne = Extraction((ExtractedIncident(facts()),))
    other = add_report(store, new_report("Three prisoners were shot near Robotyne."), robotyne,
                       actor="system").incidents[0]
    review.merge(store, keep, other, actor="analyst-1", accept_conflicts=True, reason="one event")
    with counted(store) as seen:
        page = incident_page(store, other)
    assert page.incident is None and page.merged_into == keep
    assert seen["transactions"] == 1


def test_a_change_commits_its_rows_and_its_custody_entry_together_naming_the_actor(store: Store,
                                                                                     tmp_path: Path) -> None:
    incident_id, _ = seeded(store, tmp_path)
    with counted(store) as seen:
        review.set_status(store, incident_id, "confirmed", actor="analyst.m", note="checked")
    assert seen["transactions"] == 1
    with store.transaction() as session:
        last = custody_log(store).entries_about(session, [f"incident:{incident_id}"])[-1]
    assert (last.action, last.actor) == ("incident.confirmed", "analyst.m")


@pytest.mark.parametrize("nobody", ["", "   "])
def test_a_change_without_a_named_actor_is_refused_and_writes_nothing(store: Store, nobody: str) -> None:
    with pytest.raises(BadInputError, match="no one is named as acting"):
        add_report(store, new_report(), one_incident(), actor=nobody)
    with store.transaction() as session:
        assert custody_log(store).size(session) == 0
