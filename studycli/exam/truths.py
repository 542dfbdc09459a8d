"""What the notes state about a topic, whatever the qualifier: a wrong option must not be one.

The questions package keeps distractors off the values of the same fact key. An exam also
shows false statements and many questions side by side, so it checks wider: "Lambda retries
3 times" and "Lambda retries max 2 times" are one topic, and "2" is no wrong answer for it.
"""

from __future__ import annotations

from collections import defaultdict

from studycli.model import Fact
from studycli.questions import format_quantity


def topic(f: Fact) -> tuple[str, str, str]:
    return (f.service.lower(), f.subject.lower(), f.attribute.lower())


class Truths:
    def __init__(self, facts: list[Fact]):
        self.by_topic: dict[tuple, list[Fact]] = defaultdict(list)
        for f in facts:
            if f.number is not None:
                self.by_topic[topic(f)].append(f)

    def _related(self, fact: Fact) -> list[Fact]:
        # Same qualifier, or either without one ("retries" vs "max retries"); a default and a
        # maximum of one attribute are different truths.
        return [f for f in self.by_topic.get(topic(fact), ())
                if f.unit == fact.unit and (f.qualifier == fact.qualifier
                                            or not f.qualifier or not fact.qualifier)]

    def numbers(self, fact: Fact) -> set[float]:
        return {f.number for f in self._related(fact)}

    def texts(self, fact: Fact) -> set[str]:
        return {format_quantity(f.number, f.unit).lower() for f in self._related(fact)}


def faithful(fact: Fact, option: str) -> bool:
    """The right option, as formatted, says what the note says (99.99% must not read 100%)."""
    if fact.number is None or fact.unit != "%":
        return True
    try:
        shown = float(option.strip().rstrip("%").replace(",", ""))
    except ValueError:
        return False
    return abs(shown - fact.number) < 1e-9
