"""Looking places up by name: every spelling folded, homonyms ranked by a stated rule."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from warcrimes.errors import NotFoundError
from warcrimes.gazetteer.fold import fold
from warcrimes.gazetteer.places import KINDS, PRECISIONS, SETTLEMENT_TYPES, Place, fields_of

_KIND_ORDER = {kind: i for i, kind in enumerate(KINDS)}
_TYPE_ORDER = {kind: i for i, kind in enumerate(SETTLEMENT_TYPES)}
_PRECISION_ORDER = {precision: i for i, precision in enumerate(PRECISIONS)}
_ARTICLE = "the "


class UnknownPlaceError(NotFoundError):
    """A place id that the shipped gazetteer does not hold."""


class Gazetteer:
    """All places, indexed by the folded form of their display name and every alias."""

    def __init__(self, places: Iterable[Place], sources: dict[str, object] | None = None) -> None:
        # each place as its fields, made into a Place when first asked for (`_place`): a process that reads
        # the cached gazetteer unpickles 31,545 tuples, not 31,545 frozen objects (0.10 s at every start)
        self._fields: dict[int, tuple[Any, ...]] = {}
        self._places: dict[int, Place] = {}
        self._forms: dict[str, list[int]] = defaultdict(list)
        self._display: dict[int, str] = {}
        self.sources = sources or {}
        # SHA-256 of what the shipped gazetteer was read from (loader.load); "" for one built otherwise.
        # Data derived from it (the place automaton) is cached under this key.
        self.digest = ""
        for place in places:
            self._fields[place.id] = fields_of(place)
            self._places[place.id] = place
            own = fold(place.name)
            self._display[place.id] = own
            for form in dict.fromkeys((own, *(fold(alias) for alias in place.aliases))):
                if form:
                    self._forms[form].append(place.id)
        self._forms = dict(self._forms)

    def __getstate__(self) -> dict[str, object]:
        """Pickled without the Place objects: their fields are there (see __init__)."""
        return {**self.__dict__, "_places": {}}

    def _place(self, place_id: int) -> Place:
        """The place with this id, made once from its fields (KeyError when there is none)."""
        found = self._places.get(place_id)
        if found is None:
            found = self._places[place_id] = Place(*self._fields[place_id])
        return found

    def __len__(self) -> int:
        return len(self._fields)

    def __iter__(self) -> Iterator[Place]:
        return map(self._place, self._fields)

    def by_id(self, place_id: int) -> Place:
        """The place with this id; ids are stable across rebuilds from the same sources."""
        try:
            return self._place(place_id)
        except KeyError:
            raise UnknownPlaceError(f"No place has id {place_id} in the gazetteer; the id may come from "
                                    "another gazetteer build, so re-run the extraction.") from None

    def surface_forms(self) -> Iterator[tuple[str, int]]:
        """Every (folded spelling, place id): the keys for one Aho-Corasick automaton over folded text."""
        for form, ids in self._forms.items():
            for place_id in ids:
                yield form, place_id

    def candidates(self, name: str) -> list[Place]:
        """Every place whose name or alias folds like `name`, best first (see `resolve`)."""
        form = fold(name)
        return sorted((self._place(i) for i in self._forms.get(form, ())), key=lambda p: self._rank(p, form))

    def resolve(self, name: str, *, admin1: str | None = None, admin2: str | None = None,
                country: str | None = None) -> Place | None:
        """The place a report most likely means by `name`, or None when no place is called that.

        `country` (UA, RU), when the report says which country it is about, is a hard filter: a
        Russian Берёзовка is not placed in Ukraine because Ukraine has villages of that name too.
        Homonyms are then narrowed to those in the country of the oblast named nearby, and to that
        oblast (`admin1`) and raion (`admin2`); a filter that would leave none is ignored, since the
        oblast named nearby may belong to another place in the sentence. Among the rest the rule
        is, in order: a place whose own
        English name matches before one matched by an alias (Bilhorod-Dnistrovskyi the Ukrainian
        city, not Belgorod); settlement, raion, region, country (Donetsk the city, not the oblast);
        city, urban-type settlement, settlement, village; larger GeoNames population; own
        coordinates before borrowed ones; lower id (stable).
        """
        found = self.candidates(name)
        if country:
            found = [p for p in found if p.country == country.upper()]
        region = self.oblast(admin1) if admin1 else None
        if region is not None:
            found = [p for p in found if p.country == region.country] or found
        for wanted, level in ((region, "admin1"),
                              (self.raion(admin2) if admin2 else None, "admin2")):
            if wanted is not None:
                narrowed = [p for p in found if getattr(p, level) == wanted.name or p.id == wanted.id]
                found = narrowed or found
        return found[0] if found else None

    def oblast(self, name: str) -> Place | None:
        """The region called `name`: 'Donetsk Oblast', 'Donetsk region', 'Donetska oblast', 'Donetsk'."""
        return self._of_kind(name, "oblast", ("oblast",))

    def raion(self, name: str) -> Place | None:
        """The raion called `name`: 'Bakhmut Raion', 'Bakhmut district', 'Bakhmutskyi raion', 'Bakhmut'."""
        return self._of_kind(name, "raion", ("raion", "district"))

    def _of_kind(self, name: str, kind: str, suffixes: Sequence[str]) -> Place | None:
        form = fold(name)
        if form.startswith(_ARTICLE):
            form = form[len(_ARTICLE):]
        for attempt in (form, *(f"{form} {suffix}" for suffix in suffixes)):
            matches = [p for p in self.candidates(attempt) if p.kind == kind]
            if matches:
                return matches[0]
        return None

    def _rank(self, place: Place, form: str) -> tuple[int, int, int, int, int, int]:
        return (0 if self._display[place.id] == form else 1, _KIND_ORDER.get(place.kind, 9),
                _TYPE_ORDER.get(place.settlement_type or "", 9), -(place.population or 0),
                _PRECISION_ORDER.get(place.precision, 9), place.id)
