"""Every fact loaded once, indexed for distractors and for conflicts."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from studycli.model import Fact, Kind

TYPE_CHECKING = False
if TYPE_CHECKING:  # imported for the type checker only
    from studycli.store.db import Store


def _canonical(f: Fact):
    if f.kind == Kind.RANGE and f.low is not None and f.high is not None:
        return ("range", f.low, f.high, f.unit)
    if f.number is not None:
        return ("num", f.number, f.unit)
    return ("text", " ".join(f.value.lower().split()))


TEXT_KINDS = (Kind.ERROR_CODE, Kind.FACT)


@dataclass
class FactPool:
    """Facts indexed for questions. `from_facts` holds them all in memory; `load(db)` reads
    only the distinct values distractors need and fetches a key's facts when first asked,
    so a quiz over tens of thousands of facts shows its first card at once."""

    _facts: list[Fact] | None
    by_key: dict[tuple, list[Fact]] = field(default_factory=dict)
    _numbers: dict[str, list[float]] | None = None        # unit -> distinct numbers
    # unit -> distinct (number, attribute): what each number measures
    _measured: dict[str, list[tuple[float, str]]] | None = None
    _measured_ranges: dict[str, list[tuple[tuple[float, float], str]]] | None = None
    _ranges: dict[str, list[tuple[float, float]]] | None = None
    _errors: list[Fact] | None = None
    db: Store | None = None
    _measures: dict[tuple, list[Fact]] | None = None  # (service, measure) -> facts
    _groups: dict | None = None  # (service, measure) -> specifier sets and their values
    _indexed: set = field(default_factory=set)  # services read into _measures ("*": all)
    as_written: bool = False   # drill the notes verbatim, even where AWS has changed a value
    currency_db: object = None  # where facts' statuses against AWS are read (else: self.db)
    corrections: dict = field(default_factory=dict)  # keyed fact id -> (note fact, Currency)
    _by_service: dict = field(default_factory=dict)  # service -> its facts, read lazily
    # Ids of the facts the AWS reference vouches for, when read up front (an exam's pool);
    # None: not read (every fact is judged on its own by questions.build.why_not_asked).
    vouched_ids: set[str] | None = None
    # Every line's facts (store.facts.facts_by_line), when read up front for a caller that
    # asks of most lines; None: a lazily loaded pool reads one line at a time.
    lines_read: dict | None = None

    @classmethod
    def load(cls, db) -> FactPool:
        return cls(None, {}, db=db)

    @property
    def facts(self) -> list[Fact]:
        """Every fact (read from the database on first use when loaded lazily)."""
        if self._facts is None:
            from studycli.store.facts import list_facts

            assert self.db is not None  # a pool made from facts holds them already
            self._facts = list_facts(self.db)
        return self._facts

    # The distractor indexes are read when a question first needs them: a recall card needs none.

    @property
    def numbers(self) -> dict[str, list[float]]:
        if self._numbers is None:
            from studycli.store.fact_index import distinct_numbers

            self._numbers = distinct_numbers(self.db)
        return self._numbers

    @property
    def measured_numbers(self) -> dict[str, list[tuple[float, str]]]:
        if self._measured is None:
            from studycli.store.fact_index import distinct_measured_numbers

            self._measured = distinct_measured_numbers(self.db)
        return self._measured

    @property
    def measured_ranges(self) -> dict[str, list[tuple[tuple[float, float], str]]]:
        if self._measured_ranges is None:
            from studycli.store.fact_index import distinct_measured_ranges

            self._measured_ranges = distinct_measured_ranges(self.db)
        return self._measured_ranges

    @property
    def ranges(self) -> dict[str, list[tuple[float, float]]]:
        if self._ranges is None:
            from studycli.store.fact_index import distinct_ranges

            self._ranges = distinct_ranges(self.db)
        return self._ranges

    @property
    def errors(self) -> list[Fact]:
        if self._errors is None:
            from studycli.store.fact_index import error_facts

            self._errors = error_facts(self.db)
        return self._errors

    def with_key(self, key: tuple) -> list[Fact]:
        key = tuple(key)
        if key not in self.by_key:
            if self.db is None:
                return []
            from studycli.store.fact_index import facts_with_key

            self.by_key[key] = facts_with_key(self.db, key)
        return self.by_key[key]

    @classmethod
    def from_facts(cls, facts: list[Fact], as_written: bool = False) -> FactPool:
        by_key: dict[tuple, list[Fact]] = defaultdict(list)
        numbers: dict[str, set[float]] = defaultdict(set)
        measured: dict[str, set[tuple[float, str]]] = defaultdict(set)
        measured_ranges: dict[str, set[tuple[tuple[float, float], str]]] = defaultdict(set)
        ranges: dict[str, set[tuple[float, float]]] = defaultdict(set)
        errors = []
        for f in facts:
            by_key[f.key].append(f)
            if f.kind == Kind.RANGE and f.low is not None and f.high is not None:
                ranges[f.unit].add((f.low, f.high))
                measured_ranges[f.unit].add(((f.low, f.high), f.attribute))
            elif f.number is not None and f.kind in (Kind.LIMIT, Kind.DEFAULT):
                numbers[f.unit].add(f.number)
                measured[f.unit].add((f.number, f.attribute))
            elif f.kind == Kind.ERROR_CODE:
                errors.append(f)
        return cls(
            list(facts),
            as_written=as_written,
            by_key=dict(by_key),
            _numbers={u: sorted(v) for u, v in numbers.items()},
            _measured={u: sorted(v) for u, v in measured.items()},
            _measured_ranges={u: sorted(v) for u, v in measured_ranges.items()},
            _ranges={u: sorted(v) for u, v in ranges.items()},
            # The order error_facts() reads them in, so a seed gives the same question either way.
            _errors=sorted(errors, key=lambda f: (f.service, f.subject, f.attribute, f.qualifier,
                                                  f.source, f.line)),
        )

    def sides(self, fact: Fact) -> list[Fact]:
        """One fact per distinct value stated for `fact`'s key (the fact itself first).

        Error-code meanings are free text: notes word one meaning many ways ("Bad Request",
        "Bad Request - Generic"), so they are never sides of a disagreement; every wording
        is kept out of the distractors instead (see `all_values`)."""
        if fact.kind in TEXT_KINDS:
            return [fact]
        from studycli.questions.stems import line_scope

        seen = {_canonical(fact)}
        out = [fact]
        scope = None
        for other in self.with_key(fact.key):
            c = _canonical(other)
            # A value in another unit (4 KB vs 3,000 under one key) measures something else:
            # not a disagreement. Nor does one its line states per another thing ("15 read
            # replicas" and "16 read replicas per secondary region").
            if c not in seen and other.kind == fact.kind and other.unit == fact.unit:
                if scope is None:
                    scope = line_scope(fact)
                if line_scope(other) != scope:
                    continue
                seen.add(c)
                out.append(other)
        return out

    def all_values(self, fact: Fact) -> set[str]:
        """Every value stated for `fact`'s key, normalised: none may be a wrong option."""
        return {" ".join(f.value.lower().split()).rstrip(".") for f in self.with_key(fact.key)}

    def in_conflict(self, fact: Fact) -> bool:
        return fact.kind != Kind.FACT and len(self.sides(fact)) > 1

    def service_facts(self, service: str) -> list[Fact]:
        """Every fact of one service (only that service's are read when loaded lazily)."""
        if self._facts is None and self.db is not None:
            if service not in self._by_service:
                from studycli.store.facts import list_facts

                self._by_service[service] = list_facts(self.db, service=service)
            return self._by_service[service]
        index = self.__dict__.get("_service_index")
        if index is None:  # every draw of an exam asks again: one pass over the base, kept
            index = {}
            for f in self.facts:
                index.setdefault(f.service, []).append(f)
            self.__dict__["_service_index"] = index
        return index.get(service, [])

    def on_line(self, fact: Fact) -> list[Fact]:
        """Every fact its note line states (any service: a line may name two)."""
        if self.lines_read is not None:
            return list(self.lines_read.get((fact.source, fact.line), ()))
        if self._facts is None and self.db is not None:
            from studycli.store.facts import facts_of_line

            return facts_of_line(self.db, fact.source, fact.line)
        index = self.__dict__.get("_line_index")
        if index is None:  # one pass over the base, kept: every draw of an exam asks again
            index = {}
            for f in self.facts:
                index.setdefault((f.source, f.line), []).append(f)
            self.__dict__["_line_index"] = index
        return index.get((fact.source, fact.line), [])

    def siblings(self, fact: Fact) -> list[Fact]:
        """Every fact of the same service and measure (any qualifier, subject or aside)."""
        from studycli.questions.ambiguity import measure

        if self._measures is None:
            self._measures, self._indexed = {}, set()
        if self._facts is None and self.db is not None:
            # Loaded lazily (a quiz): read the one service's facts, not the whole base.
            service = fact.service.lower()
            if service not in self._indexed:
                from studycli.store.facts import list_facts

                self._index(list_facts(self.db, service=fact.service))
                self._indexed.add(service)
        elif "*" not in self._indexed:
            self._measures, self._groups = {}, None  # whole base now: start over, no duplicates
            self._index(self.facts)
            self._indexed = {"*"}
        return self._measures.get(measure(fact), [])

    def _index(self, facts: list[Fact]) -> None:
        from studycli.questions.ambiguity import NUMERIC_KINDS, measure

        measures = self._measures
        assert measures is not None  # set by the caller, before indexing
        for f in facts:
            if f.kind in NUMERIC_KINDS:
                measures.setdefault(measure(f), []).append(f)

    def underspecified(self, fact: Fact) -> bool:
        from studycli.questions.ambiguity import (
            NUMERIC_KINDS,
            _by_specifiers,
            _underspecified,
            measure,
        )

        if fact.kind not in NUMERIC_KINDS:
            return False
        siblings = self.siblings(fact)  # first: reading the whole base resets the groups
        if self._groups is None:
            self._groups = {}
        key = measure(fact)
        groups = self._groups.get(key)
        if groups is None:
            groups = self._groups[key] = _by_specifiers(siblings)
        return _underspecified(fact, groups)

    def first(self, key: tuple) -> Fact | None:
        facts = self.with_key(key)
        return min(facts, key=lambda f: (f.source, f.line)) if facts else None
