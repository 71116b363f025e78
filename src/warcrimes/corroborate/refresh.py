"""Recompute an incident from all its accounts: summary facts, counts, originators, verification.

Called by the services whenever an account joins or leaves (link, merge, split) inside that
transaction. The result lands in the incident's columns (via store.convert.summarise_into) and, under the key
"corroboration", in its facts JSON, which the CLI and web render as they are.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from warcrimes.corroborate import counts as counting
from warcrimes.corroborate.descriptors import Descriptors, of_account
from warcrimes.corroborate.edits import apply_edits
from warcrimes.corroborate.fingerprints import groups_of
from warcrimes.corroborate.independence import assess_independence, record
from warcrimes.corroborate.sources import AccountView, SourceGrouping
from warcrimes.corroborate.summary import Combined
from warcrimes.corroborate.unwritten import in_memory, unwritten
from warcrimes.corroborate.verification import assess
from warcrimes.domain.facts import IncidentFacts
from warcrimes.store import convert, reads
from warcrimes.store.schema import AccountRow, IncidentRow, utcnow


def account_views(session: Session, accounts: list[AccountRow]) -> list[AccountView]:
    """The accounts as summarising sees them, with their reports' near-duplicate groups."""
    groups = groups_of(session, (a.report_id for a in accounts))
    reads.load_accounts_of([a.report for a in accounts if a.report is not None])  # one query, not one a report
    views = []
    for a in accounts:
        facts = IncidentFacts.from_contract(a.facts)
        described = of_account(a.text, facts.span, alone(a)) if a.report else Descriptors()
        views.append(AccountView(a.id, a.report_id, facts, a.report.publisher if a.report else None,
                                 a.report.published if a.report else None, groups.get(a.report_id), described))
    return views


def alone(account: AccountRow) -> bool:
    """Whether the account is the only one read from its text (then the whole text tells it)."""
    return sum(1 for other in account.report.accounts if other.version == account.version) <= 1


class HeldAccounts:
    """The accounts an import's last batch summarised, kept for its next batch (a unit of work each): each one's
    view and its row with its report, which the verdicts read. A channel's posts keep joining the incidents of
    the nights before, and reading each incident touched whole again, every account with its whole report, was
    a tenth of the storing process at 4,000 posts (cProfile). Exact because an account, its report and its
    report's near-copy group never change once written (neither is ever deleted: a merge or a split moves
    accounts, which incidents hold them is read from the store every batch); a view whose report had no
    near-copy group yet is not kept. Only the accounts of the incidents the last batch touched are kept."""

    def __init__(self) -> None:
        self.views: dict[int, AccountView] = {}
        self.rows: dict[int, AccountRow] = {}
        #: incident id -> its summary so far, of the incidents the last batch touched (`Summing`)
        self.sums: dict[int, Summing] = {}

    def keep(self, account_ids: set[int]) -> None:
        """Keep these accounts' views and rows (those whose report has a near-copy group), and no others."""
        self.views = {i: view for i, view in self.views.items() if i in account_ids and view.group_id is not None}
        self.rows = {i: row for i, row in self.rows.items() if i in self.views}


#: session.info key: incidents whose originators and verification wait for the end of `verdicts_deferred`.
_PENDING = "warcrimes.verdicts_pending"
#: session.info key: each account's view, made once inside `verdicts_deferred` (nothing there changes an
#: account, its report or its report's near-copy group once the account is linked).
_VIEWS = "warcrimes.views_held"
#: session.info key: the account rows (with their reports) those views were made from, for the verdict pass.
_ROWS = "warcrimes.account_rows_held"
#: session.info key: incident id -> `Summing`, its summary so far, inside `verdicts_deferred`.
_SUMS = "warcrimes.sums_held"
#: The parts of the corroboration record only the verdict pass writes (linking never reads them).
_VERDICT_KEYS = ("independent_sources", "originators", "not_counted", "evidence", "verification")


@contextmanager
def verdicts_deferred(session: Session, carried: HeldAccounts | None = None) -> Iterator[None]:
    """Inside, refresh_incident updates at once what linking reads (the summary, what was hit, the latest
    report) and leaves each incident's originators and verification to one pass at the end, worked out
    from the last summary as a refresh at that join would have: a batch of a channel's posts joins the
    same incidents many times, and reading every account's report for its citations each time made an
    import quadratic. `carried`: the accounts an import's batch before summarised (HeldAccounts)."""
    if _PENDING in session.info:  # nested: the outer block finishes
        yield
        return
    pending: dict[int, IncidentFacts] = {}
    session.info[_PENDING] = pending
    session.info[_VIEWS] = carried.views if carried is not None else {}
    held: dict[int, AccountRow] = carried.rows if carried is not None else {}
    session.info[_ROWS] = held
    sums: dict[int, Summing] = carried.sums if carried is not None else {}
    session.info[_SUMS] = sums
    try:
        yield
        session.flush()
        summarised: set[int] = set()
        # what every verdict reads, read first for all the batch's incidents: a query an incident (its accounts,
        # its evidence) autoflushed the incident before it, one flush an incident (a tenth of the storing process)
        incidents, account_ids, evidence = _verdict_reads(session, held, sorted(pending))
        for incident_id, summary in sorted(pending.items()):
            incident = incidents.get(incident_id)
            if incident is None:
                continue
            rows = [held[i] for i in account_ids[incident_id]]
            summarised.update(row.id for row in rows)
            judged = _verdict(incident, rows, summary, evidence.get(incident_id, 0))
            record = dict((incident.facts or {}).get("corroboration") or {})
            record.update(judged)  # the keys exist already, in their places: the record reads as before
            incident.facts = {**incident.facts, "corroboration": record}
        if carried is not None:
            carried.keep(summarised)
            carried.sums = {i: sums[i] for i in pending if i in sums}
    except BaseException:
        if carried is not None:  # what this block read or made may never be written
            carried.keep(set())
            carried.sums = {}
        raise
    finally:
        session.info.pop(_PENDING, None)
        session.info.pop(_VIEWS, None)
        session.info.pop(_ROWS, None)
        session.info.pop(_SUMS, None)


def _verdict_reads(session: Session, held: dict[int, AccountRow], incident_ids: list[int]
                   ) -> tuple[dict[int, IncidentRow], dict[int, list[int]], dict[int, int]]:
    """The incidents (those still there), each one's account ids in id order, and its evidence count; the
    accounts not in `held` are read into it with their reports (those summarised in this block are there:
    each was read again with its whole report for the verdict, an incident of n accounts n rows a batch)."""
    incidents = {row.id: row for start in range(0, len(incident_ids), _IN_LIST)
                 for row in session.scalars(select(IncidentRow).where(
                     IncidentRow.id.in_(incident_ids[start:start + _IN_LIST])))}
    account_ids = reads.account_ids_of_incidents(session, incidents)
    missing = sorted({i for ids in account_ids.values() for i in ids if i not in held})
    for start in range(0, len(missing), _IN_LIST):
        held.update((row.id, row) for row in reads.accounts_with_reports(
            session, account_ids=missing[start:start + _IN_LIST]))
    return incidents, account_ids, reads.evidence_counts(session, incidents)


#: Ids per IN list.
_IN_LIST = 500


def refresh_incident(session: Session, incident: IncidentRow) -> None:
    """Summarise the incident again from every account it now holds, with an analyst's edits over it."""
    pending: dict[int, IncidentFacts] | None = session.info.get(_PENDING)
    edits = (incident.facts or {}).get("edits") or {}
    held: dict[int, AccountView] | None = session.info.get(_VIEWS)
    rows: list[AccountRow] = []
    if held is None or pending is None:
        session.flush()
        rows = reads.accounts_with_reports(session, incident.id)
        views = account_views(session, rows)
    elif in_memory(session):  # the accounts linking placed and has not written are read from memory
        views = _held_views(session, held, unwritten(session).account_ids(session, incident.id))
    else:
        session.flush()
        views = _held_views(session, held, reads.account_ids_of(session, incident.id))
    sums: dict[int, Summing] | None = session.info.get(_SUMS)
    summing = Summing.of(views, sums.get(incident.id) if sums is not None else None)
    if sums is not None:
        sums[incident.id] = summing
    sources = summing.grouping.sources()
    found = counting.derive(views, sources)
    summary = apply_edits(summing.combined.facts(found), edits)
    if pending is None:
        judged = _verdict(incident, rows, summary,
                          reads.evidence_counts(session, [incident.id]).get(incident.id, 0))
    else:
        pending[incident.id] = summary
        judged = dict.fromkeys(_VERDICT_KEYS)  # placeholders, filled in when the block ends
    convert.summarise_into(incident, summary)
    latest = max((v.published for v in views if v.published), default=None)
    incident.facts = {**incident.facts, **({"edits": edits} if edits else {}), "corroboration": {
        "accounts": [v.account_id for v in views],
        "described": summing.described.to_list(),
        "latest_report": latest.isoformat() if latest else None,
        "independent_sources": judged["independent_sources"],
        "originators": judged["originators"],
        "not_counted": judged["not_counted"],
        "evidence": judged["evidence"],
        "sources": [{"label": s.label, "accounts": list(s.account_ids), "grouped_by": list(s.reasons)}
                    for s in sources],
        "counts": found.to_dict(),
        "verification": judged["verification"],
    }}
    incident.updated_at = utcnow()


def _held_views(session: Session, held: dict[int, AccountView], account_ids: list[int]) -> list[AccountView]:
    """The views of these accounts, reading (with their reports) only those not seen before: an incident
    that 80 accounts join was read whole at each join, 60% of a Telegram import's time (cProfile)."""
    missing = [i for i in account_ids if i not in held]
    if missing:
        # the accounts linking just placed are this session's own objects (their reports too): no query for them
        placed = unwritten(session).accounts
        here = [row for i in missing if (row := placed.get(i) or session.identity_map.get(identity_key(AccountRow, i)))
                is not None]
        rest = sorted(set(missing) - {row.id for row in here})
        with session.no_autoflush:  # what is not written yet is read from memory
            rows = [*here, *(reads.accounts_with_reports(session, account_ids=rest) if rest else [])]
            held.update((view.account_id, view) for view in account_views(session, rows))
        session.info.get(_ROWS, {}).update((row.id, row) for row in rows)
    return [held[i] for i in account_ids]


def _verdict(incident: IncidentRow, rows: list[AccountRow], summary: IncidentFacts, evidence: int) -> dict[str, Any]:
    """The independent originators every account's report cites, and the verification they support (`evidence`:
    the items tied to the incident)."""
    originators = assess_independence(rows, summary)
    kept = record(originators, [kind for a in rows for kind in IncidentFacts.from_contract(a.facts).evidence])
    found = assess(originators, len(rows), kept["evidence"], evidence_items=evidence, status=incident.status)
    return {"independent_sources": originators.count, **kept, "verification": found.to_dict()}


class Summing:
    """An incident's accounts summarised so far: their sources grouped (`SourceGrouping`), their facts combined
    (`Combined`), what they say was hit. At each join of a batch the incident was summarised again over every
    account it holds (a tenth of the storing process at 10,000 posts, cProfile); now the accounts that joined
    are added to the summary of those before, when those are the same views in the same order (the views are
    made once an import and never change; the incident's accounts are in id order, and a new account's id is
    the highest), and otherwise it is made again from all of them: the same sources, summary and descriptors."""

    def __init__(self) -> None:
        self.views: list[AccountView] = []
        self.grouping = SourceGrouping()
        self.combined = Combined()
        self.described = Descriptors()

    @classmethod
    def of(cls, views: list[AccountView], before: Summing | None) -> Summing:
        summing = before
        if summing is None or len(summing.views) > len(views) or any(
                a is not b for a, b in zip(summing.views, views, strict=False)):
            summing = cls()
        added = views[len(summing.views):]
        summing.views.extend(added)
        summing.grouping.add(added)
        summing.combined.add(added)
        for view in added:
            summing.described = summing.described.union(view.described) if not summing.described.empty \
                else view.described
        return summing
