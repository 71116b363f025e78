"""The one byte form of a custody entry: canonical JSON that anyone can recompute.

Sorted keys, no spaces, UTF-8 (not ASCII-escaped), no NaN: the same value always gives the same
bytes, in Python here and in a third party's verifier (docs/verification.md).
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring
from typing import Any


def canonical_json(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")


def entry_bytes(index: int, recorded_at: str, actor: str, action: str, subject: str,
                details_text: str) -> bytes:
    """canonical_json of the entry, spliced from its canonical details text without parsing it.

    Equal to canonical_json({"action", "actor", "details", "index", "recorded_at", "subject"})
    (keys in sorted order); a test holds the two together.
    """
    return (f'{{"action":{encode_basestring(action)},"actor":{encode_basestring(actor)},'
            f'"details":{details_text},"index":{index},"recorded_at":{encode_basestring(recorded_at)},'
            f'"subject":{encode_basestring(subject)}}}').encode()
