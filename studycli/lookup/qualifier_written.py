"""Of values of one measure tied at the top, the one whose line writes the default asked first.

The parser files a figure as a setting's default from what the line says, but also from
where the line stands: a comparison table's row, a heading's measure, a
line of another service filed under the heading's. Two such values of one measure then rank
alike for "lambda timeout default": "default timeout = 3 sec, max = 900 sec" (the line says
it is the default) and "Standard: max duration 1 year, ..., execution history 90 days" (a
Step Functions line filed as Lambda's timeout default, which says no such thing), a
hundredth of a point apart; or "WebSocket: ... idle timeout 10 min" against a table row
"default timeout 3 sec".

The word a student typed to ask for the default is evidence only in a line that writes it
too. Among the hits tied with the first on its measure (the run at the very top, within TIE
of its score: block_service.TIE), those whose own line writes the default go first, in
their order; the others follow in theirs. Nothing moves when
the first hit's line writes it, when none of the tied lines does, or when the hit ahead is
ahead by more than a tie. A line in another language is read in English first
(notes.gloss), so "valeur par défaut" writes the default as "default" does.
"""

from __future__ import annotations

import re

from studycli.lazy_regex import lazy_compile
from studycli.lookup.block_service import TIE

# How a note line writes the default: the lexicon's "default" qualifier cues, written out
# here from data/lookup_synonyms.json (keep the two alike), and "def" ("4 d def
# / 14 d max"). Only the default: a "max" or "min" typed is already weighed by the words the
# ranking reads in the line, and a maximum asked is the largest figure of its line (bounds.py).
_WRITTEN = {
    "default": lazy_compile(r"(?<![a-z])(?:defaults?|def|dflt|dft|initially|by\s+default"
                            r"|out\s+of\s+the\s+box)(?![a-z])", re.IGNORECASE),
}


def writes_qualifier(snippet: str, qualifier: str) -> bool:
    """Whether the note line `snippet` writes `qualifier` (the default) in words of its own;
    a line in another language is read in English first."""
    cue = _WRITTEN.get(qualifier)
    if cue is None:
        return False
    if cue.search(snippet):
        return True
    if snippet.isascii():
        return False
    from studycli.notes.gloss import gloss_query

    return cue.search(gloss_query(snippet)) is not None


def _measure(h: dict) -> tuple:
    return (h.get("service"), (h.get("subject") or "").lower(),
            (h.get("attribute") or "").lower(), h.get("qualifier") or "", h.get("kind"))


def qualifier_written_first(ranked: list[dict], qualifier: str | None) -> list[dict]:
    """`ranked` with the run of hits tied with the first on its measure reordered: those
    whose line writes the `qualifier` asked first, where the first hit's line does not."""
    if len(ranked) < 2 or qualifier not in _WRITTEN:
        return ranked
    first = ranked[0]
    if first.get("score") is None or first["score"] <= 0 or first.get("number") is None:
        return ranked
    floor = first["score"] * (1 - TIE)
    run = 0
    for h in ranked:
        if h.get("score", 0) < floor or _measure(h) != _measure(first):
            break
        run += 1
    if run < 2:
        return ranked
    written = [writes_qualifier(h.get("snippet") or "", qualifier) for h in ranked[:run]]
    if written[0] or not any(written):
        return ranked
    tied = ranked[:run]
    return ([h for h, w in zip(tied, written, strict=True) if w]
            + [h for h, w in zip(tied, written, strict=True) if not w] + ranked[run:])
