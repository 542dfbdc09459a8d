"""A number and its unit typed as one word in a lookup ("4kb", "1mb", "256KB", "500ms"), read
apart as the notes' numbers are read ("4 kb"), and said by a line that writes them either way.

Kept whole, "256kb" was one topic word, said only by a line that glues them too: "sqs
message bigger than 256kb" asked every line to say "256kb", and one writing "256 KB" said
it not. The query reads the pair apart (`apart`), and each of the two words' concepts also
holds the glued word (`glued_pairs`), so a line writing "256KB" still says both.

Not read apart: a one-letter unit ("100k", "3m", "9s", "24h": a query's "k" and "m" are
as often thousand and million, its "9s" nines), and a unit the lexicon reads as a cue word
("15min": "min" alone asks a minimum). Stdlib only: the lookup fast path imports it.
"""

from __future__ import annotations

import re

from studycli.lookup.text import numbers_with_units, stem

_GLUED = re.compile(r"(\d[\d.,]*)([a-z]{2,}(?:/s)?)")
_FIRST_DIGIT = re.compile(r"\d")


def apart(text: str, is_cue) -> tuple[str, frozenset[str]]:
    """`text` (normalized) with each number glued to a unit of two letters or more written
    apart ("4kb" -> "4 kb"), and the glued words so read. `is_cue(word)` says whether the
    unit word alone is a cue word (kept glued)."""
    if not _FIRST_DIGIT.search(text):
        return text, frozenset()
    glued: set[str] = set()
    for _number, unit, written in numbers_with_units(text):
        m = _GLUED.fullmatch(written)
        if unit is None or m is None or is_cue(m.group(2).split("/")[0]):
            continue
        glued.add(written)
    for written in glued:
        number, unit = _GLUED.fullmatch(written).groups()  # type: ignore[union-attr]
        text = re.sub(rf"(?<![\w.]){re.escape(written)}(?![\w])", f"{number} {unit}", text)
    return text, frozenset(w.split("/")[0] for w in glued)


def said_glued(toks: list[str], glued: frozenset[str],
               concept_at: dict[int, dict[str, float]], weight: float) -> None:
    """Each number and unit read apart (tokens `toks`; concepts by position `concept_at`):
    the concepts of the two words also hold the glued word, which a line writing "256KB"
    says where it says neither "256" nor "kb" alone."""
    if not glued:
        return
    for i in range(len(toks) - 1):
        whole = toks[i] + toks[i + 1]
        if whole in glued:
            for j in (i, i + 1):
                if j in concept_at:
                    concept_at[j][stem(whole)] = weight
