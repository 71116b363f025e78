"""The extraction steps, registered by name; DEFAULT_PIPELINE is the order they run in."""

from warcrimes.extract.steps import (  # noqa: F401  (registration)
    actors,
    assemble,
    casualties,
    cues,
    dates,
    numbers,
    places,
    roles,
    segment,
    statistics,
)

DEFAULT_PIPELINE: tuple[str, ...] = (
    "segment",
    "dates",
    "numbers",
    "places",
    "cues",
    "actors",
    "casualties",
    "statistics",
    "roles",
    "assemble",
)
