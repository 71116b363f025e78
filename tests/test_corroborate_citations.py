"""Who a report cites and in what role: own reporting, relays, recipients, commentators, the accused.
Every text here is our own; each role is tested in several wordings and with a near miss."""

from __future__ import annotations

import datetime as dt

from warcrimes.corroborate.citations import citations
from warcrimes.corroborate.roles import Role, independent_originators
from warcrimes.corroborate.source_identity import Context
from warcrimes.domain.facts import IncidentFacts, Perpetrator

HORLIVKA = Context(admin1="Donetsk Oblast", place="Toretsk", published=dt.date(2024, 6, 1))


def told(*by: str, party: str = "RU") -> IncidentFacts:
    return IncidentFacts(("attack_on_civilians",), perpetrator=Perpetrator(party), reported_by=by)


def roles(text: str, publisher: str, facts: IncidentFacts) -> list[tuple[str, Role]]:
    return [(c.resolution.name, c.role) for c in citations(text, publisher, facts, HORLIVKA)]


def test_an_outlet_with_its_own_reporters_is_an_originator_in_three_wordings() -> None:
    for text in ("Harbour Daily reporters saw the burnt bus at the depot.",
                 "A woman who lives opposite told Harbour Daily she heard two blasts.",
                 "Our correspondent visited the street a day later."):
        (publisher,) = citations(text, "Harbour Daily", told(), HORLIVKA)
        assert publisher.role is Role.ORIGINATOR and publisher.access == "own reporting", text


def test_an_outlet_that_only_repeats_an_office_is_a_relay() -> None:
    (publisher,) = citations("Two people were killed, officials said.", "Harbour Daily", told(), HORLIVKA)
    assert publisher.role is Role.RELAY


def test_a_body_writing_to_the_icrc_makes_the_icrc_a_recipient() -> None:
    text = ("Three captives were shot, the Ombudsman said. He wrote to the International Committee of the "
            "Red Cross, which reported nothing of its own.")
    found = roles(text, "Kyiv Wire", told("the Ombudsman", "International Committee of the Red Cross"))
    assert ("International Committee of the Red Cross", Role.RECIPIENT) in found


def test_a_body_reacting_to_a_public_video_is_a_commentator_but_one_that_opened_a_case_is_not() -> None:
    reacting = citations("A video circulating online shows the killing. We condemn this crime.",
                         "Telegram: Office of the Prosecutor General", told(), HORLIVKA)[0]
    assert reacting.role is Role.COMMENTATOR
    investigating = citations("A video circulating online shows the killing. Criminal proceedings were opened.",
                              "Telegram: Office of the Prosecutor General", told(), HORLIVKA)[0]
    assert investigating.role is Role.ORIGINATOR and investigating.access == "investigated"


def test_the_side_accused_speaking_of_the_act_is_the_accused() -> None:
    text = "The Russian Defence Ministry said its forces hit only military targets."
    assert ("Russian Defence Ministry", Role.ACCUSED) in roles(text, "Kyiv Wire", told("Russian Defence Ministry"))


def test_a_name_the_report_never_gives_the_word_to_is_not_counted() -> None:
    found = citations("Shells hit the market. The Armed Forces of Ukraine hold the line nearby.",
                      "Telegram: Donetsk Regional Military Administration", told("Ukraine's military"), HORLIVKA)
    assert found[1].resolution.status == "ambiguous" and "never gives it the word" in found[1].resolution.why
    assert independent_originators(found).count == 1


def test_a_first_name_witness_is_folded_into_the_outlets_reporting_not_counted_alone() -> None:
    text = "Olena, 52, told Harbour Daily the windows blew in. Harbour Daily reporters saw the crater."
    found = independent_originators(citations(text, "Harbour Daily", told("Olena"), HORLIVKA))
    assert found.originators == ("name:harbour daily",)


def test_a_community_head_named_only_by_title_is_his_community_s_authority() -> None:
    text = "Two men were killed, the head of the community's military administration said."
    found = citations(text, "Steppe Courier", told("military administration"), HORLIVKA)
    assert found[1].resolution.entity == "local@toretsk" and found[1].role is Role.ORIGINATOR


def test_a_relay_of_an_unnamed_source_still_stands_for_one_unidentified_source() -> None:
    found = independent_originators(citations("Two were killed, sources said.", "Harbour Daily", told("sources"),
                                              HORLIVKA))
    assert found.originators == () and found.unidentified and found.count == 1


def test_ukrainian_and_russian_cues_are_read_too() -> None:
    reacting = citations("У мережі поширюється відео розстрілу. Засуджую цей злочин.",
                         "Telegram: Уповноважений Верховної Ради України з прав людини", told(), HORLIVKA)[0]
    assert reacting.role is Role.COMMENTATOR
    opened = citations("Розпочато кримінальне провадження за фактом обстрілу.",
                       "Telegram: Офіс Генерального прокурора", told(), HORLIVKA)[0]
    assert opened.role is Role.ORIGINATOR and opened.access == "investigated"
    (own,) = citations("Наш корреспондент побывал на месте удара.", "Восточный вестник", told(), HORLIVKA)
    assert own.role is Role.ORIGINATOR and own.access == "own reporting"
    (relay,) = citations("Погибли два человека, сообщили в администрации.", "Восточный вестник", told(), HORLIVKA)
    assert relay.role is Role.RELAY


def test_cues_looked_for_only_where_their_first_word_is_find_what_every_cue_tried_finds() -> None:
    """`_any` passes over the cues whose first word (exact, or a prefix) none of the words is: the same answer
    as trying every cue at every word, for every list of cues, on texts of our own and with a publisher's name."""
    from warcrimes.corroborate.citations import Reading, _any, _cues, find

    cues = _cues()
    lists = [cues.own_reporting, cues.reaction, cues.recipient, cues.attribution, cues.local_markers,
             *(found for _, found in cues.access)]
    texts = ("Harbour Daily reporters saw the burnt bus at the depot, our correspondent said.",
             "Прокуратура розпочала розслідування; слідчі оглянули місце удару та опитали свідків.",
             "В ответ на видео, опубликованное ранее, министерство заявило, что проверит данные.",
             "Officials wrote to the Red Cross and visited the site; investigators interviewed residents.",
             "")
    for text in texts:
        reading = Reading.of(text)
        for words in [list(reading.words), *(list(s) for s in reading.sentences)]:
            for own_name in ((), ("harbour", "daily"), ("прокуратура",)):
                for listed in lists:
                    expected = any(find(cue, words, own_name) for cue in listed)
                    assert _any(listed, words, own_name) is expected, (text, own_name)
