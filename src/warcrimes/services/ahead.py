"""Extraction one batch ahead, in another process: while this process links and stores a batch of an
export's messages, a worker extracts the next one.

Extraction is pure (text, publication date and language in, accounts out: docs/architecture.md), so
where it runs changes nothing it gives; linking and storing stay in this process, in order. A source
that does not fill one batch (a single file, a small export) is extracted here, with no worker; a larger
one has every batch extracted in the worker, the first too (6.9 of this process's 35.3 s under cProfile
on 1,000 bench messages, the gazetteer's load included, while the worker waited).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from multiprocessing import get_context, parent_process

from warcrimes.services.drafts import Prepared, Read, read
from warcrimes.services.extraction import prepare

#: Worker processes for a large source: the cores left beside this one (at least one); 0: none.
WORKERS = max(1, (os.cpu_count() or 1) - 1)


@dataclass
class Pending:
    """A batch whose extractions are under way (`results`, in order) or still to run here (None)."""

    batch: list[Prepared]
    results: Iterator[Read] | None = None

    def finish(self) -> tuple[list[Prepared], Exception | None]:
        """The batch extracted, in order, up to the first report whose extraction broke (with its error)."""
        ready: list[Prepared] = []
        results = self.results
        for item in self.batch:
            if item.wanted is not None:
                try:
                    if results is not None:
                        try:
                            found = next(results)
                        except BrokenProcessPool:  # the worker died (memory?): the rest is read here
                            results, found = None, read(item.wanted)
                    else:
                        found = read(item.wanted)
                except Exception as exc:  # a bug in a rule: what came before it is stored, then it is named
                    return ready, exc
                item.extracted(found)
            ready.append(item)
        return ready, None


class Ahead:
    """Hands each batch of a source that fills more than one to a worker process; a source that fits in
    one batch is extracted here."""

    def __init__(self, workers: int | None = None) -> None:
        self.workers = WORKERS if workers is None else workers
        if parent_process() is not None:  # already a worker (a script without a __main__ guard): no more
            self.workers = 0
        self.batches = 0
        self._pool: Executor | None = None

    def start(self, batch: list[Prepared], *, more: bool) -> Pending:
        """Start extracting a batch; `more`: the source goes on after it (the batch is full)."""
        self.batches += 1
        wanted = [item.wanted for item in batch if item.wanted is not None]
        if (self.batches == 1 and not more) or self.workers <= 0 or not wanted:
            return Pending(batch)
        if self._pool is None:
            # spawn, not fork: a child must not share this process's database connections
            # each worker loads the rules and settles its collector before its first batch (prepare)
            self._pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=get_context("spawn"),
                                             initializer=prepare)
        chunk = max(1, len(wanted) // (4 * self.workers))
        return Pending(batch, iter(self._pool.map(read, wanted, chunksize=chunk)))

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
