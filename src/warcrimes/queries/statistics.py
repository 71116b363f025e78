"""Statistics stated by the reports, and the series they make over time."""

from __future__ import annotations

from warcrimes.corroborate.series import Series, build
from warcrimes.domain.records import Statistic
from warcrimes.store import Store, convert, reads


def series(store: Store, measure: str | None = None, population: str | None = None) -> list[Series]:
    """Every series (or those of one measure / population), points in date order."""
    with store.transaction() as session:
        rows = reads.statistics_with_reports(session, measure, population)
    return build((stat, published, publisher, text) for stat, published, publisher, text in rows)


def list_statistics(store: Store, measure: str | None = None, report_id: int | None = None) -> list[Statistic]:
    with store.transaction() as session:
        return [convert.statistic(row) for row in reads.statistic_rows(session, measure, report_id)]
