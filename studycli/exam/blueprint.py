"""The exam blueprint: how many questions each exam domain gets, and what caps hold.

Real exams weight their domains (SAA-C03: Secure 30%, Resilient 26%, High-Performing 24%,
Cost-Optimized 20%); data/domains.json gives those weights and maps services, subjects and
kinds to domains. An exam draws each domain's share from the facts that belong to it and says
where the notes are too thin to. Caps keep one table or topic from filling an exam: no subject
more than 6 questions in 65, no service more than 45%, no measure (durability, say, across
storage classes) more than 3 in 65.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from studycli.domains import Domain, DomainMap, domain_map, profiles_with_domains
from studycli.model import Fact, Kind
from studycli.questions.askable import attribute_base

SUBJECT_CAP = 6 / 65
MEASURE_CAP = 3 / 65
SERVICE_CAP = 0.45


@dataclass(frozen=True)
class Blueprint:
    """The exam's view of the domain map (studycli/domains.py reads data/domains.json)."""

    map: DomainMap
    # (service, subject, kind) -> domains: an exam's draws ask about the same facts again and
    # again.
    _domains: dict = field(default_factory=dict, compare=False, repr=False)
    # id(fact) -> (fact, its domains): the facts of one exam's draws, held while it is drawn
    _by_fact: dict = field(default_factory=dict, compare=False, repr=False)
    # id(by_service) -> (by_service, {domain: its facts by service}): generate._domain_facts
    _split: dict = field(default_factory=dict, compare=False, repr=False)

    @property
    def domains(self) -> tuple[Domain, ...]:
        return self.map.domains

    def domains_of(self, fact: Fact) -> tuple[str, ...]:
        """The domains a fact counts towards, in the data file's order; () when none."""
        mine = self._by_fact.get(id(fact))
        if mine is not None and mine[0] is fact:
            return mine[1]
        key = (fact.service, fact.subject, str(fact.kind))
        found = self._domains.get(key)
        if found is None:
            found = self._domains[key] = self._of(*key)
        self._by_fact[id(fact)] = (fact, found)
        return found

    def _of(self, service: str, subject: str, kind: str) -> tuple[str, ...]:
        return tuple(self.map.of(service, subject, kind))

    def quotas(self, n: int) -> dict[str, int]:
        """n questions split by weight; the seats left by rounding go to the largest
        remainders (ties in the file's order), so the same n always gives the same split."""
        total = sum(d.weight for d in self.domains) or 1
        exact = [(d.name, n * d.weight / total) for d in self.domains]
        out = {name: int(x) for name, x in exact}
        left = n - sum(out.values())
        for name, _ in sorted(exact, key=lambda e: -(e[1] - int(e[1])))[:left]:
            out[name] += 1
        return out


def blueprint(profile: str) -> Blueprint | None:
    """The profile's blueprint, or None for a profile without domains (quick practice)."""
    if profile not in profiles_with_domains():
        return None
    return Blueprint(domain_map(profile))


def subject_of(fact: Fact) -> str:
    """What a question is about, as the `subject` field and the subject cap see it: the
    fact's subject, else the measure; every invocation fact is one subject, as are a
    service's error codes."""
    if fact.kind == Kind.INVOCATION_MODE:
        return "invocation"
    if fact.kind == Kind.ERROR_CODE:
        return fact.subject.strip() or "error codes"
    return fact.subject.strip() or attribute_base(fact.attribute)


def cap(share: float, n: int) -> int:
    return max(1, round(share * n))


@dataclass
class Caps:
    """Counts against the caps of an exam of n questions. Relaxed (when the notes run short)
    lifts only the measure cap: the subject and service caps always hold, and an exam the
    notes cannot fill within them is shorter and says so."""
    n: int
    per_service: bool = True

    def __post_init__(self):
        self.subjects: dict[tuple, int] = {}
        self.measures: dict[tuple, int] = {}
        self.services: dict[str, int] = {}
        self.relaxed = False
        # (id(fact), subject) -> (fact, its keys): a draw asks about the same facts again
        self._known: dict[tuple[int, str], tuple] = {}

    def _keys(self, fact: Fact, subject: str = "") -> tuple[tuple, tuple]:
        known = self._known.get((id(fact), subject))
        if known is not None and known[0] is fact:  # the fact held: its id is not reused
            return known[1]
        keys = ((fact.service, (subject or subject_of(fact)).lower()),
                (fact.service, fact.kind, attribute_base(fact.attribute)))
        self._known[(id(fact), subject)] = (fact, keys)
        return keys

    def allows(self, service: str, facts: list[Fact], named: str = "") -> bool:
        """Whether a question on facts[0] fits; `named` is the subject when the question names
        its own (a scenario is about the service or feature it asks for, not its note's
        heading)."""
        if not facts:
            return True
        if self.per_service and self.services.get(service, 0) >= int(SERVICE_CAP * self.n) \
                and self.n >= 3:
            return False
        subject, measure = self._keys(facts[0], named)
        if self.subjects.get(subject, 0) >= cap(SUBJECT_CAP, self.n):
            return False
        if not self.relaxed and facts[0].kind in (Kind.LIMIT, Kind.DEFAULT, Kind.RANGE) \
                and self.measures.get(measure, 0) >= cap(MEASURE_CAP, self.n):
            return False
        return True

    def add(self, service: str, facts: list[Fact], named: str = "") -> None:
        self.services[service] = self.services.get(service, 0) + 1
        if facts:
            subject, measure = self._keys(facts[0], named)
            self.subjects[subject] = self.subjects.get(subject, 0) + 1
            self.measures[measure] = self.measures.get(measure, 0) + 1
