"""Declared extraction steps run in order over one Document (spaCy-style components).

Each step names the mention kinds (and document facets) it requires from earlier steps and the
ones it adds. Building a pipeline refuses an unknown name or an unmet requirement before any text
is read; running it refuses a step that adds a kind it did not declare, so the declarations stay
true as the code changes.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from warcrimes.domain.records import Extraction
from warcrimes.errors import ConfigError
from warcrimes.extract.engine.document import Document
from warcrimes.extract.engine.language import available, load
from warcrimes.language_id import identify, language_runs

EXTRACTOR_VERSION = "warcrimes-extract/0.2"

# Every mention kind a step may add, and the document facets beside them. A contract naming
# anything else is a typo, refused when the pipeline is built.
MENTION_KINDS = frozenset(
    {
        "date",
        "count",
        "place",
        "region",
        "district",
        "violation",
        "attack",
        "harm",
        "protected",
        "victim",
        "evidence",
        "transfer",
        "party",
        "unit",
        "source",
        "speech",
        "relay",
        "casualty",
        "aggregate",
        "role",
    }
)
FACETS = frozenset({"text", "published", "language", "sentences", "incidents", "statistics"})
GIVEN = frozenset({"text", "published", "language"})


@dataclass(frozen=True)
class Step:
    """A named pipeline component: a pure function of the document plus shipped data."""

    name: str
    requires: tuple[str, ...]
    adds: tuple[str, ...]
    run: Callable[[Document], None]


_REGISTRY: dict[str, Step] = {}


def step(name: str, *, requires: Sequence[str] = (), adds: Sequence[str] = ()) -> Callable:
    """Register a function as a pipeline step under `name`, refusing kinds nobody knows."""
    unknown = sorted((set(requires) | set(adds)) - MENTION_KINDS - FACETS)
    if unknown:
        raise ConfigError(f"extraction step {name!r} names unknown kinds {unknown}; known: {sorted(MENTION_KINDS)}")

    def register(func: Callable[[Document], None]) -> Callable[[Document], None]:
        _REGISTRY[name] = Step(name, tuple(requires), tuple(adds), func)
        return func

    return register


def build(names: Sequence[str]) -> list[Step]:
    """The steps in order, refusing a pipeline whose requirements are not met by earlier steps."""
    _load_steps()
    provided: set[str] = set(GIVEN)
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
    """Run the steps in order, checking after each that it added only the mention kinds it declared."""
    # the kinds holding mentions after one step are those before the next: one set per step, not two
    before = {kind for kind, found in doc.mentions.items() if found}
    for current in steps:
        current.run(doc)
        after = {kind for kind, found in doc.mentions.items() if found}
        added, before = after - before, after
        undeclared = added - set(current.adds)
        if undeclared:
            raise ConfigError(
                f"extraction step {current.name!r} added {sorted(undeclared)} without declaring them in adds="
            )
    sources = tuple((m.start, m.value.name) for m in doc.of_kind("source"))
    return Extraction(tuple(doc.incidents), tuple(doc.statistics), doc.language, EXTRACTOR_VERSION, sources)


_DEFAULT: list[Step] | None = None
#: Container objects allocated (net) before a young collection pass: a report of 200 words makes a few
#: thousand (tokens, matches, mentions), all freed by reference counting once it is extracted.
YOUNG_OBJECTS = 5000


def settle_collector() -> None:
    """For a process that extracts many reports (a batch, an import's worker, a bench), called by it once
    after its first extraction: what start-up loaded and keeps for good (rules, lexicons, the gazetteer and
    its automaton) is set apart from the cyclic collector (gc.freeze), and a young pass waits for 5,000 new
    objects instead of 700. A process-wide setting, so extract() never makes it itself: a long-lived
    server that extracts an upload now and then keeps Python's defaults. With the defaults the collector ran 500
    young and two full passes (each over every start-up object) per megabyte of reports, about 5 % of
    extraction's CPU, and freed nothing: a report's objects die by reference counting (docs/extraction.md,
    speed pass 2). Objects frozen here are still freed when their last reference goes."""
    gc.freeze()
    young, middle, old = gc.get_threshold()
    if young:  # 0 means automatic collection is off: left so
        gc.set_threshold(max(young, YOUNG_OBJECTS), middle, old)


def extract(text: str, published: dt.date, language: str | None = None) -> Extraction:
    """Incidents and statistics in `text`, dates resolved against `published`.

    Without `language`, a text in two of the languages with rules (an English article quoting a
    Ukrainian post) is read run by run, each run with its own language's rules (engine/mixed.py).
    Raises UnsupportedLanguageError for a language that has no folder under extract/lang/ yet.
    """
    if language is None:
        found = identify(text)
        if found.language == "mixed":
            from warcrimes.extract.engine.mixed import extract_runs  # it joins accounts with steps' coreference

            mixed = extract_runs(text, language_runs(text), available(), found.main,
                                 lambda part, code: _extract_one(part, published, code))
            if mixed is not None:
                return mixed
        language = found.main if found.language == "mixed" else found.language
    return _extract_one(text, published, language)


def _extract_one(text: str, published: dt.date, lang: str) -> Extraction:
    global _DEFAULT
    if lang != "und":
        load(lang)
    if _DEFAULT is None:
        _DEFAULT = default_steps()
    return run(Document(text=text, published=published, language=lang), _DEFAULT)
