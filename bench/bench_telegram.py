"""Telegram export reader alone: a 10,000-message export read into drafts, messages per second.

Beside it in the same run: the standard library's json.load of the whole file (no streaming, no
byte offsets) and, where installed, ijson's streaming parser (no byte offsets either).
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

MESSAGES = 10_000


def write_export(folder: Path, count: int = MESSAGES) -> Path:
    """An export shaped like a busy oblast channel: text posts, some with a photo or a forward."""
    from source_fixtures import telegram_chat, telegram_messages

    templates = [m for m in telegram_messages() if m["type"] == "message"]
    messages = []
    for number in range(count):
        message = dict(templates[number % len(templates)])
        message["id"] = number + 1
        message["date_unixtime"] = str(1_710_000_000 + 60 * number)
        messages.append(message)
    from source_fixtures import write_telegram_export

    return write_telegram_export(folder, telegram_chat(messages))


def run() -> list[tuple[str, str]]:
    from warcrimes.ingest.formats import read_source

    with tempfile.TemporaryDirectory() as temp:
        export = write_export(Path(temp) / "export")
        size = (export / "result.json").stat().st_size
        start = time.perf_counter()
        drafts = sum(1 for _ in read_source(export))
        ours = time.perf_counter() - start
        start = time.perf_counter()
        with (export / "result.json").open(encoding="utf-8") as handle:
            whole = len(json.load(handle)["messages"])
        loaded = time.perf_counter() - start
        rows = [
            ("export", f"{MESSAGES:,} messages, {size / 1e6:.1f} MB"),
            ("read_source (streamed, drafts with exact bytes)", f"{drafts:,} drafts in {ours:.2f} s = "
                                                                f"{drafts / ours:,.0f} messages/s"),
            ("json.load of the whole file (peer, no drafts)", f"{whole:,} in {loaded:.2f} s = "
                                                              f"{whole / loaded:,.0f} messages/s"),
        ]
        try:
            import ijson
        except ImportError:
            rows.append(("ijson streaming (peer)", "not installed"))
            return rows
        start = time.perf_counter()
        with (export / "result.json").open("rb") as raw:
            streamed = sum(1 for _ in ijson.items(raw, "messages.item"))
        took = time.perf_counter() - start
        rows.append((f"ijson streaming, {ijson.backend} backend (peer, no drafts)",
                     f"{streamed:,} in {took:.2f} s = {streamed / took:,.0f} messages/s"))
        return rows


if __name__ == "__main__":
    for label, figure in run():
        print(f"{label:55} {figure}")
