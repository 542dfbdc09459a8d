"""Ranking features: each one named, small, and pure (a fact and the query's reading in,
a number out). `rank.FEATURES` weighs and sums them.

`Seen` holds what several features read (the fact's words, which query words it says, how
far it is about the query's topic), computed once per fact. A feature returns its raw
value (a share, a 0/1, a signed count); the weight lives in the table, not here.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from studycli.ambiguous_names import related
from studycli.kinds import Kind
from studycli.lazy_regex import lazy_compile
from studycli.lookup.condition_said import plain_condition_words
from studycli.lookup.figure_before_list import introduces_what_follows
from studycli.lookup.query import Query
from studycli.lookup.service_name_words import without_own_name
from studycli.lookup.text import (
    HEAD_TERM,
    UNIT_WORD,
    clause_of_number,
    clauses,
    normalize,
    numbers_with_units,
    stem,
    tokens,
)
from studycli.lookup.word_ties import per_scope_said, tied_elsewhere
from studycli.lookup.words import coverage, matched_words, stems, weighted_share
from studycli.note_numbers import UNIT_WORDS

CONTEXT_WORDS = 8          # a statement's attribute longer than this is a sentence (the line
                           # before it in prose), not a heading: it says little about the fact
MIN_RELEVANCE = 0.25       # share of the cue bonuses a fact about none of the topic words gets
ATTRIBUTE_SHAPE = 2        # a half-matched attribute is mostly another attribute
_QUANTITY_KINDS = frozenset({Kind.LIMIT, Kind.DEFAULT, Kind.RANGE})
_NAMED_KINDS = frozenset({Kind.ERROR_CODE, Kind.INVOCATION_MODE})


def _subject_words(subject: str, q: Query, stop: frozenset[str]) -> frozenset[str]:
    """The words of the fact's subject name that say what the query asks. When the query
    names another subject ("s3 one zone-ia retrieval time"), those of this one's name that
    the query names nothing by ("retrieval" of "Glacier Flexible Retrieval") only say whose
    the fact is, not the measure asked."""
    words = stems(subject, stop)
    asked = [sub.lower() for _, sub in q.subjects]
    if not words or not asked or subject.lower() in asked or any(
            related(s, subject) for s in asked):
        return words
    names = [*q.all_services(), *(sub for _, sub in q.subjects), *q.typed.values()]
    return words & stems(" ".join(names), stop)


class Seen:
    """What ranking reads of one fact against one query, computed once."""

    __slots__ = ("fact", "q", "stop", "service", "subject", "kind", "plain", "attr_words",
                 "context_words", "name_words", "value_words", "line_words", "name_found",
                 "found", "relevance")

    def __init__(self, fact: dict, q: Query, stop: frozenset[str],
                 kind_words: dict[str, frozenset[str]] | None) -> None:
        self.fact, self.q, self.stop = fact, q, stop
        self.service = fact["service"] or fact.get("service_guess", "")
        self.subject = fact["subject"] or ""
        self.kind = kind = fact["kind"]
        # A plain statement's attribute is only its context (a heading, a parent item).
        self.plain = plain = kind == Kind.FACT
        attr_words = stems(fact["attribute"], stop)
        context_words: frozenset[str] = frozenset()
        if plain and len(attr_words) > CONTEXT_WORDS:
            # Prose: the attribute is the sentence before (or the start of this one), not
            # what this line is about. It counts as context, for half; but a definition
            # heading ("Business - 24/7 phone, email, chat ...") names its term first, and
            # the items under it are that term's.
            head = _defined_term(fact["attribute"], stop)
            attr_words, context_words = head, attr_words - head
        self.context_words = context_words
        name_words = attr_words | _subject_words(self.subject, q, stop)
        self.value_words = stems(fact["value"], stop)
        # A limit's note line often states other facts too ("max size 256kb, retention 14
        # days"): for a structured fact the line counts half, its own value in full.
        self.line_words = stems(fact["snippet"], stop) - self.value_words
        if kind == Kind.ERROR_CODE:
            attr_words = attr_words - {"error", "code"}
        self.attr_words = attr_words
        if kind_words and kind in kind_words and kind in q.kinds:
            name_words = name_words | kind_words[kind]
        self.name_words = name_words
        self.name_found = matched_words(name_words, q)
        # Every concept of the query, said by the fact's names or its text (each counted
        # once). A statement is its own text; where it sits (subject, heading) counts half.
        found = matched_words(self.value_words, q)
        for more in ({w: (f / 2 if plain else f) for w, f in self.name_found.items()},
                     {w: (f if plain else f / 2)
                      for w, f in matched_words(self.line_words, q).items()},
                     {w: f / 2 for w, f in matched_words(context_words, q).items()}):
            for w, f in more.items():
                if f > found.get(w, 0.0):
                    found[w] = f
        self.found = found
        # Cue features count only as far as the fact is about the query's other words:
        # "kinesis error whole batch retried by default" is not answered by any default.
        relevance = coverage(q.topic, found) if q.topic else 1.0
        self.relevance = max(MIN_RELEVANCE, relevance)


HEAD_WORDS = 3             # a defined term is this short at most ("Enterprise On-Ramp")


def _defined_term(attribute: str, stop: frozenset[str]) -> frozenset[str]:
    """The term a long "Term - what it is" (or "Term: ...") heading defines; none when the
    heading does not open with a short term and a separator."""
    for sep in (" - ", " \u2013 ", " \u2014 ", ": "):
        head, found, _ = attribute.partition(sep)
        if found:
            words = stems(head, stop)
            return words if 0 < len(words) <= HEAD_WORDS else frozenset()
    return frozenset()


# --- service and subject -------------------------------------------------------------------

def service_named(x: Seen) -> float:
    """Share of the services named that the fact accounts for (its own, its invoker, or
    named in its line: "how does lambda read from sqs" names two)."""
    q, fact = x.q, x.fact
    if not q.services or not _is_named(x):
        return 0.0
    snippet_l = (fact["snippet"] or "").lower()
    subject_l = x.subject.lower()
    mentioned = sum(1 for n in q.services if n == x.service or n.lower() == subject_l
                    or n.lower() in snippet_l or q.typed.get(n, "\x00") in snippet_l)
    return mentioned / len(q.services)


_RELATING = frozenset({"for", "with", "from", "to", "by", "via", "into"})


def service_related(x: Seen) -> float:
    """"sqs visibility timeout for lambda": a setting of one service asked for its use by
    another (the second named after "for", "with", "from", ...); a fact that names both
    ("set the queue visibility timeout to 6x the function timeout") answers, one of either
    service alone does not. 1 for a fact accounting for both, else 0."""
    q = x.q
    if len(q.services) < 2:
        return 0.0
    if _relates_services(q):
        return 1.0 if service_named(x) >= 1.0 else 0.0
    if q.compared:
        return 0.0
    # No word relates them ("lambda max timeout api gateway": the student asks the API
    # Gateway integration's 29 s, not Lambda's own 15 min): a setting of one service's link
    # to another (an integration's timeout, a trigger's batch size) concerns the pair. A line
    # that merely names both is no better than one of either ("lambda sqs default pollers":
    # "Rate to increase lambda pollers (60 min)" took the 5 pollers' place, extra -1 top-1).
    # ... and only where the link is typed ("cognito lambda trigger timeout"), its line or
    # heading names the other service, or it says what else was asked: "sqs lambda max" asks
    # no Lambda destination's count ("Lambda destinations: max 1 per outcome" took SQS's
    # 256 KB's place)
    where = f"{x.fact['attribute'] or ''} {x.subject}"
    if not _LINKING.search(where):
        return 0.0
    text = f"{where} {x.fact['snippet'] or ''}".lower()
    both = all(n == x.service or n.lower() in text or q.typed.get(n, "\x00") in text
               for n in q.services)
    typed = _LINKING.search(" ".join(q.tokens)) is not None
    return 1.0 if typed or both or (q.topic and x.relevance >= 1.0) else 0.0


# the words of a setting that links a service to another (its backend, its event source)
_LINKING = lazy_compile(r"\b(?:integrations?|triggers?|event\s+sources?|esm|destinations?|"
                        r"targets?|proxy|backends?)\b", re.IGNORECASE)


def _relates_services(q) -> bool:
    toks = q.tokens
    typed = {q.typed.get(n, n.lower()).split()[0] for n in q.services[1:]}
    return any(t in _RELATING and toks[i + 1] in typed for i, t in enumerate(toks[:-1]))


def invoker_and_service(x: Seen) -> float:
    """"ses invoke lambda": an invocation fact of Lambda whose invoker is SES, both named."""
    return 1.0 if x.q.services and _invoker(x) and x.service in x.q.services else 0.0


def service_implied(x: Seen) -> float:
    """The owner of a subject named ("long polling" -> SQS)."""
    q = x.q
    if q.services:
        return 1.0 if not _is_named(x) and x.service in q.implied_services else 0.0
    return 1.0 if q.implied_services and x.service in q.implied_services else 0.0


def service_unknown(x: Seen) -> float:
    """A service was named and the parser could not tell this statement's."""
    return 1.0 if x.q.services and not _is_named(x) and not x.service \
        and x.service not in x.q.implied_services else 0.0


def service_other(x: Seen) -> float:
    """A service was named (1) or implied (0.5) and this fact is another one's."""
    q = x.q
    if q.services:
        return 1.0 if not _is_named(x) and x.service and \
            x.service not in q.implied_services else 0.0
    return 0.5 if q.implied_services and x.service and \
        x.service not in q.implied_services else 0.0


def service_in_clause(x: Seen) -> float:
    """A service named that the fact is not filed under, said in the clause that states its
    number ("max aurora read replicas": "RDS MySQL max 5 read replicas. Aurora up to 15
    replicas" is one line of two facts filed under RDS; 15 is Aurora's)."""
    q, fact = x.q, x.fact
    if not q.services or _is_named(x) or not fact["snippet"] or (
            fact["number"] is None and fact["low"] is None):
        return 0.0
    text = clause_of_number(fact["snippet"], fact["number"], fact["low"], fact["high"])
    said = tokens(text.lower()) if text else []
    return 1.0 if any(q.typed.get(n, "\x00") in said for n in q.services) else 0.0


def _invoker(x: Seen) -> bool:
    subject_l = x.subject.lower()
    return x.kind == Kind.INVOCATION_MODE and any(n.lower() == subject_l for n in x.q.services)


def _is_named(x: Seen) -> bool:
    return x.service in x.q.services or _invoker(x)


def subject_named(x: Seen) -> float:
    """The subject named (1); a subject-less fact whose own text names it (0.75)."""
    q = x.q
    if not q.subjects:
        return 0.0
    subject_l = x.subject.lower()
    if any(sub.lower() == subject_l for _, sub in q.subjects):
        return 1.0
    if x.subject:
        return 0.0
    own = f"{x.fact['attribute']} {x.fact['value']}".lower()
    return 0.75 if any(sub.lower() in own or q.typed.get(sub, "\x00") in own
                       for _, sub in q.subjects) else 0.0


def subject_other(x: Seen) -> float:
    q = x.q
    return 1.0 if q.subjects and x.subject and not any(
        sub.lower() == x.subject.lower() for _, sub in q.subjects) else 0.0


def head_term(x: Seen) -> float:
    """1 for a statement that opens with a term every word of which the query says, -1 for
    one whose term the query says only in part ("enterprise support critical response":
    "Enterprise On-Ramp: ... < 30 min" is another plan than "Enterprise: ... < 15 min"),
    else 0. A service's name is no term ("SQS: ...", "CodeDeploy Lambda hooks:" for
    "codedeploy lambda hooks"). Not for a comparison (each side's line opens with its name)
    nor a "what happens" question (its answer is no term's definition)."""
    q = x.q
    if not x.plain or q.compared or q.concept:
        return 0.0
    m = HEAD_TERM.match(x.fact["value"] or "")
    if not m:
        return 0.0
    services = q.all_services()
    names = " ".join([x.service, *services, *(q.typed[s] for s in services if s in q.typed)])
    words = stems(m.group(1), x.stop) - stems(names, frozenset())
    if not words or len(words) > HEAD_WORDS:
        return 0.0
    said = sum(bool(matched_words({w}, x.q)) for w in words)
    return 0.0 if not said else (1.0 if said == len(words) else -1.0)


def subject_unasked(x: Seen) -> float:
    """No subject named, and the fact is of one the query does not say, or says only in
    part ("cloudfront default ttl": the origin's error-caching TTL is a special case,
    CloudFront's own TTL the answer)."""
    q = x.q
    if q.subjects or not x.subject or any(
            s.lower() == x.subject.lower() for s in q.all_services()):
        return 0.0
    words = stems(x.subject, x.stop)
    # a subject named only in part is a special case too ("retention max": not the
    # "automated backups" subject's 1 day; "subscriptions per topic": not a FIFO topic's)
    return 1.0 if words and len(matched_words(words, q)) < len(words) else 0.0



# "On-demand mode: 4 MB/s write default": a note line that states its number for one named
# mode ("<word> mode", singular: "capacity modes :: provisioned vs on-demand" names several).
_MODE = lazy_compile(r"\b([a-z][a-z-]*)[ -]mode\b(?!s)", re.I)


def mode_unasked(x: Seen) -> float:
    """The fact's line states its number for a mode the query does not say ("kinesis shard
    write throughput": not "On-demand mode: 4 MB/s write default", a stream's starting
    capacity, but a shard's own 1 MB/s): like a subject unasked, a special case."""
    snippet = x.fact["snippet"] or ""
    if x.q.concept or x.plain or "mode" not in snippet.lower():
        return 0.0  # (the pattern scans every position of a line: most lines say no mode)
    for m in _MODE.finditer(snippet):
        words = stems(m.group(1), x.stop)
        if words and not matched_words(words, x.q):
            return 1.0
    return 0.0


# --- words -------------------------------------------------------------------------------

def attribute_asked(x: Seen) -> float:
    """How much of the fact's attribute the query asks for, squared (half for a
    statement, whose attribute is only where it sits)."""
    per = " per " in f" {x.fact['attribute'].lower()} "
    # "build timeout" of CodeBuild: "build" is said by the service asked
    # (lookup/service_name_words.py)
    words = without_own_name(x.attr_words, x.fact["attribute"], x.service, x.q.services,
                             x.q.terms)
    # "throughput (without batching)" is the plain figure a query naming no batching asks
    # (lookup/condition_said.py), where the fact says all the query does: "high throughput
    # fifo messages per second" names a mode ("high") the plain figure's line never says
    # (the conditions first: none for most facts, so the coverage is worked out for few)
    plain = plain_condition_words(x)
    if plain and query_covered(x) >= 1.0:
        words = (words - plain) or words
    share = min(1.0, weighted_share(words, x.q, per)) ** ATTRIBUTE_SHAPE
    if share and x.attr_words and x.attr_words <= _DIMENSION_NAMES and any(
            not any(w in x.found for w in concept) for concept in x.q.topic):
        # "size" (of "128 MB up to 3008 MB ... memory") names no measure: it answers
        # "lambda /tmp size" no better than "ephemeral storage (/tmp)", which says "tmp"
        share *= DIMENSION_ONLY
    return share / 2 if x.plain else share


# An attribute that is only one of these names how a quantity is measured, not what.
_DIMENSION_NAMES = frozenset({"size", "duration", "time", "count", "number", "amount"})
DIMENSION_ONLY = 0.5


def query_in_name(x: Seen) -> float:
    """Share of the query's concepts said by the fact's subject and attribute."""
    share = coverage(x.q.concepts, x.name_found)
    return share / 2 if x.plain else share


def query_covered(x: Seen) -> float:
    """Share of the query's concepts said anywhere in the fact."""
    return coverage(x.q.concepts, x.found)


def clause(x: Seen) -> float:
    """Share of the query's words in the clause of the note line holding the fact's own
    number ("50MB zip / 250MB unzip": "unzip" is about 250 MB), or a statement's best
    clause ("... IP-based. Multivalue answer returns up to 8 records")."""
    q, fact = x.q, x.fact
    if not q.concepts:
        return 0.0
    if not x.plain and fact["snippet"] and (fact["number"] is not None
                                           or fact["low"] is not None):
        text = clause_of_number(fact["snippet"], fact["number"], fact["low"], fact["high"])
        if not text:
            return 0.0
        # Only words the fact's own names do not say: those are shared by every fact of
        # the line; the clause's words tell them apart.
        unnamed = [c for c in q.concepts if not any(w in x.name_found for w in c)]
        return coverage(unnamed, matched_words(stems(text, x.stop), q)) * len(
            unnamed) / len(q.concepts)
    if x.plain and fact["value"]:
        return max((coverage(q.concepts, matched_words(stems(c, x.stop), q))
                    for c in clauses(fact["value"])), default=0.0)
    return 0.0


def word_tied_elsewhere(x: Seen) -> float:
    """Share of the query's words the fact's names do not say that its note line ties to
    another number of its measure ("baseline 3,000 IOPS, max 16,000 IOPS": "baseline" is not
    the 16,000's)."""
    q, fact = x.q, x.fact
    if x.plain or not q.concepts or fact["number"] is None or not fact["snippet"]:
        return 0.0
    # (a word typed after "per" is the scope of every number of the line: "per volume")
    unnamed = [c for c in q.concepts if not any(w in x.name_found or w in q.denominators
                                                for w in c)]
    return tied_elsewhere(fact["snippet"], fact["number"], unnamed)


def identifier(x: Seen) -> float:
    """An API name typed in CamelCase ("MaxNumberOfMessages"), said by the fact (1) or only
    by its note line (1 for a statement, which is its line; else 0.5)."""
    q, fact = x.q, x.fact
    if not q.identifiers:
        return 0.0
    own = {w.lower() for w in tokens(normalize(f"{fact['attribute']} {fact['value']}"))}
    if q.identifiers & own:
        return 1.0
    line = {w.lower() for w in tokens(normalize(fact["snippet"] or ""))}
    if q.identifiers & line:
        return 1.0 if x.plain else 0.5
    return 0.0


def echo(x: Seen) -> float:
    """The value is a question, or restates the query with nothing new (a heading
    "presigned URL expiry", a label "lifecycle hook order:"): it cannot be the answer."""
    if x.kind in _NAMED_KINDS:
        return 0.0
    fact, q = x.fact, x.q
    value = (fact["value"] or "").strip()
    if value.endswith("?"):
        return 1.0
    if introduces_what_follows(value, fact):
        return 1.0  # "CodeDeploy on EC2 lifecycle hook order:": the answer is what follows
    if not x.value_words or fact["number"] is not None or fact["low"] is not None:
        return 0.0
    if _has_digit(value):
        return 0.0
    if q.compared and _only_names(value, frozenset(w for side in q.compared for w in side)):
        return 1.0  # "SQS vs SNS vs Kinesis": a heading over the comparison, not its answer
    if x.plain:
        # A statement that says only the query's words may still be the answer ("FIFO
        # queue names must end with .fifo"); one that only repeats its heading never is.
        return 1.0 if x.value_words <= stems(f"{x.subject} {fact['attribute']}", x.stop) \
            else 0.0
    ids = q.identifiers | {stem(i) for i in q.identifiers}
    return 1.0 if all(w in q.terms or w in ids for w in x.value_words) else 0.0


@lru_cache(maxsize=4096)
def _only_names(value: str, sides: frozenset[str]) -> bool:
    """A value that names the things compared (`sides`: their stems), services and at most
    one word more ("SQS vs SNS vs Kinesis", "Lesson 8. ElastiCache, Redis versus Memcached").
    Cached: a note line is the value of several facts."""
    if len(value) > 120:
        return False  # a longer value says more than names
    from studycli.lookup.lexicon import lexicon
    from studycli.lookup.query import service_spans

    toks, spans = service_spans(value, lexicon())
    named = {i for a, b, _ in spans for i in range(a, b)}
    words = [t for i, t in enumerate(toks) if i not in named and t.isalpha() and len(t) > 2
             and t not in _VERSUS and stem(t) not in sides]
    return len(words) <= 1


_VERSUS = frozenset({"vs", "versus", "and", "the"})


# --- error codes and numbers ---------------------------------------------------------------

def code_asked(x: Seen) -> float:
    """The error code typed: the fact is that code (1) or its text names it (0.5)."""
    q, fact = x.q, x.fact
    if not q.codes:
        return 0.0
    attr = fact["attribute"].lower().replace(" ", "")
    if x.kind == Kind.ERROR_CODE and (attr in q.codes or any(c in attr for c in q.codes
                                                          if not c[0].isdigit())):
        return 1.0
    if any(c in x.value_words or c in x.line_words or c in fact["value"].lower()
           for c in q.codes):
        return 0.5
    return 0.0


def number_typed(x: Seen) -> float:
    """A number the query typed ("1769 mb") is the fact's value (1) or in its range (0.5)."""
    fact = x.fact
    value, low, high, unit = fact["number"], fact["low"], fact["high"], fact["unit"] or ""
    best = 0.0
    for n, u in x.q.numbers:
        if u is not None and unit and u != unit:
            continue
        if value is not None and abs(value - n) <= 1e-6 * max(1.0, abs(n)):
            best = max(best, 1.0)
        elif low is not None and high is not None and low <= n <= high:
            best = max(best, 0.5)
    return best


# --- what the question's shape asks: qualifier, kind, unit dimension -------------------------

def unqualified_limit(x: Seen) -> float:
    """No max or min asked: a limit is the maximum ("lambda /tmp size"), +1 max, -1 min."""
    if x.q.qualifier or x.kind not in (Kind.LIMIT, Kind.RANGE):
        return 0.0
    q_ = x.fact["qualifier"]
    return 1.0 if q_ == "max" else -1.0 if q_ == "min" else 0.0


def unqualified_range(x: Seen) -> float:
    """No qualifier asked: a whole range ("1–5 min") answers, and holds the max too."""
    if x.q.qualifier or x.kind != Kind.RANGE or x.fact["qualifier"] in ("max", "min"):
        return 0.0
    return 1.0


def unqualified_default(x: Seen) -> float:
    """No qualifier asked: a setting's default is what it is unless changed ("cloudfront
    origin response timeout": 30 s, not the 1-60 s it may be set to)."""
    if x.q.qualifier or x.q.concept:
        return 0.0  # "what happens when the timeout expires" asks no setting
    return 1.0 if x.kind == Kind.DEFAULT or x.fact["qualifier"] == "default" else 0.0


def qualifier_asked(x: Seen) -> float:
    """The qualifier asked (1); a range for a max or min (0.5). Scaled by relevance."""
    qual = x.q.qualifier
    if not qual:
        return 0.0
    fq = x.fact["qualifier"] or ("default" if x.kind == Kind.DEFAULT else "")
    if fq == qual or (qual == "default" and x.kind == Kind.DEFAULT):
        return x.relevance
    if fq in ("max", "min", "default") or (x.kind == Kind.DEFAULT and qual != "default"):
        return 0.0
    if x.plain and x.value_words & _SAYS_QUALIFIER.get(qual, frozenset()):
        # 'InvocationType="RequestResponse" is the default': a statement saying the word
        return 0.5 * x.relevance
    return 0.5 * x.relevance if x.kind == Kind.RANGE and qual in ("max", "min") else 0.0


# Stems by which a statement says a qualifier in its own words.
_SAYS_QUALIFIER = {"default": frozenset({"default", "def"}),  # "retention 4 d def / 14 d max"
                   "max": frozenset({"max", "maximum"}),
                   "min": frozenset({"min", "minimum"})}


def qualifier_other(x: Seen) -> float:
    qual = x.q.qualifier
    if not qual:
        return 0.0
    fq = x.fact["qualifier"] or ("default" if x.kind == Kind.DEFAULT else "")
    if fq == qual or (qual == "default" and x.kind == Kind.DEFAULT):
        return 0.0
    return 1.0 if fq in ("max", "min", "default") or (x.kind == Kind.DEFAULT
                                                      and qual != "default") else 0.0


def kind_asked(x: Seen) -> float:
    """The kind the question's shape asks for (a range counts as a limit). Scaled."""
    q = x.q
    if q.kinds and (x.kind in q.kinds or (x.kind == Kind.RANGE and Kind.LIMIT in q.kinds)):
        return x.relevance
    return 0.0


def plain_when_quantity(x: Seen) -> float:
    """A statement when a limit, default or code is asked, unless it says all the
    question's other words (1 - relevance)."""
    q = x.q
    if not x.plain:
        return 0.0
    if q.kinds:
        if x.kind in q.kinds:
            return 0.0
        return 1.0 - _raw_relevance(x)
    return 1.0 - _raw_relevance(x) if (q.qualifier or q.dimensions) else 0.0


def _raw_relevance(x: Seen) -> float:
    return coverage(x.q.topic, x.found) if x.q.topic else 1.0


def dimension_asked(x: Seen) -> float:
    """The unit dimension asked ("how long": seconds). Scaled."""
    q, unit = x.q, x.fact["unit"] or ""
    if not q.dimensions or q.kinds & _NAMED_KINDS or not unit:
        return 0.0
    return x.relevance if unit in q.dimensions else 0.0


def dimension_other(x: Seen) -> float:
    """A quantity asked and the fact holds another dimension, or none at all."""
    q, fact, unit = x.q, x.fact, x.fact["unit"] or ""
    if not q.dimensions or q.kinds & _NAMED_KINDS:
        return 0.0
    if unit == "per_s" and "count" in q.dimensions and q.counted & x.value_words \
            and per_scope_said(fact["snippet"] or "", q.denominators):
        return 0.0  # "s3 get requests per prefix": the requests counted per second, per
        # the prefix the line says ("... per second per prefix")
    if unit:
        return 0.0 if unit in q.dimensions else 1.0
    if x.kind in _NAMED_KINDS or (x.kind != Kind.FACT and fact["number"] is None
                                  and fact["low"] is None):
        return 1.0  # "cognito trigger timeout": a quantity asked; this holds none
    return 0.0


def text_quantity(x: Seen) -> float:
    """A statement holding a quantity of the dimension asked ("default quota: 20 per
    table"), or any quantity when no dimension is asked. Scaled."""
    q, fact = x.q, x.fact
    if not x.plain:
        return 0.0
    value_l = fact["value"].lower()
    quantity = q.qualifier or q.kinds & {"limit", "default", "range"}
    got = 0.0
    if q.dimensions and not q.kinds & _NAMED_KINDS and not fact["unit"] and any(
            u in q.dimensions for _, u, _ in numbers_with_units(value_l)):
        got += 1.0
    if quantity and not q.kinds & _NAMED_KINDS and _has_digit(fact["value"]) \
            and not q.dimensions and numbers_with_units(value_l):
        got += 1.0
    return got * x.relevance


def no_number(x: Seen) -> float:
    """A statement without a number when a quantity is asked ("gsi limit": "throttled GSI
    throttles the base table" says none)."""
    q = x.q
    quantity = q.qualifier or q.kinds & {"limit", "default", "range"}
    return 1.0 if x.plain and quantity and not q.kinds & _NAMED_KINDS \
        and not _has_digit(x.fact["value"]) else 0.0


def concept_statement(x: Seen) -> float:
    """A concept question ("what happens when...", "why..."): a statement (+1) answers it,
    a bare quantity (-1) does not."""
    if not x.q.concept:
        return 0.0
    return 1.0 if x.plain else -1.0 if x.kind in _QUANTITY_KINDS else 0.0


def definition_asked(x: Seen) -> float:
    """"wcu = ?": a definition asked in the notes' own form is answered by the statement
    that opens "1 WCU = ...", not by one that counts them ("40,000 WCUs per table")."""
    if "=" not in x.q.raw or not x.plain:
        return 0.0
    head = _DEFINES.match((x.fact["value"] or "").lower())
    return 1.0 if head and matched_words(stems(head.group(1), x.stop), x.q) else 0.0


_DEFINES = lazy_compile(r"\s*(?:\d[\d,.]*\s+)?([a-z][\w /+-]{0,30}?)\s*=")  # "1 WCU = ..."


_WHICH = frozenset({"which", "what"})
_SERVICES = frozenset({"services"})


def services_named(x: Seen) -> float:
    """"which services have gateway endpoints": the answer names services ("gateway
    endpoints only for S3 and DynamoDB"), two or more other than those typed; a statement
    that only speaks of the thing asked ("Interface endpoints are PrivateLink") does not."""
    toks = x.q.tokens
    if not any(t in _WHICH and toks[i + 1] in _SERVICES for i, t in enumerate(toks[:-1])):
        return 0.0
    return x.relevance if len(services_in_text(x.fact["value"] or "")
                                 - set(x.q.all_services())) >= 2 \
        else 0.0


@lru_cache(maxsize=4096)
def services_in_text(value: str) -> frozenset[str]:
    """The services `value` names (any alias the lexicon knows). Cached: a note line is the
    snippet of several facts."""
    from studycli.lookup.lexicon import lexicon
    from studycli.lookup.query import service_spans

    return frozenset(name for _, _, name in service_spans(value, lexicon())[1])


_CONTRAST = frozenset({"vs", "versus", "unlike", "whereas", "compared", "comparison",
                       "difference", "differences"})


def named_kind_uncompared(x: Seen) -> float:
    """"when should I use kinesis over sqs": a comparison asks how the sides differ, which
    a mode or an error code filed under them ("Lambda <- Kinesis: event source mapping")
    does not say, unless that kind is what is asked ("sqs vs sns invocation type")."""
    if not x.q.compared or x.kind not in _NAMED_KINDS or x.kind in x.q.kinds:
        return 0.0
    return 1.0


def comparison_statement(x: Seen) -> float:
    """"sqs vs sns": a statement that itself compares ("SNS vs SQS: SNS = push, SQS =
    pull") or sits under a comparison ("## SQS vs SNS vs Kinesis") answers it; one that only
    names both ("SNS fan-out to many SQS queues") says how they combine, not how they differ."""
    if not x.q.compared or not x.plain:
        return 0.0
    fact = x.fact
    words = tokens(f"{fact['value']} {fact['attribute']}".lower())
    if not all(x.q.says_side(side, x.found) for side in x.q.compared):
        # "SQS = pull, ..." under "## SQS vs SNS vs Kinesis": one side's own line of the
        # notes' comparison says what it is, as a row of a comparison table does
        if _only_sides(x.q):
            # under the notes' own "X vs Y" heading, or (half) anywhere when it defines the
            # side itself: "ALB = layer 7 ..." says what tells it from NLB wherever it is
            # filed; "CloudFront geo restriction = ..." defines something else
            if "vs" in tokens((fact["attribute"] or "").lower()):
                # "Redis cluster mode: max 90 nodes" defines a feature of one side, not
                # the side: half, as a definition elsewhere
                if _defines_one(fact["value"] or "", x, only=True):
                    return ONE_SIDE
                return ONE_SIDE_ELSEWHERE if _defines_one(fact["value"] or "", x) else 0.0
            return ONE_SIDE_ELSEWHERE if _defines_one(fact["value"] or "", x, only=True) \
                else 0.0
        return 0.0  # "spot vs on demand": "DDB on-demand vs provisioned" compares others
    if _heading_defines_one(fact, x):
        return ONE_SIDE  # "NACL = subnet level, STATELESS" under "Security Groups vs
        # NACLs": the heading names both sides, the line defines one
    if _defines_each(fact["value"] or "", x):
        # "ALB = layer 7, ... NLB = layer 4, ...": each side defined by its name alone says
        # what tells them apart as one side's line under the notes' "X vs Y" heading does
        return ONE_SIDE if _only_sides(x.q) and _defines_each(
            fact["value"] or "", x, only=True) else 1.0
    if _names_together(fact["value"] or "", x):
        return -2.0  # "SNI = many certs on one ALB/NLB listener": what both share, under
        # a comparison heading or not, says nothing of how they differ
    if _restates_pair(fact["value"] or "", x):
        return RESTATED  # "Multi-AZ vs read replica is the #1 RDS question": the
        # comparison named, not made
    return 1.0 if _CONTRAST.intersection(words) else 0.0


def _heading_defines_one(fact: dict, x: Seen) -> bool:
    """Whether a line under the notes' own "X vs Y" heading names one side itself and opens
    by defining it, in the query's words alone."""
    if not _only_sides(x.q) or "vs" not in tokens((fact["attribute"] or "").lower()):
        return False
    own = matched_words(x.value_words, x.q)
    if all(x.q.says_side(side, own) for side in x.q.compared):
        return False
    return _defines_one(fact["value"] or "", x, only=True)


_GROUP_WORD = lazy_compile(r"[a-z0-9][\w-]*|[/+&]")
_JOINS = frozenset({"/", "+", "&", "and", "or"})


def _names_together(value: str, x: Seen) -> bool:
    """Whether a statement names the sides compared as one group ("ALB/NLB", "ALB + NLB",
    "SNS + multiple SQS queues"): one side, a join, then the other within two words."""
    from studycli.lookup.text import stem

    toks = _GROUP_WORD.findall(value.lower())
    side_at = [next((i for i, side in enumerate(x.q.compared) if stem(t) in side), -1)
               for t in toks]
    for i, a in enumerate(side_at):
        if a < 0:
            continue
        for j in range(i + 2, min(len(toks), i + 5)):
            b = side_at[j]
            if b >= 0 and b != a and any(t in _JOINS for t in toks[i + 1:j]):
                return True
            if b >= 0:
                break
    return False


_PAIR_END = frozenset(":=|,;→>")  # what follows "X vs Y" when the line goes on to compare
RESTATED = -3.0  # comparison statement of a line that only names the comparison
RESTATED_WORDS = 4  # words besides the pair a line naming the comparison may have


def _restates_pair(value: str, x: Seen) -> bool:
    """Whether a statement only names the comparison asked ("CloudFront vs Global
    Accelerator", "Standard vs Express is the #1 exam thing here"): one side, "vs", the
    other, then nothing that compares them (no ":" or "=" after the pair, neither side
    named again) and at most RESTATED_WORDS words the query does not say."""
    low = normalize(value)
    toks = tokens(low)
    side_of = [next((i for i, side in enumerate(x.q.compared) if stem(t) in side), -1)
               for t in toks]
    for i, t in enumerate(toks):
        if t not in ("vs", "versus") or i == 0 or side_of[i - 1] < 0:
            continue
        j = next((k for k in range(i + 1, min(len(toks), i + 4)) if side_of[k] >= 0), None)
        if j is None or side_of[j] == side_of[i - 1]:
            continue
        start = i - 1
        while start > 0 and side_of[start - 1] == side_of[i - 1]:
            start -= 1
        end = j
        while end + 1 < len(toks) and side_of[end + 1] == side_of[j]:
            end += 1
        rest = toks[:start] + toks[end + 1:]
        if any(side_of[k] >= 0 for k in [*range(start), *range(end + 1, len(toks))]):
            return False  # "SNS vs SQS: SNS push, SQS pull": each side said again
        at = low.find(toks[end], low.find(toks[i]))
        if at >= 0 and _PAIR_END.intersection(low[at + len(toks[end]):]):
            return False  # "ALB vs NLB: L7 vs L4": what follows the pair compares them
        asked = set(x.q.tokens)  # "cognito", "pool": the comparison's name, as typed
        return len([w for w in rest if stem(w) not in x.stop and w not in x.stop
                    and w not in asked]) <= RESTATED_WORDS
    return False


# A word and its opposite made by a prefix or a suffix ("sync" / "async", "stateful" /
# "stateless"): a row or line stating both states how the sides differ in kind.
# A word and its negation ("stateful"/"stateless", "active"/"inactive"). "a" negates only by
# name: as a prefix it made "cross"/"across" and "part"/"apart" opposites; and a short stem
# ("line"/"inline", "side"/"inside") is a compound, not a negation.
_NEGATING_PREFIXES = ("un", "non", "in", "im", "dis", "ir")
_A_NEGATIONS = (("sync", "async"), ("synchronous", "asynchronous"), ("symmetric", "asymmetric"))
_WORD = lazy_compile(r"[a-z]+")


def contrast_pair(x: Seen) -> float:
    """"multi az vs read replica": of a comparison's lines, the one that says the sides are
    opposites ("replication | sync | async", "stateful | stateless") states the difference
    in kind; the others ("max count | 1 | 5") differ by degree or in passing."""
    if len(x.q.compared) != 2 or not x.plain:
        return 0.0
    fact = x.fact
    value = fact["value"] or ""
    if not (all(x.q.says_side(side, x.found) for side in x.q.compared)
            # under the notes' "X vs Y" heading, a table's row: its cells are the sides';
            # a line of one side ("ALB health check: healthy threshold 5, unhealthy 2")
            # says opposites of that side alone
            or ({"vs", "versus"} & set(tokens((fact["attribute"] or "").lower()))
                and "|" in value)):
        return 0.0
    return 1.0 if _states_opposites(value) else 0.0


@lru_cache(maxsize=4096)
def _states_opposites(value: str) -> bool:
    words = set(_WORD.findall(value.lower().replace("non-", "non")))
    if any(w in words and a in words for w, a in _A_NEGATIONS):
        return True
    for w in words:
        if len(w) < 5:
            continue
        if any(p + w in words for p in _NEGATING_PREFIXES):
            return True
        if w.endswith("ful") and w[:-3] + "less" in words:
            return True
    return False


# The head of a definition: a clause's first few words before "=", ":", "is" or "are"
# (after a label's colon too: "note: Standard = up to 1 year ...").
_DEFINITION = re.compile(r"(?:^|[.;,|(]|(?<=\w:)|->|→)\s*"
                         r"([a-z][\w /+-]{0,30}?)\s*(?:=|:|\bis\b|\bare\b)")


ONE_SIDE = 3.0  # comparison statement: one side defined under the notes' "X vs Y" heading
ONE_SIDE_ELSEWHERE = 1.5  # and under another heading


def _only_sides(q) -> bool:
    """Whether the query asks which of two things and nothing more ("sqs vs sns", not "alb
    vs nlb static ip": a line of what one side is says nothing of the static IP)."""
    return all(any(w in side or w in q.sides_share for side in q.compared for w in c)
               for c in q.topic)


# "use Kinesis when you need replay ...": when to choose one side, as a definition says what
# it is
_CHOOSES = re.compile(r"^\W*(?:use|choose|pick|prefer)\s+([a-z][\w /+-]{0,30}?)\s+"
                      r"(?:when|if|for|to)\b")


def _defines_one(value: str, x: Seen, only: bool = False) -> bool:
    """Whether a statement opens by saying what one side compared is ("SQS = pull, ...")
    or when to choose it ("use Kinesis when ..."); `only`: and what it defines is named by
    the query's words alone."""
    head = _DEFINITION.match(value.lower()) or _CHOOSES.match(value.lower())
    if head is None:
        return False
    named = stems(head.group(1), x.stop)
    said = matched_words(named, x.q)
    if only and len(said) < len(named - _service_stems(x.q)):
        return False  # "Cognito User Pool: ..." defines "user pool" of Cognito asked
    return any(x.q.says_side(side, said) for side in x.q.compared)


def _service_stems(q) -> frozenset[str]:
    """Stems of the names of the services the query names or implies ("cognito" for "user
    pool vs identity pool"): a side's definition may name its service first."""
    return frozenset(w for name in q.all_services() for w in tokens(normalize(name)))


def _defines_each(value: str, x: Seen, only: bool = False) -> bool:
    """"SQS = pull. SNS = push.", "NLB is layer 4 ... ALB = layer 7": a statement that says
    what each side compared is, one clause apiece, compares them without saying "vs";
    `only`: each clause's head is named by the query's words alone ("cross-zone on ALB:"
    defines a feature of ALB, not ALB)."""
    heads = [stems(m.group(1), x.stop) for m in _DEFINITION.finditer(value.lower())]
    if only:
        heads = [h for h in heads if len(matched_words(h, x.q)) >= len(h - _service_stems(x.q))]
    used: set[int] = set()
    for side in x.q.compared:
        i = next((i for i, h in enumerate(heads) if i not in used and matched_words(h, x.q)
                  and any(w in side for w in matched_words(h, x.q))), None)
        if i is None:
            return False
        used.add(i)
    return True


def _has_digit(text: str | None) -> bool:
    # str.isdigit: as ranking always has
    return text is not None and any(map(str.isdigit, text))


# --- a value the note says is no longer so ---------------------------------------------------

# What a changelog or an aside says a value "was" ("max timeout was 5 min, now 15 min",
# "(was 3 years)"): the words after the marker up to the clause's end or "now". A marker a
# change verb follows says the new value ("was increased to 15 min"), not an old one; "the
# answer was 14 days" gives the right one.
_WAS = lazy_compile(r"(?<!answer )(?<!correct )\b(?:was|were|used to be|previously|formerly)\b"
                    r"(?!\s+(?:increased|raised|extended|changed|reduced|lowered|decreased"
                    r"|bumped|updated|set|moved)\b)([^,;()|]*?)"
                    r"(?=[,;()|]|\bnow\b|\bthen\b|$)")


def thing_counted(x: Seen) -> float:
    """"s3 bucket limit" (query._read_thing_limit): a number of the thing the limit is asked
    on ("100 buckets per account", "100 S3 buckets")."""
    thing = x.q.thing_limit
    if not thing or not _has_digit(x.fact["value"]):
        return 0.0
    return 1.0 if thing in counted_words(x.fact["value"] or "") else 0.0


def counted_words(value: str) -> set[str]:
    """Stems of what the numbers of `value` count: "100 buckets", "up to 10 queues", "27 EBS
    volumes" (one name between the number and the thing), "bucket limit 100 per account" (a
    thing's limit given as a bare number). A digit inside a name ("S3 bucket", "gp3
    volume", "c5 instance") or a decimal's ("2.5") counts nothing; "size limit 5 TB" is a
    size (a unit follows the number)."""
    out = {stem(thing.lower()) for thing in _LIMIT_OF_A_THING.findall(value)}
    for first, second in _COUNTED.findall(value):
        if UNIT_WORD.fullmatch(first):
            continue  # "16 TiB volume", "5 TB volume": a size, no count
        if first.isalpha() and len(first) >= 3:
            out.add(stem(first.lower()))
        if second and _NAME_WORD.fullmatch(first):  # "27 EBS volumes": the name says which
            out.add(stem(second.lower()))
    return out


# the word a number counts, and the one after it: "100 buckets", "1,000 functions", "27 EBS
# volumes"; the number stands alone (not the 3 of "S3", not the 5 of "2.5")
_COUNTED = lazy_compile(r"(?<![\w.])\d[\d,]*\s+([a-z][a-z0-9]*)(?:\s+([a-z]{3,}))?",
                        re.IGNORECASE)
# a thing's limit given as a bare number: "bucket limit 100 per account", "queue quota: 1000"
# (a unit after the number makes it a size or a time: "size limit 5 TB" counts nothing)
_LIMIT_OF_A_THING = lazy_compile(
    rf"\b([a-z]{{3,}}?)s?\s+(?:limit|quota|max(?:imum)?)\s*(?:is|=|:|of)?\s*(?:~\s*)?"
    rf"\d[\d,]*(?!\.\d)(?!\s*(?:{UNIT_WORDS})s?\b)(?![\d,])", re.IGNORECASE)
# a service's or a type's name written in capitals or with a digit ("EBS", "S3", "EC2")
_NAME_WORD = lazy_compile(r"[A-Z][A-Z0-9]+|[A-Za-z]+\d[A-Za-z0-9]*")


def superseded(x: Seen) -> float:
    """A quantity its own note line says it "was", and states nowhere else on the line
    ("Lambda max timeout was 5 min, now 15 min": 5 min is the old value; "max event age
    was fixed 6 hrs, now ... 60 sec to 6 hours" still says 6 hours): 1, else 0."""
    fact = x.fact
    snippet = (fact["snippet"] or "").lower()
    number = fact["number"] if fact["number"] is not None else fact["low"]
    if x.plain or number is None or not _says_was(snippet):
        return 0.0
    return 1.0 if _only_in_past(snippet, number) else 0.0


_WAS_WORDS = ("was", "were", "used to be", "previously", "formerly")


def _says_was(line: str) -> bool:
    """_WAS.search(line), its words looked for in C first: the pattern opens with look-behinds
    the engine tries at every character, and most lines say none of the words (it reads
    them as written, case and all: a line without them cannot match)."""
    return any(w in line for w in _WAS_WORDS) and _WAS.search(line) is not None


def _only_in_past(line: str, number: float) -> bool:
    """Whether `number` (canonical units) is stated in a "was ..." span of `line` and in
    none of the rest of it."""
    def has(text: str) -> bool:
        return any(abs(n - number) <= 1e-6 * max(1.0, abs(number))
                   for n, _, _ in numbers_with_units(text))

    found = list(_WAS.finditer(line))
    past = [m.span(1) for m in found]
    if not past or not any(has(line[a:b]) for a, b in past):
        return False
    # "(was 3 years)": a bracket tells the old value whatever the rest of the line says
    aside = any(line[:m.start()].rstrip().endswith(("(", "[")) for m in found)
    rest, start = [], 0
    for a, b in past:
        rest.append(line[start:a])
        start = b
    rest.append(line[start:])
    others = " ; ".join(rest)
    # else old only where the line goes on to another value: "item size max was 400 KB"
    # with nothing after is the note's claim (as the parser reads it: extract/attribution.py)
    return not has(others) and (aside or bool(numbers_with_units(others)))


# --- an invocation mode typed beside what is asked ("lambda async retry count") -------------

_MODE_SIDES = (frozenset({"async", "asynchronous", "asynchronously"}),
               frozenset({"sync", "synchronous", "synchronously", "requestresponse"}))


def mode_typed_said(x: Seen) -> float:
    """A quantity asked of one invocation mode ("lambda async retry count"): a fact whose
    line or heading says that mode (1) before one that does not ("3 retries" of a Cognito
    trigger)."""
    if x.fact["kind"] == Kind.INVOCATION_MODE or not (x.q.qualifier or x.q.dimensions):
        return 0.0
    typed = set(x.q.tokens)
    sides = [side for side in _MODE_SIDES if side & typed]
    if len(sides) != 1:
        return 0.0
    said = x.value_words | x.line_words | x.attr_words | x.context_words  # or its heading
    return 1.0 if _mode_stems(sides[0]) & said else 0.0


@cache
def _mode_stems(side: frozenset[str]) -> frozenset[str]:
    return stems(" ".join(side), frozenset())
