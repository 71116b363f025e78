"""The incident page answered by its DirectRoute (web/direct.py): the same gate, endpoint and errors as
through FastAPI; and templates' `x.name` on a dict (web/render.py PageEnvironment) as Jinja gives it."""

from __future__ import annotations

import datetime as dt

import pytest
from fastapi import Request
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from jinja2 import DictLoader, StrictUndefined, UndefinedError
from starlette.responses import Response

from test_web import _report
from warcrimes.domain.facts import DateInterval, IncidentFacts, Location, Victims
from warcrimes.domain.records import ExtractedIncident, Extraction
from warcrimes.services.editing import edit_incident
from warcrimes.services.reports import add_report
from warcrimes.store import Store
from warcrimes.web import create_app
from warcrimes.web.direct import DirectRoute
from warcrimes.web.render import PageEnvironment
from warcrimes.web.routes import incidents
from web_login import log_in

TEXT = ("Our own words: a shell struck the market of Kherson on 2 May; three residents were killed, "
        "the city's administration said.")


@pytest.fixture
def incident(store: Store) -> int:
    day = dt.date(2024, 5, 2)
    facts = IncidentFacts(violations=("attack_on_civilians",), date=DateInterval(day, day),
                          location=Location("Kherson", "Kherson Oblast", "UA", 46.64, 32.62),
                          victims=Victims("civilian", 3, 3), span=(0, len(TEXT)))
    added = add_report(store, _report(TEXT, dt.date(2024, 5, 3), "City administration", "https://example.org/k"),
                       Extraction(incidents=(ExtractedIncident(facts),), extractor_version="test-1"), actor="system")
    return added.incidents[0]


def _client(store: Store, role: str | None) -> TestClient:
    client = TestClient(create_app(store), follow_redirects=False)
    if role is not None:
        log_in(client, store, f"someone_{role}", role)
    return client


def test_the_incident_page_routes_come_first_as_direct_routes(store: Store) -> None:
    routes = create_app(store).router.routes
    assert sorted((type(r).__name__, r.path) for r in routes[:2]) == [
        ("DirectRoute", "/incidents/{incident_id:int}"), ("DirectRoute", "/incidents/{incident_id:int}.json")]
    assert all(isinstance(r, DirectRoute) and isinstance(r.route, APIRoute) for r in routes[:2])


def test_a_direct_route_answers_the_page_as_fastapi_did(store: Store, incident: int) -> None:
    client = _client(store, "analyst")
    page = client.get(f"/incidents/{incident}")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert "three residents were killed" in page.text and "Content-Security-Policy" in page.headers
    assert page.headers["cache-control"] == "no-store"
    assert client.get(f"/incidents/{incident}.json").json()["id"] == incident
    assert client.head(f"/incidents/{incident}").status_code == 200
    assert client.get("/incidents/999999").status_code == 404  # no such incident
    assert client.get("/incidents/99999999999999999999").status_code == 404  # past any id: the gate's bound
    assert client.get("/incidents/abc").status_code == 404  # not a number: no route at all
    assert client.post(f"/incidents/{incident}").status_code == 405  # only GET and HEAD are taken directly


def test_a_direct_route_keeps_the_gate_login_and_roles(store: Store, incident: int) -> None:
    anonymous = _client(store, None)
    assert anonymous.get(f"/incidents/{incident}").headers["location"] == f"/login?next=%2Fincidents%2F{incident}"
    assert anonymous.get(f"/incidents/{incident}.json").status_code == 401
    viewer = _client(store, "viewer").get(f"/incidents/{incident}")
    assert viewer.status_code == 200 and "three residents were killed" not in viewer.text  # no report text
    assert "The report's text is shown to analysts only" in viewer.text


def test_a_kept_incident_page_shows_an_edit_at_once(store: Store, incident: int) -> None:
    client = _client(store, "analyst")
    assert "Kherson, Kherson Oblast" in client.get(f"/incidents/{incident}").text
    assert "Kherson, Kherson Oblast" in client.get(f"/incidents/{incident}").text  # kept
    edit_incident(store, incident, {"place": "Chornobaivka", "place_oblast": "Kherson Oblast"},
                  reason="the market is outside the city", actor="someone_analyst")
    assert "Chornobaivka, Kherson Oblast" in client.get(f"/incidents/{incident}").text


def test_a_direct_route_takes_only_an_endpoint_of_the_request_and_its_path_parameters() -> None:
    def with_query(request: Request, incident_id: int, limit: int = 10) -> Response:
        return Response()

    async def asynchronous(request: Request, incident_id: int) -> Response:
        return Response()

    with pytest.raises(TypeError, match="request and its path parameters"):
        DirectRoute(APIRoute("/incidents/{incident_id:int}", with_query))
    with pytest.raises(TypeError, match="plain function"):
        DirectRoute(APIRoute("/incidents/{incident_id:int}", asynchronous))
    assert DirectRoute(APIRoute("/incidents/{incident_id:int}", incidents.show_incident)).path.startswith("/incidents")


def test_name_on_a_dict_is_its_key_and_its_methods_still_come_first() -> None:
    env = PageEnvironment(loader=DictLoader({"t": "{{ d.place }}|{{ d.items() | list | length }}|{{ d.get('x') }}",
                                             "missing": "{{ d.nothing }}", "other": "{{ o.keys }}"}),
                          autoescape=True, undefined=StrictUndefined)
    assert env.get_template("t").render(d={"place": "<b>", "items": "a key", "x": 1}) == "&lt;b&gt;|3|1"
    with pytest.raises(UndefinedError):
        env.get_template("missing").render(d={})

    class Keyed(dict):  # type: ignore[type-arg]
        keys = "an attribute"

    assert env.get_template("other").render(o=Keyed(keys="the key")) == "an attribute"
