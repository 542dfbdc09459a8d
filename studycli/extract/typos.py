"""Attribute words mistyped in a note ("memroy", "timout", "visiblity", "retension"): the
word of a known attribute name (data/attributes.json) one or two edits away, so that the
number is filed under the name a student (and lookup) will ask for, not under the typo.

Carefully: only words of six letters or more; one edit below eight letters, two from eight;
the first letter as written; never a word one edit from several names, an inflection of the
name ("executed", "container"/"contained") or the name with a prefix ("reserved" is not
"unreserved"); never a real word the vocabulary lists as near a name ("internal" is not
"interval", "pooling" not "polling")."""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import lru_cache

from studycli.notes.ocr_confusions import CONFUSIONS
from studycli.paths import data_dir

_WORD = re.compile(r"[A-Za-z]{6,}")
_PREFIXES = ("un", "re", "de", "pre", "non", "dis", "sub", "multi", "cross", "auto", "in")


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[frozenset[str], frozenset[str],
                           dict[str, tuple[tuple[str, frozenset[str]], ...]]]:
    """The names' words, the real words near them, and the names' words by first letter (a
    typo keeps its first letter: only those are compared), each with its set of letters
    (built once here: _edits_bound compares it with every long word of a note)."""
    raw = json.loads((data_dir() / "attributes.json").read_text(encoding="utf-8"))
    targets = frozenset(w.lower() for e in raw["attributes"] for w in _WORD.findall(e["name"]))
    real = frozenset(raw.get("not_typos", {}).get("words", []))
    by_first: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for t in sorted(targets):
        by_first.setdefault(t[0], []).append((t, frozenset(t)))
    return targets, real, {k: tuple(v) for k, v in by_first.items()}


def _distance(a: str, b: str) -> int:
    """Optimal string alignment distance (a swap of two letters side by side is one edit)."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


def _edits_bound(a: frozenset[str], b: frozenset[str]) -> int:
    """A lower bound of the _distance of two words, from their sets of letters: C-speed set
    operations instead of its Python table. An edit inserts, deletes or changes one letter,
    or swaps two (which changes no letter), so it adds at most one letter to the set of
    letters the words do not share and takes at most one away; n edits leave at most 2n. The
    bound rules out nearly every name a word is compared with (a word is a typo of few)."""
    return (len(a ^ b) + 1) // 2


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _letter_dropped(a: str, b: str) -> bool:
    """Two word endings, one the other with a letter left out inside ("ity"/"ty" of
    "visibilty", "ion"/"on" of "duraton"): a typo near the end, not an inflection ("s"/"")."""
    short, long_ = sorted((a, b), key=len)
    return bool(short) and len(long_) == len(short) + 1 and any(
        long_[:i] + long_[i + 1:] == short for i in range(len(long_) - 1))


def _letters_kept(a: str, b: str) -> bool:
    """Two edits that keep the letters ("exectiion", "cnnections": a letter left out, one
    doubled or added) are a typo's; two letters changed ("collection"/"connection",
    "rejection"/"retention") are another word's."""
    left, right = Counter(a), Counter(b)
    return sum(((left - right) + (right - left)).values()) <= 2


@lru_cache(maxsize=4096)
def fixed_word(word: str) -> str | None:
    """The attribute-name word `word` is a typo of, or None."""
    low = word.lower()
    targets, real, by_first = _vocabulary()
    if len(low) < 6 or low in targets or low in real:
        return None
    for wrote, meant in CONFUSIONS:  # a scan's "mernory", "rnodes": OCR's "rn" for "m"
        if wrote in low and (fixed := low.replace(wrote, meant)) in targets:
            return fixed
    allowed = 1 if len(low) < 8 else 2
    found = set()
    letters = frozenset(low)
    for t, t_letters in by_first.get(low[0], ()):
        if abs(len(t) - len(low)) > allowed:
            continue
        shorter = min(len(t), len(low))
        same = _common_prefix(t, low)
        if same >= shorter - 2 and not _letter_dropped(t[same:], low[same:]):
            continue  # an inflection ("executed", "timeouts") or a word of its own ("expire")
        if any(t == p + low or low == p + t for p in _PREFIXES):
            continue
        if _edits_bound(letters, t_letters) > allowed:
            continue  # more than `allowed` edits apart: most names are, and _distance is slow
        distance = _distance(low, t)
        if distance == 1 or (distance == 2 == allowed and _letters_kept(low, t)):
            found.add(t)
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=4096)
def repaired(line: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The line with its mistyped attribute words fixed, and (where, length change) of each
    fix in the line as written ((), when nothing is fixed: the line itself)."""
    out: list[str] = []
    shifts: list[tuple[int, int]] = []
    last = 0
    for m in _WORD.finditer(line):
        fix = fixed_word(m.group(0))
        if fix is None:
            continue
        out.append(line[last:m.start()])
        out.append(fix)
        shifts.append((m.end(), len(fix) - (m.end() - m.start())))
        last = m.end()
    if not shifts:
        return line, ()
    out.append(line[last:])
    return "".join(out), tuple(shifts)


def moved(position: int, shifts: tuple[tuple[int, int], ...]) -> int:
    """Where a position of the line as written is in the repaired line (positions are never
    inside a fixed word: they are a number's bounds)."""
    return position + sum(delta for end, delta in shifts if end <= position)
