"""Is this capitalised name a place, and the scene of an incident? Clues from the words around it.

A village named like a surname ("Ivan Fedorov"), a capital used for its government ("Kyiv said"),
a city in an institution's name ("Kharkiv City Council") or a direction ("30 km west of Kyiv")
is kept out of incident locations.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import replace
from functools import cache

from warcrimes.extract.engine.document import Document, Mention
from warcrimes.extract.engine.language import table
from warcrimes.extract.engine.patterns import Match
from warcrimes.extract.engine.text import fold, opens_line
from warcrimes.extract.steps.people import given_names

_LEX = "places.json"
QUOTES = frozenset({'"', "'", "\u201c", "\u201d", "\u00ab", "\u2018", "\u2019"})  # folded forms of opening quotes


def suffix_at(doc: Document, label: str, end: int) -> Match | None:
    """A match of `label` right after a name, on the same line and with no comma between."""
    for match in doc.starting_at(label, end):
        between = doc.text[end : match.start]
        if "\n" not in between and "," not in between:
            return match
    return None


@cache
def stop_forms(language: str) -> frozenset[str]:
    raw = table(language, _LEX)["stop_forms"]["stop"]
    collisions = table(language, "place_collisions.json")["collision"]["collision"]
    return (
        frozenset(fold(w) for w in raw)
        | given_names(language)  # "Владимир Зеленский" is no town
        | frozenset(fold(w) for w in collisions)
    )


def surnames(text: str, language: str, folded: str | None = None) -> frozenset[str]:
    """Folded words that follow a given name somewhere in the report ("Mikhail Romanov" -> "romanov")."""
    given = given_names(language)
    words = (folded if folded is not None else fold(text)).split()
    if given.isdisjoint(words):
        return frozenset()  # no given name in the report (one look-up per word, in C)
    pairs = zip(words, words[1:], strict=False)
    return frozenset(second.strip(",.;:'\"()") for first, second in pairs if first in given)


def is_person(doc: Document, start: int) -> bool:
    """A place-named word right after a given name or an honorific is a surname ("Ivan Fedorov")."""
    k = doc.token_before(start)
    if k >= 0 and doc.tokens.lower[k] == "." and doc.tokens.touching(k - 1):
        k -= 1  # "Dr. Ivanov"
    if k < 0 or doc.tokens.end(k) < start - 2 or not doc.tokens.lower[k].isalpha():
        return False
    word, names = doc.tokens.lower[k], table(doc.lang.code, "names.json")
    if word.endswith(tuple(names["patronymic_endings"])) and doc.tokens.is_cap(k):
        return True
    if word in given_names(doc.lang.code) or word in names["honorific"]["honorific"]:
        return True
    parses = getattr(doc.lang.lemmatizer, "parses", None)  # "Владимира Жданова": a given name in another case
    likeliest = parses(word)[:1] if parses is not None and doc.tokens.is_cap(k) else []
    return bool(likeliest) and "Name" in likeliest[0].tag.grammemes


# what follows a capitalised dateline's place: "KYIV, June 8", "KYIV/MOSCOW, Aug 9" (stage 25)
_DATELINE_MARKS = frozenset({",", "\u2014", "-", "\u2013", "/"})
_STORY_DASHES = frozenset({"\u2014", "-", "\u2013"})  # what opens a wire story after its dateline
EXAMPLE_REACH = 16  # tokens of a list of names after "such as"
LIST_REACH = 16  # tokens of a list of names before "and other cities"


def _an_example(doc: Document, start: int) -> bool:
    """A place in a list of names that "such as"/"for example" opens: an example, not a scene; or one that
    "excluding"/"except" opens ("in the oblast (excluding Mariupol and Volnovakha)"): left out, no scene (stage 21)."""
    tokens, j = doc.tokens, doc.token_at(start)
    for k in range(j - 1, max(-1, j - EXAMPLE_REACH), -1):
        if doc.ending_at("examples_before", tokens.end(k)) or doc.ending_at("excluded_before", tokens.end(k)):
            return True
        word = tokens.lower[k]
        if not (tokens.is_cap(k) or word in {",", "(", ")", "-"} or doc.in_class("conjunction", k)
                or doc.starting_at("oblast_suffix", tokens.starts[k])):
            return False
    return False


ORG_NAME_WORDS = 4  # capitalised words after a place up to the head noun of an organisation's name


def names_an_organisation(doc: Document, end: int) -> bool:
    """A place word opening a run of capitalised words that holds an organisation's head noun (class
    `organisation_head`: "Dnipro Wire", "Kharkiv Daily", "Odesa Human Rights Circle", "Sumy Oblast Council"), or a
    generic head (`mandate_head`: centre, office) after a word of a body's mandate (`mandate_word`: "Tavria Legal
    Aid Centre", "Lastivka Children's Rights Centre"; stage 25b) names an outlet or a body, not the scene of an
    act. A facility's name ("Dnipro Regional Trauma Centre") has no mandate word and stays a place."""
    tokens, j = doc.tokens, doc.token_at(end)
    if j >= len(tokens) or tokens.starts[j] != end + 1 or doc.text[end] != " ":
        return False  # the name goes on after one space, on the same line
    k, words, mandate = j, 0, False
    while k < len(tokens) and words < ORG_NAME_WORDS:
        if not tokens.is_cap(k) or (k > j and tokens.starts[k] != tokens.end(k - 1) + 1):
            return False
        if doc.in_class("organisation_head", k) or (mandate and doc.in_class("mandate_head", k)):
            return True
        mandate = mandate or doc.in_class("mandate_word", k)
        k, words = _past_possessive(doc, k + 1), words + 1
    return False


POSSESSIVE_MARKS = frozenset({"'", "\u2019"})


def _past_possessive(doc: Document, k: int) -> int:
    """The token after a possessive ending glued to the word before `k` ("Children's", "Women’s"), else `k`."""
    tokens = doc.tokens
    if (k + 1 < len(tokens) and tokens.lower[k] in POSSESSIVE_MARKS and tokens.lower[k + 1] == "s"
            and tokens.touching(k - 1) and tokens.touching(k)):
        return k + 2
    return k


DATELINE_HEAD = 4  # tokens after a line's opening place within which a dateline's date begins ("Kyiv, Ukraine, May 3")
DATELINE_TAIL = 12  # tokens after that date within which its agency's tag closes and the story's dash stands


def _dated_line_head(doc: Document, start: int, end: int) -> bool:
    """A place opening a line, then a comma, a date and a dash ("Kyiv, May 3 (Agency) -"): where a wire
    story was filed, not where its event happened (the text places the event itself)."""
    text, tokens = doc.text, doc.tokens
    if not opens_line(text, start, "("):
        return False
    after = doc.token_at(end)
    if after >= len(tokens) or tokens.lower[after] != ",":
        return False
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    head = [d for d in doc.within("date", end, line_end) if d.start < doc.reach_after(end, DATELINE_HEAD)]
    if not head:
        return False
    stop = min(line_end, doc.reach_after(head[0].end, DATELINE_TAIL))
    return any(
        tokens.lower[k] in _STORY_DASHES and (tokens.lower[k] != "-" or not tokens.touching(k - 1))
        for k in range(doc.token_at(head[0].end), doc.token_at(stop))
    )


def role_of(doc: Document, start: int, end: int) -> str:
    """'event' for a place that may be an incident's scene; 'reference' for a direction, a dateline, a
    neighbourhood or a capital standing for its government; 'org' for a city in an institution's name."""
    text, places = doc.text, doc.lang.table(_LEX)
    if doc.starting_at("compound_tail", end) and doc.tokens.touching(doc.token_before(end)):
        return "reference"  # "Kyiv-area towns", "Kherson-based": a neighbourhood, not the scene
    if suffix_at(doc, "institution_suffix", end) or names_an_organisation(doc, end):
        return "org"
    if doc.ending_at("reference_before", start):
        return "reference"
    if doc.ending_at("care_before", start) and suffix_at(doc, "care_facility_after", end):
        return "reference"  # "taken to the Mykolaiv city hospital": where the hurt were brought, not the scene
    tokens, after, before = doc.tokens, doc.token_at(end), doc.token_before(start)
    following = tokens.lower[after] if after < len(tokens) else ""
    if text[start:end].isupper() and end - start > 3 and following in _DATELINE_MARKS:
        return "reference"  # a dateline: "KYIV, June 8 (Reuters)", "ZAPORIZHZHIA \u2014 Ukrainian prosecutors"
    if suffix_at(doc, "river_after", end) or (
        doc.ending_at("river_before", start)
        and not suffix_at(doc, "oblast_suffix", end)
        and not suffix_at(doc, "raion_suffix", end)
    ):
        return "reference"  # "along the Dnipro", "the Oskil river": a river, not the settlement of its name
    if _dated_line_head(doc, start, end):
        return "reference"  # a dateline in capitals and small letters: "Kyiv, May 3 (Agency) -"
    bracketed = before >= 0 and tokens.lower[before] == "(" and tokens.touching(before)
    if bracketed and following == "," and tokens.starts[after] == end:
        return "reference"  # "(Kyiv, April 13, 2023)"
    stop = min(doc.sentence_of(start)[1], doc.reach_after(end, LIST_REACH))
    if text[end : end + 1] == "," and doc.has_hit("and_other", end, stop):
        return "reference"  # "in Bucha, Irpin, Izyum, and other cities": rhetoric, not a scene
    if _an_example(doc, start):
        return "reference"  # "in cities such as Mariupol, Popasna and Lysychansk": examples of a pattern
    k = doc.token_before(start)
    governed = doc.in_class("place_preposition", k)
    if _body_of_the_place(doc, k, end):
        return "reference"  # "correspondents of a Kyiv channel", "a Kharkiv charity": where a body is based
    if _named_by_a_body_noun(doc, k):
        return "reference"  # "the volunteer group Svitanok Rescue", "the charity 'Tavriia'": a body's name
    if _opens_a_quoted_title(doc, start, end):
        return "reference"  # "рассказал «Тихому сигналу»": an outlet's title, not the village Tykhyi
    if not governed and _person_after(doc, end):
        return "reference"  # "Luka, 67, told us", "..., Nadiia recalled": a person's first name, not the village
    if fold(text[start:end]) in places["capitals"] and (
        doc.ending_at("addressing", start)
        or not governed and (suffix_at(doc, "metonymy_after", end) or doc.in_class("conjunction", k))
    ):
        # "Kyiv and Moscow", "Kyiv said", "attacks that Moscow blames on Kyiv": the government, not the city
        return "reference"
    return "event"


NOTE_CLOSERS = frozenset({")", ";"})  # what ends a note on a homonym inside its sentence


def homonym_notes(doc: Document) -> list[tuple[int, int]]:
    """'(не плутати з Покровськом на Донеччині)', ', не путать с Никольским Курской области.': the words after a note
    that the place told is not its namesake (`reference_before` value `homonym_note`), to a closing bracket, a
    semicolon or the sentence's end, name the other place and its region; none of them is the scene or tells the
    scene's region (stage 20). A language without the note has no spans."""
    spans = []
    for hit in doc.hits("reference_before"):
        if hit.value != "homonym_note":
            continue
        stop, tokens = doc.sentence_of(hit.start)[1], doc.tokens
        for j in range(doc.token_at(hit.end), doc.token_at(stop)):
            if tokens.lower[j] in NOTE_CLOSERS:
                stop = tokens.starts[j]
                break
        spans.append((hit.end, stop))
    return spans


def _named_by_a_body_noun(doc: Document, k: int) -> bool:
    """The token before a place word (a quote mark aside) is a noun a body's name follows (class `name_giver`:
    group, charity, portal, foundation): "the volunteer group Tavriia Search" names the group, not the village.
    A language without the class has no such rule."""
    if k >= 0 and doc.tokens.lower[k] in QUOTES:
        k -= 1
    return "name_giver" in doc.lang.classes and doc.in_class("name_giver", k)


TITLE_WORDS = 2  # words a quoted title may run on after the place word: «Тихому сигналу», «Вести Курска»
OPENING_QUOTES = frozenset({"\u00ab", "\u201c", '"'})
CLOSING_QUOTES = frozenset({"\u00bb", "\u201d", '"'})


def _opens_a_quoted_title(doc: Document, start: int, end: int) -> bool:
    """A place word right after an opening quote with one or two more words before the closing one starts a
    title ("рассказал «Тихому сигналу»", "told “Novaya Gazeta”"): an outlet's, a programme's or a
    body's name, not the scene (stage 22). A word must stand before the quote: quoted speech opens a sentence or
    follows a colon ("заявил: «Харьков снова обстреляли»"), and not a preposition of place. The place word alone
    in quotes is left to the noun before it."""
    tokens, k = doc.tokens, doc.token_before(start)
    if k < 1 or tokens.lower[k] not in OPENING_QUOTES or not tokens.touching(k) or not tokens.words[k - 1].isalpha():
        return False
    if doc.in_class("locative_preposition", k - 1):
        return False  # 'in "Kherson city"', "в «Херсоне-центре»": a place quoted after a preposition of place
    j = doc.token_at(end)
    for i in range(j, min(len(tokens), j + TITLE_WORDS + 1)):
        word = tokens.words[i]
        if word in CLOSING_QUOTES:
            return i > j
        if not word.isalpha():
            return False
    return False


def _body_of_the_place(doc: Document, k: int, end: int) -> bool:
    """'a Kyiv channel', 'an Odesa legal charity': an article, the place word, at most one more word, and a noun a
    body's name is made of (class `name_giver`): the body is based there, nothing happened there."""
    if "name_giver" not in doc.lang.classes or not doc.in_class("indefinite", k):
        return False
    j = doc.token_at(end)
    if j >= len(doc.tokens):
        return False  # "a Bakhmut" ending the text: no word after the place (found by test_extract_properties)
    return doc.in_class("name_giver", j) or (doc.tokens.lower[j].isalpha() and doc.in_class("name_giver", j + 1))


def _person_after(doc: Document, end: int) -> bool:
    """A place word followed by a person's age between commas (", 67,", not a year) or by a verb only people do
    (`person_after`: said, told, recalled) names a person ("Luka, 67, told us"; "Nadiia recalled")."""
    for match in doc.starting_at("person_after", end):
        between = doc.text[end : match.start]
        if "\n" in between or between.strip():
            continue
        age = doc.text[match.start : match.end].strip(" ,")
        if not age.isdigit() or len(age) <= 3:
            return True
    return False


def _scene_follows(
    text: str, scenes: list[Mention], starts: list[int], mention: Mention, sentence: Callable[[int], int]
) -> bool:
    """Another settlement told as a scene in this sentence or the next few of its paragraph (scenes are in text
    order): a place a later paragraph tells (another prisoner's detention city) is another account's (stage 21)."""
    at = bisect_left(starts, mention.end + 1)
    name = fold(mention.value.name or "")
    last = sentence(mention.start) + CAPTURE_SENTENCES
    for scene in scenes[at:]:
        if sentence(scene.start) > last or "\n\n" in text[mention.end : scene.start]:
            return False
        if fold(scene.value.name or scene.value.admin1 or "") != name:
            return True
    return False


CAPTURE_SENTENCES = 2  # the place of captivity is told in the same sentence or the next one or two


def captures_as_background(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """'captured near Krynky ... beaten in a detention facility in Taganrog': the capture place is
    background when another scene follows; alone, it stays the scene ("captured near X and shot")."""
    scenes = [
        m
        for m in mentions
        if (m.kind == "place" and m.value.role == "event") or (m.kind == "region" and m.value.country == "RU")
    ]
    starts = [s.start for s in scenes]
    sentence_starts = [lo for lo, _ in doc.sentences]

    def sentence(offset: int) -> int:
        return bisect_right(sentence_starts, offset) - 1

    routed = {
        m.start
        for m in scenes
        if m.kind == "place" and (doc.ending_at("route_before", m.start) or doc.ending_at("resident_before", m.start))
    }
    out = []
    for mention in mentions:
        event = mention.kind == "place" and mention.value.role == "event"
        captured = event and doc.ending_at("capture_before", mention.start)
        if event and mention.start in routed and _scene_beside(scenes, routed, mention, sentence):
            captured = True  # "на трасі Херсон–Миколаїв поблизу Комишан", "житель Херсона ... в Олешках": background
        elif captured and _scene_follows(doc.text, scenes, starts, mention, sentence):
            captured = True
        else:
            captured = False
        if captured:
            mention = Mention(
                mention.kind, mention.start, mention.end, replace(mention.value, role="reference"), mention.rule
            )
        out.append(mention)
    return out



def _scene_beside(
    scenes: list[Mention], routed: set[int], mention: Mention, sentence: Callable[[int], int]
) -> bool:
    """Another place of its sentence that is not a road's end (places.json `route_before`: "на трасі X–Y", "на
    дороге из X в Y", "між X та Y", stage 20b) nor a home ("житель Херсона", `resident_before`): the village named
    beside the road, the cellar's town, is the scene; a road's ends or a home alone stay the scene."""
    at = sentence(mention.start)
    return any(s.start not in routed and s.kind == "place" and sentence(s.start) == at for s in scenes)


def villages_over_communities(
    doc: Document, mentions: list[Mention], within: Callable[[Mention, Mention], Mention | None]
) -> list[Mention]:
    """'у Слов'янці Межівської громади', 'Покровську громаду, у селі Шевченкове': a community named by its centre
    (places.json `community_words`: громада, ТГ; община, округ) is an area, not the scene, when its sentence names
    another settlement; alone it stays (its centre is the nearest place told). A village of several namesakes is
    the one in that community's raion (`within`, None when none is)."""
    words = frozenset(table(doc.language, _LEX).get("community_words", ()))
    if not words:
        return mentions
    communities = [m for m in mentions if m.kind == "place" and fold(doc.text[m.start : m.end]).split()[-1] in words]
    if not communities:
        return mentions
    by_sentence = {doc.sentence_of(m.start): m for m in communities}
    out = []
    for mention in mentions:
        if mention in communities:
            continue
        community = by_sentence.get(doc.sentence_of(mention.start)) if mention.kind == "place" else None
        out.append((within(mention, community) or mention) if community is not None else mention)
    told = {doc.sentence_of(m.start) for m in out if m.kind == "place"}
    for community in communities:
        if doc.sentence_of(community.start) in told:
            continue
        at = _village_next(doc, community, out, within)
        if at is None:
            out.append(community)
        else:
            out[at[0]] = at[1]  # the village, as the namesake in the community's raion
    return sorted(out, key=lambda m: (m.start, m.end))


def _village_next(
    doc: Document, community: Mention, places: list[Mention], within: Callable[[Mention, Mention], Mention | None]
) -> tuple[int, Mention] | None:
    """'Зранку росіяни скинули КАБ на Межівську громаду. У селі Слов'янка ... зруйновано амбулаторію': a community
    told alone whose next sentence, in the same paragraph, names a settlement of its raion (or one with a namesake
    there) is the area the strike hit; the village is the scene (stage 20). Its index among `places` and the
    village as read in that raion, or None."""
    end = doc.sentence_of(community.start)[1]
    if end >= len(doc.text) or not community.value.admin2:
        return None
    lo, hi = doc.sentence_of(_next_sentence_start(doc, end))
    if lo < end or "\n\n" in doc.text[end:lo]:
        return None
    for i, m in enumerate(places):
        if m.kind != "place" or not lo <= m.start < hi or m.value.role != "event":
            continue
        if m.value.admin2 == community.value.admin2:
            return i, m
        found = within(m, community)
        if found is not None and found.value.admin2 == community.value.admin2:
            return i, found
    return None


def _next_sentence_start(doc: Document, end: int) -> int:
    """Where the sentence after the one ending at `end` starts (or `end` at the text's end)."""
    starts = [lo for lo, _ in doc.sentences]
    at = bisect_left(starts, end)
    return starts[at] if at < len(starts) else end


SCENE_MARKS = frozenset({"direction"})  # `reference_before` values that tell a point the scene is measured from


def marks_the_scene(doc: Document, place: Mention) -> bool:
    """A settlement that is no scene itself but tells where the scene is: after a preposition of place (class
    `locative_preposition`, an article between or not) as a point of direction ("4 km south-east of X", "at the
    entrance to X"), or opening the name of a body whose place of custody (class `detention_place`) the scene is
    ("in the basement of the X police department"). A hospital's, a court's or a hometown's place (`reference_before`
    care, court, life) and a body named for itself ("the destruction of the X power plant") are not (stage 25)."""
    k = doc.token_before(place.start)
    if place.value.role == "org":  # "in the basement of the X police department": a place of custody in the body
        k = doc.token_before(doc.tokens.starts[k]) if doc.in_class("definite", k) else -1
        return k > 0 and doc.in_class("partitive_of", k) and doc.in_class("detention_place", k - 1)
    hits = {h.value for h in doc.ending_at("reference_before", place.start)}
    if place.value.role != "reference" or not hits or not hits <= SCENE_MARKS:
        return False
    return doc.in_class("locative_preposition", k)
