"""`warcrimes extract`: what extraction reads in report files, storing nothing.

Kept apart from services/ingest.py so that reading and extracting a file imports no database
layer: SQLAlchemy and Alembic cost about 0.55 s of CPU at start-up (docs/extraction.md, speed).
The formats' readers and the metadata rules are ingest's own, so both paths read a file alike.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass
from pathlib import Path

from warcrimes.domain.records import Extraction
from warcrimes.errors import BadInputError
from warcrimes.extract import extract
from warcrimes.extract.engine.language import available, load
from warcrimes.extract.engine.pipeline import settle_collector
from warcrimes.ingest.formats import Limits, SourceFile, format_of
from warcrimes.ingest.metadata import ReportMetadata, metadata_for, source_metadata
from warcrimes.language_id import identify, language_runs


@dataclass(frozen=True)
class FileExtraction:
    """One file's extraction, the size of its text in words (split on whitespace, as
    bench/bench_extract.py counts them) and the CPU seconds spent before extracting it on loading
    the rules of a language met for the first time, so a batch can state its rate honestly."""

    extraction: Extraction
    words: int
    loading: float = 0.0


def extract_file(path: Path, published: dt.date | None, max_bytes: int, *,
                 follow_symlinks: bool = False) -> FileExtraction:
    """What extraction reads in one single-report file, storing nothing (`warcrimes extract`)."""
    source = SourceFile(str(path), path=path, follow_symlinks=follow_symlinks)
    drafts = list(format_of(source).read(source, Limits(max_file_bytes=max_bytes)))
    if len(drafts) != 1:
        raise BadInputError(f"{path}: holds {len(drafts)} reports (an export or web archive); "
                            "`warcrimes ingest` stores and extracts each of them")
    meta = metadata_for(drafts[0], path, source_metadata(path, ReportMetadata(published=published)))
    assert meta.published is not None
    text = drafts[0].text
    loading = _load_rules(text)
    return FileExtraction(extract(text, meta.published), len(text.split()), loading)


def _load_rules(text: str) -> float:
    """Load the rules of the languages `text` is in (a no-op once loaded); CPU seconds spent loading. The
    language identification is not counted: extract() asks for the same text's verdict and runs, which
    language_id remembers for the last text, so each report is identified once and that once is the
    report's (docs/extraction.md, speed pass 4)."""
    found = identify(text)
    codes = {code for _, _, code in language_runs(text)} if found.language == "mixed" else {found.language}
    started = time.process_time()
    for code in sorted(codes & available()):
        load(code).tokenise(" ")  # compiles its patterns and teaches its lemmatizer their lemmas
    return time.process_time() - started


def prepare() -> None:
    """Load what every English extraction needs (lexicons, patterns, the gazetteer and its automaton)
    by extracting one short sentence, so a batch can time its start-up apart from its reports, then
    settle the cyclic collector for a process that extracts many (engine/pipeline.settle_collector).
    Ukrainian and Russian rules still load with the first report in those languages."""
    extract("Russian forces shelled Kherson on Monday, the governor said.", dt.date(2024, 1, 1), language="en")
    settle_collector()


def internal_error(path: Path, exc: Exception) -> str:
    """The one line for a file that broke the program rather than a rule: what of it was not yet
    stored stays unstored (its transaction rolled back) and the other files of the batch go on."""
    detail = " ".join(str(exc).split())[:200]
    return (f"{path}: internal error ({type(exc).__name__}: {detail}); this is a bug in warcrimes, please "
            "report it")
