"""Defects a tester saw, each fixed after a failing test: text output, the series page, evidence types,
ambiguous village names."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fastapi.testclient import TestClient

from cli_fixtures import warcrimes
from test_corroborate_series import captive, state
from warcrimes.corroborate.counts import Counts
from warcrimes.corroborate.sources import AccountView
from warcrimes.corroborate.summary import combine
from warcrimes.custody.probe import media_type
from warcrimes.domain.facts import IncidentFacts, Location, StatisticFacts
from warcrimes.store import Store
from warcrimes.web import create_app
from web_login import log_in


def test_extract_text_format_never_prints_none(tmp_path: Path) -> None:
    report = tmp_path / "open.txt"
    report.write_text("Russian forces held at least 3,400 Ukrainian prisoners of war, the ombudsman said.\n")
    done = warcrimes(tmp_path / "home", "extract", "--published", "2024-12-24", "--format", "text", str(report))
    assert done.returncode == 0, done.stderr
    assert "None" not in done.stdout and "incident 1" in done.stdout


def _series_page(store: Store) -> str:
    client = TestClient(create_app(store), base_url="http://127.0.0.1")
    log_in(client, store, "olena", "analyst")
    answer = client.get("/series")
    assert answer.status_code == 200
    return answer.text


def test_a_series_of_one_date_says_on_that_date_not_between_it_and_itself(store: Store) -> None:
    day = dt.date(2024, 12, 24)
    state(store, "About 28,000 held, the ombudsman said.", day, "Wire", captive(28000, day))
    state(store, "Over 29,000 people are held in captivity now, a second outlet wrote.", day, "Other",
          captive(29000, day, "more_than"))
    page = _series_page(store)
    assert "between 24 Dec 2024 and 24 Dec 2024" not in page
    assert "on 24 Dec 2024" in page


def test_a_running_total_and_a_period_figure_get_their_own_headings(store: Store) -> None:
    def released(value: float, kind: str) -> StatisticFacts:
        return StatisticFacts("released", "pow", value, "exact", "persons", dt.date(2024, 11, 30), "Ombudsman",
                              period={"kind": kind, "start": None, "end": None})

    state(store, "In all, 3,767 prisoners of war have come home.", dt.date(2024, 12, 1), "Wire",
          released(3767, "cumulative"))
    state(store, "In November alone, 189 prisoners of war came home in one exchange.", dt.date(2024, 12, 2),
          "Other", released(189, "period"))
    page = _series_page(store)
    headings = [line for line in page.splitlines() if "<h2>" in line]
    assert len(headings) == 2 and len(set(headings)) == 2, headings
    assert "running total" in page and "within a period" in page


def test_a_text_file_named_like_a_video_is_not_called_a_video() -> None:
    assert media_type(Path("clip.mp4"), b"Witness statement, typed up on 3 March.\n") == "application/octet-stream"
    assert media_type(Path("statement"), b"Witness statement, typed up on 3 March.\n") == "text/plain"


def test_unknown_bytes_named_like_a_photo_are_not_called_a_photo() -> None:
    assert media_type(Path("photo.jpg"), bytes(range(1, 64))) == "application/octet-stream"


def test_content_still_wins_for_a_real_photo_named_as_text() -> None:
    assert media_type(Path("notes.txt"), b"\xff\xd8\xff\xe0\x00\x10JFIF") == "image/jpeg"


def test_a_csv_file_keeps_its_text_type_from_its_name() -> None:
    assert media_type(Path("list.csv"), b"name,age\nOleh,34\n") == "text/csv"


def _account(location: Location) -> AccountView:
    return AccountView(1, 1, IncidentFacts(violations=("attack_on_civilians",), location=location))


def test_an_ambiguous_village_keeps_its_ambiguity_flag_on_the_incident() -> None:
    doubtful = Location("Novooleksandrivka", "Dnipropetrovsk Oblast", "UA", 48.35, 34.99, "Dnipro Raion",
                        "settlement", homonyms=4)
    incident = combine([_account(doubtful)], Counts())
    assert incident.location is not None and incident.location.homonyms == 4
    assert incident.to_contract()["location"]["ambiguous"] is True


def test_an_account_that_said_which_village_settles_the_incident() -> None:
    doubtful = Location("Novooleksandrivka", "Dnipropetrovsk Oblast", "UA", 48.35, 34.99, "Dnipro Raion",
                        "settlement", homonyms=4)
    settled = Location("Novooleksandrivka", "Dnipropetrovsk Oblast", "UA", 47.9, 35.1, "Synelnykove Raion",
                       "settlement")
    incident = combine([_account(doubtful), _account(settled)], Counts())
    assert incident.location is not None and incident.location.homonyms == 0
    assert incident.location.admin2 == "Synelnykove Raion" or incident.location.lat == 47.9
