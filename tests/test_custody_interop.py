"""Our checkpoints and proofs read by independent C2SP / RFC 9162 tooling (aics-tlog), and theirs by us.

aics-tlog needs Python >= 3.12 (our floor is 3.11), so it runs in its own interpreter:
set WARCRIMES_TLOG_PYTHON to a python with aics-tlog installed (default /tmp/tlog-venv/bin/python,
made with `python3.12 -m venv /tmp/tlog-venv && /tmp/tlog-venv/bin/pip install aics-tlog`).
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from warcrimes.custody.checkpoint import open_note, parse_vkey
from warcrimes.custody.log import Change, CustodyLog
from warcrimes.custody.verify import verifier_key_of
from warcrimes.queries.custody import consistency
from warcrimes.services.custody import make_checkpoint, prove_entry
from warcrimes.services.unit import custody_log
from warcrimes.store import Store

TLOG_PYTHON = os.environ.get("WARCRIMES_TLOG_PYTHON", "/tmp/tlog-venv/bin/python")


def _tlog_available() -> bool:
    if not Path(TLOG_PYTHON).exists():
        return False
    return subprocess.run([TLOG_PYTHON, "-c", "import aics_tlog"], capture_output=True).returncode == 0


pytestmark = pytest.mark.skipif(not _tlog_available(),
                                reason=f"aics-tlog is not importable by {TLOG_PYTHON}")

THEIR_CHECK = """
import json, sys
import aics_tlog as t
case = json.load(open(sys.argv[1]))
key = t.parse_vkey(case["vkey"])
out = {}
for name in ("inclusion", "old", "new"):
    note = t.parse_note(case[name + "_note"])
    out[name + "_checkpoint"] = t.verify_checkpoint(note, key).ok
inc = case["inclusion"]
cp = t.parse_checkpoint(t.parse_note(case["inclusion_note"]).text)
leaf = t.leaf_hash(case["entry_bytes"].encode())
path = [bytes.fromhex(h) for h in inc["proof"]]
out["inclusion"] = t.verify_inclusion(leaf, inc["index"], cp.size, path, cp.root)
old = t.parse_checkpoint(t.parse_note(case["old_note"]).text)
new = t.parse_checkpoint(t.parse_note(case["new_note"]).text)
out["consistency"] = t.verify_consistency(old.size, new.size, old.root, new.root,
                                          [bytes.fromhex(h) for h in case["consistency"]])
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
private = Ed25519PrivateKey.generate()
name = "example.org/their-log"
theirs = t.sign_checkpoint(t.Checkpoint(name, 7, bytes(32)), private, name)
out["their_note"] = theirs.serialise()
out["their_vkey"] = t.format_vkey(t.vkey_from_ed25519("example.org/their-log", private.public_key()))
print(json.dumps(out))
"""


def test_aics_tlog_accepts_our_checkpoints_and_proofs_and_we_accept_theirs(store: Store,
                                                                              tmp_path: Path) -> None:
    log = custody_log(store)
    assert isinstance(log, CustodyLog)
    with store.transaction() as session:
        log.append_many(session, [Change("test", f"object {i}", {"i": i}) for i in range(13)])
    old = make_checkpoint(store)
    with store.transaction() as session:
        log.append_many(session, [Change("test", f"later {i}", {"i": i}) for i in range(20)])
    new = make_checkpoint(store)
    statement = prove_entry(store, 5, new.id)
    vkey = verifier_key_of(store)
    assert vkey is not None
    from warcrimes.custody.log import Entry

    case = {"vkey": vkey.text(), "inclusion_note": statement["proof"]["checkpoint"], "old_note": old.signed_note,
            "new_note": new.signed_note,
            "entry_bytes": Entry.from_dict(statement["entry"]).canonical().decode(),
            "inclusion": {"index": 5, "proof": statement["proof"]["inclusion_proof"]},
            "consistency": consistency(store, old.id, new.id)["consistency_proof"]}
    (tmp_path / "case.json").write_text(json.dumps(case))
    (tmp_path / "check.py").write_text(THEIR_CHECK)
    done = subprocess.run([TLOG_PYTHON, str(tmp_path / "check.py"), str(tmp_path / "case.json")],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    verdict = json.loads(done.stdout)
    assert verdict["inclusion_checkpoint"] and verdict["old_checkpoint"] and verdict["new_checkpoint"]
    assert verdict["inclusion"] and verdict["consistency"]
    theirs = open_note(verdict["their_note"], parse_vkey(verdict["their_vkey"]))
    assert (theirs.origin, theirs.size, theirs.root) == ("example.org/their-log", 7, bytes(32))
