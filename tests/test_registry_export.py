"""The JSON Lines export carries the captives registry (persons, status histories, exchanges, places,
proposals, views, imports) only for an audience with the `registry` permission, personal fields as the
sealed tokens they are stored as; it round trips into a fresh store that is given the keys folder."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from outputs_store_fixtures import fresh_store_beside
from warcrimes.domain.audience import Audience, NotPermittedError
from warcrimes.domain.facts import DateInterval, IncidentFacts, Location, Victims
from warcrimes.domain.records import ExtractedIncident, Extraction, NewReport
from warcrimes.outputs.exports.exporting import export_file
from warcrimes.outputs.exports.importing import import_file
from warcrimes.queries.registry import search_persons
from warcrimes.registry.keyring import keyring_path
from warcrimes.services.custody import make_checkpoint
from warcrimes.services.registry import NewExchange, record_exchange
from warcrimes.services.registry_import import column_mapping, import_list
from warcrimes.services.registry_views import view_person
from warcrimes.services.reports import add_report
from warcrimes.services.users import add_user
from warcrimes.store import Store, dump
from warcrimes.web import create_app
from web_login import log_in

HEADER = "family_name,given_name,patronymic,birth_date,category,status,status_date,status_place,source"
FIRST = ["Мельничук,Тарас,Андрійович,17.04.1992,military,held,2022-05-20,Колонія-4 Курськ,list K",
         "Гончар,Ірина,Вікторівна,1979,civilian,missing,2022-03,appeal 40"]
SECOND = ["Мельничук,Тарас,,1992,military,held,2022-06-01,Колония-4 Курск,list R"]
PERSONAL = ("Мельничук", "Тарас", "Melnychuk", "Taras", "Гончар", "Ірина", "Honchar", "1992-04-17", "Андрійович")


def _list(rows: list[str]) -> bytes:
    return ("\n".join([HEADER, *rows]) + "\n").encode()


@pytest.fixture
def filled(store: Store) -> Store:
    """A row in every registry table: two lists (a candidate pair), an exchange, a link, a view."""
    day = dt.date(2024, 6, 1)
    import_list(store, "first.csv", _list(FIRST), column_mapping(), actor="clerk", apply=True, today=day)
    import_list(store, "second.csv", _list(SECOND), column_mapping(), actor="clerk", apply=True, today=day)
    [found] = search_persons(store, "Гончар Ірина")
    record_exchange(store, NewExchange(dt.date(2023, 1, 8), persons=(found.person_id,), source_ref="exchange 8"),
                    actor="clerk")
    text = "Prisoner of war Taras Melnychuk was beaten in a colony near Kursk, a released soldier said."
    facts = IncidentFacts(violations=("torture",), date=DateInterval(day, day),
                          location=Location("Kursk", None, "RU", 51.73, 36.19), victims=Victims("pow", 1, 1),
                          span=(0, len(text)))
    add_report(store, NewReport("SHA-256:" + hashlib.sha256(text.encode()).hexdigest(), text.encode(), text,
                                "text/plain", day, publisher="Test Wire"),
               Extraction(incidents=(ExtractedIncident(facts),), extractor_version="test-1"), actor="system")
    add_user(store, "olena", "a long password here", "analyst", actor="admin")
    view_person(store, found.person_id, actor="olena")
    make_checkpoint(store)
    return store


def _counts(path: Path) -> dict[str, int]:
    return json.loads(path.read_bytes().splitlines()[-1])["counts"]


def test_an_audience_without_the_registry_permission_gets_no_registry_row(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "register.jsonl"
    export_file(filled, "jsonl", out, audience=Audience("analyst.k"))
    assert not set(_counts(out)) & set(dump.REGISTRY_KINDS)
    assert b'"kind":"registry_' not in out.read_bytes()


def test_with_the_registry_every_table_travels_and_no_name_is_in_clear(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "register.jsonl"
    export_file(filled, "jsonl", out, audience=Audience("operator", registry=True))
    counts = _counts(out)
    assert all(counts.get(kind, 0) > 0 for kind in dump.REGISTRY_KINDS), counts
    registry_lines = [line for line in out.read_bytes().decode().splitlines() if '"kind":"registry_' in line]
    for value in PERSONAL:  # (the report naming a victim holds the name: reports are personal data of their own)
        assert not any(value in line for line in registry_lines), value


def test_the_registry_round_trips_into_a_store_given_the_keys(filled: Store, tmp_path: Path) -> None:
    first = tmp_path / "register.jsonl"
    audience = Audience("operator", registry=True)
    export_file(filled, "jsonl", first, audience=audience, made_at="checkpoint")
    with fresh_store_beside(filled, tmp_path) as other:
        done = import_file(other, first, actor="keeper.b")
        assert all(done.counts[kind] == _counts(first)[kind] for kind in dump.REGISTRY_KINDS)
        keys = keyring_path(other.settings.home)
        keys.parent.mkdir(mode=0o700, exist_ok=True)
        shutil.copyfile(keyring_path(filled.settings.home), keys)
        keys.chmod(0o600)
        [found] = search_persons(other, "Honchar Iryna")
        assert found.status == "released"
        again = tmp_path / "again.jsonl"
        export_file(other, "jsonl", again, audience=audience, made_at="checkpoint")
        assert again.read_bytes() == first.read_bytes()


def test_a_user_without_the_registry_permission_is_refused_it(filled: Store, tmp_path: Path) -> None:
    add_user(filled, "vera", "a viewer's passphrase, long", "viewer", actor="admin")
    with pytest.raises(NotPermittedError, match="registry"):
        export_file(filled, "jsonl", tmp_path / "x.jsonl", audience=Audience("vera", registry=True))
    assert not (tmp_path / "x.jsonl").exists()


def test_the_web_export_holds_the_registry_for_an_analyst_and_never_for_a_viewer(filled: Store) -> None:
    analyst = TestClient(create_app(filled), follow_redirects=False)
    token = log_in(analyst, filled, "andrii", "analyst")
    got = analyst.post("/outputs/export", data={"csrf_token": token, "format": "jsonl"})
    assert got.status_code == 200 and b'"kind":"registry_person"' in got.content
    viewer = TestClient(create_app(filled), follow_redirects=False)
    token = log_in(viewer, filled, "vera", "viewer")
    refused = viewer.post("/outputs/export", data={"csrf_token": token, "format": "jsonl"})
    assert refused.status_code == 403 and b"registry_" not in refused.content
