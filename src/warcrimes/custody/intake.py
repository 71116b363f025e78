"""Bytes arriving in pieces (a browser upload) into the vault: written and hashed as they come,
refused the moment they pass their limit, placed under their hash only when whole.

The same rules as `Vault.put`: a temporary file in the vault's tmp/ (mode 0600, removed on any
failure, and by `Vault.clean_temp` if the process dies), fsync before placing, hard link into place
so an object once there is never replaced. Memory stays constant whatever the size.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from pathlib import Path

from warcrimes.custody.vault import PREFIX, StoredObject, Vault, _fsync_dir, _place
from warcrimes.errors import BadInputError, TooLargeError

#: Leading bytes kept to judge the type by content (magic numbers), never by the name.
HEAD_BYTES = 8192


class Receiving:
    """One upload being received: `write` each piece, then `place` it in the vault or `discard` it."""

    def __init__(self, vault: Vault, limit: int, what: str) -> None:
        self.vault, self.limit, self.what = vault, limit, what
        vault.temp_dir.mkdir(parents=True, exist_ok=True)
        self.temp = vault.temp_dir / f"{os.getpid()}-{uuid.uuid4().hex}.part"
        self._fd: int | None = os.open(self.temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        self._hash = hashlib.sha256()
        self.size = 0
        self.head = b""

    def write(self, piece: bytes) -> None:
        """Hash and keep `piece`; TooLargeError (everything received removed) past the limit."""
        if self._fd is None:
            raise BadInputError(f"the {self.what} upload is already finished")
        if self.size + len(piece) > self.limit:
            self.discard()
            raise TooLargeError(f"the {self.what} is larger than the {self.limit:,} byte limit for a "
                                f"{self.what} (WARCRIMES_MAX_{self.what.upper()}_BYTES raises it); nothing was kept")
        if len(self.head) < HEAD_BYTES:
            self.head += piece[:HEAD_BYTES - len(self.head)]
        self._hash.update(piece)
        view = memoryview(piece)
        while view:
            view = view[os.write(self._fd, view):]
        self.size += len(piece)

    @property
    def content_hash(self) -> str:
        return PREFIX + self._hash.hexdigest()

    def finish(self) -> Path:
        """Flush the bytes to disk; the temporary file holds them all. BadInputError when empty."""
        if self._fd is None:
            raise BadInputError(f"the {self.what} upload was already discarded")
        os.fsync(self._fd)
        os.close(self._fd)
        self._fd = None
        if self.size == 0:
            self.discard()
            raise BadInputError(f"the {self.what} file is empty (0 bytes); there is nothing to keep")
        return self.temp

    def place(self) -> StoredObject:
        """Into the vault under its SHA-256 (read-only); the same bytes already there are kept as they are."""
        if self._fd is not None:
            self.finish()
        final = self.vault.path_for(self.content_hash)
        final.parent.mkdir(parents=True, exist_ok=True)
        os.chmod(self.temp, 0o444)
        try:
            created = _place(self.temp, final)
            if created:
                _fsync_dir(final.parent)
        finally:
            self.temp.unlink(missing_ok=True)
        return StoredObject(self.content_hash, self.size, final, created)

    def discard(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        self.temp.unlink(missing_ok=True)
