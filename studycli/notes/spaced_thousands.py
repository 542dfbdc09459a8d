"""Thousands grouped by spaces in a note of any language: "10 000 per user pool",
"900 000 ms", "1 000 000 objects", "max 10 240 MB", "51 200 bytes". Read as one number
where a careful reader would read one; grouped by plain spaces that is a guess (below), and
a note's "batch max 10 256 KB" (a count of 10 and a size of 256 KB, or 10,256 KB) is read
as two where a count word comes before the lead, or where the whole is not round but its
last group is (below):
- a group after the first that starts with 0 is no number of its own ("000", "050"), so
  "10 000" is ten thousand and "12 500 000" twelve and a half million;
- a number grouped by a no-break, narrow no-break, thin or figure space ("10\u00a0240",
  "51\u202f200") is one: those spaces are typed (or set by a word processor) to hold a
  number's groups together, never between two numbers;
- grouped by plain spaces, "10 240" may be "Lambda 10" and 240 of something, or 10 things
  of 240: it is one number only where a unit of measure follows it ("max 10 240 MB",
  "51 200 bytes", "3 600 s", "86 400 seconds", or one of the language's own: "3 600 წამი", "86 400
  секунд"), nothing before its lead makes that lead a
  name's ("Route 53 500 ms", "Windows 10 240 GB"; a service's whole name, "Lambda 10 240 MB",
  ends no name) and no plural noun after the unit says
  what the lead counts ("5 100 GB volumes": five volumes of 100 GB), no count word before
  the lead ("batch max 10 256 KB": a batch of ten, 256 KB in all) and no whole that is not
  round where its last group is ("10 256 KB": 10,256 KB is no figure anyone gives).
Every gap of one number is the same character ("1 000\u00a0000" is not one number), and
the lead is 1-3 digits with no word character, decimal, slash or group before it, so a year
("2024 100 requests"), a version, a CIDR ("/16 172.31.0.0") or a code ("S3 403") is never a
lead. Notes in a language that groups so always are read by notes/gloss.py too.
Without this, "max groups: 10 000" was read as 10 groups, "delay max 900 000 ms" as 0 ms
and "51 200 bytes" as 200 bytes: a wrong number in a quiz card and an exam question."""

from __future__ import annotations

import re

from studycli.notes.own_units import own_unit_after
from studycli.regex_trie import trie_pattern
from studycli.unit_spellings import DURATIONS, SIZES

# any space a number's groups are written apart by: the no-break, thin and figure spaces of
# SI/ISO grouping too (normalize._clean_chars makes them plain spaces only after this runs)
_GAP = "[ \u00a0\u2000-\u200a\u202f\u205f\u3000]"
_TYPED_GAPS = frozenset("\u00a0\u2007\u2009\u200a\u202f")  # only ever hold a number together
# a lead of 1-3 digits (no word character, decimal, group, time mark or slash before it, nor
# a digit group a space before), then groups of three digits, and no digit or decimal after
_SPACED_GROUPS = re.compile(
    rf"(?<![\w.,:/])(?<!\d{_GAP})([1-9]\d{{0,2}})((?:{_GAP}\d{{3}})+)(?!\d|[.,]\d)")
_ZERO_LED = re.compile(rf"{_GAP}0")
_ANY_GROUP = re.compile(rf"\d{_GAP}\d{{3}}")
# the units of measure a plain-spaced number may be followed by (sizes, durations, a share,
# characters, IOPS), then what comes after the unit
# (trie_pattern: the same pattern every run, so its compiled code is kept between runs)
_UNITS = ({n for names, _one, _many, _secs in DURATIONS for n in names if n.isascii()}
          | {n for names, _shown, _size in SIZES for n in names}
          | {"%", "percent", "characters", "chars", "iops", "kbps", "mbps", "gbps"})
_UNIT_AFTER = re.compile(
    r" ?(?:" + trie_pattern(_UNITS) + r")(?![^\W\d_])"
    r"(?:/\w+)?(?: (?P<next>[a-z]+))?", re.IGNORECASE)
# a rate after the number: up to three words of what is counted, then "per second" or "/s"
# ("3 500 PUT/COPY per second", "5 500 GET/HEAD requests/s"): a rate, like a unit, measures
# the whole number (read as two, "3 500 PUT/COPY per second" gave a 500 a second card)
_RATE_AFTER = re.compile(
    r"(?: [A-Za-z][\w/-]*){0,3} ?(?:per (?:sec(?:ond)?|s)\b|/(?:sec|s)\b|rps\b|tps\b)",
    re.IGNORECASE)
# a capitalised word, or a word with a digit, right before the lead: the lead may end a
# name ("Route 53", "Windows 10", "Python 3"); not a bound's word opening a line ("Max")
_NAME_BEFORE = re.compile(r"(?<![\w-])([A-Z][\w-]*|\w*\d\w*)[ \t]$")
_BOUND_WORDS = frozenset({"max", "min", "maximum", "minimum", "default", "limit", "up",
                          "to", "until", "from", "upto", "about", "approx", "total"})
# a word saying the lead counts things, then only bound words: "batch max 10 256 KB" (a batch
# of 10 messages, 256 KB in all), "entries: 10 256 KB"; "batch size" is a size, not a count
_COUNT_BEFORE = re.compile(
    r"\b(?:batch(?:es)?|messages|msgs|entries|records|items|events|files|objects|requests)"
    r"(?:\s*[:=]|\s+(?:max|maximum|min|minimum|limit|up to|upto|of))*\s*$", re.IGNORECASE)
# words after a unit ending in "s" that are no noun counted by the lead
_NOT_COUNTED = frozenset({"is", "was", "has", "as", "its", "this", "plus", "less", "thus",
                          "always", "unless", "across", "pas", "minus", "bytes", "s"})


def join_spaced_thousands(text: str) -> str:
    """`text` with each unambiguous space-grouped number written without its spaces."""
    if not _ANY_GROUP.search(text):
        return text
    return _SPACED_GROUPS.sub(lambda m: _joined(m, text), text)


def _joined(m: re.Match[str], text: str) -> str:
    groups = m.group(2)
    gaps = {groups[i] for i in range(0, len(groups), 4)}
    if len(gaps) == 1 and (_ZERO_LED.search(groups) or gaps <= _TYPED_GAPS
                           or _measured(m, text)):
        return m.group(1) + re.sub(_GAP, "", groups)
    return m.group(0)  # "10 240": may be two numbers, left as written


def _measured(m: re.Match[str], text: str) -> bool:
    """Whether a plain-spaced number is one quantity: a unit of measure after it, no name's
    word before its lead and no plural noun after the unit the lead could count."""
    if " " not in m.group(2):
        return False
    unit = _UNIT_AFTER.match(text, m.end())
    if unit is None:
        # a rate, or a unit in the note's own words ("3 600 წამი"), measures the whole as a
        # unit does; a count word before it still makes the lead a count ("batch max 10 256
        # per second", "batch max 10 256 КБ")
        measures = _RATE_AFTER.match(text, m.end()) is not None \
            or not text.isascii() and own_unit_after(text, m.end())
        return measures and not _count_then_size(m, text) and _no_name_before(m, text)
    counted = unit.group("next")
    if counted and counted.endswith("s") and len(counted) > 3 \
            and counted not in _NOT_COUNTED:
        return False  # "5 100 GB volumes": five volumes of 100 GB each
    if _count_then_size(m, text):
        return False
    return _no_name_before(m, text)


def _no_name_before(m: re.Match[str], text: str) -> bool:
    """Whether nothing before the lead makes it a name's ("Route 53 500 ms")."""
    name = _NAME_BEFORE.search(text, max(0, m.start() - 40), m.start())
    return name is None or name.group(1).lower() in _BOUND_WORDS \
        or _whole_service(name.group(1))


def _whole_service(word: str) -> bool:
    """Whether `word` is a service's whole name ("Lambda", "EBS", "EC2"): a name the lead
    cannot end, so "Lambda 10 240 MB" is Lambda's 10,240 MB and "EBS 16 384 GiB" 16,384 GiB
    (read as names' leads, they gave 240 MB and 384 GiB: found by the final review), while
    "Route 53 500 ms" keeps its 53 a name's ("53" alone is no service)."""
    from studycli.services import find_services

    return any(m.start == 0 and m.end == len(word) for m in find_services(word))


def _count_then_size(m: re.Match[str], text: str) -> bool:
    """Whether "10 256 KB" is a count and a quantity: the number read whole is no round
    figure, and the lead is what a count word before it counts ("batch max 10 256 KB": ten
    messages, 256 KB in all) or the last group is round (10,256 KB is no size anyone gives;
    256 KB is; a last group round in tens makes the whole round, so only 256, 512 and 768
    can). A quantity's own groups make a round whole ("10 240 MB", "86 400 s", "51 200
    bytes"), and a figure that is not round as a whole nor in its last group ("1 769 MB") is
    left whole, as before."""
    groups = re.sub(_GAP, "", m.group(2))
    if len(groups) != 3 or _round(int(m.group(1) + groups)):
        # "12 500 000": more groups than a count and one figure; a round whole is one
        # figure even after a count word ("items: max 409 600 bytes" is 400 KB in bytes,
        # "messages max 262 144 bytes" 256 KiB: no 262 messages of 144 bytes)
        return False
    return bool(_COUNT_BEFORE.search(text, max(0, m.start() - 40), m.start())) \
        or _round(int(groups))


def _round(n: int) -> bool:
    """A figure as notes give sizes and times: in tens, or in 256s (KB, MB, GB steps)."""
    return n % 10 == 0 or n % 256 == 0
