"""A cache for pure functions of a report's text, bounded by the text it holds, not by entries.

Summarising an incident again whenever an account joins reads every account's report again
(citations, descriptors): O(n^2) for an incident of n accounts; 85% of a 1,000-message Telegram
import's time (cProfile) before this. Keyed by the text itself (ids repeat across stores), so the
bound is on characters held: Telegram posts are short, news articles long.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from functools import wraps
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")
#: Characters of report text kept as keys (about 2-4 bytes each): ~100 MB at worst.
MAX_CHARS = 32_000_000


def by_text(function: Callable[P, R]) -> Callable[P, R]:
    """Memoise `function(text, *hashable)`; least recently used entries go first when over MAX_CHARS."""
    held: OrderedDict[tuple[Hashable, ...], R] = OrderedDict()
    size = [0]
    lock = threading.Lock()

    @wraps(function)
    def cached(*args: P.args, **kwargs: P.kwargs) -> R:
        key = (*args, *sorted(kwargs.items()))
        with lock:
            if key in held:
                held.move_to_end(key)
                return held[key]
        found = function(*args, **kwargs)
        with lock:
            if key not in held:
                held[key] = found
                size[0] += len(str(args[0]))
                while size[0] > MAX_CHARS and len(held) > 1:
                    old, _ = held.popitem(last=False)
                    size[0] -= len(str(old[0]))
        return found

    def clear() -> None:
        with lock:
            held.clear()
            size[0] = 0

    cached.cache_clear = clear  # type: ignore[attr-defined]
    return cached
