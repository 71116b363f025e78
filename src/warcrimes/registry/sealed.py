"""A person as the store keeps it: personal fields in one sealed token, blind-index terms beside it.

What stays in clear is what figures need and nothing that names anyone: the person id, the
category, and (on status entries) kind, date and place id. `index_terms` are the matching keys a
search or a list row can be looked up by; the store keeps only their blind index (HMAC).
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from warcrimes.registry.blocking import MatchProfile, family_keys, profile, profile_fields, profile_from_fields
from warcrimes.registry.plan import identity_key
from warcrimes.registry.protect import FieldCryptoError, FieldKeys, blind_index, seal, unseal
from warcrimes.registry.records import Contact, MilitaryService, PartialDate, Person, PersonName

PERSONAL = ("name_uk", "name_latin", "names_ru", "other_spellings", "sex", "birth_date", "birth_place",
            "nationality", "mother_maiden_name", "last_residence", "distinguishing_marks", "military", "next_of_kin")


def context(person_id: str) -> str:
    """The associated data a person's sealed fields are bound to."""
    return f"person:{person_id}"


def _name(raw: Any) -> PersonName | None:
    return PersonName(**raw) if raw else None


def seal_person(keys: FieldKeys, person: Person, found: MatchProfile | None = None) -> str:
    """The person's personal fields as one token, bound to the person id, with the person's match profile
    (`found`, computed here when not given) so that matching opens it instead of computing it again."""
    if not person.person_id:
        raise FieldCryptoError("a person needs its id before its fields are sealed")
    fields: dict[str, Any] = {name: getattr(person, name) for name in PERSONAL}
    for name in ("name_uk", "name_latin", "military"):
        fields[name] = asdict(fields[name]) if fields[name] is not None else None
    for name in ("names_ru", "other_spellings", "next_of_kin"):
        fields[name] = [asdict(item) for item in fields[name]]
    fields["birth_date"] = person.birth_date.iso() if person.birth_date else None
    fields["match"] = profile_fields(found or profile("", person))
    return seal(keys, fields, context(person.person_id))


def open_person(keys: FieldKeys, token: str, person_id: str, category: str) -> Person:
    """The person back from its token and the clear columns."""
    fields = unseal(keys, token, context(person_id))
    try:
        birth = fields["birth_date"]
        military = fields["military"]
        return Person(
            person_id=person_id, category=category,  # type: ignore[arg-type]
            name_uk=_name(fields["name_uk"]), name_latin=_name(fields["name_latin"]),
            names_ru=tuple(PersonName(**n) for n in fields["names_ru"]),  # type: ignore[attr-defined]
            other_spellings=tuple(PersonName(**n) for n in fields["other_spellings"]),  # type: ignore[attr-defined]
            sex=fields["sex"],  # type: ignore[arg-type]
            birth_date=PartialDate.parse_iso(str(birth)) if birth else None,
            birth_place=str(fields["birth_place"]), nationality=str(fields["nationality"]),
            mother_maiden_name=str(fields["mother_maiden_name"]), last_residence=str(fields["last_residence"]),
            distinguishing_marks=str(fields["distinguishing_marks"]),
            military=MilitaryService(**military) if military else None,  # type: ignore[arg-type]
            next_of_kin=tuple(Contact(**c) for c in fields["next_of_kin"]))  # type: ignore[attr-defined]
    except (KeyError, TypeError) as exc:
        raise FieldCryptoError(f"a sealed person lacks the field {exc}; the row was written by another version")\
            from None


def open_profile(keys: FieldKeys, token: str, person_id: str, category: str) -> MatchProfile:
    """The person's match profile from its token: the sealed one when made by today's name rules, else
    computed from the opened fields."""
    fields = unseal(keys, token, context(person_id))
    found = profile_from_fields(person_id, category, fields.get("match"))
    return found if found is not None else profile(person_id, open_person(keys, token, person_id, category))


def index_terms(person: Person, found: MatchProfile | None = None) -> frozenset[str]:
    """Every key a search or a list row may look this person up by (before HMAC); `found` is the person's
    profile when the caller has it already."""
    found = found or profile("", person)
    terms = set(found.blocks) | {f"N:{k}" for k in family_keys(found)} | {f"M:{f}" for f in found.family}
    identity = identity_key(person)
    if identity:
        terms.add(f"I:{identity}")
    return frozenset(terms)


def search_terms(text: str, *, family_alone: bool = True) -> frozenset[str]:
    """The keys a typed search may hit: a family name alone, or family and given name in either order.

    With `family_alone` False a search of two or more words asks only for the blocks of family and
    given name together: far fewer persons to decrypt at 100,000 (the caller widens when none match)."""
    words = text.split()
    if not words:
        return frozenset()
    readings = [PersonName(words[0])] if len(words) == 1 else [
        PersonName(words[0], words[1], " ".join(words[2:])), PersonName(words[1], words[0])]
    terms: set[str] = set()
    for name in readings:
        found = profile("", Person(other_spellings=(name,)))
        terms |= set(found.blocks)
        if family_alone or len(words) == 1:
            terms |= {f"N:{k}" for k in family_keys(found)} | {f"M:{f}" for f in found.family}
    return frozenset(terms)


def blind_terms(keys: FieldKeys, terms: frozenset[str]) -> frozenset[str]:
    """The blind index of each term: what the store keeps and looks up."""
    return frozenset(blind_index(keys, term) for term in terms)
