"""Optional RFC 3161 timestamps of checkpoints from a configured authority, queued while offline.

Off unless WARCRIMES_TSA_URL names a time-stamping authority. The log never depends on them:
a token only adds a third party's statement that a checkpoint (and so every entry it covers)
existed at a given time. Requests and tokens are plain files under WARCRIMES_HOME/timestamps/:
`checkpoint-<id>.tsq` waits until it is sent, `checkpoint-<id>.tsr` is the authority's reply, to be
checked with `openssl ts -verify -queryfile ….tsq -in ….tsr -CAfile <authority's CA>`.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from warcrimes.errors import ConfigError

#: DER of AlgorithmIdentifier { id-sha256 (2.16.840.1.101.3.4.2.1), NULL } (RFC 5754).
SHA256_ALGORITHM = bytes.fromhex("300d06096086480165030402010500")
GRANTED = (0, 1)  # PKIStatus granted, grantedWithMods (RFC 3161 section 2.4.2)
TIMEOUT_S = 20

#: Posts a request to the authority and returns its reply (replaced in tests).
Sender = Callable[[str, bytes], bytes]


class TimestampRefused(ConfigError):
    """The authority answered, but not with a granted token."""


@dataclass(frozen=True)
class TimestampOutcome:
    checkpoint_id: int
    status: str  # granted | queued | refused
    detail: str = ""


def tsa_url(environ: dict[str, str] | None = None) -> str | None:
    env = os.environ if environ is None else environ
    return env.get("WARCRIMES_TSA_URL") or None


def _length(n: int) -> bytes:
    if n < 0x80:
        return bytes([n])
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(raw)]) + raw


def _tlv(tag: int, content: bytes) -> bytes:
    return bytes([tag]) + _length(len(content)) + content


def _integer(n: int) -> bytes:
    return _tlv(0x02, n.to_bytes(n.bit_length() // 8 + 1, "big"))


def request_for(note: str, nonce: int | None = None) -> bytes:
    """DER TimeStampReq (RFC 3161 section 2.4.1) over SHA-256 of the signed note, asking for the
    authority's certificate in the reply."""
    imprint = _tlv(0x30, SHA256_ALGORITHM + _tlv(0x04, hashlib.sha256(note.encode("utf-8")).digest()))
    nonce = secrets.randbits(63) if nonce is None else nonce
    return _tlv(0x30, _integer(1) + imprint + _integer(nonce) + b"\x01\x01\xff")


def _read(der: bytes, at: int, tag: int) -> tuple[int, int]:
    """(start of content, end of content) of the element of `tag` at `at`."""
    if at + 2 > len(der) or der[at] != tag:
        raise TimestampRefused("the authority's reply is not a TimeStampResp (RFC 3161)")
    first = der[at + 1]
    start = at + 2
    if first & 0x80:
        count = first & 0x7F
        length = int.from_bytes(der[start:start + count], "big")
        start += count
    else:
        length = first
    if start + length > len(der):
        raise TimestampRefused("the authority's reply is cut short")
    return start, start + length


def reply_status(der: bytes) -> int:
    """PKIStatus of a TimeStampResp: SEQUENCE { PKIStatusInfo SEQUENCE { status INTEGER ... } ... }."""
    outer, _ = _read(der, 0, 0x30)
    info, _ = _read(der, outer, 0x30)
    start, end = _read(der, info, 0x02)
    return int.from_bytes(der[start:end], "big", signed=True)


def post(url: str, request: bytes) -> bytes:
    req = urllib.request.Request(url, data=request, method="POST",
                                 headers={"Content-Type": "application/timestamp-query"})
    with urllib.request.urlopen(req, timeout=TIMEOUT_S) as reply:  # noqa: S310 - configured https URL
        return bytes(reply.read())


class TimestampQueue:
    """Requests waiting for the authority, and the tokens it granted, as files."""

    def __init__(self, home: Path) -> None:
        self.folder = home / "timestamps"

    def enqueue(self, checkpoint_id: int, note: str) -> Path:
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.folder / f"checkpoint-{checkpoint_id}.tsq"
        if not path.exists() and not path.with_suffix(".tsr").exists():
            temp = path.with_suffix(".tsq.part")
            temp.write_bytes(request_for(note))
            os.replace(temp, path)
        return path

    def pending(self) -> list[Path]:
        if not self.folder.is_dir():
            return []
        return sorted(p for p in self.folder.glob("checkpoint-*.tsq") if not p.with_suffix(".tsr").exists())

    def send(self, url: str, sender: Sender | None = None) -> list[TimestampOutcome]:
        """Send every waiting request; unreachable authority: they stay queued for next time."""
        sender = sender or post
        outcomes: list[TimestampOutcome] = []
        for query in self.pending():
            checkpoint_id = int(query.stem.removeprefix("checkpoint-"))
            try:
                reply = sender(url, query.read_bytes())
            except (urllib.error.URLError, OSError, TimeoutError) as exc:
                outcomes.append(TimestampOutcome(checkpoint_id, "queued", f"authority unreachable: {exc}"))
                continue
            try:
                status = reply_status(reply)
            except TimestampRefused as exc:
                outcomes.append(TimestampOutcome(checkpoint_id, "refused", str(exc)))
                continue
            if status not in GRANTED:
                outcomes.append(TimestampOutcome(checkpoint_id, "refused", f"PKIStatus {status}"))
                continue
            token = query.with_suffix(".tsr")
            temp = token.with_suffix(".tsr.part")
            temp.write_bytes(reply)
            os.replace(temp, token)
            outcomes.append(TimestampOutcome(checkpoint_id, "granted", str(token)))
        return outcomes
