"""Re-ranking full-text candidates with features of the question and the fact.

bm25 finds facts that share words with a lookup; it cannot tell "sqs max message size" from
"sqs default visibility timeout" when both mention SQS and a size. The score below adds what
a student means: the service named, the words of the fact's attribute and subject, the
qualifier (max/min/default), the kind the question's shape asks for, the unit dimension
("how long" wants seconds), a number typed in the query, an error code.
"""

from __future__ import annotations

import re
from functools import lru_cache

from studycli.lookup.query import Query
from studycli.lookup.text import (
    camel_parts, clause_of_number, clauses, normalize, numbers_with_units, stem, tokens,
)

# Feature weights, chosen on tests/data/lookup_dev.jsonl and lookup_extra.jsonl (see
# tests/test_lookup_eval.py); halving or doubling any one moves top-1 by a few points at most.
W_SERVICE = 3.0            # the fact's service is the one named
W_SERVICE_IMPLIED = 2.0    # ... is the owner of a subject named ("long polling" -> SQS)
W_INVOKER = 2.5            # invocation fact whose invoker is the service named
P_OTHER_SERVICE = -3.0     # a service was named and this is another one
P_UNKNOWN_SERVICE = -1.0   # ... and the parser could not tell this statement's service (a
                           # transcript sentence, an Anki card): it may well be the one named
W_SUBJECT = 1.0            # the subject named
P_OTHER_SUBJECT = -0.6     # a subject was named and the fact is about another one
W_ATTRIBUTE = 3.0          # share of the attribute's words the query has, squared:
ATTRIBUTE_SHAPE = 2        # a half-matched attribute is mostly another attribute
W_QUERY_IN_NAME = 1.5      # share of the query's words found in subject + attribute
W_QUERY_COVERED = 3.0      # share of the query's words found anywhere in the fact
W_CODE = 5.0               # the error code asked for
W_QUALIFIER = 2.0
P_QUALIFIER = -1.5
W_KIND = 1.5
W_UNQUALIFIED_MAX = 0.3
W_UNQUALIFIED_RANGE = 0.6
W_IDENTIFIER = 3.0         # an API name typed in CamelCase, found in the fact
P_PLAIN_FACT = -0.7        # a statement when a limit/default/code is asked for, unless the
                           # statement says all the question's other words
W_DIMENSION = 1.5
P_NO_NUMBER = -1.0         # a statement without a number when a quantity is asked
P_DIMENSION = -1.5
W_NUMBER = 4.0
W_TEXT_QUANTITY = 1.0      # a plain statement holding a quantity of the dimension asked for
W_BM25 = 1.0
W_CLAUSE = 1.5             # share of the query's words in the clause of the note line that
                           # holds the fact's own number ("50MB zip / 250MB unzip": "unzip"
                           # is about 250 MB, not 50 MB)
P_ECHO = -3.0              # the fact's value says nothing the query does not (a heading
                           # "presigned URL expiry", a question "Max AssumeRole session?"):
                           # it restates what was asked, it cannot be the answer
CONTEXT_WORDS = 8          # a statement's attribute longer than this is a sentence (the line
                           # before it in prose), not a heading: it says little about the fact
MIN_RELEVANCE = 0.25       # share of the cue bonuses a fact about none of the topic words gets

@lru_cache(maxsize=8192)
def _stems(text: str, stop: frozenset[str]) -> frozenset[str]:
    """Stems of a fact's text, CamelCase identifiers also split ("DelaySeconds").
    Cached: one note line is the snippet of several facts."""
    if not text:
        return frozenset()
    words = {stem(t) for t in tokens(normalize(text)) if t not in stop}
    if _HAS_CAMEL.search(text):
        for parts in camel_parts(text):
            words.update(stem(p) for p in parts if p not in stop)
    return frozenset(words)


_HAS_CAMEL = re.compile(r"[a-z][A-Z]")
DENOMINATOR = 0.5  # weight of an attribute word the query names only after "per"
NEAR = 0.8  # a word that is nearly the query's ("concurrent" for "concurrency") counts for less


def _near(a: str, b: str) -> bool:
    """Two stems that share most of their beginning: concurrency/concurrent, dedup/deduplic."""
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n >= 5 and n >= 0.8 * min(len(a), len(b))


def _matched(words: set[str], q: Query) -> dict[str, float]:
    """Query stems that `words` contain: 1.0 exactly, NEAR when only nearly."""
    out: dict[str, float] = {}
    for w in words:
        if w in q.terms:
            out[w] = 1.0
        elif len(w) >= 5:
            for s in q.prefixes.get(w[:5], ()):
                if _near(s, w) and out.get(s, 0.0) < NEAR:
                    out[s] = NEAR
    return out


def _coverage(concepts: list[dict[str, float]], found: dict[str, float]) -> float:
    """Share of the query's concepts expressed by `found` (each at its best weight)."""
    if not concepts:
        return 0.0
    got = 0.0
    for c in concepts:
        got += max((w * found[s] for s, w in c.items() if s in found), default=0.0)
    return got / len(concepts)


def _weighted_share(words: set[str], q: Query, per: bool = False) -> float:
    """How much of `words` (an attribute) the query asks for. A word the query has only
    after "per" is what is counted by, not what is counted: it counts half, unless the
    attribute too is "... per" it (`per`)."""
    if not words:
        return 0.0
    total = 0.0
    for w in words:
        if w in q.terms:
            total += q.terms[w] * (DENOMINATOR if w in q.denominators and not per else 1.0)
        elif len(w) >= 5:
            total += max((q.terms[s] * NEAR for s in q.prefixes.get(w[:5], ()) if _near(s, w)),
                         default=0.0)
    return total / len(words)


def score(fact: dict, q: Query, stop: frozenset[str], bm25_share: float = 0.0,
          kind_words: dict[str, frozenset[str]] | None = None) -> float:
    """How well `fact` answers `q`: higher is better. Pure; `bm25_share` is in [0, 1]."""
    s = 0.0
    service = fact["service"] or fact.get("service_guess", "")
    subject, kind = fact["subject"] or "", fact["kind"]
    subject_l = subject.lower()

    # Service: the fact is of a service named (or invoked by one), and accounts for as many
    # of the services named as it can ("how does lambda read from sqs" names two).
    named = q.services
    if named:
        invoker = kind == "invocation_mode" and any(n.lower() == subject_l for n in named)
        if service in named or invoker:
            snippet_l = (fact["snippet"] or "").lower()
            mentioned = sum(1 for n in named if n == service or n.lower() == subject_l
                            or n.lower() in snippet_l or q.typed.get(n, "\x00") in snippet_l)
            s += W_SERVICE * mentioned / len(named)
            if invoker and service in named:
                s += W_INVOKER  # "ses invoke lambda": Lambda and its invoker both named
        elif service in q.implied_services:
            s += W_SERVICE_IMPLIED
        elif not service:
            s += P_UNKNOWN_SERVICE
        else:
            s += P_OTHER_SERVICE
    elif q.implied_services:
        if service in q.implied_services:
            s += W_SERVICE_IMPLIED
        elif service:
            s += P_OTHER_SERVICE / 2

    # Subject: the one named; a fact with no subject whose own text names it counts too
    # ("FIFO SQS supports exactly once delivery" is about FIFO queues).
    if q.subjects:
        if any(sub.lower() == subject_l for _, sub in q.subjects):
            s += W_SUBJECT
        elif subject:
            s += P_OTHER_SUBJECT
        else:
            own = f"{fact['attribute']} {fact['value']}".lower()
            if any(sub.lower() in own or q.typed.get(sub, "\x00") in own
                   for _, sub in q.subjects):
                s += W_SUBJECT * 0.75

    # Words: of the attribute, of subject + attribute, of the value and note line. A plain
    # statement's attribute is only its context (a heading, a parent item): it counts for less.
    plain = kind == "fact"
    attr_words = _stems(fact["attribute"], stop)
    context_words: frozenset[str] = frozenset()
    if plain and len(attr_words) > CONTEXT_WORDS:
        # Prose: the attribute is the sentence before (or the start of this one), not what
        # this line is about. It counts as context, for half.
        attr_words, context_words = frozenset(), attr_words
    name_words = attr_words | _stems(subject, stop)
    value_words = _stems(fact["value"], stop)
    # A limit's note line often states other facts too ("max size 256kb, retention 14 days"):
    # for a structured fact the line counts half, its own value in full.
    line_words = _stems(fact["snippet"], stop) - value_words
    if kind == "error_code":
        attr_words = attr_words - {"error", "code"}
    if kind_words and kind in kind_words and kind in q.kinds:
        name_words = name_words | kind_words[kind]
    w_attr, w_name = (W_ATTRIBUTE / 2, W_QUERY_IN_NAME / 2) if plain else (W_ATTRIBUTE,
                                                                           W_QUERY_IN_NAME)
    s += w_attr * min(1.0, _weighted_share(
        attr_words, q, " per " in f" {fact['attribute'].lower()} ")) ** ATTRIBUTE_SHAPE
    name_found = _matched(name_words, q)
    s += w_name * _coverage(q.concepts, name_found)
    # Every concept of the query, said by the fact's names or its text (each counted once).
    # A statement is its own text; where it sits (subject, heading) counts half.
    found = _matched(value_words, q)
    for found_more in ({w: (f / 2 if plain else f) for w, f in name_found.items()},
                       {w: (f if plain else f / 2) for w, f in _matched(line_words, q).items()},
                       {w: f / 2 for w, f in _matched(context_words, q).items()}):
        for w, f in found_more.items():
            if f > found.get(w, 0.0):
                found[w] = f
    s += W_QUERY_COVERED * _coverage(q.concepts, found)
    if not q.concepts:
        pass
    elif not plain and fact["snippet"] and (fact["number"] is not None
                                          or fact["low"] is not None):
        clause = clause_of_number(fact["snippet"], fact["number"], fact["low"], fact["high"])
        if clause:
            # Only words the fact's own names do not already say: those are shared by every
            # fact of the line, the clause's words tell them apart.
            unnamed = [c for c in q.concepts if not any(w in name_found for w in c)]
            s += W_CLAUSE * _coverage(unnamed, _matched(_stems(clause, stop), q)) * len(
                unnamed) / len(q.concepts)
    elif plain and fact["value"]:
        # A statement's best clause: "... IP-based. Multivalue answer returns up to 8 records"
        s += W_CLAUSE * max((_coverage(q.concepts, _matched(_stems(c, stop), q))
                             for c in clauses(fact["value"])), default=0.0)
    if q.identifiers:
        own_ids = q.identifiers & {w.lower() for w in tokens(normalize(
            f"{fact['attribute']} {fact['value']}"))}
        if own_ids:
            s += W_IDENTIFIER  # "MaxNumberOfMessages" typed, and the fact names it
        elif q.identifiers & {w.lower() for w in tokens(normalize(fact["snippet"] or ""))}:
            # Only its note line does: a statement is its line, a limit is one of the
            # line's facts ("IntervalSeconds (default 1), MaxAttempts (default 3)").
            s += W_IDENTIFIER if plain else W_IDENTIFIER / 2
    if kind not in ("error_code", "invocation_mode") and _echoes(fact, q, value_words, _stems(f"{subject} {fact['attribute']}", stop)):
        s += P_ECHO

    # Error codes.
    if q.codes:
        attr = fact["attribute"].lower().replace(" ", "")
        if kind == "error_code" and (attr in q.codes or any(c in attr for c in q.codes
                                                            if not c[0].isdigit())):
            s += W_CODE
        elif any(c in value_words or c in line_words or c in fact["value"].lower()
                 for c in q.codes):
            s += W_CODE / 2

    # Qualifier, kind and unit dimension: what the question's shape asks for. A fact earns
    # these only as far as it is about the question's other words: "kinesis error whole
    # batch retried by default" is not answered by just any default.
    relevance = _coverage(q.topic, found) if q.topic else 1.0
    cue = 0.0
    qual = q.qualifier
    if not qual and kind in ("limit", "range") and fact["qualifier"] in ("max", "min"):
        # "lambda /tmp size": a limit asked without max or min is the maximum.
        s += W_UNQUALIFIED_MAX if fact["qualifier"] == "max" else -W_UNQUALIFIED_MAX
    elif not qual and kind == "range":
        # "glacier expedited retrieval time": the whole range "1–5 min" answers it, and
        # holds the maximum too.
        s += W_UNQUALIFIED_RANGE
    if qual:
        fq = fact["qualifier"] or ("default" if kind == "default" else "")
        if fq == qual or (qual == "default" and kind == "default"):
            cue += W_QUALIFIER
        elif fq in ("max", "min", "default") or (kind == "default" and qual != "default"):
            s += P_QUALIFIER
        elif kind == "range" and qual in ("max", "min"):
            cue += W_QUALIFIER / 2  # a range holds a max and a min
    if q.kinds:
        if kind in q.kinds or (kind == "range" and "limit" in q.kinds):
            cue += W_KIND
        elif kind == "fact":
            s += P_PLAIN_FACT * (1.0 - relevance)
    elif kind == "fact" and (qual or q.dimensions):
        s += P_PLAIN_FACT * (1.0 - relevance)
    unit = fact["unit"] or ""
    if q.dimensions and not q.kinds & {"error_code", "invocation_mode"}:
        if unit:
            if unit in q.dimensions:
                cue += W_DIMENSION
            else:
                s += P_DIMENSION
        elif kind in ("invocation_mode", "error_code") or (
                kind != "fact" and fact["number"] is None and fact["low"] is None):
            s += P_DIMENSION  # a quantity asked ("trigger timeout"); this holds none
        elif kind == "fact" and any(u in q.dimensions for _, u, _ in
                                    numbers_with_units(fact["value"].lower())):
            cue += W_TEXT_QUANTITY
    if kind == "fact" and (qual or q.kinds & {"limit", "default", "range"}) \
            and not q.kinds & {"error_code", "invocation_mode"} \
            and not any(ch.isdigit() for ch in fact["value"]):
        s += P_NO_NUMBER  # "gsi limit": "throttled GSI → throttles the base table" says none
    elif kind == "fact" and not q.dimensions and (qual or q.kinds & {"limit", "default",
                                                                      "range"}) \
            and not q.kinds & {"error_code", "invocation_mode"} \
            and numbers_with_units(fact["value"].lower()):
        cue += W_TEXT_QUANTITY  # ... "default quota: 20 per table" says one
    s += cue * max(MIN_RELEVANCE, relevance)

    # Numbers.
    if q.numbers:
        s += W_NUMBER * _number_match(fact, q.numbers)

    return s + W_BM25 * bm25_share


def _echoes(fact: dict, q: Query, value_words: frozenset[str], name_words: frozenset[str]
            ) -> bool:
    """The value is a question, or restates the query with nothing new: a limit or default
    without a number in only the query's words, a statement that is its own heading."""
    value = (fact["value"] or "").strip()
    if value.endswith("?"):
        return True
    if not value_words or fact["number"] is not None or fact["low"] is not None:
        return False
    if any(ch.isdigit() for ch in value):
        return False
    if fact["kind"] == "fact":
        # A statement that says only the query's words may still be the answer ("FIFO queue
        # names must end with .fifo"); one that only repeats its own heading never is.
        return value_words <= name_words
    ids = q.identifiers | {stem(i) for i in q.identifiers}
    return all(w in q.terms or w in ids for w in value_words)


def _number_match(fact: dict, numbers: list[tuple[float, str | None]]) -> float:
    value, low, high, unit = fact["number"], fact["low"], fact["high"], fact["unit"] or ""
    best = 0.0
    for n, u in numbers:
        if u is not None and unit and u != unit:
            continue
        if value is not None and abs(value - n) <= 1e-6 * max(1.0, abs(n)):
            best = max(best, 1.0)
        elif low is not None and high is not None and low <= n <= high:
            best = max(best, 0.5)
    return best



def fact_stems(fact: dict) -> frozenset[str]:
    """Every stem a fact says, stopwords included ("long polling"): subject, attribute,
    value and note line."""
    none: frozenset[str] = frozenset()
    return (_stems(fact["subject"] or "", none) | _stems(fact["attribute"], none)
            | _stems(fact["value"], none) | _stems(fact["snippet"] or "", none))


def matched(words: frozenset[str], q: Query) -> dict[str, float]:
    """Query stems that `words` contain: 1.0 exactly, less when only nearly (see _matched)."""
    return _matched(set(words), q)
