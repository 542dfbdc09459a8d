"""A worksheet's answers read where they belong, line for line: fill-in-the-blank sentences
with an answer key, matching exercises with theirs, and true/false items with their answer.

    7. Max size of a single S3 object is ____ (1).
    ...
    Answers: (1) 5 TB  (2) 5 GB  (3) 100 MB

Read as written, the sentence held no figure and the key held figures of nothing: "5 TB" was
filed under whatever the line above the key was about. Here each numbered blank ("____ (1)",
or a blank on a line numbered "(1) ... ____") takes the answer its key gives for its number,
on the blank's own line, so the fact cites the sentence the student wrote ("Max size of a
single S3 object is 5 TB."); a key whose every answer found its blank is then no line of its
own. A blank the student filled in by hand ("____ (4) [30 s]") is their attempt, which the key
marks: the key's answer stands. A hand-filled "____ [256 KB]", "= [256 KB]" or "max [12 hours]"
with no key is read as its value (a footnote "[1]" or "[citation needed]" stays as it is).

A key answers the blanks above it, back to the key or heading before it (a key at the end of
the file answers the file, one after each exercise answers the exercise), and only when its
labels and those blanks' labels are the same set (a key numbering questions, "1. 14 days" for
a list whose first line has no blank, fills nothing); a key of one-letter picks ("1. B") is a
multiple-choice key and fills nothing. Its labels run in sequence
("(1) ... (2) ..." or "(a) ... (b) ...", over as many lines as it takes). When the numbering is
ambiguous (two blanks above a key share a label, a blank holds two labels) nothing is filled:
an answer in the wrong blank is a confident wrong figure, worse than none.

A matching exercise ("a) EBS   1) shared file system", with "key: a-2 b-1") is read row by
row as the pairs its key makes ("- EBS: block storage for one EC2"), shorter side first; a
key that does not pair each row once leaves the exercise as written. A true/false item
("T/F  NACL is stateful  -> F (stateless)") is read as what its answer makes of it: a true
statement is a statement; a false one is no fact, but the correction it gives is, said of the
false statement's subject ("- NACL: stateless").

Only a note with a blank, a "T/F" item or a key line is read here (the gate is
formats/__init__.py's may_answer, so that this module is imported for no other note); a
numbered list, a "(1)" footnote or an arrow in prose is left as written, as is anything no
key answers.
"""

from __future__ import annotations

import re

_BLANK = re.compile(r"_{3,}")
# a labelled blank: "____ (1)", "____ (a)", with what the student wrote in by hand after it
_LABELLED = re.compile(r"(?<!_)_{3,}[ \t]*\((\d{1,3}|[a-z])\)(?:[ \t]*\[([^\[\]\n]{1,40})\])?")
# a blank the student filled in by hand, unlabelled: "____ [30 s]"
_HAND_FILLED = re.compile(r"(?<!_)_{3,}[ \t]*\[([^\[\]\n]{1,40})\]")
# a line numbered as its blank: "(1) Basic monitoring sends metrics every ____ ;"
# (or by a list's number: "1. SQS max message size = ______")
_LINE_LABEL = re.compile(r"^\s*(?:\((\d{1,3}|[a-z])\)|(\d{1,3})[.)])\s")
# a key's head: "Answers (Mark):", "KEY:", "### Answer key (tutor)", "answer", then its
# answers on the line or, under a head alone on its line, on the lines below
_KEY_HEAD = re.compile(
    r"^\s*(?:#{1,6}\s*)?(?:\*\*)?(?:the\s+)?(?:answer\s+key|answers?|keys?|solutions?)(?:\*\*)?"
    r"(?:\s*\((?!(?:\d{1,3}|[a-z])\))[^()\n]{1,30}\))?(?:\*\*)?\s*[:\-–—]?\s*(?P<rest>.*)$",
    re.IGNORECASE)
# a key's label: "(1)", "(a)", or a number "1." / "1)" between spaces ("1.25 Gbps" is none)
_KEY_LABEL = re.compile(r"\((\d{1,3}|[a-z])\)|(?<!\S)(\d{1,3})[.)](?=\s)")
# a matching key: "key: a-2  b-1  c-4", "key a-3 b-1"
_PAIR = re.compile(r"([a-z])\s*[-=:>→]+\s*(\d{1,2})", re.IGNORECASE)
_PAIRS = re.compile(r"^(?:[a-z]\s*[-=:>→]+\s*\d{1,2}[\s,;]*)+$", re.IGNORECASE)
# a true/false item and its answer, after the last arrow: "T/F  stmt  -> F (correction)"
_TRUE_FALSE = re.compile(
    r"^(?P<lead>\s*(?:[-*]\s+)?)(?:T\s*/\s*F|True\s*/\s*False)\b[\s:.)]*(?P<said>.+)"
    r"\s(?:->|=>|→)\s*(?P<answer>T|F|True|False)\b\.?\s*(?P<rest>.*)$", re.IGNORECASE)
# what a false statement is about: its words before its verb
_VERB = re.compile(r"\s(?:is|are|was|were|can(?:not|'t)?|does|do|has|have|supports?|returns?|"
                   r"uses?|requires?|grants?|captures?|guarantees?|lets?|survives?|takes?|"
                   r"allows?|needs?|runs?|keeps?|stores?|works?|gets?|gives?|serves?|"
                   r"replicates?|includes?|invokes?)\s|\s*=\s*", re.IGNORECASE)
# the longest line read as a true/false item or a matching row (a longer one is prose, and
# is not scanned at each of its spaces)
LONGEST = 400
# A hand-filled value: "[256 KB]", not a link "[x](...)" nor a checkbox "[ ]"/"[x]" (one
# opening its line is the line's tag, "[SQS] fill in:"). After a blank ("____ [30 s]") or the
# "="/":" of a line ("timeout = [30 s]") any bracket is one; elsewhere only one holding a
# figure that is no footnote marker ("max [12 hours]", not "[2]" nor "[citation needed]":
# unwrapped, "15 min [2]" read as the figure "15 min 2").
_BRACKETED = re.compile(
    r"(?:(?<!_)_{3,}[ \t]*|(?<=[=:])([ \t]*))\[(?![ xX]\])([^\[\]\n]{1,40})\](?![(:\[])"
    r"|(?<=\S)([ \t]*)\[(?![ xX]\])(?!\d{1,3}\])(?=[^\[\]\n]*\d)([^\[\]\n]{1,40})\](?![(:\[])")
# a heading: the blanks above it are another exercise's, answered by no key below it
HEADING = re.compile(r"^\s*#{1,6}\s")
# a figure of a statement, compared with its correction's: "5 GB", "7"
_FIGURE = re.compile(r"\d+(?:[.,]\d+)?")
# a correction that points back at the false statement: "that is spread, per AZ"
_BACK_REFERENCE = re.compile(r"(?:that|this|it|those|these)(?:'s)?\b", re.IGNORECASE)

def answer_keys_to_markdown(lines: list[str]) -> list[str]:
    out = list(lines)
    keyed = _fill_blanks(out)
    _read_matching(out)
    _read_true_false(out)
    if keyed:  # a worksheet: what the student wrote in by hand is their value
        for k, line in enumerate(out):
            if "[" in line and k not in keyed:
                out[k] = _BRACKETED.sub(
                    lambda m: (m.group(1) or m.group(3) or "")
                    + (m.group(2) or m.group(4)).strip(), line)
    return out


def _next(label: str) -> str:
    return str(int(label) + 1) if label.isdigit() else chr(ord(label) + 1)


def _labels(text: str) -> list[tuple[str, int, int]]:
    """A key line's labels ("(1)", "(a)", "1.", "1)"), each with where it starts and ends."""
    return [(m.group(1) or m.group(2), m.start(), m.end()) for m in _KEY_LABEL.finditer(text)]


def _key_at(lines: list[str], k: int) -> tuple[dict[str, str], list[int]] | None:
    """The answers of a key whose head is line k, and the lines it spans, else None."""
    head = _KEY_HEAD.match(lines[k])
    if head is None:
        return None
    rest = head.group("rest").strip()
    if rest and not _KEY_LABEL.match(rest):
        return None
    spans: list[tuple[int, list[tuple[str, int, int]], str]] = (
        [(k, _labels(rest), rest)] if rest else [])
    j = k + 1
    while j < len(lines):  # the lines below that go on with the key's labels in sequence
        line = lines[j].strip()
        labels = _labels(line) if _KEY_LABEL.match(line) else []
        if not labels or (spans and labels[0][0] != _next(spans[-1][1][-1][0])):
            break
        spans.append((j, labels, line))
        j += 1
    answers: dict[str, str] = {}
    expected: str | None = None
    for _line, labels, text in spans:
        for n, (label, _start, end) in enumerate(labels):
            if (expected is not None and label != expected) or label in answers:
                return None  # labels out of sequence: which answer is whose is a guess
            answers[label] = text[end:labels[n + 1][1] if n + 1 < len(labels) else len(text)]
            expected = _next(label)
    answers = {label: said.strip(" ,;") for label, said in answers.items()}
    if not answers or not all(answers.values()):
        return None
    return answers, [k] + [line for line, _labels_of, _text in spans if line != k]


def _blanks_of(line: str) -> list[str]:
    """The labels of a line's blanks: "____ (1)", or the line's own number ("(1) ... ____")
    where it has one blank and no labelled one."""
    found = [m.group(1) for m in _LABELLED.finditer(line)]
    if found:
        return found
    own = _LINE_LABEL.match(line)
    bare = [m for m in _BLANK.finditer(line) if not _HAND_FILLED.match(line, m.start())]
    return [own.group(1) or own.group(2)] if own and len(bare) == 1 else []


def _fill_blanks(out: list[str]) -> set[int]:
    """Each key's answers put into the blanks above it; the lines of the keys used."""
    pending: list[tuple[int, str]] = []  # (line, label) of the blanks no key answered yet
    used: set[int] = set()
    k = 0
    while k < len(out):
        key = _key_at(out, k) if pending else None
        if key is None:
            if HEADING.match(out[k]):
                pending = []  # a key answers its own section's blanks only
            pending.extend((k, label) for label in _blanks_of(out[k]))
            k += 1
            continue
        answers, spans = key
        if _place(out, pending, answers):
            used.update(spans)
            for line in spans:  # every answer is in its blank: the key says no more
                out[line] = ""
        pending = []
        k = max(spans) + 1
    return used


def _place(out: list[str], pending: list[tuple[int, str]], answers: dict[str, str]) -> bool:
    labels = [label for _, label in pending]
    if len(labels) != len(set(labels)) or set(labels) != set(answers):
        # two blanks of one label above the key, or an answer with no blank / a blank with no
        # answer (a key numbering questions, not blanks): whose answer is whose is a guess
        return False
    if any(re.fullmatch(r"[A-Za-z]\.?", said) for said in answers.values()):
        return False  # "1. B": a multiple-choice key picks an option, it fills no blank
    for line, label in pending:
        said = answers.get(label)
        if said is None:
            continue
        text = out[line]
        if _LABELLED.search(text):
            def fill(m: re.Match[str], label: str = label, said: str = said) -> str:
                if m.group(1) != label:
                    return m.group(0)
                return said.strip()  # the key marks a hand-filled guess: its answer stands
            out[line] = _LABELLED.sub(fill, text)
        else:  # the line's own number labels its one blank: "(1) ... every ____ ;"
            blank = next(m for m in _BLANK.finditer(text)
                         if not _HAND_FILLED.match(text, m.start()))
            text = text[:blank.start()] + said + text[blank.end():]
            own = _LINE_LABEL.match(text)  # "(1)" goes; a list's "1." stays the list's
            out[line] = text[own.end():] if own and own.group(1) else text
    return True


def _read_matching(out: list[str]) -> None:
    """Matching exercises answered by a key below them read as the pairs the key makes."""
    k = 0
    while k < len(out):
        rows = _rows_at(out, k)
        if not rows:
            k += 1
            continue
        end = k + len(rows)
        key_line = next((j for j in range(end, min(end + 3, len(out))) if out[j].strip()), None)
        pairs = _pairs_of(out[key_line]) if key_line is not None else None
        if pairs is None or key_line is None or not _pairs_fit(pairs, len(rows)):
            k = end
            continue
        for n, (left, _right) in enumerate(rows):
            right = rows[pairs[chr(ord("a") + n)] - 1][1]
            first, second = sorted((left, right), key=lambda s: len(s.split()))
            out[k + n] = f"- {first}: {second}"
        out[key_line] = ""
        k = key_line + 1


def _rows_at(out: list[str], k: int) -> list[tuple[str, str]]:
    """The rows of a matching exercise opening at line k ("a) left   1) right" in order)."""
    rows: list[tuple[str, str]] = []
    while k + len(rows) < len(out):
        n = len(rows)
        if len(out[k + len(rows)]) > LONGEST:
            break
        row = re.match(rf"^\s*\(?{chr(ord('a') + n)}\)\s+(.+?)\s+\(?{n + 1}\)\s+(.+?)\s*$",
                       out[k + len(rows)])
        if row is None:
            break
        rows.append((row.group(1).strip(), row.group(2).strip()))
    return rows if len(rows) >= 2 else []


def _pairs_of(line: str) -> dict[str, int] | None:
    head = _KEY_HEAD.match(line)
    said = head.group("rest").strip() if head else ""
    if not said or not _PAIRS.match(said):
        return None
    pairs: dict[str, int] = {}
    for letter, number in _PAIR.findall(said):
        if letter.lower() in pairs:
            return None
        pairs[letter.lower()] = int(number)
    return pairs


def _pairs_fit(pairs: dict[str, int], rows: int) -> bool:
    """Whether a key pairs each row's letter with one row's number, each once."""
    letters = {chr(ord("a") + n) for n in range(rows)}
    return (set(pairs) == letters and sorted(pairs.values()) == list(range(1, rows + 1)))


def _read_true_false(out: list[str]) -> None:
    for k, line in enumerate(out):
        if "T/F" not in line and "/" not in line:
            continue
        item = _TRUE_FALSE.match(line) if len(line) <= LONGEST else None
        if item is None:
            continue
        read = verdict_read(item.group("said"), item.group("answer"), item.group("rest"))
        if item.group("answer")[0].upper() == "T":
            # a true statement keeps its condition: "-> T (FIFO queues only)"
            out[k] = f"{item.group('lead')}{read}" if item.group("lead") else f"- {read}"
            continue
        out[k] = f"- {read}" if read else ""


def verdict_read(said: str, verdict: str, correction: str) -> str:
    """What a true/false statement and its verdict say (a key's "T/F stmt -> F (correction)"
    here, a bank's "stmt ... False" in formats/verdicts.py): the statement where true, with
    the verdict's condition ("(FIFO queues only)"), the correction said of the statement's
    subject where false (false_statement_read), or "" (nothing it says)."""
    said = said.strip().rstrip(".").strip()
    correction = correction.strip()
    if correction.startswith("(") and correction.endswith(")") and correction.count("(") == 1:
        correction = correction[1:-1].strip()
    if verdict[:1].upper() == "T":
        return f"{said} ({correction})" if correction else said
    return false_statement_read(said, correction)


def false_statement_read(said: str, correction: str) -> str:
    """What a statement marked false says: its correction, said of what the statement is
    about ("NACL is stateful", "stateless" -> "NACL: stateless"), or "" (no correction, or
    nothing it is about): the false statement itself is no fact."""
    subject = _subject_of(said)
    if not correction or not subject:
        return ""
    if not (set(_FIGURE.findall(said)) & set(_FIGURE.findall(correction))
            or _BACK_REFERENCE.match(correction)):
        return f"{subject}: {correction}"
    # the correction names the false figure ("5 GB is the single PUT limit") or points back
    # at it ("that is spread"): said of the subject ("S3 max object size"), it would make the
    # false figure the subject's; said of the services the statement names only ("S3: 5 GB
    # is the single PUT limit"), else as written
    named = _services_of(said)
    return f"{named}: {correction}" if named else correction


def _subject_of(statement: str) -> str:
    """What a statement is about: its words before its verb, else the services it names."""
    verb = _VERB.search(statement)
    if verb and verb.start() > 0:
        return statement[:verb.start()].strip(" :,")
    return _services_of(statement)


def _services_of(statement: str) -> str:
    from studycli.services import find_services

    names = [statement[m.start:m.end] for m in find_services(statement)]
    return " ".join(dict.fromkeys(names))
