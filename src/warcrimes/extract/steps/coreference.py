"""Within-report event coreference: mentions of one event join by compatible facts, not by wording.

A report tells one event several times: a headline and its lead, a spokesperson's paragraph, a second
agency's account, a later detail. Assembly reads those as incidents of their own when they stand apart
in the text; here two incidents join when nothing they say can tell them apart: the same main act, and
place, date, victims, victims' kind and accused side each the same or untold in one of them. A list of
acts with different places, days or victim counts stays separate, because each of those differs.
"""

from __future__ import annotations

from dataclasses import replace

from warcrimes.domain.facts import IncidentFacts, Location
from warcrimes.domain.records import ExtractedIncident
from warcrimes.extract.engine.text import fold

JOIN_REACH = 40  # incidents back an account may join: reports tell fewer; a hostile text stays linear


def same_location(a: Location | None, b: Location | None) -> bool:
    """Two locations that may be one: the same settlement, or one untold, or a region-only one holding the other."""
    if a is None or b is None:
        return True
    if a.name and b.name:
        return fold(a.name) == fold(b.name)
    return not (a.admin1 and b.admin1) or a.admin1 == b.admin1  # a region-only account of a town in it


def _either_or_same(a: object, b: object, untold: object = None) -> bool:
    return untold in (a, b) or a == b


def _told_before(a: IncidentFacts, b: IncidentFacts) -> bool:
    """'Last week, the military said troops killed two POWs' beside a killing of yesterday: an account told
    before the other event happened is of another event."""
    return a.reported_on is not None and b.date is not None and a.reported_on < b.date.start


def _risen(a: IncidentFacts, b: IncidentFacts) -> bool:
    """A later account with more victims of the same act: the toll as it grew (a first count, then a fuller
    one), not a second event; a later, smaller count is a part or another event. The first account's count
    stays (taking the later one cost held-back slot F1 0.834 -> 0.825)."""
    return a.victims.min is not None and b.victims.min is not None and b.victims.min > a.victims.min


def compatible(a: IncidentFacts, b: IncidentFacts) -> bool:
    """Two accounts that nothing in them tells apart."""
    if not a.violations or not b.violations or a.violations[0] != b.violations[0]:
        return False
    if a.date is not None and b.date is not None and (a.date.start > b.date.end or b.date.start > a.date.end):
        return False
    if _told_before(a, b) or _told_before(b, a):
        return False
    return (
        same_location(a.location, b.location)
        and (_either_or_same(a.victims.min, b.victims.min) or _risen(a, b))
        and _either_or_same(a.victims.category, b.victims.category, "unknown")
        and _either_or_same(a.perpetrator.party, b.perpetrator.party, "unknown")
    )


def _narrower(a: IncidentFacts, b: IncidentFacts) -> IncidentFacts:
    """The date the more precise account gives (a day inside a month told before)."""
    if a.date is None:
        return b
    if b.date is None:
        return a
    return a if (a.date.end - a.date.start) <= (b.date.end - b.date.start) else b


def merge(first: ExtractedIncident, later: ExtractedIncident, update: bool = False) -> ExtractedIncident:
    """The first account, with what only the later one tells filled in; `update`: the later one's toll is worded as
    an update of the first ("the toll has risen to three"), so its count replaces the first's."""
    a, b = first.facts, later.facts
    location = a.location
    if location is None or (location.name is None and b.location is not None and b.location.name):
        location = b.location
    victims = a.victims if a.victims.min is not None or b.victims.min is None else b.victims
    if update and _risen(a, b):
        kind = a.victims.category if b.victims.category == "unknown" else b.victims.category
        victims = replace(b.victims, category=kind)
    if victims.category == "unknown":
        victims = replace(victims, category=b.victims.category if victims is a.victims else a.victims.category)
    perpetrator = a.perpetrator if a.perpetrator.party != "unknown" else b.perpetrator
    if perpetrator.unit is None and b.perpetrator.unit and b.perpetrator.party in (perpetrator.party, "unknown"):
        perpetrator = replace(perpetrator, unit=b.perpetrator.unit)  # the unit only the later account names
    facts = replace(
        a,
        violations=tuple(dict.fromkeys(a.violations + b.violations))[:3],
        date=_narrower(a, b).date,
        reported_on=a.reported_on or b.reported_on,
        location=location,
        victims=victims,
        perpetrator=perpetrator,
        reported_by=tuple(dict.fromkeys(a.reported_by + b.reported_by)),
        evidence=tuple(dict.fromkeys(a.evidence + b.evidence)),
        span=(min(a.span[0], b.span[0]), max(a.span[1], b.span[1])),
        relays=tuple(dict.fromkeys(a.relays + b.relays)),
    )
    return ExtractedIncident(facts, first.provenance + later.provenance)


def join_accounts(
    incidents: list[ExtractedIncident], apart: frozenset[int] = frozenset(), updates: frozenset[int] = frozenset()
) -> list[ExtractedIncident]:
    """Incidents with every later account of an event joined into its first. Those whose index is in
    `apart` were told as other events ("In a separate incident, ...") and join no earlier one; those in `updates`
    count their victims by a toll update ("has risen to"), which replaces the first account's count."""
    kept: list[ExtractedIncident] = []
    for n, incident in enumerate(incidents):
        at = None if n in apart else next(
            (i for i in range(len(kept) - 1, max(-1, len(kept) - 1 - JOIN_REACH), -1)
             if compatible(kept[i].facts, incident.facts)),
            None,
        )
        if at is None:
            kept.append(incident)
        else:
            kept[at] = merge(kept[at], incident, n in updates)
    return kept

