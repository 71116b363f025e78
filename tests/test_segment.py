"""Sentence boundaries: abbreviations and initials hold a sentence together, short words do not."""

from warcrimes.extract.steps.segment import sentence_spans


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


def test_a_short_word_before_a_full_stop_ends_the_sentence() -> None:
    assert sentences("Four people died in May. On May 23, a strike hit Kherson.") == [
        "Four people died in May.", "On May 23, a strike hit Kherson."]


def test_month_abbreviations_ranks_and_initials_do_not_end_a_sentence() -> None:
    text = "The U.N. mission said Lt. Col. Petrenko was held on Feb. 24. He was freed."
    assert sentences(text) == ["The U.N. mission said Lt. Col. Petrenko was held on Feb. 24.", "He was freed."]


def test_number_abbreviations_hold_only_before_a_number() -> None:
    assert sentences("Under art. 8 of the Statute. They said no. Then left.") == [
        "Under art. 8 of the Statute.", "They said no.", "Then left."]


def test_a_newline_ends_a_sentence_and_quotes_stay_with_it() -> None:
    assert sentences('"We saw it," he said.\nNext line') == ['"We saw it," he said.', "Next line"]
