"""Every table, on one `Base.metadata`: importing any of them registers them all.

Migrations in store/migrations create exactly these tables; a test checks the two agree.
"""

from warcrimes.store.schema.base import Base, CanonicalJSON, utcnow
from warcrimes.store.schema.corroboration import (
    LINKING_INDEX,
    FingerprintBandRow,
    IncidentHistoryRow,
    IncidentLinkRow,
    LinkSuggestionRow,
    ReportFingerprintRow,
)
from warcrimes.store.schema.custody import (
    CheckpointRow,
    CustodyEntryRow,
    CustodyNodeRow,
    EvidenceIncidentRow,
    EvidenceRow,
)
from warcrimes.store.schema.registry import (
    DetentionPlaceRow,
    ExchangeRow,
    IncidentPersonLinkRow,
    ListImportRow,
    MatchCandidateRow,
    PersonRow,
    PersonTermRow,
    PersonViewRow,
    StatusEntryRow,
)
from warcrimes.store.schema.reports import AccountRow, IncidentRow, ReportRow, StatisticRow
from warcrimes.store.schema.sources import ReportEvidenceRow, ReportVersionRow
from warcrimes.store.schema.users import LoginThrottleRow, SessionRow, UserRow
from warcrimes.store.schema.versioning import StoreVersionRow

__all__ = ["LINKING_INDEX", "AccountRow", "Base", "CanonicalJSON", "CheckpointRow", "CustodyEntryRow",
           "CustodyNodeRow", "DetentionPlaceRow", "EvidenceIncidentRow", "EvidenceRow", "ExchangeRow",
           "FingerprintBandRow",
           "IncidentHistoryRow", "IncidentPersonLinkRow", "ListImportRow", "MatchCandidateRow", "PersonRow",
           "PersonTermRow", "PersonViewRow", "StatusEntryRow",
           "IncidentLinkRow", "IncidentRow", "LinkSuggestionRow", "LoginThrottleRow", "ReportFingerprintRow",
           "ReportEvidenceRow", "ReportRow", "ReportVersionRow", "SessionRow", "StatisticRow", "StoreVersionRow",
           "UserRow", "utcnow"]
