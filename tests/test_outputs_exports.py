"""Exports: ACLED-style CSV, GeoJSON, statistics series and the mapping rules behind them."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json

import pytest

from outputs_fixtures import MADE_AT, sample_material
from warcrimes.corroborate.series import Series, SeriesPoint
from warcrimes.domain.facts import Location
from warcrimes.outputs.exports.acled import COLUMNS, category, event_row, fatalities, mapping, time_coding
from warcrimes.outputs.exports.geojson import write_geojson
from warcrimes.outputs.exports.meta import CheckpointRef, ExportIncident, ExportMeta
from warcrimes.outputs.exports.tables import write_events_csv, write_series_csv

ACLED_HEADER = ("event_date", "event_type", "sub_event_type", "actor1", "admin1", "location", "latitude",
                "longitude", "geo_precision", "time_precision", "source", "notes", "fatalities")
META = ExportMeta(MADE_AT, {"oblast": "Kherson"}, CheckpointRef(11, "cm9vdA==", "origin\n11\ncm9vdA==\n\n— x y\n"))


def items() -> list[ExportIncident]:
    material = sample_material()
    first, second = material.incidents
    return [ExportIncident(first, (("en", material.reports[1].text),)),
            ExportIncident(second, (("uk", material.reports[3].text),))]


def strike(*passages: tuple[str, str]) -> ExportIncident:
    return ExportIncident(sample_material().incidents[1], passages)


def rows(items_: list[ExportIncident]) -> list[dict[str, str]]:
    sink = io.StringIO()
    write_events_csv(items_, sink)
    return list(csv.DictReader(io.StringIO(sink.getvalue())))


def test_csv_opens_with_the_csv_module_and_has_the_acled_and_ged_headers() -> None:
    sink = io.StringIO()
    assert write_events_csv(items(), sink) == 2
    header = next(csv.reader(io.StringIO(sink.getvalue())))
    assert set(ACLED_HEADER) <= set(header) and {"low", "best", "high"} <= set(header)
    assert tuple(header) == COLUMNS


def test_a_killing_of_prisoners_is_violence_against_civilians_and_every_victim_a_death() -> None:
    row = rows(items())[0]
    assert (row["event_type"], row["sub_event_type"]) == ("Violence against civilians", "Attack")
    assert row["fatalities"] == "3" and (row["low"], row["best"], row["high"]) == ("2", "3", "3")
    assert row["actor1"] == "Military Forces of Russia (2000-)" and row["assoc_actor_1"] == "999th assault detachment"
    assert row["event_date"] == "2025-03-03" and row["time_precision"] == "1"
    assert (row["location"], row["admin1"], row["latitude"], row["geo_precision"]) == (
        "Kamianske", "Zaporizhzhia Oblast", "47.4833", "1")
    assert row["source"] == "Southern Courier; Monitoring team" and row["event_id_cnty"] == "WCUKR1"


@pytest.mark.parametrize("passage", [
    ("en", "A drone dropped explosives on the bus stop."),
    ("en", "The market was hit in an air strike at noon."),
    ("uk", "Російський безпілотник атакував автобус з людьми."),
    ("ru", "Беспилотник ударил по остановке."),
])
def test_a_strike_the_account_says_came_from_the_air_is_an_air_or_drone_strike(passage: tuple[str, str]) -> None:
    assert category(strike(passage))[:2] == ("Explosions/Remote violence", "Air/drone strike")


@pytest.mark.parametrize("passage", [
    ("en", "Artillery hit the queue for bread."),
    ("en", "The town was shelled overnight."),
    ("uk", "Унаслідок обстрілу загинули двоє людей."),
    ("ru", "Ракетный удар пришёлся по рынку."),
])
def test_shelling_and_missiles_are_named_as_such(passage: tuple[str, str]) -> None:
    assert category(strike(passage))[1] == "Shelling/artillery/missile attack"


@pytest.mark.parametrize("passage", [
    ("en", "Residents hid in a shelter while soldiers fired at the crowd."),
    ("en", "Soldiers handed out mineral water, then opened fire."),
    ("uk", "Щонайменше двоє людей дістали поранення від пострілів."),
])
def test_words_that_only_look_like_a_weapon_leave_a_direct_attack(passage: tuple[str, str]) -> None:
    assert category(strike(passage))[:2] == ("Violence against civilians", "Attack")


def test_fatalities_count_only_where_the_account_says_someone_died() -> None:
    assert fatalities(strike(("uk", "Загинули двоє цивільних.")), 2) == "2"
    assert fatalities(strike(("en", "Two civilians were wounded by shrapnel.")), 2) == "0"
    assert fatalities(strike(), 2) == ""  # no passage: unknown, not zero


@pytest.mark.parametrize(("start", "end", "expected"), [
    (dt.date(2025, 3, 3), dt.date(2025, 3, 3), ("2025-03-03", "1")),
    (dt.date(2025, 3, 3), dt.date(2025, 3, 9), ("2025-03-06", "2")),
    (dt.date(2025, 3, 1), dt.date(2025, 3, 31), ("2025-03-16", "3")),
    (None, None, ("", "")),
])
def test_time_precision_follows_the_length_of_the_date_interval(start, end, expected) -> None:
    assert time_coding(start, end, mapping().week_days) == expected


def test_geo_precision_follows_the_gazetteer_precision() -> None:
    incident = sample_material().incidents[1]
    for precision, code in (("settlement", "1"), ("raion_centre", "2"), ("admin1", "3")):
        where = Location("Kherson", "Kherson Oblast", "UA", 46.6, 32.6, precision=precision)
        moved = dataclasses.replace(incident, facts=dataclasses.replace(incident.facts, location=where))
        assert event_row(ExportIncident(moved))[COLUMNS.index("geo_precision")] == code


def test_every_violation_label_has_an_acled_category() -> None:
    from warcrimes.domain.taxonomy import violations

    assert set(violations()) <= set(mapping().violations)


def test_geojson_is_one_feature_collection_with_its_filter_time_and_checkpoint() -> None:
    incident = sample_material().incidents[1]
    nowhere = dataclasses.replace(incident, id=3, facts=dataclasses.replace(incident.facts, location=None))
    sink = io.StringIO()
    assert write_geojson([*items(), ExportIncident(nowhere)], sink, META) == 3
    collection = json.loads(sink.getvalue())
    assert collection["type"] == "FeatureCollection"
    assert collection["warcrimes"]["filter"] == {"oblast": "Kherson"}
    assert collection["warcrimes"]["made_at"] == "2025-03-20T09:30:00.000000Z"
    assert collection["warcrimes"]["checkpoint"]["size"] == 11
    first, _, third = collection["features"]
    assert first["geometry"] == {"type": "Point", "coordinates": [35.4167, 47.4833]}
    assert first["properties"]["best"] == 3 and third["geometry"] is None


def test_series_csv_has_one_row_per_point() -> None:
    point = SeriesPoint(dt.date(2025, 2, 1), 28000.0, "about", "Ombudsman", ("Outlet A", "Outlet B"), (4, 9),
                        "as_of")
    later = dataclasses.replace(point, as_of=dt.date(2025, 5, 1), value=28500.5, qualifier="at_least")
    sink = io.StringIO()
    assert write_series_csv([Series("held_captive", "mixed", "persons", (point, later), "cumulative")], sink) == 2
    read = list(csv.DictReader(io.StringIO(sink.getvalue())))
    assert read[0]["value"] == "28000" and read[1]["value"] == "28500.5"
    assert read[0]["sources"] == "Outlet A; Outlet B" and read[0]["report_ids"] == "4 9"


def test_sidecar_records_filter_time_and_checkpoint() -> None:
    sidecar = json.loads(META.sidecar("warcrimes-events-csv"))
    assert sidecar["format"] == "warcrimes-events-csv" and sidecar["checkpoint"]["signed_note"].startswith("origin")
    assert sidecar["personal_data"] is False and sidecar["filter"] == {"oblast": "Kherson"}
