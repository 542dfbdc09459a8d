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
queue"), nor a number naming a thing ("twelve factor app"); no pair that is two bare tens
("fifty fifty") or money or a time of day by the words near it ("costs three fifty a month",
"took two thirty"); and no bound in a worked example or a condition ("if you have five shards
you get maximum five consumers", "so four shards means max four KCL instances").
"megs"/"gigs" after a figure become MB/GB only on a line about a size (size_slang).
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable

from studycli.notes.ocr_digits import repair_ocr_digits
from studycli.notes.size_slang import sizes_said
from studycli.number_vocab import NUMBER_WORDS, SCALES, TENS, UNITS
from studycli.regex_trie import trie_pattern

_WORD = trie_pattern([*UNITS, *TENS, *SCALES])  # one branch a letter: cheap on every line
# "oh" (a zero said between digits), "point" and "dozen" only inside a run that a number word
# starts ("four oh three", "zero point five", "two dozen")
_INNER = trie_pattern([*UNITS, *TENS, *SCALES, "oh", "point", "dozen"])
# A run of number words joined by spaces, hyphens or "and" ("two hundred and fifty-six"), led
# by "a" before a scale ("a hundred twenty thousand", "a dozen"), with "and a half" inside
# or after it ("twelve and a half million") (matched in the text's lower case: a case-blind
# pattern scans a note at half the speed)
_RUN = re.compile(
    rf"\b(?:{_WORD}|dozen)(?:(?:[ \t-]+|[ \t]+and[ \t]+)(?:{_INNER})"
    rf"|[ \t]+and[ \t]+a[ \t]+half)*\b")
# (the "a" before a scale is taken by _spelled, looking back: a pattern that may open with it
# scans a note at a third of the speed)
_LETTERS = re.compile(r"[a-z]+")
_A_SCALES = ("hundred", "thousand", "million", "billion", "dozen")
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
# a sentence working an example or a condition through ("if you have five shards you get
# maximum five consumers", "up to a hundred consumers since you have a hundred groups", "so
# four shards means max four KCL instances"): its bound is the example's, no quota
_WORKED = re.compile(r"\b(?:if|when|means?|since|because|so|suppose|say|example|you[ \t]+get)\b")
_WORKED_AFTER = re.compile(r"\b(?:since|because)\b")  # "so" after a bound goes on past it
_SENTENCE_END = re.compile(r"[.!?;]")
_RANGE_TO = re.compile(r"[ \t]*(?:to|-|–)[ \t]*\d+(?:\.\d+)?(?=[ \t]*[^\W\d]|[ \t]*%)")
# where one may be: "-" or the "o" of "to" before a digit (a pattern opening with the
# optional spaces of _RANGE_TO tries every position of a note: four times slower)
_RANGE_HIT = re.compile(r"[-–o][ \t]*\d")
_LAST_WORD = re.compile(r"([a-z]+)[ \t]*$")


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


# half or a quarter of a unit of time: "half a second" (0.5 seconds), "half an hour" and "a
# quarter of an hour" (30 and 15 minutes), "a minute and a half" (90 seconds), written in the
# unit below where the fraction is whole (not a day: "lost half a day" is no figure; nor after
# "than": "less than half a second" compares, it gives no time)
_TIME_FRACTION = re.compile(
    r"(?<!than )\b(?:(?P<half>half)[ \t]+an?|(?:a[ \t]+)?(?P<quarter>quarter)[ \t]+of[ \t]+an?)"
    r"[ \t]+(?P<unit>second|minute|hour)\b"
    r"|(?<!than )\ban?[ \t]+(?P<whole>second|minute|hour)[ \t]+and[ \t]+a[ \t]+half\b",
    re.IGNORECASE)
# (the fraction of each unit, in the unit below where it is whole)
_FRACTIONS = {
    ("half", "second"): "0.5 seconds", ("half", "minute"): "30 seconds",
    ("half", "hour"): "30 minutes", ("quarter", "second"): "0.25 seconds",
    ("quarter", "minute"): "15 seconds", ("quarter", "hour"): "15 minutes",
    ("and a half", "second"): "1.5 seconds", ("and a half", "minute"): "90 seconds",
    ("and a half", "hour"): "90 minutes",
}


def _time_fraction(m: re.Match[str]) -> str:
    if m.group("whole"):
        return _FRACTIONS[("and a half", m.group("whole").lower())]
    part = "half" if m.group("half") else "quarter"
    return _FRACTIONS[(part, m.group("unit").lower())]


# a service named with its number said: "s three", "ec two" (speech-to-text), as written "S3"
# (not in a path said aloud: "aws slash s three" is the alias aws/s3 of a KMS key, no S3 line)
_SAID_NAME = re.compile(r"(?<![\w'’])(?<!slash )(?:(s)[ \t]+three|(ec)[ \t]+two)\b",
                        re.IGNORECASE)
# ... and one speech-to-text splits in syllables no word is: "lamb da", "cog nito"
_SPLIT_NAME = re.compile(r"\b(?:(lamb)[ \t]+da|cog[ \t]+nito)\b", re.IGNORECASE)


def _range_after_word(text: str) -> bool:
    """Whether a number word stands before a range's second bound in digits ("seven to 30")
    in `text` (lower case): else a second pass over the note would find nothing."""
    for hit in _RANGE_HIT.finditer(text):
        at = hit.start()
        if text[at] == "o":
            if at == 0 or text[at - 1] != "t":
                continue
            at -= 1
        word = _LAST_WORD.search(text, max(0, at - 12), at)
        if word and word.group(1) in NUMBER_WORDS and _RANGE_TO.match(text, word.end()):
            return True
    return False


def spell_out_numbers(text: str) -> str:
    """`text` (a line, or a whole note: no match crosses a line) with its quantities written
    in words written in digits, and a scan's misread digits (ocr_digits) too."""
    return spell_out_with(text, _ascii_lowered)


def spell_out_with(text: str, lower: Callable[[str], str]) -> str:
    """spell_out_numbers, reading the text through `lower` (which keeps its length; a
    parameter so that the ingest17 tests can compare ways of lowering)."""
    text = repair_ocr_digits(text)
    low = lower(text)  # lowered again only after a change: each pass reads it
    if "s three" in low or "ec two" in low or "s\tthree" in low or "ec\ttwo" in low:
        text = _SAID_NAME.sub(lambda m: "S3" if m.group(1) else "EC2", text)
        low = lower(text)
    if "lamb da" in low or "cog nito" in low:
        text = _SPLIT_NAME.sub(lambda m: "Lambda" if m.group(1) else "Cognito", text)
        low = lower(text)
    if "alf a" in low:
        text = _HALF_A.sub("0.5 ", text)
        low = lower(text)
    if "half" in low or "quarter" in low:
        fractions = _TIME_FRACTION.sub(_time_fraction, text)
        if fractions != text:
            text, low = fractions, lower(fractions)
    spelled = _spelled(text, low, first_pass=True)
    if spelled is not text:
        text, low = spelled, lower(spelled)
    # a range's first bound once its second is digits: "seven to thirty days"
    if _range_after_word(low):
        spelled = _spelled(text, low, first_pass=False)
        if spelled is not text:
            text, low = spelled, lower(spelled)
    # "128 megs" of memory is 128 MB; "100 gigs" of a network link is no size
    return sizes_said(text, low)


def _spelled(text: str, low: str, first_pass: bool) -> str:
    """`text` with its runs of number words read (`low`, its lower case of the same length:
    its positions cut text); `text` itself when none is."""
    out: list[str] = []
    done = 0
    for m in _RUN.finditer(low):
        start = m.start()
        if low.startswith(_A_SCALES, start) and start >= 2 and low[start - 2] == "a" \
                and low[start - 1] in " \t" and (start == 2 or not low[start - 3].isalnum()):
            start -= 2  # "a hundred twenty thousand", "a dozen"
        elif low.startswith("dozen", start):
            continue  # "dozen" opens a number only after "a"
        found = _replacement(start, m.end(), low, first_pass)
        if found is not None:
            digits, end = found
            out += (text[done:start], digits)
            done = end
    return "".join(out) + text[done:] if out else text


def _replacement(start: int, run_end: int, line: str, first_pass: bool
                 ) -> tuple[str, int] | None:
    """The digits for the run of number words from `start` to `run_end` in `line` (lower
    case) and where the words they replace end, or None to keep it."""
    spans = [(w.group(), w.end()) for w in _LETTERS.finditer(line, start, run_end)]
    words = [w for w, _ in spans]
    while words and words[-1] in ("and", "oh", "point"):  # "in two oh my": no digit after
        words.pop()
        spans.pop()
    if not words:
        return None
    end = spans[-1][1]
    if all(w in SCALES or w in ("and", "half") for w in words):
        return None  # "2 million", "hundreds": the quantity reader's
    if all(w in SCALES or w in ("a", "dozen") for w in words) and words[-1] == "dozen" \
            and not _MEASURE.match(line, end) and not _COUNTED.match(line, end):
        return None
    value = _value(words)
    if value is None:
        return None
    counted = [w for w in words if w not in ("a", "and", "half", "point", "oh")]
    if _said_in_pairs(words) and (_money_or_time(line, start, end, counted)
                                  or _teen_paired(words) and not _a_size_alone(line, end)):
        # "five twelve megabytes" is 512 MB; "one ten or a hundred" a list, "one twelve month
        # window" one 12-month window and "one fifteen minutes" no 115 minutes (a time said in
        # pairs is a clock time or two numbers: a teen pair is read before a size only, and
        # not before things of that size: "two sixteen GB nodes" are two 16 GB nodes, not 216)
        return None
    if not first_pass:
        return (value, end) if _RANGE_TO.match(line, end) else None
    number = float(value)
    thousands = _THOUSANDS.match(line, end)
    if thousands and (_COUNTED.match(line, thousands.end())
                      or _MEASURE.match(line, thousands.end())):
        return value + "K", thousands.end()  # "sixteen K IOPS" is 16K IOPS
    if _MEASURE.match(line, end) or len(counted) > 1 and number >= 20 \
            or number >= 10 and _COUNTED.match(line, end) \
            and not (words[0] == "a" and _worked_example(line, start, end, words)) \
            or _bound_value(line, start, end, words):
        return value, end
    return None


# words near a pair that make it money or a time of day: "costs three fifty a month" ($3.50),
# "it's ten twenty five now", "the lab took two thirty"
_MONEY_TIME = re.compile(
    r"\$|\b(?:costs?|price[ds]?|pay|paid|dollars?|bucks|cents?|euros?|month|monthly|now|"
    r"took|takes|o'?clock|am|pm|split|tonight|today|morning|evening|afternoon)\b")


# a unit of data size, the only unit a teen said as a later pair is read before ("five twelve
# megabytes" 512 MB, "one twenty eight megs"), never a time
_SIZE_UNIT = re.compile(
    r"[ \t]*(?:[kmgtp]i?b|bytes?|kilobytes?|megabytes?|gigabytes?|terabytes?|petabytes?|megs?"
    r"|gigs?)\b", re.IGNORECASE)


# a "K" said after a number for its thousands ("sixteen K IOPS"), not "KB" (a unit of its own)
_THOUSANDS = re.compile(r"[ \t]?k\b")


# a plural noun after a size: the things of that size, counted by the number before it ("two
# sixteen GB nodes")
_THINGS_AFTER = re.compile(r"[ \t]+(?!(?:has|was|does|is)\b)[A-Za-z][A-Za-z-]*[a-rt-z]s\b")


def _a_size_alone(line: str, end: int) -> bool:
    """Whether a size unit follows `end` and no things counted after it ("megabytes", not
    "GB nodes" nor "gig instances")."""
    unit = _SIZE_UNIT.match(line, end)
    return unit is not None and _THINGS_AFTER.match(line, unit.end()) is None


def _teen_paired(words: list[str]) -> bool:
    """Whether a pair after the first is a teen ("five twelve" 512, "one fifteen" 115): read so
    only before a unit, where no list of numbers stands."""
    seen = False
    for w in words:
        if w in UNITS or w in TENS:
            if seen and w in UNITS and UNITS[w] >= 10:
                return True
            seen = True
    return False


def _said_in_pairs(words: list[str]) -> bool:
    """Whether the words read as a number only in pairs of digits ("one twenty eight")."""
    if "point" in words or "half" in words:
        return False
    return "oh" in words or _plain_value([w for w in words if w not in ("a", "and")]) is None


def _money_or_time(line: str, start: int, end: int, counted: list[str]) -> bool:
    """Whether a number said in pairs is rather two bare tens ("fifty fifty") or money or a
    time of day by the words around it, with no unit after it."""
    if all(w in TENS for w in counted):
        return True
    if _MEASURE.match(line, end):
        return False
    line_start = line.rfind("\n", 0, start) + 1
    stop = line.find("\n", end)
    stop = len(line) if stop < 0 else stop
    return _MONEY_TIME.search(line, max(line_start, start - 30), min(stop, end + 30)) is not None


def _bound_value(line: str, start: int, end: int, words: list[str]) -> bool:
    """Whether the number between `start` and `end` is a bound's value ("max five", "up to
    five layers", "max targets per rule is five")."""
    before = line[max(0, start - 40):start]
    ends_clause = _CLAUSE_END.match(line, end) is not None
    if words == ["one"] and not (ends_clause or _MEASURE.match(line, end)
                                 or _COUNTED.match(line, end)):
        return False  # "at least one of the", "the default one is"
    if _BOUND_BEFORE.search(before):  # not "up to one of", "up to five times faster"
        return not re.match(r"[ \t]+(?:of|times|x)\b", line[end:end + 8]) \
            and not _worked_example(line, start, end, words)
    if ends_clause and _IS_BEFORE.search(before):
        head = line.rfind("\n", 0, start) + 1  # `line` may be a whole note: its own line only
        cut = max((c.end() for c in _CLAUSE_START.finditer(line, head, start)), default=head)
        return _BOUND_IN_CLAUSE.search(line, cut, start) is not None \
            and not _worked_example(line, start, end, words)
    return False


def _worked_example(line: str, start: int, end: int, words: list[str]) -> bool:
    """Whether the number between `start` and `end` is said in a worked example or a
    condition ("if you have ...", "... means max four", "... since you have a hundred
    groups"), or the same number is said of a thing counted before it in its sentence ("five
    shards ... five consumers")."""
    line_start = line.rfind("\n", 0, start) + 1
    head = max((m.end() for m in _SENTENCE_END.finditer(line, max(line_start, start - 200),
                                                          start)), default=line_start)
    stop = line.find("\n", end)
    stop = len(line) if stop < 0 else min(stop, end + 200)
    tail = _SENTENCE_END.search(line, end, stop)
    if _WORKED.search(line, head, start) or _WORKED_AFTER.search(line, end, tail.start()
                                                                 if tail else stop):
        return True
    said = " ".join(w for w in words if w != "a")
    # in its own clause: "spread (max seven instances per AZ), partition (up to seven
    # partitions per AZ)" says two limits, each its own seven
    clause = max([head] + [line.rfind(mark, head, start) + 1 for mark in "(;,"])
    return any(_COUNTED.match(line, m.end())
               for m in re.compile(rf"\b{said}\b").finditer(line, clause, start))


def _value(words: list[str]) -> str | None:
    """The number the words say, in digits, or None if they are no number ("hundred thousand
    one two")."""
    if "point" in words:
        at = words.index("point")
        whole = _value(words[:at]) if at else None
        decimals = [UNITS.get(w, 0 if w == "oh" else None) for w in words[at + 1:]]
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
    joined = "and" in words  # "two hundred and fifty six" is one number, "one and twenty" two
    words = [w for w in words if w != "and"]
    if "oh" in words or "dozen" in words and words[-1] != "dozen":
        plain = None
    else:
        plain = _plain_value(words)
    if plain is not None:
        return _with_half(plain, half)
    if half or joined:
        # "between one and twenty seconds" is two numbers, never the pair "1|20" (120 s)
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
        if w in UNITS:
            if last in ("unit", "half") or last == "ten" and UNITS[w] >= 10:
                return None  # "two three", "twenty fifteen": a list, not one number
            current += UNITS[w]
            last = "unit"
        elif w in TENS:
            if last in ("unit", "ten", "half"):
                return None
            current += TENS[w]
            last = "ten"
        else:
            scale = 12 if w == "dozen" else SCALES[w]
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
    cut = max((i + 1 for i, w in enumerate(words) if w in SCALES), default=0)
    head = _plain_value(words[:cut]) if cut else (0, 0)
    if head is None:
        return None
    groups: list[str] = []
    paired = False
    i, rest = 0, words[cut:]
    while i < len(rest):
        w = rest[i]
        nxt = rest[i + 1] if i + 1 < len(rest) else ""
        if w == "oh" and nxt in UNITS and UNITS[nxt] < 10 and groups:
            groups.append(f"0{UNITS[nxt]}")
            paired = True
            i += 2
        elif w in TENS:
            unit = UNITS.get(nxt)
            if unit is not None and 0 < unit < 10:
                groups.append(str(TENS[w] + unit))
                i += 2
            else:
                groups.append(str(TENS[w]))
                i += 1
            paired = paired or len(groups) > 1
        elif w in UNITS and (UNITS[w] < 10 or not groups):
            groups.append(str(UNITS[w]))
            i += 1
        elif w in UNITS:  # a teen after a pair: "five twelve" (512), said before a unit only
            groups.append(str(UNITS[w]))
            paired = True
            i += 1
        else:
            return None
    if not paired or not groups or groups[0] == "0":
        return None
    said = int("".join(groups))
    if cut and said >= SCALES[words[cut - 1]]:
        return None  # "two thousand forty fifty": the pairs must sit below the scale
    return str(head[0] + said)
