"""Which batching case a figure is of, by the clause before it: "without batching 300 msg/s,
with batching 3,000 msg/s", "FIFO: 300 msg/s (no batching)".

limits._condition reads a case written right after a figure itself; this module holds the
spellings of the without-batching case and the look back to the nearest clause before a figure
that no earlier figure owns, so the rule reads in one place rather than inside limits.py.
"""

from __future__ import annotations

import re

from studycli.extract.quantities import WITH_ELSEWHERE, WITHOUT_ELSEWHERE

# "no batching", "with no batching", "non-batched" say what "without batching" says: read as
# "with" ("with no batching") or not at all ("(no batching)"), one line's two values took one
# case, or the 300 msg/s a query "without batching" asks for lost its case. Written once here
# for both readers: limits._condition (a case right after a figure) and _BATCH_CLAUSE below.
_WITH_NO = r"(?:with\s+)?no"
_NON_BATCH = r"non-?\s*batch\w*|unbatched"  # the case in one word, no "no" before it
NO_BATCH = rf"{_WITH_NO}\s+batch\w*|{_NON_BATCH}"
_BATCH_CLAUSE = re.compile(
    rf"(?:\b(?P<neg>without|w/o|{_WITH_NO}|{WITHOUT_ELSEWHERE})\b|\bwith\b|\bw/|\bif you use"
    rf"|\b(?:{WITH_ELSEWHERE})\b)\s*(?:batching|batches)\b|(?P<non>\b(?:{_NON_BATCH}))",
    re.IGNORECASE)
# a batching clause right after a figure is that figure's ("300 msg/s without batching, 3,000
# msg/s"), not the next one's
_FIGURES_CLAUSE = re.compile(r"\d[\d,.]*\s*[A-Za-z/%]{0,12}\s*\(?\s*$")


def batch_case_before(line: str, figure_start: int) -> str:
    """"with batching", "without batching" or "": the case the nearest batching clause before
    the figure at `figure_start`, in its sentence, names, where no figure before it owns it
    ("without batching 300 msg/s, with batching 3,000 msg/s" is 3,000's "with": the first
    clause of the sentence gave both figures "without", and the two were dropped as one
    setting's two values)."""
    start = max(line.rfind(".", 0, figure_start), line.rfind(";", 0, figure_start)) + 1
    nearest = None
    for m in _BATCH_CLAUSE.finditer(line, start, figure_start):
        if not _FIGURES_CLAUSE.search(line, start, m.start()):
            nearest = m
    if nearest is None:
        return ""
    return "without batching" if nearest.group("neg") or nearest.group("non") else "with batching"
