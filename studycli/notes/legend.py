"""A note's own abbreviation legend, applied to the rest of the note.

A terse cheat sheet defines its shorthand once ("_abbr: vis = visibility timeout, ret =
retention, KDS = kinesis data streams_") and then writes "ret def 4 days". The parser knows
"retention", not the student's "ret": read as written, 4 days is filed under an attribute "ret"
that no question or lookup can name. Each word the legend defines is read as its long form on
every other line of the note (the note's snippets keep the student's own words: they are taken
from the raw text).

A legend is a line that says so ("abbr:", "abbrevs:", "abbreviations:", "legend:",
"shorthand:", "key:", a mathematician's "notation:", also after a sentence: "one fact per
line. abbreviations: def = default") and defines at least one word (a notation's symbol of a
function as written: "notation: M(f) = memory, T(f) = timeout" reads "T(f) ∈ [1 s, 900 s]"
as the timeout's), or a heading or label of that name over a list of
definitions ("- vis = visibility timeout"). Only a word that starts with a letter is defined
("✓ = right answer" is a journal's marks, not shorthand), and a word right after a number is
left alone: a legend's "min = minimum" must not turn "60 min" into "60 minimum".
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

_LEGEND_WORD = (r"(?:abbr|abbrs|abbrev|abbrevs|abbreviations?|legend|shorthand|key|glossary|"
                r"notation)")
# the legend word opening the line (after markup) or a sentence of it
_INLINE = re.compile(rf"(?:^[\W_]*|[.;!]\s+)(?i:{_LEGEND_WORD})(?!-\w)[*_`]*\s*[:\-–—]\s*"
                     r"(?P<rest>.+)$")  # "key-value: DynamoDB" is no legend
_LABEL = re.compile(rf"^[\W_]*(?i:{_LEGEND_WORD})[\W_]*$")
# "vis = visibility timeout", "KDS: Kinesis Data Streams", "ret -> retention"; a symbol of a
# function of one variable, "M(f) = memory" (a mathematician's notation), is defined as written
_PAIR = re.compile(r"^\s*(?P<short>[A-Za-z][A-Za-z0-9/&.]{0,7}(?:\([a-z]\))?)\s*"
                   r"(?:=|:|->|→|–|—)\s*"
                   r"(?P<long>[A-Za-z][^=]*?)\s*$")
_ITEM = re.compile(r"^\s*(?:[-*+•·▪o]|\d+[.)])\s+(?P<body>.+)$")
_SPLIT = re.compile(r"\s*[,;]\s*")
_MAX_SHORT = 8
# how every _LEGEND_WORD starts
_WORDS = ("abbr", "legend", "shorthand", "key", "glossary", "notation")


def legend_pairs(text: str) -> list[tuple[str, str]]:
    """The definitions of one legend's text ("vis = visibility timeout, ret = retention")."""
    pairs = []
    for part in _SPLIT.split(text.strip().strip("_*` ")):
        m = _PAIR.match(part.strip("_*` "))
        if m is None:
            continue
        short, long = m.group("short"), m.group("long").strip("_*`. ")
        if len(short) > _MAX_SHORT or not long or long.lower() == short.lower() \
                or not abbreviates(short, long):
            continue
        pairs.append((short, long))
    return pairs


def abbreviates(short: str, long: str) -> bool:
    """Whether `short` can be a shorthand of `long`: its initials ("KDS" kinesis data streams)
    or letters of its first word in order, from the first ("ret" retention, "msg" message).
    "graph: Neptune" or "RPO: how much data you can afford to lose" (a glossary's definition)
    defines no shorthand: read as one, it would rewrite every "graph" of the note."""
    s = "".join(ch for ch in short.split("(")[0].lower() if ch.isalnum())
    words = re.findall(r"[a-z0-9]+", long.lower())
    if not s or not words:
        return False
    if "".join(w[0] for w in words).startswith(s) and len(s) >= 2:
        return True
    first = words[0]
    if s[0] != first[0]:
        return False
    rest = iter(first)
    return all(ch in rest for ch in s)


def _lines_naming_a_legend(lines: list[str]) -> list[int]:
    """The indexes of the lines holding a legend word, in order. Plain substring search of
    the lower-cased text: a case-insensitive regex scan costs more than the rest of reading a
    note's legend, and most notes have none."""
    lowered = [line.lower() for line in lines]
    text = "\n".join(lowered)
    if not any(word in text for word in _WORDS):
        return []
    # Offsets in the lower-cased lines: "İ" lower-cases to two letters, so the note's own
    # lengths would place a word after it on a later line, or past the last.
    starts = list(accumulate((len(line) + 1 for line in lowered), initial=0))
    found: set[int] = set()
    for word in _WORDS:
        at = text.find(word)
        while at != -1:
            found.add(bisect_right(starts, at) - 1)
            at = text.find(word, at + 1)
    return sorted(found)


def find_legend(lines: list[str]) -> tuple[dict[str, str], set[int], set[int]]:
    """The words a note's legends define (short -> long), the indexes of the lines that are
    nothing but a legend (read as no fact: a legend teaches no AWS fact) and of the lines that
    hold a legend after something else ("one fact per line. abbreviations: def = default":
    the legend part is not read through itself)."""
    defined: dict[str, str] = {}
    legend_only: set[int] = set()
    legend_lines: set[int] = set()
    marked = _lines_naming_a_legend(lines)
    done = 0  # lines before this one were read as part of a legend list
    for i in marked:
        if i < done:
            continue
        line = lines[i]
        m = _INLINE.search(line)
        if m is not None:
            pairs = legend_pairs(m.group("rest"))
            if pairs:
                defined.update(pairs)
                if not line[:m.start()].strip("_*` #>"):
                    legend_only.add(i)
                else:
                    legend_lines.add(i)
        elif _LABEL.match(line.strip()):
            done = _legend_list(lines, i + 1, defined, legend_only)
    return defined, legend_only, legend_lines


def _legend_list(lines: list[str], start: int, defined: dict[str, str],
                 legend_only: set[int]) -> int:
    """The definition items under a legend label, from `start`; the index after them."""
    j = start
    while j < len(lines) and not lines[j].strip():
        j += 1
    found: list[int] = []
    while j < len(lines):
        item = _ITEM.match(lines[j])
        pairs = legend_pairs(item.group("body")) if item else []
        if not pairs:
            break
        defined.update(pairs)
        found.append(j)
        j += 1
    if found:
        legend_only.update(found)
        legend_only.add(start - 1)
    return j


def apply_legend(lines: list[str]) -> None:
    """Read every defined word as its long form, in place; blank the legend's own lines."""
    defined, legend_only, legend_lines = find_legend(lines)
    if not defined:
        return
    # the written form, and a lower-case word capitalised ("Ret def 4 days" opening a line)
    forms: dict[str, str] = {}
    for short, long in defined.items():
        forms[short] = long
        if short.islower():
            forms.setdefault(short.capitalize(), long)
    pattern = re.compile(
        r"(?<![0-9][ \t])(?<![0-9])(?<![A-Za-z0-9_/.-])(?:"
        + "|".join(re.escape(s) for s in sorted(forms, key=len, reverse=True))
        + r")(?![A-Za-z0-9_])")
    for i, line in enumerate(lines):
        if i in legend_only:
            lines[i] = ""
        elif line.strip() and i not in legend_lines:
            lines[i] = pattern.sub(lambda m: forms[m.group(0)], line)
