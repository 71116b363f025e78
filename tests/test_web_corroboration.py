"""The pages after corroboration and custody: counts with their accounts, independent sources,
verification, link reasons, history, evidence with custody entries, proofs, and the series page."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from warcrimes.custody import merkle
from warcrimes.domain.facts import DateInterval, IncidentFacts, Location, Perpetrator, StatisticFacts, Victims
from warcrimes.domain.records import ExtractedIncident, ExtractedStatistic, Extraction, NewReport
from warcrimes.services import review
from warcrimes.services.custody import make_checkpoint
from warcrimes.services.evidence import EvidenceSource, add_evidence
from warcrimes.services.reports import add_report
from warcrimes.services.unit import custody_log
from warcrimes.store import Store
from warcrimes.web import create_app
from warcrimes.web.technical import exif_summary, ffprobe_summary, summary
from web_login import log_in

DAY = dt.date(2024, 3, 4)
ROBOTYNE = Location("Robotyne", "Zaporizhzhia Oblast", "UA", 47.4456, 35.8384)

OMBUDSMAN = ("The Parliament Commissioner for Human Rights said on Tuesday that three Ukrainian "
             "prisoners of war were shot near Robotyne on 4 March after they had surrendered. "
             "He called it a war crime and sent the footage to the UN monitoring mission.")
REPOST = ("REPOST: The Parliament Commissioner for Human Rights said on Tuesday that three Ukrainian "
          "prisoners of war were shot near Robotyne on 4 March after they had surrendered. "
          "He called it a war crime and sent the footage to the UN monitoring mission. Subscribe.")
PROSECUTOR = ("Regional prosecutors opened a case after at least five servicemen who had laid down their "
              "arms were killed near the village of Robotyne on 4 March; a drone recorded the shooting. "
              "<img src=x onerror=alert(9)>")
CAPTIVES_WINTER = "The coordination headquarters says 28,000 civilians are held captive as of 1 February."
CAPTIVES_SPRING = "By 1 May the headquarters counted over 28,500 civilians held captive."


def _told(low: int, high: int | None, by: str) -> IncidentFacts:
    return IncidentFacts(("killing_hors_de_combat",), DateInterval(DAY, DAY), None, ROBOTYNE,
                         Victims("pow", low, high), Perpetrator("RU"), (by,), span=(0, 60))


def _add(store: Store, text: str, publisher: str, published: dt.date, *told: IncidentFacts,
         figures: tuple[StatisticFacts, ...] = ()) -> tuple[int, tuple[int, ...]]:
    original = text.encode()
    outcome = add_report(store,
        NewReport("SHA-256:" + hashlib.sha256(original).hexdigest(), original, text, "text/plain", published,
                  publisher=publisher, url=f"https://example.org/{publisher.split()[0].lower()}"),
        Extraction(tuple(ExtractedIncident(f) for f in told), tuple(ExtractedStatistic(f) for f in figures),
                   extractor_version="test-1"), actor="system")
    return outcome.report_id, outcome.incidents


@pytest.fixture
def told(store: Store, tmp_path: Path) -> dict[str, int]:
    """One event told three times (one a repost), with a photo on file; a captives series."""
    first, (incident,) = _add(store, OMBUDSMAN, "Ombudsman's Office", DAY + dt.timedelta(days=1),
                              _told(3, 3, "Parliament Commissioner"))
    repost, _ = _add(store, REPOST, "Reposting Channel", DAY + dt.timedelta(days=2),
                     _told(3, 3, "Parliament Commissioner"))
    second, _ = _add(store, PROSECUTOR, "Regional Prosecutor", DAY + dt.timedelta(days=2),
                     _told(5, None, "regional prosecutors"))
    _add(store, CAPTIVES_WINTER, "Coordination Headquarters", dt.date(2024, 2, 2),
         figures=(StatisticFacts("held_captive", "civilian", 28000, as_of=dt.date(2024, 2, 1),
                                 reported_by="coordination headquarters"),))
    _add(store, CAPTIVES_SPRING, "Kyiv Chronicle", dt.date(2024, 5, 2),
         figures=(StatisticFacts("held_captive", "civilian", 28500, "at_least", as_of=dt.date(2024, 5, 1)),))
    photo = tmp_path / "drone-still.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 8)
    add_evidence(store, photo, EvidenceSource(incident_id=incident, captured_by="field team <b>2</b>",
                                              source_url="https://example.org/upload/5"), actor="system")
    return {"incident": incident, "first": first, "repost": repost, "second": second}


@pytest.fixture
def client(store: Store) -> TestClient:
    """A client logged in as an analyst."""
    client = TestClient(create_app(store), follow_redirects=False)
    log_in(client, store)
    return client


def _incident(client: TestClient, told: dict[str, int]) -> dict:
    return client.get(f"/incidents/{told['incident']}.json").json()


def test_the_three_tellings_are_one_incident_from_two_independent_sources(client: TestClient,
                                                                          told: dict) -> None:
    body = _incident(client, told)
    assert len(body["account_details"]) == 3
    assert body["independent_sources"] == 2
    grouped = [s for s in body["sources"] if len(s["accounts"]) == 2][0]
    assert set(grouped["grouped_by"]) >= {"near-copy"}


def test_victims_read_low_best_high_with_the_accounts_behind_each(client: TestClient, told: dict) -> None:
    body = _incident(client, told)
    by_estimate = {c["estimate"]: c for c in body["victim_counts"]}
    assert (by_estimate["low"]["value"], by_estimate["high"]["value"]) == (3, 5)
    high_from = by_estimate["high"]["accounts"]
    assert [a["publisher"] for a in high_from] == ["Regional Prosecutor"]
    page = client.get(f"/incidents/{told['incident']}").text
    assert 'class="estimate-low"' in page and 'class="estimate-high"' in page
    assert f'href="#account-{high_from[0]["id"]}"' in page


def test_the_repost_is_shown_as_a_near_copy_of_the_original(client: TestClient, told: dict) -> None:
    body = _incident(client, told)
    assert [(c["report_id"], c["copies"]) for c in body["near_copies"]] == [(told["repost"], told["first"])]
    page = client.get(f"/incidents/{told['incident']}").text
    assert f'Report {told["repost"]}</a> nearly copies <a href="/reports/{told["first"]}">' in page


def test_verification_level_and_its_sentence_are_on_the_page(client: TestClient, told: dict) -> None:
    body = _incident(client, told)
    assert body["verification"]["level"] == "evidence_on_file"
    page = client.get(f"/incidents/{told['incident']}").text
    assert "level-evidence_on_file" in page
    assert "1 evidence item on file." in page


def test_each_account_says_why_it_joined_and_which_fields_agreed(client: TestClient, told: dict) -> None:
    links = [a["link"] for a in _incident(client, told)["account_details"]]
    assert links[0]["method"] == "new"
    assert all(link["method"] == "auto" and link["confidence"] >= 0.68 for link in links[1:])
    assert set(links[1]["fields"]) == {"violation", "location", "date", "victims", "what", "perpetrator"}
    page = client.get(f"/incidents/{told['incident']}").text
    assert "joined by the linker, confidence" in page and "fields agreeing: date 1.00" in page


def test_history_lists_creation_joins_and_an_analysts_confirmation(client: TestClient, store: Store,
                                                                   told: dict) -> None:
    review.set_status(store, told["incident"], "confirmed", actor="analyst.k", note="drone video checked")
    body = _incident(client, told)
    assert [h["action"] for h in body["history"]] == ["created", "joined", "joined", "confirmed"]
    assert body["verification"]["level"] == "confirmed"
    page = client.get(f"/incidents/{told['incident']}").text
    assert "analyst.k" in page and "drone video checked" in page
    assert any(e["action"] == "incident.confirmed" for e in body["incident_custody"])


def test_history_shows_a_split_and_the_new_incident_its_origin(client: TestClient, store: Store,
                                                               told: dict) -> None:
    accounts = [a["id"] for a in _incident(client, told)["account_details"]]
    new = review.split(store, told["incident"], [accounts[2]], actor="analyst")
    assert _incident(client, told)["history"][-1]["action"] == "split"
    page = client.get(f"/incidents/{new.id}").text
    assert "split from" in page


def test_evidence_is_listed_with_hash_size_capturer_and_its_custody_entry(client: TestClient,
                                                                         told: dict) -> None:
    (item,) = _incident(client, told)["evidence_items"]
    assert item["content_hash"].startswith("SHA-256:") and item["media_type"] == "image/jpeg"
    assert item["custody"]["action"] == "evidence.add"
    assert item["custody"]["path"] == f"/custody/entries/{item['custody']['index']}"
    page = client.get(f"/incidents/{told['incident']}").text
    assert item["content_hash"] in page
    assert "field team &lt;b&gt;2&lt;/b&gt;" in page and "<b>2</b>" not in page
    assert 'href="https://example.org/upload/5"' in page


def test_each_report_cites_its_ingest_entry_with_the_content_hash(client: TestClient, told: dict) -> None:
    for account in _incident(client, told)["account_details"]:
        entry = account["report_custody"]
        assert entry["action"] == "ingest" and entry["subject"].startswith("SHA-256:")
        report = client.get(f"/reports/{account['report_id']}.json").json()
        assert entry["subject"] == report["content_hash"]


def test_an_entry_before_any_checkpoint_says_how_to_get_its_proof(client: TestClient, told: dict) -> None:
    index = _incident(client, told)["evidence_items"][0]["custody"]["index"]
    body = client.get(f"/custody/entries/{index}").json()
    assert body["entry"]["index"] == index
    assert body["proof"]["status"] == "pending"
    assert "warcrimes log checkpoint" in body["proof"]["message"]


def test_an_entry_under_a_checkpoint_comes_with_a_proof_that_verifies(client: TestClient, store: Store,
                                                                      told: dict) -> None:
    index = _incident(client, told)["account_details"][1]["report_custody"]["index"]
    point = make_checkpoint(store)
    body = client.get(f"/custody/entries/{index}").json()
    proof = body["proof"]
    assert proof["status"] == "included" and proof["tree_size"] == point.size
    leaf = bytes.fromhex(body["leaf_hash"])
    assert leaf == merkle.leaf_hash(body["canonical"].encode())
    assert merkle.verify_inclusion(index, point.size, leaf, [bytes.fromhex(h) for h in proof["inclusion_proof"]],
                                   point.root)


def test_reading_an_entry_never_signs_a_checkpoint(client: TestClient, store: Store, told: dict) -> None:
    client.get("/custody/entries/0")
    with store.transaction() as session:
        assert custody_log(store).latest_checkpoint(session) is None


def test_an_entry_past_the_end_of_the_log_is_a_404_sentence(client: TestClient, told: dict) -> None:
    response = client.get("/custody/entries/99999")
    assert response.status_code == 404
    assert "custody entry 99999 is not in the log" in response.json()["error"]["message"]


def test_list_shows_verification_level_and_independent_sources(client: TestClient, told: dict) -> None:
    (row,) = [i for i in client.get("/incidents.json").json()["incidents"] if i["id"] == told["incident"]]
    assert row["independent_sources"] == 2 and row["verification"]["level"] == "evidence_on_file"
    page = client.get("/incidents").text
    assert "level-evidence_on_file" in page and "evidence on file" in page


def test_series_page_follows_civilians_held_captive_with_their_sources(client: TestClient,
                                                                        told: dict) -> None:
    body = client.get("/series.json", params={"measure": "held_captive"}).json()
    (captives,) = body["series"]
    assert [p["value"] for p in captives["points"]] == [28000, 28500]
    assert captives["change"] == 500
    assert captives["points"][0]["sources"] == ["Coordination Headquarters"]
    page = client.get("/series").text
    assert "Held captive: civilian" in page and "28,500" in page and "+500" in page


def test_series_refuses_an_unknown_measure_with_a_sentence(client: TestClient) -> None:
    response = client.get("/series.json", params={"measure": "bodies"})
    assert response.status_code == 400
    assert "measure 'bodies' is not in the vocabulary" in response.json()["error"]["message"]


def test_empty_store_has_an_empty_series_page(client: TestClient) -> None:
    assert "No figure has been read from the reports." in client.get("/series").text


def test_hostile_report_text_stays_escaped_on_the_richer_page(client: TestClient, told: dict) -> None:
    page = client.get(f"/incidents/{told['incident']}").text
    assert "<img src=x" not in page and "&lt;img src=x onerror=alert(9)&gt;" in page


def test_ffprobe_output_reads_as_streams_duration_and_creation_time() -> None:
    probe = {"streams": [{"codec_type": "video", "codec_name": "h264", "width": 1920, "height": 1080},
                         {"codec_type": "audio", "codec_name": "aac"}],
             "format": {"duration": "12.36", "tags": {"creation_time": "2024-03-04T06:10:00Z"}}}
    assert ffprobe_summary(probe) == ("video h264 1920\u00d71080, audio aac; 12.4 s; "
                                      "created 2024-03-04T06:10:00Z")


def test_exif_output_names_the_camera_time_and_an_embedded_position() -> None:
    tags = {"Image Make": "Canon", "Image Model": "EOS 80D", "EXIF DateTimeOriginal": "2024:03:04 06:10:00",
            "GPS GPSLatitude": "[47, 26, 44]"}
    assert exif_summary(tags) == "Canon EOS 80D; taken 2024:03:04 06:10:00; GPS position embedded"


def test_a_missing_tool_or_no_metadata_is_said_plainly() -> None:
    assert summary({"ffprobe": {"missing": "ffprobe is not installed"}}) == "ffprobe: ffprobe is not installed"
    assert summary({}) == "none recorded"


def _queries_for(client: TestClient, store: Store, path: str) -> int:
    from sqlalchemy import event

    count = [0]

    def tally(*_: object) -> None:
        count[0] += 1

    assert client.get("/session.json").status_code == 200  # the session known, as after any write it is not
    event.listen(store.engine, "before_cursor_execute", tally)
    try:
        assert client.get(path).status_code == 200
    finally:
        event.remove(store.engine, "before_cursor_execute", tally)
    return count[0]


def test_the_list_asks_the_database_the_same_number_of_times_for_one_or_many_incidents(
        client: TestClient, store: Store, told: dict) -> None:
    one = _queries_for(client, store, "/incidents?limit=1")
    for n in range(4):
        day = dt.date(2023, 1, 1) + dt.timedelta(days=40 * n)
        _add(store, f"Shelling report number {n} from the front.", f"Local Paper {n}", day,
             IncidentFacts(("attack_on_civilians",), DateInterval(day, day), None,
                           Location(f"Village{n}", f"Oblast {n}", "UA"), Victims("civilian", n + 1, n + 1)))
    assert _queries_for(client, store, "/incidents?limit=50") == one


def test_the_incident_page_asks_the_database_as_often_for_three_accounts_as_for_one(
        client: TestClient, store: Store, told: dict) -> None:
    day = dt.date(2023, 3, 14)
    _, (lone,) = _add(store, "A drone struck a bakery queue in Village Four at noon.", "Local Paper", day,
                      IncidentFacts(("attack_on_civilians",), DateInterval(day, day), None,
                                    Location("Village Four", "Oblast Four", "UA"), Victims("civilian", 2, 2)))
    assert _queries_for(client, store, f"/incidents/{told['incident']}") == _queries_for(client, store,
                                                                                        f"/incidents/{lone}")


def test_list_filters_by_verification_level_as_the_incident_page_reads_it(client: TestClient, store: Store,
                                                                         told: dict) -> None:
    lone, (alone,) = _add(store, "A shell hit a school in Village Nine on 9 May.", "Local Paper", dt.date(2023, 5, 10),
                          IncidentFacts(("attack_on_civilians",), DateInterval(dt.date(2023, 5, 9),
                                                                               dt.date(2023, 5, 9)), None,
                                        Location("Village Nine", "Sumy Oblast", "UA"), Victims("civilian", 1, 1)))

    def ids(level: str) -> list[int]:
        return [i["id"] for i in client.get("/incidents.json", params={"verification": level}).json()["incidents"]]

    assert ids("evidence_on_file") == [told["incident"]] and ids("single_source") == [alone]
    assert ids("corroborated") == [] and ids("confirmed") == []
    review.set_status(store, alone, "confirmed", actor="analyst")
    assert ids("confirmed") == [alone] and ids("single_source") == []
    page = client.get("/incidents", params={"verification": "confirmed"}).text
    assert '<option value="confirmed" selected>' in page


def test_an_unknown_verification_level_is_a_400_sentence(client: TestClient) -> None:
    response = client.get("/incidents.json", params={"verification": "certain"})
    assert response.status_code == 400
    assert "is not a verification level" in response.json()["error"]["message"]


def test_report_page_cites_its_ingest_entry_first(client: TestClient, told: dict) -> None:
    body = client.get(f"/reports/{told['second']}.json").json()
    assert body["custody"][0]["action"] == "ingest" and body["custody"][0]["subject"] == body["content_hash"]
    page = client.get(f"/reports/{told['second']}").text
    assert f'href="/custody/entries/{body["custody"][0]["index"]}"' in page


def test_an_incident_merged_away_leads_to_the_one_that_absorbed_it(client: TestClient, store: Store,
                                                                   told: dict) -> None:
    day = dt.date(2023, 8, 1)
    _, (other,) = _add(store, "Two men were executed in Village Ten on 1 August, witnesses said.", "Witness Line",
                       day, IncidentFacts(("killing_hors_de_combat",), DateInterval(day, day), None,
                                          Location("Village Ten", "Kharkiv Oblast", "UA"), Victims("civilian", 2, 2)))
    review.merge(store, told["incident"], other, actor="analyst", accept_conflicts=True, reason="one event")
    response = client.get(f"/incidents/{other}")
    assert response.status_code == 307 and response.headers["location"] == f"/incidents/{told['incident']}"
    assert client.get(f"/incidents/{other}.json").headers["location"] == f"/incidents/{told['incident']}.json"
    assert client.get("/incidents/4242").status_code == 404


def test_list_names_the_best_estimate_and_how_high_the_counts_go(client: TestClient, told: dict) -> None:
    page = client.get("/incidents").text
    assert "prisoners of war<span class=\"muted\"> (up to 5)</span>" in page


def test_the_page_names_each_originator_and_why_other_parties_were_not_counted(client: TestClient,
                                                                                 told: dict) -> None:
    body = _incident(client, told)
    assert {o["entity"] for o in body["originators"]} == {"ua.ombudsman", "ua.pgo"}
    assert any(n["name"] == "Reposting Channel" and n["why"].startswith("relay") for n in body["not_counted"])
    page = client.get(f"/incidents/{told['incident']}").text
    assert 'id="originators"' in page and "Not counted: " in page and "Reposting Channel" in page
    assert "place: same settlement" in page  # each link keeps its reasons in words
