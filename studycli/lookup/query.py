"""Reading a lookup the way a student types it: services, subjects, cue words, terms, numbers.

`understand(text)` turns "how long can a lamda run?" into a `Query`: the services and subjects
it names, the qualifier (max/min/default), kind and unit dimension it asks for, numbers with
units, error codes, and weighted search terms (the query's own words, their synonyms, and
typo corrections against the fact base's vocabulary).
"""

from __future__ import annotations

import re
from functools import partial

from studycli.kinds import Kind
from studycli.lazy_regex import lazy_compile
from studycli.lookup.contractions import spelled_out
from studycli.lookup.dimension_words import names_a_metric, names_a_scope
from studycli.lookup.glued_units import apart, said_glued
from studycli.lookup.lexicon import MAX_PHRASE, Lexicon
from studycli.lookup.per_name import named_per
from studycli.lookup.per_service import billed_per, is_resource
from studycli.lookup.per_size import SIZE_UNITS
from studycli.lookup.possessive import without_possessives
from studycli.lookup.query_shorthand import spell_out_query_shorthand
from studycli.lookup.status_typed import statuses_typed
from studycli.lookup.text import (
    camel_parts,
    is_status_code,
    normalize,
    numbers_with_units,
    stem,
    tokens,
)
from studycli.lookup.unit_asked import (
    percent_spelled,
    signs_at,
    times_counted,
    units_asked,
    without_count_of_unit,
    without_implied_max,
)
from studycli.lookup.value_asked import code_asked
from studycli.number_vocab import NUMBER_WORDS

TYPE_CHECKING = False
if TYPE_CHECKING:  # imported for the type checker only (lookup starts fast)
    from typing import Any

# Weights of the terms a query yields: its own words count most.
W_OWN, W_CAMEL, W_FIXED, W_SYNONYM = 1.0, 0.9, 0.85, 0.6
W_WHOLE = 0.95  # typed words a note writes as one ("fanout", "PITR"): nearly the words typed

_CODE_SUFFIXES = ("exception", "error", "fault")
# Words that ask how a service is invoked even when a quantity word comes with them.
_MODE_WORDS = frozenset({"sync", "async", "synchronous", "asynchronous", "synchronously",
                         "asynchronously", "poll", "polls", "polling", "esm"})


class Query:
    __slots__ = ("raw", "text", "tokens", "services", "implied_services", "subjects",
                 "qualifiers", "kinds", "dimensions", "numbers", "codes", "terms", "concepts",
                 "typed", "prefixes", "identifiers", "topic",
                 "corrections", "search_words", "denominators", "generic", "concept", "counted",
                 "count_guessed", "identifier_parts", "compared", "plain_cues", "common",
                 "phrase_sides", "sides_share", "name_parts", "count_modifiers",
                 "written_apart", "choice", "thing_limit", "code_of_call", "glued",
                 "unit_words", "delivery_sides")

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.code_of_call = False                # a code asked of an invocation ("lambda
                                                 # async invoke status code"): read once
        self.text = ""
        self.tokens: list[str] = []
        self.services: list[str] = []            # named in the query, in order
        self.typed: dict[str, str] = {}          # service/subject -> alias typed ("kinesis")
        self.identifiers: set[str] = set()       # CamelCase names typed ("maxnumberofmessages")
        self.identifier_parts: dict[str, frozenset[str]] = {}  # name -> stems of its parts
        self.compared: list[dict[str, float]] = []  # "sqs vs sns": each side's stems
        self.sides_share: set[str] = set()      # "pool" of "user pool vs identity pool"
        self.phrase_sides = False                # sides of several words ("pilot light"):
                                                 # said only where all their words are
        self.implied_services: list[str] = []    # owners of the subjects named
        self.subjects: list[tuple[str, str]] = []  # (service, subject)
        self.qualifiers: list[str] = []          # "max" / "min" / "default", in order of cue
        self.kinds: set[str] = set()
        self.dimensions: set[str] = set()
        self.numbers: list[tuple[float, str | None]] = []
        self.codes: set[str] = set()             # "504", "4xx", "throttleerror"
        self.terms: dict[str, float] = {}        # stem -> best weight over the concepts
        self.concepts: list[dict[str, float]] = []  # per content word: stems meaning it
        self.prefixes: dict[str, list[str]] = {}  # first 5 letters -> terms (near matches)
        self.topic: list[dict[str, float]] = []  # concepts that are not cue words ("default")
        self.corrections: dict[str, str] = {}    # typed word -> word of the fact base
        self.glued: frozenset[str] = frozenset()  # a number and unit typed as one word,
                                                 # read apart ("256kb": "256" "kb")
        self.written_apart: dict[str, list[str]] = {}  # typed word -> the words notes write
                                                 # it as ("onramp": "on", "ramp")
        self.search_words: list[str] = []        # words for the full-text search
        self.denominators: set[str] = set()      # stems after "per": "subscriptions per
                                                 # topic" asks about subscriptions, not topics
        self.counted: set[str] = set()           # stems of the plural a count asks for
        self.unit_words: frozenset[str] = frozenset()  # a measure asked by its unit ("how
        # many gb"): stems of every unit of its dimension, one of which states it
        self.count_modifiers: set[str] = set()   # stems typed before it narrowing it
                                                 # ("elastic" of "elastic ips")
                                                 # ("max layers": layer)
        self.count_guessed = False               # "count" read off a plural, not asked
                                                 # outright ("how many", "concurrency")
        self.concept = False                     # "what happens when...": a statement
                                                 # answers, not a quantity
        self.thing_limit = ""                     # "s3 bucket limit": stem of the thing a
                                                 # limit is asked on, whose count comes first
        self.plain_cues: set[str] = set()        # stems of cue words read as ordinary words
                                                 # ("code" of "lambda code storage")
        self.generic: set[str] = set()           # stems most facts of the service named say
                                                 # ("queue" for SQS): they tell little apart
        self.common: set[str] = set()            # stems many facts of any service say
                                                 # ("access", "time"): they tell little apart
        self.name_parts: dict[str, frozenset[str]] = {}  # a word typed for a subject's name
                                                 # of several words -> that name's stems
                                                 # ("url" -> function, url)
        self.choice: frozenset[str] = frozenset()  # stems of a closing "A or B" ("stateful
                                                 # or stateless"): a line saying neither
                                                 # answers no side of a comparison
        self.delivery_sides: tuple[int, int] | None = None  # "sqs push or poll": where the
                                                 # sides of a choice of a service's own
                                                 # delivery are (delivery_choice.
                                                 # delivery_asked), read once a query

    @property
    def qualifier(self) -> str | None:
        return self.qualifiers[0] if self.qualifiers else None

    def says_side(self, side: dict[str, float], found) -> bool:
        """Whether `found` (stems) says one side compared: any of a name's words ("sqs",
        "simple queue service"), every word of a phrase ("pilot light")."""
        if self.phrase_sides:
            return all(w in found for w in side)
        return any(w in found for w in side)

    def all_services(self) -> list[str]:
        return self.services + [s for s in self.implied_services if s not in self.services]

    def related_to_counted(self) -> frozenset[str]:
        """The words the lexicon relates to the noun the query counts (the related words of
        the concept holding it, counted for less than the word typed: "subscriber" goes with
        "subscription"): a figure counting one of them counts nearly what is asked, never
        exactly, so it scores under one naming the noun itself."""
        out: set[str] = set()
        for concept in self.topic:
            top = max(concept.values(), default=0.0)
            if any(w in self.counted for w, v in concept.items() if v == top):
                out.update(w for w, v in concept.items() if v < top)
        return frozenset(out)


def _ngrams(toks: list[str], table: dict) -> list[tuple[int, int, Any]]:
    """Longest-first, non-overlapping matches of `table`'s phrases in `toks`."""
    found, i, n = [], 0, len(toks)
    while i < n:
        for size in range(min(MAX_PHRASE, n - i), 0, -1):
            key = tuple(toks[i:i + size])
            if key in table:
                found.append((i, i + size, table[key]))
                i += size
                break
        else:
            i += 1
    return found


def service_spans(text: str, lex: Lexicon) -> tuple[list[str], list[tuple[int, int, str]]]:
    """`text`'s tokens and the spans of the service names it says (by the lexicon's alias
    table, already loaded for the query: no catalog of regexes to build). A name that is
    also an ordinary word ("batch", "config") is not read as a service here."""
    toks = tokens(normalize(text))
    return toks, [(a, b, name) for a, b, name in _ngrams(toks, lex.services)
                  if not (b - a == 1 and toks[a] in lex.ambiguous)]


def _all_ngrams(toks: list[str], table: dict) -> list[tuple[int, int, Any]]:
    """Every match of `table`'s phrases (cues may overlap: "how long" and "long")."""
    out = []
    for i in range(len(toks)):
        for size in range(1, min(MAX_PHRASE, len(toks) - i) + 1):
            key = tuple(toks[i:i + size])
            if key in table:
                out.append((i, i + size, table[key]))
    return out


def understand(raw: str, lex: Lexicon, vocabulary=None, in_notes=None, note_fix=None,
               note_split=None, linked_otherwise=None) -> Query:
    """The lookup `raw`, read in stages. `vocabulary()` gives the fact base's words, for
    typo fixing; it is only called when a word is not known, so a plain query never pays
    for it. `in_notes(word)` says whether the notes use a word at all: such a word is never
    "fixed" ("once" is not a typo of "one"); asked of two letters in capitals and the two
    words they are initials of ("SG security group"), whether a note's line links them
    ("security group (SG)"). `note_fix(word)` repairs a word no name is
    close to against every word of the notes (or None). `note_split(word)` gives the two
    words a note writes apart that a word typed whole joins ("onramp": "on", "ramp").
    `linked_otherwise("SG security group", names)` says whether a note's line of the
    services or subjects named (any line when `names` is empty) spells the initials out as
    other words ("DB subnet group (SG)")."""
    q = Query(raw)
    raw = spell_out_query_shorthand(raw)  # texting's "mx" is "max", not a DNS record's
    low = raw.lower()
    if NUMBER_WORDS & set(re.findall(r"[a-z]+", low)) or "meg" in low or "gig" in low:
        # ("s three?" too; "10 gigs" typed in digits is read as the notes' "gigs" are)
        # "sqs max message size two hundred fifty six kb?": the number typed in words is read
        # as the notes' numbers are (notes/number_words, loaded only here)
        from studycli.notes.number_words import spell_out_numbers

        raw = spell_out_numbers(raw)
    if not raw.isascii():  # a query in a note's language: its glossary (stdlib, loaded only here)
        from studycli.notes.gloss import gloss_query

        q.text = normalize(gloss_query(raw))
    else:
        q.text = normalize(raw)
    # "dont" as "do not" (lookup/contractions.py); "4kb" as "4 kb" (lookup/glued_units.py)
    # "sqs's max message size" as "sqs max message size" (lookup/possessive.py)
    # ("availability %" as "availability percent", a unit asked: lookup/unit_asked.py)
    q.text, signs = percent_spelled(without_possessives(spelled_out(q.text)))
    q.text, q.glued = apart(q.text, lambda unit: stem(unit) in lex.cue_stems)
    q.tokens = tokens(q.text)
    _repair_cue_typos(q, lex, in_notes)
    consumed, subject_spans, long_names = _read_names(q, lex)
    consumed |= signs_at(q.tokens, signs)
    _read_cues(q, lex, long_names)
    _read_numbers_and_codes(q, lex, consumed)
    _read_question_form(q)
    _read_date_asked(q, consumed)
    _read_distance_asked(q, consumed)
    if linked_otherwise is not None:
        # only the named services' lines say what their initials mean: RDS's "DB subnet
        # group (SG)" leaves EC2's "SGs" security groups
        named = [*q.services, *q.implied_services, *(subject for _, subject in q.subjects)]
        linked_otherwise = partial(linked_otherwise, names=named)
    content_at = _read_concepts(q, lex, consumed, subject_spans, vocabulary, in_notes,
                                note_fix, note_split, linked_otherwise)
    _read_identifiers(q, lex)
    _read_comparison(q, lex, long_names)
    _read_more_wanted(q, lex)
    _finish(q, lex, content_at)
    _read_counted_names(q, consumed)
    if q.dimensions == {"count"} and not q.counted and not q.codes and any(
            t in _CONCURRENCY for t in q.tokens):
        # "max provisioned concurrency per function" counts executions: "5 layers" does not
        q.counted = {stem(t) for t in (*_CONCURRENCY, "executions")}
    if q.counted:  # "concurrent executions" counts what "concurrency" counts
        for concept in q.concepts:
            if q.counted & set(concept):  # (not a word the run is written as: "ESM"
                # names the mapping, it counts nothing: "ESM batch window up to 300s")
                q.counted |= {w for w, v in concept.items() if v >= W_FIXED and v != W_WHOLE}
        _count_spelled_out_names(q)
    q.count_modifiers = _count_modifiers(q, lex)
    return q


CUE_TYPO_MIN = 5  # letters a word must have to be read as a cue it mistypes ("defualt")
CUE_TYPO_SHORT_CUE = 6  # ... or a cue this long with a letter left out ("maxmum": "maximum")
# Shorter, a slip makes everyday words: "last" is "least" less a letter, French "faut" is
# "fault" less one; a 4-letter word is too often a word of its own to be read as a cue


def _repair_cue_typos(q: Query, lex: Lexicon, in_notes) -> None:
    """A word one slip from exactly one cue word ("defualt", "maxmum", "minimun") is that
    cue: read after the cues were, it was a topic word no line says ("lambda timeout
    defualt" left the timeout's default half unsaid). Not a word the lexicon or the notes
    know, nor one whose first letter differs ("nodes" is no "codes"), nor the cue with a
    letter added at its end (a derived word: "invoker" is no "invoke")."""
    for i, t in enumerate(q.tokens):
        if len(t) < CUE_TYPO_MIN - 1 or not t.isalpha() or t in lex.known_words \
                or stem(t) in lex.known_stems:
            continue  # most queries: every word known, no table built
        cues = lex.derived("cue typo targets", _cue_words)
        found = {w for w in _one_slip(t) if w in cues and w[0] == t[0] and w != t[:-1]
                 and (len(t) >= CUE_TYPO_MIN or len(w) >= CUE_TYPO_SHORT_CUE)}
        if len(found) == 1 and (in_notes is None or not in_notes(t)):
            q.tokens[i] = q.corrections[t] = found.pop()


def _cue_words(lex: Lexicon) -> frozenset[str]:
    """One-word qualifier and kind cues long enough to be mistyped ("limit", "default")."""
    return frozenset(k[0] for table in (lex.qualifiers, lex.kinds) for k in table
                     if len(k) == 1 and len(k[0]) >= CUE_TYPO_MIN and k[0].isalpha())


def _one_slip(t: str) -> set[str]:
    """Every string `t` is one slip of the fingers from: a letter left out, one too many, or
    two swapped. Not a letter changed: that makes other words ("lease" is no "least")."""
    halves = [(t[:i], t[i:]) for i in range(len(t) + 1)]
    edits = {a + b[1:] for a, b in halves if b}
    edits |= {a + b[1] + b[0] + b[2:] for a, b in halves if len(b) > 1}
    edits |= {a + c + b for a, b in halves for c in _LETTERS}
    return edits


def _count_spelled_out_names(q: Query) -> None:
    """"how many global secondary indexes per table" counts GSIs: a subject's name typed in
    full, its counted noun among its words, counts what the name stands for, and a note says
    it by its short name ("| GSI per table | 5 |"), as "how many gsis" found it."""
    for _, subject in q.subjects:
        typed = q.typed.get(subject, "").split()
        if len(typed) > 1 and q.counted & {stem(w) for w in typed}:
            q.counted |= {stem(w) for w in tokens(normalize(subject))}


def _count_modifiers(q: Query, lex: Lexicon) -> set[str]:
    """Stems of the words typed right before the noun counted that narrow it ("elastic" of
    "elastic ips"): not a service's name, a cue or a stop word."""
    names = {t for name in q.typed.values() for t in name.lower().split()}
    out = set()
    for i, t in enumerate(q.tokens[1:], 1):
        before = q.tokens[i - 1]
        if stem(t) in q.counted and before.isalpha() and before not in names \
                and before not in lex.stopwords and stem(before) not in lex.cue_stems \
                and stem(before) not in lex.cue_phrase_stems \
                and stem(before) not in q.counted:
            out.add(stem(before))
    return out


def _read_names(q: Query, lex: Lexicon
                ) -> tuple[set[int], list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    """Services and subjects, longest alias first; their words are not search terms.
    Returns the token positions they consumed, the spans of the subjects named and those
    of the service names of several words."""
    toks = q.tokens
    consumed: set[int] = set()
    maybe: list[tuple[str, str]] = []  # ("batch", "Batch"): a word that may name a service
    written = _written_out(toks, lex)
    # subjects read as typed short too: "app load balancer idle timeout" is the ALB's ("app"
    # was neither a subject's word nor a topic word)
    subject_at = _ngrams(written, lex.subjects)
    service_at = _ngrams(written, lex.services)
    for start, end, name in service_at:
        if end - start == 1 and toks[start] in lex.ambiguous:
            maybe.append((toks[start], name))
            continue  # stays a word of the question either way
        if _inside_other_subject(start, end, name, subject_at):
            consumed.update(range(start, end))
            continue  # "lambda authorizer cache ttl": API Gateway's authorizer, not Lambda
        if name not in q.services:
            q.services.append(name)
            q.typed[name] = " ".join(toks[start:end])
        consumed.update(range(start, end))
    if not q.services:
        for word, name in maybe:
            if name not in q.services:
                q.services.append(name)
                q.typed[name] = word
    long_names = [(a, b, name) for a, b, name in service_at if b - a > 1]
    return consumed, _read_subjects(q, _of_the_others(toks, subject_at, lex), consumed), \
        long_names


def _of_the_others(toks: list[str], subject_at: list[tuple[int, int, Any]], lex: Lexicon
                   ) -> list[tuple[int, int, Any]]:
    """`subject_at` with a subject typed by one word read as the subject of another service
    named beside it whose name holds that word: "cname vs alias" asks Route 53's alias
    record (beside its CNAME record), not Lambda's alias."""
    heads = lex.derived("subject_words", _subject_words)
    owners = {owner for _a, _b, (owner, _s) in subject_at}
    # a side of "X vs Y" that is a word of a subject's name ("cname" of Route 53's CNAME
    # record) names that service for the other side, though alone it names none ("cname
    # swap" is Elastic Beanstalk's)
    spans = {i for a, b, _ in subject_at for i in range(a, b)}
    for i, t in enumerate(toks):
        if t in VERSUS:
            owners |= {o for k in (i - 1, i + 1) if 0 <= k < len(toks) and k not in spans
                       for o, _s in heads.get(toks[k], ())}
    if len(owners) < 2:
        return subject_at
    named = {named for _a, _b, named in subject_at}
    out = []
    for a, b, (owner, subject) in subject_at:
        # not a subject named already: "io2 ... express" is io2's Block Express, a word of
        # a variant of it, not Step Functions' Express workflow nor io2 again
        others = [(o, s) for o, s in heads.get(toks[a], ())
                  if o in owners and o != owner and (o, s) not in named] if b - a == 1 else []
        out.append((a, b, others[0] if len(others) == 1 else (owner, subject)))
    return out




def _subject_words(lex: Lexicon) -> dict[str, list[tuple[str, str]]]:
    """A word of a subject's name of several words -> the (owner, subject) it names."""
    out: dict[str, list[tuple[str, str]]] = {}
    for key, named in lex.subjects.items():
        if len(key) > 1:
            for w in key:
                if named not in out.setdefault(w, []):
                    out[w].append(named)
    return out


def _written_out(toks: list[str], lex: Lexicon) -> list[str]:
    """The tokens with a short form written out where it stands for one word ("fn" for
    function), so a service's or a subject's name of several words reads as typed short:
    "lambda fn" is "lambda function", the service, and "fn" no topic word its facts should
    say; "app load balancer" is the ALB."""
    # a word of a name as typed stays ("aws config" is AWS Config, not "configuration")
    named = {i for names in (lex.services, lex.subjects)
             for a, b, _ in _ngrams(toks, names) for i in range(a, b)}
    out = list(toks)
    for i, t in enumerate(toks):
        full = lex.abbreviations.get((t,))
        if full and len(full) == 1 and len(full[0]) == 1 and i not in named:
            out[i] = full[0][0]
    return out


def _read_subjects(q: Query, subject_at: list[tuple[int, int, Any]], consumed: set[int]
                   ) -> list[tuple[int, int, str]]:
    """The subjects named, and their owners as implied services; returns their spans."""
    toks = q.tokens
    subject_spans = []
    for start, end, (owner, subject) in subject_at:
        if any(i in consumed for i in range(start, end)) and end - start == 1:
            continue  # "lambda" is a service first
        subject_spans.append((start, end, subject))
        if q.services and owner not in q.services:
            continue  # "firehose destinations": not Lambda's destinations, a service was named
        if (owner, subject) not in q.subjects:
            q.subjects.append((owner, subject))
            q.typed[subject] = " ".join(toks[start:end])
        if owner not in q.implied_services:
            q.implied_services.append(owner)
    return subject_spans


def _read_cue_words_alone(q: Query, lex: Lexicon) -> None:
    """A word of a scope's cue typed outside it is an ordinary word: "region" of "how many
    azs in a region" is no "per region" cue, and a line that never says "region" (Aurora's
    "6 copies across 3 AZs") does not say all that is asked; "accounts" of "max accounts in
    an organization" is a word the line must say, no "per account" cue. _finish then takes
    every such word as a denominator, the counted one too ("how many regions are there":
    {region}): a line saying the count per it says it as well, so the ranking is unchanged."""
    toks = q.tokens
    tables = (lex.qualifiers, lex.kinds, lex.dimensions)
    in_phrase = {i for table in tables for a, b, _ in _all_ngrams(toks, table) if b - a > 1
                 for i in range(a, b)}
    # only the words of a scope ("per region", "per account"): one of content words ("event
    # source mapping"), a verb's ("times out") or a question's ("how many", "too many
    # requests") names what it asks wherever a word of it is typed
    of_stopword_phrases = _scope_stems(lex)
    for i, t in enumerate(toks):
        if i in in_phrase or t in lex.stopwords or any((t,) in table for table in tables):
            continue
        if stem(t) in lex.cue_phrase_stems and stem(t) in of_stopword_phrases:
            q.plain_cues.add(stem(t))


def _scope_stems(lex: Lexicon) -> frozenset[str]:
    """Stems of what the lexicon's scope cues count per ("per region": region)."""
    return lex.derived("scope_stems", lambda lx: frozenset(
        stem(w) for table in (lx.qualifiers, lx.kinds, lx.dimensions) for k in table
        if len(k) > 1 and k[0] == "per" for w in k[1:]))


def _inside_other_subject(start: int, end: int, service: str,
                          subject_at: list[tuple[int, int, Any]]) -> bool:
    """A service name that is part of a longer subject name of another service."""
    return any(a <= start and end <= b and b - a > end - start and owner != service
               for a, b, (owner, _) in subject_at)


_NUMERAL = lazy_compile(r"\d[\d,.]*")


def _read_cues(q: Query, lex: Lexicon, long_names: list[tuple[int, int, str]]) -> None:
    """Which qualifier, kind and unit dimension the question asks for."""
    toks = q.tokens
    # ("how many seconds is the lambda default timeout": the default typed is asked, not
    # the maximum "how many" reads as; lookup/unit_asked.py)
    cues = without_implied_max(_all_ngrams(toks, lex.qualifiers), toks)
    for start, _, names in sorted(cues, key=lambda m: m[0]):
        if toks[start] in ("min", "mn") and start and (_NUMERAL.fullmatch(toks[start - 1])
                                                       or toks[start - 1] in _PER_TOKENS):
            continue  # "15 min response", "scale up rate per min": minutes, not a minimum
            # (and "1 mn requests" a million)
        for name in names:
            if name not in q.qualifiers:
                q.qualifiers.append(name)
    if not q.qualifiers and _asks_how_much_can(toks):
        q.qualifiers.append("max")  # "how much memory can a lambda function have": the most
        q.kinds.add(Kind.LIMIT)
    for start, end, names in _all_ngrams(toks, lex.kinds):
        if Kind.ERROR_CODE in names and _code_as_modifier(toks, start, end, lex):
            names = [n for n in names if n != Kind.ERROR_CODE]
            q.plain_cues.add(stem(toks[start]))
        q.kinds.update(names)
    _read_delivery_choice(q, lex)
    _read_dimensions(q, lex, long_names)
    _read_cue_words_alone(q, lex)
    if _EXCEEDED & set(toks) and _LIMIT_WORDS & set(toks) and not _BOUND_WORDS & set(toks) \
            and "how" not in toks:
        # "what error when kms request quota exceeded", "what happens if i exceed the
        # quota": the quota is what was passed; what follows is asked, not its value
        q.kinds.discard(Kind.LIMIT)
        q.qualifiers[:] = [x for x in q.qualifiers if x not in ("max", "min")]
    if q.dimensions and any(t in lex.answer_names and not names_a_scope(toks, i)
                            and not _unit_after(toks, i, lex)
                            for i, t in enumerate(toks)):
        # "efs default throughput mode", "dynamodb ttl attribute format": a name is asked;
        # "throughput" and "ttl" say what it is about, not a unit the answer is in.
        q.dimensions.clear()
    q.code_of_call = Kind.ERROR_CODE in q.kinds and Kind.INVOCATION_MODE in q.kinds \
        and code_asked(toks)
    if (q.dimensions and q.kinds & _FIGURE_KINDS) or q.code_of_call:
        # "lambda async invocation payload limit": a figure of the async side is asked, and
        # a bare "size" of Lambda says nothing of it; "async" is a topic word the answer
        # must say, not only a cue that a mode could be asked. So for a code asked of one
        # side ("lambda async invoke status code", lookup/value_asked.py): "async" says
        # which call, not a mode asked
        q.plain_cues.update(stem(w) for t in toks for w in _SIDE_MODES.get(t, ()))
    if q.dimensions and q.kinds == {Kind.INVOCATION_MODE} and not any(
            t in _MODE_WORDS for t in toks):
        # "cognito trigger timeout": a trigger's timeout is a quantity, not how it is invoked.
        q.kinds.clear()


_FIGURE_KINDS = frozenset({Kind.LIMIT, Kind.DEFAULT, Kind.RANGE})


def _read_delivery_choice(q: Query, lex: Lexicon) -> None:
    """"sns push or poll": the choice's words are asked, no mode of Lambda's
    (lookup/delivery_choice.py), unless another word asks one ("sns invoke ... push or
    poll")."""
    q.delivery_sides = sides = _delivery_sides(q.tokens, q.services)
    if sides is None:
        return
    q.plain_cues.update(stem(q.tokens[i]) for i in sides)
    rest = [t for i, t in enumerate(q.tokens) if i not in sides]
    if not any(Kind.INVOCATION_MODE in names and not _MODE_OPENERS.issuperset(rest[a:b])
               for a, b, names in _all_ngrams(rest, lex.kinds)):
        q.kinds.discard(Kind.INVOCATION_MODE)


def _delivery_sides(tokens: list[str], services: list[str]) -> tuple[int, int] | None:
    """delivery_choice.delivery_asked, read only where the query says "or" (a choice
    needs it: most queries do not, and the module stays unread)."""
    if "or" not in tokens:
        return None
    from studycli.lookup.delivery_choice import delivery_asked

    return delivery_asked(tokens, services)


_MODE_OPENERS = frozenset({"how", "does", "do"})  # "how does": a question's opening


# "per min", "every min": a minute ("a min" is not: "whats a min timeout" asks a minimum)
_PER_TOKENS = frozenset({"per", "each", "every"})
_SIDE_MODES = {  # a side typed, and its long form (the synonym the lexicon adds)
    "sync": ("sync", "synchronous"), "synchronous": ("sync", "synchronous"),
    "async": ("async", "asynchronous"), "asynchronous": ("async", "asynchronous")}
_EXCEEDED = frozenset({"exceed", "exceeds", "exceeded", "exceeding", "hit", "reached",
                       "breached", "passed"})
_LIMIT_WORDS = frozenset({"limit", "limits", "quota", "quotas", "cap"})
_BOUND_WORDS = frozenset({"max", "maximum", "min", "minimum"})


def _unit_after(toks: list[str], at: int, lex: Lexicon) -> bool:
    """Whether a unit's word follows the name asked at `at`: "sqs fifo high throughput mode
    tps" asks a figure of the mode (its transactions a second), not the mode's name."""
    return any((t,) in lex.dimensions for t in toks[at + 1:])


def _read_dimensions(q: Query, lex: Lexicon, long_names: list[tuple[int, int, str]]
                     ) -> None:
    """The unit dimensions the question's words ask for ("how long", "size"), but not a
    word of a service's name of several words (`long_names`: "storage gateway")."""
    toks = q.tokens
    # ("how many days", "how many gb": a duration or a size asked by its unit, no count; the
    # unit's own cue reads its dimension: lookup/unit_asked.py)
    found = without_count_of_unit(_all_ngrams(toks, lex.dimensions), toks)
    for start, end, names in found:
        if _inside_other_cue(start, end, names, found):
            continue  # "batch size" asks a count, "storage duration" a duration: no size
        if end < len(toks) and toks[end] == "for" and toks[start] in _WAIT_VERBS:
            continue  # "step functions wait for human approval": what waits, not how long
        if any(a <= start and end <= b for a, b, _ in long_names):
            continue  # "which storage gateway for tape": no size asked
        if end - start == 1 and start and toks[start - 1] in _PER_TOKENS:
            continue  # "gp2 iops per gb", "api calls per day": what a rate is per, no
            # size or duration asked
        if end - start == 1 and toks[start] in _SIZE_UNIT_WORDS and _per_second_after(toks, end):
            continue  # "io2 max throughput mb/s", "gb per sec": the unit of a rate typed
            # (read by the longer cue, "mb/s"), no size asked: "64 TiB" is no answer
        if q.all_services() and billed_per(toks, start, end, _PER_TOKENS):
            continue  # "ec2 per second billing minimum": how finely time is billed, no
            # rate asked ("60 s" is the answer, not requests per second); with no service
            # named, "billing per second" asked of the shipped notes was answered by SQS's
            # "Billed on requests" (a last reader, session 37): a rate still asked there
        if end - start == 1 and names_a_metric(toks, start):
            continue  # "ec2 memory metric": a metric named, no size asked
        if end < len(toks) and toks[end] == "based":
            continue  # "waf rate based rule", "size-based routing": a kind of thing named
            # by what it is based on, no unit asked
        if end - start == 1 and toks[start] in _RUNTIME_WORDS and _runtime_is_language(q):
            continue  # "cf functions runtime": the language it runs, not how long it runs
            # ("lambda max runtime", "runtime limit", "how long a runtime" ask a duration)
        if end - start == 1 and toks[start] in _LENGTH_WORDS \
                and _span_of_time_before(toks, start, lex):
            # "assume role max session length", "guardduty free trial length": the length of
            # a span of time is a duration (the STS docs call a session's duration its
            # length: "the maximum length of the console session"), not characters; so is
            # the span's with a bound or default between ("session default length")
            q.dimensions.add("s")
            continue
        q.dimensions.update(names)


_SIZE_UNIT_WORDS = frozenset(SIZE_UNITS)
_SECOND_WORDS = frozenset({"s", "sec", "secs", "second"})


def _per_second_after(toks: list[str], end: int) -> bool:
    """Whether a size unit's word is followed by "/s" (typed "mb/s", read "mb" "s") or "per
    second(s)": together a unit of throughput. "gb seconds" with no "per" is Lambda's
    GB-seconds of compute, no rate."""
    rest = toks[end:end + 2]
    return bool(rest) and (rest[0] in _SECOND_WORDS
                           or (rest[0] == "per" and rest[1:] != []
                               and rest[1] in _SECOND_WORDS | {"seconds"}))


_RUNTIME_WORDS = frozenset({"runtime", "runtimes"})
_LENGTH_WORDS = frozenset({"length", "lengths"})
# spans of time whose "length" is how long they last (docs.aws.amazon.com/sdk-for-kotlin/
# api/latest/sts/aws.sdk.kotlin.services.sts.model/-assume-role-request/duration-seconds.html)
_SPANS_OF_TIME = frozenset({"session", "sessions", "trial", "trials", "retention", "period",
                            "window"})


def _span_of_time_before(toks: list[str], at: int, lex: Lexicon) -> bool:
    """Whether the word before `at`, past the qualifiers typed between ("default", "max"),
    names a span of time ("session", "trial")."""
    k = at - 1
    while k >= 0 and (toks[k],) in lex.qualifiers:
        k -= 1
    return k >= 0 and toks[k] in _SPANS_OF_TIME


def _runtime_is_language(q: Query) -> bool:
    """Whether the query's "runtime" asks the language a thing runs ("cloudfront functions
    runtime", "lambda@edge runtime"): no bound, figure or "how" asked with it."""
    return bool(_RUNTIME_WORDS.intersection(q.tokens)) and not (
        q.qualifiers or q.kinds & _FIGURE_KINDS or "how" in q.tokens)


def _runtime_as_language(q: Query, lex: Lexicon) -> None:
    """A runtime asked as the language is said by the language's words ("JS only",
    "Node.js / Python"), as "language" is: the lexicon relates "runtime" to durations only
    ("lambda max runtime"), so "cloudfront functions runtime" met no line naming one."""
    if not _runtime_is_language(q):
        return
    runtime = {stem(w) for w in _RUNTIME_WORDS}
    words = [("language",), *lex.related.get(("language",), [])]
    for concept in q.concepts:
        if runtime & concept.keys():
            for phrase in words:
                for w in phrase:
                    concept.setdefault(stem(w), W_SYNONYM)


_SIZE_DIMENSIONS = frozenset({"B", "B/s"})  # "write capacity": a size or a throughput


def _inside_other_cue(start: int, end: int, names: list[str],
                      found: list[tuple[int, int, list[str]]]) -> bool:
    """Whether a dimension cue is a word of a longer cue of another dimension: "size" of
    "batch size" (a count: "lambda sqs batch size max" is not "400,000 GB"), "storage" of
    "minimum storage duration" (a duration, not "5 GB"). Sizes and throughputs are read
    together, as the lexicon lists them ("write capacity": "capacity" is a size too)."""
    return any(a <= start and end <= b and (a, b) != (start, end) and not set(names) & set(longer)
               and not set(names) | set(longer) <= _SIZE_DIMENSIONS
               for a, b, longer in found)


_WAIT_VERBS = frozenset({"wait", "waits", "waiting"})
_CAN = frozenset({"can", "could"})


def _asks_how_much_can(toks: list[str]) -> bool:
    """"how much X can ..." asks how much is possible, a maximum, as "how long can" and "how
    big can" do (the lexicon's cues); a quantity word between ("how much memory can")
    keeps it from being one phrase."""
    return any(toks[i:i + 2] == ["how", "much"] and _CAN.intersection(toks[i + 2:i + 5])
               for i in range(len(toks) - 1))


def _code_as_modifier(toks: list[str], start: int, end: int, lex: Lexicon) -> bool:
    """A lone "code" that qualifies the noun after it ("lambda code storage per region",
    "code size") names program code, not an error code asked for."""
    if end - start != 1 or toks[start] not in ("code", "codes") or end >= len(toks):
        return False
    after = toks[end]
    return after.isalpha() and after not in lex.stopwords and not any(
        (after,) in cues for cues in (lex.kinds, lex.qualifiers))


_CONCURRENCY = ("concurrency", "concurrent")
_BEYOND = lazy_compile(r"\b(?:than|over|above|beyond|exceeds?|exceeding|past)\s*$")


def _read_numbers_and_codes(q: Query, lex: Lexicon, consumed: set[int]) -> None:
    """Numbers with units; error codes and exception names; a limit on a plural noun."""
    toks = q.tokens
    statuses = statuses_typed(toks)  # "s3 301 error": a redirect's code asked
    for number, unit, written in numbers_with_units(q.text):
        if unit is None and number == int(number) and (
                is_status_code(str(int(number))) or str(int(number)) in statuses):
            q.codes.add(str(int(number)))
        elif _BEYOND.search(q.text.split(written, 1)[0]):
            # "sqs message bigger than 256kb": what happens past the limit is asked, not
            # the limit (a statement answers)
            q.concept = True
        else:
            q.numbers.append((number, unit))
            if unit:
                q.dimensions.add(unit)
    for t in toks:
        if is_status_code(t):
            q.codes.add(t)
        elif t.endswith(_CODE_SUFFIXES) and len(t) > 9 and t not in lex.known_words:
            q.codes.add(t)  # "ThrottleError", "CodeStorageExceededException"
    if q.codes:
        q.kinds.add(Kind.ERROR_CODE)
    # "max messages", "lambda max layers": a limit on a plural noun is a count.
    plurals = [t for i, t in enumerate(toks)
               if i not in consumed and t not in lex.stopwords and _plural(t)
               and not _api_name(t, lex)  # "GetRecords" names an API, it counts nothing
               # "organizations default account limit" names AWS Organizations, counts none
               and lex.services.get((t,)) not in q.services
               and not any((t,) in cues for cues in (lex.qualifiers, lex.kinds, lex.dimensions))]
    # "gsi per table": a subject's short name per a thing counts it as a plural does
    named_per = any(t == "per" and _named_before_per(toks, i, lex) is not None
                    for i, t in enumerate(toks) if i)
    # A bound ("max", "min") on a plural asks how many; a default does not ("asg uses elb
    # health check by default?": "uses" is a verb, and a default is a setting's value).
    bounded = any(x in ("max", "min") for x in q.qualifiers)
    if bounded and not q.dimensions and not q.codes and (plurals or named_per):
        q.dimensions.add("count")
        q.count_guessed = True
    # "sns subscriptions per topic", "vpcs per region": a plural per a thing asks how many.
    per_count = not (q.qualifiers or q.dimensions or q.kinds) and (named_per or any(
        t == "per" and _plural(toks[i - 1]) for i, t in enumerate(toks) if i))
    if per_count:
        q.dimensions.add("count")
        q.count_guessed = True
    if "count" in q.dimensions and not q.codes:
        _read_counted(q, lex, plurals)
    # a measure asked by its unit: the units it may be stated in, any of the unit's dimension
    # ("how many gb of memory" is answered by "10,240 MB", "how many kb" not by "1 RCU", which
    # states no size; lookup/unit_asked.py). No thing counted: read as one, a statement
    # ("1 or 3 yr term") was held to a count's tests
    q.unit_words = frozenset(stem(t) for t in units_asked(q.tokens))


def _initials_named(token: str, lex: Lexicon) -> bool:
    """A short name typed in the singular that the lexicon knows as a subject's ("gsi per
    table" asks how many GSIs, as "gsis per table" does)."""
    return 2 < len(token) <= 4 and token.isalpha() and (token,) in lex.subjects


# a bound typed between the thing counted and its "per" ("nacl max per vpc", "gsi limit per
# table"): the thing is still what is counted
_BOUND_BEFORE_PER = frozenset({"max", "maximum", "limit", "quota"})


def _named_before_per(toks: list[str], i: int, lex: Lexicon) -> str | None:
    """The subject's short name counted by the "per" at `i`: typed right before it, in the
    singular or the plural ("nacls per vpc" asks how many NACLs, as "gsi per table" asks
    how many GSIs), or before a bound typed there ("nacl max per vpc")."""
    at = i - 1
    if at > 0 and toks[at] in _BOUND_BEFORE_PER:
        at -= 1
    word = toks[at]
    if _initials_named(word, lex) or (word.endswith("s") and _initials_named(word[:-1], lex)):
        return word
    return None


def _read_counted(q: Query, lex: Lexicon, plurals: list[str]) -> None:
    """What a count asks for: "iam roles per account" counts roles."""
    toks = q.tokens
    after_per = {toks[i + 1] for i, t in enumerate(toks[:-1]) if t == "per"}
    q.counted = {stem(t) for t in plurals  # "delaysecs" is two words, not a plural
                 if t not in after_per and not _split_compound(t, lex)}
    asked = _how_many_noun(toks, lex)
    if times_counted(toks):  # "how many times does lambda retry": occurrences ("2 times"),
        # and what occurs, the word typed that the lexicon reads as a count ("retry":
        # retries, attempts): "3 attempts" counts them, "5 targets per rule" none
        q.counted |= {stem(w) for t in toks for form in counted_forms(t, lex) for w in form}
    if asked:  # "how many ips aws reserves per subnet" counts ips, short as the word is
        q.counted.add(stem(asked))
    # "elastic ips per region": the plural before "per" is counted, short as it is
    q.counted |= {stem(toks[i - 1]) for i, t in enumerate(toks) if t == "per" and i
                  and _short_plural(toks[i - 1], lex)}
    q.counted |= {stem(w) for i, t in enumerate(toks) if t == "per" and i
                  for w in [_named_before_per(toks, i, lex)] if w}


def counted_forms(word: str, lex: Lexicon) -> list[tuple[str, ...]]:
    """`word` and what the lexicon spells it out as, where one of them is a count's cue
    ("retry": "retries", "attempts"); none where none is."""
    forms = [(word,), *lex.abbreviations.get((word,), [])]
    if any("count" in lex.dimensions.get(form, ()) for form in forms):
        return forms
    return []


def _short_plural(word: str, lex: Lexicon) -> bool:
    """A plural of three letters ("ips", "azs"), which _plural leaves for a word."""
    return len(word) == 3 and word.isalpha() and word.endswith("s") and \
        word not in lex.stopwords and word[:-1] not in lex.stopwords


def _how_many_noun(toks: list[str], lex: Lexicon) -> str | None:
    """The plural typed right after "how many" ("ips", "vpcs"): what the question counts,
    short as it may be."""
    for i, t in enumerate(toks[:-2]):
        at = i + 2
        if toks[at] in _VENDOR_WORDS and at + 1 < len(toks):
            at += 1  # "how many aws budgets are free" counts budgets; "aws" is no plural
        if (toks[at],) in lex.services and at + 1 < len(toks) \
                and (toks[at], toks[at + 1]) in lex.services:
            # "how many s3 buckets can i have" counts buckets, though "s3 buckets" is also
            # a name of S3 (a name of two words: "how many sqs messages" keeps its words)
            at += 1
        nxt = toks[at]
        if t == "how" and toks[i + 1] == "many" and len(nxt) >= 3 and nxt.isalpha() \
                and nxt.endswith("s") and not nxt.endswith(("ss", "us", "is")):
            return nxt
    return None


_VENDOR_WORDS = frozenset({"aws", "amazon"})


# How a question about a concept opens ("what happens when the visibility timeout expires"):
# its answer is a statement, even if it names a quantity ("timeout").
_CONCEPT_OPENERS = (("what", "happens"), ("what", "happen"), ("why",), ("explain",),
                    ("what", "is"), ("what", "are"), ("what", "does"), ("what", "do"),
                    ("how", "does"), ("how", "do"), ("is",), ("are",), ("does",), ("do",),
                    ("can",), ("should",), ("when", "should"), ("what", "should"),
                    ("how", "should"), ("difference",))
_DEFINITION = re.compile(r"=\s*\?\s*$")  # "1 wcu = ?": what it stands for
_DEFINE_OPENERS = (("what", "is"), ("what", "s"), ("define",), ("meaning", "of"))
_DEFINE_ENDS = frozenset({"equals", "equal", "means", "mean", "is", "meaning"})


def _defines_one(toks: list[str]) -> bool:
    """"1 rcu equals", "what is 1 rcu": what one of a unit stands for ("1 RCU = one
    strongly consistent read of up to 4 KB"), asked by a one typed before a name that is no
    unit of measure."""
    rest = list(toks)
    for opener in _DEFINE_OPENERS:
        if tuple(rest[:len(opener)]) == opener:
            rest = rest[len(opener):]
            break
    if rest and rest[-1] in _DEFINE_ENDS:
        rest = rest[:-1]
    elif len(rest) > 2 and rest[-1].isalpha() and numbers_with_units(f"1 {rest[-1]}")[0][1] \
            and (rest[-3:-1] == ["how", "many"] or rest[-2] == "in"):
        rest = rest[:-3] if rest[-2] == "many" else rest[:-2]  # "1 rcu how many kb"
    return len(rest) == 2 and rest[0] in ("1", "one") and rest[1].isalpha() \
        and numbers_with_units(f"1 {rest[1]}")[0][1] is None


_STRONG_OPENERS = (("what", "happens"), ("what", "happen"), ("why",), ("explain",))


# Asked at the end or in the middle ("lambda in a vpc cant reach internet why", "sqs message
# too big what do i do", "... hot partition fix"): a remedy or a reason, which a statement
# gives; so does a recommendation ("visibility timeout recommendation for lambda sqs
# trigger": "set it to 6x the function timeout", not the default's 30 s).
_ASKS_ANYWHERE = (("why",), ("what", "do", "i", "do"), ("what", "to", "do"), ("how", "to"),
                  ("fix",), ("solution",), ("workaround",), ("how", "come"),
                  ("recommendation",), ("recommended",), ("recommend",))


def _asks_anywhere(toks: tuple[str, ...]) -> bool:
    return any(toks[i:i + len(o)] == o for o in _ASKS_ANYWHERE for i in range(len(toks)))


def _read_question_form(q: Query) -> None:
    """A concept question: opens like one, and asks for no qualifier, number or code; or
    asks what a thing stands for ("1 wcu = ?": a statement defines it)."""
    toks = tuple(q.tokens)
    if q.codes:
        return
    if _DEFINITION.search(q.raw) or _defines_one(q.tokens):
        q.concept = True
        q.dimensions.clear()
        q.numbers.clear()  # "1 RCU" names the thing defined, not a value asked
        return
    strong = any(toks[:len(o)] == o for o in _STRONG_OPENERS) or _asks_anywhere(toks) \
        or _opens_what_happens(toks)
    if q.qualifiers or (q.numbers and not _opens_what_happens(toks)):
        return  # "what happens if reserved concurrency is set to 0": the number is the
        # condition the question sets, not a value it asks for (it stays a number typed)
    if Kind.INVOCATION_MODE in q.kinds and not strong:
        return  # "how does s3 invoke lambda": the answer is a mode
    if strong or any(toks[:len(o)] == o for o in _CONCEPT_OPENERS):
        q.concept = True
        q.dimensions.clear()  # "timeout" names the thing asked about, not a duration asked


DATE = "date"  # the dimension of a question asking when ("when did s3 get strong consistency")
_WHEN_OPENERS = (("when", "did"), ("when", "was"), ("when", "were"), ("when", "has"),
                 ("when", "have"), ("what", "year"), ("which", "year"),
                 ("what", "date"))
RELEASE_WORDS = frozenset({"launch", "launched", "released", "release", "introduced",
                            "announced", "ga", "added"})
# An end asked ("deprecated") stays a topic word: a date of launch does not answer it.
_END_WORDS = frozenset({"deprecated", "retired"})
# Words of a question asking when that say only that something changed or began.
_CHANGE_WORDS = frozenset({"when", "did", "was", "were", "has", "have", "is", "are", "year",
                           "date",
                           "since", "become", "became", "go", "went", "get", "got", "come",
                           "came", "change", "changed", *RELEASE_WORDS})


def _read_date_asked(q: Query, consumed: set[int]) -> None:
    """A question asking when a change came ("when did lambda timeout become 15 min", "lambda
    tmp 10gb since when", "when was lambda function url launched"): a date answers it,
    whatever the numbers typed measure (they say which change), and its words of change are
    no topic. Not a name ending in a word of release ("ec2 launch", "codepipeline release",
    "global accelerator ga"): those are exam topics, not dates asked."""
    toks = tuple(q.tokens)
    asks = any(toks[:len(o)] == o for o in _WHEN_OPENERS) or any(
        toks[i:i + 2] == ("since", "when") for i in range(len(toks) - 1)) or (
        toks[:1] == ("when",) and toks[-1] in RELEASE_WORDS | _END_WORDS)  # "when is ...
    # deprecated"
    if not asks:
        return
    q.dimensions = {DATE}
    q.kinds.clear()
    q.qualifiers.clear()
    q.concept = False
    consumed.update(i for i, t in enumerate(toks) if t in _CHANGE_WORDS)


DISTANCE = "distance"  # the dimension of a question asking how far apart ("how far apart
# are azs"): "how far" alone asks a duration ("aurora backtrack how far", "forecast how far")
_FAR_WORDS = frozenset({"apart", "away"})  # "far apart", "far away"
# a length unit typed ("azs distance km"); "m" and "mi" are no length typed (minutes),
# nor "kms" (the key management service)
_LENGTH_UNITS = frozenset({"km", "kilometer", "kilometers", "kilometre", "kilometres",
                           "mile", "miles", "meter", "meters", "metre", "metres"})


def _read_distance_asked(q: Query, consumed: set[int]) -> None:
    """A question asking a distance ("how far apart are azs", "distance between azs in a
    region", a length unit typed): a length in km or miles answers it, no duration; its
    words asking it are no topic (a note writes "AZs within 100 km of each other").
    "distance" alone is a topic word, no length asked: "route 53 routing based on
    distance" (geoproximity), "opensearch fuzzy max edit distance" (2)."""
    toks = q.tokens
    far = {i for i, t in enumerate(toks) if t in _FAR_WORDS and list(toks[i - 1:i]) == ["far"]}
    far.update(i - 1 for i in list(far))
    between = {i for i, t in enumerate(toks)
               if t == "distance" and list(toks[i + 1:i + 2]) == ["between"]}
    between.update(i + 1 for i in list(between))
    if not far and not between and not _LENGTH_UNITS.intersection(toks):
        return
    q.dimensions = {DISTANCE}
    q.concept = False
    consumed.update(far | between)


def _opens_what_happens(toks: tuple[str, ...]) -> bool:
    """"what happens ...", opening the question or ending it ("reserved concurrency set to
    0 what happens": typed as a note is searched, the question last)."""
    return any(toks[:len(o)] == o or toks[-len(o):] == o for o in _STRONG_OPENERS[:2])


def _read_concepts(q: Query, lex: Lexicon, consumed: set[int],
                   subject_spans: list[tuple[int, int, str]], vocabulary, in_notes,
                   note_fix=None, note_split=None, linked_otherwise=None) -> dict[int, str]:
    """One concept per content word, holding the stems that would mean it (the word, what
    its abbreviation stands for, a typo's fix, related words for less). Returns the content
    words by position."""
    toks = q.tokens
    in_subject = {i for start, end, _ in subject_spans for i in range(start, end)}
    content_at = {i: t for i, t in enumerate(toks)
                  if i not in consumed and (t not in lex.stopwords or i in in_subject
                                            or _method_of_requests(toks, i))}
    concept_at: dict[int, dict[str, float]] = {i: {stem(t): W_OWN} for i, t in content_at.items()}
    said_glued(toks, q.glued, concept_at, W_OWN)  # "256kb" read apart: "256KB" says both
    unknown = [t for t in content_at.values() if t not in lex.known_words
               and stem(t) not in lex.known_stems
               and not t[0].isdigit() and len(t) >= 4 and t not in q.codes]
    fixed: dict[str, str] = {}
    split: dict[str, list[str]] = {}
    # A typo the notes share ("retension" in one note, "retention" in the others) is not
    # fixed by the fact base's words: it also means the lexicon word one edit away.
    near_known: dict[str, str] = {}
    if in_notes is not None:
        near = {t: w for t in unknown if (w := _one_edit_known(t, lex))}
        kept = []
        for t in unknown:
            if not in_notes(t):
                kept.append(t)
            elif t in near:
                near_known[t] = near[t]
        unknown = kept
    if unknown and vocabulary is not None:
        fixed = _fix_typos(q, unknown, lex, vocabulary())
        if note_fix is not None:
            products = product_names(q)
            for t in unknown:
                if t not in fixed and t not in q.corrections and t not in products \
                        and (fix := note_fix(t)):
                    fixed[t] = q.corrections[t] = fix
    compound = {t: _split_compound(t, lex) for t in unknown}  # the lexicon's own splits
    if note_split is not None:
        # a word no fix reaches that the notes write apart ("onramp": "Enterprise On-Ramp")
        # is their two words ("enterprise onramp monthly price" was Enterprise's $15,000)
        split = {t: parts for t in unknown if t not in fixed and not compound[t]
                 and (parts := note_split(t))}
        unknown = [t for t in unknown if t not in split]
        q.written_apart = split
    _read_fixed_dimensions(q, lex, {**near_known, **fixed})
    initials = _add_meanings(q, lex, consumed, concept_at)
    # A word in the notes one letter from a lexicon word counts as both (near_known).
    splits: dict[str, list[str] | None] = {**{t: compound[t] for t in unknown}, **split}
    _add_fixes(len(toks), lex, content_at, concept_at, {**near_known, **fixed}, splits)
    q.name_parts = {**initials, **_add_subject_words(subject_spans, concept_at,
                                                     dict((sub, own) for own, sub in q.subjects))}
    if in_notes is not None:
        _add_written_whole(toks, lex, concept_at, in_notes, linked_otherwise)
    q.concepts = [c for _, c in sorted(concept_at.items()) if c]
    return content_at


def _read_fixed_dimensions(q: Query, lex: Lexicon, fixes: dict[str, str]) -> None:
    """A mistyped word asks what its fix asks: "lamda memroy" asks a size, as "lambda
    memory" does (a size of something else, "/tmp (not memory) 512 MB", is then no answer).
    One word cues only, not after "per" ("iops per gbb")."""
    toks = q.tokens
    for i, t in enumerate(toks):
        fix = fixes.get(t)
        if fix and (fix,) in lex.dimensions and not (i and toks[i - 1] in _PER_TOKENS) \
                and _near_spelling(t, fix):
            q.dimensions.update(lex.dimensions[(fix,)])


TYPO_PREFIX = 3  # letters a mistyped cue keeps of the word meant ("memroy": "mem")


def _near_spelling(typed: str, fix: str) -> bool:
    """A slip of the keys, not another word the fixer found near: "memroy" is "memory",
    "bandwith" "bandwidth"; "straight" is no "storage" (a size is not asked)."""
    return typed[:TYPO_PREFIX] == fix[:TYPO_PREFIX] and abs(len(typed) - len(fix)) <= 1


JOINED = 3  # words typed apart that a note may write as one word ("fan out": "fanout")
INITIALS = (3, 5)  # how many words a note may write by their initials ("pitr")


def _add_written_whole(toks: list[str], lex: Lexicon, concept_at: dict[int, dict[str, float]],
                       in_notes, linked_otherwise=None) -> None:
    """Words typed apart that the notes write as one: joined ("fan out" -> "fanout",
    "max receive count" -> maxReceiveCount) or by their initials ("point in time recovery"
    -> PITR, "time to live" -> TTL). A note that writes the one word says each word of the
    run; only words the notes use are added (one full-text probe each)."""
    runs: dict[str, list[int]] = {}
    versus = bool(VERSUS.intersection(toks))
    for i in range(len(toks)):
        for n in range(2, JOINED + 1):
            run = list(range(i, i + n))
            if run[-1] < len(toks) and all(j in concept_at and toks[j].isalpha()
                                            and len(toks[j]) >= 3
                                            and stem(toks[j]) not in lex.cue_stems
                                            for j in run):
                runs.setdefault("".join(toks[j] for j in run), run)
        for n in range(INITIALS[0], INITIALS[1] + 1):
            run = list(range(i, i + n))
            if run[-1] < len(toks) and run[0] in concept_at and run[-1] in concept_at \
                    and all(toks[j].isalpha() and stem(toks[j]) not in lex.cue_stems
                            for j in run):  # "max event size" is no "MES"
                initials = "".join(toks[j][0] for j in run)
                if _initials_of_others(initials, [toks[j] for j in run], lex):
                    continue  # "svc" (service) is no "site vpn connection"
                runs.setdefault(initials, [j for j in run if j in concept_at])
        # "security group vs nacl": the lines defining each side answer; one naming both by
        # initials ("NACL deny (SG can't deny)") would outrank them as naming both
        pair = "" if versus else _two_word_initials(toks, i, lex, concept_at, linked_otherwise)
        if pair:
            runs.setdefault(pair, [i, i + 1])
    for word, run in runs.items():
        if word.lower() in lex.stopwords or word.lower() in toks or not in_notes(word):
            continue  # a word of its own ("the", "use"), or one the notes never write
        word = word.split(" ", 1)[0].lower()
        for j in run:
            _put(concept_at[j], word, W_WHOLE)


def _two_word_initials(toks: list[str], i: int, lex: Lexicon,
                       concept_at: dict[int, dict[str, float]], linked_otherwise) -> str:
    """The word the notes may write the two words typed at `i` as, by their initials: "sg"
    where the lexicon spells "sg" out as those words ("cross-zone LB", "in the SG"), unless a
    note spells them out otherwise ("DB subnet group (SG)"); else "SG security group", a
    probe said only where a line links them to the words in capitals ("security group
    (SG)", "SG = security group"): any two words' initials would else be "said" by any line
    writing them ("PG" for "parameter group"); "" for neither."""
    if i + 1 >= len(toks) or i not in concept_at or i + 1 not in concept_at:
        return ""
    words = toks[i:i + 2]
    initials = words[0][0] + words[1][0]
    linked = f"{initials.upper()} {words[0]} {words[1]}"
    if _lexicon_initials(initials, words, lex):
        other = linked_otherwise is not None and linked_otherwise(linked)
        return linked if other else initials
    return linked if _pair_initials(toks, i, lex, concept_at) else ""


def _pair_initials(toks: list[str], i: int, lex: Lexicon,
                   concept_at: dict[int, dict[str, float]]) -> str:
    """The initials of the two words typed at `i` ("load balancing" -> "lb", "security
    group" -> "sg"), which notes write for them ("cross-zone LB", "port 2049 in the SG");
    "" where two letters would read as a word the lexicon knows otherwise (a unit, "ms",
    "kb"; "az") or the words are short or cues ("max size" is no "ms")."""
    if i + 1 >= len(toks) or i not in concept_at or i + 1 not in concept_at:
        return ""
    words = toks[i:i + 2]
    if not all(w.isalpha() and len(w) >= 3 and stem(w) not in lex.cue_stems for w in words):
        return ""
    initials = words[0][0] + words[1][0]
    return "" if (initials in lex.known_words or initials in words
                  or initials in lex.stopwords) else initials


def _lexicon_initials(initials: str, words: list[str], lex: Lexicon) -> bool:
    """Whether the lexicon spells `initials` out as the two words typed ("lb": "load
    balancing", "sg": "security group"): notes write them so without ever linking them to
    the words ("cross-zone LB: ALB on, NLB off by default")."""
    return (initials,) in lex.abbreviations and not _initials_of_others(initials, words, lex)


def _initials_of_others(initials: str, words: list[str], lex: Lexicon) -> bool:
    """Whether the lexicon reads `initials` as a short form of other words than `words`:
    "svc" is "service", so a note's "only AWS svc w/ 100% availability SLA" does not write
    "site to site vpn connection price" by its initials ("TTL" is "time to live" still)."""
    meant = lex.abbreviations.get((initials,))
    if not meant:
        return False
    typed = tuple(stem(w) for w in words)  # "global secondary indexes": GSI's words
    # "multi part upload" is the lexicon's "multipart upload" (MPU) typed apart
    spelled = "".join(words).lower()
    return all(tuple(stem(w) for w in target) != typed and "".join(target) != spelled
               for target in meant)


def _add_fixes(n_tokens: int, lex: Lexicon, content_at: dict[int, str],
               concept_at: dict[int, dict[str, float]], fixed: dict[str, str],
               splits: dict[str, list[str] | None]) -> None:
    """A typo's fix (with what it stands for and related words), or an unknown compound
    split in two (a part that is a stop word, "on" of "onramp", is no concept)."""
    for i, t in content_at.items():
        if t in fixed:
            fix = fixed[t]
            concept = concept_at[i]
            _put(concept, fix, W_FIXED)
            for table, weight in ((lex.abbreviations, W_FIXED), (lex.related, W_SYNONYM)):
                for target in table.get((fix,), []):
                    for w in target:
                        if w not in lex.stopwords:
                            _put(concept, w, weight)
        elif split := splits.get(t):  # "delaysecs": two concepts, delay and seconds
            parts = [p for p in split if p not in lex.stopwords] or split
            concept_at[i] = _concept(parts[0], lex, W_FIXED)
            if len(parts) > 1:
                concept_at[n_tokens + i] = _concept(parts[1], lex, W_FIXED)


_HTTP_METHODS = frozenset({"get", "put", "post", "delete", "head"})


def _method_of_requests(toks: list[str], i: int) -> bool:
    """"get" of "s3 get requests per second" names the HTTP method counted ("5,500 GET/HEAD
    per sec"), not the verb a question asks with."""
    return toks[i] in _HTTP_METHODS and i + 1 < len(toks) and toks[i + 1].startswith(
        "request")


def _add_subject_words(subject_spans: list[tuple[int, int, str]],
                       concept_at: dict[int, dict[str, float]], owners: dict[str, str]
                       ) -> dict[str, frozenset[str]]:
    """A subject typed by an alias ("identiy pool", "dlq") means its canonical words too;
    one word typed for the whole name does not mean a word of its service's own name ("api"
    of "WebSocket API", of API Gateway, is said by every fact of the service, and would
    stand for "websocket" in full). Returns, for each word typed alone for a name of
    several words, the stems of that name: the name is said by the word typed or by all of
    them ("function" alone does not say the "url" of "lambda function url")."""
    parts: dict[str, frozenset[str]] = {}
    for start, end, subject in subject_spans:
        words = tokens(normalize(subject))
        spots = [i for i in range(start, end) if i in concept_at]
        if len(spots) == 1:  # one word typed for the whole name
            own = set(tokens(normalize(owners.get(subject, ""))))
            words = [w for w in words if w not in own] or words
            typed = next(iter(concept_at[spots[0]]), "")  # the stem of the word typed
            if typed and len(words) > 1:
                parts[typed] = frozenset(stem(w) for w in words)
        for k, i in enumerate(spots):
            for w in (words if len(spots) == 1 else words[k:k + 1]):
                _put(concept_at[i], w, W_OWN)
    return parts


def _meaning_tables(q: Query, lex: Lexicon) -> list[tuple[dict, float]]:
    """The lexicon's tables of what a phrase means, each with its words' weight: a code
    asked ("s3 getobject no perms error": AccessDenied; "s3 key missing http status":
    NoSuchKey) also reads the code's words for a cause (lexicon "error_causes")."""
    tables = [(lex.abbreviations, W_OWN), (lex.related, W_SYNONYM)]
    if Kind.ERROR_CODE in q.kinds or STATUS_BY_NAME <= set(q.tokens):
        tables.append((lex.error_causes, W_SYNONYM))
    return tables


def _add_meanings(q: Query, lex: Lexicon, consumed: set[int],
                  concept_at: dict[int, dict[str, float]]) -> dict[str, frozenset[str]]:
    """What abbreviations stand for (in full) and related words (for less), by phrase.
    Returns, for each word typed that stands for a phrase ("pitr": point in time
    recovery), the stems of the phrase: the phrase is said by the word typed or by all of
    its words, never by one of them ("time" of "29 sec" says no PITR; answer._name_said)."""
    parts: dict[str, frozenset[str]] = {}
    free = [t if i not in consumed else "\x00" for i, t in enumerate(q.tokens)]
    for table, weight in _meaning_tables(q, lex):
        for start, end, targets in _all_ngrams(free, table):
            covered = [i for i in range(start, end) if i in concept_at]
            if covered:
                concept = concept_at[covered[0]]
                if table is lex.abbreviations:
                    # "concurrent executions" -> concurrency: the phrase is one concept, said
                    # by its meaning or by any of its words
                    for i in covered[1:]:
                        for w, v in concept_at.pop(i).items():
                            _put(concept, w, v)
            elif end - start > 1:  # a phrase of stopwords: "how long", "how big"
                concept = concept_at.setdefault(-start - 1, {})
            else:
                continue
            for target in targets:
                for w in target:
                    if w not in lex.stopwords:
                        _put(concept, w, weight)
                name = frozenset(stem(w) for w in target if w not in lex.stopwords)
                if table is lex.abbreviations and end - start == 1 and len(name) > 1 \
                        and stem(free[start]) not in parts:
                    parts[stem(free[start])] = name
    return parts


# the words that ask an HTTP status by name ("nosuchkey http status"): a code is asked
STATUS_BY_NAME = frozenset({"http", "status"})


# the words that type a comparison (public: initials_said reads one as the query does)
VERSUS = frozenset({"vs", "versus", "v"})
_CHOOSE = frozenset({"use", "choose", "pick", "prefer", "select"})
# ("diff", "diffs": "difference" as typed, "cloudtrail vs config diff"; a concept that no
# line says, it kept every answer to such a query at half its topic: unseen154, 170, 212;
# public: lookup/aspect_first.py's COMPARING is these words, less "instead", and a few more)
COMPARE_WORDS = frozenset({"difference", "differences", "diff", "diffs", "different",
                            "differ", "compare", "compared", "comparison", "between",
                            "instead"})


def _read_comparison(q: Query, lex: Lexicon, long_names: list[tuple[int, int, str]]) -> None:
    """"sqs vs sns", "when should i use kinesis over sqs", "difference between alb and nlb":
    two things compared. Each side becomes a topic concept (the statement that answers names
    both), "difference" stops being one, and the question asks for a statement."""
    toks = q.tokens
    joins = [i for i, t in enumerate(toks) if 0 < i < len(toks) - 1 and (
        t in VERSUS or (t in ("over", "instead") and _CHOOSE & set(toks[max(0, i - 4):i]))
        or (t == "and" and "between" in toks[max(0, i - 4):i]))]
    if not joins:
        return
    i = joins[0]
    at = next((k for k in range(i - 1, max(-1, i - 4), -1) if _side_word(toks[k], lex)), None)
    after = next((t for t in toks[i + 1:i + 4] if _side_word(t, lex)), None)
    if at is None or not after or toks[at] == after:
        return
    before = toks[at]
    start = toks.index(after, i + 1)
    # "step functions instead of lambda", "kinesis data streams vs firehose", "cloudfront vs
    # global accelerator": a side that is a service's name of several words
    # (`long_names`: as _read_names found them)
    lead = next((name for a, b, name in long_names if a <= at < b), None)
    trail = next((name for a, b, name in long_names if a <= start < b), None)
    if at > 0 and _side_word(toks[at - 1], lex) and (toks[at - 1],) not in lex.services \
            and not lead:
        _read_phrase_sides(q, lex, at, start)
        return  # "task role vs task execution role": sides of several words, not names
    read = [(lex.services.get((t,)), False) if (t,) in lex.services else _owner_read(q, t, lex)
            for t in (before, after)]
    owners = [lead or read[0][0], trail or read[1][0]]
    sides = []
    for t, owner, other, adopted in ((before, owners[0], owners[1], read[0][1]),
                                     (after, owners[1], owners[0], read[1][1])):
        side = {stem(t): W_OWN}
        if owner and owner != other and not adopted:  # "sqs" is also "SQS" in full; "alb"
            # is not "ELB"
            for w in tokens(normalize(owner)):
                _put(side, w, W_OWN)
            for alias in _short_names(lex).get(owner, ()):  # and by its one-word aliases
                _put(side, alias, W_OWN)  # ("KDS", "kdf", "asg", "route53")
        sides.append(side)
    shared = set(sides[0]) & set(sides[1])  # "data" of Kinesis Data Streams and Data
    if shared and all(set(side) - shared for side in sides):  # Firehose tells neither
        sides = [{w: v for w, v in side.items() if w not in shared} for side in sides]
    q.compared.extend(sides)
    _comparison_asked(q)


def _owner_read(q: Query, word: str, lex: Lexicon) -> tuple[str, bool]:
    """The service the lexicon files the subject `word` names under, and whether the query
    read it as another's ("alias" beside "cname": Route 53's alias record, _of_the_others):
    then that one, and the side is not said by its service's name ("reserved" beside
    "provisioned concurrency" is Lambda's, whose name every Lambda line says)."""
    filed = (lex.subjects.get((word,)) or ("", ""))[0]
    for owner, subject in q.subjects:
        if filed and owner != filed and q.typed.get(subject) == word:
            return owner, True
    return filed, False


SHORT_NAME = 4  # letters of an alias written for a name ("kdf", "asg"), not a spelling of it


def _short_names(lex: Lexicon) -> dict[str, frozenset[str]]:
    """Service -> its short aliases in the lexicon ("Data Firehose": kdf; "Auto Scaling":
    asg, asgs): the names a statement comparing it may write for it, never initials made up
    from its name. A longer one spells the name out ("datafirehose"): its words say it."""
    def build(lx: Lexicon) -> dict[str, frozenset[str]]:
        found: dict[str, set[str]] = {}
        for key, name in lx.services.items():
            if len(key) == 1 and len(key[0]) <= SHORT_NAME:
                found.setdefault(name, set()).add(key[0])
        return {name: frozenset(words) for name, words in found.items()}

    return lex.derived("short_names", build)


PHRASE_SIDE = 3  # words a side compared may have ("pilot light", "multi az")


def _read_phrase_sides(q: Query, lex: Lexicon, end: int, start: int) -> None:
    """"pilot light vs warm standby", "multi az vs read replica", "http api vs rest api":
    sides of several words, each the words that tell it from the other (not "api"); said
    only where all of them are. A query that asks more than the two sides ("task role vs
    task execution role permissions") or whose sides do not differ in every word is left
    as words."""
    toks = q.tokens
    begin = _service_lead(q, toks)  # "rds multi az vs read replica": RDS's two features
    first = end
    while first > begin and end - first + 1 < PHRASE_SIDE and _side_word(toks[first - 1], lex):
        first -= 1
    # "security group vs nacl stateful or stateless": a closing choice asks which side is
    # which of two words; it is no part of the second side and asks nothing beyond the two
    choice_at = closing_choice(toks)  # the choice's "or"; its first word ends the sides
    end_of_sides = len(toks) if choice_at is None else choice_at - 1
    last = start
    while last + 1 < end_of_sides and last - start + 1 < PHRASE_SIDE and \
            _side_word(toks[last + 1], lex):
        last += 1
    last = _aspect_after_sides(toks, first, end, start, last)
    if first > begin or last < end_of_sides - 1 and not _aspect_asked(toks, first, end, start,
                                                                        last):
        return  # more is asked than which of two things: the words decide
    sides = [toks[first:end + 1], toks[start:last + 1]]
    if begin and len(sides[0]) != len(sides[1]):
        return  # "s3 object lock governance vs compliance": where the first side begins
        # after the service is a guess; only parallel sides are read as such
    named = {w for service, alias in q.typed.items() if service in q.services
             for w in alias.lower().split()}
    if named.intersection(sides[0] + sides[1]):
        return  # "step functions standard vs express": the words decide, as before
    shared = set(sides[0]) & set(sides[1])
    own = [[w for w in side if w not in shared] for side in sides]
    if not all(own) or any(len(side) - len(o) > 1 for side, o in zip(sides, own, strict=True)):
        return  # "task role vs task execution role": one side is a kind of the other
    for words in own:
        q.compared.append({stem(w): W_OWN for w in words})
    q.phrase_sides = True
    q.sides_share = {stem(w) for w in shared}
    _comparison_asked(q)


def _aspect_after_sides(toks: list[str], first: int, end: int, start: int, last: int) -> int:
    """Where the second side ends when the first has two words or more: as many words as
    the first ("multi az vs read replica cost": "read replica", then the aspect asked, which
    was read as a word of the second side), where the words after it are no word of the
    first side ("task role vs task execution role": the second side goes on)."""
    width = end - first + 1
    if width < 2 or last - start + 1 <= width:
        return last
    cut = start + width - 1
    if set(toks[cut + 1:last + 1]) & set(toks[first:end + 1]):
        return last
    return cut


def _aspect_asked(toks: list[str], first: int, end: int, start: int, last: int) -> bool:
    """Whether the words after the sides are an aspect asked of two parallel sides of two
    words or more (_aspect_after_sides), not more things asked: a question of which side
    ("pilot light vs warm standby which is cheaper") is left to the words, as before."""
    width = end - first + 1
    rest = set(toks[last + 1:])
    return width >= 2 and last - start + 1 == width and not rest & _QUESTION_WORDS \
        and not rest & set(toks[first:end + 1] + toks[start:last + 1])


# words that ask a question of the sides rather than name an aspect of them
_QUESTION_WORDS = frozenset({"which", "what", "when", "how", "why", "is", "are", "does",
                             "do", "should", "better", "or", "one"})


def _service_lead(q: Query, toks: list[str]) -> int:
    """How many of the query's first words name the service both sides belong to ("rds"
    in "rds multi az vs read replica", "cognito" in "cognito user pool vs identity pool"):
    they say whose features are compared, not a side's own words."""
    for service in q.services:
        alias = q.typed.get(service, "").lower().split()
        if alias and toks[:len(alias)] == alias:
            return len(alias)
    return 0


def _comparison_asked(q: Query) -> None:
    q.concepts = [c for c in q.concepts  # "instead" (or its near word "install") is no topic
                  if max(c, key=c.__getitem__) not in {stem(w) for w in COMPARE_WORDS}]
    for side in q.compared:
        if len(side) > 1 and all(any(w in c for c in q.concepts) for w in side):
            continue  # a side of several words typed: each word is a concept already
        same = next((c for c in q.concepts if set(side) & set(c)), None)
        if same is None:
            q.concepts.append(dict(side))  # a service name is no concept until compared
        else:
            for w, weight in side.items():
                _put(same, w, weight)
    q.concept = True
    q.dimensions.clear()


def _read_more_wanted(q: Query, lex: Lexicon) -> None:
    """"consumer needs more time to process sqs msg", "lambda needs more memory": a student
    who wants more of a measure asks how to get it (a statement: "ChangeMessageVisibility"),
    not how much of it there is; unless a bound or a number is asked as well."""
    toks = q.tokens
    if q.qualifiers or q.numbers or q.codes or not q.dimensions:
        return
    if any(t == "more" and (toks[i + 1],) in lex.dimensions for i, t in enumerate(toks[:-1])):
        q.dimensions.clear()
        q.concept = True


def _side_word(t: str, lex: Lexicon) -> bool:
    return t.isascii() and any(ch.isalpha() for ch in t) and t not in lex.stopwords \
        and t not in COMPARE_WORDS and t not in _CHOOSE


# the last word of an error code's name
_CODE_ENDINGS = frozenset({"exceeded", "exception", "error", "fault", "denied", "failed",
                           "failure", "throttled", "invalid"})


def _read_identifiers(q: Query, lex: Lexicon) -> None:
    """CamelCase API names typed ("MaxNumberOfMessages"): the name, and its parts as
    concepts and cues."""
    for parts in camel_parts(q.raw):
        if len(parts) >= 2 and sum(map(len, parts)) >= 8:
            q.identifiers.add("".join(parts))
            q.identifier_parts["".join(parts)] = frozenset(stem(p) for p in parts)
        for p in parts:
            if p not in lex.stopwords:
                q.concepts.append(_concept(p, lex, W_CAMEL))
        if parts[-1] in _CODE_ENDINGS:
            # an error code's name ("RequestLimitExceeded", "LimitExceededException") asks
            # the code: its "limit" asks no maximum
            continue
        for _, _, names in _all_ngrams(parts, lex.qualifiers):
            for name in names:
                if name not in q.qualifiers:
                    q.qualifiers.append(name)


_NAME_WORDS = frozenset({"name", "names"})
_NAME_STEMS = frozenset(stem(w) for w in _NAME_WORDS)


def _names_the_code(q: Query, lex: Lexicon) -> bool:
    """An error code asked by its name: "name" right after a word that asks a code
    ("exception name", "error name"); "s3 key name" keeps its "name"."""
    if Kind.ERROR_CODE not in q.kinds:
        return False
    cues = lex.kind_words.get(Kind.ERROR_CODE, frozenset())
    toks = q.tokens
    return any(t in _NAME_WORDS and i and stem(toks[i - 1]) in cues
               for i, t in enumerate(toks))


def _finish(q: Query, lex: Lexicon, content_at: dict[int, str]) -> None:
    """What ranking reads off the concepts: topic, best weight per stem, prefixes for near
    matches, the full-text search words, the words after "per"."""
    cue_stems = lex.cue_stems - q.plain_cues
    _runtime_as_language(q, lex)
    q.topic = [c for c in q.concepts if not all(w in cue_stems for w in c)]
    if _names_the_code(q, lex):
        # "dynamodb throttling exception name": what the error is called is asked; "name" is
        # no topic a line saying "attribute names" answers
        q.topic = [c for c in q.topic if not set(c) <= _NAME_STEMS]
    asking = _which_services_words(q.tokens)
    if asking and len(q.topic) > len(asking):
        # "which services support gateway endpoints": the answer names services; "services
        # support" asks for them, the topic is "gateway endpoints"
        q.topic = [c for c in q.topic if not set(c) <= asking]
    named = _reason_phrase_stems(q) | _symptom_stems(q)
    kept = [c for c in q.topic if max(c, key=c.__getitem__) not in named]
    if named and (kept or q.codes):
        # "alb 504 gateway timeout": the code's own name, not a topic besides it; "cant
        # reach" of "lambda in a vpc cant reach internet why" is the symptom, the answer
        # says "internet" (and when the symptom is all the query says besides its services,
        # "lambda cant connect to rds why", it stays: a Lambda fact alone answers nothing)
        q.topic = kept
    _merge_alternatives(q, content_at)
    for concept in q.concepts:
        for w, weight in concept.items():
            if weight > q.terms.get(w, 0.0):
                q.terms[w] = weight
    for w in q.terms:
        if len(w) >= 5:
            q.prefixes.setdefault(w[:5], []).append(w)
    q.search_words = _search_words(q, list(content_at.values()), _short_forms_of(lex))
    toks = q.tokens
    # a typo after "per" ("per acount") asks per what its fix names
    q.denominators = {stem(w) for i, t in enumerate(toks[:-1])
                      if t == "per" and i + 1 in content_at
                      and not (q.all_services() and billed_per(toks, i, i + 2, _PER_TOKENS))
                      for w in (toks[i + 1], q.corrections.get(toks[i + 1], toks[i + 1]))}
    # "how many s3 buckets can an account have": a scope typed without "per" is still what
    # the count is per ("100 buckets per account" says it per account, and says it all)
    q.denominators |= _things_named_per(q) | (q.plain_cues & _scope_stems(lex))
    q.denominators |= _services_named_per(toks, content_at, lex)
    q.denominators |= named_per(toks, lex)  # "per security group": "per SG" says it


def _services_named_per(toks: list[str], content_at: dict[int, str], lex: Lexicon
                        ) -> set[str]:
    """A service's name after "per" is what the count is per too: the word after it ("max
    lsi per dynamodb table": per table), else a name of one word of a service that is itself
    a resource ("max security groups per vpc": "5 SGs per ENI" is per another thing; "per
    dynamodb" names no one thing, per_service)."""
    out: set[str] = set()
    for i, t in enumerate(toks[:-1]):
        if t != "per":
            continue
        j = i + 2 if toks[i + 1] in _ARTICLES else i + 1
        span = _ngrams(toks[j:j + MAX_PHRASE], lex.services)[:1]
        if not span or span[0][0] != 0:
            continue
        end = j + span[0][1]
        if end < len(toks) and end in content_at and stem(toks[end]) not in lex.cue_stems:
            out.add(stem(toks[end]))  # ("per vpc limit": "limit" is a cue, no thing)
        elif end - j == 1 and toks[j] not in lex.ambiguous and is_resource(span[0][2]):
            out.add(stem(toks[j]))
    return out


def _things_named_per(q: Query) -> set[str]:
    """"max tags per s3 bucket", "on an s3 bucket": the thing a service's name typed after
    "per" ("on an", "in a") ends with is what the count is per, as "per bucket" says, though
    the name is no topic word: "10 tags (per object)" is per another thing."""
    toks = q.tokens
    out = set()
    for words in _names_ending_in_a_thing(q):
        for i in range(1, len(toks) - len(words) + 1):
            before = toks[i - 2:i] if i >= 2 and toks[i - 1] in _ARTICLES else toks[i - 1:i]
            if before[:1] and before[0] in _PER_ONE and toks[i:i + len(words)] == words:
                out.add(stem(words[-1]))
    return out


def _names_ending_in_a_thing(q: Query) -> list[list[str]]:
    """The service names typed (their words, lower case) that end with a thing of the
    service, a word no part of its name: "s3 bucket", "sqs queue", "ebs volume"."""
    out = []
    for service, typed in q.typed.items():
        words = typed.lower().split()
        if len(words) > 1 and words[-1].isalpha() and words[-1] not in service.lower().split():
            out.append(words)
    return out


_ARTICLES = frozenset({"a", "an", "the", "each", "one"})
_PER_ONE = frozenset({"per", "on", "in"})  # "max tags on an s3 bucket": per bucket


_CHOICE_OPENINGS = frozenset({"is", "are", "does", "do", "should", "will", "can", "which"})
CHOICE_AFTER = 2  # words a closing choice needs before it: "sg stateful or stateless"


def closing_choice(toks: list[str]) -> int | None:
    """Where the "or" of a query's last three words "A or B" is ("nacl stateful or
    stateless"), after at least CHOICE_AFTER words saying what is chosen about; None when
    the query does not close so."""
    i = len(toks) - 2
    if i >= CHOICE_AFTER and toks[i] == "or" and stem(toks[i - 1]) != stem(toks[i + 1]) \
            and toks[i + 1] not in _NO_CHOICE:
        return i
    return None


# "multi az vs read replica or both": an "or" closing on these offers no second word, and
# taking "replica or both" as the choice would cut the second side short
_NO_CHOICE = frozenset({"both", "not", "neither", "either", "none", "all", "no", "nothing",
                        "other", "another", "something", "else"})


def _merge_alternatives(q: Query, content_at: dict[int, str]) -> None:
    """"is sns push or pull", "is s3 strongly or eventually consistent": a question that
    offers two words to choose from is answered by a line that says either ("SNS: push,
    pub/sub"): the two are one topic concept, said by either word. A choice closing the
    query ("security group vs nacl stateful or stateless", closing_choice) is kept as two
    concepts each said by either word, and marked on the Query (Query.choice)."""
    toks = q.tokens
    opened = bool(toks) and toks[0] in _CHOICE_OPENINGS and not q.compared
    # "security group vs nacl stateful or stateless", "s3 event notifications sync or
    # async": two words closing the query offer the choice as well
    closing = closing_choice(toks)
    # (read again: a typo fixed since _read_delivery_choice may have named Lambda, "lambdda
    # sqs push or poll"; what the answer score reads, answer._no_delivery_answer)
    q.delivery_sides = _delivery_sides(toks, q.services)
    if not (q.compared or len(q.topic) > 2 or q.delivery_sides):
        # the choice is all a closing "A or B" asks ("sqs standard or fifo"): a line saying
        # one side ("120,000 inflight messages standard") answers no "which one"; how a
        # service delivers ("sns push or poll") is one way or the other, and a line saying
        # one ("SNS = push") answers it (lookup/delivery_choice.py)
        closing = None
    for i, t in enumerate(toks[1:-1], start=1):
        if t != "or" or i - 1 not in content_at or i + 1 not in content_at:
            continue
        if not opened and i != closing:
            continue
        left, right = stem(toks[i - 1]), stem(toks[i + 1])
        sides = [c for c in q.topic if left in c or right in c]
        if len(sides) != 2 or left == right:
            continue
        merged = {w: max(sides[0].get(w, 0.0), sides[1].get(w, 0.0))
                  for w in (*sides[0], *sides[1])}
        if not opened:
            q.choice = frozenset({left, right})
            # the choice stays two words' worth of the topic, each said by either word: a
            # line saying neither ("security groups per ENI | 5") still lacks both, as when
            # they were two words ("security groups stateful or stateless"); the ranking
            # keeps reading the two words apart
            q.topic = [dict(merged) if c is sides[0] or c is sides[1] else c for c in q.topic]
            continue
        q.topic = [merged if c is sides[0] else c for c in q.topic if c is not sides[1]]
        q.concepts = [merged if c is sides[0] else c for c in q.concepts if c is not sides[1]]


_WHICH_SERVICES = (("which", "services"), ("what", "services"), ("which", "service"),
                   ("what", "service"))
_OFFER_VERBS = frozenset({"support", "supports", "have", "has", "use", "uses", "offer",
                          "offers", "allow", "allows", "provide", "provides", "work", "works",
                          "integrate", "integrates", "can"})


def _which_services_words(toks: list[str]) -> frozenset[str]:
    """Stems of "services" and the verb after it in "which services support X" (or of
    nothing): asking which, not what about."""
    for i in range(len(toks) - 1):
        if (toks[i], toks[i + 1]) in _WHICH_SERVICES:
            words = {stem(toks[i + 1])}
            if i + 2 < len(toks) and toks[i + 2] in _OFFER_VERBS:
                words.add(stem(toks[i + 2]))
            return frozenset(words)
    return frozenset()


# HTTP reason phrases: typed after their code ("504 gateway timeout"), they name the code.
_REASONS = {"400": "bad request", "401": "unauthorized", "403": "forbidden access denied",
            "404": "not found", "409": "conflict", "413": "payload too large",
            "429": "too many requests", "500": "internal server error",
            "502": "bad gateway", "503": "service unavailable slow down",
            "504": "gateway timeout timed out"}


# How a student says something fails ("cant reach", "cannot connect to", "not working"): in a
# question of why or how to fix it, the answer states the cause or the remedy, not the symptom.
_FAILING = frozenset({"cant", "cannot", "can't", "unable", "fails", "failing", "fail",
                      "doesnt", "wont", "isnt", "not"})
_FAILED_VERBS = frozenset({"reach", "access", "connect", "work", "working", "talk", "see",
                           "find", "resolve", "get"})


def _symptom_stems(q: Query) -> frozenset[str]:
    """Stems of the failure words of a reason or remedy question, and the verb they negate."""
    toks = q.tokens
    if not (q.concept and _asks_anywhere(tuple(toks))) and not _says_failure(toks):
        return frozenset()
    # "... no internet fix": the remedy asked for is what the answer gives, not a word it says
    out = {stem(t) for t in toks if (t,) in _ASKS_ANYWHERE}
    for i, t in enumerate(toks):
        if t in _FAILING:
            out.add(stem(t))
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if nxt in _FAILED_VERBS:
                out.add(stem(nxt))
    return frozenset(out)


def _says_failure(toks: list[str]) -> bool:
    """"lambda in vpc cant reach internet": a failure typed as it is met asks for its cause
    or remedy as much as a "why" would."""
    return any(t in _FAILING and toks[i + 1] in _FAILED_VERBS
               for i, t in enumerate(toks[:-1]))


def _reason_phrase_stems(q: Query) -> frozenset[str]:
    """Stems of the reason phrases of the status codes typed."""
    return frozenset(stem(w) for c in q.codes if c in _REASONS for w in _REASONS[c].split())


def _read_counted_names(q: Query, consumed: set[int]) -> None:
    """"max state machines per account": the plural before "per" is what is counted, even
    when it also names the service (and so is no search word): the answer must say it."""
    toks = q.tokens
    for i, t in enumerate(toks[1:], start=1):
        word = toks[i - 1]
        if t == "per" and i - 1 in consumed and _plural(word):
            q.topic.append({stem(word): W_OWN})
            q.terms.setdefault(stem(word), W_OWN)
            if "count" in q.dimensions:
                q.counted.add(stem(word))
    # "max ebs volumes attached to an instance": a bound on the plural of a service's name,
    # and no unit asked: it counts volumes ("up to 16 Nitro instances" counts no volumes).
    if q.qualifier in ("max", "min") and not (q.dimensions or q.codes or q.counted or q.concept):
        after_per = {i + 1 for i, t in enumerate(toks) if t == "per"}
        # a plural that ends the service's own name ("Kinesis Data Streams") counts nothing
        own = {s.lower().split()[-1] for s in q.services if s}
        named = [t for i, t in enumerate(toks) if i in consumed and i not in after_per
                 and _plural(t) and not t.endswith("ss") and t not in own]
        if len(named) == 1:
            q.dimensions.add("count")
            q.count_guessed = True
            q.counted.add(stem(named[0]))
        elif not named:
            _read_thing_limit(q, consumed)


# Words that ask a service's quota when they close a lookup ("s3 bucket limit")
_QUOTA_WORDS = _LIMIT_WORDS - {"cap"}  # "cap" closes a measure ("throughput cap"), not a quota


def _read_thing_limit(q: Query, consumed: set[int]) -> None:
    """"s3 bucket limit", "sqs queue quota": a limit on the thing a service's name typed ends
    with, and nothing else asked of it, is most often a quota on how many of them there may
    be (S3's "100 buckets per account", not the 5 TB object): ranking puts a count of the
    thing first where the notes state one (features.thing_counted), and where they state
    none the limit stated stays ("ebs volume limit": 16 TiB)."""
    toks = q.tokens
    if len(toks) < 3 or toks[-1] not in _QUOTA_WORDS or len(toks) - 2 not in consumed:
        return
    thing = toks[-2]
    own = {w for s in q.services for w in s.lower().split()}
    if not thing.isalpha() or len(thing) < 3 or thing in own or _plural(thing) \
            or not any(t[-1] == thing for t in _names_ending_in_a_thing(q)) \
            or any(i not in consumed for i in range(len(toks) - 1)):
        return
    q.thing_limit = stem(thing)
    # the answer says the thing: "sqs queue limit" is not answered by SQS's message size
    q.topic.append({q.thing_limit: W_OWN})
    q.terms.setdefault(q.thing_limit, W_OWN)


def _api_name(word: str, lex: Lexicon) -> bool:
    """A word that is the name of an API ("getrecords" -> GetRecords), not a plural noun."""
    named = lex.subjects.get((word,))
    return named is not None and " " not in named[1] and any(c.isupper() for c in named[1][1:])


def _plural(word: str) -> bool:
    return (len(word) > 3 and word.isalpha() and word.endswith("s")
            and not word.endswith(("ss", "us", "is")))


def _put(concept: dict[str, float], word: str, weight: float) -> None:
    s = stem(word)
    if weight > concept.get(s, 0.0):
        concept[s] = weight


def _concept(word: str, lex: Lexicon, weight: float) -> dict[str, float]:
    concept = {stem(word): weight}
    for table, w in ((lex.abbreviations, weight), (lex.related, W_SYNONYM)):
        for target in table.get((word,), []):
            for x in target:
                if x not in lex.stopwords:
                    _put(concept, x, w)
    return concept


def _fix_typos(q: Query, unknown: list[str], lex: Lexicon, vocab: set[str]) -> dict[str, str]:
    """Words neither the lexicon nor the fact base knows -> the closest word they do."""
    vocab_stems = {stem(w) for w in vocab}
    missing = [t for t in unknown if t not in vocab and stem(t) not in vocab_stems]
    if not missing:
        return {}
    candidates = sorted({w for w in vocab if len(w) >= 3 and w.isalpha()} | {
        w for w in lex.known_words if len(w) >= 4 and w not in lex.stopwords and w.isalpha()})
    from rapidfuzz import fuzz, process  # only when a word is unknown: ~25 ms to import

    named_products = product_names(q)
    fixed = {}
    for t in missing:
        cutoff = 80 if len(t) >= 6 else 84
        found = process.extract(t, candidates, scorer=fuzz.ratio, score_cutoff=cutoff, limit=8)
        # A word is rarely mistyped at its first letter, and names that differ only there
        # are different things: "putrecords" is not "getrecords" (a prefix more or less,
        # "presigned" for "signed", is no such change).
        found = [m for m in found if m[0][:1] == t[:1] or _prefixed(t, m[0])
                 or _prefixed(m[0], t)]
        if not found:
            continue
        # Ties go to the word typed most of: "expres" is "express", not "expires".
        best = max(found, key=lambda m: (round(m[1]), _common_prefix(t, m[0]), m[0] in vocab))
        if t in named_products and not lex.services.get((best[0],)) \
                and not lex.subjects.get((best[0],)):
            continue  # "aws outposts" names a product: it is no typo of "outputs"
        fixed[t] = best[0]
        q.corrections[t] = best[0]
        # A fixed word may name a service or a subject ("lambdda", "identiy").
        service = lex.services.get((best[0],))
        if service and service not in q.services:
            q.services.append(service)
        subject = lex.subjects.get((best[0],))
        if subject and subject not in q.subjects:
            q.subjects.append(subject)
            if subject[0] not in q.implied_services:
                q.implied_services.append(subject[0])
    return fixed


_MAKER = frozenset({"aws", "amazon"})


def product_names(q: Query) -> set[str]:
    """Words typed right after "aws" or "amazon" ("aws outposts"): names of a product, which
    the notes may simply not mention; mending one into a word the notes have ("outputs")
    answers another question."""
    toks = q.tokens
    return {toks[i + 1] for i in range(len(toks) - 1) if toks[i] in _MAKER}


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _one_edit_known(t: str, lex: Lexicon) -> str | None:
    """The one lexicon word (not a stopword, 6+ letters) one edit from `t`: a letter left
    out, added, changed or two swapped ("retension" -> "retention"); None if none or
    several. Stdlib and a few hundred set look-ups: no fuzzy matcher to import."""
    if len(t) < 6 or not t.isalpha():
        return None
    known, halves = lex.known_words, [(t[:i], t[i:]) for i in range(len(t) + 1)]
    edits = _one_slip(t) | {a + c + b[1:] for a, b in halves if b for c in _LETTERS}
    found = {w for w in edits if w in known and len(w) >= 6 and w not in lex.stopwords
             and stem(w) != stem(t)}
    return found.pop() if len(found) == 1 else None


_PREFIXES = ("pre", "re", "un", "de", "non", "dis", "sub", "multi", "cross", "auto")


def _prefixed(word: str, base: str) -> bool:
    """`word` is `base` with an English prefix: "presigned" is "signed" pre-."""
    return any(word == p + base for p in _PREFIXES)


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):  # the shorter word ends the prefix
        if x != y:
            break
        n += 1
    return n


def _split_compound(t: str, lex: Lexicon) -> list[str] | None:
    """'delaysecs' -> ['delay', 'secs'] when both halves are words the lexicon knows."""
    if len(t) < 6:
        return None
    known = lex.known_words
    for i in range(3, len(t) - 2):
        left, right = t[:i], t[i:]
        if left in known and right in known and not (left in lex.stopwords or
                                                     right in lex.stopwords):
            return [left, right]
    return None


def _search_words(q: Query, content: list[str], short: dict[str, list[str]]) -> list[str]:
    """Words for the FTS5 query: the query's words, fixes, parts and synonyms, and the short
    forms notes write them in ("account": "acct"); no duplicates."""
    seen: list[str] = []
    extra = [w for c in q.concepts for w in c]
    for w in [*content, *q.corrections.values(), *extra]:
        if w and w not in seen and not w[0] == "@":
            seen.append(w)
    for w in list(seen):
        for s in short.get(w, ()):
            if s not in seen:
                seen.append(s)
    return seen[:40]


def _short_forms_of(lex: Lexicon) -> dict[str, list[str]]:
    """Word -> the one-word abbreviations that stand for it alone ("account" -> "acct")."""
    def build(lx: Lexicon) -> dict[str, list[str]]:
        found: dict[str, list[str]] = {}
        for key, targets in lx.abbreviations.items():
            if len(key) == 1 and len(targets) == 1 and len(targets[0]) == 1 \
                    and key[0].isalpha() and len(key[0]) < len(targets[0][0]):
                found.setdefault(targets[0][0], []).append(key[0])
        return found

    return lex.derived("short_forms_of", build)
