"""Declared extraction steps run in order over one Document (spaCy-style components).

Each step names what it requires from earlier steps and what it adds; building the
pipeline checks that every requirement is met before any text is read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from warcrimes.domain.records import Extraction
from warcrimes.errors import ConfigError
from warcrimes.extract.document import Document
from warcrimes.extract.language import detect_language, require_supported

EXTRACTOR_VERSION = "warcrimes-extract/0.1"


@dataclass(frozen=True)
class Step:
    """A named pipeline component: a pure function of the document plus shipped data."""

    name: str
    requires: tuple[str, ...]
    adds: tuple[str, ...]
    run: Callable[[Document], None]


_REGISTRY: dict[str, Step] = {}


def step(name: str, *, requires: Sequence[str] = (), adds: Sequence[str] = ()) -> Callable:
    """Register a function as a pipeline step under `name`."""

    def register(func: Callable[[Document], None]) -> Callable[[Document], None]:
        _REGISTRY[name] = Step(name, tuple(requires), tuple(adds), func)
        return func

    return register


def build(names: Sequence[str]) -> list[Step]:
    """The steps in order, refusing a pipeline whose requirements are not met by earlier steps."""
    _load_steps()
    provided: set[str] = {"text", "published", "language"}
    steps = []
    for name in names:
        if name not in _REGISTRY:
            raise ConfigError(f"extraction step {name!r} is not registered; known: {sorted(_REGISTRY)}")
        current = _REGISTRY[name]
        missing = set(current.requires) - provided
        if missing:
            raise ConfigError(f"extraction step {name!r} needs {sorted(missing)} from an earlier step")
        provided.update(current.adds)
        steps.append(current)
    return steps


def _load_steps() -> None:
    """Import the step modules so their @step decorators register them."""
    from warcrimes.extract import steps  # noqa: F401


def default_steps() -> list[Step]:
    from warcrimes.extract.steps import DEFAULT_PIPELINE

    return build(DEFAULT_PIPELINE)


def run(doc: Document, steps: Sequence[Step]) -> Extraction:
    for current in steps:
        current.run(doc)
    return Extraction(tuple(doc.incidents), tuple(doc.statistics), doc.language, EXTRACTOR_VERSION)


_DEFAULT: list[Step] | None = None


def extract(text: str, published: dt.date, language: str | None = None) -> Extraction:
    """Incidents and statistics in `text`, dates resolved against `published`.

    Raises UnsupportedLanguageError for a language that has no lexicons yet.
    """
    global _DEFAULT
    lang = language or detect_language(text)
    require_supported(lang)
    if _DEFAULT is None:
        _DEFAULT = default_steps()
    return run(Document(text=text, published=published, language=lang), _DEFAULT)
