"""The review services the workspace calls: merge that asks, split that leaves nothing stale, edits
that outlive later joins, optimistic concurrency, incidents made by hand, and the review queue."""

from __future__ import annotations

import datetime as dt
import threading
import time

import pytest

from corroboration_fixtures import DAY, facts, ingest, vague_facts
from warcrimes.domain.facts import DateInterval, IncidentFacts, Location, Perpetrator, Victims
from warcrimes.errors import BadInputError, ConflictError, NotFoundError
from warcrimes.queries.incidents import get_incident, history, incident_page
from warcrimes.queries.review import merge_preview, review_queue
from warcrimes.services import review
from warcrimes.services.editing import create_incident, edit_incident
from warcrimes.services.unit import custody_log, unit_of_work
from warcrimes.store import Store, reads

GLIDE_DAY = dt.date(2024, 11, 8)
HOSPITAL_DAY = dt.date(2024, 11, 25)


def glide_bomb() -> IncidentFacts:
    return IncidentFacts(("attack_on_civilians",), DateInterval(GLIDE_DAY, GLIDE_DAY), None,
                         Location("Zaporizhzhia", "Zaporizhzhia Oblast", "UA", 47.8388, 35.1396),
                         Victims("civilian", 7, 7), Perpetrator("RU"), ("regional administration",))


def hospital() -> IncidentFacts:
    return IncidentFacts(("attack_on_protected_objects",), DateInterval(HOSPITAL_DAY, HOSPITAL_DAY), None,
                         Location("Kryvyi Rih", "Dnipropetrovsk Oblast", "UA", 47.9057, 33.3940),
                         Victims("medical_personnel", 5, 5), Perpetrator("RU"), ("city council",))


def strike_and_hospital(store: Store) -> tuple[int, int]:
    a = ingest(store, "A glide bomb hit a residential block in Zaporizhzhia.", glide_bomb()).incidents[0]
    b = ingest(store, "A hospital in Kryvyi Rih was struck.", hospital(), publisher="City Council").incidents[0]
    return a, b


def test_merging_a_strike_with_a_hospital_strike_elsewhere_is_refused_naming_each_conflict(store: Store) -> None:
    a, b = strike_and_hospital(store)
    with pytest.raises(ConflictError) as refused:
        review.merge(store, a, b, actor="olena")
    message = str(refused.value)
    for field in ("location:", "date:", "victims:", "violations:"):
        assert field in message
    assert "Dnipropetrovsk Oblast" in message
    assert len(get_incident(store, b).accounts) == 1, "nothing merged"
    preview = merge_preview(store, a, b)
    assert [c.field for c in preview.conflicts] == ["location", "date", "victims", "violations"]


def test_a_merge_with_accepted_conflicts_keeps_them_and_the_reason_in_the_history(store: Store) -> None:
    a, b = strike_and_hospital(store)
    review.merge(store, a, b, actor="olena", accept_conflicts=True, reason="one wave of strikes, one dossier")
    merged = history(store, a)[-1]
    assert merged.action == "merged" and merged.actor == "olena"
    assert merged.details["reason"] == "one wave of strikes, one dossier"
    assert {c["field"] for c in merged.details["conflicts_accepted"]} == {"location", "date", "victims", "violations"}


def test_a_plain_merge_of_one_event_told_twice_needs_no_acceptance(store: Store) -> None:
    a = ingest(store, "Three prisoners shot at Robotyne.", facts()).incidents[0]
    b = ingest(store, "Captives were killed in the region, a channel says.", vague_facts(),
               publisher="Other").incidents[0]
    assert a != b
    assert merge_preview(store, a, b).conflicts == ()
    assert len(review.merge(store, a, b, actor="olena").accounts) == 2


def test_after_merge_and_split_the_retired_id_leads_to_the_incident_holding_its_account(store: Store) -> None:
    a, b = strike_and_hospital(store)
    moved = get_incident(store, b).accounts[0].id
    review.merge(store, a, b, actor="olena", accept_conflicts=True, reason="checking")
    assert incident_page(store, b).merged_into == a
    parted = review.split(store, a, [moved], actor="olena", reason="two events after all")
    page = incident_page(store, b)
    assert page.incident is None and page.merged_into == parted.id != a
    assert [acc.id for acc in get_incident(store, parted.id).accounts] == [moved]
    assert get_incident(store, a).facts.location.name == "Zaporizhzhia", "the keeper's summary is its own again"
    assert get_incident(store, parted.id).facts.location.name == "Kryvyi Rih"


def test_a_retired_id_whose_accounts_went_two_ways_names_both_incidents(store: Store) -> None:
    first = ingest(store, "Three prisoners shot at Robotyne.", facts()).incidents[0]
    two = ingest(store, "Two tellings in one report.", glide_bomb(), hospital(), publisher="Digest").incidents
    b = two[0]
    if two[1] != b:
        review.merge(store, b, two[1], actor="olena", accept_conflicts=True, reason="same wave")
    accounts = [acc.id for acc in get_incident(store, b).accounts]
    review.merge(store, first, b, actor="olena", accept_conflicts=True, reason="checking")
    review.split(store, first, [accounts[0]], actor="olena", reason="not this event")
    homes = incident_page(store, b).now_in
    assert len(homes) == 2 and first in homes


def test_split_answers_the_suggestions_it_settles(store: Store) -> None:
    a, b = strike_and_hospital(store)
    moved = get_incident(store, b).accounts[0].id
    review.merge(store, a, b, actor="olena", accept_conflicts=True, reason="checking")
    with unit_of_work(store, "test") as work:
        from warcrimes.store.schema import LinkSuggestionRow

        work.session.add(LinkSuggestionRow(account_id=moved, incident_id=a, confidence=0.5, why={}, status="open"))
    review.split(store, a, [moved], actor="olena")
    assert review_queue(store).suggestions == ()


def test_rejecting_needs_a_reason_and_confirming_records_the_one_given(store: Store) -> None:
    a, _ = strike_and_hospital(store)
    with pytest.raises(BadInputError, match="needs a reason"):
        review.set_status(store, a, "rejected", actor="olena", note="  ")
    done = review.set_status(store, a, "confirmed", actor="olena", note="video geolocated")
    assert done.status == "confirmed" and history(store, a)[-1].details["note"] == "video geolocated"


def test_an_edit_sets_the_field_records_before_after_and_reason_and_names_the_analyst(store: Store) -> None:
    a, _ = strike_and_hospital(store)
    version = get_incident(store, a).version
    done = edit_incident(store, a, {"victims_min": "9", "victims_max": "11", "place": "Kupiansk",
                                    "place_oblast": "Kharkiv"}, reason="the regional police corrected the toll",
                         actor="olena", version=version)
    assert (done.facts.victims.min, done.facts.victims.max, done.facts.victims.category) == (9, 11, "civilian")
    assert done.facts.location.name == "Kupiansk" and done.facts.location.admin1 == "Kharkiv Oblast"
    assert done.facts.location.lat == pytest.approx(49.71, abs=0.01)
    assert set(done.edited) == {"victims", "location"} and done.version > version
    line = history(store, a)[-1]
    assert line.action == "edited" and line.actor == "olena"
    assert line.details["fields"]["victims"] == {"from": {"category": "civilian", "min": 7, "max": 7},
                                                 "to": {"category": "civilian", "min": 9, "max": 11}}
    with store.transaction() as session:
        entry = custody_log(store).entries_about(session, [f"incident:{a}"])[-1]
    assert entry.action == "incident.edited" and entry.actor == "olena"


def test_an_edit_outlives_a_later_merge(store: Store) -> None:
    a, b = strike_and_hospital(store)
    edit_incident(store, a, {"violations": "attack_on_civilians, attack_on_protected_objects"},
                  reason="the block held a clinic", actor="olena")
    merged = review.merge(store, a, b, actor="olena", accept_conflicts=True, reason="checking")
    assert merged.facts.violations == ("attack_on_civilians", "attack_on_protected_objects")
    assert [acc.facts.violations for acc in merged.accounts][1] == ("attack_on_protected_objects",)


@pytest.mark.parametrize(("raw", "says"), [
    ({"victims_min": "many"}, "victims_min"), ({"date_start": "yesterday"}, "date_start"),
    ({"place": "Atlantis"}, "no place called"), ({"violations": "being_rude"}, "not in the taxonomy"),
    ({"evidence": "rumour"}, "not an evidence kind"), ({"colour": "red"}, "not a field"),
    ({"victims_min": "5", "victims_max": "2"}, "below"), ({"place": "Zaporizhzhia"}, "nothing to change"),
])
def test_a_bad_or_empty_edit_names_the_field_and_changes_nothing(store: Store, raw: dict, says: str) -> None:
    a, _ = strike_and_hospital(store)
    before = get_incident(store, a)
    with pytest.raises(BadInputError, match=says):
        edit_incident(store, a, raw, reason="testing", actor="olena")
    assert get_incident(store, a).version == before.version


def test_the_second_analyst_on_an_old_version_is_told_who_changed_it_and_nothing_is_lost(store: Store) -> None:
    a, _ = strike_and_hospital(store)
    opened = get_incident(store, a).version  # both open the edit form on this version
    edit_incident(store, a, {"victims_min": "8", "victims_max": "8"}, reason="police figure", actor="olena",
                  version=opened)
    with pytest.raises(ConflictError, match="edited by olena"):
        edit_incident(store, a, {"perpetrator_unit": "a drone unit"}, reason="video", actor="taras", version=opened)
    kept = get_incident(store, a)
    assert kept.facts.victims.min == 8 and kept.facts.perpetrator.unit is None
    with pytest.raises(ConflictError):
        review.set_status(store, a, "confirmed", actor="taras", note="ok", version=opened)


def test_two_changes_at_once_are_serialised_and_the_stale_one_is_refused(store: Store) -> None:
    """Both forms showed the same version; the second change waits for the first to commit (units of
    work hold the writers' lock), then finds another version and fails as a whole."""
    a, _ = strike_and_hospital(store)
    shown = get_incident(store, a).version
    inside = threading.Event()

    def taras() -> None:
        with unit_of_work(store, "taras") as work:
            row = reads.require_incident(work.session, a)
            row.status = "rejected"
            inside.set()
            time.sleep(0.5)  # olena submits meanwhile
            work.note(a, "rejected", {"from": "proposed", "to": "rejected", "note": "first"})

    first = threading.Thread(target=taras)
    first.start()
    inside.wait(10)
    with pytest.raises(ConflictError, match="changed since you opened it"):
        review.set_status(store, a, "confirmed", actor="olena", note="quicker", version=shown)
    first.join(10)
    assert get_incident(store, a).status == "rejected"


def test_an_incident_made_by_hand_from_a_passage(store: Store) -> None:
    text = "Residents said that on 2 June soldiers took two men from a checkpoint near Kupiansk."
    report = ingest(store, text).report_id
    start = text.index("soldiers")
    made = create_incident(store, report, start, len(text), {
        "violations": "unlawful_detention", "date_start": "2024-06-02", "place": "Kupiansk",
        "victims_category": "civilian", "victims_min": "2", "victims_max": "2"},
        reason="the extractor missed the detention", actor="olena")
    assert made.status == "proposed" and made.facts.violations == ("unlawful_detention",)
    assert made.facts.location.admin1 == "Kharkiv Oblast" and made.facts.victims.min == 2
    account = made.accounts[0]
    assert account.report_id == report and account.facts.span == (start, len(text))
    assert account.extractor_version == "analyst"
    first = history(store, made.id)[0]
    assert first.action == "created_by_hand" and first.actor == "olena" and first.details["span"] == [start, len(text)]


@pytest.mark.parametrize(("start", "end"), [(-1, 5), (10, 5), (0, 10_000), (3, 3)])
def test_a_passage_outside_the_report_is_refused(store: Store, start: int, end: int) -> None:
    report = ingest(store, "Short report text here.").report_id
    with pytest.raises(BadInputError, match="not a passage"):
        create_incident(store, report, start, end, {}, reason="r", actor="olena")


def test_the_queue_lists_proposed_incidents_oldest_or_most_sourced_first(store: Store) -> None:
    lone = ingest(store, "Three prisoners shot at Robotyne.", facts()).incidents[0]
    other_day = DAY + dt.timedelta(days=60)
    told = facts(day=other_day, place=Location("Verbove", "Zaporizhzhia Oblast", "UA", 47.49, 35.96))
    twice = ingest(store, "Wounded soldiers killed in Verbove.", told).incidents[0]
    ingest(store, "Another telling of Verbove.", told, publisher="Second Outlet")
    assert [i.id for i in review_queue(store).incidents][:2] == [lone, twice]
    assert review_queue(store, sort="sources").incidents[0].id == twice
    review.set_status(store, lone, "confirmed", actor="olena")
    assert lone not in [i.id for i in review_queue(store).incidents]
    with pytest.raises(BadInputError):
        review_queue(store, sort="loudest")


def test_dismissing_a_suggestion_keeps_the_account_where_it_is(store: Store) -> None:
    a, b = strike_and_hospital(store)
    account = get_incident(store, b).accounts[0].id
    with unit_of_work(store, "test") as work:
        from warcrimes.store.schema import LinkSuggestionRow

        work.session.add(LinkSuggestionRow(account_id=account, incident_id=a, confidence=0.4, why={}, status="open"))
    pending = review_queue(store).suggestions
    assert [(p.account.id, p.now_in.id, p.may_join.id) for p in pending] == [(account, b, a)]
    stays = review.dismiss(store, pending[0].id, actor="olena", reason="another city")
    assert stays.id == b and review_queue(store).suggestions == ()
    with pytest.raises(NotFoundError):
        review.dismiss(store, pending[0].id, actor="olena")
