"""Keys of other installations whose checkpoints this store holds: a register moved here by import.

An imported log keeps the checkpoints the original installation signed; they verify only with its
key, which the import writes to WARCRIMES_HOME/keys/trusted.vkeys (one verifier key a line). This
installation's own key signs every checkpoint made here from then on. `warcrimes verify` checks each
checkpoint with the key whose name signed it: this store's own, or one of these.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from warcrimes.custody import checkpoint as notes

TRUSTED_FILE = "trusted.vkeys"


def trusted_path(home: Path) -> Path:
    return home / "keys" / TRUSTED_FILE


def trusted_keys(home: Path) -> list[notes.VerifierKey]:
    """The foreign keys this store trusts (none unless a register was imported into it)."""
    path = trusted_path(home)
    if not path.is_file():
        return []
    return parse_keys(path.read_text(encoding="utf-8"))


def parse_keys(lines: str) -> list[notes.VerifierKey]:
    """Verifier keys, one a line (blank lines and '#' comments skipped); CheckpointError names a bad one."""
    return [notes.parse_vkey(line) for line in lines.splitlines() if line.strip() and not line.startswith("#")]


def trust(home: Path, keys: Iterable[notes.VerifierKey]) -> list[notes.VerifierKey]:
    """Add keys to the trusted file (written whole, then renamed); returns those that were new."""
    known = trusted_keys(home)
    added = [k for k in dict.fromkeys(keys) if k not in known]
    if not added:
        return []
    path = trusted_path(home)
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{os.getpid()}.part")
    with open(temp, "w", encoding="utf-8") as sink:
        sink.write("".join(k.text() + "\n" for k in [*known, *added]))
        sink.flush()
        os.fsync(sink.fileno())
    os.replace(temp, path)
    return added


def signer_names(note: str) -> list[str]:
    """The key names on a signed note's signature lines (whoever they are; nothing is verified here)."""
    _, _, signatures = note.rpartition("\n\n")
    return [line[2:].rpartition(" ")[0] for line in signatures.splitlines() if line.startswith(notes.EM_DASH + " ")]


def key_for(note: str, keys: Sequence[notes.VerifierKey]) -> notes.VerifierKey | None:
    """The key among `keys` named on the note's signature lines (the first key when none is: its check then
    says the note carries no signature by it); None when there are no keys."""
    names = set(signer_names(note))
    return next((k for k in keys if k.name in names), keys[0] if keys else None)


def signer_of(note: str, keys: Sequence[notes.VerifierKey]) -> notes.VerifierKey | None:
    """The key among `keys` whose signature on the note verifies, or None."""
    names = set(signer_names(note))
    for key in keys:
        if key.name not in names:
            continue
        try:
            notes.open_note(note, key)
        except notes.CheckpointError:
            continue
        return key
    return None
