"""The extraction steps, registered by name; DEFAULT_PIPELINE is the order they run in."""

from warcrimes.extract.steps import assemble, segment  # noqa: F401  (registration)

DEFAULT_PIPELINE: tuple[str, ...] = ("segment", "assemble")
