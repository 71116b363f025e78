"""Report structure: the turns of a print interview and the case paragraphs of a release (stage 21).

A print Q&A interview sets a journalist's questions (a dash-led line ending in a question mark, a labelled line
"Q:" / "Journalist:" / the outlet's name and a colon, a line in bold) against the interviewee's answers; a rights
group's release announces "three typical cases" and tells one a paragraph. What each answer or case tells is its
own: a question yields no incident, an answer or a case takes its own place and day, and a case is never more of
the case before it. Language-neutral marks here (dashes, question marks, bold, a colon after a label); the words
are the language's data: classes `question_label`, `answer_label`, the `case_intro` patterns of roles.json.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from warcrimes.extract.engine.document import Document

DASHES = frozenset("-\u2013\u2014\u2012\u2015")  # a turn's typographic opener in print interviews
QUESTION_MARKS = frozenset("?\uff1f")
CLOSERS = "*_\"'\u201d\u2019\u00bb) \t"  # what may close a question line after its mark (bold, quotes)
LABEL_WORDS = 5  # capitalised words of a speaker label before its colon ("The Southern Ledger:")
QUESTIONS = 2  # question turns that make a report an interview (one question in a story is rhetoric)
BARE_QUESTIONS = 3  # unmarked question lines needed when no dash, label or bold marks them
SHORT_TURN = 20  # words: a dash-led line with no question mark after an answer is the next question when shorter


@dataclass(frozen=True, slots=True)
class Structure:
    """Where the turns of an interview and the cases of a release stand."""

    questions: tuple[tuple[int, int], ...] = ()  # spans of question lines
    answers: tuple[tuple[int, int], ...] = ()  # spans of the answers (after a question, to the next question)
    cases: tuple[int, ...] = ()  # offsets where a case paragraph opens
    named_answers: bool = False  # answers open with the speaker's name as a label: the label names who speaks

    def asked(self, offset: int) -> bool:
        """The offset lies in a question line."""
        at = bisect_right(self.questions, (offset, 10**12)) - 1
        return at >= 0 and self.questions[at][0] <= offset < self.questions[at][1]

    def answer_at(self, offset: int) -> int:
        """The number of the answer the offset lies in, or -1."""
        at = bisect_right(self.answers, (offset, 10**12)) - 1
        return at if at >= 0 and self.answers[at][0] <= offset < self.answers[at][1] else -1

    def question_before(self, answer: int) -> tuple[int, int] | None:
        """The question line an answer replies to."""
        if answer < 0:
            return None
        start = self.answers[answer][0]
        at = bisect_right(self.questions, (start, 10**12)) - 1
        return self.questions[at] if at >= 0 else None

    def turn_starts(self) -> list[tuple[int, int, str]]:
        """Where each turn (an answer or a case) opens and ends, with its kind, in text order (a case runs to the
        next case)."""
        ends = [*self.cases[1:], 10**12][: len(self.cases)]
        cases = [(c, e, "case") for c, e in zip(self.cases, ends, strict=True)]
        return sorted([(a, b, "answer") for a, b in self.answers] + cases)


@dataclass(frozen=True, slots=True)
class _Line:
    start: int
    end: int
    dashed: bool
    asks: bool
    label: str  # "question", "answer", "speaker" or ""
    bold: bool
    words: int


def structure(doc: Document) -> Structure:
    """The report's interview turns and case paragraphs (computed once per document)."""
    found = doc.cache.get("structure")
    if found is None:
        questions, answers = _interview(doc)
        lines = _lines(doc)
        found = Structure(
            tuple(questions),
            tuple(answers),
            tuple(_cases(doc)),
            bool(answers) and any(line.start == answers[0][0] and line.label == "speaker" for line in lines),
        )
        doc.cache["structure"] = found
    return found


def _lines(doc: Document) -> list[_Line]:
    text, out, at = doc.text, [], 0
    while at < len(text):
        stop = text.find("\n", at)
        stop = len(text) if stop < 0 else stop
        body = text[at:stop].strip()
        if body:
            start = at + text[at:stop].index(body[0])
            out.append(_read_line(doc, start, start + len(body), body))
        at = stop + 1
    return out


def _read_line(doc: Document, start: int, end: int, body: str) -> _Line:
    dashed = body[0] in DASHES and len(body) > 1 and (body[1].isspace() or body[1].isalpha())
    bold = body.startswith(("**", "__")) and body.rstrip(CLOSERS.replace("*", "").replace("_", "")).endswith(
        ("**", "__")
    )
    asks = body.rstrip(CLOSERS)[-1:] in QUESTION_MARKS
    return _Line(start, end, dashed, asks, _label(doc, start, end), bold, len(body.split()))


def _label(doc: Document, start: int, end: int) -> str:
    """A speaker label opening the line: a word of `question_label` / `answer_label`, or up to LABEL_WORDS
    capitalised words (a name, an outlet's name), then a colon."""
    tokens, first = doc.tokens, doc.token_at(start)
    j = first
    while j < len(tokens) and tokens.starts[j] < end and tokens.lower[j] in ("*", "_"):
        j += 1  # "**Q:**"
    head = j
    for k in range(head, min(len(tokens), head + LABEL_WORDS + 1)):
        if tokens.starts[k] >= end:
            return ""
        if tokens.lower[k] == ":":
            if k == head:
                return ""
            if doc.in_class("question_label", head):
                return "question"
            if doc.in_class("answer_label", head):
                return "answer"
            return "speaker"
        word = tokens.words[k]
        if not (word[:1].isupper() or word in ("'", "\u2019", "(", ")", "\u00ab", "\u00bb", '"') or word == "of"):
            return ""
    return ""


def _interview(doc: Document) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    lines = _lines(doc)
    marked = [
        line
        for line in lines
        if line.label == "question" or (line.asks and (line.dashed or line.bold or line.label == "speaker"))
    ]
    bare = [line for line in lines if line.asks and not line.label and not line.dashed and line.words <= SHORT_TURN * 2]
    if len(marked) >= QUESTIONS:
        asking = {line.start for line in marked}
    elif len(bare) >= BARE_QUESTIONS:
        asking = {line.start for line in bare}
    else:
        return [], []
    dashed = [line for line in lines if line.dashed]
    if sum(1 for line in dashed if line.asks) >= QUESTIONS:
        # "- Your own colleagues have been hit." after an answer: dash-led turns alternate, so a short one after
        # an answer is the next question even with no question mark
        before_was_answer = False
        for line in dashed:
            if line.start in asking:
                before_was_answer = False
            elif before_was_answer and line.words <= SHORT_TURN:
                asking.add(line.start)
                before_was_answer = False
            else:
                before_was_answer = True
    questions = [line for line in lines if line.start in asking]
    if not _alternates(lines, asking):
        return [], []
    answers = []
    following = {a.start: b for a, b in zip(lines, lines[1:], strict=False)}  # each line's next (one pass: linear)
    for k, question in enumerate(questions):
        after = following.get(question.start)
        if after is None or after.start in asking:
            continue
        stop = questions[k + 1].start if k + 1 < len(questions) else len(doc.text)
        if k + 1 == len(questions) and after.dashed:
            # the last answer is its dash-led paragraph and the lines after it that are no new paragraph of the
            # report's own voice: a closing statistics paragraph is the outlet's
            stop = after.end
        answers.append((after.start, stop))
    return [(q.start, q.end) for q in questions], answers


def _alternates(lines: list[_Line], asking: set[int]) -> bool:
    """Most questions are followed by a line that is not a question (an answer): a list of questions is no
    interview."""
    answered = sum(1 for a, b in zip(lines, lines[1:], strict=False) if a.start in asking and b.start not in asking)
    return answered >= QUESTIONS and answered * 2 >= len(asking)


# only blanks up to the line's end: checked in place, not by copying the rest of the line (a one-line report full of
# announcements was quadratic)
LINE_ENDS_HERE = re.compile(r"[^\S\n]*(?:\n|\Z)")


def _cases(doc: Document) -> list[int]:
    """Offsets of the paragraphs after a sentence announcing typical cases ("The report describes three typical
    cases", `case_intro` in roles.json): each opens a case of its own."""
    text = doc.text
    ends = (doc.sentence_of(h.start)[1] for h in doc.hits("case_intro"))
    # the announcing sentence closes its paragraph: the cases follow it ("Typical cases include ..." mid-paragraph
    # names a topic)
    hi = next((end for end in ends if LINE_ENDS_HERE.match(text, end)), -1)
    if hi < 0:
        return []
    out = []
    at = text.find("\n", hi)
    while 0 <= at < len(text):
        start = at + 1
        while start < len(text) and text[start].isspace():
            start += 1
        if start >= len(text):
            break
        k = at
        while k > 0 and text[k - 1].isspace():
            k -= 1  # the last mark before the line break (a walk over blanks only: linear in the report)
        before = text[k - 1 : k]
        if before in ".!?\u00bb\"\u201d:)" or "\n" in text[at + 1 : start]:
            out.append(start)  # a new paragraph, not a wrapped line of the one before
        at = text.find("\n", start)
    return out

