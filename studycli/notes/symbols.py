"""Cram-sheet notation read as the words the parser knows.

Symbol-dense notes write bounds as maths: "targets ≤ 5 per rule", "1 min ≤ t ≤ 14 d",
"λ t_max = 900 s". The quantity reader takes "≤" before a size or a duration as a maximum,
but read as written:
- a bound on a bare count was no fact ("LSI ≤ 5 per table", "users/acct ≤ 5000": no "max"
  before the count, and a count has no unit to say it is one);
- a quantity boxed in by two bounds ("50 ms ≤ t ≤ 29 s") gave its lower end as a default
  (a confident wrong answer: "integration timeout default 50 ms");
- "λ" (Lambda's logo, a cram sheet's name for it) was no service, so its lines were filed
  under whatever service the page named last.

Here "A ≤ x ≤ B" becomes "min A, max B" (its variable kept only where the expression opens
the line, "0 ≤ TTL ≤ 3600 s" is "TTL min 0, max 3600 s"; after words the variable stands for
the attribute already written, "item size: 1 B ≤ item ≤ 400 KB"), "≤ N" ("<=") after a word
becomes "max N" and "≥ N" (">=") "min N" where N is a count (before a size, a duration or a
rate the quantity reader takes the symbol as it is), and "λ" becomes "Lambda" where it names
the subject: a title "λ ..." (no figure, no label's colon) and anywhere in the section it
opens, and in "λ@Edge" (mid-line elsewhere it names a target or a helper, "auto rotation (λ)", "λ
authorizer", and would file another service's figures under Lambda; in a note's title,
"SERVERLESS ⚡ λ / API GW", it made Lambda the note's first service and API Gateway's error
codes Lambda's; beside a Greek letter it is Greek, "λεπτά"). Left as written: "<" and ">"
(an arrow's "<->", "->", a condition's "payload > 6 MB"), "≤" after a figure with no second
bound ("5 ≤ n": which bound of what?), a bare figure's bound on a line whose other bound is
on a size or a duration ("user inline ≤ 2,048 chars ; role ≤ 10,240": more characters, no
count of roles), a bound on a noun the line also counts ("groups ≤ 300 ; user ∈ ≤ 10
groups": the parser kept neither), every bound of a line with one on "10k" (the readers take
no "10k": "SQS <=10k (FIFO <=10)" gave FIFO's 10 as every queue's), "~" and "≈"
(approximate: the quantity reader keeps them), "×" (a multiplier: "retries 2×"), and fenced
code.
Every rewrite stays on its line: line N of the output is line N of the note.
"""

from __future__ import annotations

import re

from studycli.extract.quantities import UNIT_WORDS
from studycli.fences import in_fence_mask
from studycli.services import find_services

_NUMBER = r"\d[\d,]*(?:\.\d+)?"
_QUANTITY = rf"{_NUMBER}(?:[ \t]?[A-Za-z%/]{{1,8}})?"
_LE = r"(?:≤|<=)(?!>)"
# "1 min ≤ t ≤ 14 d", "0 ≤ TTL ≤ 3600 s", "128 MB ≤ m ≤ 10,240 MB": one name between two
# figures, each bounded; the name a word or two of letters (a subscript's "_" too)
_BOXED = re.compile(
    rf"(?<![\w.,])({_QUANTITY})[ \t]*{_LE}[ \t]*([A-Za-z][\w]*(?:[ \t][A-Za-z][\w]*)?)"
    rf"[ \t]*{_LE}[ \t]*({_QUANTITY})(?![\w])")
# a bound after a word (or its colon, a comma, a bracket) and before a figure; after a mark
# that is no word or punctuation of a label ("·", "+", "∈", "→") it is left as written: what
# it bounds is not the word before it ("user ∈ ≤ 10 groups": the quantity reader reads a
# "≤" before a counted noun itself, and "≤ 10 groups" is its answer)
_BOUND = re.compile(r"(?<=[A-Za-z)\](:,;])([ \t]*)(≤|<=(?!>)|≥|>=)[ \t]*(?=\d)")
_WORDS = {"≤": "max", "<=": "max", "≥": "min", ">=": "min"}
# a figure with a unit of size, time, share or rate after it (the quantity reader's units,
# and the few a cram sheet abbreviates further: "2 wk", "12 mo", "2,048 chars", "3×"): the
# quantity reader reads a bound before it already ("zip ≤ 50 MB"), and a condition's ("lasts
# ≥ 5 min") is left to it
_MEASURED = re.compile(
    rf"[\d,.]+[ \t]?(?:(?:{UNIT_WORDS})(?![A-Za-z])|[KMGTP]o\b|wks?\b|mo\b|chars?\b|"
    r"characters?\b|/|[×x](?!\w))", re.IGNORECASE)
# a figure and the thing it counts after it ("(≤ 8 healthy records)")
_COUNTED = re.compile(r"\d(?:[\d,.]*\d)?[ \t]+([A-Za-z]+)")
_COUNTED_PLURAL = re.compile(r"[A-Za-z]{2,}s")  # "msgs", "instances": a plural noun
_BARE = re.compile(r"\d[\d,]*")  # a figure with no unit
_VARIABLE_CHARS = 2  # "t", "vt", "d": a letter or two stand for the line's quantity
# "λ" is Lambda only where it names the subject: a title opening with it, after any bullet,
# heading or box mark ("λ LIMITS", "# λ"), every "λ" of the section under it, or "λ@Edge".
# Mid-line it names a target or a helper ("auto rotation (λ)", "λ authorizer", "→ λ /
# Firehose"): read as Lambda there, it filed another service's figures under Lambda.
_GREEK = r"\u0370-\u03ff\u1f00-\u1fff"
_LAMBDA_LEAD = re.compile(rf"^([ \t]*(?:[-*+•#>=|~\[]+[ \t]*)*)λ(?![{_GREEK}])")
_LAMBDA_EDGE = re.compile(rf"(?<![{_GREEK}])λ(?=@)")
_LAMBDA_ANY = re.compile(rf"(?<![{_GREEK}])λ(?![{_GREEK}])")
# a line at the margin that opens with a word, a "λ" or a markdown heading's "#" (an item's
# "-" or an indented line is in the section above)
_SECTION = re.compile(r"[#\w\u0370-\u03ff]")
# a bound on a figure glued to a multiplier ("<=10k", "≤ 2M"): the readers take "10k" as no
# number, so the line's other bounds would be read alone ("SQS <=10k (FIFO <=10)" gave a max
# of 10 for every queue): such a line is left as written
_MULTIPLIED = re.compile(r"(?:≤|<=|≥|>=)[ \t]*\d[\d,.]*[kKM](?![A-Za-z])")
# the word before a bound ("groups ≤ 300") and the noun a bound counts ("≤ 10 groups")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]*[):,;]?[ \t]*$")
# (a figure ends on a digit: the comma of "LSI <= 5, GSI <= 20" is the list's, not the number's)
_COUNTED_NOUN = re.compile(r"(?:≤|<=|≥|>=|max|min)[ \t]*\d(?:[\d,.]*\d)?[ \t]+([A-Za-z]+)")
# a condition's threshold ("scale out when queue depth >= 100 messages") is no limit
_CONDITION = re.compile(r"\b(?:when|if|once|until|whenever|unless)\b",
                        re.IGNORECASE)
_SIGNS = ("≤", "≥", "<=", ">=")


def read_symbols(text: str) -> str:
    """`text` with its bounds written as symbols ("≤", "≥", "<=", ">=") and its "λ" in words.

    Fenced code is left as written ("if attempt <= 3:" is no bound of anything)."""
    if not any(sign in text for sign in (*_SIGNS, "λ")):
        return text  # most notes: nothing to read
    lines = text.split("\n")
    fenced = in_fence_mask(lines)
    read, lambda_section = [], False
    for line, inside in zip(lines, fenced, strict=True):
        if inside:
            read.append(line)
            continue
        if _SECTION.match(line):
            # a title at the margin ("λ LIMITS", "# λ", "API GATEWAY") opens a section; under
            # a λ title every "λ" is Lambda ("async: λ retries ≤ 6 h"), the section's service
            lambda_section = _lambda_title(line)
        read.append(_read_line(line, lambda_section))
    return "\n".join(read)


def _lambda_title(line: str) -> bool:
    """Whether the line is a title naming Lambda by "λ" ("λ LIMITS", "# λ misc"): no figure
    and no label's colon or "=". A line that opens with "λ" and says something of it ("λ
    trigger: batch ≤ 10 msgs" under SQS) is no title: read as "Lambda trigger:", a plain-text
    note took it for a new section and filed SQS's and API Gateway's lines after it under
    Lambda (fix review of sym41)."""
    return bool(_LAMBDA_LEAD.match(line)) and not _SAYS.search(line)


_SAYS = re.compile(r"[\d:=]")
_ITEM = re.compile(r"[ \t]*[-*+•][ \t]")


def _read_line(line: str, lambda_section: bool) -> str:
    if "λ" in line:
        if lambda_section:
            line = _LAMBDA_ANY.sub("Lambda", line)
        else:
            line = _LAMBDA_EDGE.sub("Lambda", line)
            if _lambda_title(line) or _ITEM.match(line):  # an item's subject is its own
                line = _LAMBDA_LEAD.sub(r"\1Lambda", line)
    if not any(sign in line for sign in _SIGNS) or _MULTIPLIED.search(line):
        return line
    line = _BOXED.sub(_boxed, line)
    # "policy size: user inline ≤ 2,048 chars ; role ≤ 10,240": where a bound on the line is
    # on a size, a duration or a rate, its bare figures are more of that ("10,240 chars"),
    # no count ("max 10,240 role" gave an answer of "10,240 policy size")
    measured = any(_MEASURED.match(line, m.end()) for m in _BOUND.finditer(line))
    counted = {_singular(noun) for noun in _COUNTED_NOUN.findall(line)}
    return _BOUND.sub(lambda m: _bound(m, measured, counted), line)


def _singular(word: str) -> str:
    word = word.lower()
    return word[:-1] if word.endswith("s") else word


def _bound(m: re.Match[str], measured: bool, counted: set[str]) -> str:
    if _MEASURED.match(m.string, m.end()):
        return m.group(0)  # a size, a duration, a rate: read as written
    clause = max(m.string.rfind(mark, 0, m.start()) for mark in ".;·")
    if _CONDITION.search(m.string, clause + 1, m.start()):
        # "alarm when ApproximateNumberOfMessagesVisible >= 1000 messages": a threshold the
        # student sets, read as a bound it was an SQS minimum of 1000 messages (final reader)
        return m.group(0)
    opened = m.start() and m.string[m.start() - 1] == "("
    counts = _COUNTED.match(m.string, m.end())
    if not counts or counts.group(1).lower() == "per":  # "≤ 5 per rule" counts no noun
        if opened or measured:
            # "annotations indexed (≤ 50)": a remark on the words before it, which count
            # nothing (read as a bound, it took the unit of the line's other figure: "max 50 KB")
            return m.group(0)
        before = _WORD_BEFORE.search(m.string, 0, m.start())
        if before and find_services(before.group(1)):
            # "WAF: ≤ 5 per rule (rate-based keys)": a service's name is no thing counted
            # (read as a bound, it headlined "5 WAFs"; behaviour tester of session 41)
            return m.group(0)
        if before and _singular(before.group(1)) in counted:
            # "groups ≤ 300 ; user ∈ ≤ 10 groups": two bounds on one noun, the parser keeps
            # neither where both are read (the user's 10 groups was lost)
            return m.group(0)
    gap = m.group(1) or ("" if opened else " ")  # "(max 8", "rules max"
    return f"{gap}{_WORDS[m.group(2)]} "


def _boxed(m: re.Match[str]) -> str:
    """"A ≤ x ≤ B" as "min A, max B" (the range reader reads it so, and a size's "max" is kept
    where "A – B" of sizes is no range: "obj size: 0 B – 5 TB" lost its max). The variable is
    kept only where the expression opens the line ("0 ≤ TTL ≤ 3600 s"): after words it stands
    for the attribute already written ("item size: 1 B ≤ item ≤ 400 KB")."""
    low, name, high = m.group(1), m.group(2), m.group(3)
    if _COUNTED_PLURAL.fullmatch(name) and _BARE.fullmatch(low) and _BARE.fullmatch(high):
        # "ReceiveMessage: 1 ≤ msgs ≤ 10": the variable is what the bare figures count ("max
        # 10 msgs"); read as "msgs min 1, max 10" the count had no noun and was no fact
        return f"min {low}, max {high} {name}"
    if len(name.replace("_", "")) <= _VARIABLE_CHARS or _written_before(name, m):
        return f"min {low}, max {high}"
    return f"{name} min {low}, max {high}"


def _written_before(name: str, m: re.Match[str]) -> bool:
    """Whether the variable repeats a word written before it on the line ("obj size: 0 B ≤
    obj ≤ 5 TB"): then it stands for that attribute. A variable of its own after a service's
    name or a cell ("SQS: 0 s ≤ visibility ≤ 12 h", "| SQS | 0 ≤ delay ≤ 15 min |") is the
    attribute, and dropping it left "SQS: min 0 s, max 12 h" (fix review of sym41)."""
    said = name.lower()
    return any(word.startswith(said) or said.startswith(word)
               for word in re.findall(r"[a-z]{3,}", m.string[:m.start()].lower()))
