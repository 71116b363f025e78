"""Back-references to a cited body and the scopes of a relayed post (stage 20, sources).

Read by steps/actors.py (candidates and their cues) and steps/incident_facts.py (who an incident cites):

- a body defined with its acronym in brackets ("the Northern Field Mission in Ukraine (NFMU)") is the body each
  later use of the acronym names, and it may be no listed body nor end in a known head noun;
- "the monitors", "its observers" stand for the monitoring body named before them;
- a body is cited when it is the subject of a verb of documenting ("NFMU assessed", "the Office has recorded"), the
  agent after "by" ("documented by the Mission") or the listener of an unnamed teller ("a released man told NFMU");
- a forwarded post ("Forwarded from X", "X wrote:") is X's: the incidents told inside it are X's, not the channel's
  that relays it, nor of a body its comment names.

Every word list is the language's data (actors.json `acronym`, `monitor_reference`, `documenting`,
`forward_label`); a language without them has none of these rules.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from warcrimes.errors import ConfigError
from warcrimes.extract.engine.document import Document
from warcrimes.extract.engine.patterns import Match, Pattern
from warcrimes.extract.engine.text import fold

_LEX = "actors.json"
ACRONYM = re.compile(r"\(([A-Z][A-Z0-9&-]{1,9})\)")
QUOTES = str.maketrans("", "", "\"“”«»")
NAME_STOPS = frozenset(".,;:!?\"“”«»()[]|\n")  # a name never runs over these


@dataclass(frozen=True, slots=True)
class Defined:
    """A body named in full with its acronym in brackets: the name at [start, end), the acronym after it."""

    start: int
    end: int
    name: str
    acronym: str
    at: int  # where the acronym in brackets stands


def _initials_hold(acronym: str, words: list[str]) -> bool:
    """The acronym's letters are, in order, initials of the name's capitalised words, its first letter the first
    word's ('UN Joint Human Rights Observation Mission in Ukraine' holds JHROM from 'Joint')."""
    initials = [w[0].upper() for w in words if w[:1].isupper()]
    if not initials or initials[0] != acronym[0]:
        return False
    k = 0
    for letter in initials:
        if k < len(acronym) and letter == acronym[k]:
            k += 1
    letters = [c for c in acronym if c.isalpha()]
    return k == len(acronym) and len(initials) <= len(letters) + 3


def defined_bodies(doc: Document) -> list[Defined]:
    """'the Eastern Observation Office for Ukraine (EOOU)': a run of capitalised words (and the links between them)
    right before an acronym in brackets whose letters are their initials, holding a word of a body
    (class `acronym_body_head`: mission, office, group, court ...), is a body, the acronym its short name."""
    config = doc.lang.table(_LEX).get("acronym")
    if not config or "acronym_body_head" not in doc.lang.classes:
        return []
    cached = doc.cache.get("defined bodies")
    if cached is not None:
        return cached
    text, tokens = doc.text, doc.tokens
    links = set(config["links"])
    found: list[Defined] = []
    seen: set[str] = set()
    for m in ACRONYM.finditer(text):
        acronym = m.group(1)
        if acronym in seen:
            continue
        j = doc.token_at(m.start()) - 1
        run: list[int] = []
        while j >= 0 and len(run) < config["max_words"]:
            word = tokens.words[j]
            if any(c in NAME_STOPS for c in word) or not (tokens.is_cap(j) or tokens.lower[j] in links):
                break
            run.insert(0, j)
            j -= 1
        while run and tokens.lower[run[0]] in links:
            run.pop(0)
        # the name starts at the latest word from which the acronym is still spelled by initials ("Joint ...")
        for k in range(len(run)):
            words = [tokens.words[i] for i in run[k:]]
            if words[0][:1] == acronym[0] and _initials_hold(acronym, words):
                body = [i for i in run[k:] if doc.in_class("acronym_body_head", i)]
                if body or _titled(doc, run[k:]):
                    start, end = tokens.starts[run[k]], tokens.end(run[-1])
                    found.append(Defined(start, end, text[start:end], acronym, m.start()))
                    seen.add(acronym)
                break
    doc.cache["defined bodies"] = found
    return found


TITLED_WORDS = 2  # words of a name, at least, that the title names before the text defines its acronym


def _titled(doc: Document, run: list[int]) -> bool:
    """'Healing Hands International condemns ...' as a report's first line, then 'Healing Hands International (HHI)':
    a name of TITLED_WORDS words or more that the title line holds is the organisation the report is from, though
    no word of a body is in it; not a thing ("Multiple Launch Rocket System": class `acronym_thing_head`)."""
    if len(run) < TITLED_WORDS or doc.in_class("acronym_thing_head", run[-1]):
        return False
    text, tokens = doc.text, doc.tokens
    title_start, title_end = title_line(text, _past_blanks(text, 0))
    title = text[title_start:title_end]
    name = text[tokens.starts[run[0]] : tokens.end(run[-1])]
    acronym = "".join(tokens.words[i][:1] for i in run if tokens.is_cap(i))
    told = name in title or re.search(r"\b" + re.escape(acronym) + r"\b", title) is not None
    return tokens.starts[run[0]] > title_end and told


def _past_blanks(text: str, at: int) -> int:
    """The first offset from `at` that is no white space."""
    while at < len(text) and text[at].isspace():
        at += 1
    return at


KICKER_WORDS = 3  # "STATEMENT", "PRESS RELEASE", "NEWS RELEASE": a label over a release's title


def title_line(text: str, start: int) -> tuple[int, int]:
    """The report's title line from `start`, its first non-empty line: the next one when the first is a kicker, a label
    of KICKER_WORDS words or fewer in capitals ('STATEMENT' over 'Healing Hands condemns ...'; stage 22)."""
    stop = text.find("\n", start)
    stop = len(text) if stop < 0 else stop
    words = text[start:stop].split()
    if stop == len(text) or len(words) > KICKER_WORDS or not all(w.isupper() for w in words):
        return start, stop
    following = _past_blanks(text, stop)
    after = text.find("\n", following)
    return following, len(text) if after < 0 else after


_ACRONYM_BODY = Pattern("acronym.defined", "body", "acronym", ())


def acronym_hits(doc: Document, defined: list[Defined]) -> list[tuple[Match, str]]:
    """The defined names (as body matches) and every other use of their acronyms, each with the body's name."""
    if not defined:
        return []
    tokens = doc.tokens
    by_acronym = {d.acronym: d for d in defined}
    out: list[tuple[Match, str]] = []
    for d in defined:
        out.append((Match(doc.token_at(d.start), doc.token_at(d.end - 1) + 1, d.start, d.end, _ACRONYM_BODY), d.name))
    for i, word in enumerate(tokens.words):
        use = by_acronym.get(word)
        if use is None or tokens.starts[i] == use.at + 1:
            continue  # the acronym in its own brackets is the definition, not a use
        out.append((Match(i, i + 1, tokens.starts[i], tokens.end(i), _ACRONYM_BODY), use.name))
    return out


def monitor_references(doc: Document, bodies: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """'the monitors', 'its observers', 'the court' (actors.json `monitor_reference`): the last body named before them
    whose name holds a word of their kind ('Joint Monitoring Mission', 'Observation Office'; 'District Court of
    Poltava', 'district court in Sumy'). `bodies`: (start, end, name) in text order."""
    config = doc.lang.table(_LEX).get("monitor_reference")
    if not config or not bodies or not doc.hits("monitor_reference"):
        return []
    out = []
    known = {(s, e) for s, e, _ in bodies}
    kinds: dict[str, tuple[list[int], list[str]]] = {}  # per kind, the ends and names of the bodies of that kind
    for kind, stems in config["stems"].items():
        of_kind = sorted((e, n) for _, e, n in bodies if any(fold(w).startswith(tuple(stems)) for w in n.split()))
        kinds[kind] = ([e for e, _ in of_kind], [n for _, n in of_kind])
    for hit in doc.hits("monitor_reference"):
        j = doc.token_at(hit.end)
        if j < len(doc.tokens) and (doc.tokens.is_cap(j) or doc.tokens.lower[j] in ("of", "for")):
            continue  # "the Court of Appeal": another name
        ends, names = kinds.get(hit.value, ([], []))
        k = bisect_right(ends, hit.start)
        if k and (hit.start, hit.end) not in known:
            out.append((hit.start, hit.end, names[k - 1]))
    return out


DOCUMENTS_AFTER = 3  # tokens between a body and its verb of documenting: "JHROM has also recorded"
TOLD_GAP = 2  # tokens between "told", "by" and the body: "told the Mission", "interviewed by its monitors"


def documents(doc: Document, start: int, end: int) -> Match | None:
    """A body documenting what the report tells: the subject of a verb of documenting right after it ('NFMU
    assessed', 'the Office has recorded', 'the Mission considers'), the agent after 'by' ('verified by NFMU'), or
    the one an unnamed teller spoke to ('a released detainee told the Mission')."""
    lo, hi = doc.sentence_of(start)
    last = doc.token_at(end)
    for hit in doc.hits_within("documenting", end, min(hi, doc.reach_after(end, DOCUMENTS_AFTER + 3))):
        if doc.token_at(hit.start) - last <= DOCUMENTS_AFTER and hit.value == "documented":
            return hit
    first = doc.token_at(start)
    for hit in doc.hits_within("documenting", max(lo, doc.reach_before(start, TOLD_GAP + 6)), start):
        if hit.end <= start and first - doc.token_at(hit.end) <= TOLD_GAP and hit.value in ("by", "listener"):
            return hit
    return None


class _ForwardLines:
    r"""Whether a text holds a line a forward label opens or an author's 'wrote:' closes: what the expression
    `^\W*(?:labels)\b|\b(?:written)\s*:` (re.I, re.M) finds, in two searches that start only where a match can
    (stage 24). A label's line is searched from each line break (of "\n" + text; a label starts with a word
    character, so the blanks and marks before it on its line are taken whole and never given back); 'X wrote:' in
    the reversed text, where it starts at the colon (a phrase ends in no blank, so the blanks before the colon are
    taken whole). The engine skips to the next line break or colon at C speed, and each start reads its own line's
    marks or colon's blanks once: linear in the text, where `^\W*` ran over every later blank line from every line
    start (quadratic: 16 s for 12 KB of blank lines) and the phrase was tried at every character (0.05 s per bench
    pass, stage 23). Made once a language."""

    def __init__(self, config: dict) -> None:
        labels, written = config["before"], config["after"]
        if not all(re.match(r"\w", label) for label in labels) or not all(a and not a[-1].isspace() for a in written):
            raise ConfigError("actors.json forward_label: each 'before' label must start with a letter or digit and "
                              "each 'after' phrase must end in no blank; write them so")
        either = "|".join(re.escape(label) for label in labels)
        reversed_written = "|".join(re.escape(a[::-1]) for a in written)
        self.opening = re.compile(rf"\n[^\w\n]*+(?:{either})\b", re.I)
        self.closing = re.compile(rf":\s*+(?:{reversed_written})\b", re.I)

    def search(self, text: str) -> bool:
        return self.opening.search("\n" + text) is not None or self.closing.search(text[::-1]) is not None


_FORWARD_LINES: dict[str, _ForwardLines] = {}


def _forward_lines(code: str, config: dict) -> _ForwardLines:
    """The test for forward lines of a language (made once a language)."""
    found = _FORWARD_LINES.get(code)
    if found is None:
        found = _FORWARD_LINES[code] = _ForwardLines(config)
    return found


def forward_scopes(doc: Document) -> list[tuple[int, int, int, int, str]]:
    """A relayed post's author and reach: (name start, name end, scope start, scope end, name) for each line
    'Forwarded from X' / 'Repost from X' / 'X wrote:' (actors.json `forward_label`); the scope runs to the next such
    line or to a line the relaying channel opens with its own comment label ('Comment:', 'Admin:')."""
    config = doc.lang.table(_LEX).get("forward_label")
    if not config:
        return []
    cached = doc.cache.get("forward scopes")
    if cached is not None:
        return cached
    text = doc.text
    if not _forward_lines(doc.lang.code, config).search(text):
        doc.cache["forward scopes"] = []
        return []  # most reports relay no post: one look at the whole text
    before = [fold(p) for p in config["before"]]
    comments = [fold(p) for p in config["comment"]]
    heads: list[tuple[int, int, int, str]] = []  # line start, name start, name end, name
    stops: list[int] = []
    written = re.compile(r"^(.{2,120}?)\s+(?:" + "|".join(re.escape(a) for a in config["after"]) + r")\s*:", re.I)
    at = 0
    while at < len(text):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        line = text[at:end].strip().strip("*_#>").strip()
        low = fold(line)
        name = next((line[len(label) :] for label in before if low.startswith(label + " ")), None)
        if name is None and (m := written.match(line)):
            name = m.group(1)  # "Kursk Front wrote:"
        if name is not None:
            name = " ".join(name.strip(" :").translate(QUOTES).split())  # '47th Battalion "Stepovyk"': no quotes
            words = name.split()
            named = 1 <= len(words) <= config["max_words"] and (name[:1].isupper() or name[:1].isdigit())
            if named and "." not in name:
                s = max(at, text.find(words[0], at, end))
                e = text.find(words[-1], s, end)
                heads.append((at, s, e + len(words[-1]) if e >= 0 else end, name))
        elif any(low.startswith(c) for c in comments):
            stops.append(at)
        at = end + 1
    scopes = []
    for k, (line_start, s, e, name) in enumerate(heads):
        stop = heads[k + 1][0] if k + 1 < len(heads) else len(text)
        stop = min([c for c in stops if c > line_start] + [stop])
        scopes.append((s, e, line_start, stop, name))
    doc.cache["forward scopes"] = scopes
    return scopes


def forward_scope(doc: Document, offset: int) -> tuple[int, int, str] | None:
    """The forwarded post holding `offset`: (its start, its end, its author), if any."""
    for _, _, lo, hi, name in forward_scopes(doc):
        if lo <= offset < hi:
            return lo, hi, name
    return None


def case_voices(doc: Document, bodies: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """In a report telling a court step (roles.json `court`) or who prosecuted a case, the court named in it and the
    office that prosecuted the case ('the prosecution was supported by X', 'X, which brought the case': actors.json
    `case_role`) speak for the counts the judgment finds (actors.json `case_voice`). `bodies`: (start, end, name) in
    text order; the first court and the first prosecuting body, each once."""
    config = doc.lang.table(_LEX).get("case_voice")
    if not config or not bodies or not (doc.hits("court") or doc.hits("case_role")):
        return []
    stems = tuple(config["court_stems"])
    reach = config["reach"]
    out: list[tuple[int, int, str]] = []
    court = next((b for b in bodies if any(fold(w).startswith(stems) for w in b[2].split())), None)
    if court is not None:
        out.append(court)
    for b in bodies:
        first, last = doc.token_at(b[0]), doc.token_at(b[1])
        lo, hi = doc.sentence_of(b[0])
        before = any(
            h.value == "before" and h.end <= b[0] and first - doc.token_at(h.end) <= reach
            for h in doc.hits_within("case_role", lo, b[0])
        )
        after = any(
            h.value == "after" and h.start >= b[1] and doc.token_at(h.start) - last <= reach
            for h in doc.hits_within("case_role", b[1], hi)
        )
        if (before or after) and b[2] not in {o[2] for o in out}:
            out.append(b)
            break
    return out


NAME_WORDS = 4  # capitalised words of a body's name told beside what it is ("the charity Blue Harbour")
APPOSITION_WORDS = 4  # words between ", a" and what the body is ("Silver Thread, a Kyiv-based foundation")
QUOTE_TOKENS = frozenset("\"'“”«»‘’")
NAME_LINKS = frozenset({"of", "for", "the", "on"})


def _cap_run(doc: Document, i: int, step: int) -> list[int]:
    """Capitalised tokens from token i on (step 1) or back (step -1), on one line, at most NAME_WORDS, a quote
    mark around them skipped."""
    tokens, text = doc.tokens, doc.text
    j = i
    if 0 <= j < len(tokens) and tokens.words[j] in QUOTE_TOKENS:
        j += step
    run: list[int] = []
    while 0 <= j < len(tokens) and len(run) < NAME_WORDS:
        linked = run and tokens.lower[j] in NAME_LINKS and 0 <= j + step < len(tokens) and tokens.is_cap(j + step)
        if not (linked or tokens.is_cap(j) and tokens.words[j].isalpha()):
            break  # "the platform Children of War": a link word inside a name, never at its edge
        lo, hi = sorted((tokens.starts[j], tokens.starts[run[-1]])) if run else (0, 0)
        if "\n" in text[lo:hi]:
            break
        run.append(j)
        j += step
    while run and tokens.lower[run[-1] if step > 0 else run[0]] in NAME_LINKS:
        run.pop(-1 if step > 0 else 0)
    return sorted(run)


def described_bodies(doc: Document) -> list[tuple[int, int, str, str]]:
    """Bodies named beside what they are (class `body_descriptor`): 'the charity Blue Harbour', 'the foundation
    "Silver Thread"', 'Silver Thread, a Kyiv-based foundation': (start, end, name, the descriptor's word)."""
    if "body_descriptor" not in doc.lang.classes:
        return []
    cached = doc.cache.get("described bodies")
    if cached is not None:
        return cached
    tokens, text = doc.tokens, doc.text
    not_before = frozenset(doc.lang.table(_LEX).get("described_body", {}).get("not_before", []))
    words = frozenset(doc.lang.table("classes.json", ("classes",))["classes"]["body_descriptor"])
    out = []
    for i, low in enumerate(tokens.lower):
        if low not in words or not doc.in_class("body_descriptor", i) or tokens.is_cap(i):
            continue
        if i > 0 and tokens.lower[i - 1] in not_before:
            continue  # "the media organization X", "a news network": a newsroom relays
        run = _cap_run(doc, i + 1, 1)
        if not run:  # "Silver Thread, a Kyiv-based foundation": the name before a comma and an article
            k = i - 1
            while k > i - APPOSITION_WORDS - 1 and k > 0 and tokens.lower[k] not in ("a", "an"):
                k -= 1
            media = any(tokens.lower[m] in not_before for m in range(k + 1, i))  # "a nonprofit media organization"
            if k > 1 and tokens.lower[k] in ("a", "an") and tokens.words[k - 1] == "," and not media:
                run = _cap_run(doc, k - 2, -1)
                lo = doc.sentence_of(tokens.starts[k])[0]
                run = [j for j in run if tokens.starts[j] >= lo]
        if run:
            start, end = tokens.starts[run[0]], tokens.end(run[-1])
            out.append((start, end, text[start:end], tokens.lower[i]))
    doc.cache["described bodies"] = out
    return out


def descriptor_references(doc: Document) -> list[tuple[int, int, str]]:
    """'the charity said at the time', 'the foundation said': 'the' and what a body was described as stand for the
    last body so described before them (`described_bodies`); not before a capitalised word ('the charity Blue
    Harbour' names one) nor 'of'."""
    bodies = described_bodies(doc)
    if not bodies:
        return []
    tokens = doc.tokens
    by_word: dict[str, tuple[list[int], list[str]]] = {}  # descriptor -> ends and names of the bodies so described
    for _, end, name, word in sorted(bodies, key=lambda b: b[1]):
        ends, names = by_word.setdefault(word, ([], []))
        ends.append(end)
        names.append(name)
    out = []
    for i in range(1, len(tokens) - 1):
        if tokens.lower[i] not in by_word or tokens.lower[i - 1] != "the" or tokens.is_cap(i):
            continue
        if tokens.is_cap(i + 1) or tokens.words[i + 1] in QUOTE_TOKENS or tokens.lower[i + 1] in ("of", "for"):
            continue
        ends, names = by_word[tokens.lower[i]]
        k = bisect_right(ends, tokens.starts[i - 1])
        if k:
            out.append((tokens.starts[i - 1], tokens.end(i), names[k - 1]))
    return out
