"""The incident linker: a new account joins the incident it tells, or starts its own.

Candidates come from the (admin1, date_start) index: the same region, incidents starting at
most LOOKBACK_DAYS before the account's interval and no later than a few days after it.
Nothing scans the whole table (bench_corroboration measures a store of 1,000,000 incidents).
Each decision is kept: the link with its per-field agreement and confidence, a suggestion for
an analyst when the best candidate is plausible but unsure, and the incident's history.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from dataclasses import dataclass, field, replace
from typing import Any, NamedTuple
from typing import cast as typed

from sqlalchemy import Connection, Select, and_, bindparam, func, or_, select
from sqlalchemy.orm import Session

from warcrimes.corroborate.descriptors import Descriptors, of_account
from warcrimes.corroborate.refresh import refresh_incident
from warcrimes.corroborate.similarity import (
    ASSUMED_DAYS,
    Agreement,
    Profile,
    compare,
    date_vetoes,
    told_apart,
    words,
)
from warcrimes.corroborate.unwritten import Unwritten, in_memory, told_dates, unwritten
from warcrimes.domain.facts import IncidentFacts
from warcrimes.store import reads
from warcrimes.store.schema import AccountRow, IncidentRow, LinkSuggestionRow, ReportRow
from warcrimes.store.writes import add_link, next_ids, open_incident

#: At or above: the account joins the incident. Below LINK_AT but at or above SUGGEST_AT: a new
#: incident plus a suggestion for an analyst (the review queue), never silently apart. Chosen on
#: tests/corpus/corroboration and tests/corpus/multi_outlet (bench/bench_multi_outlet.py).
LINK_AT = 0.68
SUGGEST_AT = 0.50
#: Candidate incidents start at most this many days before or after the account's interval: a UN
#: account dated by its visit weeks later, an incident dated by month ("in March").
LOOKBACK_DAYS = 45
#: Candidates lie within this distance of the account's place (a raion is about 40-60 km across).
NEARBY_KM = 40.0
#: What the rough pass (summary columns only) cannot see yet: what was hit and the victims.
UNSEEN = 0.25
MAX_CANDIDATES = 5000
#: Undated incidents near the account's place: a bound for regions full of them.
MAX_UNDATED = 500


@dataclass(frozen=True)
class Decision:
    """A change to an incident the linker made, for its history and the custody log."""

    incident_id: int
    action: str  # created | joined
    details: dict[str, Any]


@dataclass(frozen=True)
class Linked:
    """Where the account went and what the linker decided on the way, in order."""

    incident: IncidentRow
    decisions: tuple[Decision, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Candidate:
    """An incident on file and how well the account agrees with it."""

    incident_id: int
    agreement: Agreement


@functools.cache
def _blocking(region: bool, dated: bool, placed: bool) -> Select[*tuple[Any, ...]]:
    """The blocking query of one shape, made once with bound parameters (made anew for every account, the
    statement cost about what running it does): same region, near the place, in the date window or undated."""
    c = IncidentRow
    query = select(c.id, c.main_violation, c.violation_labels, c.date_start, c.date_end, c.location_name,
                   c.admin1, c.lat, c.lon)
    query = query.where(c.admin1 == bindparam("admin1") if region else c.admin1.is_(None))
    if dated:
        query = query.where(c.date_start >= bindparam("earliest"), c.date_start <= bindparam("latest"))
    else:
        query = query.where(c.date_start.is_(None))  # no ORDER BY: it would leave the covering index
    if placed:
        # farther than NEARBY_KM is another place whatever the text says (a victim who died in the city
        # hospital 30 km away puts the city in the account; the account still names the town)
        box = and_(c.lat.between(bindparam("south"), bindparam("north")),
                   c.lon.between(bindparam("west"), bindparam("east")))
        query = query.where(or_(c.lat.is_(None), box))
    return query.limit(bindparam("most"))


class _Summary(NamedTuple):
    """An incident's columns as the blocking query reads them."""

    id: int
    main_violation: str | None
    violation_labels: str | None
    date_start: dt.date | None
    date_end: dt.date | None
    location_name: str | None
    admin1: str | None
    lat: float | None
    lon: float | None


def _blocked(conn: Connection, profile: Profile, dated: bool, placed: Unwritten) -> list[Any]:
    """The incidents in the account's region near its place, in its date window (or undated): those this
    transaction holds (`placed.incidents`, perhaps changed and not yet written) as it holds them, the others
    as stored."""
    held = placed.incidents
    found: dict[str, Any] = {"most": MAX_CANDIDATES if dated else MAX_UNDATED}
    dated = bool(dated and profile.start and profile.end)
    placed_box = profile.lat is not None and profile.lon is not None
    if profile.admin1:
        found["admin1"] = profile.admin1
    if dated:
        assert profile.start is not None and profile.end is not None
        found.update(earliest=profile.start - dt.timedelta(days=LOOKBACK_DAYS),
                     latest=profile.end + dt.timedelta(days=LOOKBACK_DAYS))
    if placed_box:
        assert profile.lat is not None and profile.lon is not None
        dlat = NEARBY_KM / 111.0
        dlon = NEARBY_KM / (111.0 * max(0.2, math.cos(math.radians(profile.lat))))
        found.update(south=profile.lat - dlat, north=profile.lat + dlat, west=profile.lon - dlon,
                     east=profile.lon + dlon)
    shape = (bool(profile.admin1), dated, placed_box)
    key = (shape, tuple(sorted(found.items())))
    stored: list[Any] | None = placed.blocked.get(key)
    if stored is None:
        stored = list(conn.execute(_blocking(*shape), found).all())
        if len(stored) < found["most"]:  # all there is: kept for the batch's next account asking the same
            placed.blocked[key] = stored
    rows: list[Any] = [row for row in stored if row.id not in held]
    for incident in held.values():
        summary = _summary(incident, placed)
        if _within(summary, found, dated, placed_box):
            rows.append(summary)
    return rows


def _summary(incident: IncidentRow, placed: Unwritten) -> _Summary:
    """An incident held in memory as the blocking query reads it, made once for each state of its facts (its
    columns are set with them: store.convert.summarise_into)."""
    made = placed.summaries.get(incident.id)
    if made is not None and made[0] is incident.facts:
        return made[1]
    summary = _Summary(incident.id, incident.main_violation, incident.violation_labels, incident.date_start,
                       incident.date_end, incident.location_name, incident.admin1, incident.lat, incident.lon)
    placed.summaries[incident.id] = (incident.facts, summary)
    return summary


def _within(summary: _Summary, found: dict[str, Any], dated: bool, placed: bool) -> bool:
    """The blocking query's condition (`_blocking`), for an incident held in memory."""
    if summary.admin1 != found.get("admin1"):
        return False
    if dated != (summary.date_start is not None):
        return False
    if dated and not found["earliest"] <= summary.date_start <= found["latest"]:
        return False
    if not placed or summary.lat is None:
        return True
    return (summary.lon is not None and found["south"] <= summary.lat <= found["north"]
            and found["west"] <= summary.lon <= found["east"])


#: Statements linking runs for every account, made once (bound parameters; `ids` an expanding list).
_REPORTS_PUBLISHED = (select(AccountRow.incident_id, func.min(ReportRow.published), func.max(ReportRow.published))
                      .join(ReportRow, ReportRow.id == AccountRow.report_id)
                      .where(AccountRow.incident_id.in_(bindparam("ids", expanding=True)))
                      .group_by(AccountRow.incident_id))
_FACTS_OF = select(IncidentRow.id, IncidentRow.facts).where(IncidentRow.id.in_(bindparam("ids", expanding=True)))


def _taken(placed: Unwritten, report: ReportRow, account: AccountRow) -> set[int | None]:
    """The incidents the report's other accounts read from the same text (the report's, or that version's) have
    joined: its accounts collection, loaded once and added to as accounts are made, holds every one of them."""
    return {other.incident_id if other.id not in placed.accounts else placed.incident_of(other)
            for other in report.accounts if other is not account and other.version == account.version}


def _assumed_dates(conn: Connection, incident_ids: list[int],
                   placed: Unwritten) -> dict[int, tuple[dt.date, dt.date]]:
    """For undated incidents: where the weeks before each of their reports overlap (from the week before the
    latest report to the earliest), as a dated incident's date is where its accounts' dates overlap; an
    incident whose reports lie more than a week apart (an analyst's merge) keeps the week before its first
    report to its last. Stretching the window with each report let a channel's undated posts of two months
    join one incident. The stored reports' days are read once a transaction, those placed since added."""
    unread = [i for i in incident_ids if i not in placed.stored_days]
    if unread:
        placed.stored_days.update(dict.fromkeys(unread))
        placed.stored_days.update({i: (first, last) for i, first, last
                                   in conn.execute(_REPORTS_PUBLISHED, {"ids": unread})})
    week = dt.timedelta(days=ASSUMED_DAYS)
    found = {}
    for incident_id in incident_ids:
        days = placed.days(incident_id)
        if days is not None:
            first, last = days
            found[incident_id] = (last - week, first) if last - week <= first else (first - week, last)
    return found


def candidates(session: Session, profile: Profile, published: dt.date | None = None) -> list[Candidate]:
    """Incidents in the account's region and date window, best agreement first (vetoed ones dropped).

    An undated account or incident is compared on an assumed date (Profile.assuming), which agrees
    more weakly than a stated one.
    """
    profile = profile.assuming(published)
    placed = unwritten(session)
    if not in_memory(session):  # else what this transaction changed is read from memory, beside the store
        session.flush()
    # the searches read through the connection: an ORM statement each, with its autoflush, cost as much as
    # running it
    conn = session.connection()
    rows = []
    if profile.start is not None:
        rows += _blocked(conn, profile, True, placed)
    undated = _blocked(conn, profile, False, placed)
    assumed = _assumed_dates(conn, [row.id for row in undated], placed)
    rows += undated
    rough: list[tuple[float, int]] = []
    for row in rows:
        summary = _rough_profile(placed, row, assumed.get(row.id))
        if date_vetoes(profile, summary):  # as compare would say, without making every field and reason
            continue
        partial = compare(profile, summary, rough=True)
        # what was hit and the victims are unknown until the facts are read: allow for their best case
        if not partial.vetoes and partial.confidence + UNSEEN >= SUGGEST_AT:
            rough.append((partial.confidence, row.id))
    rough.sort(reverse=True)
    found: list[Candidate] = []
    if rough:
        for incident_id, summary in _profiles(conn, placed, [incident_id for _, incident_id in rough[:50]]).items():
            if incident_id in assumed:
                start, end = assumed[incident_id]
                summary = replace(summary, start=start, end=end, assumed=True)
            agreement = compare(profile, summary)
            if not agreement.vetoes:
                found.append(Candidate(incident_id, agreement))
    found.sort(key=lambda cand: (-cand.agreement.confidence, -cand.incident_id))
    return found


def _rough_profile(placed: Unwritten, row: Any, assumed: tuple[dt.date, dt.date] | None) -> Profile:
    """An incident as the rough pass compares it (its blocking row's columns; `assumed`: its assumed dates when
    undated), made once for each row object and assumed dates: the same rows come back to every account of a
    batch in a region (`_blocked` keeps them; a held incident's row is made again only when its facts change)."""
    made = placed.rough.get(row.id)
    if made is not None and made[0] is row and made[1] == assumed:
        return typed(Profile, made[2])
    labels = tuple(v for v in (row.violation_labels or "").split("|") if v)
    if row.main_violation in labels:
        labels = (row.main_violation, *(v for v in labels if v != row.main_violation))
    start, end = assumed if assumed is not None else (row.date_start, row.date_end)
    summary = Profile(labels, start, end, row.location_name, row.admin1, row.lat, row.lon, assumed=assumed is not None)
    placed.rough[row.id] = (row, assumed, summary)
    return summary


def _profiles(conn: Connection, placed: Unwritten, ids: list[int]) -> dict[int, Profile]:
    """The incidents as linking compares them: those this transaction holds from their facts as it holds them,
    the others as stored; each made once for each state of its facts (a summary replaces the facts whole)."""
    found: dict[int, Profile] = {}
    unread = []
    for incident_id in ids:
        held = placed.incidents.get(incident_id)
        facts = held.facts if held is not None else None
        made = placed.profiles.get(incident_id)
        if made is not None and (facts is None or made[0] is facts):
            found[incident_id] = made[1]
        elif facts is not None:
            found[incident_id] = incident_profile(facts)
            placed.profiles[incident_id] = (facts, found[incident_id])
        else:
            unread.append(incident_id)
    for incident_id, facts in conn.execute(_FACTS_OF, {"ids": unread}) if unread else ():
        found[incident_id] = incident_profile(facts)
        placed.profiles[incident_id] = (facts, found[incident_id])
    return found


def incident_profile(facts: dict[str, Any]) -> Profile:
    """An incident as linking compares it: its summary, what its accounts say was hit, its latest report."""
    record = facts.get("corroboration") or {}
    latest = record.get("latest_report")
    return Profile.of(IncidentFacts.from_contract(facts), Descriptors.from_list(record.get("described")),
                      dt.date.fromisoformat(latest) if latest else None)


def account_profile(account: AccountRow, report: ReportRow | None, text: str | None = None) -> Profile:
    """An account as linking compares it, with the objects and weapons its text names (`text`: the edited
    version's it was read from; else the report's)."""
    facts = IncidentFacts.from_contract(account.facts)
    if report is None:
        return Profile.of(facts)
    alone = sum(1 for other in report.accounts if other.version == account.version) <= 1
    text = report.text if text is None else text
    start, end = facts.span
    own = text if alone or end <= start else text[start:end]
    return replace(Profile.of(facts, of_account(text, facts.span, alone), report.published), text=words(own))


class Linker:
    """Joins each new account to its incident or opens a new one, and says why.

    Works inside the caller's transaction; the services record its decisions (history and
    custody log) as the linker's, in the unit of work of the person who ingested the report.
    """

    def __init__(self, *, link_at: float = LINK_AT, suggest_at: float = SUGGEST_AT) -> None:
        self.link_at = link_at
        self.suggest_at = suggest_at

    def _best_not_told_apart(self, session: Session, found: list[Candidate], account: AccountRow,
                             report: ReportRow) -> list[Candidate]:
        """The candidates from the first (best first) that holds no account the same publisher dated to
        another day (`told_apart`: a channel's 'overnight' on two mornings is two nights, whatever else
        agrees); only the first left is used, so the incidents after it are not read."""
        if not report.publisher:
            return found
        own = told_dates(account, report.published)
        for index, cand in enumerate(found):
            if cand.agreement.confidence < self.suggest_at:
                return found[index:]
            told = unwritten(session).told_by_publisher(session, cand.incident_id, report.publisher)
            if not any(told_apart(own, other) for other in told):
                return found[index:]
        return []

    def __call__(self, session: Session, account: AccountRow) -> Linked:
        placed = unwritten(session)
        if account.id is None and in_memory(session):  # named now: its incident lists it before it is written
            [account.id] = next_ids(session, AccountRow, 1, after=max(placed.accounts, default=None))
        report = account.report or (session.get(ReportRow, account.report_id) if account.report_id else None)
        profile = account_profile(account, report, reads.version_text(session, report.id, account.version)
                                  if report is not None and account.version is not None else None)
        found = candidates(session, profile, report.published if report is not None else None)
        if found and report is not None:
            taken = _taken(placed, report, account)
            # one text, one account each: an edited version's account may join the incident its first told
            found = [cand for cand in found if cand.incident_id not in taken]
            found = self._best_not_told_apart(session, found, account, report)
        best = found[0] if found and found[0].agreement.confidence >= self.suggest_at else None
        decisions: list[Decision] = []
        if best is not None and best.agreement.confidence >= self.link_at:
            incident = placed.incidents.get(best.incident_id)
            if incident is None:  # not changed in this transaction (those are held): as stored, nothing to flush
                with session.no_autoflush:
                    incident = session.get(IncidentRow, best.incident_id)
            assert incident is not None
            placed.hold(incident)
            method, agreement = "auto", best.agreement
        else:
            incident = placed.hold(open_incident(session, flush=not in_memory(session)))
            method = "new"
            agreement = best.agreement if best else Agreement({}, (), 0.0)
            decisions.append(Decision(incident.id, "created", {"by": "linker"}))
        account.incident = incident
        session.add(account)
        if account.id is not None:
            placed.place(account, incident.id)
        why = agreement.why() if method == "auto" else {"nearest": best.incident_id if best else None,
                                                         **(best.agreement.why() if best else {})}
        # a new incident's link is as sure as the nearest incident on file is unlike it
        confidence = agreement.confidence if method == "auto" else 1.0 - (best.agreement.confidence
                                                                           if best else 0.0)
        add_link(session, account, incident.id, method, confidence, why)
        if method == "new" and best is not None:
            session.add(LinkSuggestionRow(account=account, incident_id=best.incident_id,
                                          confidence=best.agreement.confidence, why=best.agreement.why(),
                                          status="open"))
        refresh_incident(session, incident)
        if method == "auto":
            decisions.append(Decision(incident.id, "joined", {"account_id": account.id, **why}))
        return Linked(incident, tuple(decisions))
