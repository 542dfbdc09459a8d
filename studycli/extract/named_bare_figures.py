"""A bare figure right after the name of the setting it is the value of: "burst 5000",
"batch size 10", "concurrency 1000", "API GW throttle 10k req/s, burst 5000".

A cheat sheet drops the unit where the name says what is counted. No unit follows the number,
so quantities.py does not read it, and bare_counts reads a bare number only after a bound,
"limit"/"quota" or a label of a plural noun: the figure stayed in the line, and a lookup of
"api gw burst limit" found the line's other figure first.

Read only when the word right before the number spells a word of a name the attribute
vocabulary (data/attributes.json) gives to counts and nothing else, and the number closes its
clause (a unit, a range or another word after it make it something else). So these stay as
written: "max receives 5" (the vocabulary names it a batch size from farther words), "step 3",
"version 2", "layer 7" (a counted noun in the singular says which one, not how many),
"throughput batched: 3000" (a participle says which case), "policy size 2,048" (characters or
bytes, unsaid).
"""

from __future__ import annotations

import re

from studycli.extract.attributes import name_quantity, names_only_a_count
from studycli.extract.quantities import Quantity, bare_count, count_head

# a name's last word, an optional ":" or "=", then the number bare, closing its clause
# ("5000," "5000)" "5000." at a sentence's end); six digits at most (an ID is no count), and
# no magnitude or spaced thousands after it ("40 M", "10 240")
_NAME_THEN_NUMBER = re.compile(
    r"(?<![\w/-])(?P<word>[A-Za-z][A-Za-z-]{2,})[ \t]*(?:[:=][ \t]*)?[*_`]*"
    r"(?P<n>[1-9][0-9]{0,2}(?:,[0-9]{3}){1,2}|[1-9][0-9]{0,5})(?![\w%/$+-]|[.,][0-9])"
    r"(?![ \t]*(?:[kmb]|bn|thousand|million|billion|mil)(?![\w/]))(?![ \t][0-9]{3}(?![0-9]))"
    r"(?=[*_`]*[ \t]*(?:$|[,;)]|\.(?:\s|$)))",
    re.IGNORECASE)

# words a number after them counts or orders nothing by: bounds (bare_counts reads those with
# their own checks), and words that number an item ("step 3", "option 2", "week 4")
# (three letters at least: _NAME_THEN_NUMBER reads no shorter word)
_NOT_A_NAME = frozenset("""max maximum min minimum most least upto default def limit quota are
    was for per than and the every each after within from step option version ver part week
    day month year chapter module lesson section question level tier gen generation type class
    plan number rank round attempt try""".split())
# a word before the name that makes it one resource's own setting, not the quota the name is:
# "reserved concurrency 100", "provisioned concurrency 50" are one function's, and read as
# "concurrent executions" they answered "lambda concurrency limit" before the account's 1,000
_ONES_OWN_SETTING = frozenset({"reserved", "provisioned"})
_WORD_BEFORE = re.compile(r"([A-Za-z-]+)[ \t]*$")
# the number is the first of a series, not the setting's value: "batch size 10, then 100",
# "shards 2, later 4" (what was tried or changed, the last is no more the value than the first)
_SERIES_NEXT = re.compile(r"[*_`]*[ \t]*[,;][ \t]*(?:then|later|now|next|and then|after that)"
                          r"[ \t]+(?:to[ \t]+)?[0-9]", re.IGNORECASE)


def named_bare_figures(line: str, service: str, taken: list[tuple[int, int]]) -> list[Quantity]:
    """Counts the line gives as a bare number right after the name of what it counts."""
    out: list[Quantity] = []
    for m in _NAME_THEN_NUMBER.finditer(line):
        start, end = m.span("n")
        word = m.group("word").lower()
        if (word in _NOT_A_NAME or word.endswith("ed") or _names_one(word)
                or any(s < end and start < e for s, e in taken)):
            continue  # ("throughput batched: 3000": a participle says which case, no name)
        before = _WORD_BEFORE.search(line, 0, m.start("word"))
        if (before is not None and before.group(1).lower() in _ONES_OWN_SETTING) \
                or _SERIES_NEXT.match(line, end):
            continue
        # only the words before it name it ("burst 5000 -> then 429s" counts no errors)
        name = name_quantity(line[:end], start, end, "count", service, (), taken)
        if not names_only_a_count(name) or not _word_of(word, name):
            continue
        written = m.group("n")
        out.append(bare_count(start, end, written, name))
    return out


def _names_one(word: str) -> bool:
    """Whether `word` is a counted noun in the singular: the number after it says which one
    ("layer 7", "instance 3", "region 2"), not how many ("shards 4" does)."""
    head = count_head(word)
    return head is not None and word == head[0].lower() != head[1].lower()


def _word_of(word: str, name: str) -> bool:
    """Whether `word` is a spelling of one of the name's words ("concurrency" of "concurrent
    executions", "BatchWrite" of "batch size"): the same first six letters, or the whole of
    the shorter when four letters or more ("retention" is no spelling of "retries")."""
    for w in name.lower().split():
        n = min(6, len(w), len(word))
        if w[:n] == word[:n] and n >= 4:
            return True
    return False
