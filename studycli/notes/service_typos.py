"""Service names mistyped in a note ("Step Fucntions", "Elastic Beanstlak"): the second word of
a two-word service name one edit away (a letter swapped with the next, changed, added or
dropped) is read as the name, so that the lines under it are filed under the service (the
answers under "> 9. Step Fucntions standard vs express" were SQS's and IoT's).

Carefully: only two-word names of services whose second word has seven letters or more, the
first word as written (never "AWS" or "Amazon", which open many names); never a pair that is
itself a name, a plural or inflection of one (\"load balances\"), nor a word one edit from two
names.

The first word of such a name mistyped ("Dinamo DB") is read the same way where the second
is written exactly: the first word five letters or more, one edit from exactly one name's
first word with the same first letter, never a plural or inflection of it ("lambdas
function"). An edit in its last two letters reads as an inflection, so "Globel Accelerator"
stays as written (as "stage machine" must)."""

from __future__ import annotations

import re
from functools import lru_cache

from studycli.fences import in_fence_mask
from studycli.notes.case_blind import case_minding, lowered

_MIN_LETTERS = 7
_OPENERS_SKIPPED = frozenset({"aws", "amazon"})


@lru_cache(maxsize=1)
def _names() -> tuple[dict[str, tuple[str, ...]], frozenset[str], re.Pattern | None]:
    from studycli.services import catalog

    aliases = catalog().service_aliases
    seconds: dict[str, set[str]] = {}
    for alias in aliases:
        words = alias.split()
        if (len(words) == 2 and words[0].isalpha() and words[1].isalpha()
                and len(words[1]) >= _MIN_LETTERS and words[0] not in _OPENERS_SKIPPED):
            seconds.setdefault(words[0], set()).add(words[1])
    if not seconds:
        return {}, frozenset(), None
    firsts = "|".join(sorted(map(re.escape, seconds), key=len, reverse=True))
    # ([a-z] with case ignored is [A-Za-z]; written in lower case, notes/case_blind can search it)
    pattern = re.compile(rf"\b({firsts})[ \t]+([a-z]{{{_MIN_LETTERS - 1},}})\b", re.IGNORECASE)
    return ({k: tuple(sorted(v)) for k, v in seconds.items()}, frozenset(aliases), pattern)


def _one_edit(a: str, b: str) -> bool:
    """Is `a` one edit from `b` (a substitution, an adjacent swap, an insertion, a deletion)?"""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return short[i:] == long_[i + 1:]


def _inflected(word: str, name: str) -> bool:
    """"load balances", "load balanced": an edit in the last two letters is an inflection of
    a word, not a typo of the name."""
    same = next((k for k in range(min(len(word), len(name))) if word[k] != name[k]),
                min(len(word), len(name)))
    return same >= min(len(word), len(name)) - 2


def repair_service_typos(lines: list[str], fenced: list[bool] | None = None) -> None:
    """Rewrite, in place, each mistyped word of a two-word service name; never inside a
    code fence (`fenced`, studycli.fences' mask of `lines`), whose code and output are quoted as
    written."""
    _, _, pattern = _names()
    if pattern is None:
        return
    if fenced is None:
        fenced = in_fence_mask(lines)
    for i in _lines_matched(lines, pattern):
        if not fenced[i]:
            lines[i] = pattern.sub(_repaired, lines[i])
    _, firsts_pattern = _first_words()
    if firsts_pattern is not None:
        for i in _lines_matched(lines, firsts_pattern):
            if not fenced[i]:
                lines[i] = firsts_pattern.sub(_first_repaired, lines[i])


_FIRST_MIN_LETTERS = 5


@lru_cache(maxsize=1)
def _first_words() -> tuple[dict[str, tuple[str, ...]], re.Pattern | None]:
    """The first words of two-word service names (five letters or more) by their second word,
    and a pattern of a word before one of those second words."""
    from studycli.services import catalog

    firsts: dict[str, set[str]] = {}
    for alias in catalog().service_aliases:
        words = alias.split()
        if (len(words) == 2 and words[0].isalpha() and words[1].isalpha()
                and len(words[0]) >= _FIRST_MIN_LETTERS and words[0] not in _OPENERS_SKIPPED):
            firsts.setdefault(words[1], set()).add(words[0])
    if not firsts:
        return {}, None
    seconds = "|".join(sorted(map(re.escape, firsts), key=len, reverse=True))
    pattern = re.compile(rf"\b([a-z]{{{_FIRST_MIN_LETTERS - 1},}})[ \t]+({seconds})\b",
                         re.IGNORECASE)
    return {k: tuple(sorted(v)) for k, v in firsts.items()}, pattern


def _first_repaired(m: re.Match) -> str:
    first, second = m.group(1), m.group(2)
    word = _first_meant(first, second.lower())
    if word is None:
        return m.group(0)
    if first.isupper():
        word = word.upper()
    elif first[:1].isupper():
        word = word.capitalize()
    return word + m.group(0)[m.end(1) - m.start():]


@lru_cache(maxsize=4096)
def _first_meant(first: str, second: str) -> str | None:
    """The first word `first` (as written) of a name ending in `second` (lower case) means,
    in lower case, or None where it is no typo of one name's first word."""
    firsts, _ = _first_words()
    _, aliases, _ = _names()
    lowered = first.lower()
    names = firsts.get(second, ())
    if not names or f"{lowered} {second}" in aliases or lowered in aliases:
        return None
    near = [name for name in names  # (a slip seldom changes the first letter)
            if name[0] == lowered[0] and _one_edit(lowered, name)
            and not _inflected(lowered, name)]
    return near[0] if len(near) == 1 else None


def _lines_matched(lines: list[str], pattern: re.Pattern) -> list[int]:
    """The indices of the lines `pattern` (case ignored) finds something in, in order: one
    search of the whole note (notes/case_blind), not one of every line (most notes mistype
    no name). No match crosses a line: a space or tab joins the two words."""
    text = "\n".join(lines)
    low, minding = lowered(text), case_minding(pattern)
    if low is None or minding is None:
        return [i for i, line in enumerate(lines) if line and pattern.search(line)]
    found: list[int] = []
    line, at = 0, 0
    for m in minding.finditer(low):
        line += text.count("\n", at, m.start())
        at = m.start()
        if not found or found[-1] != line:
            found.append(line)
    return found


def _repaired(m: re.Match) -> str:
    first, second = m.group(1), m.group(2)
    word = _name_meant(first.lower(), second)
    if word is None:
        return m.group(0)
    return f"{m.group(0)[:m.start(2) - m.start()]}{word}"


@lru_cache(maxsize=4096)  # a note says its few names again on every line ("Step Functions")
def _name_meant(first: str, second: str) -> str | None:
    """The second word `second` of a name opening with `first` (lower case) means, as written
    (its first letter's case kept), or None where it is no typo of one name."""
    seconds, aliases, _ = _names()
    # The case-ignoring pattern matches a long s or dotless i ("ſtep Fucntions") that
    # str.lower() keeps as it is: no name opens with it (a KeyError stopped the ingest)
    names = seconds.get(first)
    lowered = second.lower()
    if names is None or f"{first} {lowered}" in aliases:
        return None
    if lowered.rstrip("s") in {n.rstrip("s") for n in names}:
        return None  # "load balancers", "api gateway": a plural is no typo
    near = [name for name in names
            if _one_edit(lowered, name) and not _inflected(lowered, name)]
    if len(near) != 1:
        return None
    word = near[0]
    return word.capitalize() if second[:1].isupper() else word
