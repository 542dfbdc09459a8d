"""Which number of a note line a word of the query is tied to.

"gp3 volumes give 3,000 IOPS baseline and can be provisioned up to 16,000 IOPS": asked
"gp3 baseline iops", the 16,000 (a max) matched every word the line says, and a student was
told the baseline is 16,000. A word that qualifies one number of a line (baseline, burst,
default, GET) is tied to the number of the same measure nearest it; a fact whose number is
another one of the line does not answer the word. And a scope typed after "per" ("s3 get
requests per prefix") that the line says after a "per" of its own makes the line's rate
("5,500 GET requests per second per prefix") the count asked. Runs on the lookup fast path.
"""

from __future__ import annotations

import re

from studycli.lazy_regex import lazy_compile
from studycli.lookup.text import stem
from studycli.note_numbers import number_spans

_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*")


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def tied_elsewhere(line: str, number: float, concepts: list[dict[str, float]]) -> float:
    """Share of `concepts` (the query's words the fact's own names do not say) that `line`
    says only beside another number of the fact's measure than `number`: 0 when the line
    holds no such other number."""
    if not concepts or not line or line.count("|") >= 2:
        return 0.0  # (a table row's label is said of every cell: "| baseline | 3 IOPS/GB |
        # 3,000 IOPS |" ties "baseline" to both columns)
    spans = number_spans(line)
    own = [s for s in spans if _same(s[0], number)]
    if not own:
        return 0.0
    unit = own[0][1]
    rivals = [s for s in spans if s[1] == unit]
    if all(_same(s[0], number) for s in rivals):
        return 0.0  # the line states no other number of this measure
    words = [(stem(m.group(0).lower()), m.start(), m.end()) for m in _WORD.finditer(line)
             if not any(a <= m.start() < b for _n, _u, a, b in spans)]
    elsewhere = 0
    for concept in concepts:
        ties = [_nearest(rivals, start, end) for w, start, end in words if w in concept]
        if ties and not any(t is None or _same(t, number) for t in ties):
            elsewhere += 1
    return elsewhere / len(concepts)


def _nearest(spans: list[tuple[float, str | None, int, int]], start: int,
             end: int) -> float | None:
    """The number whose span is nearest the word's (None when two are as near)."""
    gaps = sorted((max(a - end, start - b, 0), n) for n, _u, a, b in spans)
    if len(gaps) > 1 and gaps[0][0] == gaps[1][0] and not _same(gaps[0][1], gaps[1][1]):
        return None
    return gaps[0][1]


_PER = lazy_compile(r"\b(?:per|each|/)\s*([a-z]+)", re.IGNORECASE)


def per_scope_said(line: str, denominators: set[str]) -> bool:
    """Whether `line` says the scope typed after "per" ("per prefix") after a "per" of its
    own: a rate it states is then the count asked for that scope."""
    return bool(denominators) and any(stem(w.lower()) in denominators
                                      for w in _PER.findall(line))
