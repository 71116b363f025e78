"""The extraction steps, registered by name; DEFAULT_PIPELINE is the order they run in."""

from warcrimes.extract.steps import assemble, segment  # noqa: F401  (registration)
from warcrimes.extract.steps import dates, numbers  # noqa: F401  (registration)
from warcrimes.extract.steps import actors, casualties, cues, places, statistics  # noqa: F401  (registration)

DEFAULT_PIPELINE: tuple[str, ...] = (
    "segment", "dates", "numbers", "places", "cues", "actors", "casualties", "statistics", "assemble",
)
