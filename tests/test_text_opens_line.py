"""`opens_line` tells whether only blanks stand before an offset on its line, without scanning the line."""

from warcrimes.extract.engine.text import opens_line


def test_an_offset_after_only_blanks_opens_its_line() -> None:
    text = "Intro.\n   6.1 In 2024\n\t(Kyiv, May 3) -"
    assert opens_line(text, 0)
    assert opens_line(text, text.index("6.1"))
    assert opens_line(text, text.index("Kyiv"), "(")


def test_a_word_before_the_offset_means_it_does_not_open_the_line() -> None:
    text = "He said 6.1 per cent\nthen (Kyiv"
    assert not opens_line(text, text.index("6.1"))
    assert not opens_line(text, text.index("Kyiv"), "(")  # "then" stands before the bracket
    assert not opens_line("x (Kyiv", 3)  # without "(" allowed the bracket is text


def test_an_opener_is_allowed_once() -> None:
    assert not opens_line("((Kyiv", 2, "(")
    assert opens_line(" ( Kyiv", 3, "(")
