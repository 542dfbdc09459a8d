"""Figures a note or AWS gives as typical, not as a bound: "standard retrievals typically
complete within 3-5 hours", "expedited 1-5 min", "replica lag usually under 10 ms".

How long an operation takes (a retrieval, a failover, a replication) is something AWS observes,
not a quota it sets or a setting a student picks. Asked as "the minimum retrieval time" or "the
allowed range of the retrieval time", the low end of a typical range reads as a guarantee and
the range as a configurable one; an AWS-certified reviewer signed neither. Such a figure is
asked as what the operation typically takes (a range), or not at all (its two ends on their
own: a typical range's low end is no minimum, its high end no maximum).

A figure is typical when no bound word ("max", "up to", "limit", an SLA...) stands next to any
mention of it in the note, and
  - a hedge stands right next to it ("typically", "usually", "~", "about"...) and the AWS
    reference does not vouch it as a limit or allowed range ("lambda mem ~128MB-10GB" is Lambda's
    allowed memory range), or
  - its measure is how long an operation takes (retrieval, failover, replication... time, or a
    lag);
or when the AWS reference entry vouching for it is marked `typical = true`
(typical_by_reference), whatever the note says.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache

from studycli.lazy_regex import lazy_compile
from studycli.model import Fact, Kind

# A hedge right next to the value: the note gives what usually happens ("typically 3-5 hours",
# "~15 min", "usually under 10 ms", "10ms-ish"). Only next to it: "Lambda usually sits behind
# API GW - timeout max 15 min" gives no typical timeout.
_HEDGE = lazy_compile(r"(?:~|≈|\b(?:typically|typical|usually|normally|generally|on average|"
                      r"avg|average|about|around|roughly|approx(?:imately)?|circa)\b)",
                      re.IGNORECASE)
# A bound said next to the value: a limit AWS sets, whatever hedge the line has ("~ 15 min max",
# "wait time usually 20 s (max 20 s)", "replication time max 15 minutes")
_BOUND = lazy_compile(r"(?:≤|≥|<=|>=|\b(?:max(?:imum)?|min(?:imum)?|up\s*to|at most|at least|"
                      r"no more than|limit(?:ed)?|cap(?:ped)?|quota|sla|guaranteed?)\b)",
                      re.IGNORECASE)
# A service-level agreement anywhere in the line makes its figure a commitment, not an observation
_SLA = lazy_compile(r"\b(?:sla|service level agreement|backed by)\b", re.IGNORECASE)
# Where a note's thought ends: punctuation, a spaced dash, "w/", "but", "vs"
_CLAUSE_BREAK = lazy_compile(r"[;,.|()\[\]:]\s|[;,|()\[\]]|\s[-–—]\s|\bw/|\bbut\b|\bvs\.?\b",
                             re.IGNORECASE)
_TOKEN = lazy_compile(r"~|≈|<=|>=|[≤≥]|[^\s~≈]+")
_NEAR = 3  # words either side of the value that still describe it
# How long an operation takes: observed, not set
_ELAPSED = lazy_compile(
    r"\b(?:retrieval|restore|restoration|failover|fail-over|replication|propagation|delivery|"
    r"recovery|provisioning|boot|start-?up|warm-?up|launch|completion|rebuild|migration|"
    r"promotion|sync(?:hroni[sz]ation)?)\s+times?\b|\blag\b|\bretrieval\b",
    re.IGNORECASE)


def typical_in_note(fact: Fact) -> bool:
    """The note gives this figure as typical, or it measures how long an operation takes,
    and no bound is said next to it."""
    if fact.kind not in (Kind.LIMIT, Kind.RANGE):
        return False
    said = _typical(fact.attribute, fact.unit, fact.snippet or "", fact.number, fact.low,
                    fact.high)
    # "lambda mem ~128MB-10GB": a hedge the AWS reference contradicts, vouching the figure
    # as a limit or an allowed range (an entry not marked typical), is the note's loose word
    return said == "elapsed" or (said == "hedge" and not _reference_vouches_bound(fact))


@lru_cache(maxsize=65536)
def _typical(attribute: str, unit: str, snippet: str, number: float | None,
             low: float | None, high: float | None) -> str:
    """"bound", "hedge", "elapsed" or "": what the words next to the value's mentions say."""
    hedged, bounded = _near_words(snippet, [v for v in (number, low, high) if v is not None])
    if bounded or (snippet and _SLA.search(snippet)):
        return "bound"
    if unit == "s" and _ELAPSED.search(attribute):
        return "elapsed"
    return "hedge" if hedged else ""


def _near_words(snippet: str, wanted: list[float]) -> tuple[bool, bool]:
    """Whether a hedge, and whether a bound word, stands within a few words of any mention of
    the value in its clause (every mention: "usually 20 s (max 20 s)")."""
    if not snippet or not wanted:
        return False, False
    from studycli.note_numbers import _NUMBER_UNIT, numbers_with_units

    def is_wanted(value: float) -> bool:
        return any(abs(value - w) <= 1e-6 * max(1.0, abs(w)) for w in wanted)

    hedged = bounded = False
    for m in _NUMBER_UNIT.finditer(snippet):
        found = numbers_with_units(m.group(0))
        if not found or not is_wanted(found[0][0]):
            continue
        # a few words' reach only: a huge line's every mention must not rescan the line
        before = _CLAUSE_BREAK.split(snippet[max(0, m.start() - 80):m.start()])[-1]
        after = _CLAUSE_BREAK.split(snippet[m.end():m.end() + 40])[0]
        near_before = " ".join(_TOKEN.findall(before)[-_NEAR:])
        near_after = " ".join(_TOKEN.findall(after)[:2])
        hedged = hedged or bool(_HEDGE.search(near_before) or _HEDGE.match(near_after)
                                or re.match(r"\s*-?ish\b", after))
        bounded = bounded or bool(_BOUND.search(near_before) or _BOUND.match(near_after))
    return hedged, bounded


def _reference_vouches_bound(fact: Fact) -> bool:
    """The AWS reference gives this very figure as a limit or allowed range (a current entry
    not marked `typical`). Read only for a hedged figure: most facts never get here."""
    try:
        from studycli.reference.currency import currency_rows

        rows = currency_rows([fact])
    except Exception:  # a broken reference file must not stop a quiz
        return False
    row = rows[0] if rows else None
    return bool(row and row.get("status") == "current" and row.get("reference_id")
                and not typical_entry(str(row["reference_id"])))


def typical_entry(reference_id: str) -> bool:
    """The reference entry gives its figure as what an operation typically takes
    (`typical = true` in data/reference/*.toml), not as a bound AWS sets."""
    return reference_id in _typical_ids(_reference_folder())


def typical_tiers(service: str, unit: str, measure: str) -> list[tuple[float, float]]:
    """The ranges the AWS reference gives as typical for the service's cases of a measure
    (Glacier's expedited, standard and bulk retrieval times): real wrong options for another
    case's typical range."""
    out = []
    for e in _typical_entries(_reference_folder()):
        low, high = e.get("low"), e.get("high")
        if str(e.get("service", "")).lower() == service.lower() and e.get("kind") == "range" \
                and e.get("unit") == unit and low and high and measure \
                and measure.lower() in str(e.get("attribute", "")).lower():
            out.append((float(low), float(high)))
    return out


def _reference_folder() -> str:
    # reference_dir() builds a Path and stats the package's folder (~30 us, for every card a
    # fact may get): its answer is kept for what it reads, the environment's two variables
    return _folder_for(os.environ.get("STUDYCLI_REFERENCE"), os.environ.get("HOME"))


@lru_cache(maxsize=8)
def _folder_for(reference: str | None, home: str | None) -> str:
    """str(reference_dir()) while $STUDYCLI_REFERENCE is `reference` and $HOME `home`."""
    from studycli.paths import reference_dir

    return str(reference_dir())


@lru_cache(maxsize=4)
def _typical_ids(folder: str) -> frozenset[str]:
    """The ids of _typical_entries(folder) (an id is a string: no other equals one)."""
    return frozenset(i for e in _typical_entries(folder) if isinstance(i := e.get("id"), str))


@lru_cache(maxsize=4)
def _typical_entries(folder: str) -> tuple[dict, ...]:
    """The entries marked `typical = true`, read straight from the files: on a quiz's card,
    where loading the whole reference (studycli.reference, hashlib and all) would cost
    ~30 ms for the handful of entries this needs."""
    import tomllib
    from pathlib import Path

    out: list[dict] = []
    for path in sorted(Path(folder).glob("*.toml")):
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            continue
        if not _TYPICAL_FIELD.search(text):
            continue
        for block in text.split("[[entry]]")[1:]:
            if _TYPICAL_FIELD.search(block):
                try:
                    out.append(tomllib.loads(block))
                except tomllib.TOMLDecodeError:  # a broken file must not stop a quiz
                    continue
    return tuple(out)


_TYPICAL_FIELD = lazy_compile(r"^typical\s*=\s*true\b", re.MULTILINE)


def typical_by_reference(fact: Fact, pool) -> bool:
    """The AWS reference entry vouching for this fact gives its value as typical (`typical =
    true`: "Standard retrievals typically finish within 3-5 hours"). Found from the status row
    the database keeps (the reference's typical entries are read once, from every file)."""
    if pool is None or getattr(pool, "as_written", False) \
            or fact.kind not in (Kind.LIMIT, Kind.RANGE):
        return False
    from studycli.questions.currency import currency_of

    cur = currency_of(fact, pool)
    return cur is not None and bool(cur.reference_id) \
        and typical_entry(cur.reference_id)


def typical(fact: Fact, pool=None) -> bool:
    return typical_in_note(fact) or typical_by_reference(fact, pool)


def bound_of_typical(fact: Fact, pool=None) -> bool:
    """A limit read off a typical figure (its minimum, its maximum, or one end unqualified,
    which the reference would ask as a bound): no bound AWS sets, never asked."""
    return fact.kind == Kind.LIMIT and typical(fact, pool)
