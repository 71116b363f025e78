"""Optional RFC 3161 timestamps: DER requests, queued while the authority is unreachable."""

from __future__ import annotations

import hashlib
import urllib.error
from pathlib import Path

import pytest

from warcrimes.custody import timestamps
from warcrimes.custody.timestamps import TimestampQueue, reply_status, request_for
from warcrimes.errors import ConfigError
from warcrimes.services.custody import make_checkpoint, timestamp_checkpoint
from warcrimes.store import Store

NOTE = "warcrimes.custody/0011223344556677\n3\nAAAA\n\n\u2014 x y\n"
#: TimeStampResp { PKIStatusInfo { granted } } without a token: enough for the status check.
GRANTED = bytes.fromhex("30053003020100")
REJECTED = bytes.fromhex("30053003020102")


def test_request_is_der_with_the_sha256_of_the_note_and_asks_for_the_certificate() -> None:
    der = request_for(NOTE, nonce=0x0102)
    digest = hashlib.sha256(NOTE.encode()).digest()
    assert der[0] == 0x30 and der[1] == len(der) - 2
    assert der[2:5] == b"\x02\x01\x01"  # version 1
    assert timestamps.SHA256_ALGORITHM + b"\x04\x20" + digest in der
    assert der.endswith(b"\x02\x02\x01\x02\x01\x01\xff")  # nonce, certReq TRUE


def test_reply_status_reads_pkistatus() -> None:
    assert reply_status(GRANTED) == 0 and reply_status(REJECTED) == 2
    with pytest.raises(timestamps.TimestampRefused):
        reply_status(b"<html>not a tsa</html>")


def test_request_waits_while_offline_and_is_sent_later(tmp_path: Path) -> None:
    queue = TimestampQueue(tmp_path)
    queue.enqueue(4, NOTE)

    def offline(_url: str, _request: bytes) -> bytes:
        raise urllib.error.URLError("network is unreachable")

    assert [o.status for o in queue.send("https://tsa.example", offline)] == ["queued"]
    assert queue.pending() == [tmp_path / "timestamps" / "checkpoint-4.tsq"]
    sent: list[bytes] = []
    outcomes = queue.send("https://tsa.example", lambda _u, req: sent.append(req) or GRANTED)
    assert [o.status for o in outcomes] == ["granted"] and queue.pending() == []
    assert (tmp_path / "timestamps" / "checkpoint-4.tsr").read_bytes() == GRANTED
    assert sent == [(tmp_path / "timestamps" / "checkpoint-4.tsq").read_bytes()]


def test_refused_request_stays_queued(tmp_path: Path) -> None:
    queue = TimestampQueue(tmp_path)
    queue.enqueue(1, NOTE)
    assert queue.send("https://tsa.example", lambda _u, _r: REJECTED)[0].status == "refused"
    assert len(queue.pending()) == 1


def test_timestamps_are_off_by_default(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WARCRIMES_TSA_URL", raising=False)
    make_checkpoint(store)
    assert not (store.settings.home / "timestamps").exists()
    with pytest.raises(ConfigError, match="WARCRIMES_TSA_URL"):
        timestamp_checkpoint(store)


def test_configured_authority_timestamps_the_latest_checkpoint(store: Store,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WARCRIMES_TSA_URL", "https://tsa.example")
    monkeypatch.setattr(timestamps, "post", lambda _u, _r: GRANTED)
    point = make_checkpoint(store)
    assert timestamp_checkpoint(store, sender=lambda _u, _r: GRANTED) == []  # already granted
    assert (store.settings.home / "timestamps" / f"checkpoint-{point.id}.tsr").exists()
