"""Only originators count, one per entity chain; relays, commentators, recipients, the accused and
ambiguous references never do (issue 15). The cited parties are those of our own example events."""

from __future__ import annotations

from warcrimes.corroborate.roles import Citation, Role, definition, independent_originators, usual_role
from warcrimes.corroborate.source_identity import Context, resolve

VILNIANSK = Context(admin1="Zaporizhzhia Oblast", place="Vilniansk")


def test_a_relay_of_the_regional_prosecutors_office_and_the_office_itself_are_one_source() -> None:
    found = independent_originators([
        Citation(resolve("Zaporizhzhia Regional Prosecutor's Office"), Role.ORIGINATOR, "prosecutor's post"),
        Citation(resolve("the regional prosecutor's office", VILNIANSK), Role.ORIGINATOR, "agency relay"),
        Citation(resolve("Dnipro Valley News"), Role.RELAY, "agency relay"),
    ])
    assert found.originators == ("ua.pgo",) and found.count == 1
    assert found.folded["ua.pgo"] == ("Zaporizhzhia Regional Prosecutor's Office", "the regional prosecutor's office")
    assert [name for name, _ in found.not_counted] == ["Dnipro Valley News"]


def test_separate_originators_of_one_strike_each_count() -> None:
    found = independent_originators([
        Citation(resolve("Zaporizhzhia Regional Prosecutor's Office"), Role.ORIGINATOR),
        Citation(resolve("Continental Press"), Role.ORIGINATOR),
        Citation(resolve("the hospital's director", VILNIANSK), Role.ORIGINATOR),
        Citation(resolve("HRMMU"), Role.ORIGINATOR),
        Citation(resolve("OHCHR"), Role.ORIGINATOR),
        Citation(resolve("Russian Defence Ministry"), Role.ACCUSED),
    ])
    assert found.originators == ("ua.pgo", "name:continental press", "medical@vilniansk", "un.ohchr")
    assert found.folded["un.ohchr"] == ("HRMMU", "OHCHR")
    assert found.not_counted[0][0] == "Russian Defence Ministry" and found.not_counted[0][1].startswith("accused")


def test_the_icrc_the_ombudsman_wrote_to_and_a_commentator_do_not_count() -> None:
    found = independent_originators([
        Citation(resolve("Office of the Prosecutor General"), Role.ORIGINATOR),
        Citation(resolve("Donetsk Regional Prosecutor's Office"), Role.ORIGINATOR),
        Citation(resolve("Уповноважений Верховної Ради з прав людини"), Role.COMMENTATOR),
        Citation(resolve("Міжнародного комітету Червоного Хреста"), Role.RECIPIENT),
        Citation(resolve("158th Separate Mechanised Brigade"), Role.ORIGINATOR),
    ])
    assert found.originators == ("ua.pgo", "ua.brigade#158")
    assert {why.split(":")[0] for _, why in found.not_counted} == {"commentator", "recipient"}


def test_an_ambiguous_reference_never_adds_a_source() -> None:
    found = independent_originators([
        Citation(resolve("Kherson Regional Military Administration"), Role.ORIGINATOR),
        Citation(resolve("military administration"), Role.ORIGINATOR),
        Citation(resolve("officials"), Role.ORIGINATOR),
    ])
    assert found.count == 1
    assert all(why.startswith("ambiguous") for _, why in found.not_counted)


def test_the_side_the_allegation_names_speaks_as_the_accused() -> None:
    assert usual_role(resolve("Russian Defence Ministry"), alleged_side="RU") is Role.ACCUSED
    assert usual_role(resolve("Russian Defence Ministry"), alleged_side="UA") is Role.ORIGINATOR
    assert usual_role(resolve("Збройні сили України"), alleged_side="UA") is Role.ACCUSED
    assert usual_role(resolve("Reuters"), alleged_side="RU") is Role.RELAY
    assert usual_role(resolve("officials")) is None


def test_every_role_has_its_definition() -> None:
    assert all(definition(role) for role in Role)
    assert "own access" in definition(Role.ORIGINATOR)
