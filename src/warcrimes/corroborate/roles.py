"""The part a cited party plays in a report, and which parties count as independent originators.

Roles (definitions in data/bodies.json, explained in docs/corroboration.md): an originator saw,
recorded, investigated or visited; a relay repeats a named party; a commentator reacts without
access; a recipient was written to; the accused speaks for the side the allegation names. Only
originators count, one per entity chain (a regional prosecutor's office and the Office of the
Prosecutor General are one), and an ambiguous reference never counts as a new one (issue 15).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from warcrimes.corroborate.bodies import body_table
from warcrimes.corroborate.source_identity import Resolution


class Role(StrEnum):
    ORIGINATOR = "originator"
    RELAY = "relay"
    COMMENTATOR = "commentator"
    RECIPIENT = "recipient"
    ACCUSED = "accused"


def definition(role: Role) -> str:
    """The role's definition as the table states it (one sentence)."""
    return body_table().roles[role.value]


def usual_role(resolution: Resolution, alleged_side: str | None = None) -> Role | None:
    """The role a party plays when its sentence says nothing more: accused when it speaks for the side
    the allegation names (the Russian MoD on a Russian strike), else its kind's usual role."""
    if alleged_side and resolution.side and resolution.side.casefold() == alleged_side.casefold():
        return Role.ACCUSED
    return Role(resolution.default_role) if resolution.default_role else None


@dataclass(frozen=True)
class Citation:
    """One party a report cites, what it resolved to and the role it plays there."""

    resolution: Resolution
    role: Role
    report: str | None = None  # the report that cites it, for the explanation
    access: str | None = None  # how an originator had its own access: investigated, visited, own reporting ...
    why: str = ""  # what in the report gave it this role


@dataclass(frozen=True)
class Independence:
    """The independent originators of one event, and why every other cited party was not counted."""

    originators: tuple[str, ...]  # one entity (chain) each, in the order first cited
    folded: dict[str, tuple[str, ...]]  # originator -> the names that were counted as it
    not_counted: tuple[tuple[str, str], ...]  # (name as cited, why)
    access: dict[str, tuple[str, ...]] = field(default_factory=dict)  # originator -> kinds of its own access
    reports: dict[str, tuple[str, ...]] = field(default_factory=dict)  # originator -> the reports citing it
    #: no originator could be identified, but the accounts rest on someone's access (a relay of an
    #: unnamed source, an ambiguous reference): one source, never more
    unidentified: bool = False

    @property
    def count(self) -> int:
        return len(self.originators) or int(self.unidentified)


def independent_originators(citations: Iterable[Citation]) -> Independence:
    """Originators with their own access, one per entity chain; relays, commentators, recipients,
    the accused and ambiguous references are listed with the reason they do not count. When none
    can be identified but a relay or an ambiguous reference shows someone had access, that is one
    unidentified source: never more than one, so an ambiguous reference never adds a new one."""
    folded: dict[str, list[str]] = {}
    access: dict[str, list[str]] = {}
    reports: dict[str, list[str]] = {}
    skipped: list[tuple[str, str]] = []
    for cited in citations:
        name, found = cited.resolution.name, cited.resolution
        where = f" (in {cited.report})" if cited.report else ""
        if cited.role is not Role.ORIGINATOR:
            skipped.append((name, f"{cited.role.value}: {definition(cited.role)}{where}"))
        elif not found.may_count:
            skipped.append((name, f"ambiguous ({found.why}): never counts as a new independent source{where}"))
        else:
            entity = found.chain or found.entity or name
            for table, value in ((folded, name), (access, cited.access), (reports, cited.report)):
                table.setdefault(entity, [])
                if value and value not in table[entity]:
                    table[entity].append(value)
    unidentified = not folded and any(why.startswith(("ambiguous", "relay")) for _, why in skipped)
    return Independence(tuple(folded), {k: tuple(v) for k, v in folded.items()}, tuple(dict.fromkeys(skipped)),
                        {k: tuple(v) for k, v in access.items()}, {k: tuple(v) for k, v in reports.items()},
                        unidentified)
