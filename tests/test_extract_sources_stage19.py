"""Who an incident cites (stage 19): the body whose own report the text is, named on its first line; a letter's
addressee line names no issuer. Every sentence here is written for these tests, none taken from a report."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2025, 3, 10)


def sources(text: str) -> list[list[str]]:
    return [i["reported_by"] for i in extract(text, PUBLISHED).to_contract()["incidents"]]


# --- the publisher named on the first line -------------------------------------------------------------------


@pytest.mark.parametrize(("text", "publisher"), [
    # referred back to by its head noun after "the"
    ("NORTHERN FIELD LAB - THEMATIC BRIEF 3/2025\n\n"
     "On 4 March 2025 Russian soldiers shot two captured Ukrainian soldiers near Vuhledar. "
     "The Lab matched the video to a field west of the town.", "Northern Field Lab"),
    ("Periodic Report of the Regional Commissioner for Missing Persons, 2024\n\n"
     "In May 2024 Russian guards beat four detained civilians in a basement in Kherson. "
     "The Commissioner heard three of them after their release.", "Regional Commissioner for Missing Persons"),
    ("Civilian Harm Tracking Mission in Kharkiv Oblast\nMonthly update\n\n"
     "On 2 March 2025 a drone struck a tram in Kharkiv, killing a passenger. "
     "Monitors of the Mission visited the depot the next day.", "Civilian Harm Tracking Mission in Kharkiv Oblast"),
    # referred back to by its initials
    ("SAFE PASSAGE NETWORK | Field update No. 7\n\n"
     "On 3 March 2025 artillery hit a bread queue in Kupiansk, killing three civilians. "
     "SPN volunteers helped carry the wounded.", "Safe Passage Network"),
    # a first-person plural narrator in two sentences or more
    ("Thread by Open Source Watchers Collective\n\n"
     "We geolocated a video of Russian soldiers shooting a surrendering Ukrainian soldier near Kurakhove on "
     "1 March 2025. The regional police told us they have opened a case.", "Open Source Watchers Collective"),
    ("Families for Return Alliance\nKyiv, 5 March 2025\n\n"
     "We write about a teacher detained by Russian soldiers in Enerhodar on 2 February 2025. "
     "Neighbours told us he was beaten.", "Families for Return Alliance"),
])
def test_the_body_named_on_the_first_line_is_cited_when_the_text_refers_back_to_it(text, publisher):
    found = sources(text)
    assert found and all(publisher in names for names in found), found


@pytest.mark.parametrize("text", [
    # a sentence-case headline: no name
    "Drone strike kills three in Kupiansk\n\nA drone struck a bread queue in Kupiansk on 3 March 2025, killing three "
    "civilians. The Lab of the local school was not damaged.",
    # a title-case headline telling the act: no name, whatever follows
    "Drone Strike Kills Three In Kupiansk\n\nA drone struck a bread queue in Kupiansk on 3 March 2025, killing three "
    "civilians. We saw the Strike from our window, a resident wrote.",
    # a newsroom's own heading is no source
    "KHARKIV EVENING NEWS - SCRIPT\n\nGood evening. A drone struck a bread queue in Kupiansk on 3 March 2025, "
    "killing three civilians. We will stay with the story. Our correspondent sent us pictures.",
    # a name on top that the text never refers back to
    "Open Roads Collective\n\nA drone struck a bread queue in Kupiansk on 3 March 2025, killing three civilians.",
])
def test_a_headline_a_newsroom_or_a_name_never_referred_back_to_is_no_publisher(text):
    found = sources(text)
    heading = text.split("\n", 1)[0]
    assert not any(name in heading or name.lower() in heading.lower() for names in found for name in names), found


def test_we_inside_a_quotation_is_no_narrator():
    text = ("Kupiansk Aid Collective\n\nA drone struck a bread queue in Kupiansk on 3 March 2025, killing three "
            "civilians. \"We ran to help,\" a volunteer said. \"We carried two of them,\" she added.")
    assert not any("Collective" in name for names in sources(text) for name in names)


# --- a letter's addressee line -------------------------------------------------------------------------------


@pytest.mark.parametrize("addressee", [
    "To: the President of the International Committee of the Red Cross",
    "Cc: Head of the ICRC Delegation in Ukraine",
    "Attention: the UN Human Rights Monitoring Mission in Ukraine",
])
def test_the_body_a_letter_is_addressed_to_on_its_head_lines_is_not_its_source(addressee):
    text = (f"Open letter on detained medics\nKyiv, 5 March 2025\n{addressee}\n\n"
            "On 2 February 2025 Russian soldiers detained two paramedics in Enerhodar. Their families have had no "
            "news since.")
    found = sources(text)
    assert not any("Red Cross" in n or "ICRC" in n or "Mission" in n for names in found for n in names), found


# --- a period's toll cites its body for the toll only ---------------------------------------------------------


@pytest.mark.parametrize("total", [
    "According to the regional administration, 48 civilians have been killed in Kherson Oblast since 1 January.",
    "In the same period, the regional police said, 112 residents of Kherson region were wounded.",
    "The governor said 37 civilians had been killed in Kherson region in the first half of this year.",
    "So far this year 61 people have been killed in Beryslav district, the regional prosecutor's office said.",
])
def test_the_body_giving_a_period_total_is_not_the_source_of_the_incident_told_beside_it(total):
    text = ("On 2 March 2025 a Russian drone hit a minibus near Bilozerka, wounding the driver. "
            f"The vehicle burned out. {total}")
    found = sources(text)
    assert found and found[0] == [], found


@pytest.mark.parametrize("figure", [
    "According to the regional administration, 215 prisoners were freed in the swap.",
    "The regional police said 14 residents were wounded in the strike.",
])
def test_a_figure_with_no_period_still_cites_its_body(figure):
    text = f"On 2 March 2025 Russian forces shelled Bilozerka. {figure}"
    found = sources(text)
    assert found and found[0], found


# --- "the <head noun>" stands for the body named before --------------------------------------------------------


@pytest.mark.parametrize(("text", "body", "not_cited"), [
    ("The Coordination Headquarters for the Treatment of Prisoners of War said 90 soldiers came home on Friday. "
     "A freed marine said guards beat a fellow prisoner to death in a colony in Novozybkov in March 2024. "
     "The headquarters said it had passed his account to prosecutors.",
     "Coordination Headquarters for the Treatment of Prisoners of War", "Prosecutor General's Office"),
    ("The Northern Missing Persons Centre said on Monday it had identified 40 returned bodies. Guards shot two "
     "captured soldiers near Vovchansk in May 2024, the Centre said, citing a survivor.",
     "Northern Missing Persons Centre", None),
    ("The Kharkiv Regional Military Administration reported strikes across the region on Tuesday. A drone hit a "
     "clearly marked ambulance in Zolochiv on 4 March 2025, wounding a paramedic, the administration said.",
     "Kharkiv Regional Military Administration", None),
])
def test_the_head_noun_of_a_body_named_before_stands_for_that_body(text, body, not_cited):
    found = sources(text)
    assert any(body in names for names in found), found
    assert not_cited is None or not any(not_cited in names for names in found), found


def test_the_head_noun_before_a_capitalised_name_or_a_link_is_another_body():
    text = ("The Kyiv Rights Council said it was gathering testimony. A missile hit a school in Sumy on 4 March 2025, "
            "killing a guard, the Council of Europe said.")
    found = sources(text)
    assert found and "Kyiv Rights Council" not in found[0], found


# --- a newsroom's own signature --------------------------------------------------------------------------------


@pytest.mark.parametrize("signature", ["The Editors", "Editorial Board", "The News Desk"])
def test_a_newsroom_signing_its_correction_is_no_source(signature):
    text = ("Correction\n\nAn earlier article misstated the toll of the strike on Kupiansk on 4 March 2025. A drone "
            f"hit a clinic there, wounding two paramedics. We regret the error.\n\n{signature}")
    found = sources(text)
    assert found and not any(signature in names for names in found), found


def test_a_person_signing_a_post_is_still_its_source():
    text = ("A drone hit a clinic in Kupiansk on 4 March 2025, wounding two paramedics.\n\n"
            "Oleh Marchenko, Head of the Kupiansk City Military Administration")
    assert any("Oleh Marchenko" in names for names in sources(text))


@pytest.mark.parametrize("text", [
    "Russian troops shelled a market in Kostiantynivka on 4 March 2025, Ukrainian officials said. The Russian "
    "Defence Ministry said it struck a depot there. The ministry rejected claims that civilians were killed.",
    "Ukrainian officials said Russian troops shelled a market in Kostiantynivka on 4 March 2025, killing five. "
    "Russia's Defence Ministry denied it. According to the ministry, only soldiers were hit.",
    "Russian troops shelled a market in Kostiantynivka on 4 March 2025, killing five, police said. The Russian "
    "Defence Ministry spoke of a strike on a depot; the ministry said no civilians were there.",
])
def test_the_head_noun_of_the_accused_sides_body_keeps_its_side(text):
    found = sources(text)
    assert found and not any("Defence" in name for names in found for name in names), found
