"""Extraction: from a report's text to incidents and statistics (pure functions, no I/O)."""

from warcrimes.extract.engine.pipeline import EXTRACTOR_VERSION, extract

__all__ = ["EXTRACTOR_VERSION", "extract"]
