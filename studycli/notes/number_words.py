"""Numbers written in words, read as the digits they mean.

Dictated notes, transcripts and careful prose say "fifteen minutes", "two hundred fifty six KB",
"ten thousand two hundred forty MB": the quantity reader reads digits. A run of number words
becomes its digits where it is a quantity: a number under ten only before a unit ("three
seconds", "one MB per second", "five nines"), a larger one also before a thing AWS counts
("sixty inbound rules"), and one of several words ("twenty nine", "two hundred fifty six")
wherever it stands. Small numbers before a thing counted stay words
("one AZ", "two functions", "one consumer"): prose says them in words and means no quota. A
scale word alone ("2 million", "a hundred") is left to the quantity reader.
"""

from __future__ import annotations

import re
import string

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
# A run of number words joined by spaces, hyphens or "and" ("two hundred and fifty-six")
# (matched in the text's lower case: a case-blind pattern scans a note at half the speed)
_RUN = re.compile(rf"\b(?:{_WORD})(?:(?:[ \t-]+|[ \t]+and[ \t]+)(?:{_WORD}))*\b")
# What may follow a number for it to be a quantity: units of time, size, rate and share, and
# the things AWS counts (matched in the lower case, as _RUN)
_MEASURE = re.compile(
    r"[ \t]*(?:%|percent\b|"
    r"(?:milli|micro)?seconds?\b|secs?\b|ms\b|minutes?\b|mins?\b|hours?\b|hrs?\b|"
    r"days?\b|weeks?\b|months?\b|years?\b|"
    r"(?:[kmgtp]i?b|bytes?|kilobytes?|megabytes?|gigabytes?|terabytes?|petabytes?|"
    r"[kmg]bps|gbits?|mbits?|nines?|9s)\b)")
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


def spell_out_numbers(text: str) -> str:
    """`text` (a line, or a whole note: no match crosses a line) with its quantities written
    in words written in digits."""
    low = _ascii_lowered(text)  # same length as text: its positions cut text
    out: list[str] = []
    done = 0
    for m in _RUN.finditer(low):
        digits = _replacement(m, low)
        if digits is not None:
            out += (text[done:m.start()], digits)
            done = m.end()
    return "".join(out) + text[done:] if out else text


def _replacement(m: re.Match, line: str) -> str | None:
    """The digits for the run of number words `m` in `line` (lower case), or None to keep it."""
    words = [w for w in re.split(r"[\s-]+", m.group()) if w != "and"]
    if all(w in _SCALES for w in words):
        return None
    value = _value(words)
    if value is None:
        return None
    if _MEASURE.match(line, m.end()) or len(words) > 1 and value >= 20 \
            or value >= 10 and _COUNTED.match(line, m.end()):
        return str(value)
    return None


def _value(words: list[str]) -> int | None:
    """The number the words say, or None if they are no number ("hundred thousand one two")."""
    total, current = 0, 0
    last = ""  # the kind of the last word: unit, ten, scale
    for w in words:
        if w in _UNITS:
            if last == "unit" or last == "ten" and _UNITS[w] >= 10:
                return None  # "two three", "twenty fifteen": a list, not one number
            current += _UNITS[w]
            last = "unit"
        elif w in _TENS:
            if last in ("unit", "ten"):
                return None
            current += _TENS[w]
            last = "ten"
        else:
            scale = _SCALES[w]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = 0
            last = "scale"
    return total + current
