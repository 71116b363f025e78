"""Incident assembly: group the sentences that tell one event into one incident.

A lead sentence opens an incident; later sentences join it unless they name another
settlement or a date that cannot be the same event (a background incident), or say
"another"/"separate". Sentences that only attribute or add detail ("This was reported by...",
"Shocking photos appear to show...") join the incident being told. A sentence naming several
settlements, each with its own victims ("2 people in Bakhmut, 1 in Avdiivka"), opens one
incident per settlement. Incidents with no place, date or count are dropped (CONTRACT.md).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from warcrimes.domain.facts import DateInterval, IncidentFacts
from warcrimes.domain.records import ExtractedIncident
from warcrimes.extract.engine.document import Document, Mention
from warcrimes.extract.engine.language import table
from warcrimes.extract.engine.patterns import keep_longest
from warcrimes.extract.engine.pipeline import step
from warcrimes.extract.engine.text import fold, opens_line
from warcrimes.extract.steps.captivity_span import CUSTODY_LABELS, since_day
from warcrimes.extract.steps.cases import Unit, contradicts, opens_unit, sets_another_place
from warcrimes.extract.steps.casualty_words import clause_break, tokens_between
from warcrimes.extract.steps.coreference import Retelling, fold_title, join_accounts
from warcrimes.extract.steps.cues import question_turn
from warcrimes.extract.steps.drafts import (
    CUSTODY_ACTS,
    Draft,
    another_toll,
    compatible,
    draft_region,
    overlap,
    own_day_after_told,
    property_after_people,
    same_place,
    second_strike,
    sets_scene,
    split_by_place,
)
from warcrimes.extract.steps.headline import fold_into_case, tolls_told_below
from warcrimes.extract.steps.incident_facts import to_incident
from warcrimes.extract.steps.live_entries import entries, header_day
from warcrimes.extract.steps.people import find_persons
from warcrimes.extract.steps.period_tally import one_strike
from warcrimes.extract.steps.rollups import dates_above, framed, rollups
from warcrimes.extract.steps.sentence_facts import SentenceFacts
from warcrimes.extract.steps.statistics import add_statistic
from warcrimes.extract.steps.turns import structure


def _figures(facts: SentenceFacts, pinned: list[Mention] | None = None) -> set[tuple[str | None, float]]:
    """The figures a sentence tells; of a sentence split by place ("в X погиб мужчина, в Y ранена пенсионерка"),
    only those `pinned` to the draft at hand."""
    told = pinned if pinned else facts.casualties
    return {(c.value.measure, c.value.count.value) for c in told if c.value.measure}


GESTURE = ":gesture "  # the id of a `victim.pow` pattern telling a surrender by a gesture (cues.json, stage 24)
DRAFT_REACH = 40  # incidents back that a sentence may return to: a report tells fewer; a hostile text stays linear


def _repeats(drafts: list[Draft], facts: SentenceFacts) -> Draft | None:
    """An earlier incident whose figure this sentence repeats ("a civilian died", quoted again)."""
    figures = _figures(facts)
    if not figures or facts.places or facts.dates or facts.another:
        return None  # "In a separate incident, two women were killed": a new event, whatever its count
    # the latest such incident: "X's headline: a pensioner killed in Y ... <Y's account> A pensioner died", the toll
    # quoted again after Y's own account is Y's (stage 21)
    for draft in reversed(drafts[-DRAFT_REACH:]):
        # a headline split by place repeats for each place only the figure told of it: "Погиб 38-летний оператор" after
        # "в Рыльске погиб мужчина, в Теткине ранена пенсионерка" is Rylsk's toll, not Tetkino's (stage 22)
        if draft.events and _figures(draft.events[0], draft.casualties) & figures:
            return draft
    return None


COMBATANT_KINDS = frozenset({"combatant", "pow", "wounded_combatant"})


def _other_kind(draft: Draft, facts: SentenceFacts) -> bool:
    """Its dead are soldiers where the incident's were civilians, or the other way round."""

    def kinds(sentences: list[SentenceFacts]) -> set[bool]:
        return {
            c.value.category in COMBATANT_KINDS
            for s in sentences
            for c in s.casualties
            if c.value.measure == "killed" and c.value.category
        }

    told, now = kinds(draft.events), kinds([facts])
    return bool(told) and bool(now) and not (told & now)


def _own_victims(draft: Draft, facts: SentenceFacts) -> bool:
    """'Troops kept villagers in the school ... In Fedorivka, soldiers executed two men': another act, with
    victims of its own, where the act told before counted none."""
    counted = [c for c in facts.casualties if c.value.measure]
    if not counted or not facts.places or not _untold(draft):
        return False
    return not draft.attacked and not facts.label_values <= draft.labels_told


def _other_object(draft: Draft, facts: SentenceFacts) -> bool:
    """'Yesterday a drone hit a car in X; the driver died. ... <another place> ... In the night a drone hit the X
    hospital': a strike of its own on a protected object of a kind the earlier account at that place never named,
    after that account had counted its hurt, is another event there, not more of it (stage 24, joinV). The object
    named again ("the hospital") keeps the return, and so does a toll or an outcome told with no strike."""
    if not (facts.strong_attack and facts.protected) or not draft.harmed:
        return False
    named = {p.value for s in draft.sentences for p in s.protected}
    return not named & {p.value for p in facts.protected}


def _untold(draft: Draft) -> bool:
    """An incident whose sentences gave no count yet: a bare count that follows is its own."""
    return not draft.counted


def _breaking(doc: Document, draft: Draft) -> Mention | None:
    """'A missile hit the station, killing 50, officials said on Friday': a strike with a toll in the
    sentence that opens the incident, told on a day, happened that day (news of the day); not when the
    strike is told as before the saying ('said on Friday that a drone had killed two': class `anterior`)."""
    if not draft.events:
        return None
    lead = draft.events[0]
    if not (lead.strong_attack and lead.casualties):
        return None
    if any(doc.in_class("anterior", j) for j in tokens_between(doc, *lead.span)):
        return None
    told = [d for d in lead.reported_dates if d.value.granularity == "day" and d.value.role == "reported"]
    return told[0] if told else None


def _day_of_total(doc: Document, sentences: list[SentenceFacts], draft: Draft) -> Mention | None:
    """'In total, 31 people were killed in Kyiv as a result of Russian strikes on July 8': a running total of a
    settlement standing on a day of attacks dates the report's undated incidents in that settlement."""
    if draft.place is None:
        return None
    for facts in sentences:
        days = [d for d in facts.dates if d.value.granularity in ("day", "night")]
        if not days or not facts.places or not doc.has_hit("running_total", *facts.span):
            continue
        if same_place(draft.place, facts.places[0]):
            return days[0]
    return None


def _first_source(doc: Document) -> str | None:
    """The report's first cited source (a post's author): who states a toll whose sentence names none."""
    return next((m.value.name for m in doc.of_kind("source")), None)


def _total_of_split(doc: Document, facts: SentenceFacts, split: list[tuple[Mention, list[Mention]]]) -> None:
    """'3 civilians in the region: 2 in Huliaipole and 1 in Orikhiv': the 3 is a statistic."""
    pinned = [c for _, chosen in split for c in chosen]
    for casualty in facts.casualties:
        if casualty in pinned or casualty.value.measure not in {"killed", "wounded"}:
            continue
        parts = sum(c.value.count.value for c in pinned if c.value.measure in {casualty.value.measure, None})
        if parts == casualty.value.count.value:
            source = facts.sources[0].value.name if facts.sources else _first_source(doc)
            add_statistic(doc, casualty, casualty.value.measure, source, once=True)


def _separate_part(doc: Document, current: Draft | None, facts: SentenceFacts) -> Draft | None:
    """'two were wounded in the incident and four were hurt in a separate location': the counts after
    the marker are a second event of the same statement (and day); those before stay with the first."""
    at = facts.another_at
    if current is None or at < 0 or facts.labels or len(facts.casualties) < 2:
        return None
    told = [c for c in facts.casualties if c.start < at]
    after = [c for c in facts.casualties if c.start > at]
    if told and not clause_break(doc, told[-1].end, at, conjunction=True):
        after = told[-1:]  # "four were hurt in a separate location": the count of its own clause
    before = [c for c in facts.casualties if c.start < (after[0].start if after else at)]
    if not before or not after:
        return None
    separate = Draft(casualties=after[:1], date=current.date)
    separate.add(facts)
    separate.place = next((p for p in facts.places if p.start > at), None)
    return separate


def group(doc: Document, sentences: list[SentenceFacts]) -> list[Draft]:
    """Drafts of incidents, in the order the text first tells them."""
    drafts: list[Draft] = []
    current: Draft | None = None
    before: SentenceFacts | None = None  # the sentence just before, when it told no act
    case: SentenceFacts | None = None  # "Окрім того, прокурори розслідують обстріл X.": the other case's frame
    headings = _date_headings(doc, sentences)
    entry_day: Mention | None = None  # the day of the diary entry being read (its heading's)
    entry_place: Mention | None = None  # the first settlement the entry names before its acts ("we drove to X")
    item = False  # a numbered item ("Count 2:") opened and its act not told yet
    item_place: Mention | None = None  # a list item's heading ("- Nikopol."): where its acts told with no place were
    item_lines = 0  # lines opened since that heading's
    scene_set: SentenceFacts | None = None  # the last scene set (a place or a day, no act) since the last act told
    scene_age = 0  # sentences since that scene was set
    asked = False  # a questioner's turn ("JOURNALIST: ...") told since the last act
    opening: list[SentenceFacts] = []  # sentences opening the next item at another place, its act not told yet
    person: SentenceFacts | None = None  # a unit opened at another person's place, their act not told yet
    last: SentenceFacts | None = None  # the sentence read before
    unit = Unit()  # the paragraph or list item being read (`cases`, stage 23)
    left: Draft | None = None  # the incident a unit's act that contradicts it left (stage 22-23)
    stay: SentenceFacts | None = None  # a captivity link told since the last act: where the stay told next was (23)
    turns = structure(doc)
    turn_starts = turns.turn_starts()  # where an interview's answers and a release's cases open (stage 21)
    started = 0
    turn: Turn | None = None  # the answer or case being read: the place and day its own scene set
    answered_scene: tuple[Mention | None, Mention | None] | None = None  # an answer's scene that told no act
    left_place: Mention | None = None  # where the last act of the answer before happened
    for facts in sentences:
        lo = facts.span[0]
        unit = opens_unit(doc, last, facts) or unit
        last = facts
        if turn is not None and lo >= turn.end:
            if turn.kind == "answer":
                # "- Where did they take you? - In December to a colony in Vyazma.": an answer that told no act
                # leaves its scene to the next one ("- What happened there? - They beat us every day."); one that
                # told an act leaves the place it happened at (the speaker is still there)
                answered_scene = None if turn.told else turn.scene()
                left_place = turn.draft.place if turn.draft is not None else None
            turn = None  # past the answer: the next question, or the outlet's own closing paragraph
        while started < len(turn_starts) and turn_starts[started][0] <= lo:
            start, end, kind = turn_starts[started]
            topic = turn.topic if turn is not None else None
            turn = Turn(kind, end, topic=topic, carried=answered_scene, left_place=left_place)
            answered_scene, left_place = None, None
            started += 1
            if turn.kind == "case":
                # "A priest in Oleshky was taken ...": a case told after the one before, never more of it
                current, before, case, scene_set, item = None, None, None, None, True
        if turns.asked(lo):
            asked = True  # "- Has the hospital been hit?": a question tells nothing; its place and day are the topic
            if turn is not None and turn.kind == "answer":
                answered_scene = None if turn.told else turn.scene()
                left_place = turn.draft.place if turn.draft is not None else None
            turn = Turn("question", facts.span[1], topic=facts)
            continue
        if turn is not None and turn.kind != "question" and not facts.is_event and _sets_turn_scene(facts):
            turn.set_scene(facts)
        if turn is not None and turn.kind != "question" and facts.is_event and current is not None and turn.moves(
            current, facts
        ):
            current = None  # "- Last Friday they attacked a bus stop. Three were wounded.": the answer's own day
        if opens_line(doc.text, facts.span[0]):
            item_lines += 1
            if item_lines > 1:
                item_place = None  # the next item, or a paragraph after the list
        if not facts.is_event and (_heading(doc, facts) or _place_led(doc, facts)):
            item_place = facts.places[0]
            item_lines = 0 if _ends_its_line(doc, facts) else 1
        if _numbered(doc, facts):
            current, item = None, True  # an indictment's next count, a list's next item: another act
        if id(facts) in headings:
            # "Wednesday, 26 June" on a line of its own in a diary: a new entry, whose day dates its acts; the
            # entry before neither runs on into it nor takes its day
            if current is not None:
                for opened in opening:
                    current.add(opened)
            opening = []
            current, before, case, entry_day, entry_place = None, None, None, facts.dates[0], None
            continue
        if entry_day is not None and not facts.is_event and entry_place is None:
            entry_place = next(  # "We drove to X at dawn.": a settlement after a place preposition, not a name
                (
                    p
                    for p in doc.within("place", *facts.span)
                    if doc.in_class("place_preposition", doc.token_before(p.start))
                ),
                None,
            )
        setting, before = before, (None if facts.is_event else facts)
        reason = contradicts(current, facts, unit) if facts.is_event and current is not None else None
        fresh = reason is not None
        elsewhere = not facts.is_event and current is not None and sets_another_place(current, facts, unit)
        unit.read(facts, mark_only=not any(c.isalpha() for c in doc.text[lo : facts.span[1]]))
        if scene_set is not None and _new_paragraph(doc, scene_set, facts):
            scene_set = None
        scene_here, scene_age = scene_set, scene_age + 1  # what this sentence may take; the next, if no act here
        if facts.is_event:
            scene_set = None
        elif sets_scene(facts) and (facts.places or facts.dates):
            scene_set, scene_age = facts, 0  # "TARAS: Near Robotyne, in August 2023." then details, then the act
        if not facts.is_event and facts.link is not None:
            stay = facts  # "Then they brought us to a prison in X.": no act; the stay told next happened there
            continue
        if not facts.is_event:
            asked = asked or _asks(doc, facts)
            if _opens_another(doc, facts):
                case = facts
            if current is not None and _strike_of_its_own_day(current, facts):
                current.closed = True  # "А в неділю дрон атакував односельця." after Tuesday's strike: the next act's
                continue
            if elsewhere and current is not None:
                # "Ще один звільнений — цивільний з Бердянська." after a marine's case: the next person's case opens
                # with the act told next in the unit (a unit that tells none leaves the case before as it was)
                opening.append(facts)
                person = facts
                continue
            if current is not None:
                # "Andrii Tkachuk was detained in May 2022." after an account of March: another person's account
                account = _opens_an_account(doc, facts) and not overlap(current.date, facts.dates[0])
                moved_on = _new_scene(doc, current, facts)
                scene = moved_on or _speaker_moved(doc, current, facts)
                if opening and _new_paragraph(doc, opening[-1], facts):
                    for opened in opening:  # the opening paragraph told no act: it stays with the item before
                        current.add(opened)
                    opening, person = [], None
                if moved_on or opening:
                    # "Обломки дрона, по словам Собко, упали на дом в Y.": the next item's opening paragraph, its
                    # teller's words too, belong to the act told next, not to the item before (stage 21)
                    opening.append(facts)
                else:
                    current.add(facts)
                ended = facts.boundary or _heading(doc, facts) or account
                headed = _heading(doc, facts) or _place_led(doc, facts)
                if not current.closed and (moved_on or headed) and not (facts.boundary or account):
                    current.by_next_item = True  # "Lyman: ...", or the next strike at another place: the day above
                elif ended:
                    current.by_next_item = False
                current.closed = current.closed or ended or scene or headed
            continue
        frame, case = case, None
        if frame is not None:
            current = None  # the act told after "Окрім того, ..." is the other case, not more of the one before
        answered = None  # the incident an answer after a question turn leaves for another kind of act
        if asked and current is not None and facts.label_values and not facts.label_values & current.labels_told:
            answered, current = current, None  # the next topic: an incident of its own
        asked = False
        if opening and current is not None and (_separate_part(doc, current, facts) or split_by_place(facts)):
            for opened in opening:
                current.add(opened)  # a part or a split told next: its opening stays with the incident before
            opening = []
        separate = _separate_part(doc, current, facts)
        if separate is not None and current is not None:
            current.add(facts)
            drafts.append(separate)
            current = separate
            continue
        split = split_by_place(facts)
        if split:
            _total_of_split(doc, facts, split)
            told = facts.span[0]
            for place, casualties in split:
                draft = Draft(place=place, casualties=casualties)
                draft.add(facts)
                draft.place = place
                if len(facts.dates) > 1:  # "near Bakhmut earlier this month ..., and on August 5 near Klishchiivka"
                    first = min(place.start, casualties[0].start)
                    # "killed a woman in X on Sunday, and another drone struck a bus near Y on Monday evening": a day
                    # closing the clause before ", and" is that clause's act's, not the next place's
                    own = [
                        d
                        for d in facts.dates
                        if told <= d.start < first and not clause_break(doc, d.end, first, conjunction=True)
                    ]
                    later = [d for d in facts.dates if d.start >= first and not clause_break(doc, first, d.start, True)]
                    if own:
                        draft.date = own[-1]
                    elif later:
                        draft.date = later[0]
                    else:
                        draft.date = min(facts.dates, key=lambda d: abs(d.start - first))
                    told = max(place.end, casualties[0].end)
                drafts.append(draft)
            current = drafts[-1]
            continue
        leg = None if item else _onward_leg(doc, drafts, facts)
        if leg is not None:
            # "In October the group was moved from Y to a camp near Z.": the deportation's next leg, not a new one;
            # it keeps the day the children were taken, not the day of the move (stage 25)
            day, current, stay = leg.date, leg, None
            leg.add(facts)
            leg.date = day
            continue
        if facts.stops:
            told = len(drafts)
            current, stay = _custody_told(doc, drafts, current, facts.stops), None
            listed = drafts[told] if len(drafts) > told else current
            for opened in opening:
                listed.add(opened)  # "Case 2: a retired fisherman." over the list: its first place's incident
            opening, person, item = [], None, False
            if turn is not None and turn.kind != "question":
                turn.told, turn.draft = True, current  # the case's later acts go on at its last place
            continue
        target = _stay_opened(doc, stay, facts)
        stay = None
        if target is not None:
            drafts.append(target)  # the stay at the place of detention, not more of the capture or the seizure
            item = False
        left = current if fresh else None
        if item:
            current = None  # the act the numbered item tells: joined to no earlier one, by figure or by place
        elif fresh:
            current = None  # "2. On 26 October ... locked two residents in a garage. The men were beaten.": another act
        elif (
            current is not None
            and (current.closed or person is not None)
            and not (facts.places and current.place and same_place(current.place, facts.places[0]))
        ):
            current = None
        repeated = None if item else _repeats(drafts, facts)
        if repeated is not None and property_after_people(repeated, facts):
            repeated = None  # "seized the tractors of the farm the murdered man had run": the dead named as the owner
        if repeated is not None and _elsewhere(repeated, facts, setting):
            repeated = None  # "Обломки упали на дом в Y. Погиб пенсионер.": Y's toll, though X's headline told it
        if repeated is not None and item_place is not None and not (
            repeated.place is not None and same_place(repeated.place, item_place)
        ):
            repeated = None  # a figure in the next list item repeats no count of an item before
        if item or target is not None:
            pass
        elif turn is not None and turn.within_case(current, facts):
            target = current  # "The father was later transferred to Russia; in August 2024 ...": more of the case
        elif (part_of := _part_of_told(doc, drafts, current, facts, setting)) is not None:
            target = part_of  # "Among the injured were two girls.": the victims of the strike told before
        elif repeated is not None and not (current is not None and _untold(current) and compatible(current, facts)):
            target = repeated
        elif current is not None and compatible(current, facts) and not _own_victims(current, facts):
            target = current
        elif reason == "place" and unit.place is not None:
            # "In X the bomb fell by the bus station. Among the hurt were two children." after Y's strike: more of X's
            # case told before, if one was and its day agrees ("X's market has been hit before. In August 2024 a
            # shell landed by its entrance, killing three." after a strike on X on Thursday: an earlier strike of its
            # own); else a case of its own there
            target = next(
                (
                    d
                    for d in reversed(drafts[-DRAFT_REACH:])
                    if d.place is not None
                    and same_place(d.place, unit.place)
                    and overlap(d.date, facts.dates[0] if facts.dates else None)
                ),
                None,
            )
        elif facts.places:
            target = next(
                (
                    d
                    for d in drafts[-DRAFT_REACH:]
                    if d.place is not None
                    and d is not left
                    and same_place(d.place, facts.places[0])
                    and overlap(d.date, facts.dates[0] if facts.dates else None)
                    and not facts.another
                    and not _own_victims(d, facts)
                    and not (another_toll(d, facts) and _other_kind(d, facts))
                    and not _other_object(d, facts)
                    and not own_day_after_told(d, facts)
                ),
                None,
            )
        if target is None:
            # an attack of its own day after an account told without one (`own_day_after_told`): another event, which
            # coreference joins to no earlier account either
            own_day = current is not None and own_day_after_told(current, facts)
            target = Draft(apart=item or left is not None or own_day)
            drafts.append(target)
            item = False
            if entry_day is not None and not facts.dates:
                target.scene_date = entry_day
            if current is not None and property_after_people(current, facts):
                target.owners_told = True  # "... from the farm the murdered man had run": that killing is told before
            if current is not None and second_strike(current, facts):
                # "Forty minutes later, another drone struck a hospital": the account's next strike, on its day; the
                # hospital its headline named ("... kills three; maternity hospital hit") is this strike's
                current.struck_apart.update(p.value for p in facts.protected)
                if not facts.dates:
                    target.date = current.date
            if entry_day is not None and entry_place is not None and not (facts.places or facts.regions):
                target.place = entry_place  # the entry's act told with no place happened where the entry went
            moved = current is not None and setting is not None and bool(setting.dates) and sets_scene(setting)
            if not (facts.places or facts.regions) and setting is not None and setting.places and (
                current is None or moved
            ):
                # "Troops set up guns in the school of X, where villagers live. They forbid them to leave,
                # using them as a shield.": the act told next happened where the sentence before set it; and after
                # an act told before, a scene set with its own day ("Then in November to a colony in X.")
                target.place = setting.places[0]
            elif not (facts.places or facts.regions) and frame is not None and frame.places and current is None:
                target.place = frame.places[0]  # "Окрім того, ... обстрілу Шостки. 3 березня ... Загинули двоє"
            elif _scene_before(facts, scene_here, scene_age, current) and scene_here is not None:
                # "TARAS: Near Robotyne, in mid-August 2023. There were five of us. ... One of them shot him.": an
                # act told with no place or day, a few sentences after the scene its paragraph set, happened there
                target.place = scene_here.places[0] if scene_here.places else target.place
                if not facts.dates and scene_here.dates and target.scene_date is None:
                    target.scene_date = scene_here.dates[0]
            if frame is not None and not facts.dates and setting is not None and current is None:
                days = [d for d in setting.dates if d.value.granularity in ("day", "night")]
                if days and sets_scene(setting):
                    target.scene_date = days[0]  # the other case's day, told in the sentence before its toll
            if current is None and setting is not None and _strike_of_the_day(setting, facts):
                # "Вчора міна влучила в будинок. Поранено жінку.": the toll told next is that strike's, on its day,
                # so a later paragraph's other day ("У середу ... обстріляли околиці") does not date it
                target.date = setting.dates[0]
            elif current is None and setting is not None and _sets_the_day(doc, setting, facts):
                # "On May 3, troops captured three soldiers near X. The soldiers were later shot.": the act
                # told next, naming no day, happened on or after the day the sentence before set
                target.scene_date = setting.dates[0]
                if doc.has_hit("capture", *setting.span):
                    target.add(setting)  # the capture's scene: its victims were in the captors' hands (stage 23)
            elif (
                current is None
                and setting is not None
                and _opens_an_account(doc, setting)
                and _sets_the_day(doc, setting, facts, ACCOUNT_SPANS)
            ):
                target.date = setting.dates[0]  # "X was detained in late March. He said guards beat him ..."
            if setting is not None and _surrender_before(doc, setting, target):
                target.add(setting)  # "We put our rifles down. One of them shot Vitalii.": the men were in their hands
            if target.place is None and item_place is not None and not (facts.places or facts.regions):
                target.place = item_place  # "- Nikopol. A drone hit a house on 6 March. A woman was injured."
            if left is not None and not (facts.places or facts.regions):
                # "2. On 26 October ... locked two residents of the same street in a garage. The men were beaten.":
                # the item's act, at the place of the one before unless its paragraph named another, on its own day
                if target.place is None:
                    target.place = unit.place if unit.place is not None else None if unit.named else left.place
                if not facts.dates and unit.day is not None and sets_scene(setting or facts):
                    target.date = unit.day
            if target.place is None and person is not None and not (facts.places or facts.regions):
                target.place = (person.places or person.other_places)[0]  # "Another freed man is from X. ..."
            if answered is not None and not (facts.places or facts.regions):
                target.answer_place = answered.place  # the answer's act with no place of its own, else the last one
        for opened in opening:
            target.add(opened)
        opening, person = [], None
        if turn is not None and turn.kind != "question":
            turn.lend(target, facts)  # the answer's or the case's own day and place, where its act names none
            turn.told, turn.draft = True, target
        if not target.events and any(h.value == "back" for h in doc.hits_within("retelling", *facts.span)):
            target.told_back = True  # "... found dead after the attack on the hospital": an act the reader knows
        if facts.is_event and doc.sentences and facts.span[0] != doc.sentences[0][0]:
            target.body_told = True  # an act told below the report's first line, not only in its title
        target.add(facts)
        current = None if _headline(doc, facts) and not facts.anchored else target  # lends no act
    if opening and current is not None:
        for opened in opening:
            current.add(opened)
    return [d for d in drafts if d.anchored or _scene_beside(sentences, d)]


def _custody_told(doc: Document, drafts: list[Draft], current: Draft | None, stops: list[SentenceFacts]) -> Draft:
    """A sentence telling one captive's successive places of custody (`captivity_span.custody_stops`): an incident
    per place. The first place goes on with the incident being told when it is the same place ("seized at home in X.
    Held in a basement in X, then taken to Y"). Every later place holds the same captive, whom the incident being told
    (the seizure, a custody) names and its side holds."""
    held = current is not None and not current.closed and bool(current.labels_told)
    named = bool(stops[0].victims or stops[0].casualties)  # the list's own captive, not the one told before
    head = current if held and not named and current is not None and current.labels_told <= CUSTODY_LABELS else None
    for number, clause in enumerate(stops):
        place = clause.places[0] if clause.places else None  # None: a place of detention in no named settlement
        joins = (
            number == 0
            and current is not None
            and not current.closed
            and (place is None or current.place is not None and same_place(current.place, place))
        )
        if joins and current is not None:
            current.add(clause)
            head = current
            continue
        draft = Draft(place=place, captive_of=head)
        # a captive's next place is their own custody there, no later account of another's told before at that
        # place ("He was then moved to Y as well", after another man's stay in Y): it joins no earlier incident
        draft.apart = head is not None
        draft.add(clause)
        draft.place = place
        drafts.append(draft)
        current, head = draft, head or draft
    assert current is not None
    return current


def _stay_opened(doc: Document, link: SentenceFacts | None, facts: SentenceFacts) -> Draft | None:
    """The stay a captivity link opens ("Then they brought us to the pre-trial centre in X. ... They beat us every
    day."): the first act told after the link, naming no place of its own, happened at the link's place, from the
    link's day (or the day the act says it began: "с декабря") on; an incident of its own, apart from the capture's
    killing (a capture of soldiers is no act). After a civilian's seizure the stay is apart only when a time of its
    own is told (the arrival's day, the act's): "detained at home; a letter later came from a prison in Y; he was
    beaten" stays one incident, the seizure first (stage 23)."""
    if link is None or link.link is None or facts.regions:
        return None
    if facts.places and not same_place(facts.places[0], link.link):
        return None  # an act at another place ("... Там його били" keeps the link's place)
    first = link.link_from or since_day(doc, facts)
    if link.link_kind != "capture" and first is None and not facts.dates:
        return None
    draft = Draft(place=link.link, stay=True)
    draft.add(link)
    if first is not None and not facts.dates:
        draft.scene_date = first
    return draft


def _sets_turn_scene(facts: SentenceFacts) -> bool:
    """A sentence of an answer or a case that sets its scene: no act, no court step, no life told; a voice cited in
    it is the turn's own speaker ("HNATIUK: We ended up in a colony in Kamyshin.")."""
    return facts.role == "other" and not (facts.court_step or facts.biography)


def _shared(told: Mention, date: Mention) -> bool:
    """Days one act can have been told on: overlapping, or a day apart when both are days or nights (a night spans
    midnight); two months side by side ("в грудні", then "у січні") are two stories."""
    short = ("day", "night")
    if told.value.granularity in short and date.value.granularity in short:
        return overlap(told, date)
    return told.value.start <= date.value.end and date.value.start <= told.value.end


@dataclass
class Turn:
    """An interview's answer or a release's case being read (stage 21): the first day and place its own
    scene-setting sentences told, else those of the question before it (`topic`)."""

    kind: str
    end: int  # where the turn ends
    topic: SentenceFacts | None = None
    carried: tuple[Mention | None, Mention | None] | None = None  # the scene of an answer before that told no act
    date: Mention | None = None
    place: Mention | None = None
    told: bool = False  # an act was told in the turn
    left_place: Mention | None = None  # where the act of the answer before happened: the speaker is still there
    draft: Draft | None = None  # the incident its last act went to

    def within_case(self, current: Draft | None, facts: SentenceFacts) -> bool:
        """A later act of a case paragraph, naming no other place, is more of the case, whatever day it names."""
        if self.kind != "case" or current is None or self.draft is not current:
            return False
        return not (facts.places and current.place is not None and not same_place(current.place, facts.places[0]))

    def set_scene(self, facts: SentenceFacts) -> None:
        if self.told:
            return  # "... until he turned up in a pre-trial prison in X": after the act, a later place of the case
        # the scene set nearest before the act: "Over the past week we recorded 412 attacks. The gravest case
        # happened yesterday. A drone hit a minibus ..." (a stretch looked back over is no scene)
        days = [d for d in facts.dates if d.value.granularity not in ("since", "window", "range")]
        if days:
            self.date = days[0]
        if facts.places:
            self.place = facts.places[0]

    def scene(self) -> tuple[Mention | None, Mention | None]:
        topic = self.topic if self.kind == "answer" else None
        date = self.date or (topic.dates[0] if topic is not None and topic.dates else None)
        place = self.place or (topic.places[0] if topic is not None and topic.places else None)
        if self.carried is not None and self.kind == "answer":
            date, place = date or self.carried[0], place or self.carried[1]
        return date, place

    def moves(self, current: Draft, facts: SentenceFacts) -> bool:
        """The act told names no day (place) and its turn set one the incident being told cannot share."""
        if self.within_case(current, facts):
            return False
        date, place = self.scene()
        date = facts.dates[0] if facts.dates else date
        told = current.date or current.scene_date  # "On 3 March, one of our crews ...": the scene an answer set
        later = current.stay and date is not None and told is not None and date.value.start >= told.value.start
        if date is not None and told is not None and not _shared(told, date) and not later:
            return True  # a stay's act told later in it ("... every week, until the exchange in September") stays
        return bool(
            not (facts.places or facts.regions)
            and place is not None
            and current.place is not None
            and not same_place(current.place, place)
        )

    def lend(self, target: Draft, facts: SentenceFacts) -> None:
        """A new incident opened in the turn takes the turn's day and place where its act names none."""
        date, place = self.scene()
        if not facts.dates and date is not None and target.date is None and not target.stay:
            target.date = date
        if not (facts.places or facts.regions) and place is not None and target.place is None:
            target.place = place
        elif not (facts.places or facts.regions) and self.kind == "answer" and self.left_place is not None:
            target.left_place = target.left_place or self.left_place  # a place only; it anchors no act


SCENE_REACH = 4  # sentences after a scene-setting one within which an act told with no place or day happened there


def _scene_before(facts: SentenceFacts, scene: SentenceFacts | None, age: int, current: Draft | None) -> bool:
    """An act told with no day, opening a new incident, within SCENE_REACH sentences of its paragraph after the
    last scene set since the last act, took place then and there: when it names no place or region and is two or
    more sentences after the scene (the sentence right before is `setting`'s case); and (stage 24), right after it
    too, when the scene names a day, the two do not both name a place, and the act names no day of a report or of
    a later step ("The worst case of the week happened yesterday morning. A drone hit a minibus near X.", "Це був
    вечір 3 квітня. Ракета влучила в школу в Харкові")."""
    if scene is None or current is not None or not 0 < age <= SCENE_REACH or facts.dates:
        return False
    if age > 1 and not (facts.places or facts.regions):
        return True
    if facts.reported_dates or facts.step_dated or not scene.dates:
        return False
    return not (facts.places or facts.regions) or not (scene.places or scene.regions)


def _part_of_told(
    doc: Document, drafts: list[Draft], current: Draft | None, facts: SentenceFacts, setting: SentenceFacts | None
) -> Draft | None:
    """'In X the bomb struck a queue outside a post office. Among the injured were two girls.': a sentence opening
    with a part of the victims told, or saying one "was among the injured" (`told_part` in roles.json), naming no
    day and no act of its own, tells who the harmed of an act told before were; it joins that act: the one at the
    place it or the sentence just before names, else the one being told. Its count is a part, never a new event
    (stage 22)."""
    if facts.dates or facts.another or facts.labels or not facts.casualties:
        return None
    first = doc.token_at(facts.span[0])
    if not any(
        h.value == "copula" or doc.token_at(h.start) == first for h in doc.hits_within("told_part", *facts.span)
    ):
        return None
    place = facts.places[0] if facts.places else (setting.places[0] if setting is not None and setting.places else None)
    if place is None:
        return current if current is not None and current.harmed else None
    return next(
        (d for d in reversed(drafts[-DRAFT_REACH:]) if d.harmed and d.place is not None and same_place(d.place, place)),
        None,
    )


def _elsewhere(repeated: Draft, facts: SentenceFacts, setting: SentenceFacts | None) -> bool:
    """A toll told with no place of its own right after a sentence setting a strike at another settlement than the
    earlier incident whose count it repeats: it is that settlement's (stage 21)."""
    if facts.places or setting is None or not setting.places or repeated.place is None:
        return False
    strike = setting.strong_attack or setting.weak_attack
    return strike and not any(same_place(repeated.place, p) for p in setting.places)


def _new_paragraph(doc: Document, before: SentenceFacts, facts: SentenceFacts) -> bool:
    return "\n\n" in doc.text[before.span[1] : facts.span[0]]


def _numbered(doc: Document, facts: SentenceFacts) -> bool:
    """A line opening with the number of an indictment's count or of a case ("Count 2:", "Episode three.", "The
    second count:"): each count tells its own act (places, days and victims of its own), so it neither runs on from
    the count before nor joins it. English only (class `enumerator`). A bare list number ("2) On 5 March ...") as
    well cost heldout_en6, en8, en9 0.02 slot F1 each (lists of one event's details): not counted."""
    if "enumerator" not in doc.lang.classes or not opens_line(doc.text, facts.span[0], "("):
        return False
    tokens, (lo, hi) = doc.tokens, facts.span
    k = doc.token_at(lo)
    k += k < len(tokens) and tokens.lower[k] in ("(", "the")

    def number(j: int) -> bool:
        inside = j < len(tokens) and tokens.starts[j] < hi
        return inside and (tokens.lower[j].isdigit() or doc.in_class("list_number", j))

    if number(k) and k + 1 < len(tokens) and doc.in_class("enumerator", k + 1):
        return tokens.starts[k + 1] < hi  # "Second count:", "The third episode"
    return k < len(tokens) and doc.in_class("enumerator", k) and number(k + 1)  # "Count 2:", "Episode three."


def _without_objects_struck_apart(doc: Document, draft: Draft) -> list[SentenceFacts]:
    """The draft's sentences, its headline naming no protected object that a second strike told after it hit and that
    none of its own other sentences names ("Drone attack kills three; maternity hospital hit" over a block's account,
    then "another drone struck a maternity hospital"): the hospital is the second strike's (stage 25, mulX)."""
    if draft.owners_told and draft.events:
        # "In the same weeks, soldiers seized two tractors from the farm the murdered man had run": the pillage, not
        # the killing told before nor its dead (stage 25)
        first = draft.events[0]
        kept = replace(first, labels=[m for m in first.labels if m.value == "pillage_destruction"], casualties=[],
                       harm=set())
        return [kept if s is first else s for s in draft.sentences]
    kinds = draft.struck_apart
    if not kinds or not draft.sentences or not _headline(doc, draft.sentences[0]):
        return draft.sentences
    head, *body = draft.sentences
    if any(p.value in kinds for s in body for p in s.protected):
        return draft.sentences
    return [replace(head, protected=[p for p in head.protected if p.value not in kinds]), *body]


def _headline(doc: Document, facts: SentenceFacts) -> bool:
    """The report's first line, ended by no sentence's stop ("Teacher dies in Russian custody"): a headline. One
    telling an act with no place, day or count tells the whole story in brief, so the account told after it opens
    its own incident and the headline lends it no act (`group`). Closing every headline's draft, anchored ones
    too, cost tests/corpus/heldout slot F1 0.896 -> 0.887 and heldout_en3, en4, en6 0.02-0.04; on for English only
    (roles.json `headline`: heldout_uk_ru13 0.819 -> 0.778 with it)."""
    if not doc.sentences or facts.span[0] != doc.sentences[0][0]:
        return False
    if table(doc.language, "roles.json").get("headline") != "brief":
        return False  # a language whose reports open with a heading of another kind (roles.json `headline`)
    hi = facts.span[1]
    return doc.text[hi - 1 : hi] not in (".", "!", "?") and doc.text[hi : hi + 1] == "\n"


def _asks(doc: Document, facts: SentenceFacts) -> bool:
    """A sentence opening a questioner's turn of a briefing or interview: a line opened by a questioner's label
    ("JOURNALIST:", "Q:", "Reporter (Radio Sumy):"; `cues.question_turn`)."""
    lo, _ = facts.span
    return opens_line(doc.text, lo) and question_turn(doc, doc.token_at(lo))


def _new_scene(doc: Document, current: Draft, facts: SentenceFacts) -> bool:
    """'A drone attacked a car in Kupiansk.' opening a paragraph after an incident in another settlement: a scene
    set at another place opens the next item of a list of incidents; the act told after it happened there."""
    if not facts.places or current.place is None or same_place(current.place, facts.places[0]):
        return False
    if not (facts.strong_attack or facts.weak_attack or facts.labels):
        return False  # "He was later taken to a hospital in X.": a detail of the incident told, not an item
    lo, _ = facts.span
    k = doc.token_at(lo)
    # "Почти одновременно обломки дрона, по словам Собко, упали на дом в X": a strike told at another place with its
    # teller cited beside it still opens the next item; the place is the strike's, not the teller's (stage 21)
    struck = facts.role == "other" and (facts.strong_attack or facts.weak_attack) and not (
        facts.court_step or facts.biography
    )
    return (sets_scene(facts) or struck) and k > 0 and doc.text.count("\n", doc.tokens.end(k - 1), lo) >= 2


def _speaker_moved(doc: Document, current: Draft, facts: SentenceFacts) -> bool:
    """'Потім нас тримали в таборі під Львовом.' in a first-person account after an act at another place: the
    speaker was taken elsewhere, and the acts told next happened there (the `narrator` patterns)."""
    told = current.place or next((p for s in current.sentences for p in s.places), None)  # set by the account
    moved_to = facts.places or facts.other_places  # "повезли до колонії в Таганрозі": a destination, the next scene
    if not moved_to or told is None or same_place(told, moved_to[0]):
        return False
    return doc.has_hit("narrator", *facts.span)


DIARY_HEADINGS = 2  # dated headings in a report that make it a diary (one dated line atop a story is its date)


def _date_headings(doc: Document, sentences: list[SentenceFacts]) -> set[int]:
    """Ids of the sentences that are a dated heading: a sentence opening a line and holding a date and nothing else
    ("Monday", "Wednesday, 26 June", "12.06.2024", "Monday, 3 June." with the entry going on after it on its line),
    in a report with at least two of them (a diary, a log)."""
    found = set()
    for facts in sentences:
        if facts.is_event or len(facts.dates) != 1:
            continue
        lo, hi = facts.span
        date = facts.dates[0]
        rest = doc.text[lo : date.start] + doc.text[date.end : hi]
        if any(c.isalnum() for c in rest) or not opens_line(doc.text, lo):
            continue  # the line may go on after it: "Monday, 3 June. We drove ..." heads the entry told there
        found.add(id(facts))
    return found if len(found) >= DIARY_HEADINGS else set()


_BRACKETED = re.compile(r"\([^()\n]{0,60}\)")  # a heading's own aside: "(Shevchenkivskyi district)", "(city)"


def _heading(doc: Document, facts: SentenceFacts) -> bool:
    """A list item's heading, a settlement named alone or with its oblast or raion ("🔻 Bilozerka.", "- Kupiansk:",
    "- Nikopol (Dnipropetrovsk Oblast)."): what follows is another item, told at that place (the scene-setting
    rule in `group` gives it the place)."""
    if len(facts.places) != 1:
        return False
    lo, hi = facts.span
    names = sorted((m.start, m.end) for m in (*facts.places, *facts.regions, *facts.districts))
    rest, at = [], lo
    for start, end in names:
        rest.append(doc.text[at:start])
        at = max(at, end)
    rest.append(doc.text[at:hi])
    if not any(c.isalnum() for c in _BRACKETED.sub("", "".join(rest))):
        return True
    return _kind_words_only(doc, facts, names)


HEADING_TOKENS = 12  # tokens of a heading naming its place's kind and district ("Посёлок X Y-ского округа.": 5)


def _kind_words_only(doc: Document, facts: SentenceFacts, names: list[tuple[int, int]]) -> bool:
    """'Посёлок Уразово Валуйского округа.', 'The village of Kozacha Lopan.': a heading whose other words only say
    what kind of place it names or which district holds it (class `heading_kind`, and the adjective right before
    one): still a list item's heading (stage 22)."""
    lo, hi = facts.span
    tokens = doc.tokens
    k, stop = doc.token_at(lo), doc.token_at(hi)
    if stop - k > HEADING_TOKENS:
        return False  # a sentence, not a heading
    kinds = 0
    while k < stop and k < len(tokens):
        start = tokens.starts[k]
        word = doc.text[start : tokens.end(k)]
        if any(a <= start < b for a, b in names) or not any(c.isalnum() for c in word):
            k += 1
            continue
        if doc.in_class("heading_kind", k):
            kinds += 1
        elif not (k + 1 < stop and doc.in_class("heading_kind", k + 1)):
            return False  # a word of its own, save the adjective of a district ("Валуйского округа")
        k += 1
    return kinds > 0


def _place_led(doc: Document, facts: SentenceFacts) -> bool:
    """A summary's line opened by its settlement and a colon ("Lyman: a drone hit a car in the morning."): the item
    told at that place, not more of what the line before told (stage 21)."""
    lo = facts.span[0]
    if not facts.places or facts.places[0].start != lo or not opens_line(doc.text, lo):
        return False
    k = doc.token_at(facts.places[0].end)
    return k < len(doc.tokens) and doc.text[doc.tokens.starts[k] : doc.tokens.starts[k] + 1] == ":"


def _ends_its_line(doc: Document, facts: SentenceFacts) -> bool:
    """Nothing but blanks after the sentence on its line: a heading on a line of its own."""
    end = facts.span[1]
    stop = doc.text.find("\n", end)
    return not doc.text[end : len(doc.text) if stop < 0 else stop].strip()


def _opens_another(doc: Document, facts: SentenceFacts) -> bool:
    """A sentence telling no act that opens with a marker of another case ("Окрім того, прокурори розслідують
    обстріл X.", "Кроме того, ..."): the act told after it is that other case, not more of the one before."""
    lo, _ = facts.span
    first = doc.token_at(lo)
    return first < len(doc.tokens) and any(
        doc.token_at(h.start) == first for h in doc.hits_within("another", lo, doc.tokens.end(first) + 40)
    )


def _sets_the_day(
    doc: Document, setting: SentenceFacts, facts: SentenceFacts, spans: tuple[str, ...] = ("day", "night")
) -> bool:
    """A scene-setting sentence (no act, no source speaking, no court step) naming a day, right before an act
    that names no day and no other place and opens by referring back to it ("They", "The soldiers",
    "Then": the class `back_reference`), or right after the capture it tells (roles.json `capture`: "On 3 May our
    unit was taken prisoner near X. Two wounded men were shot on the spot."): the capture's act (stage 23)."""
    if facts.dates or not sets_scene(setting):
        return False
    if not doc.in_class("back_reference", doc.token_at(facts.span[0])) and not doc.has_hit("capture", *setting.span):
        return False
    days = [d for d in setting.dates if d.value.granularity in spans]
    return bool(days) and days[0] is setting.dates[0] and (
        not facts.places or not setting.places or same_place(setting.places[0], facts.places[0])
    )


def _onward_leg(doc: Document, drafts: list[Draft], facts: SentenceFacts) -> Draft | None:
    """A deportation told before whose victims the sentence moves on from a place it already named (its destination):
    "in October 2023 the group was moved from Yevpatoria to a camp near Gelendzhik" after children taken from X to
    Yevpatoria. The sentence tells only a removal (`deportation_transfer`) and opens with a word of origin
    (classes.json `route_from`) before its first settlement; the deportation's draft names that settlement. A
    deportation goes on from its origin (the place the victims were taken from is the incident's); a custody moved to
    a new place of detention is another incident (stage 24, `captivity_span.custody_stops`), so a draft that told a
    detention is not continued here, nor one whose move the stage-24 list reads as custody unless its victims are
    children (a children's camp or home is a placement of the deported, not a prison; stage 25)."""
    if facts.label_values != {"deportation_transfer"} or not facts.places or facts.casualties:
        return None
    if "route_from" not in doc.lang.classes:
        return None  # off in a language without the class
    origin = facts.places[0]
    if not doc.in_class("route_from", doc.token_before(origin.start)):
        return None
    name = fold(origin.value.name or "")
    for draft in reversed(drafts[-DRAFT_REACH:]):
        if "deportation_transfer" not in draft.labels_told or draft.labels_told & CUSTODY_ACTS:
            continue
        if facts.stops and not any(v.value == "child" for e in draft.events for v in e.victims):
            continue  # a captive moved on to a new place of detention: its own incident (stage 24)
        named = {fold(p.value.name or "") for s in draft.sentences for p in s.places + s.other_places + s.destinations}
        if draft.place is not None and fold(draft.place.value.name or "") != name and name in named:
            return draft
    return None


def _surrender_before(doc: Document, setting: SentenceFacts, target: Draft) -> bool:
    """The sentence right before an act that opens an incident tells men giving themselves up (a surrender gesture, a
    `victim.pow` pattern whose id starts "gesture", or a capture: roles.json `capture`) and no act or count, and is
    not already part of it: the act is done to men in the captors' hands, a killing hors de combat, not one in battle
    (CONTRACT.md `pow`: "combatants who surrendered or were captured"; stage 25). A prisoner-of-war noun alone
    ("the treatment of prisoners changed in November") tells no surrender."""
    if not sets_scene(setting) or setting.casualties or any(s is setting for s in target.sentences):
        return False
    gesture = any(v.value == "pow" and GESTURE in v.rule for v in setting.victims)
    return gesture or doc.has_hit("capture", *setting.span)


def _strike_of_the_day(setting: SentenceFacts, facts: SentenceFacts) -> bool:
    """A strike told on a day with no toll of its own ("Вчора міна влучила в будинок."), right before a toll
    that names no day and no other place ("Поранено жінку."): the toll is that strike's (stage 19); so is the hit
    told next ("Одна міна влучила у дах амбулаторії.", stage 21)."""
    if facts.dates or not setting.strong_attack or setting.casualties or not setting.dates:
        return False
    if not ({"killed", "injured"} & facts.harm or facts.strong_attack):
        return False
    if setting.dates[0].value.granularity not in ("day", "night"):
        return False
    return not facts.places or not setting.places or same_place(setting.places[0], facts.places[0])


def _strike_of_its_own_day(current: Draft, facts: SentenceFacts) -> bool:
    """A strike told with its own day and no toll ("А в неділю дрон атакував односельця."), after an incident dated
    to another day: another strike, whose toll is told next (`_strike_of_the_day`), not a detail of the incident
    before; it neither joins it nor gives it its day (stage 21). An incident with no day of its own still takes
    it ("A woman was killed in Kherson. Troops shelled the city on Sunday.")."""
    if not sets_scene(facts) or not facts.strong_attack or facts.casualties or not facts.dates:
        return False
    day = facts.dates[0]
    return day.value.granularity in ("day", "night") and current.date is not None and not overlap(current.date, day)


ACCOUNT_SPANS = ("day", "night", "weekend", "week", "part_of_month", "month")
PERSON_LEAD = 6  # tokens from a sentence's start within which the person whose account it opens is named


def _opens_an_account(doc: Document, facts: SentenceFacts) -> bool:
    """'Mykola Hrytsenko, 52, was stopped at a checkpoint in late March 2022.', 'The second witness, Olha
    Kravets, was taken from her flat in May.': a scene-setting sentence led by a person's name or by the speaker
    ("Мене взяли в полон у березні", class `first_person`) and dated (to the month at least) opens that person's
    account; the act told next ("He said guards beat him") happened then."""
    if not sets_scene(facts) or not facts.dates or facts.dates[0].value.granularity not in ACCOUNT_SPANS:
        return False
    lo, _ = facts.span
    first = doc.token_at(lo)
    if doc.first_in_class("first_person", first, first + PERSON_LEAD) >= 0:
        return True  # "Нас взяли в плен в августе.": the speaker's own account opens
    return any(
        lo <= start and doc.token_at(start) - first < PERSON_LEAD
        for start, _, _ in find_persons(doc, keep_longest(doc.hits("title")))
    )


def _scene_beside(sentences: list[SentenceFacts], draft: Draft) -> bool:
    """'SIZO-2 in Taganrog has held captured Ukrainians for years. Guards beat them from the first days.':
    an act told with no place, day or count takes the settlement of a scene-setting sentence right
    before it or among its own (no source speaking there, no court step), and is kept."""
    if not draft.events:
        return False
    at = next((i for i, s in enumerate(sentences) if s is draft.events[0]), 0)
    beside = sentences[at - 1 : at] if at > 0 else []
    for facts in beside + draft.sentences:
        if facts.is_event or not facts.places or not sets_scene(facts):
            continue
        draft.place = facts.places[0]
        return True
    return False


def topic_place(doc: Document) -> Mention | None:
    """The settlement the report is about: named most often as a possible scene (first on a tie)."""
    counts: Counter[str] = Counter()
    first: dict[str, Mention] = {}
    bylines = doc.cache.get("bylines", ())
    for mention in doc.of_kind("place"):
        if any(lo <= mention.start < hi for lo, hi in bylines):
            continue  # an outlet's name in its by-line ("«Вільна хвиля», 17 вересня"): no place (stage 21)
        if mention.value.role == "event":
            key = fold(mention.value.name or "")
            counts[key] += 1
            first.setdefault(key, mention)
    if not counts:
        return None
    best = max(counts, key=lambda k: (counts[k], -first[k].start))
    return first[best]


HELD_THERE = frozenset({"torture_ill_treatment"})  # acts done where the people taken were brought


def _fallback_place(draft: Draft, topic: Mention | None) -> None:
    """A draft that names no place happened where the report is set, if its region agrees; one telling people taken
    somewhere and then ill-treated ("In December they drove us to a prison in Kursk. Guards beat us ...") happened
    where they were taken."""
    if draft.place is None and draft.labels_told & HELD_THERE:
        taken = [d for s in draft.events for d in s.destinations]
        if taken:
            draft.place = taken[-1]
            return
    if draft.place is None and draft.answer_place is not None:
        draft.place = draft.answer_place  # an answer's act naming no place: where the topic before was
        return
    if draft.place is None and draft.left_place is not None:
        draft.place = draft.left_place  # "- Were there deaths? - In January a man from our barrack ...": still there
        return
    if draft.place is not None or topic is None or any(s.districts or s.court_act for s in draft.events):
        return  # a conviction's act is not where the court sits and the report is set
    if any(s.regions for s in draft.events):
        return  # "на Харківщині", "in Kharkiv Oblast": the region named for the act is its most specific place
    region = draft_region(draft)
    if region is None or region == topic.value.admin1:
        draft.place = topic


LONG_SPANS = frozenset({"month", "season", "year", "range", "since", "window"})


def _over_a_period(doc: Document, draft: Draft) -> bool:
    """'In March 2025, 845 civilians were killed or injured.': a toll told only over a month or longer, of no
    place, is a figure of the period wherever the report tells it (a round-up's opening is not needed)."""
    told = [d for s in draft.events for d in s.dates]
    if draft.labels_told:
        return False  # "In March 2022 troops executed three men": an act named, one event even undated to the day
    if any(one_strike(doc, *s.span) for s in draft.events):
        return False  # "In October a missile killed three people near the station": one strike, told in its month
    return bool(told) and all(d.value.granularity in LONG_SPANS for d in told)


def _tally(doc: Document, draft: Draft, incident: ExtractedIncident) -> bool:
    """In a round-up of a period, a toll told of no place and no day of its own is one more figure of the
    period ('strikes across the country have killed 6 civilians this month'), not an event."""
    facts = incident.facts
    if facts.location is not None or not draft.counted:
        return False
    if any(d.value.granularity in ("day", "night") for s in draft.events for d in s.dates):
        return False
    if facts.reported_on is not None:
        return False  # "on 3 October word came again of a prisoner's execution": a day of its own, one event
    tolls = [c for told in draft.events for c in told.casualties if c.value.measure in {"killed", "wounded"}]
    if not tolls:
        return False  # "19 of those returned had been sentenced unlawfully": an act on people, not a toll
    source = facts.reported_by[0] if facts.reported_by else None
    for casualty in tolls:
        add_statistic(doc, casualty, casualty.value.measure, source)
    return True


def _retelling(doc: Document, draft: Draft) -> Retelling | None:
    """How the draft's opening sentence tells an act again, if it does (stage 24): its act noun referring back or a
    video of the act (`retelling` in roles.json), or every sentence of the draft telling harm with no act of its own
    ("Three people were killed", "the injured were taken to hospital"; care: a word of care, cues.json
    `landmark_before`); `coreference.retells` reads it."""
    if not draft.events:
        return None
    dated = any(s.dates for s in draft.events)
    placed = any(s.places for s in draft.sentences)
    opening = draft.events[0]
    hit = doc.hits_within("retelling", *opening.span, first_only=True)
    if hit:
        return Retelling(hit[0].value, dated, placed=placed)
    if all(not (s.labels or s.strong_attack or s.weak_attack) and (s.harm or s.casualties) for s in draft.events):
        care = any(h.value == "care" for s in draft.events for h in doc.hits_within("landmark_before", *s.span))
        return Retelling("outcome", dated, care, placed)
    return None


def _summary(draft: Draft) -> bool:
    """Every sentence telling the draft's act frames it as cases counted (`tallied`: "documented one case of the
    killing of ...") and none gives a day or names a settlement: a summary announcing the account told after it
    (stage 25)."""
    return bool(draft.events) and all(s.tallied and not s.dates and not s.places for s in draft.events)


@step("assemble", requires=("sentences", "role"), adds=("incidents",))
def assemble(doc: Document) -> None:
    sentences = [m.value.facts for m in doc.of_kind("role")]
    topic = topic_place(doc)
    windowed = any(d.value.granularity == "window" for s in sentences[:3] for d in s.dates + s.reported_dates)
    kept, rolled = rollups(doc, group(doc, sentences), windowed)
    # the sentences each incident is told in, so a voice cited in one is not lent to another (incident_facts._sources)
    doc.cache["told sentences"] = sorted({s.span for draft in kept for s in draft.sentences})
    frames = dates_above(doc, sentences, rolled)
    roundup = any(s.statistical for s in sentences[:2])
    timed = entries(doc, sentences)
    page_day = header_day(doc, sentences, timed) if timed else None
    apart: set[int] = set()  # incidents told as other events ("In a separate incident")
    updates: set[int] = set()  # incidents counted by a toll update ("has risen to three")
    retold: dict[int, Retelling] = {}  # incidents opened by a sentence telling an act again (`_retelling`)
    summaries: set[int] = set()  # incidents told only as counted cases, no day, no settlement (`_summary`)
    named: list[frozenset[str]] = []  # the settlements each incident's sentences name
    untold = False  # the first incident tells no day and no count of its own (`fold_into_case`)
    made: dict[int, IncidentFacts] = {}
    for draft in kept:
        _fallback_place(draft, topic)
        frame = framed(frames, draft)
        if draft.date is None and frame is not None and (not draft.closed or draft.by_next_item):
            draft.date = frame
        if draft.date is None:
            draft.date = draft.scene_date or _breaking(doc, draft) or _day_of_total(doc, sentences, draft)
        pinned = draft.casualties or tolls_told_below(doc, draft, kept)
        head = made.get(id(draft.captive_of))  # the place of custody before: its captive, its captors (stage 24)
        incident = to_incident(doc, _without_objects_struck_apart(doc, draft), draft.place, draft.date, pinned, head)
        if incident is not None:
            made[id(draft)] = incident.facts
        if incident is not None and (roundup or _over_a_period(doc, draft)) and _tally(doc, draft, incident):
            continue
        if incident is not None:
            if not doc.incidents and not any(s.dates or s.casualties for s in draft.events):
                untold = True  # the first incident tells no day and no count of its own (a headline's summary)
            if draft.apart or (draft.events and draft.events[0].another):
                apart.add(len(doc.incidents))
            if _counted_by_update(draft, incident):
                updates.add(len(doc.incidents))
            told = _retelling(doc, draft)
            if told is not None:
                retold[len(doc.incidents)] = told
            if _summary(draft):
                summaries.add(len(doc.incidents))
            named.append(frozenset(fold(p.value.name) for s in draft.sentences for p in s.places if p.value.name))
            doc.incidents.append(incident)
    doc.incidents[:] = join_accounts(
        doc.incidents, frozenset(apart), frozenset(updates), retold, named, frozenset(summaries)
    )
    # "Поліція ... встановила причетних до катування жителів X" over the case told below: the headline sums it up
    doc.incidents[:] = fold_into_case(doc, doc.incidents, untold)
    doc.incidents[:] = fold_title(doc.incidents, _title_line(doc))
    if page_day is not None:
        # "08:10 — A missile hit a high-rise ...": an entry's act told with no day, once its accounts are joined,
        # happened on the day the live page is headed with
        day = DateInterval(page_day.value.start, min(page_day.value.end, doc.published))
        first = min(s.span[0] for s in sentences if id(s) in timed)
        doc.incidents[:] = [
            replace(i, facts=replace(i.facts, date=day))
            if i.facts.date is None and i.facts.span[0] >= first and day.start <= doc.published
            else i
            for i in doc.incidents
        ]


TITLE_ENDS = frozenset(".!?…:;\"'»”“)")  # a line ending so finishes a sentence or a quotation: no title
TITLE_LINES = 4  # non-blank lines a title may follow (an outlet's name, a by-line, a section, a date)


def _title_line(doc: Document) -> tuple[int, int] | None:
    """The span of the report's title: the line the first incident opens on, when it ends with no stop, more text
    follows it, and only a few lines with no stop come before it (an outlet's name, a by-line): "Russian drone kills
    two aid volunteers in Sumy region" over the story."""
    if not doc.incidents:
        return None
    start = min(i.facts.span[0] for i in doc.incidents)
    lo = doc.text.rfind("\n", 0, start) + 1
    hi = doc.text.find("\n", start)
    if hi < 0 or not doc.text[hi:].strip():
        return None
    line = doc.text[lo:hi].rstrip()
    above = [x.rstrip() for x in doc.text[:lo].split("\n") if x.strip()]
    if not line or line[-1] in TITLE_ENDS or len(above) > TITLE_LINES or any(x[-1] in TITLE_ENDS for x in above):
        return None
    if sum(1 for s in doc.sentences if lo <= s[0] < hi) > 1:
        return None  # "1/ Since Sunday a clip has circulated ... We geolocated it. 🧵": a thread's post, no title
    return lo, hi


def _counted_by_update(draft: Draft, incident: ExtractedIncident) -> bool:
    """The incident's victims are counted by a toll update ("The toll has risen to three")."""
    told = next(((p.start, p.end) for p in incident.provenance if p.field == "victims"), None)
    return told is not None and any(
        (c.start, c.end) == told and c.value.update for s in draft.events for c in s.casualties
    )
