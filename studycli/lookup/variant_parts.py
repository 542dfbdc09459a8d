"""A line giving variants' figures in parts of their own: "gp2: 3 IOPS/GB, max 16,000 IOPS.
gp3: baseline 3000 IOPS + 125 MiB/s, max 16,000 IOPS / 1000 MiB/s". Its throughputs are all
gp3's, yet gp2's part names gp2 beside a figure (of IOPS), so "gp2 max throughput" was
answered with gp3's 1000 MiB/s. Where a line names the member asked in one part and another
member in another part, and states a figure of a unit asked, it is read by those figures
alone: a part giving none of them speaks of no member's figure asked. A line of one part
("1 yr or 3 yr term, up to 75% off on-demand" of a Reserved Instance, where "on-demand" is
what the discount is off; "gp3 ... (4x gp2's 250 MiB/s)") is left to its clauses.
Stdlib, lookup.variants and note_numbers (already loaded by compared_side): runs on the
lookup fast path.
"""

from __future__ import annotations

from studycli.lookup import variants
from studycli.note_numbers import number_spans


def read_by_asked_unit(parts: list[str], key: tuple[str, int], members: frozenset[str]
                       ) -> bool:
    """Whether a line's parts name the member asked in one part and another member of the
    family `key` in another part ("gp2: ... IOPS. gp3: ... MiB/s")."""
    named = [variants.named(part or "").get(key) or frozenset() for part in parts]
    return any(members & mine and any(other - members
                                      for j, other in enumerate(named) if j != i)
               for i, mine in enumerate(named))


def has_asked_unit(text: str, dimensions: set[str]) -> bool:
    """Whether `text` states a figure with a unit of a dimension asked."""
    return bool(dimensions) and any(u in dimensions for _n, u, _a, _b in number_spans(text))
