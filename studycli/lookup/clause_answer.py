"""A statement that states several things, each with its number, answers with the clause
of the thing asked.

"DynamoDB indexes: LSI max 5 per table, GSI default 20" answers "dynamodb max gsi per
table": shown whole, the first figure the eye meets is the LSI's "max 5", and a student
engraves 5 for GSIs. When exactly one of a statement's number clauses names what was
typed (the thing counted or measured, not only what it is per), that clause is the
answer's value; the note line stays the hit's snippet. A clause that says nothing of its
own ("How many SNS topics per account? 100,000") is never taken alone: the words must be
in it. Runs on the lookup fast path: it imports only lookup's own modules.
"""

from __future__ import annotations

import re

from studycli.kinds import Kind
from studycli.lazy_regex import lazy_compile
from studycli.lookup.answer import (
    _LINE_LABEL,
    _QUANTITY_KINDS,
    _STATEMENT_SPLIT,
    answer_features,
    confidence,
)
from studycli.lookup.lexicon import Lexicon
from studycli.lookup.query import Query
from studycli.lookup.text import stem
from studycli.lookup.words import stems
from studycli.note_numbers import UNIT_WORDS, numbers_with_units

_DIGIT = re.compile(r"(?<![\w.])\d")
_CLOCK = re.compile(r"\[?\b\d{1,2}:\d{2}(?::\d{2})?\b\]?")  # a transcript's "[13:20]"
_PER = re.compile(r"\b(?:per|each)\s+([a-z]+)")
_QUESTION_WORDS = frozenset({"how", "many", "much", "what", "which", "is", "are", "a", "q"})
_UNITS = frozenset(UNIT_WORDS.split("|"))


def narrowed(hit: dict, q: Query, lex: Lexicon) -> dict:
    """`hit`, or a copy whose value is the one clause of its statement that answers `q`."""
    if hit.get("kind") != Kind.FACT or hit.get("number") is not None or hit.get("low") \
            is not None or not _asks_quantity(q):
        return hit
    value = hit.get("value") or ""
    parts = [p.strip() for p in _STATEMENT_SPLIT.split(value) if p and p.strip()]
    numbered = [p for p in parts if _DIGIT.search(_CLOCK.sub("", p))]
    if len(numbered) < 2:
        return hit
    typed = _typed_stems(q, lex)
    if not typed:
        return hit
    bounded = _bound_clause(numbered, q, lex, typed)
    if bounded:
        return {**hit, "value": bounded}
    # a line's opening label ("DynamoDB indexes:") is about every clause, not the first's own
    own = [_LINE_LABEL.sub("", p, count=1) for p in numbered]
    if any(not _names_something(p, lex) for p in own):
        return hit  # "A: 5,000. A user can be in max 10 groups": the bare number answers
        # the question over the line, and the clause that names "user" is another figure
    said = [_said(p, typed, q) for p in own]
    holders = [i for i, words in enumerate(said) if words]
    if len(holders) != 1 or said[holders[0]] != typed:
        return hit  # no clause, or more than one, names the thing asked; or not all of it
    if q.dimensions and not q.dimensions & _units(numbered[holders[0]]):
        return hit  # "GetRecords 5 times per second" names the call, not the 10 MB asked
    if any(_said(p, typed, q) for p in parts if p not in numbered):
        return hit  # a clause of words names it ("How many SNS topics? 100,000"): the
        # number after it is its answer, and alone it would say nothing
    return {**hit, "value": numbered[holders[0]]}


def narrowed_answers(answers: list[dict], q: Query, lex: Lexicon,
                     threshold: float) -> list[dict]:
    """`answers`, each sure one narrowed to the clause asked (`narrowed`), its currency
    attached: a clause that states the figure another answer from its line already gives
    ("5 min", the line's limit hit) stays the whole line, as it would only repeat that
    answer; a clause that holds the line's stale claim carries that claim's marker as its
    own, as the student reads that claim as the answer."""
    out = []
    for h in answers:
        n = narrowed(h, q, lex) if h.get("answer", 0.0) >= threshold else h
        if n is not h:
            n = h if _figure_given(n, answers) else with_clause_currency(n)
        out.append(n)
    return out


# the words that bound a clause's figure from above or below ("smallest" asks a minimum)
_BOUNDS = {"max": re.compile(r"\b(?:max(?:imum)?|up\s+to|at\s+most|largest|biggest|highest)\b",
                             re.IGNORECASE),
           "min": re.compile(r"\b(?:min(?:imum)?|at\s+least|smallest|lowest)\b", re.IGNORECASE)}
_BEFORE_NUMBER = lazy_compile(r"^\D*?(?=\s*/?\d)")


def _bound_clause(numbered: list[str], q: Query, lex: Lexicon, typed: set[str]) -> str:
    """The one clause of a line bounding its figure as asked, when each clause bounds its
    own one way: "CIDR /16 max, /28 min" answers "smallest vpc cidr" with "CIDR /28 min",
    not the /16 maximum it opens with ("" when the line does not read so). A clause with no
    word of its own takes the words the line opens with, before its first number. `typed`:
    the caller's _typed_stems(q, lex)."""
    if q.qualifier not in _BOUNDS:
        return ""
    ways = [{way for way, words in _BOUNDS.items() if words.search(p)} for p in numbered]
    if any(len(w) != 1 for w in ways):
        return ""
    asked = [p for p, w in zip(numbered, ways, strict=True) if q.qualifier in w]
    if len(asked) != 1 or len(asked) == len(numbered):
        return ""
    clause = _with_lead(asked[0], numbered[0], lex)
    own = _said(clause, typed, q)
    if any(p is not asked[0] and not _said(p, typed, q) <= own for p in numbered):
        return ""  # "IPv4 CIDR max /16, IPv6 CIDR min /64": "smallest ipv4 cidr" names
        # another clause's words, so the min clause is no answer to it
    return clause


def _with_lead(clause: str, first: str, lex: Lexicon) -> str:
    """`clause`, led by the line's opening words when it has no word of its own: they end at
    the first bound word or number, whichever comes first ("VPC CIDR: min /28, max /16"
    lends "VPC CIDR:", not "VPC CIDR: min")."""
    if clause is first or _names_something(clause, lex):
        return clause
    number = _BEFORE_NUMBER.match(first)
    if number is None:
        return clause
    bounds = [m.start() for m in (w.search(first) for w in _BOUNDS.values()) if m]
    return f"{first[:min([number.end(), *bounds])].strip()} {clause}".strip()


def _figure_given(hit: dict, answers: list[dict]) -> bool:
    """Whether another answer from `hit`'s note line states a figure `hit`'s value states."""
    figures = {(n, unit) for n, unit, _t in numbers_with_units(hit.get("value") or "")}
    return any(a is not hit and a.get("number") is not None
               and (a.get("source"), a.get("line")) == (hit.get("source"), hit.get("line"))
               and (a["number"], a.get("unit") or None) in figures for a in answers)


def clause_checked(answers: list[dict], q: Query, lex: Lexicon, threshold: float
                   ) -> tuple[list[dict], list[dict]]:
    """`answers` without the sure ones whose clause asked (`narrowed`) is no answer by
    itself, and the lines to show as related: when no sure answer is left, none answer and
    the rest are related, not lost ("rds backup retention max": a default's clause dropped,
    the 35 days under it is still the line to read). A line is judged whole, but its clause
    is what the student reads: "Up to 15 replicas. Serverless v2 scales in ACUs (min 0.5
    ACU)" bounds something by a maximum, yet its ACU clause gives a minimum, no "max acu"."""
    out = []
    dropped = False
    for h in answers:
        if h.get("answer", 0.0) >= threshold:
            n = narrowed(h, q, lex)
            if n is not h and confidence(answer_features(n, q, lex)) < threshold:
                dropped = True
                continue
        out.append(h)
    if dropped and not any(h.get("answer", 0.0) >= threshold for h in out):
        return [], out
    return out, []


def with_clause_currency(hit: dict) -> dict:
    """`hit`, its line's stale claim raised to its own currency when its value states that
    claim's figure (the claim reads "Lambda execution timeout: 5 min")."""
    line = hit.get("line_currency") or {}
    if not line or (hit.get("currency") or {}).get("status") in ("outdated", "wrong"):
        return hit
    if _claim_of_another_service(line.get("claim") or "", hit.get("service") or ""):
        # "SQS message size: 256 KB" on a "| msg size | 256 KB | 256 KB |" row under SQS and
        # SNS columns is not the SNS answer's claim: SNS's 256 KB was shown "outdated per the
        # AWS docs: now 1 MiB" with the SQS page (a new user, session 34), where 256 KiB is
        # still every SNS topic's default
        return hit
    if _claim_of_another_variant(line.get("claim") or "", hit.get("subject") or ""):
        return hit
    claimed = {(n, unit) for n, unit, _t in
               numbers_with_units((line.get("claim") or "").rpartition(": ")[2])}
    stated = {(n, unit) for n, unit, _t in numbers_with_units(hit.get("value") or "")}
    if not claimed or not claimed <= stated:
        return hit
    return {**hit, "currency": {k: v for k, v in line.items() if k != "claim"},
            "line_currency": None}


def _claim_of_another_variant(claim: str, subject: str) -> bool:
    """The claim names a variant of a family the hit's subject names another member of: "S3
    Intelligent-Tiering minimum storage duration: 30 days" is no claim of Standard-IA's 30
    days (Standard-IA was shown "outdated per the AWS docs: there is none any more", though
    its 30-day minimum stands; a final reader, session 37)."""
    from studycli.lookup import variants

    said = variants.named(claim.rpartition(": ")[0])
    own = variants.named(subject)
    return any(key in own and not own[key] & members for key, members in said.items())


def _claim_of_another_service(claim: str, service: str) -> bool:
    """The first service the claim names is not `service` ("CloudWatch Logs retention: 30
    days" is not CloudWatch's; "max payload for SQS is 256 KB" is SQS's); a claim naming none
    is no other service's."""
    if not service:
        return False
    from studycli.services import find_services

    named = find_services(claim)
    return bool(named) and named[0].name != service


def _asks_quantity(q: Query) -> bool:
    return not q.concept and not q.compared and bool(
        q.dimensions or q.qualifier in ("max", "min", "default") or q.kinds & _QUANTITY_KINDS)


def _typed_stems(q: Query, lex: Lexicon) -> set[str]:
    """Stems of the content words typed that say what is measured: no stopword, cue
    ("max", "how many"), service name, or word typed only after "per" ("per table")."""
    # the words typed for a service ("kinesis"), not every word of its name ("data" of
    # Kinesis Data Streams is what "kinesis max data per call" asks)
    named = {w for s in q.services
             for w in re.findall(r"[a-z0-9]+", q.typed.get(s, s).lower())}
    out = set()
    for t in q.tokens:
        if t in lex.stopwords or t in named or t.isdigit() or t in _QUESTION_WORDS:
            continue
        s = stem(t)
        if s not in lex.cue_stems and s not in q.denominators and len(s) >= 2:
            out.add(s)
    return out


def _said(clause: str, typed: set[str], q: Query) -> frozenset[str]:
    """The typed stems `clause` names, not counting a word it has only after "per" ("subs
    per topic" names subscriptions, not topics)."""
    per = {stem(w) for w in _PER.findall(clause.lower())}
    return (stems(clause, frozenset()) & typed) - per


def _names_something(clause: str, lex: Lexicon) -> bool:
    """Whether `clause` has a word of its own besides numbers, units and cues ("A: 5,000"
    has none)."""
    return any(w.isalpha() and w not in lex.stopwords and len(w) > 1 and w not in _UNITS
               and stem(w) not in lex.cue_stems and w not in _QUESTION_WORDS
               for w in re.findall(r"[a-z]+", clause.lower()))


def _units(clause: str) -> set[str]:
    """The canonical units of the numbers `clause` states ("count" for a bare one)."""
    return {unit or "count" for _n, unit, _t in numbers_with_units(clause)}
