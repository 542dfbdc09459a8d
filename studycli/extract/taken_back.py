"""Values a note takes back on another line: not the note's facts.

Students write the wrong value beside the right one and say so, often on a line of its own: a
practice-exam journal's "My answer: 7 days" over "Correct: 14 days", a thread's "MYTH: ..." over
"FACT: ...", a study-group chat's "thought max was 7 days" answered by "no, it's 14 days not 7"
or "^ outdated, its 128 MB to 10,240 MB now", a diary's "correction to day 9: spot warning is 2
minutes not 30 sec". Read line by line, the taken-back value is filed as plainly as the right
one: lookup answers it, an exam keys it, and `conflicts` sets the note against itself.

One pass over a note's facts, after every line is read, drops the facts of a value the note
takes back:

- a line that opens on a label saying it holds a wrong answer or a myth ("My answer:", "I
  answered", "MYTH:", "Wrong answer:"): its values up to a word that gives the right one
  ("correct", "answer", "actually", "fact"), every fact of it where there is none; not where a
  verdict confirms it ("My answer: 256 KB ✓", a heading's "(right)"), nor a pick or a verb
  ("My pick:", "I thought") where the line does not say it was wrong, nor a value before "but"
  where the rest gives no other ("I thought 15 min was enough, but it needed Step Functions");
- a reply that rejects the line before it ("^ no", "^ outdated", "^ that's old info", "no, it's
  14 days not 7", "nope -"): that line's values the reply names as wrong ("not 7"), or, where it
  names none, all of that line's facts where the reply is a bare rejection or gives another
  value in the same unit; not a reply that agrees or talks of something else ("no, you're
  right", "^ no idea", "^ wrong channel"), nor one to a line that asks ("...?");
- a value a line names as wrong and written before ("8 hours, not 2 hours like I wrote in v2",
  the cue lookup/corrections.py reads): every other line's fact of the same service, subject,
  measure, kind and qualifier with that value ("default 3 s, not 15 min" denies no maximum; not
  another thing's it is contrasted with: "30 days, not 90 days (that's Glacier Flexible)");
- a correction ("CORRECTION to Day 6: ...", "fix to Day 6: ...", "That's wrong: ..."; a
  runbook's bare "Fix:" is none): the values above it of a setting it gives anew.

The lines themselves stay searchable (`search` reads every line), and a value the line takes
back on the line itself ("I said 15 min!!", "NOT 14 days -> it's 4 days", "~~7 days~~") is
attribution's (extract/attribution.py) and the normaliser's (struck text) to leave unread.
"""

from __future__ import annotations

import re

from studycli.denial_cues import ANOTHER_THINGS, EARLIER
from studycli.extract.cues import alternation
from studycli.extract.quantities import Quantity, find_quantities
from studycli.model import Fact, Kind

# a line's opening label saying what follows is a wrong answer or a myth ("My answer: 5 min",
# "- MYTH: DAX works for any db", "Q2 - Wrong answer: B (7 days)", "wrong: 5 min"): a noun label
# then a mark ("wrong region endpoint" is no label; "Q2 - WRONG - lambda timeout" is the
# question's verdict, not its topic's), or the student's own verb ("I said default 15 min.
# NO", "I thought gp2 max was 10,000, but actually 16,000"), a wrong answer only where the
# line says so (_MISTAKE) but for "I thought"
_WRONG_LABEL = re.compile(
    rf"^[\W\d]*(?:q\s*\d+\s*(?:\([^()]{{0,40}}\))?\W*)?(?:(?:{alternation('taken_back_labels')})\s*[:=\-–—>)]"
    rf"|(?:wrong|incorrect)\s*[:=]|(?P<verb>{alternation('taken_back_verbs')})\b)",
    re.IGNORECASE)
_MISTAKE = re.compile(r"(?<![\w'])(?:no|nope|wrong|incorrect|but|actually|should\s+have"
                      r"|correct\s*(?:answer\s*)?(?:is|was|[:=]))(?![\w'])|[✗❌]", re.IGNORECASE)
# a label that names the student's choice, wrong only where the line says so ("My pick: gp3
# (3,000 IOPS baseline)" is a pick, maybe right)
_CHOICE_LABEL = re.compile(r"\bmy\s+(?:pick|choice|guess)\b", re.IGNORECASE)
# a verdict that confirms the answer ("My answer: 256 KB ✓", "My answer: C (10,240 MB) -
# correct"), unless the line says it is wrong ("not correct", a cross)
_CONFIRMED = re.compile(r"\b(?:correct|right|got\s+it)\b|✅|✓|✔", re.IGNORECASE)
_DENIED_VERDICT = re.compile(r"\b(?:not|wrong|incorrect|no)\b|✗|❌|should\s+have", re.IGNORECASE)
# a question's heading that gives its verdict: right ("### Q9 (guessed, right)")
_RIGHT_HEADING = re.compile(r"^\s*#+.*\((?:[^()]*\W)?(?:right|correct|got\s+it)\W*\)",
                            re.IGNORECASE)
# what gives the right value after a label ("Correct: 14 days" on the same line)
_RIGHT_CUE = re.compile(r"\b(?:correct|right|answer|actually|fact|truth|real(?:ly)?)\b|✅|✓",
                        re.IGNORECASE)
# a reply rejecting the line above: a "^" pointer with a word of rejection, or a reply that
# opens on one ("no, it's 14 days", "nope -", "that's wrong:", "no wait")
_POINTER = re.compile(rf"^\W*\^+\s*(?:{alternation('reply_rejections')})\b", re.IGNORECASE)
_REPLY = re.compile(
    r"^[^\w^]*(?:(?:no|nope|nah)(?:\s*[,!]|\s+wait\b)|(?:that'?s|that\s+is|this\s+is)\s+"
    r"(?:wrong|incorrect|outdated|old\s+info|not\s+(?:right|true|correct))\b)", re.IGNORECASE)
# a value the line names as wrong: "not 7", "NOT 5 TB", "7 is wrong", "30 sec was wrong"
# (searched in the 16 characters before the value: "not the " and its marks)
_NOT_BEFORE = re.compile(r"(?<![\w'])not\s+(?:the\s+)?[*_`~]*$", re.IGNORECASE)
_WRONG_AFTER = re.compile(r"^[*_`~]*\s*(?:is|was|=)?\s*(?:wrong|incorrect|outdated)\b",
                          re.IGNORECASE)
# a bare number after "not" ("14 days not 7"): of the unit of the value it stands beside
_BARE = re.compile(r"(?<![\w.,])(\d+(?:\.\d+)?)(?![\w.,]*\d)(?!\s*[A-Za-z%])")
# "not 100% sure": a doubt, no value named wrong; "30 days, not 90 days (that's Glacier
# Flexible)", "not 14 days like SQS": a contrast, the denied value another thing's, and right
# (as lookup/corrections.py reads them)
_UNSURE_AFTER = re.compile(r"\s*(?:sure|certain|confident)\b|\s*[(\[]?\s*(?:that['’]?s|that\s+is"
                           r"|like\s+(?!I\b|we\b|I['’]ve\b))", re.IGNORECASE)
_NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")

_QUANTITY_KINDS = (Kind.LIMIT, Kind.DEFAULT, Kind.RANGE)


def drop_taken_back(facts: list[Fact], lines: list[str]) -> list[Fact]:
    """`facts` without those of a value the note takes back (module docstring). `lines` are
    the note's lines as normalised (a chat line without its speaker), line n at n - 1."""
    by_line: dict[int, list[Fact]] = {}
    by_measure: dict[tuple[str, str, str], list[Fact]] = {}
    for f in facts:
        by_line.setdefault(f.line, []).append(f)
        if f.kind in _QUANTITY_KINDS:
            by_measure.setdefault((f.service, f.subject, f.attribute), []).append(f)
    dropped: set[int] = set()
    right = _under_right_verdict(lines)
    for n, own in by_line.items():
        text = lines[n - 1] if 0 < n <= len(lines) else ""
        if text:
            if n not in right:
                dropped |= _labelled_wrong(text, own)
            if _CORRECTION.match(text):
                dropped |= _corrected_before(n, own, by_measure)
    for n, text in enumerate(lines, start=1):
        if _may_take_back(text):
            dropped |= _named_wrong(n, text, lines, by_line, by_measure)
    if not dropped:
        return facts
    return [f for f in facts if id(f) not in dropped]


def _named_wrong(n: int, text: str, lines: list[str], by_line: dict[int, list[Fact]],
                 by_measure: dict[tuple[str, str, str], list[Fact]]) -> set[int]:
    """The facts line n takes back: the line above's, where it is a reply rejecting it (those
    of the values it names wrong, if it names any); and the values it names wrong of its own
    measures, on every other line."""
    out: set[int] = set()
    wrong = _values_named_wrong(text)
    reply = _POINTER.match(text) or _REPLY.match(text)
    if reply:
        before = _line_before(n, lines)
        if before in by_line and _indent(lines[before - 1]) <= _indent(text) \
                and not _BRANCH.match(lines[before - 1]):
            if wrong:
                out |= {id(f) for f in by_line[before] if _holds_value(f, wrong)}
            elif _contradicts(text, reply.end(), by_line.get(n, []), by_line[before],
                              lines[before - 1]):
                out |= {id(f) for f in by_line[before]}
    if wrong and EARLIER.search(text) and not ANOTHER_THINGS.search(text):
        for f in by_line.get(n, ()):
            if f.kind not in _QUANTITY_KINDS:
                continue
            # of the same thing, kind and qualifier ("default 3 s, not 15 min" denies no
            # maximum), or of the service with no thing named
            out |= {id(g) for g in (*by_measure[(f.service, f.subject, f.attribute)],
                                    *by_measure.get((f.service, "", f.attribute), ()))
                    if g.line != n and g.kind == f.kind and g.qualifier == f.qualifier
                    and _holds_value(g, wrong)}
    return out


# what a reply opening on "no" or "^" goes on with when it agrees or talks of something else:
# "no, you're right", "no, that's the main ones", "^ no idea why", "^ no cap", "^ wrong
# channel lol", "no worries"
_NOT_REJECTING = re.compile(
    r"\W*(?:you['’]?re|you\s+are|ur|that['’]?s\s+(?:it|all|the\s+main|right|correct|fine|true)"
    r"|it['’]?s\s+(?:fine|right|correct|true)|idea|cap|worries|clue|doubt|problem|probs?|need"
    r"|channel|thread|way|kidding|joke|thanks|thx|matter|rush|one|more|just|also|and)\b",
    re.IGNORECASE)


def _contradicts(text: str, at: int, own: list[Fact], before: list[Fact],
                 before_text: str) -> bool:
    """Does a reply that names no value wrong reject the line above: not an answer to its
    question, nor agreement or talk of something else, and either a bare rejection ("^ no",
    "nope") or a claim of its own that gives another value in a unit the line above states
    ("^ outdated, its 128 MB to 10,240 MB now"), or another claim of the same service where the
    line above states no value ("^ no, new file systems default to Elastic")?"""
    if before_text.rstrip().endswith("?") or _NOT_REJECTING.match(text, at):
        return False
    if not _says_more(text[at:]):
        return True
    mine = [f for f in own if f.kind in _QUANTITY_KINDS]
    theirs = [f for f in before if f.kind in _QUANTITY_KINDS]
    if not theirs:
        return not mine and bool({f.service for f in own} & {f.service for f in before})
    return any(g.unit == f.unit and _value(g) != _value(f) for g in mine for f in theirs)


_MAY = re.compile(r"\bnot?\b|\bnope|\bnah\b|wrong|incorrect|outdated|old\s+info|\^|myth|"
                  rf"\b(?:{alternation('taken_back_labels')})", re.IGNORECASE)


def _may_take_back(text: str) -> bool:
    return bool(text) and _MAY.search(text) is not None


# a line that says it corrects what the note said before ("CORRECTION to Day 6: ALB idle
# timeout default is 60 seconds", "correction to above: ...", "fix to Day 6: ...", "That's
# wrong: ..."); a bare "Fix:" or "EDIT:" is no erratum (a runbook's "Fix: set the integration
# timeout to 5 s" is a setting someone chose, not the limit written above it)
_CORRECTION = re.compile(r"^[\W\d]*(?:correction|corrected|erratum|errata"
                         r"|(?:fix(?:ed)?|edit)\s+to|that'?s\s+wrong|this\s+is\s+wrong)\b"
                         r"[^:\n]{0,30}:", re.IGNORECASE)


def _corrected_before(n: int, correcting: list[Fact],
                      by_measure: dict[tuple[str, str, str], list[Fact]]) -> set[int]:
    """The facts above line n of a setting a correction on line n gives anew (same service,
    subject and measure, the same qualifier or none) with a value it does not give."""
    given: dict[tuple[str, str, str], list[Fact]] = {}
    for f in correcting:
        if f.kind in _QUANTITY_KINDS:
            given.setdefault((f.service, f.subject, f.attribute), []).append(f)
    out: set[int] = set()
    for f in (f for measure in given for f in by_measure.get(measure, ())):
        if f.line >= n:
            continue
        new = given.get((f.service, f.subject, f.attribute))
        if not new or not (not f.qualifier or any(g.qualifier == f.qualifier for g in new)):
            continue
        if not any(_value(g) == _value(f) for g in new):
            out.add(id(f))
    return out


def _under_right_verdict(lines: list[str]) -> set[int]:
    """The lines under a question heading that says the answer was right ("### Q9 (guessed,
    right)"): a "My answer:" there is the right one."""
    out: set[int] = set()
    right = False
    for n, text in enumerate(lines, start=1):
        if text.lstrip().startswith("#"):
            right = _RIGHT_HEADING.match(text) is not None \
                and not re.search(r"\b(?:wrong|incorrect|missed)\b", text, re.IGNORECASE)
        elif right:
            out.add(n)
    return out


def _value(f: Fact) -> tuple:
    return (f.number, f.low, f.high, f.unit)


def _labelled_wrong(text: str, facts: list[Fact]) -> set[int]:
    """The facts of a line labelled a wrong answer or a myth: those of the values in its wrong
    part (up to the right one, a new sentence or "but") and not in the rest; where the line is
    all wrong part, every fact of it, its statement too."""
    label = _WRONG_LABEL.match(text)
    if label is None:
        return set()
    chosen = label.group("verb") or _CHOICE_LABEL.match(text, label.start(), label.end())
    if chosen and _MISTAKE.search(text, label.end()) is None:
        return set()  # "I picked SQS because it keeps messages 14 days": picked rightly
    confirmed = _CONFIRMED.search(text, label.end())
    if confirmed and not _DENIED_VERDICT.search(text, label.end()) \
            and not any(q.number is not None for q in find_quantities(text[confirmed.end():])):
        return set()  # "My answer: 256 KB ✓": the answer was right
    end = _WRONG_PART_END.search(text, label.end())
    if end is None or not _says_more(text[end.start():]):
        return {id(f) for f in facts}
    if chosen and not re.search(r"\d", text[end.start():]):
        # "I thought the 15 min max timeout was enough, but it needed Step Functions": the
        # rest gives no other value, so the one before it stands
        return set()
    right = [(q.number, q.unit) for q in find_quantities(text[end.start():])
             if q.number is not None]
    wrong = [(q.number, q.unit) for q in find_quantities(text[:end.start()])
             if q.number is not None and (q.number, q.unit) not in right]
    return {id(f) for f in facts if f.kind in _QUANTITY_KINDS and _holds_value(f, wrong)}


# where a wrong answer's part ends: the right one's cue, a new sentence, "but"
# ("I thought Lambda retries sync invocations. It doesn't. Only async (2 retries)")
_WRONG_PART_END = re.compile(rf"{_RIGHT_CUE.pattern}|[.!?;]\s|\bbut\b|\s[-–—]>?\s|->|→",
                             re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z0-9]+")
_BARE_REJECTION = frozenset({"no", "nope", "nah", "wrong", "lol", "not", "ugh", "oops"})


def _says_more(rest: str) -> bool:
    """Does the rest of a wrong answer's line say more than "NO" or "wrong lol"?"""
    return any(w.lower() not in _BARE_REJECTION for w in _WORD.findall(rest))


def _values_named_wrong(text: str) -> list[tuple[float, str]]:
    """The values `text` names as wrong: after "not", before "is wrong" (a bare number read
    in the unit of the value beside it)."""
    quantities = find_quantities(text)
    out: list[tuple[float, str]] = []
    for q in quantities:
        if q.number is not None and (_NOT_BEFORE.search(text, max(0, q.start - 16), q.start)
                                     or _WRONG_AFTER.match(text, q.end)) \
                and not _UNSURE_AFTER.match(text, q.end):
            out.append((q.number, q.unit))
    for m in _BARE.finditer(text):
        if not (_NOT_BEFORE.search(text, max(0, m.start() - 16), m.start())
                or _WRONG_AFTER.match(text, m.end())) or _UNSURE_AFTER.match(text, m.end()):
            continue
        if any(q.start <= m.start() < q.end for q in quantities):
            continue
        beside = _nearest(quantities, m.start())
        if beside is not None:
            out.append((float(m.group(1)) * _scale(beside), beside.unit))
    return out


def _nearest(quantities: list[Quantity], at: int) -> Quantity | None:
    """The single value nearest before `at` ("14 days not 7"), else the nearest after."""
    singles = [q for q in quantities if q.number is not None]
    before = [q for q in singles if q.end <= at]
    if before:
        return before[-1]
    return singles[0] if singles else None


def _scale(q: Quantity) -> float:
    """Canonical units per written unit of `q` ("14 days": 86,400)."""
    m = _NUMBER.search(q.text)
    written = float(m.group().replace(",", "")) if m else 0.0
    return q.number / written if q.number and written else 1.0


# a decision tree's other branch ("- yes -> Aurora" over "- no, RDS"): no claim a "no" rejects
_BRANCH = re.compile(r"^[^\w^]*(?:yes|y)\b", re.IGNORECASE)


def _indent(line: str) -> int:
    """How far a line is indented: a reply answers a line no deeper than itself ("- no, push
    to many subscribers -> SNS" under a deeper branch of a decision tree answers the question
    above that branch)."""
    return len(line) - len(line.lstrip())


def _line_before(n: int, lines: list[str]) -> int:
    """The last line with words above line n (0 if none)."""
    for k in range(n - 1, 0, -1):
        if lines[k - 1].strip():
            return k
    return 0


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1.0)


def _holds_value(f: Fact, values: list[tuple[float, str]]) -> bool:
    """Is one of `values` the fact's value, or a bound of its range?"""
    for number, unit in values:
        if f.unit != unit:
            continue
        if f.number is not None and _same(f.number, number):
            return True
        if f.low is not None and f.high is not None and (_same(f.low, number)
                                                         or _same(f.high, number)):
            return True
    return False
