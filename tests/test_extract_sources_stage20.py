"""Who an incident cites (stage 20): a body defined with its acronym and named by it later, 'the monitors' and 'the
court' standing for the body named before, a body documenting what it tells, a forwarded post's author, a judgment's
court and prosecuting office, a transcript's speaker, a body referred back to by what it is ('the charity'). Every
sentence here is written for these tests, none taken from a report."""

from __future__ import annotations

import datetime as dt

import pytest

from warcrimes.extract import extract

PUBLISHED = dt.date(2025, 6, 10)


def incidents(text: str) -> list[dict]:
    return extract(text, PUBLISHED).to_contract()["incidents"]


def sources(text: str) -> list[list[str]]:
    return [i["reported_by"] for i in incidents(text)]


def cites(names: list[str], body: str) -> bool:
    return any(body in name for name in names)


# --- a body defined with its acronym in brackets ----------------------------------------------------------------


@pytest.mark.parametrize(("text", "body"), [
    # the acronym spelled from a later word than the first ("UN ..."), the subject of "recorded"
    ("Kyiv, 3 June 2025\n\nThe UN Southern Human Rights Field Mission in Ukraine (SHRFM) published its monthly "
     "findings on Tuesday.\n\nOn 4 May 2025 a guided bomb hit an apartment block in Kostiantynivka, killing six "
     "civilians, SHRFM recorded.", "Southern Human Rights Field Mission in Ukraine"),
    # a head noun no table lists (Office), the subject of "considers"
    ("The Independent Observation Office for Eastern Ukraine (IOOEU) opened a field base in May.\n\n"
     "IOOEU considers that the shelling of a pharmacy in Huliaipole on 17 May 2025, which killed a pharmacist, "
     "was indiscriminate.", "Independent Observation Office for Eastern Ukraine"),
    # the one an unnamed teller spoke to
    ("Staff of the Civil Monitoring Platform of Zaporizhzhia (CMPZ) met released detainees in Zaporizhzhia.\n\n"
     "A man freed in April told CMPZ that Russian guards had beaten him daily in a basement in Vasylivka in "
     "March 2025.", "Civil Monitoring Platform of Zaporizhzhia"),
])
def test_a_body_defined_with_its_acronym_is_cited_where_the_acronym_documents(text, body):
    found = sources(text)
    assert found and all(cites(names, body) for names in found), found


@pytest.mark.parametrize("text", [
    # initials, but no word of a body: a weapon
    "On 2 May 2025 a Multiple Launch Rocket System (MLRS) hit a school yard in Kupiansk, killing a guard.",
    # a place in brackets, not an acronym
    "The Volunteers Hub (Kharkiv) said a drone hit a school yard in Kupiansk on 2 May 2025, killing a guard.",
    # letters that are not the initials of the words before them
    "The Eastern Monitoring Mission (KHPZ) said a drone hit a school yard in Kupiansk on 2 May 2025.",
])
def test_brackets_that_spell_no_body_define_none(text):
    from warcrimes.extract.engine.document import Document
    from warcrimes.extract.engine.pipeline import load
    from warcrimes.extract.steps.source_refs import defined_bodies

    load("en")
    assert defined_bodies(Document(text=text, published=PUBLISHED, language="en")) == []


@pytest.mark.parametrize(("text", "body"), [
    ("UN Joint Civilian Harm Observation Mission in Ukraine (JCHOM)\nPeriodic update, May 2025\n\n"
     "1. In May, JCHOM recorded 80 civilians killed across the country.\n\n"
     "2. On 6 May 2025 a missile struck a market in Druzhkivka, killing five civilians.\n\n"
     "3. On 19 May 2025 shelling killed two men in Siversk. JCHOM could not establish who fired.",
     "Joint Civilian Harm Observation Mission in Ukraine"),
    ("Monthly note\nSteppe Civil Protection Monitoring Group (SCPMG)\n\n"
     "On 2 May 2025 a drone struck a minibus near Kherson, killing three passengers.\n\n"
     "SCPMG documented a second strike on 9 May 2025, when a shell hit a house in Bilozerka and killed a woman. "
     "SCPMG assessed both attacks as indiscriminate.", "Steppe Civil Protection Monitoring Group"),
])
def test_a_body_defined_with_its_acronym_in_the_header_speaks_for_the_whole_report(text, body):
    found = sources(text)
    assert len(found) >= 2 and all(cites(names, body) for names in found), found


# --- "the monitors", "the court", verbs of documenting ------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The Eastern Monitoring Mission visited Kherson in May. On 14 May 2025 a drone killed a cyclist in Bilozerka, "
    "the monitors established.",
    "The Eastern Monitoring Mission visited Kherson in May. Its observers found that a drone killed a cyclist in "
    "Bilozerka on 14 May 2025.",
    "The Eastern Monitoring Mission visited Kherson in May. The death of a cyclist killed by a drone in Bilozerka "
    "on 14 May 2025 was verified by the monitors.",
])
def test_the_monitors_stand_for_the_monitoring_body_named_before(text):
    found = sources(text)
    assert found and cites(found[0], "Eastern Monitoring Mission"), found


def test_a_newsroom_listening_is_no_documenting_body():
    text = ("On 2 May 2025 a drone struck a bus in Nikopol, killing two passengers, residents told the Kyiv "
            "Independent.")
    assert not any(cites(names, "Kyiv Independent") for names in sources(text))


# --- a forwarded post is its author's --------------------------------------------------------------------------


REPOSTS = [
    ("Frontline Relay\n\nForwarded from 47th Separate Rifle Battalion \"Stepovyk\"\n"
     "Yesterday our drone filmed Russian soldiers shooting two Ukrainian prisoners of war near Novoselivka.\n\n"
     "Forwarded from Sumy Regional Military Administration\n"
     "On Saturday evening a Russian glide bomb hit a house in Krasnopillia, killing a 60-year-old man.\n\n"
     "Comment: The regional prosecutor's office has opened a case over the killing of the prisoners.",
     ["47th Separate Rifle Battalion Stepovyk", "Sumy Regional Military Administration"]),
    ("Digest, 8 June\n\nRepost from Kherson Oblast Police:\n"
     "A Russian drone dropped explosives on a car in Bilozerka on 7 June, killing the driver.\n\n"
     "Mykolaiv Volunteer Hub wrote:\n"
     "Two of our volunteers were wounded when shells hit an aid distribution point in Snihurivka on Monday.",
     ["Kherson Oblast Police", "Mykolaiv Volunteer Hub"]),
    ("Our channel\n\nReposted from Belgorod Today\n"
     "On Sunday Ukrainian drones attacked a bus in Shebekino, injuring five civilians.\n\n"
     "Forwarded from Kharkiv Regional Prosecutor's Office\n"
     "On 5 June Russian shelling killed a woman in Kupiansk.\n\n"
     "From the admin: the prosecutors opened a case.",
     ["Belgorod Today", "Kharkiv Regional Prosecutor's Office"]),
]


@pytest.mark.parametrize(("text", "authors"), REPOSTS)
def test_a_forwarded_post_is_cited_to_its_author_only(text, authors):
    found = sources(text)
    assert len(found) == len(authors), found
    for names, author in zip(found, authors, strict=True):
        assert names[0] == author, found
        assert all(n == author or author in n or n in author for n in names), found


# --- a judgment's court and prosecuting office -------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Press service of the Shevchenkivskyi District Court of Poltava\n\nThe court on Tuesday sentenced in absentia a "
    "Russian serviceman to 12 years in prison. The court established that on 14 May 2022 in the village of Hrakove "
    "he shot dead a local man who refused to hand over his car. The prosecution was supported by the Kharkiv "
    "Regional Prosecutor's Office.",
    "A district court in Sumy found a Russian soldier guilty on Thursday of the murder of a 72-year-old woman in "
    "the village of Vorozhba on 3 March 2022. The case was prosecuted by the Sumy Regional Prosecutor's Office.",
    "On 9 April 2022 a Russian tank commander shot a farmer in Lukashivka, according to the verdict of the "
    "Desnianskyi District Court of Chernihiv, which jailed him for 11 years. The Chernihiv Regional Prosecutor's "
    "Office, which brought the case, said the verdict can be appealed.",
])
def test_a_judgments_court_and_prosecuting_office_are_its_sources(text):
    found = sources(text)
    assert found, found
    for names in found:
        assert cites(names, "ourt"), found
        assert cites(names, "Prosecutor's Office"), found


def test_the_prosecutors_office_said_bare_is_the_regional_office_named_before():
    text = ("The Kharkiv Regional Prosecutor's Office charged a Russian officer on Monday. According to the "
            "prosecutor's office, on 3 May 2022 he ordered the shelling of a school in Balakliia, killing a guard.")
    found = sources(text)
    assert found and "Kharkiv Regional Prosecutor's Office" in found[0], found
    assert "Prosecutor General's Office" not in found[0], found


# --- a body referred back to by what it is -------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "body"), [
    ("A glide bomb hit an aid point in Kupiansk on 8 June 2025, killing four civilians, the governor said. The point "
     "was run by the charity Blue Harbour, which had shared its coordinates.\n\nIn a similar attack on 20 May 2025, "
     "two volunteers were injured when a drone hit a van near Kivsharivka, the charity said at the time.",
     "Blue Harbour"),
    ("Silver Thread, a Kyiv-based foundation that supports families of prisoners, published new letters on Monday.\n\n"
     "A shell hit a van of volunteers in Orikhiv on 2 March 2025, wounding two, the foundation said last month.",
     "Silver Thread"),
    ("The organisation \"Open Doors\" runs shelters near the front.\n\nOn 3 April 2025 a drone struck one of its "
     "shelters in Huliaipole, injuring three residents, the organisation reported.", "Open Doors"),
])
def test_the_charity_said_stands_for_the_body_described_so_before(text, body):
    found = sources(text)
    assert found and cites(found[-1], body), found


def test_a_descriptor_before_a_name_is_no_back_reference():
    text = ("The charity Blue Harbour runs an aid point in Kupiansk. On 8 June 2025 a drone hit a bus in Kupiansk, "
            "killing two, the charity Green Step said.")
    found = sources(text)
    assert found and cites(found[0], "Green Step") and not cites(found[0], "Blue Harbour"), found


# --- a transcript's host asks; what the host quotes cites nobody ---------------------------------------------------


@pytest.mark.parametrize("label", ["HOST", "PRESENTER", "Moderator"])
def test_what_a_host_quotes_is_not_cited_for_the_guests_account(label):
    text = (f"Morning Line, 4 May 2025 (transcript)\n\n{label}: The regional police say attacks on medics have "
            "doubled this spring. With us is Olha Savchenko, a nurse from Kherson.\n\n"
            "SAVCHENKO: On 1 May a drone dropped a grenade on our ambulance in Bilozerka. The driver was wounded.\n\n"
            f"{label}: Had the ambulance been marked?\n\nSAVCHENKO: Yes, with red crosses on every side.")
    found = extract(text, dt.date(2025, 5, 4)).to_contract()["incidents"]
    assert found and all(i["reported_by"] == ["Olha Savchenko"] for i in found), found


# --- an organisation's own update: 'our staff', 'our warehouse' -------------------------------------------------


@pytest.mark.parametrize("text", [
    "Open Hearth Relief | Operational update, 4 June 2025\n\nOn 1 June a drone struck our warehouse in Kherson, "
    "injuring two of our staff. Our teams had shared the coordinates of the site with both parties.",
    "Field Kitchens Network - Situation note\n\nOn 2 June 2025 shelling hit a bakery in Nikopol, killing a baker. "
    "Our volunteers delivered bread there every day. Two of our drivers helped carry the wounded.",
    "Steppe Medical Aid: weekly update\n\nOur mobile teams were turned back near Orikhiv on 3 June 2025 after a "
    "drone hit a car of evacuees, killing two civilians. One of our ambulances was damaged.",
])
def test_a_body_on_the_first_line_speaking_of_our_staff_or_premises_is_cited(text):
    found = sources(text)
    assert found and all(names for names in found), found
    name = text.split("|")[0].split(" - ")[0].split(":")[0].strip()
    assert all(cites(names, name) for names in found), found


def test_our_region_in_a_newsreaders_script_names_no_publisher():
    text = ("Evening Round-up\n\nGood evening. On 2 June 2025 a drone hit a bus in Nikopol, killing two passengers, "
            "the governor said. In our region the sirens sounded twice. Our correspondent reports from the scene.")
    found = sources(text)
    assert found and not any(cites(names, "Evening Round-up") for names in found), found


# --- an op-ed's by-lined writer telling in the first person ---------------------------------------------------------


@pytest.mark.parametrize(("text", "writer"), [
    ("Opinion: the civilians Russia holds must not be forgotten\n\nBy Oksana Hrytsai, human rights lawyer\n\n"
     "I have represented families of detained civilians since 2022. My client, a 61-year-old tractor driver, was "
     "taken from his home in Vasylivka by Russian soldiers on 14 August 2022.", "Oksana Hrytsai"),
    ("Why I keep driving to Orikhiv\nBY MYKOLA DEMCHUK\n\nOn 2 May 2025 a drone hit my van outside Orikhiv and "
     "wounded two volunteers who rode with me. I had made that trip forty times.", "MYKOLA DEMCHUK"),
    ("Column\nby Iryna Lysak, paramedic\n\nMy ambulance was shelled in Kupiansk on 9 May 2025; the driver beside "
     "me was killed. I still hear the sound of it.", "Iryna Lysak"),
])
def test_an_op_eds_writer_telling_in_the_first_person_is_cited(text, writer):
    found = sources(text)
    assert found and all(cites(names, writer) for names in found), found


def test_a_newsroom_byline_is_no_writer_cited():
    text = ("Drone hits van in Orikhiv\n\nBy Staff Reporter\n\nOn 2 May 2025 a drone hit a van outside Orikhiv, "
            "wounding two volunteers, the governor said. \"I was driving,\" one of them said. \"My hands shook.\"")
    found = sources(text)
    assert found and not any(cites(names, "Staff") for names in found), found
