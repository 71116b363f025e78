"""The table of bodies (corroborate/data/bodies.json) loads, is complete where it promises to be, and a
broken table is refused with a sentence naming the entry."""

from __future__ import annotations

import copy
import json
from importlib import resources

import pytest

from warcrimes.corroborate.bodies import body_table, parse_table
from warcrimes.corroborate.source_identity import resolve
from warcrimes.errors import ConfigError


def _raw() -> dict:
    path = resources.files("warcrimes.corroborate").joinpath("data/bodies.json")
    return json.loads(path.read_text(encoding="utf-8"))


def test_every_oblast_has_its_prosecutors_office_military_administration_and_police() -> None:
    bodies = body_table().bodies.values()
    oblasts = {a for b in bodies for a in b.admin1 if a.endswith(" Oblast") and b.side == "UA"}
    assert len(oblasts) == 24
    for kind in ("prosecutor", "military_administration", "police", "emergency_service"):
        for oblast in oblasts:
            assert [b.id for b in bodies if b.kind == kind and oblast in b.admin1], (kind, oblast)
    assert sum(b.kind == "regional_executive" for b in bodies) == 3


def test_every_body_resolves_by_its_canonical_name_to_itself() -> None:
    for body in body_table().bodies.values():
        assert resolve(body.canonical).entity == body.id, body.canonical


def test_every_body_has_sources_and_names_in_english() -> None:
    for body in body_table().bodies.values():
        assert body.sources and body.names["en"], body.id
    named = [b for b in body_table().bodies.values() if b.names["uk"] and b.names["ru"]]
    assert len(named) == len(body_table().bodies)


def test_the_ombudsmans_holders_follow_each_other() -> None:
    holders = sorted(body_table().bodies["ua.ombudsman"].holders, key=lambda h: h.start)
    for before, after in zip(holders, holders[1:], strict=False):
        assert before.end is not None and before.end <= after.start


@pytest.mark.parametrize(("breakage", "message"), [
    (lambda t: t["bodies"][0].update(sources=[]), "needs at least one source"),
    (lambda t: t["bodies"][0].update(parent="ua.nowhere"), "parent 'ua.nowhere'"),
    (lambda t: t["bodies"][0].update(kind="astrologer"), "kind 'astrologer'"),
    (lambda t: t["bodies"][0].update(default_role="bystander"), "role 'bystander'"),
    (lambda t: t["bodies"].append(copy.deepcopy(t["bodies"][0])), "appears twice"),
    (lambda t: t["bodies"][0]["names"].update(en=[]), "at least one English name"),
    (lambda t: t.pop("regions"), "regions"),
])
def test_a_broken_table_is_refused_with_a_sentence(breakage, message: str) -> None:
    raw = _raw()
    breakage(raw)
    with pytest.raises(ConfigError, match="bodies.json is not usable") as caught:
        parse_table(raw)
    assert message in str(caught.value)


def test_a_missing_data_file_is_named_in_a_sentence() -> None:
    from warcrimes.corroborate.shipped import read_json

    with pytest.raises(ConfigError, match="corroborate/data/no_such_table.json cannot be read"):
        read_json("no_such_table.json")
