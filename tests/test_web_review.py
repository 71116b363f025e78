"""Review in the browser's requests: the queue, confirm with its token, edit, merge that asks, split,
a passage made an incident; each change named after the logged-in person; a stale form is told."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from test_review_workspace import strike_and_hospital
from warcrimes.queries.incidents import get_incident, history
from warcrimes.services.unit import custody_log
from warcrimes.store import Store
from warcrimes.web import create_app
from web_login import log_in

JSON = {"Accept": "application/json"}


@pytest.fixture
def client(store: Store) -> TestClient:
    return TestClient(create_app(store), follow_redirects=False)


def test_confirm_with_the_token_confirms_and_names_the_person(client: TestClient, store: Store) -> None:
    a, _ = strike_and_hospital(store)
    token = log_in(client, store, "olena")
    done = client.post(f"/incidents/{a}/confirm", data={"csrf_token": token, "reason": "video geolocated"})
    assert done.status_code == 303 and done.headers["location"] == f"/incidents/{a}"
    assert client.get(f"/incidents/{a}.json").json()["status"] == "confirmed"
    line = history(store, a)[-1]
    assert (line.action, line.actor, line.details["note"]) == ("confirmed", "olena", "video geolocated")
    with store.transaction() as session:
        entry = custody_log(store).entries_about(session, [f"incident:{a}"])[-1]
    assert entry.actor == "olena"


def test_confirm_without_the_token_is_403_and_changes_nothing(client: TestClient, store: Store) -> None:
    a, _ = strike_and_hospital(store)
    log_in(client, store)
    assert client.post(f"/incidents/{a}/confirm", data={"reason": "x"}).status_code == 403
    assert client.post(f"/incidents/{a}/confirm", data={"csrf_token": "forged", "reason": "x"}).status_code == 403
    assert client.get(f"/incidents/{a}.json").json()["status"] == "proposed"


def test_a_script_confirms_with_the_header_token_and_gets_json(client: TestClient, store: Store) -> None:
    a, _ = strike_and_hospital(store)
    token = log_in(client, store)
    done = client.post(f"/incidents/{a}/confirm", headers={**JSON, "X-CSRF-Token": token})
    assert done.status_code == 200 and done.json()["status"] == "confirmed"


def test_reject_without_a_reason_is_a_400_sentence(client: TestClient, store: Store) -> None:
    a, _ = strike_and_hospital(store)
    token = log_in(client, store)
    refused = client.post(f"/incidents/{a}/reject", data={"csrf_token": token})
    assert refused.status_code == 400 and "needs a reason" in refused.text


def test_the_queue_shows_proposed_incidents_with_a_confirm_form(client: TestClient, store: Store) -> None:
    a, b = strike_and_hospital(store)
    log_in(client, store)
    body = client.get("/review.json").json()
    assert [i["id"] for i in body["incidents"]] == [a, b] and body["proposed"] == 2
    page = client.get("/review").text
    assert f'action="/incidents/{a}/confirm"' in page and 'name="csrf_token"' in page


def test_the_incident_page_offers_review_to_an_analyst_only(client: TestClient, store: Store) -> None:
    a, _ = strike_and_hospital(store)
    log_in(client, store, "vira", "viewer")
    assert 'action="/incidents/' not in client.get(f"/incidents/{a}").text
    other = TestClient(create_app(store), follow_redirects=False)
    log_in(other, store, "olena", "analyst")
    page = other.get(f"/incidents/{a}").text
    assert f'action="/incidents/{a}/confirm"' in page and f'href="/incidents/{a}/edit"' in page


def test_an_edit_in_the_form_saves_and_shows_who_set_it(client: TestClient, store: Store) -> None:
    a, _ = strike_and_hospital(store)
    token = log_in(client, store, "olena")
    form = client.get(f"/incidents/{a}/edit").text
    assert 'name="victims_min" value="7"' in form
    version = get_incident(store, a).version
    done = client.post(f"/incidents/{a}/edit", data={
        "csrf_token": token, "version": str(version), "victims_category": "civilian", "victims_min": "9",
        "victims_max": "9", "place": "Zaporizhzhia", "place_oblast": "Zaporizhzhia Oblast",
        "violations": ["attack_on_civilians"], "violations_shown": "1", "reason": "police toll"})
    assert done.status_code == 303, done.text
    body = client.get(f"/incidents/{a}.json").json()
    assert body["victims"]["min"] == 9 and body["edited"] == ["victims"]
    assert "set by an analyst" in client.get(f"/incidents/{a}").text
    assert history(store, a)[-1].actor == "olena"


def test_a_second_analyst_on_a_stale_form_is_told_and_keeps_what_they_typed(store: Store) -> None:
    a, _ = strike_and_hospital(store)
    first, second = (TestClient(create_app(store), follow_redirects=False) for _ in range(2))
    t1, t2 = log_in(first, store, "olena"), log_in(second, store, "taras")
    version = get_incident(store, a).version
    assert first.post(f"/incidents/{a}/edit", data={"csrf_token": t1, "version": version, "victims_min": "8",
                                                    "victims_max": "8", "reason": "police"}).status_code == 303
    told = second.post(f"/incidents/{a}/edit", data={"csrf_token": t2, "version": version,
                                                     "perpetrator_unit": "the 71st drone unit", "reason": "video"})
    assert told.status_code == 409
    assert "edited by olena" in told.text and 'value="the 71st drone unit"' in told.text
    assert get_incident(store, a).facts.perpetrator.unit is None


def test_merging_disagreeing_incidents_shows_the_conflicts_and_asks(client: TestClient, store: Store) -> None:
    a, b = strike_and_hospital(store)
    token = log_in(client, store)
    preview = client.get(f"/incidents/{a}/merge", params={"absorb": b}).text
    assert 'class="conflicts"' in preview and "accept_conflicts" in preview and "Kryvyi Rih" in preview
    asked = client.post(f"/incidents/{a}/merge", data={"csrf_token": token, "absorb": b, "reason": "same"})
    assert asked.status_code == 409 and 'class="conflicts"' in asked.text
    assert len(get_incident(store, b).accounts) == 1
    done = client.post(f"/incidents/{a}/merge", data={"csrf_token": token, "absorb": b, "accept_conflicts": "true",
                                                      "reason": "one wave of strikes"})
    assert done.status_code == 303 and done.headers["location"] == f"/incidents/{a}"
    assert client.get(f"/incidents/{b}").headers["location"] == f"/incidents/{a}"


def test_split_in_the_browser_and_the_retired_id_follows_the_account(client: TestClient, store: Store) -> None:
    a, b = strike_and_hospital(store)
    token = log_in(client, store)
    moved = get_incident(store, b).accounts[0].id
    client.post(f"/incidents/{a}/merge", data={"csrf_token": token, "absorb": b, "accept_conflicts": "true",
                                               "reason": "checking"})
    form = client.get(f"/incidents/{a}/split").text
    assert f'name="account" value="{moved}"' in form
    done = client.post(f"/incidents/{a}/split", data={"csrf_token": token, "account": [str(moved)],
                                                      "reason": "two events"})
    assert done.status_code == 303
    new = int(done.headers["location"].rsplit("/", 1)[1])
    assert client.get(f"/incidents/{b}").headers["location"] == f"/incidents/{new}"


def test_a_passage_selected_on_the_report_page_becomes_an_incident(client: TestClient, store: Store) -> None:
    from corroboration_fixtures import ingest

    text = "Residents said that on 2 June soldiers took two men from a checkpoint near Kupiansk."
    report = ingest(store, text).report_id
    token = log_in(client, store)
    page = client.get(f"/reports/{report}").text
    assert 'id="passage-form"' in page and 'id="report-text"' in page
    start = text.index("soldiers")
    done = client.post(f"/reports/{report}/incidents", data={
        "csrf_token": token, "start": start, "end": len(text), "passage": text[start:],
        "violations": ["unlawful_detention"], "place": "Kupiansk", "victims_category": "civilian",
        "victims_min": "2", "reason": "missed by the extractor"})
    assert done.status_code == 303, done.text
    made = client.get(done.headers["location"] + ".json").json()
    assert made["violations"] == ["unlawful_detention"] and made["location"]["admin1"] == "Kharkiv Oblast"
    shifted = client.post(f"/reports/{report}/incidents", data={
        "csrf_token": token, "start": start + 1, "end": len(text), "passage": text[start:], "reason": "r"})
    assert shifted.status_code == 400 and "select the passage again" in shifted.text


def test_a_viewer_sees_facts_but_no_report_text_or_original(client: TestClient, store: Store) -> None:
    from corroboration_fixtures import ingest

    report = ingest(store, "Oleksandr Petrenko, 34, was detained at the checkpoint.").report_id
    log_in(client, store, "vira", "viewer")
    page = client.get(f"/reports/{report}")
    assert page.status_code == 200 and "Petrenko" not in page.text
    assert "text" not in client.get(f"/reports/{report}.json").json()
    assert client.get(f"/reports/{report}/original").status_code == 403
