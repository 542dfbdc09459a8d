"""What the notes state about a topic, whatever the qualifier: a wrong option must not be one.

The questions package keeps distractors off the values of the same fact key. An exam also
shows false statements and many questions side by side, so it checks wider: "Lambda retries
3 times" and "Lambda retries max 2 times" are one topic, and "2" is no wrong answer for it.
"""

from __future__ import annotations

from studycli.model import QUALIFIERS, Fact
from studycli.questions import format_quantity


class Truths:
    """Looks a topic up through the pool's facts by key: one key per qualifier."""

    def __init__(self, pool):
        self.pool = pool

    def _related(self, fact: Fact) -> list[Fact]:
        # Same qualifier, or either without one ("retries" vs "max retries"); a default and a
        # maximum of one attribute are different truths.
        service, subject, attribute, qualifier = fact.key
        quals = QUALIFIERS if not qualifier else (qualifier, "")
        out = []
        for q in quals:
            out += [f for f in self.pool.with_key((service, subject, attribute, q))
                    if f.number is not None and f.unit == fact.unit]
        return out

    def numbers(self, fact: Fact) -> set[float]:
        return {f.number for f in self._related(fact) if f.number is not None}

    def texts(self, fact: Fact) -> set[str]:
        return {format_quantity(f.number, f.unit).lower() for f in self._related(fact)
                if f.number is not None}


def faithful(fact: Fact, option: str) -> bool:
    """The right option, as formatted, says what the note says (99.99% must not read 100%)."""
    if fact.number is None or fact.unit != "%":
        return True
    try:
        shown = float(option.strip().rstrip("%").replace(",", ""))
    except ValueError:
        return False
    return abs(shown - fact.number) < 1e-9
