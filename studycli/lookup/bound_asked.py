"""Figures that cannot be the maximum a lookup asks for, whatever words they share with it.

A maximum asked ("aurora serverless v2 max acu", "kinesis on-demand max write throughput")
is answered by a bound. Four kinds of figure name the measure asked and still bound nothing:

- a step or one unit of a thing counted in units: "scales in ACUs (0.5 ACU steps)",
  "minimum 0.5 ACU, 1 ACU ≈ 2 GiB" give no largest number of ACUs, however the line
  reads (a count of units whose every figure is 1 or less);
- where a capacity starts: "On-demand (default 4 MB/s write capacity, scales
  automatically ...)", "on-demand starts w/ four MB/s write capacity" say what a stream
  gets first, not how far it goes;
- a bound of what a line's label names, for a count of another noun: "A: LSI = ..., must be
  created with the table, max 5" bounds LSIs, not tables;
- one of the thing counted, written as one side of a relation: "KCL: 1 shard ↔ 1 worker",
  "1 shard can be read by only 1 KCL worker" say what one shard is read by, not how many
  shards there may be (one_of_relation).

Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

import re
import unicodedata

from studycli.lazy_regex import lazy_compile
from studycli.lookup.lexicon import Lexicon
from studycli.lookup.query import Query
from studycli.lookup.text import numbers_with_units
from studycli.lookup.words import stems

# Clauses of a line: near answer._STATEMENT_SPLIT's, and a CJK note's "、" and "。"; unlike
# there, no comma written against a digit cuts ("0.5,1 ACU" stays one clause)
_CLAUSE = re.compile(r";|\s/\s|,(?!\d)|→|->|[.?!](?:\s|$)|[、。]")


def no_max_of_unit(fact: dict, q: Query, lex: Lexicon) -> bool:
    """A maximum asked of a unit things are counted in (lexicon "count_units": ACU, vCPU,
    RCU), and a fact whose every number of that unit is 1 or less: a step, a minimum or
    what one unit is ("0.5 ACU steps", "1 ACU ≒ 2 GiB"), no largest count of them. A
    number with a unit of its own ("2 GiB") is not of the unit asked. Only a count of the
    units asked: "how big is one wcu" and "1 rcu = how many kb" ask what one unit is."""
    if q.qualifier != "max" or q.numbers or q.dimensions - {"count"} or any(
            t[:1].isdigit() or t == "one" for t in q.tokens):
        return False
    named = {t.lower() for t in q.tokens if t in lex.count_units}
    if not named:
        return False
    text = unicodedata.normalize("NFKC", fact["value"] or "").lower()
    if _BOUND_OF_ONE.search(text):
        return False  # "max 1 DPU (or 0.0625 DPU)": one unit is the bound the line gives
    found: list[float] = []
    said = False  # the unit named by a clause before: "ACU min 0.5 (...), max 128"
    for clause in _CLAUSE.split(text):
        words = set(re.findall(r"[a-z]+", clause))
        if any(t in words or f"{t}s" in words for t in named):
            said = True
            found += [n for n, unit, _ in numbers_with_units(clause) if unit is None]
        elif said:  # a bare number of no noun of its own goes on counting the unit
            found += [float(m.group(1).replace(",", "")) for m in _NOUNLESS.finditer(clause)]
    return bool(found) and all(n <= 1 for n in found)


# A number of no noun of its own: nothing after it, or only a word that bounds or divides
# it ("128 max", "max 128 per instance"), not a noun ("up to 5 secondary regions")
_NOUNLESS = lazy_compile(r"(?<![\w.,])(\d[\d,]*(?:\.\d+)?)(?![\d.,])(?!\s*(?!(?:max(?:imum)?|min"
                         r"(?:imum)?|per|each|total|limit|by|in|at|on|or|and)\b)[a-z\d%$])")
_BOUND_OF_ONE = lazy_compile(r"\b(?:max(?:imum)?|up\s+to|at\s+most)\s*:?\s*1(?![\d.,])")


# Where a capacity starts, read around each figure in its sentence (or bracket): written
# right after "starts at/with" or "initial", its clause going on "to start" or
# "initially", or a default that its bracket says then scales on its own. Not any word
# "start" ("15 min timeout, cold starts add latency"), nor a figure a scaling phrase comes
# before ("scales automatically, 1000 concurrent executions by default": the quota).
_START_WORDS = frozenset({"start", "starts", "starting", "initial", "initially", "burst"})
_PIECE = re.compile(r"[()\n]|[.;!?](?:\s|$)")  # a sentence, or a bracket of one
# "starts at", and the words naming what starts before its figure ("starts with a default
# write capacity of 4 MB/s"), no number among them
_STARTS_AT = re.compile(r"(?:\b(?:starts?|starting|begins?)\s+(?:at|with|from|w/)"
                        r"(?:\s+[^\W\d][\w/-]*){0,5}|\binitial(?:ly)?(?:\s+of)?)\s*$")
_THEN_STARTED = re.compile(r"\b(?:to\s+start|initially|at\s+first)\b")
_DEFAULT = re.compile(r"\bdefault\b")
_SCALES = re.compile(r"\b(?:scales?\s+(?:automatically|on\s+its\s+own|by\s+itself)|"
                     r"auto[- ]?scal\w*)")
_CLAUSE_END = re.compile(r",(?!\d{3}(?!\d))|;")


def starting_figure(fact: dict, q: Query) -> bool:
    """A maximum asked, and a figure its line gives as where a capacity starts ("On-demand
    mode starts at 4 MB per second write capacity and scales automatically"): read in the
    sentence (or bracket) of the line that writes the figure. Not when the start is what is
    asked ("lambda initial burst concurrency"), nor a figure the parser read as a maximum."""
    if q.qualifier != "max" or fact.get("qualifier") == "max" \
            or _START_WORDS.intersection(q.tokens):
        return False
    figures = [f for f in (fact.get("number"), fact.get("low"), fact.get("high"))
               if f is not None]
    if figures:  # a figure the parser read: where its line writes it
        return _all_started(figures, fact.get("snippet") or fact["value"] or "")
    # a statement: every figure of the kind asked it writes ("(default 4 MB/s write to
    # start)"), none said elsewhere as a bound ("starts at 10 GB, grows to 128 TB")
    said = [n for n, unit, _ in numbers_with_units(_spelled((fact["value"] or "").lower()))
            if unit and (not q.dimensions or unit in q.dimensions)]
    return bool(said) and _all_started(said, fact["value"] or "")


def _all_started(figures: list[float], line: str) -> bool:
    """Whether each of `figures` is written in `line` where a capacity starts ("starts at 5
    Gbps, auto-scales up to 100 Gbps": 5 Gbps only)."""
    started = [n for piece in _PIECE.split(_spelled(line.lower()))
               for n in _started_in(piece)]
    return all(any(abs(n - f) <= 1e-6 * max(1.0, abs(f)) for n in started) for f in figures)


def _started_in(piece: str) -> list[float]:
    """The figures `piece` (a sentence or bracket) writes as where a capacity starts."""
    found, at = [], 0
    for n, _, written in numbers_with_units(piece):
        begin = piece.find(written, at)
        if begin < 0:
            continue
        at = begin + len(written)
        before, after = piece[:begin], piece[at:]
        if _STARTS_AT.search(before) or _THEN_STARTED.search(_CLAUSE_END.split(after)[0]) \
                or (_DEFAULT.search(before) and _SCALES.search(after)):
            found.append(n)
    return found


_SMALL = {w: str(i) for i, w in enumerate(
    "zero one two three four five six seven eight nine ten".split())}
_SMALL_WORD = re.compile(r"\b(?:" + "|".join(_SMALL) + r")\b(?=\s+[a-z])")


def _spelled(text: str) -> str:
    """`text` with small number words as numerals ("four MB/s"), as the parser reads them."""
    return _SMALL_WORD.sub(lambda m: _SMALL[m.group(0)], text)


# A line's opening label ("A: LSI = ...", "GSI: ...") and a bound with no noun after it
_LABEL = re.compile(r"^\W*(?:[AQ]\s*[:.)]\s+)?([A-Za-z][\w +/-]{0,30}?)\s*(?:[:=]|→|->)\s")
_BOUND = re.compile(r"\b(?:max(?:imum)?|up\s+to|limit|at\s+most)\s*:?\s*(\d[\d,]*)(?![\d.])"
                    r"(?!\s*[a-z]{2,})", re.IGNORECASE)
_NUMBER = re.compile(r"(?<![\w.,/])\d[\d,]*(?:\.\d+)?(?![\w/])")
LABEL_WORDS = 3  # words a label may have ("Read replicas", "LSI", "Aurora replicas")


def bound_of_another_label(fact: dict, q: Query, lex: Lexicon) -> bool:
    """A count asked ("dynamodb max tables per region"), and a statement whose line label
    names another thing and whose every number is a bare bound of it: "A: LSI = same
    partition key, ..., must be created with the table, max 5" bounds the LSIs a table has,
    whatever word of the query the clause before the bound says. Not a label that names the
    thing counted ("Read replicas: up to 5"), any other word of the query ("DynamoDB table:
    LSIs ..., max 5" for "max lsi per table"), the service, or only a cue ("Max: 5")."""
    if not q.counted or fact.get("kind") != "fact" or fact.get("unit"):
        return False
    value = fact.get("value") or ""
    label = _LABEL.match(value)
    if not label or len(label.group(1).split()) > LABEL_WORDS:
        return False
    named = stems(label.group(1), lex.stopwords) - lex.cue_stems \
        - stems(fact.get("service") or "", frozenset())
    if not named or named & set(q.counted) or any(
            w in q.counted for w in _expanded(named, lex)) \
            or named & stems(" ".join(q.tokens), lex.stopwords):
        return False  # the label names what is counted, or what it is counted per
        # ("ALB listener: rules, max 100" for "alb max rules per listener")
    counted = _expanded(frozenset(q.counted), lex)
    numbers = 0
    for clause in _CLAUSE.split(value[label.end():]):
        found = list(_NUMBER.finditer(clause))
        if not found:
            continue
        numbers += len(found)
        bounds = {m.start(1) for m in _BOUND.finditer(clause)}
        if any(m.start() not in bounds for m in found) or stems(clause, frozenset()) & counted:
            return False  # a number that is no bare bound, or one its clause says is of
            # the noun counted ("secondary region は max 5")
    return numbers > 0


def _expanded(words: frozenset[str], lex: Lexicon) -> set[str]:
    """`words` with what the lexicon spells a short form out as ("rr": read replica)."""
    from studycli.lookup.answer import _in_full

    return set(_in_full(words, lex))


# Words typed that ask a bound outright; "how many" also reads as a maximum, but it asks the
# number itself, which may be one ("how many route tables per subnet": "1 route table").
_MAX_TYPED = frozenset({"max", "maximum", "limit", "limits", "quota", "cap", "most"})
# Words before a 1 that make it a bound ("only 1 IGW", "max 1 shard", "up to 1 ...").
_ONE_BOUND_BEFORE = frozenset({"max", "maximum", "most", "only", "exactly", "just", "single",
                           "limit", "limited", "cap", "capped", "to", "quota", "<=", "≤"})
# Words after the thing counted, or a number, that give its scope ("one trail per region",
# "5 per table", "1,000 / region"); answer's count ties read them too.
SCOPE_AFTER = frozenset({"per", "each", "every", "/", "in", "a", "an"})


def max_typed(q: Query) -> bool:
    """Whether the query types a maximum outright and no number of its own: then a 0 or a 1
    of the thing counted is weighed as no bound on it (one_of_relation; a quota is never
    none of a thing)."""
    return bool(_MAX_TYPED.intersection(q.tokens)) and not q.numbers


def one_of_relation(toks: list[str], i: int, noun: list[str], q: Query,
                    line: list[str]) -> bool:
    """A maximum typed outright ("kinesis max shards per stream") and a 1 of the noun counted
    (`toks[i]`, `noun` after it) written as one side of a relation: a relation sign on the
    line ("1 shard ↔ 1 worker", "1 listener → many rules") or a second 1 of another noun
    ("1 shard can be read by 1 KCL worker"), and no bound word just before it nor a scope or
    bound just after ("only 1 per VPC", "1 route table per subnet", "1 SSL certificate only",
    "1 IAM role at a time"). The sign must join the 1 to another count ("1 listener → many
    rules"): an arrow or "=" elsewhere on the line ("subnet => 1 route table", "1 DLQ (SQS or
    SNS) -> failed events go there") is how students write any fact. A 1 with no relation
    beside it ("holds 1 IAM role", "1 writer instance") is the maximum, and still answers.
    `toks` are the statement's words, numbers and signs, in order; `line` those of its whole
    line, where the relation is looked for (a statement may stop at the arrow: "KCL: 1 shard
    -> max 1 KCL worker")."""
    if not max_typed(q):
        return False
    before = [w.lower() for w in toks[max(0, i - 2):i]]
    after = [w.lower() for w in toks[i + 1 + len(noun):i + 4 + len(noun)]]
    if _ONE_BOUND_BEFORE.intersection(before) or SCOPE_AFTER.intersection(after[:1]) \
            or _BOUND_AFTER.intersection(after[:1]) or after[:3] == ["at", "a", "time"]:
        return False
    per = _per_stems(q)
    if _sign_between_counts(line, noun, per):
        return True
    ones = [[w.lower() for w in line[j + 1:j + 1 + _PER_WINDOW]]
            for j, t in enumerate(line[:-1])
            if t.lower() in ("1", "one") and line[j + 1][0].isalpha()]
    return len(ones) > 1 and any(words[0] not in {n.lower() for n in noun}
                                 and not _names_per(words, per) for words in ones)


def _sign_between_counts(line: list[str], noun: list[str], per: frozenset[str]) -> bool:
    """Whether a relation sign joins "1 <noun>" to another count within a few words on either
    side: "1 shard ↔ 1 worker", "1 listener → many rules", "1 worker <-> 1 shard". A count of
    the thing asked per is no other side: "1 VPC <-> 1 internet gateway" is the maximum of
    "max internet gateways per vpc"."""
    low = [w.lower() for w in line]
    first = noun[0].lower() if noun else ""
    for j, w in enumerate(low[:-1]):
        if w not in ("1", "one") or low[j + 1] != first:
            continue
        end = j + 1 + len(noun)
        after, before = low[end:end + _NEAR + 1], low[max(0, j - _NEAR - 1):j]
        reach = low[end:end + _NEAR + 1 + _PER_WINDOW]  # the other count's name may run on
        if any(s in _RELATION_SIGNS and _another_count(reach[k + 1:], per)
               for k, s in enumerate(after)):
            return True
        if any(s in _RELATION_SIGNS and _another_count(before[:k], per)
               for k, s in enumerate(before)):
            return True
    return False


def _another_count(words: list[str], per: frozenset[str]) -> bool:
    """Whether `words` count a thing other than the one asked per ("many rules", "1 worker")."""
    return any(w in _COUNT_WORDS and not _names_per(words[k + 1:], per)
               for k, w in enumerate(words))


def _names_per(words: list[str], per: frozenset[str]) -> bool:
    """Whether the words after a count name the thing asked per, within a short name ("1 SQS
    queue" for "per queue", "1 KCL worker" for "per worker")."""
    return bool(stems(" ".join(words[:_PER_WINDOW]), frozenset()) & per)


def _per_stems(q: Query) -> frozenset[str]:
    """Stems of the words a count is asked per ("max internet gateways per vpc": vpc)."""
    toks = q.tokens
    return frozenset().union(*(stems(" ".join(toks[i + 1:i + 1 + _PER_WINDOW]), frozenset())
                               for i, t in enumerate(toks[:-1]) if t == "per"))


_PER_WINDOW = 3  # words naming a thing after "per" or a count ("per lambda function", "1 SQS
# queue")


_NEAR = 4  # words either side of "1 <noun>" a relation's sign and other count are read in
# Words that count the other side of a relation ("→ many rules", "↔ 1 worker").
_COUNT_WORDS = frozenset({"1", "one", "many", "multiple", "n", "several", "2", "two"})
# Words just after the thing counted that make a 1 a bound ("1 SSL certificate only").
_BOUND_AFTER = frozenset({"only", "single"})
# Signs that write a relation between two things ("1 shard ↔ 1 worker"); "->" is read as
# "-" and ">".
_RELATION_SIGNS = frozenset({"↔", "→", ">", "=", "between"})
