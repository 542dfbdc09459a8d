"""Every fact loaded once, indexed for distractors and for conflicts."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from studycli.model import Fact


def _canonical(f: Fact):
    if f.kind == "range" and f.low is not None and f.high is not None:
        return ("range", f.low, f.high, f.unit)
    if f.number is not None:
        return ("num", f.number, f.unit)
    return ("text", " ".join(f.value.lower().split()))


@dataclass
class FactPool:
    facts: list[Fact]
    by_key: dict[tuple, list[Fact]] = field(default_factory=dict)
    numbers: dict[str, list[float]] = field(default_factory=dict)        # unit -> distinct numbers
    ranges: dict[str, list[tuple[float, float]]] = field(default_factory=dict)
    errors: list[Fact] = field(default_factory=list)

    @classmethod
    def load(cls, db) -> "FactPool":
        from studycli.store.facts import list_facts

        return cls.from_facts(list_facts(db))

    @classmethod
    def from_facts(cls, facts: list[Fact]) -> "FactPool":
        by_key: dict[tuple, list[Fact]] = defaultdict(list)
        numbers: dict[str, set[float]] = defaultdict(set)
        ranges: dict[str, set[tuple[float, float]]] = defaultdict(set)
        errors = []
        for f in facts:
            by_key[f.key].append(f)
            if f.kind == "range" and f.low is not None and f.high is not None:
                ranges[f.unit].add((f.low, f.high))
            elif f.number is not None and f.kind in ("limit", "default"):
                numbers[f.unit].add(f.number)
            elif f.kind == "error_code":
                errors.append(f)
        return cls(
            facts=list(facts),
            by_key=dict(by_key),
            numbers={u: sorted(v) for u, v in numbers.items()},
            ranges={u: sorted(v) for u, v in ranges.items()},
            errors=errors,
        )

    def sides(self, fact: Fact) -> list[Fact]:
        """One fact per distinct value stated for `fact`'s key (the fact itself first)."""
        seen = {_canonical(fact)}
        out = [fact]
        for other in self.by_key.get(fact.key, []):
            c = _canonical(other)
            if c not in seen and other.kind == fact.kind:
                seen.add(c)
                out.append(other)
        return out

    def in_conflict(self, fact: Fact) -> bool:
        return fact.kind != "fact" and len(self.sides(fact)) > 1

    def first(self, key: tuple) -> Fact | None:
        facts = self.by_key.get(tuple(key))
        return min(facts, key=lambda f: (f.source, f.line)) if facts else None
