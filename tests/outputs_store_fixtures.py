"""A small register in a real store for the output tests: every table the JSON Lines export carries has
rows (reports, incidents, accounts, links, a suggestion, history of a merge and a confirmation,
statistics, evidence and its link, custody entries, checkpoints). Texts are our own."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import create_engine, text

from corroboration_fixtures import DAY, facts, vague_facts
from warcrimes.config import Settings
from warcrimes.domain.facts import Location, StatisticFacts
from warcrimes.domain.hashing import content_hash
from warcrimes.domain.records import ExtractedIncident, ExtractedStatistic, Extraction, NewReport
from warcrimes.services import review
from warcrimes.services.custody import make_checkpoint
from warcrimes.services.evidence import EvidenceSource, add_evidence
from warcrimes.services.reports import add_report
from warcrimes.store import Store, open_store

#: A victim's name that only the reports hold: no export a viewer may have should carry it.
VICTIM = "Danylo Ostapchuk"
NEWS = (f"Regional prosecutors said three Ukrainian servicemen, among them {VICTIM}, were shot after "
        "surrendering near Robotyne on 4 March. A drone video of the killing was passed to investigators.")
STATEMENT = ("The Ombudsman's office said it had documented the execution of three captured soldiers near "
             "Robotyne and would write to the UN and the ICRC. About 3,000 Ukrainians are held captive.")
VAGUE = "Unconfirmed posts say prisoners were killed somewhere in Zaporizhzhia region this week."
KHERSON = ("Уранці 6 березня дрон скинув вибухівку на зупинку в Херсоні; загинула одна людина, "
           "повідомила обласна військова адміністрація.")


@dataclass(frozen=True)
class Register:
    robotyne: int  # confirmed, told by two reports, a video on file
    kherson: int  # single source, in Ukrainian
    vague: int  # its account has an open suggestion to join robotyne
    evidence_id: int
    report_hashes: tuple[str, ...]


def _report(store: Store, words: str, publisher: str, published: dt.date, extraction: Extraction,
            language: str = "en", url: str | None = None) -> tuple[int, ...]:
    original = words.encode("utf-8")
    outcome = add_report(store, NewReport(content_hash(original), original, words, "text/plain", published,
                                          language, f"{publisher.lower().replace(' ', '-')}.txt", publisher, url),
                         extraction, actor="intake.officer")
    return outcome.incidents


def register(store: Store, tmp_path: Path) -> Register:
    told = replace(facts(by="Regional prosecutors"), span=(0, len(NEWS)))  # the passage a dossier quotes
    [first] = _report(store, NEWS, "Southern Courier", DAY + dt.timedelta(days=1),
                      Extraction((ExtractedIncident(told),), extractor_version="test/1"),
                      url="https://courier.example/robotyne")
    count = StatisticFacts("held_captive", "mixed", 3000, "about", "persons", DAY, "Ombudsman")
    [second] = _report(store, STATEMENT, "Ombudsman", DAY + dt.timedelta(days=2),
                       Extraction((ExtractedIncident(replace(facts(by="Ombudsman"), span=(0, 120))),),
                                  (ExtractedStatistic(count),), extractor_version="test/1"))
    [vague] = _report(store, VAGUE, "Channel B", DAY + dt.timedelta(days=3),
                      Extraction((ExtractedIncident(vague_facts()),), extractor_version="test/1"))
    strike = facts(place=Location("Kherson", "Kherson Oblast", "UA", 46.6354, 32.6169, precision="settlement"),
                   label="attack_on_civilians", low=1, high=1, by="обласна військова адміністрація")
    strike = replace(strike, span=(0, len(KHERSON)))
    [kherson] = _report(store, KHERSON, "Херсонська ОВА", DAY + dt.timedelta(days=2),
                        Extraction((ExtractedIncident(strike),), language="uk", extractor_version="test/1"),
                        language="uk", url="https://t.me/example_ova/4410")
    if second != first:
        review.merge(store, first, second, actor="analyst.k")
    review.set_status(store, first, "confirmed", actor="analyst.k", note="the video matches the place")
    clip = tmp_path / "robotyne-drone.mp4"
    clip.write_bytes(b"\x00\x00\x00\x18ftypmp42" + bytes(range(256)) * 64)
    added = add_evidence(store, clip, EvidenceSource(first, "https://courier.example/clip", "OSINT desk"),
                         actor="osint.m")
    make_checkpoint(store)
    hashes = tuple(content_hash(t.encode("utf-8")) for t in (NEWS, STATEMENT, VAGUE, KHERSON))
    return Register(first, kherson, vague, added.evidence_id, hashes)


@contextmanager
def fresh_store_beside(store: Store, tmp_path: Path) -> Iterator[Store]:
    """Another empty store on the same backend as `store` (its own home, its own database or schema)."""
    home = tmp_path / f"other-{uuid.uuid4().hex[:6]}"
    home.mkdir(parents=True)
    if store.engine.dialect.name == "sqlite":
        other = open_store(Settings(home=home, database_url=f"sqlite:///{home / 'db.sqlite3'}"))
        try:
            yield other
        finally:
            other.engine.dispose()
        return
    base = store.engine.url.render_as_string(hide_password=False).split("?")[0]
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = f"{base}?options=-csearch_path%3D{schema}"
    other = open_store(Settings(home=home, database_url=url), url=url)
    try:
        yield other
    finally:
        other.engine.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
