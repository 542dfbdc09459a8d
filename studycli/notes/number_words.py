"""Numbers written in words, read as the digits they mean.

Dictated notes, transcripts and careful prose say "fifteen minutes", "two hundred fifty six KB",
"ten thousand two hundred forty MB": the quantity reader reads digits. A run of number words
becomes its digits where it is a quantity: a number under ten only before a unit ("three
seconds", "one MB per second", "five nines"), a larger one also before a thing AWS counts
("sixty inbound rules"), and one of several words ("twenty nine", "two hundred fifty six")
wherever it stands. Small numbers before a thing counted stay words
("one AZ", "two functions", "one consumer"): prose says them in words and means no quota. A
scale word alone ("2 million", "a hundred") is left to the quantity reader.

Speech says numbers other ways too, read here as the same number:
- in pairs of digits, as people say figures aloud: "one twenty eight megs" (128), "seventeen
  sixty nine" (1769), "ten thousand two forty" (10240), "four oh three" (403), "three three oh
  six" (3306). Only where a later pair is a tens word or "oh": "one ten or a hundred" stays a
  list, and so does "twenty four seven";
- with "a" for one before a scale ("a hundred twenty thousand", "a dozen"), a half ("twelve and
  a half million", "half a gig") and a decimal point ("one point two five gigabits");
- a small number as a bound's value: "max five", "up to five layers", "max targets per rule is
  five" (a "max", "min", "default" or "up to" just before it, or earlier in its clause when
  the number ends the clause after "is"); "one" only before a unit, a thing counted or the
  clause's end ("at least one of the" stays words);
- the first bound of a range whose second is a figure: "seven to 30 days", "sixty to one twenty
  seconds".
Never an ordinal ("a second region", "fifteenth"), "a" before anything but a scale ("a
queue"), nor a number naming a thing ("twelve factor app").
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable

from studycli.notes.ocr_digits import repair_ocr_digits
from studycli.regex_trie import trie_pattern

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
         "seventy": 70, "eighty": 80, "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_WORD = trie_pattern([*_UNITS, *_TENS, *_SCALES])  # one branch a letter: cheap on every line
# "oh" (a zero said between digits), "point" and "dozen" only inside a run that a number word
# starts ("four oh three", "zero point five", "two dozen")
_INNER = trie_pattern([*_UNITS, *_TENS, *_SCALES, "oh", "point", "dozen"])
# A run of number words joined by spaces, hyphens or "and" ("two hundred and fifty-six"), led
# by "a" before a scale ("a hundred twenty thousand", "a dozen"), with "and a half" inside
# or after it ("twelve and a half million") (matched in the text's lower case: a case-blind
# pattern scans a note at half the speed)
_RUN = re.compile(
    rf"(?:\ba[ \t]+(?=(?:hundred|thousand|million|billion|dozen)\b))?"
    rf"\b(?:{_WORD}|(?<=\ba[ \t])dozen)(?:(?:[ \t-]+|[ \t]+and[ \t]+)(?:{_INNER})"
    rf"|[ \t]+and[ \t]+a[ \t]+half)*\b")
# What may follow a number for it to be a quantity: units of time, size, rate and share, and
# the things AWS counts (matched in the lower case, as _RUN)
_MEASURE = re.compile(
    r"[ \t]*(?:%|percent\b|"
    r"(?:milli|micro)?seconds?\b|secs?\b|ms\b|minutes?\b|mins?\b|hours?\b|hrs?\b|"
    r"days?\b|weeks?\b|months?\b|years?\b|"
    r"(?:[kmgtp]i?b|bytes?|kilobytes?|megabytes?|gigabytes?|terabytes?|petabytes?|megs?|gigs?|"
    r"(?:kilo|mega|giga|tera)bits?|[kmg]bps|gbits?|mbits?|nines?|9s)\b)")
# What a number of ten or more may count, written in words ("sixty inbound rules", "fifteen
# shards"): not money ("fifty cents") or anything else a sentence may say a number of
_COUNTED = re.compile(
    r"[ \t]*(?:per\b|(?:requests?|records?|messages?|transactions?|tps|rps|iops|calls?|events?|"
    r"items?|retries|attempts?|times|characters?|concurrent|executions?|invocations?|shards?|"
    r"partitions?|subscriptions?|subscribers?|topics?|queues?|buckets?|tags?|layers?|"
    r"versions?|functions?|replicas?|read\s+replicas?|nodes?|instances?|vcpus?|targets?|"
    r"(?:inbound\s+|outbound\s+)?rules?|listeners?|users?|groups?|roles?|policies|keys?|"
    r"accounts?|regions?|gsis?|lsis?|tables?|consumers?|connections?|destinations?|"
    r"dimensions?|metrics?|alarms?|zones?)\b)")
# A bound said just before a number: "max five", "up to five layers", "default: three" (not
# "at least": "a region has at least three AZs" is said in passing under any service)
_BOUND_BEFORE = re.compile(
    r"(?:\bmax(?:imum)?|\bmin(?:imum)?|\bup[ \t]+to|\bat[ \t]+most|"
    r"\bno[ \t]+more[ \t]+than|\bdefault)(?:[ \t]+(?:is|of)|[ \t]*[:=])?[ \t]*$")
# ... or earlier in the clause of a number that ends it after "is": "max targets per rule is
# five", "min is zero", "default max accounts in an org is ten"
_BOUND_IN_CLAUSE = re.compile(r"\b(?:max(?:imum)?|min(?:imum)?|up[ \t]+to|default|limit)\b")
_IS_BEFORE = re.compile(r"(?:\bis|\bare|[:=])[ \t]*$")
_CLAUSE_END = re.compile(r"[ \t]*(?:$|[.,;:)!?]|by[ \t]+default\b|and\b|but\b|so\b|per\b)")
_CLAUSE_START = re.compile(r"[.;,!?(]|\b(?:and|but|so)\b")
# the second bound of a range, in digits now: "seven to 30 days", "sixty to 120 seconds"
_RANGE_TO = re.compile(r"[ \t]*(?:to|-|–)[ \t]*\d+(?:\.\d+)?(?=[ \t]*[^\W\d]|[ \t]*%)")


# Only ASCII letters lowered (every number word is ASCII): str.lower() lengthens some
# characters ("İ" -> "i̇"), which shifted every cut after them ("İİ fifteen minutes" became
# "İİ fi15inutes")
_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)
# The only characters str.lower() turns into ASCII (or into more than one character): the
# dotted capital I ("i" and a combining dot) and the Kelvin sign ("k"). Every other character
# it changes stays one character other than ASCII, a word character exactly when it was one
# (tests/test_speed14_reader_gates.py walks every code point), so no pattern here, which reads
# ASCII letters, spaces and word boundaries, tells str.lower()'s text from the translation's.
_LOWER_TO_ASCII = ("\u0130", "\u212a")


def _ascii_lowered(text: str) -> str:
    """`text` lower-cased as the patterns read it (its ASCII letters lower-cased; other
    letters may be lowered too, which no pattern here reads): str.lower() (C,
    ~15x faster on a whole note than translate's look-up per character) unless the text holds
    a character str.lower() would make ASCII."""
    if text.isascii() or not any(c in text for c in _LOWER_TO_ASCII):
        return text.lower()
    return text.translate(_ASCII_LOWER)


# "half a gig", "half a megabyte": half of one unit of size ("lost half a day" is no figure,
# and "less than half a meg" compares, it gives no size)
_HALF_A = re.compile(
    r"(?<!than )\bhalf[ \t]+a[ \t]+(?=(?:gig|meg|gigabyte|megabyte|terabyte)\b)", re.IGNORECASE)


# a service named with its number said: "s three", "ec two" (speech-to-text), as written "S3"
_SAID_NAME = re.compile(r"(?<![\w'’])(?:(s)[ \t]+three|(ec)[ \t]+two)\b", re.IGNORECASE)


def spell_out_numbers(text: str) -> str:
    """`text` (a line, or a whole note: no match crosses a line) with its quantities written
    in words written in digits, and a scan's misread digits (ocr_digits) too."""
    return spell_out_with(text, _ascii_lowered)


def spell_out_with(text: str, lower: Callable[[str], str]) -> str:
    """spell_out_numbers, reading the text through `lower` (which keeps its length)."""
    text = repair_ocr_digits(text)
    if " t" in text or " T" in text:  # "three", "two"
        text = _SAID_NAME.sub(lambda m: "S3" if m.group(1) else "EC2", text)
    if "alf a" in text:
        text = _HALF_A.sub("0.5 ", text)
    text = _spelled(text, lower, first_pass=True)
    # a range's first bound once its second is digits: "seven to thirty days"
    return _spelled(text, lower, first_pass=False) if _RANGE_TO.search(text) else text


def _spelled(text: str, lower: Callable[[str], str], first_pass: bool) -> str:
    low = lower(text)  # same length as text: its positions cut text
    out: list[str] = []
    done = 0
    for m in _RUN.finditer(low):
        found = _replacement(m, low, first_pass)
        if found is not None:
            digits, end = found
            out += (text[done:m.start()], digits)
            done = end
    return "".join(out) + text[done:] if out else text


def _replacement(m: re.Match, line: str, first_pass: bool) -> tuple[str, int] | None:
    """The digits for the run of number words `m` in `line` (lower case) and where the words
    they replace end, or None to keep it."""
    spans = [(w.group(), w.end() + m.start()) for w in re.finditer(r"[a-z]+", m.group())]
    words = [w for w, _ in spans]
    while words and words[-1] in ("and", "oh", "point"):  # "in two oh my": no digit after
        words.pop()
        spans.pop()
    if not words:
        return None
    end = spans[-1][1]
    if all(w in _SCALES or w in ("and", "half") for w in words):
        return None  # "2 million", "hundreds": the quantity reader's
    if all(w in _SCALES or w in ("a", "dozen") for w in words) and words[-1] == "dozen" \
            and not _MEASURE.match(line, end) and not _COUNTED.match(line, end):
        return None
    value = _value(words)
    if value is None:
        return None
    counted = [w for w in words if w not in ("a", "and", "half", "point", "oh")]
    if not first_pass:
        return (value, end) if _RANGE_TO.match(line, end) else None
    if _MEASURE.match(line, end) or len(counted) > 1 and _number(value) >= 20 \
            or _number(value) >= 10 and _COUNTED.match(line, end) \
            or _bound_value(line, m.start(), end, words):
        return value, end
    return None


def _number(value: str) -> float:
    return float(value)


def _bound_value(line: str, start: int, end: int, words: list[str]) -> bool:
    """Whether the number between `start` and `end` is a bound's value ("max five", "up to
    five layers", "max targets per rule is five")."""
    before = line[max(0, start - 40):start]
    ends_clause = _CLAUSE_END.match(line, end) is not None
    if words == ["one"] and not (ends_clause or _MEASURE.match(line, end)
                                 or _COUNTED.match(line, end)):
        return False  # "at least one of the", "the default one is"
    if _BOUND_BEFORE.search(before):  # not "up to one of", "up to five times faster"
        return not re.match(r"[ \t]+(?:of|times|x)\b", line[end:])
    if ends_clause and _IS_BEFORE.search(before):
        clause = line[:start]
        cut = max((c.end() for c in _CLAUSE_START.finditer(clause)), default=0)
        return _BOUND_IN_CLAUSE.search(clause, cut) is not None
    return False


def _value(words: list[str]) -> str | None:
    """The number the words say, in digits, or None if they are no number ("hundred thousand
    one two")."""
    if "point" in words:
        at = words.index("point")
        whole = _value(words[:at]) if at else None
        decimals = [_UNITS.get(w, 0 if w == "oh" else None) for w in words[at + 1:]]
        if whole is None or not decimals or any(d is None or d > 9 for d in decimals):
            return None
        return f"{whole}.{''.join(str(d) for d in decimals)}"
    if words[:1] == ["a"]:
        words = words[1:]
    half = False
    if "half" in words:  # "twelve and a half million", "two and a half"
        at = words.index("half")
        if words[at - 2:at] != ["and", "a"] or at < 3 or "half" in words[at + 1:]:
            return None
        half = True
        words = words[:at - 2] + ["+half"] + words[at + 1:]
    words = [w for w in words if w != "and"]
    if "oh" in words or "dozen" in words and words[-1] != "dozen":
        plain = None
    else:
        plain = _plain_value(words)
    if plain is not None:
        return _with_half(plain, half)
    if half:
        return None
    return _paired_value(words)


def _with_half(value: tuple[int, int], half: bool) -> str:
    """`value` (the total, and the scale the half is of) in digits."""
    total, scale = value
    if not half:
        return str(total)
    doubled = total * 2 + scale
    return str(doubled // 2) if doubled % 2 == 0 else f"{doubled // 2}.5"


def _plain_value(words: list[str]) -> tuple[int, int] | None:
    """(the number words say as written out, the scale a "half" among them is of)."""
    total, current = 0, 0
    last = ""  # the kind of the last word: unit, ten, scale
    half_of = 0
    for w in words:
        if w == "+half":
            half_of = 1  # of the scale after it, or of one
            last = "half"
            continue
        if w in _UNITS:
            if last in ("unit", "half") or last == "ten" and _UNITS[w] >= 10:
                return None  # "two three", "twenty fifteen": a list, not one number
            current += _UNITS[w]
            last = "unit"
        elif w in _TENS:
            if last in ("unit", "ten", "half"):
                return None
            current += _TENS[w]
            last = "ten"
        else:
            scale = 12 if w == "dozen" else _SCALES[w]
            if half_of == 1:
                half_of = scale
            if scale == 100 or scale == 12:
                current = (current or 1) * scale
            else:
                total += (current or 1) * scale
                current = 0
            last = "scale"
    return total + current, half_of


def _paired_value(words: list[str]) -> str | None:
    """The number said in pairs of digits, after any scale said in full: "one twenty eight"
    128, "four oh three" 403, "ten thousand two forty" 10240; None unless a pair after the
    first is a tens word or "oh" ("one ten", "twenty four seven" and "five four three two"
    stay words)."""
    cut = max((i + 1 for i, w in enumerate(words) if w in _SCALES), default=0)
    head = _plain_value(words[:cut]) if cut else (0, 0)
    if head is None:
        return None
    groups: list[str] = []
    paired = False
    i, rest = 0, words[cut:]
    while i < len(rest):
        w = rest[i]
        nxt = rest[i + 1] if i + 1 < len(rest) else ""
        if w == "oh" and nxt in _UNITS and _UNITS[nxt] < 10 and groups:
            groups.append(f"0{_UNITS[nxt]}")
            paired = True
            i += 2
        elif w in _TENS:
            unit = _UNITS.get(nxt)
            if unit is not None and 0 < unit < 10:
                groups.append(str(_TENS[w] + unit))
                i += 2
            else:
                groups.append(str(_TENS[w]))
                i += 1
            paired = paired or len(groups) > 1
        elif w in _UNITS and (_UNITS[w] < 10 or not groups):
            groups.append(str(_UNITS[w]))
            i += 1
        else:
            return None
    if not paired or not groups or groups[0] == "0":
        return None
    said = int("".join(groups))
    if cut and said >= _SCALES[words[cut - 1]]:
        return None  # "two thousand forty fifty": the pairs must sit below the scale
    return str(head[0] + said)
