"""Underspecified facts: a stem that would also describe another fact of the notes.

"What is the execution timeout for AWS Lambda?" has two right answers when the notes give the
default (3 s) and the maximum (900 s) as well as a bare "timeout 900 s"; "the throughput of an
SQS FIFO queue" is 300 or 3,000 per second depending on batching. A fact is asked only when
its stem pins its answer: no other fact of the same service and measure, with a different
value, carries every specifier it carries (qualifier, subject, the aside in parentheses) and
more besides. Such a fact stays searchable; it just makes no question (the more specific
fact is asked instead).
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from studycli.model import Fact, Kind
from studycli.questions.askable import attribute_base

NUMERIC_KINDS = (Kind.LIMIT, Kind.DEFAULT, Kind.RANGE)
_ASIDE = re.compile(r"\(([^)]*)\)|\[([^\]]*)\]")


def measure(fact: Fact) -> tuple[str, str]:
    """What a fact measures, whatever its qualifier, subject or aside: (service, measure)."""
    return (fact.service.lower(), attribute_base(fact.attribute))


def specifiers(fact: Fact) -> frozenset[str]:
    """The words in a stem that narrow the measure down: qualifier, subject, asides."""
    return _specifiers(fact.qualifier, fact.subject, fact.attribute)


@lru_cache(maxsize=65536)
def _specifiers(qualifier: str, subject: str, attribute: str) -> frozenset[str]:
    out = set()
    if qualifier:
        out.add(f"q:{qualifier}")
    if subject.strip():
        out.add(f"s:{' '.join(subject.lower().split())}")
    for m in _ASIDE.finditer(attribute):
        aside = " ".join((m.group(1) or m.group(2) or "").lower().split())
        if aside:
            out.add(f"a:{aside}")
    return frozenset(out)


def _value(fact: Fact) -> tuple:
    if fact.kind == Kind.RANGE:
        return ("range", fact.low, fact.high, fact.unit)
    if fact.number is not None:
        return ("num", fact.number, fact.unit)
    return ("text", " ".join(fact.value.lower().split()))


def underspecified(fact: Fact, siblings: list[Fact]) -> bool:
    """True when one of `siblings` (facts of the same measure) is a more specific statement
    of the same measure with another value: the fact's stem would also ask for that value."""
    if fact.kind not in NUMERIC_KINDS:
        return False
    return _underspecified(fact, _by_specifiers(siblings))


def _underspecified(fact: Fact, groups: dict) -> bool:
    mine = specifiers(fact)
    value = _value(fact)
    for (theirs, unit), values in groups.items():
        if unit == fact.unit and mine < theirs and values - {value}:
            return True
    return False


def _by_specifiers(siblings: list[Fact]) -> dict:
    """(specifiers, unit) -> the values stated with them: a measure has a handful of
    specifier sets however many facts state it, so a fact is checked against those."""
    out: dict[tuple, set] = {}
    for other in siblings:
        if other.kind in NUMERIC_KINDS:
            out.setdefault((specifiers(other), other.unit), set()).add(_value(other))
    return out


# A dot or comma between digit groups ("4.000 MB/s", "256.000 IOPS" in notes written in
# languages that group thousands with a dot): the number the parser read, not a second one.
_GROUPED = re.compile(r"(?<=\d)[.,](?=\d{3}(?!\d))")


def unnamed_alternative(fact: Fact, line_facts: list[Fact]) -> bool:
    """True when a fact with nothing to tell its value apart (no qualifier, subject or aside)
    shares the sentence that states it with another value of its unit that no fact of the line
    accounts for: "health checkers check every 30 sec by default, fast option 10 sec" gave
    "interval: 10 s" and nothing for the 30 s, so "What is the interval for Route 53?" keyed
    10 s taught the fast option as the interval. The words that said which value it is ("fast
    option") were lost, so the stem cannot say it: no question. A qualifier ("default"), a
    subject ("S3 Standard") or an aside ("(synchronous)") names which value is asked; a value
    another fact of the line states is that fact's, and the question on it says so; a value
    in another sentence, or struck through ("~~30 s~~ 29 s"), is no rival. Nor is one the
    sentence gives no alternative word for ("by default", "option", "or", "vs", "fast"): "Aurora
    storage 128 TB, auto grows in 10 GB increments", "SQS message 256 KB, billed per 64 KB
    chunk", "Lambda timeout 900 s but API GW integration only 29 sec" name what the other
    number measures, and the fact's own value is asked rightly."""
    if fact.kind not in (Kind.LIMIT, Kind.DEFAULT) or fact.number is None \
            or specifiers(fact):
        return False
    from studycli.note_numbers import numbers_with_units
    from studycli.questions.attribution import sentence_of_value

    sentence = sentence_of_value(fact, _STRUCK.sub(" ", fact.snippet or ""))
    if not _ALTERNATIVE.search(sentence):
        return False
    accounted, written = {fact.number}, {_compact(fact.value)}
    for other in line_facts:
        if other.unit == fact.unit:
            accounted.update(v for v in (other.number, other.low, other.high) if v is not None)
            written.add(_compact(other.value))
    for number, unit, said in numbers_with_units(sentence):
        if unit != fact.unit or _among(number, accounted) \
                or any(_compact(said) in value for value in written):
            continue
        regrouped = numbers_with_units(_GROUPED.sub("", said))
        if regrouped and _among(regrouped[0][0], accounted):
            continue
        return True
    return False


_STRUCK = re.compile(r"~~.*?~~")
# Words that offer a value as one of several settings of one measure ("30 sec by default, fast
# option 10 sec", "1 or 5 min", "standard 60 s vs fast 10 s"): only then can the other number
# be another value of the very measure the fact names.
_ALTERNATIVE = re.compile(r"\b(?:or|vs|versus|options?|optional(?:ly)?|default|fast(?:er)?|"
                          r"slow(?:er)?|standard|alternatively|either|instead|otherwise|mode|"
                          r"choose|choice|selectable|configurable)\b|\s/\s", re.IGNORECASE)


def _compact(text: str) -> str:
    return "".join(text.lower().split())


def _among(number: float, values: set[float]) -> bool:
    return any(math.isclose(number, v, rel_tol=1e-9) for v in values)


def sibling_values(fact: Fact, siblings: list[Fact]) -> set[float]:
    """Numbers a less specific or equally specific statement of the same measure gives: true
    of what the stem asks too ("retries: 3" is no wrong option for "maximum retries")."""
    mine = specifiers(fact)
    out = set()
    for other in siblings:
        if other.number is not None and other.unit == fact.unit and specifiers(other) <= mine:
            out.add(other.number)
    return out


def aside_sibling_values(fact: Fact, siblings: list[Fact]) -> set[float]:
    """Numbers the same measure of the same subject has under another aside ("message size
    (msg)" for a stem on "message size (frames)"): no wrong option, whatever the stem says."""
    mine = {s for s in specifiers(fact) if not s.startswith("a:")}
    if mine == specifiers(fact):
        return set()  # no aside of its own: sibling_values covers the rest
    return {other.number for other in siblings
            if other.number is not None and other.unit == fact.unit
            and {s for s in specifiers(other) if not s.startswith("a:")} == mine
            and specifiers(other) != specifiers(fact)}


def narrower_values(fact: Fact, service_facts: list[Fact]) -> set[float]:
    """Numbers of a narrower measure of the same subject: "availability SLA: 99%" is an
    availability too, so 99% is no wrong option for "the availability of S3 One Zone-IA"
    (designed for 99.5%). Narrower: its words hold every word of the asked measure, and more."""
    base = set(attribute_base(fact.attribute).split())
    subject = fact.subject.strip().lower()
    return {f.number for f in service_facts
            if f.number is not None and f.unit == fact.unit
            and f.subject.strip().lower() == subject
            and base < set(attribute_base(f.attribute).split())}


def needs_context(fact: Fact) -> bool:
    """True when the fact's measure has different values by context (Lambda's retries by
    invocation type, a workflow's duration by type: data/categories.json) and the fact names
    none: its stem would ask something with no single answer."""
    if fact.kind not in NUMERIC_KINDS:
        return False
    from studycli.questions.stems import value_picks_context

    if value_picks_context(fact):
        return False  # its value holds in one context only, and the stem states it
    subject = fact.subject.strip().lower()
    base = attribute_base(fact.attribute)
    for rule in _context_rules():
        # A subject names the context, unless the rule says that subject does not pin it
        # ("event source mapping" does not say which event source).
        if subject and subject not in {s.lower() for s in rule.get("insufficient_subjects", [])}:
            continue
        if rule.get("service") == fact.service and any(m == base or base.endswith(" " + m)
                                                     for m in rule.get("measures", [])):
            return True
    return False


@lru_cache(maxsize=1)
def _context_rules() -> tuple[dict, ...]:
    from studycli.questions.categories import categories

    return tuple(categories().get("context_required", []))
