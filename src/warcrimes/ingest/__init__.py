"""Ingest: read report files safely, attach their metadata, store them with what extraction found."""

from warcrimes.ingest.batch import FileOutcome, IngestSummary, ingest_file, ingest_paths
from warcrimes.ingest.metadata import ReportMetadata

__all__ = ["FileOutcome", "IngestSummary", "ReportMetadata", "ingest_file", "ingest_paths"]
