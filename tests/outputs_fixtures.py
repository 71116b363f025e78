"""Material for dossiers and exports without a database: our own reports, a real signed log in memory.

The custody log here is the real thing at small scale: entries hashed as leaves (RFC 9162),
inclusion proofs computed from them, the checkpoint signed with a fresh Ed25519 key, so a
dossier built from it passes every check a recipient would make.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from warcrimes.custody import checkpoint as notes
from warcrimes.custody import keys, merkle
from warcrimes.custody.log import Entry
from warcrimes.domain.facts import DateInterval, IncidentFacts, Location, Perpetrator, Victims
from warcrimes.domain.hashing import content_hash
from warcrimes.domain.records import Account, Incident, Report
from warcrimes.outputs.assemble import DossierMaterial, EvidenceFile, SignedCheckpoint
from warcrimes.outputs.dossier import Provision, Scope
from warcrimes.outputs.provisions import ProvisionLookup, lookup_from

MADE_AT = dt.datetime(2025, 3, 20, 9, 30, tzinfo=dt.UTC)
STAMP = "2025-03-10T08:00:00.000000Z"

NEWS = ("Regional prosecutors said on Friday that soldiers of the 999th assault detachment shot three "
        "Ukrainian servicemen who had laid down their weapons near Kamianske, Zaporizhzhia Oblast, on "
        "3 March 2025. A drone recording of the shooting has been handed to investigators.")
UPDATE = ("The monitoring team received credible information that at least two captured soldiers were "
          "executed near Kamianske in early March. The team is seeking access to witnesses.")
TELEGRAM = ("Уранці 5 березня російські війська вдарили по зупинці громадського транспорту в Херсоні. "
            "Загинули двоє цивільних, ще четверо дістали поранення, повідомив голова обласної "
            "військової адміністрації.")

#: Article texts quoted from the treaties (public international law), for the dossier to cite.
PROVISIONS = (
    Provision("GC III art. 13", None, "Humane treatment of prisoners",
              "Prisoners of war must at all times be humanely treated.", "Geneva Convention (III), 1949"),
    Provision("Rome Statute art. 8(2)(a)(i)", None, "War crimes: wilful killing", "Wilful killing;",
              "Rome Statute of the International Criminal Court, 1998"),
)


def provisions() -> ProvisionLookup:
    return lookup_from(PROVISIONS)


def report(report_id: int, text: str, publisher: str, published: dt.date, language: str = "en",
           url: str | None = None) -> Report:
    original = text.encode("utf-8")
    return Report(report_id, content_hash(original), text, published, publisher, url, language,
                  f"report-{report_id}.txt", "text/plain", len(original),
                  dt.datetime(2025, 3, 10, 8, 0, tzinfo=dt.UTC))


def account(account_id: int, rep: Report, incident_id: int, facts: IncidentFacts) -> Account:
    return Account(account_id, rep.id, incident_id, facts, (), "test", dt.datetime(2025, 3, 10, tzinfo=dt.UTC),
                   rep.publisher, rep.url, rep.published)


@dataclass(frozen=True)
class SignedLog:
    """A log of entries in memory, signed: proofs for any entry against its checkpoint."""

    entries: tuple[Entry, ...]
    checkpoint: SignedCheckpoint
    private: Ed25519PrivateKey

    def proofs(self, indexes: Sequence[int]) -> dict[int, list[bytes]]:
        reader = merkle.list_reader([e.leaf_hash() for e in self.entries])
        size = len(self.entries)
        return {i: merkle.hash_ranges(merkle.inclusion_ranges(i, size), reader) for i in indexes}


def signed_log(changes: Sequence[tuple[str, str, dict]], private: Ed25519PrivateKey | None = None) -> SignedLog:
    """Entries for (action, subject, details) in order, and a checkpoint over all of them."""
    private = private or Ed25519PrivateKey.generate()
    entries = tuple(Entry(i, STAMP, "o.k", action, subject, details)
                    for i, (action, subject, details) in enumerate(changes))
    root = merkle.root(len(entries), merkle.list_reader([e.leaf_hash() for e in entries]))
    public = keys.raw_public(private.public_key())
    note = notes.sign(notes.Checkpoint(notes.origin_for(public), len(entries), root), private)
    vkey = notes.verifier_key(private.public_key()).text()
    return SignedLog(entries, SignedCheckpoint(note, vkey, keys.public_pem(private.public_key())), private)


def sample_material() -> DossierMaterial:
    """Two incidents: a killing of POWs told by two sources with a video on file; a strike told once."""
    news = report(1, NEWS, "Southern Courier", dt.date(2025, 3, 7), url="https://courier.example/kamianske")
    update = report(2, UPDATE, "Monitoring team", dt.date(2025, 3, 12), url="https://monitor.example/update-12")
    post = report(3, TELEGRAM, "Херсонська ОВА", dt.date(2025, 3, 5), "uk", "https://t.me/example_ova/4410")
    kamianske = Location("Kamianske", "Zaporizhzhia Oblast", "UA", 47.4833, 35.4167, precision="settlement")
    kherson = Location("Kherson", "Kherson Oblast", "UA", 46.6354, 32.6169, precision="settlement")
    told = IncidentFacts(("killing_hors_de_combat",), DateInterval(dt.date(2025, 3, 3), dt.date(2025, 3, 3)),
                         None, kamianske, Victims("pow", 3, 3), Perpetrator("RU", "999th assault detachment"),
                         ("Regional prosecutors",), ("video",), (0, len(NEWS)))
    monitored = IncidentFacts(("killing_hors_de_combat",), DateInterval(dt.date(2025, 3, 1), dt.date(2025, 3, 10)),
                              None, kamianske, Victims("pow", 2, None), Perpetrator(), ("Monitoring team",), (),
                              (0, UPDATE.index(" The team")))
    strike = IncidentFacts(("attack_on_civilians",), DateInterval(dt.date(2025, 3, 5), dt.date(2025, 3, 5)),
                           None, kherson, Victims("civilian", 2, 2), Perpetrator("RU"),
                           ("голова обласної військової адміністрації",), (), (0, len(TELEGRAM)))
    first = Incident(1, "confirmed", told, MADE_AT, MADE_AT,
                     (account(11, news, 1, told), account(12, update, 1, monitored)),
                     {"low": 2, "best": 3, "high": 3, "low_from": [12], "best_from": [11], "high_from": [11]},
                     2, {"level": "confirmed", "explanation": "Confirmed by an analyst. 2 accounts from 2 "
                                                                "independent sources."})
    second = Incident(2, "proposed", strike, MADE_AT, MADE_AT, (account(13, post, 2, strike),),
                      {"low": 2, "best": 2, "high": 2, "low_from": [13], "best_from": [13], "high_from": [13]},
                      1, {"level": "single_source", "explanation": "Single source: 1 account from 1 "
                                                                    "independent source."})
    video = EvidenceFile(5, "SHA-256:" + "ab" * 32, 48_213_771, "video/mp4", "kamianske-drone.mp4",
                         "https://courier.example/clip", "OSINT desk", (1,))
    log = signed_log([
        ("ingest", "SHA-256:" + "00" * 32, {"report_id": 99, "size": 10}),  # another incident's report
        *[(action, r.content_hash, {"report_id": r.id, "size": r.size, "published": r.published.isoformat()})
          for r in (news, update, post) for action in ("ingest", "extract")],
        ("evidence.add", video.content_hash, {"evidence_id": 5, "filename": video.filename, "size": video.size,
                                              "media_type": video.media_type}),
        ("evidence.link", video.content_hash, {"evidence_id": 5, "incident_id": 1}),
        ("incident.confirm", "incident:1", {"incident_id": 1}),
        ("ingest", "SHA-256:" + "01" * 32, {"report_id": 100, "size": 12}),
    ])
    cited = [e for e in log.entries if e.subject != "SHA-256:" + "00" * 32 and e.subject != "SHA-256:" + "01" * 32]
    return DossierMaterial([first, second], {r.id: r for r in (news, update, post)}, [video], cited,
                           log.proofs([e.index for e in cited]), log.checkpoint)


def sample_scope(title: str = "Dossier: killings and strikes in the south, March 2025") -> Scope:
    return Scope(title, MADE_AT, "o.k", {"period": "2025-03-01..2025-03-31", "oblast": "Zaporizhzhia, Kherson"})


def pdf_unavailable() -> str | None:
    """Why PDFs cannot be made and read back here, or None: poppler-utils and WeasyPrint's pango."""
    import shutil

    if shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None:
        return "poppler-utils (pdftotext, pdftoppm, pdfdetach) is not installed: apt-get install poppler-utils"
    try:
        import weasyprint  # noqa: F401  (loads pango through cffi)
    except OSError as exc:
        return f"WeasyPrint cannot load pango ({exc}): apt-get install libpango-1.0-0 libpangoft2-1.0-0"
    return None
