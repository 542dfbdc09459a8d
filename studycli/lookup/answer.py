"""Does a ranked fact *answer* the lookup, or only share words with it?

Ranking orders candidates; it cannot say that the best of them is still not an answer
("dynamodb max item size" ranked SQS's 256 KB first on notes that never give DynamoDB's).
`answer_features` measures, for one fact, the three things a question asks for:

- service: the service asked is the fact's service (or its subject: an invoker, a subject
  service), or the service its neighbouring lines are about;
- topic: the query's own topic words (not cue words such as "max" or "default") are said by
  the fact's attribute, subject, value or note line;
- shape: the kind of value asked (a size, a duration, a count, a code, a mode) is the
  fact's unit or kind.

`confidence` combines them into [0, 1]; below `THRESHOLD` lookup abstains. The threshold was
chosen on development data: bench/lookup_abstain.py prints, for each threshold, top-1/top-3 on
937 answerable queries in seven sets and the abstain rate on 164 unanswerable ones (at 0.60:
abstains on 0.921 of them, precision of abstaining 0.778; 0.55 abstains on 0.902, 0.70 on
0.939 but loses 0.02-0.03 top-1 on four sets; scored by tests/lookup_scorer.py). The sweep
scores the ranked facts only: lookup's later steps when no fact reaches the threshold (the
context above a line, lookup/context.py; a line that is no fact, lookup/lines.py) are in
bench/lookup_devsets.py's figures. Checked again on all nine development sets with the whole
of lookup (1122 answerable, 254 unanswerable queries; bench/lookup_devsets.py, 2026-12-01):
top-1 / top-3 / abstain at 0.50: 0.914 / 0.959 / 0.854; 0.55: 0.918 / 0.955 / 0.937; 0.60:
0.919 / 0.955 / 0.949; 0.65: 0.917 / 0.953 / 0.953; 0.70: 0.902 / 0.939 / 0.965. Swept again
after round three (bench/lookup_devsets.py --threshold, figures and precision there): 0.60
still best, 0.930 / 0.967 / 0.961, precision of abstaining 0.914.
Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

import re
from functools import partial

from studycli.ambiguous_names import related
from studycli.equative_bound import blank_compared
from studycli.kinds import Kind
from studycli.lazy_regex import lazy_compile
from studycli.lookup import variants
from studycli.lookup.attribute_qualifier import of_another_qualifier, unnamed_for_expedited
from studycli.lookup.attribute_said import another_attribute
from studycli.lookup.bound_asked import (
    SCOPE_AFTER,
    bound_of_another_label,
    max_typed,
    no_max_of_unit,
    one_of_relation,
    starting_figure,
)
from studycli.lookup.bracket_condition import condition_words, other_condition
from studycli.lookup.case_elsewhere import labels_another_figure
from studycli.lookup.code_asked import only_a_code_asked
from studycli.lookup.code_defined import CAUSE_SAYS, defines_code
from studycli.lookup.code_figures import codes_only
from studycli.lookup.compared_side import of_other_side
from studycli.lookup.count_label import bracket_noun, label_counts
from studycli.lookup.count_said import gives_count
from studycli.lookup.counted_as_scope import counted_only_as_scope
from studycli.lookup.dated_only import PRONOUN_FREE_ONE, figures_only_dated
from studycli.lookup.default_unstated import default_unstated
from studycli.lookup.excepted_members import (
    Naming,
    excepted_from_figure,
    figure_is_the_rests,
    named_only_in_asides,
    naming_after,
)
from studycli.lookup.excluded_asked import excluded_stems, of_excluded
from studycli.lookup.figure_before_list import introduces_what_follows
from studycli.lookup.figure_member import (
    NAME_CLAUSE_SPLIT as _NAME_CLAUSE_SPLIT,
)
from studycli.lookup.figure_member import (
    PART_END as _TOPIC_END,
)
from studycli.lookup.figure_member import (
    PART_LABEL as _PART_LABEL,
)
from studycli.lookup.figure_member import (
    bracket_owners,
    clause_spans,
    figure_of_other_member,
    name_stems,
)
from studycli.lookup.figure_variant import figure_variants
from studycli.lookup.free_allowance import without_allowance
from studycli.lookup.initials_said import spelled_names
from studycli.lookup.journal import ends_asking
from studycli.lookup.key_bound import fact_key_bound
from studycli.lookup.label_bound import DIGITS, label_bounds_other
from studycli.lookup.legend import is_legend
from studycli.lookup.lexicon import Lexicon
from studycli.lookup.line_subject import of_a_group, of_another_subject
from studycli.lookup.mapping_asked import source_batch_not_mapping
from studycli.lookup.measure_label import measure_ends, without_free_asked
from studycli.lookup.measure_verbs import MEASURE_VERB_STEMS
from studycli.lookup.member_scope import membership_scopes
from studycli.lookup.min_asked import default_for_min, default_of_unnamed_min
from studycli.lookup.missing_thing import other_thing_missing
from studycli.lookup.mode_asked import mode_asked_by_name, size_or_duration_bound_asked
from studycli.lookup.name_measure import measure_in_name, measure_unsaid
from studycli.lookup.negated import denied_words
from studycli.lookup.negation_asked import code_states_other_condition, condition_said
from studycli.lookup.pair_sides import ON_DEMAND as _ON_DEMAND
from studycli.lookup.pair_sides import OPPOSITES as _OPPOSITES
from studycli.lookup.pair_sides import names_the_other_side
from studycli.lookup.part_asked import of_a_part
from studycli.lookup.per_only import said_only_per
from studycli.lookup.per_service import scope_words
from studycli.lookup.per_size import SIZE_STEMS, only_per_size
from studycli.lookup.per_time import PER_TIME, RATE_WORD
from studycli.lookup.port_asked import PORT_WORDS, no_port_figure
from studycli.lookup.query import (
    DATE,
    DISTANCE,
    RELEASE_WORDS,
    W_FIXED,
    W_SYNONYM,
    Query,
    _initials_named,
)
from studycli.lookup.range_for_default import range_only
from studycli.lookup.rate_said import rate_said, time_unit_of
from studycli.lookup.retention_asked import (
    kept_thing_unsaid,
    names_other_kept_thing,
    other_span,
    retention_asked,
)
from studycli.lookup.round_the_clock import only_round_the_clock
from studycli.lookup.row_label import row_label
from studycli.lookup.said_line import fact_said_line, own_clause
from studycli.lookup.scope_counted import counts_the_scope, scope_typed
from studycli.lookup.section_refs import without_references
from studycli.lookup.service_family import child_words
from studycli.lookup.service_initials import initials_typed, opens_with_others_initials
from studycli.lookup.service_noun import item_noun
from studycli.lookup.service_said import heading_names_asked, line_names_asked
from studycli.lookup.status_said import (
    STATUS_SAYS,
    asks_status,
    gives_status,
    without_status_words,
)
from studycli.lookup.steps import step_of_another
from studycli.lookup.support_severity import other_severity
from studycli.lookup.text import (
    CLAUSE_SPLIT,
    FIGURE,
    HEAD_TERM_OR_ARROW,
    UNIT_WORD,
    join_unit_cells,
    numbers_with_units,
    stem,
)
from studycli.lookup.tierless_class import tier_figure_for_tierless_class
from studycli.lookup.time_stamp import without_stamp
from studycli.lookup.uncounted import blank_uncounted
from studycli.lookup.value_asked import (
    HOW_OFTEN_STEMS,
    asks_how_often,
    period_answered,
    states_code,
    states_period_in_words,
)
from studycli.lookup.variant_parts import has_asked_unit, read_by_asked_unit
from studycli.lookup.word_forms import verb_of_noun
from studycli.lookup.words import fact_stems, matched, matched_words, stems
from studycli.lookup.written_apart import joined_typed
from studycli.lookup.yes_no import opens_yes_no
from studycli.match_key import table_entry
from studycli.note_numbers import UNIT_WORDS
from studycli.question_bound import asked_bound

THRESHOLD = 0.60
GENERIC = 0.3           # weight of a topic word most facts of the service named say
UNSAID_GENERIC = 0.5    # how much of such a word a fact that does not say it says
DENOMINATOR = 0.75      # weight of a topic word typed after "per" (0.5 let "DDB 1 RCU = ...
                        # read/s" answer "dynamodb max rcu per partition"; 0.75 and 1.0 lose
                        # no answer on the development sets)
UNKNOWN_SERVICE = 0.6   # a statement whose service neither it nor its neighbours tell
OTHER_SERVICE = 0.3     # ... and whose line names another service than the one asked
NO_SHAPE = 0.85         # a quantity asked, the fact has a number of no known unit
NO_NUMBER = 0.3         # a quantity asked, a statement without a number
OTHER_SHAPE = 0.5       # a quantity of another dimension (a size for "how long")
UNNAMED_COUNT = 0.55    # a noun's count asked ("max number of sqs queues"), a statement whose
# only numbers of no unit are 0 or 1 ("Delay queue | default 0 | max 15 min", "subnet = 1 AZ
# only"): a 0 or a 1 defines or switches off, it bounds no count (_counts_in reads them so)
NEAR_SHAPE = 0.85       # a rate for a rate ("throughput" in MB/s, the fact in messages/s)
COMMON = 0.5            # weight of a topic word many facts of the notes say (lookup.COMMON_SHARE):
                        # left unsaid ("access" of "lambda in vpc internet access") it tells
                        # less against a fact than a rare word ("backtrack") does
CONTEXT = 0.8           # a topic word said by the question or table header over the line
SECTION = 0.5           # ... or by the nearest markdown heading over it (section_heads.py):
                        # a heading speaks for every line under it, many of another topic
                        # (0.8 answered 3 more unanswerable lookups of 96 sets, 0.5 none)
_RATES = frozenset({"per_s", "B/s", "count"})  # "iops", "throughput": counts and rates mix
_NUMBER_WORD = re.compile(rf"\b(?:{PRONOUN_FREE_ONE}|two|three|four|five|six|seven|eight|"
                          r"nine|ten|twelve|"
                          r"hundred|thousand|million|single|once|twice|unlimited|forever|"
                          r"indefinitely|never\s+expires?)\b", re.IGNORECASE)
_SIZES = frozenset({"B", "B/s"})  # "write capacity": a size or a throughput
_LENGTHS = frozenset({"chars", "B"})  # "max name length": characters, or bytes
# What a number is per: "per shard", "per user/role" (either side of a slash), "in each subnet".
_PER_WORD = re.compile(r"\b(?:per|each)\s+\w+(?:/\w+)*")
_QUANTITY_KINDS = frozenset({Kind.LIMIT, Kind.RANGE})
_NAMED_KINDS = frozenset({Kind.ERROR_CODE, Kind.INVOCATION_MODE})


_DELIVERY_FIGURES = frozenset({Kind.LIMIT, Kind.DEFAULT, Kind.RANGE})


def _no_delivery_answer(fact: dict, q: Query) -> bool:
    """Whether a push-or-pull choice is asked of a service's own delivery
    (lookup/delivery_choice.py) and the fact does not answer it: a figure ("20 s" of "long
    poll up to 20 s"), or a line saying a side only of another service ("SNS pushes each
    message to many SQS queues" for "sqs push or pull")."""
    if q.delivery_sides is None:  # (read once a query: query._merge_alternatives)
        return False
    if fact.get("kind") in _DELIVERY_FIGURES:
        return True
    # (imported here: few queries offer the choice, and the module is read only for them)
    from studycli.lookup.delivery_choice import said_of_another_service

    return said_of_another_service(
        fact.get("snippet") or fact.get("value") or "", q.services)


def answer_features(fact: dict, q: Query, lex: Lexicon) -> dict[str, float]:
    """{"service", "topic", "shape"}, each in [0, 1], for `fact` as an answer to `q`."""
    if fact["kind"] == Kind.FACT and is_legend(fact["value"] or ""):
        return {"service": 0.0, "topic": 0.0, "shape": 0.0}  # it defines words, says no fact
    fact = _value_as_read(fact, q)
    service = _service(fact, q, lex)
    if service and (_other_variant(fact, q, lex) or _other_subject(fact, q, lex)
                    or _one_subject_of_two(fact, q) or _other_member(fact, q)
                    or of_another_subject(fact, q, lex) or of_a_group(fact, q)
                    # "io2 max iops (not block express)": Block Express's figure
                    or of_excluded(fact, excluded_stems(q.raw, lex.stopwords))
                    # "retrieval time (bulk)" for "deep archive expedited retrieval time"
                    or of_another_qualifier(fact, q)
                    # "| Deep Archive | ... | 12 – 48 h |" for an expedited retrieval
                    or unnamed_for_expedited(fact, q)
                    # "retrieval time (expedited)" for "glacier instant retrieval time"
                    or tier_figure_for_tierless_class(fact, q.raw)
                    # "CloudFront Functions: <1ms max execution. Lambda@Edge: 5s viewer":
                    # CloudFront Functions' 1 ms is no Lambda@Edge's duration
                    or _another_services_subject(fact, q)):
        service *= OTHER_VARIANT
    # (or "Secrets Manager vs Parameter Store: ...; PS = ... 4 KB value": Parameter Store's)
    if service and (_another_invoker(fact, q, lex)
                    or of_other_side(fact, q.all_services(), q.dimensions)
                    # "ReceiveMessage returns max 10 msgs" for "lambda sqs max batch size":
                    # the queue's own API, not Lambda's event source mapping
                    or source_batch_not_mapping(fact, q.all_services(), q.raw)):
        service *= OTHER_SERVICE
    if DATE in q.dimensions:
        shape = _date_shape(fact, q)
    elif DISTANCE in q.dimensions:
        shape = 1.0 if _states_length(fact) else OTHER_SHAPE
    elif _asks_prefix(q):  # a CIDR block's bound or size: a prefix length ("/16")
        shape = 1.0 if _states_prefix(fact, q) else OTHER_SHAPE
        if shape == 1.0 and q.qualifier in ("max", "min") and fact["kind"] == Kind.FACT \
                and _says_other_bound(fact["value"] or "", q.qualifier, lex):
            shape = OTHER_SHAPE  # "vpc min cidr": not "VPC CIDR max /16", the other bound
    else:
        shape = _shape(fact, q, lex)
    if shape and (_contradicts(fact, q) or _mode_unsaid(fact, q, lex) or _unasked_side(fact, q)
                  or step_of_another(fact, q.raw) or other_severity(fact, q)
                  # "default 7 days (console)" for "rds backup retention default cli"
                  or other_condition(fact, condition_words(q.tokens, q.typed.values()))
                  # "BucketAlreadyExists" for "s3 error when bucket doesnt exist"
                  # ("target returned bad response: 502" for "alb error no targets")
                  or code_states_other_condition(fact, q.text, Kind.ERROR_CODE in q.kinds)
                  # "SNS pushes each message to many SQS queues" for "sqs push or pull"
                  or _no_delivery_answer(fact, q)):
        shape *= OTHER_SHAPE
    if shape:
        shape = _shape_of_figures(fact, q, lex, shape)
    topic = _topic(fact, q, lex)
    # "visibility timeout default 30 sec" for "sqs long polling default wait time": a
    # figure its clause gives as another attribute's (lookup/attribute_said.py)
    if topic and (another_attribute(fact, q, lex, _DIMENSION_ONLY,
                                    lambda words: _in_full(words, lex))
                  # "object key length" for "s3 max object size": the key's, not the object's
                  or of_a_part(fact, q)
                  # "detailed 1 min, basic 5 min" for "ec2 basic monitoring interval"
                  or labels_another_figure(fact, q, lex)
                  # "| Glacier Instant Retrieval | 90 days |" for "glacier instant retrieval
                  # time": the class's name says "retrieval", its figure is no retrieval's
                  # (lookup/name_measure.py)
                  or _name_measure_unsaid(fact, q)):
        topic *= OTHER_ATTRIBUTE
    return {"service": service, "topic": topic, "shape": shape}


def _value_as_read(fact: dict, q: Query) -> dict:
    """The fact with its value as lookup reads it: "até 25 itens" as "up to 25 items",
    "[09:00] Memcached ..." without the stamp of when a video said it, "see 5.1" without
    the section's number (lookup/section_refs.py)."""
    english = without_stamp(in_english_units(fact["value"] or ""), fact["kind"] == Kind.FACT)
    if fact["kind"] == Kind.FACT:
        english = without_references(english)  # "see 5.1" points to a section, counts none
    if fact["kind"] == Kind.FACT and "s" not in q.dimensions:
        # "SNS subs/topic 12.5M": millions, no 12.5 minutes; but a duration asked reads the
        # M as cram notes' minutes ("Lambda max timeout 15M" for "how long can a lambda run")
        english = _MILLIONS.sub(_in_millions, english)
    return fact if english == (fact["value"] or "") else {**fact, "value": english}


# A number written with a capital M glued to it and nothing after ("subs/topic 12.5M", "10M
# requests"): millions, which the unit reader, reading lower case, takes for minutes ("5m").
_MILLIONS = lazy_compile(r"(?<![\w.,])(\d{1,4}(?:\.\d{1,3})?)M(?![\w/])")


def _in_millions(m: re.Match[str]) -> str:
    return str(round(float(m.group(1)) * 1_000_000))


def _shape_of_figures(fact: dict, q: Query, lex: Lexicon, shape: float) -> float:
    """The shape, less where the fact's figures, read for what they are, are no figure of
    the kind asked: "24/7 access to the SRT" writes no number of a response time
    (lookup/round_the_clock.py); "user pools per account: 1,000" counts no users per pool
    (lookup/scope_counted.py), nor "5 IPs per subnet" any subnets
    (lookup/counted_as_scope.py); "5 read replicas (MySQL/PG/MariaDB)" gives no port
    (lookup/port_asked.py); "`504` = target timeout" no timeout (lookup/code_figures.py)."""
    own = (fact["value"] if fact["kind"] == Kind.FACT else fact["snippet"]) or ""
    if q.dimensions and fact["kind"] == Kind.FACT and _RESPONSE_WORDS.intersection(q.tokens) \
            and only_round_the_clock(own):
        return min(shape, NO_NUMBER)
    if (q.dimensions or q.qualifier in ("max", "min")) and not q.codes \
            and not q.kinds & _NAMED_KINDS and fact["kind"] == Kind.FACT and codes_only(own):
        return shape * OTHER_SHAPE  # "`504` = target timeout": no timeout's figure
    if counts_the_scope(fact["snippet"] or "", scope_typed(q.raw, _TIME_WORDS)) or (
            "count" in q.dimensions and counted_only_as_scope(fact["snippet"] or "",
                                                              q.counted)) or (
            PORT_WORDS.intersection(q.tokens) and not q.compared
            and no_port_figure(own, lex.stopwords)):
        return shape * OTHER_SHAPE
    return shape


# a how-soon asked: "24/7" is no answer to it, though it answers "support hours"
_RESPONSE_WORDS = frozenset({"response", "respond", "responds", "within", "latency"})


# "Standard vs Convertible", "gp2 vs. gp3": the two sides a line compares
_LINE_SIDES = lazy_compile(r"\b([a-z][\w-]{2,})\s+(?:vs\.?|versus)\s+([a-z][\w-]{2,})\b",
                           re.IGNORECASE)


def _unasked_side(fact: dict, q: Query) -> bool:
    """A figure of one side of an "A vs B" its note line writes, when the query does not
    name that side: "reserved instance max discount" (neither side) and "standard reserved
    instance max discount" (the other) ask the RIs' own "up to 72% off", not the 54% the
    parser filed as "convertible" from "Standard vs Convertible (convertible ~54%)". The
    side is in the fact's name (subject, attribute), not only on its line."""
    if fact["kind"] not in _QUANTITY_KINDS or q.compared:
        return False
    snippet = fact["snippet"] or ""
    if "vs" not in snippet.lower() and "versus" not in snippet.lower():
        return False
    name = stems(f"{fact['subject'] or ''} {fact['attribute'] or ''}", frozenset())
    for a, b in _LINE_SIDES.findall(snippet):
        own = {stem(a.lower()), stem(b.lower())} & name
        if own and not own & set(q.terms):
            return True  # neither side asked, or the other one ("standard ... discount")
    return False


def _mode_unsaid(fact: dict, q: Query, lex: Lexicon) -> bool:
    """A mode asked by name ("sqs fifo high throughput mode max tps") and a fact that says
    not every word of that name: the plain FIFO queue's 300 msg/s is no figure of the
    high-throughput mode."""
    toks = q.tokens
    if "mode" not in toks or q.compared or q.kinds & _NAMED_KINDS:
        return False  # "lambda async invocation mode": a mode asked for, not a mode's figure
    i = toks.index("mode")
    # the mode's name: the words before "mode" that are no cue and no service or subject typed
    typed = {w for alias in q.typed.values() for w in alias.lower().split()}
    at = [j for j in range(max(0, i - 2), i) if toks[j] not in lex.stopwords
          and (toks[j],) not in lex.qualifiers and stem(toks[j]) not in lex.cue_stems
          and toks[j] not in typed]
    if not at:
        return False
    name = [toks[j] for j in at]
    said = _in_full(fact_stems(fact), lex)  # a note's "perf mode" says "performance mode"
    if not all(stem(t) in said for t in name):
        # a line of the modes as a set ("can switch modes once every 24 hours") is of the
        # kind of mode asked ("ddb capacity mode"), though it leaves the kind's name unsaid;
        # only a kind (not one mode: "high throughput", "elastic"), and only "modes" said
        # bare where the number is ("dedup modes", "FIFO modes", "two throughput modes" name
        # other modes or another kind); a plain figure ("FIFO: 300 msg/s") says no mode
        unsaid = [t for t in name if stem(t) not in said]
        kind = _mode_kind(unsaid[0]) if len(unsaid) == 1 else ""
        return not (kind and _modes_as_a_set(fact, kind))
    return not _mode_itself_asked(q, {*at, i}, typed, lex) and not _mode_in_number_clause(
        fact, {stem(t) for t in name}, lex)


# the kinds of mode a service offers a choice of; a query naming one asks which of the set
_MODE_KINDS = frozenset({"capacity", "performance", "billing"})
# "modes" after a word that names no mode nor kind of one ("switch modes", "between modes")
_MODES_AS_A_SET = lazy_compile(
    r"(?:^|[^\w\s]\s*|\b(?:switch|switching|change|changing|between|both|the|its|all)\s+)"
    r"modes\b", re.IGNORECASE)


def _mode_kind(word: str) -> str:
    """The kind of mode `word` names, as typed or mistyped past its first five letters
    ("perfomance" is "performance"), or ""."""
    return next((k for k in _MODE_KINDS if word == k or word[:5] == k[:5]), "")


def _modes_as_a_set(fact: dict, kind: str) -> bool:
    """Whether a fact's line says "modes" bare, or the kind's modes ("Performance modes:"
    for a kind asked mistyped), in a clause holding its number (anywhere, on a line with
    none)."""
    own = re.compile(rf"\b{kind}\s+modes\b", re.IGNORECASE)
    clauses = number_clauses(fact, _NAME_CLAUSE_SPLIT) or [fact["snippet"] or ""]  # no number:
    # the line's own words ("Performance modes: General Purpose (default) vs Max I/O")
    return any(_MODES_AS_A_SET.search(c.strip()) or own.search(c) for c in clauses)


# a rate written with its slash ("msg/s", "req / sec"), which the query's words split apart
_RATE_TYPED = lazy_compile(r"[a-z]\s*/\s*(?:s|sec|second|min|minute|h|hr|hour)\b")


def _mode_itself_asked(q: Query, name_at: set[int], typed: set[str], lex: Lexicon) -> bool:
    """Whether the query asks for the mode itself, not a figure of it: no figure is asked (a
    maximum or minimum, a limit, a number typed) and no word outside the mode's name and the
    service or subject typed says the unit of one ("rds multi az replication mode", "volume
    gateway mode that keeps hot data cached"). The line naming the mode then answers wherever
    its number is ("SYNC replication to standby ..., failover 60-120 sec"). "sqs fifo tps in
    high throughput mode" asks a rate of the mode, and "mode" there (a name asked) took the
    rate's dimension away from the query, so the words are read here again."""
    if q.dimensions or q.qualifier in ("max", "min") or q.kinds & _QUANTITY_KINDS or q.numbers \
            or _RATE_TYPED.search(q.text):
        return False
    toks = q.tokens
    for n in (1, 2, 3):
        for j in range(len(toks) - n + 1):
            span = range(j, j + n)
            if name_at.intersection(span) or typed.issuperset(toks[j:j + n]):
                continue
            words = tuple(toks[j:j + n])
            if words in lex.dimensions or (n == 1 and words[0] in lex.count_units):
                return False  # "tps", "throughput", "how long", "iops"
    return True


_CLAUSE_SPLIT = CLAUSE_SPLIT
# (_NAME_CLAUSE_SPLIT: the same clauses, an arrow kept inside its clause; _PART_LABEL: a part
# of a line opening with a label of its own; both from lookup/figure_member.py)


def _mode_in_number_clause(fact: dict, name: set[str], lex: Lexicon) -> bool:
    """Whether a mode said on a fact's note line is said where the fact's number is: in its
    name (subject, attribute), a quantity's value or the clause of the line holding it, a
    statement's clause with a number. "3,000 with batching (high throughput mode more)"
    gives the plain FIFO queue's figure and says the mode is beyond it: no figure of the
    mode. A statement with no number is left to the other rules."""
    none: frozenset[str] = frozenset()
    if name <= _in_full(stems(f"{fact['subject'] or ''} {fact['attribute'] or ''}", none), lex):
        return True
    if fact["kind"] != Kind.FACT and name <= _in_full(stems(fact["value"] or "", none), lex):
        return True
    clauses = number_clauses(fact, _NAME_CLAUSE_SPLIT)
    return not clauses or any(name <= _in_full(stems(c, none), lex) for c in clauses)


def _said(fact: dict) -> str:
    """The fact's note line with its numbers said in words in digits (lookup/said_line)."""
    return fact_said_line(fact)


def number_clauses(fact: dict, split: re.Pattern = _CLAUSE_SPLIT) -> list[str]:
    """The clauses that hold a fact's number: a statement's own clauses with a number; a
    quantity's, those of its note line holding the number of its value ([] when the line
    does not write it so)."""
    if fact["kind"] == Kind.FACT:
        return [c for c in split.split(fact["value"] or "") if DIGITS.search(c)]
    number = DIGITS.search(fact["value"] or "")
    if number is None:
        return []
    digits = number.group(0).replace(",", "")
    return [c for c in split.split(_said(fact))
            if digits in (d.replace(",", "") for d in DIGITS.findall(c))
            or digits in grouped_figures(c)]


# a figure written in groups of three by a dot or a space ("3.000 IOPS", "10 000 zapisa"):
# the value read from it is the figure without them ("3000"); as notes/gloss.py reads one,
# never a number glued to a word ("EC2 500") nor one ending a name the text writes
# elsewhere too ("Route 53 500 zones" beside "Route 53 DNS": gloss.ends_a_name)
_GROUPED = lazy_compile(r"(?<![\w.,])\d{1,3}(?:[.\u00a0\u202f ]\d{3})+(?![\d,]|\.\d)")
_GROUP_MARK = lazy_compile(r"[.\u00a0\u202f ]")


def grouped_figures(text: str) -> list[str]:
    """The figures `text` writes in groups of three, without the marks ("3.000": "3000")."""
    found = list(_GROUPED.finditer(text))
    if not found:
        return []
    from studycli.notes.gloss import ends_a_name  # only for a line writing groups

    return [_GROUP_MARK.sub("", m.group(0)) for m in found if not ends_a_name(text, m)]


def _contradicts(fact: dict, q: Query) -> bool:
    """Whether the fact is of the other side of a qualifier the query states
    (lookup/pair_sides.py), where a side is to be read at all."""
    if q.compared or fact["kind"] in _NAMED_KINDS:
        return False  # "fifo vs standard": both sides are asked; "eventbridge -> lambda
        # sync?": the mode is the answer, whichever side it is
    return names_the_other_side(fact, q)


OTHER_VARIANT = 0.5  # the service asked by one variant's name ("nlb"), the fact of another
# (ALB); a variant asked as a subject ("deep archive"), the fact filed under another


def _other_subject(fact: dict, q: Query, lex: Lexicon) -> bool:
    """Whether the query names one variant of a service ("deep archive min storage days")
    and the fact is filed under another variant the lexicon knows ("S3 Glacier": Flexible
    Retrieval's 90 days) whose own text does not name the one asked. A subject the notes
    name in their own words ("Write (PutRecord)" for a shard's write) is no variant."""
    subject = (fact["subject"] or "").lower()
    if not q.subjects or not subject or q.compared:
        return False
    if (fact["service"], subject) not in _variants(lex):
        return False
    asked = [(service, sub.lower()) for service, sub in q.subjects]
    if any(sub == subject for _, sub in asked):
        return False
    if any(related(sub, subject) for _, sub in asked):
        # "glacier" asked: Glacier Instant Retrieval's line is one of its classes; "glacier
        # flexible retrieval" asked: a line of the Glacier family may mean it
        return False
    value = (fact["value"] or "").lower()
    said = set(_WORDS.findall(value))  # the name as typed counts too ("DLQ: after ...")
    return any(service == fact["service"] and sub not in value
               and q.typed.get(sub_name, "\x00") not in said
               for (service, sub), (_, sub_name) in zip(asked, q.subjects, strict=True))


def _another_services_subject(fact: dict, q: Query) -> bool:
    """Whether the query asks a subject of one service ("lambda@edge max duration") and the
    figure is filed under a subject of another service the query does not name (CloudFront
    Functions, on a line comparing the two): the line says the word asked, but of the
    other thing. A statement is left to the words it says."""
    subject = (fact["subject"] or "").lower()
    if fact["kind"] not in _QUANTITY_KINDS and fact["kind"] != Kind.DEFAULT:
        return False
    if not q.subjects or not subject or q.compared or fact["service"] in q.all_services():
        return False
    return all(service != fact["service"] and sub.lower() != subject
               and not related(sub.lower(), subject) for service, sub in q.subjects)


_SIDES = frozenset({"vs", "versus", "or", "and", "over"})


def _another_invoker(fact: dict, q: Query, lex: Lexicon) -> bool:
    """Whether the fact is how one service invokes Lambda (its subject, "S3") while the query
    names another service beside Lambda ("how does api gateway invoke lambda"): S3's
    asynchronous invocation is no answer about API Gateway's (a new user's finding)."""
    asked = q.all_services()
    if fact["kind"] == Kind.FACT:
        # a statement filed under a third service ("S3 invokes lambda async" under S3, when
        # API Gateway and Lambda are asked) is as much another invoker's; a limit or a code
        # is left to _service's own rule
        if len(asked) < 2 or "Lambda" not in asked or not fact["service"]:
            return False
        if fact["service"] not in asked:
            return True
        # a mode asked: Lambda's own statement of how another service invokes it ("✓
        # Asynchronously via S3 event notification") says nothing of the one asked
        return Kind.INVOCATION_MODE in q.kinds and _names_only_others(fact["value"] or "",
                                                                        asked, lex)
    if fact["kind"] != Kind.INVOCATION_MODE or not fact["subject"]:
        return False
    invoker = fact["subject"].lower()
    others = [a for a in asked if a != fact["service"]]
    return bool(others) and all(a.lower() != invoker for a in others)


def _names_only_others(text: str, asked: list[str], lex: Lexicon) -> bool:
    """Whether `text` names a service, none of them asked besides Lambda (by the lexicon's
    aliases, loaded already: the service catalog's patterns cost a lookup ~3 ms)."""
    from studycli.lookup.query import service_spans

    named = {name for _, _, name in service_spans(text, lex)[1]} - {"Lambda"}
    return bool(named) and not named & set(asked)


def _one_subject_of_two(fact: dict, q: Query) -> bool:
    """Whether the query names two subjects of one service, one of them what the other's
    value is of ("lambda authorizer cache ttl": the authorizer's cache), and the fact is
    of one (filed under it, or naming it) while its note line names the other nowhere: the
    stage cache's TTL is no answer about the authorizer's."""
    if len(q.subjects) < 2 or q.compared or _SIDES & set(q.tokens):
        return False  # "security group vs nacl": each side's statements answer
    asked = [sub for service, sub in q.subjects if service == fact["service"]]
    if len(set(asked)) < 2:
        return False
    subject = (fact["subject"] or "").lower()
    text = f"{subject} {fact['value']} {fact['attribute']} {fact['snippet'] or ''}".lower()
    # a subject is said by its name or by the alias typed ("dlq" for dead-letter queue)
    said = [sub for sub in asked if sub.lower() in text
            or q.typed.get(sub, "\x00").lower() in text]
    return bool(said) and len(said) < len(asked)


def _other_variant(fact: dict, q: Query, lex: Lexicon) -> bool:
    """Whether the query names a service by the name of one of its variants ("nlb idle
    timeout" names ELB as NLB) and the fact is filed under another variant of it (ALB):
    the notes' ALB idle timeout is no answer about NLBs. A note line answering as itself
    (lookup/lines.py) is of the variant its own facts were filed under ("subject_guess")."""
    subject = (fact["subject"] or fact.get("subject_guess") or "").lower()
    if not q.typed or q.compared:
        return False  # "redis vs memcached": each side's own statements answer
    service_of = fact["service"] or fact.get("service_guess", "")
    for service, typed in q.typed.items():
        variant = lex.subjects.get(tuple(typed.split()))
        if variant is None or variant[0] != service or variant[0] != service_of:
            continue
        if subject:
            if subject != variant[1].lower() and (service, subject) in _variants(lex):
                return True
            continue
        # A statement of no subject: it names another variant, and not the one asked
        # ("ALB idle timeout default 60 s" for "nlb idle timeout"); its value, else its
        # note line ("A few ALB settings. The idle timeout default is 60 seconds.")
        # (the variant the line gives its figure for, not one it names only after it,
        # lookup/figure_variant.py; else the value's own words; else the whole line)
        named = figure_variants(
            fact, partial(_variants_named, service=service, lex=lex),
            frozenset(w for concept in q.topic for w in concept)) or _variants_named(
            fact["value"] or "", service, lex) or _variants_named(
            fact["snippet"] or "", service, lex)
        if named and variant[1] not in named:
            return True
    return False


def _as_notes_write(q: Query) -> str:
    """The query with a word typed whole written as the notes write it apart: "enterprise
    onramp" names the Enterprise On-Ramp plan, not Enterprise."""
    if not q.written_apart:
        return q.raw
    return re.sub(r"[A-Za-z]+", lambda m: " ".join(q.written_apart.get(m[0].lower(), [m[0]])),
                  q.raw)


def _other_member(fact: dict, q: Query) -> bool:
    """Whether the query names one member of a family of variants that exclude one another
    (lookup/variants.py: "http api", "gp3", "deep archive") and the fact is of another
    member of it: a statement with a number naming the family, by the clauses holding them
    (_numbers_of_others); else filed under it, else naming it and not the one asked in its
    own words (subject, attribute, value), else, for a quantity whose value says no name
    ("29 s"), on its note line ("integration timeout 29 sec for REST"). A comparison asks
    both sides."""
    if q.compared:
        return False
    # a note line answering as itself (lookup/lines.py) is filed under no service: the one
    # its neighbours or heading give is its own ("Glacier Deep Archive: ... min storage 180
    # days" under "# S3" is no answer about Glacier Instant Retrieval)
    service = fact["service"] or fact.get("service_guess", "")
    # a family the fact's own words name is asked of it whatever service it is filed under:
    # "ALB idle timeout default 60 s" under a "## networking" heading filed as VPC's is still
    # an ALB's figure, no answer to "nlb idle timeout"
    typed = variants.named(_as_notes_write(q))
    if not typed:
        return False
    own = variants.named(" ".join((fact["subject"] or "", fact["attribute"] or "",
                                   fact["value"] or "", fact.get("snippet") or "")))
    asked = {key: members for key, members in typed.items()
             if len(members) == 1 and (key[0] == variants.ANY_SERVICE
                                       or service and key[0] == service or key in own)}
    if not asked:
        return False
    if fact["kind"] == Kind.FACT and DIGITS.search(fact["value"] or "") and any(
            key in asked for key in variants.named(fact["value"] or "")):
        # a statement naming the family says in its own clauses which member each number
        # is of: "GSI: max 20 per table; any index: max 100 projected attributes" gives
        # the LSI's 100 whatever it is filed under
        return _numbers_of_others(fact, asked, q)
    texts = [fact["subject"] or "", f"{fact['attribute'] or ''} {fact['value'] or ''}"]
    if fact["kind"] != Kind.FACT:
        texts.append(fact["snippet"] or "")
    elif any(members & variants.named(fact["value"] or "").get(key, frozenset())
             for key, members in asked.items()):
        # a statement naming the member asked is about it, whatever subject the parser
        # gave it ("NACL rules are evaluated in order by rule number" filed under a
        # security group's heading)
        texts = texts[1:]
    # the note's line is the last text read, and only a parsed quantity's
    line_at = len(texts) - 1 if fact["kind"] != Kind.FACT else -1
    for index, text in enumerate(texts):
        said = variants.named(text)
        if any(key in said for key in asked):
            # the note line's clauses naming a member after the figure, read once for both
            # checks below
            naming = naming_after(fact["value"] or "", text, asked) if index == line_at \
                else None
            apart = _set_apart(fact["value"] or "", text, asked, said, naming) \
                if index == line_at else None
            if apart is not None:
                return apart
            if _names_other(asked, said):
                # (unless the line names them only, after the figure, to include or except
                # them: "40 (incl. SQL Server)" is every engine's)
                return not named_only_in_asides(naming)
            if index < len(texts) - 1 and any(
                    said[key] - members for key, members in asked.items() if key in said):
                # the parser's words naming the member asked among others (an attribute
                # "ID/access token validity" of "id token 1 hour, refresh token 30 days"):
                # the note's own line says which it is of
                continue
            # a line naming the member asked among others: whose its figure is, its
            # clause says ("standard: max 1 year ... express: max 5 min")
            return index == line_at and figure_of_other_member(
                fact["value"] or "", text, asked)
    return False


def _set_apart(value: str, line: str, asked: dict[tuple[str, int], frozenset[str]],
               said: dict[tuple[str, int], frozenset[str]], naming: Naming | None) -> bool | None:
    """Whether a fact's note line, naming members of a family asked after its figure only to
    set them apart, gives the figure to another member than the one asked (None where it
    sets none apart): "max storage 64 TiB (SQL Server 16 TiB)" names SQL Server only as an
    exception with a figure of its own, and gives the 64 to every engine it does not name,
    none to one it does; "max storage 64 TiB (except SQL Server)" none to SQL Server
    (`naming`: excepted_members.naming_after's of the line)."""
    if figure_is_the_rests(value, line, asked):
        return any(said[key] & members for key, members in asked.items() if key in said)
    if excepted_from_figure(naming, asked):
        return True
    return None


def _topical(part: str, q: Query, key: tuple[str, int], members: frozenset[str],
             lead: frozenset[str]) -> bool:
    """Whether a part of a statement may speak of the member it names: with a figure of its
    own, whatever word its unit stands for ("Snowcone 8 TB" says a capacity); under a
    leading label naming the member asked ("NLB targets: same as ALB. Health check interval
    default is 30 seconds."); saying a topic word asked."""
    return bool(FIGURE.search(part)) or bool(members & lead) or \
        _says_topic(part, q, name_stems(key, members))


def _names_other(asked: dict[tuple[str, int], frozenset[str]],
                 said: dict[tuple[str, int], frozenset[str]]) -> bool:
    """Whether a text naming the families asked names, in one of them, other members only
    (none asked, none related to one asked)."""
    return any(not members & said[key] and not any(
        related(a, b) for a in members for b in said[key])
        for key, members in asked.items() if key in said)


# where what a clause goes on about stops: a ';' or a sentence's end ("GSI: max 20 per
# table; any index: max 100 projected attributes" says the 100 of no GSI)


def _numbers_of_others(fact: dict, asked: dict[tuple[str, int], frozenset[str]],
                       q: Query) -> bool:
    """Whether every clause of a statement that holds a number is about another member of
    a family asked (names it, or follows the clause that does up to a ';' or a sentence's
    end), none about the member asked, and no clause names the member asked: "spread = max
    7 instances per AZ; partition = up to 7 per AZ, 100s of instances" gives no figure of a
    cluster placement group, whatever its heading names. A sentence with no figure naming the
    member asked speaks of it only where it says a topic word asked too: "ALB idle timeout
    defaults to 60 seconds. Cross-zone load balancing is ... off by default for NLB." says
    nothing of an NLB's idle timeout."""
    parts = _TOPIC_END.split(fact["value"] or "")
    # the line's leading label is what a later part with no label of its own goes on about:
    # "Glacier Deep Archive: retrieval 12 hrs std, 48 hrs bulk; min 180 days" says Deep
    # Archive's 180 days, "GSI: max 20 per table; any index: max 100" no GSI's 100
    label = _PART_LABEL.match(parts[0])
    # read with its colon: a name only a leading label names ("Spread: ... max 7 instances")
    label_names = variants.named(label.group(0)) if label else {}
    if not label and "|" in parts[0]:
        # a table row is about the cells that open it, up to its first figure: "Support |
        # Business | production system down response | < 1 h | ...; prod impaired < 4 h"
        # gives the Business plan's figures, the later clause's too
        label_names = variants.named(" | ".join(row_label(parts[0])))
    # a line giving figures of the dimension asked is read by those alone: "gp2: 3 IOPS/GB,
    # max 16,000 IOPS. gp3: ... 125 MiB/s, max ... 1000 MiB/s" gives throughputs of gp3 only
    # ("gp2 max throughput"), whatever it says of gp2's IOPS
    # (lookup/variant_parts.py)
    line_has_asked_unit = has_asked_unit(fact["value"] or "", q.dimensions)
    for key, members in asked.items():
        by_unit = line_has_asked_unit and read_by_asked_unit(parts, key, members)
        said: list[frozenset[str]] = []
        spoken_of = False  # "full checks only on Business and Enterprise plans; basic/
        # developer get 7 core checks" speaks of the Business plan, if with no number
        lead = label_names.get(key) or frozenset()
        for index, part in enumerate(parts):
            # a clause naming none goes on about the last; in the first part, about its
            # own label ("multi-AZ (instance): sync standby, failover 60-120 s": the label's
            # bracket is a clause of its own, so no clause after it names the member)
            last = lead if not index or not _PART_LABEL.match(part or "") else frozenset()
            topical = has_asked_unit(part or "", q.dimensions) if by_unit else \
                _topical(part or "", q, key, members, lead)
            trailing = False  # a figure of no name whose bracket may still name it
            from_bracket = False  # what `last` is came from a bracket, not a clause's name
            skip = 0
            aside: tuple[int, frozenset[str]] | None = None
            for start, clause in clause_spans(part or ""):  # "Spread -> max 7"
                if start < skip:
                    continue  # inside a bracket already read whole
                if aside and start >= aside[0]:
                    last, aside = aside[1], None  # "29 s (REST, adjustable), 30 s (HTTP)"
                bracket = trailing and bracket_owners(part, start, key)
                if bracket and bracket[1] is None:
                    aside = (bracket[0], last)  # what it names is no later figure's
                elif bracket:
                    # "29 sec (REST)": the names listed after a figure say whose it is, and
                    # what the line goes on about ("max 29 sec (REST), payload max 10 MB")
                    skip, said[-1] = bracket[0], bracket[1] or frozenset()
                    from_bracket = from_bracket or bool(said[-1])
                    last = said[-1] or last
                    spoken_of = spoken_of or bool(members & said[-1])
                    trailing = False
                    continue
                if not clause.strip():
                    continue  # the empty clause between ")" and ","
                named = variants.named(clause).get(key) or frozenset()
                trailing = False
                spoken_of = spoken_of or (bool(members & named) and topical)
                last = named or last
                from_bracket = from_bracket and not named
                if FIGURE.search(clause) and (not by_unit
                                              or has_asked_unit(clause, q.dimensions)):
                    said.append(last)  # (not the 3 of "S3")
                    # a figure of no name of its own, or one going on about a bracket's
                    # names, is still claimed by a bracket right after it: "29 s (REST),
                    # 30 s (HTTP)" gives 30 s to no REST API ("HTTP" alone decides nothing)
                    trailing = not last or (from_bracket and not named)
        # (read by the dimension asked, a part of no figure of it naming the member asked
        # speaks of it nowhere: the clause of its figure must be another's, not its own)
        if not spoken_of and said and all(said) and not any(
                (by_unit and members & s) or any(related(a, b) for a in members for b in s)
                for s in said):
            return True
    return False


def _says_topic(text: str, q: Query, name: frozenset[str] = frozenset()) -> bool:
    """Whether `text` says a topic word of the query (any, when it has none but names), the
    words of the `name` of a member asked none ("data events off" says no retention)."""
    # the words of the name are no topic asked: "cloudtrail data events default" asks only
    # about data events, which a sentence naming them speaks of
    topic = [concept for concept in q.topic if not set(concept) & name]
    if not topic:
        return True
    said = stems(text, frozenset()) - name
    return any(said & set(concept) for concept in topic)


_WORDS = re.compile(r"[a-z0-9]+")


def _variants_named(text: str, service: str, lex: Lexicon) -> set[str]:
    """The variants of `service` (its subjects the lexicon knows) that `text` names."""
    words = tuple(_WORDS.findall(text.lower()))
    return {lex.subjects[words[i:i + n]][1] for n in (1, 2, 3) for i in range(len(words))
            if words[i:i + n] in lex.subjects and lex.subjects[words[i:i + n]][0] == service}


def _variants(lex: Lexicon) -> frozenset[tuple[str, str]]:
    """(service, subject lower-cased) of every subject the lexicon names."""
    return lex.derived("variants", lambda lx: frozenset((s, sub.lower())
                                                        for s, sub in lx.subjects.values()))


def confidence(features: dict[str, float]) -> float:
    return round(features["service"] * features["topic"] * features["shape"], 3)


def _service(fact: dict, q: Query, lex: Lexicon) -> float:
    asked = q.all_services()
    if not asked:
        return 1.0
    if not fact["service"] and _opens_with_other_shorthand(fact["snippet"] or "", asked, lex):
        return OTHER_SERVICE  # unfiled, opened by a shorthand no service asked fits: "LMB
        # max TO 15m, dflt 3s" (a cheat sheet's own name for a service) is no VPC's default,
        # whatever its neighbours' service
    if not fact["service"] and opens_with_others_initials(
            fact["snippet"] or "", asked, set(lex.services.values()), lex.abbreviations) \
            and not _line_says_asked(fact, q, asked, lex):
        return OTHER_SERVICE  # unfiled, opened by another service's initials: "CF TTL
        # default 24 h" (CloudFront's or CloudFormation's) is no ELB's TTL, though the line
        # under it, "ELB idle timeout", lends it a guessed service
    if not q.compared and fact.get("pair_heading") and _of_the_pair_only(fact, asked, lex):
        return 0.0  # unfiled under "X vs Y", its words picking neither: about the pair
        # (lookup/pair_line.py)
    return _service_asked(fact, q, lex, asked)


def _of_the_pair_only(fact: dict, asked: list[str], lex: Lexicon) -> bool:
    """lookup/pair_line.of_the_pair_only, read only for a fact under a heading comparing
    services (most lookups have none, and the module stays unread)."""
    from studycli.lookup.pair_line import of_the_pair_only

    return of_the_pair_only(fact, asked, lex)


def _service_asked(fact: dict, q: Query, lex: Lexicon, asked: list[str]) -> float:
    """_service's reading where services are asked."""
    service = fact["service"] or fact.get("service_guess", "")
    subject = (fact["subject"] or "").lower()
    if service in asked or any(a.lower() == subject for a in asked):
        return 1.0
    if _line_says_asked(fact, q, asked, lex) and not _sentence_of_own_service(fact, q, asked):
        return 0.8  # the line names the service asked, though filed under another (by any
        # of its names: "default max accounts per org = 10" filed under IAM, "orgs" asked)
    if any(_says_initials(fact["snippet"] or "", _initials(a)) for a in asked):
        return 0.8  # "SM deletion recovery window": notes write a name by its initials
    if any(child_words(service, a) or child_words(a, service) for a in asked):
        if names_other_kept_thing(fact, [child_words(service, a) for a in asked]):
            return 0.0  # "cloudwatch logs retention": not "CW metrics retention 15 months"
        return 0.8  # one family: "cw logs" asked, the fact filed under CloudWatch
    if not service and _names_code(fact, q):
        return 0.8  # "ResourceNotFoundException lambda": the exception named, in an unfiled line
    if not fact["service"] and _context_names(fact.get("context") or "", q, asked):
        return 0.8  # unfiled, under a parent item or caption naming the service asked
        # ("CloudWatch = monitoring (...)" over "  - Logs: retention default = never expire")
    if fact["service"] and _context_names(fact.get("context") or "", q, asked) \
            and not _line_names(fact["snippet"] or "", fact["service"]) \
            and not _line_names(fact.get("context") or "", fact["service"]):
        return 0.8  # filed under a service neither its line nor the lines over it name, in
        # an outline whose parent item names the one asked ("V. CloudFront" over "B. Default
        # TTL 24 hours"); a table header naming both sides speaks for neither
    if not service and _names_other_service(fact["snippet"] or "", asked, lex):
        return OTHER_SERVICE  # unfiled, but its line speaks of another service ("gp3 vs gp2")
    if not q.services and _says_subject_typed(fact, q):
        return 0.8  # no service typed, one implied by a subject's name another service's
        # line says too ("on demand ... billing": EC2's "On-Demand: per second billing",
        # though "on-demand" names Kinesis's capacity mode in the lexicon)
    if _context_names(fact.get("paragraph") or "", q, asked) \
            and not _own_line_under_statement(fact) \
            or heading_names_asked(fact, asked, lex, q.raw):
        return 0.8  # a transcript's paragraph opened by the service asked ("Auto Scaling
        # groups. ...") whose line the parser filed under a service named in passing; a
        # line naming no service, under a heading naming the one asked and not the one it
        # is filed under ("## ECS core concepts" over "minimumHealthyPercent default 100",
        # filed under ELB), read only where lookup would otherwise abstain
        # (core._answer_in_context)
    return UNKNOWN_SERVICE if not service else 0.0


def _line_says_asked(fact: dict, q: Query, asked: list[str], lex: Lexicon) -> bool:
    """Whether a fact's line names a service asked: as typed, by its name, or by an alias
    of the lexicon's (lookup/service_said.py)."""
    snippet = (fact["snippet"] or "").lower()
    return any(q.typed.get(a, "\x00") in snippet or a.lower() in snippet for a in asked) \
        or line_names_asked(fact["snippet"] or "", asked, lex)


_SENTENCE_END = re.compile(r"(?<=[.?!])\s+")


def _sentence_of_own_service(fact: dict, q: Query, asked: list[str]) -> bool:
    """A quantity of a paragraph of several sentences whose sentence stating its number
    names none of the services asked ("Unlike SQS (..., messages persisted up to 14 days),
    SNS is push ..." is no EventBridge retention, though a later sentence names EventBridge)."""
    wanted = [v for v in (fact.get("number"), fact.get("low"), fact.get("high"))
              if v is not None]
    sentences = _SENTENCE_END.split(fact.get("snippet") or "")
    if not wanted or len(sentences) < 2:
        return False
    for sentence in sentences:
        if any(abs(v - w) <= 1e-6 * max(1.0, abs(w))
               for v, _, _ in numbers_with_units(sentence) for w in wanted):
            low = sentence.lower()
            return not any(q.typed.get(a, "\x00") in low or a.lower() in low for a in asked)
    return False


def _says_subject_typed(fact: dict, q: Query) -> bool:
    """Whether the fact's own line says a subject's name as the query typed it."""
    text = " ".join(_WORDS.findall(f"{fact['value']} {fact['snippet'] or ''}".lower()))
    return any(f" {' '.join(_WORDS.findall(q.typed.get(sub, '').lower()))} " in f" {text} "
               for _, sub in q.subjects if q.typed.get(sub))


def _context_names(context: str, q: Query, asked: list[str]) -> bool:
    """Whether the lines over a fact's line (lookup/context.py) name a service asked."""
    if not context:
        return False
    from studycli.services import find_services

    named = {m.name for m in find_services(context)}
    return bool(named & set(asked)) or any(
        service.startswith(n + " ") for service in asked for n in named)


def _own_line_under_statement(fact: dict) -> bool:
    """A line opening with its own service in a paragraph opened by a statement ("ELB idle
    timeout 60 s" under "SQS  std: unlimited TPS ; FIFO 300 msg/s", a cheat sheet's lines each
    of their own service), not by a transcript's title ("Auto Scaling groups." over "EC2
    instances get replaced ..., cooldown 300 seconds": the title says whose the line is)."""
    from studycli.lookup.context import is_label_line

    return _opens_with_own_service(fact) and not is_label_line(
        (fact.get("paragraph") or "").strip())


# what may come before the service a line opens with: a bullet, a number, a mark
_LINE_LEAD = lazy_compile(r"[\s\-*+>#•·\d.)]*")


def _opens_with_own_service(fact: dict) -> bool:
    """Whether a fact's line opens with the name of the service it is filed under ("ELB
    idle timeout 60 s" in a cheat sheet's paragraph opened by "SQS: ..."): the line says
    whose it is, and the paragraph's first line does not speak for it (a transcript's line
    naming its service in passing opens with something else)."""
    from studycli.services import find_services

    snippet = fact["snippet"] or ""
    found = find_services(snippet)
    lead = _LINE_LEAD.match(snippet)
    return bool(found) and found[0].name == fact["service"] \
        and found[0].start == (lead.end() if lead else 0)


def _line_names(snippet: str, service: str) -> bool:
    """Whether a note line names `service` (by any name the parser knows for it)."""
    from studycli.services import find_services

    return any(m.name == service for m in find_services(snippet))


def _names_other_service(snippet: str, asked: list[str], lex: Lexicon) -> bool:
    """Whether an unfiled line names a service, or a subject of one ("gp3"), other than
    those asked, and none of them. Read by the lexicon's aliases, loaded already (the
    service catalog's patterns cost a lookup ~3 ms to build)."""
    from studycli.lookup.query import _ngrams, service_spans

    toks, spans = service_spans(snippet, lex)
    services = {name for _, _, name in spans}
    owners = {owner for _, _, (owner, _) in _ngrams(toks, lex.subjects)}
    if not (services or owners):
        return False
    return not ((services | owners) & set(asked))


def _opens_with_other_shorthand(snippet: str, asked: list[str], lex: Lexicon) -> bool:
    """Whether an unfiled line opens with a shorthand's shape ("LMB", "SecMgr":
    shorthand_shape) that is no word the lexicon knows and fits no name of the services asked:
    the line is about something its note names so, not about a service asked."""
    from studycli.shorthand_shape import OPENER, shaped
    from studycli.shorthand_shape import names as stands_for

    m = OPENER.match(snippet)
    if m is None or not shaped(tok := m.group("tok")):
        return False
    low = tok.lower()
    if low in lex.known_words or (low,) in lex.services or (low,) in lex.subjects:
        return False
    wanted = set(asked)
    names = [a.lower() for a in asked]
    names += [" ".join(words) for words, name in lex.services.items() if name in wanted]
    return not any(stands_for(tok, name) for name in names)


def _named_shape(fact: dict, q: Query, lex: Lexicon) -> float:
    """A code or a mode is asked ("api gateway timeout error code", whatever "timeout"
    says): a fact of that kind, or a statement (one about modes, for a mode asked)."""
    if fact["kind"] == Kind.INVOCATION_MODE and "count" in q.dimensions \
            and not q.count_guessed:
        return NO_NUMBER  # "how many times does lambda retry async invocations", "lambda
        # async invoke retries": a mode ("synchronous") says not how many
    if fact["kind"] == Kind.INVOCATION_MODE and _one_of_the_list(fact, q, lex):
        return OTHER_SHAPE
    if size_or_duration_bound_asked(q) and (fact["kind"] == Kind.INVOCATION_MODE or (
            fact["kind"] == Kind.FACT and not _states_number(fact))):
        return NO_NUMBER  # "max response payload for sync lambda invoke": neither
        # "synchronous" nor a line of who calls synchronously gives a size
    if q.code_of_call and fact["kind"] == Kind.INVOCATION_MODE:
        return NO_NUMBER  # "lambda async invoke status code": a code asked of the async
        # call, which "asynchronous" (the mode) does not give
    if q.code_of_call and fact["kind"] == Kind.FACT \
            and not states_code(f"{fact['value'] or ''} {fact['snippet'] or ''}"):
        return NO_NUMBER  # ... nor a statement that writes no code ("supports async
        # invocation: S3, SNS, ..."). Only where an invocation is asked of: "alb unhealthy
        # target status code" reads "returns 503" as any statement
    if fact["kind"] in q.kinds:
        return 1.0
    if fact["kind"] != Kind.FACT:
        return OTHER_SHAPE
    if "count" in q.dimensions and q.kinds & _QUANTITY_KINDS and not _states_number(fact):
        return NO_NUMBER  # "how many times does lambda retry async invocations": a
        # statement about async invocations that gives no number says not how many
    if q.kinds & _NAMED_KINDS == {Kind.INVOCATION_MODE} and not (
            q.dimensions or q.qualifier or q.kinds & _QUANTITY_KINDS) and not _says_mode(
            fact, lex):
        return OTHER_SHAPE  # "how does lambda get messages from sqs": not a quota row
    return 1.0


def _one_of_the_list(fact: dict, q: Query, lex: Lexicon) -> bool:
    """The query asks for a list, a plural name its head ("lambda invocation types"), and
    the fact is one item of it, of a subject not asked ("synchronous", how ELB invokes)."""
    head = q.tokens[-1] if q.tokens else ""
    subject = (fact["subject"] or "").lower()
    return head.endswith("s") and head in lex.answer_names and bool(subject) \
        and subject not in {a.lower() for a in q.all_services()} \
        and subject not in {s.lower() for _, s in q.subjects}


def _states_number(fact: dict) -> bool:
    value = fact["value"] or ""
    return fact["number"] is not None or fact["low"] is not None or _has_digit(value) or \
        bool(_NUMBER_WORD.search(value))


def _mode_words(lex: Lexicon) -> re.Pattern:
    words = {" ".join(k) for k, names in lex.kinds.items()
             if Kind.INVOCATION_MODE in names and not any(w in lex.stopwords for w in k)}
    words |= {"push", "pushes", "pull", "pulls", "polling", "subscribe", "subscribes",
              "subscription", "fan-out", "fan out", "esm"}
    # longest first, then alphabetical: a set's order changes from run to run (string
    # hashing), and a pattern that differs was compiled afresh by every lookup (~0.4 ms)
    # and kept again in the cache folder's pattern file
    ordered = sorted((_name_written(w) for w in words), key=lambda w: (-len(w), w))
    # a CLI flag ("--invocation-type DryRun") or an API parameter ("InvocationType=Event")
    # names the mode as the words do; a hyphen after a word ("non-async") still joins a word
    return re.compile(r"(?<!\w)(?<!\w-)(?:" + "|".join(ordered) + r")(?![\w-])", re.IGNORECASE)


def _name_written(phrase: str) -> str:
    """`phrase` as a pattern whose spaces match a space, a hyphen, an underscore or nothing:
    "invocation type" as the notes' "invocation-type", "InvocationType", "invocation_type"."""
    return r"(?:[\s_-]?)".join(map(re.escape, phrase.split(" ")))


def _says_mode(fact: dict, lex: Lexicon) -> bool:
    """Whether a statement says how something is invoked: one of the lexicon's words for
    invocation modes ("polls", "asynchronous", "event source mapping"), a question cue
    ("how does") aside, or a word for pushing, pulling or subscribing."""
    pattern = lex.derived("mode_words", _mode_words)
    return bool(pattern.search(f"{fact['value']} {fact['snippet'] or ''}"))


def _initials(name: str) -> str:
    """The capitals a student abbreviates a name of two or more words to ("Secrets
    Manager": SM, "Kinesis Data Streams": KDS); "" for a name of one word."""
    words = [w for w in name.split() if w[:1].isalpha()]
    return "".join(w[0].upper() for w in words) if len(words) >= 2 else ""


def _says_initials(text: str, initials: str) -> bool:
    """Whether `text` writes `initials` as a word of its own (no letter, digit, "_" or "-"
    on either side). String search, not a pattern: a pattern made per service asked would
    be compiled, and kept in the cache folder's pattern file, once for every service."""
    if not initials:
        return False
    at = text.find(initials)
    while at >= 0:
        end = at + len(initials)
        if not (at and _word_char(text[at - 1])) and not (end < len(text)
                                                          and _word_char(text[end])):
            return True
        at = text.find(initials, at + 1)
    return False


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch in "_-"


def _names_code(fact: dict, q: Query) -> bool:
    """The fact's own text names an exception typed ("ResourceNotFoundException"): a
    name that specific says what the line is about, whatever section it sits in."""
    names = [c for c in q.codes if not c[0].isdigit()]
    if not names:
        return False
    text = f"{fact['attribute']} {fact['value']}".lower().replace(" ", "")
    return any(c in text for c in names)


def _name_measure_unsaid(fact: dict, q: Query) -> bool:
    asked = measure_in_name(q)
    return asked is not None and measure_unsaid(fact, asked)


def _topic(fact: dict, q: Query, lex: Lexicon) -> float:
    """Share of the query's topic words the fact says. A word after "per" counts half ("max
    tags per queue" asks about tags); a number typed is the number rank already matched; a
    unit word ("secs", "size") is said by a value in that unit. A line giving an HTTP status
    also says "http" and "status" where a code is asked (lookup/status_said.py), only to
    complete what its other words said: "502 Bad Gateway" says nothing of "lambda invoke
    --invocation-type Event http status", nor "301 Moved Permanently: wrong region endpoint
    for the bucket" of "s3 access denied bucket http status" (it says "bucket" alone of the
    rest: STATUS_REST)."""
    share = _topic_said(fact, q, lex, False)
    if share and other_thing_missing(fact, q, lex):
        return share * MISSING_OTHER  # "NoSuchKey" for "s3 bucket missing error"
    if 0.0 < share < 1.0 and asks_status(q) and gives_status(fact) and _topic_said(
            fact, without_status_words(q), lex, False) >= STATUS_REST:
        return max(share, _topic_said(fact, q, lex, True))
    return share


MISSING_OTHER = 0.5  # a line saying "missing" only by a code of another thing missing
STATUS_REST = 0.8  # the share of a query's words but "http" and "status" a line giving a
# status must say for those to be said too: nearly all ("nosuchkey" is said at 0.85)


def _topic_said(fact: dict, q: Query, lex: Lexicon, status: bool) -> float:
    """_topic's share, with the words a status says said where `status`."""
    if fact["kind"] == Kind.INVOCATION_MODE and Kind.INVOCATION_MODE in q.kinds and any(
            s.lower() == (fact["subject"] or "").lower() for s in q.all_services()) \
            and mode_asked_by_name(q, lex):
        return 1.0  # "sns -> lambda invocation type": Lambda/SNS/invocation is the answer
    if q.codes and fact["kind"] == Kind.ERROR_CODE and _shape(fact, q, lex) == 1.0:
        return 1.0  # "what is http 429 in api gateway": the code typed is what is asked
    service = fact["service"] or fact.get("service_guess", "")
    # "secrets manager max secret size": a word of the fact's own service name is said by it
    named = stems(service, frozenset()) | _kind_of_subject_asked(fact, q, lex)
    named |= item_noun(fact, q)  # "st1 min volume size": every EBS fact is a volume's
    named |= initials_typed(service, q.terms, lex.abbreviations)  # "eb": Elastic Beanstalk
    if _asks_prefix(q) and _states_prefix(fact, q):
        named |= _PREFIX_SAYS  # "/16" is a block's size, as "256 KB" says "size"
    if _PRICE_WORDS.intersection(q.tokens) and _STATES_MONEY.search(fact["value"] or ""):
        named |= _PRICE_SAYS  # "$5 per TB scanned" says what Athena costs
    if _REGION_CODE.search(fact["value"] or ""):
        named |= _REGION_SAYS  # "us-east-1 only" says which region ("acm cert region")
    if _DELIVERY_SEMANTICS.search(fact["value"] or ""):
        named |= _SEMANTICS_SAY  # "Express async = at-least-once" says its delivery guarantee
    if status:
        named |= STATUS_SAYS  # "503: S3 SlowDown" says which HTTP status
    if q.codes and fact["kind"] == Kind.FACT and defines_code(fact["snippet"] or "", q.codes):
        named |= CAUSE_SAYS  # "HTTP 504 from CloudFront = origin didn't respond" says what
        # causes a 504 (lookup/code_defined.py)
    if period_answered(fact["value"] or "", q):
        named |= HOW_OFTEN_STEMS  # "KMS auto rotation yearly" says how often it rotates
    parts = _quantity_clauses(fact, q)
    if parts:  # a statement of several clauses: the words must be said next to a number
        others = _about_other_service(fact["value"] or "", service, lex)
        return max(_topic_share(_with_context(_said_by(
            (frozenset() if part in others else named)
            | stems(fact["subject"] or "", frozenset())
            | stems(fact["attribute"], frozenset()) | stems(part, frozenset()), part, q, lex),
            fact, q, lex), fact, q, lex, _clause_units(part), part) for part in parts)
    own = fact_stems(fact) - _class_name_only(fact, q)
    found = said_only_per(_said_by(
        own | named | _release_said(fact),
        f"{fact['attribute']} {fact['value']} {fact['snippet'] or ''}", q, lex),
        fact, q.topic, q.denominators, named | _subject_stems(q))
    share = _topic_share(_with_context(_with_identifiers(found, fact, q), fact, q, lex),
                         fact, q, lex)
    if _counts_another_thing(fact, q, lex) or _not_per_unit_asked(fact, q):
        return share * MEASURE_UNSAID
    return share


def _class_name_only(fact: dict, q: Query) -> frozenset[str]:
    """Words of a class's name that say only which class it is, when a family is asked
    ("glacier retrieval time": "retrieval" of "S3 Glacier Flexible Retrieval", whose
    "minimum storage duration" is no retrieval time): those its subject alone says, no name
    typed, no word of its attribute or line."""
    subject = fact["subject"] or ""
    if not subject or not any(sub.lower() != subject.lower() and related(sub, subject)
                              for _, sub in q.subjects):
        return frozenset()
    none: frozenset[str] = frozenset()
    typed = stems(" ".join([*q.all_services(), *(sub for _, sub in q.subjects),
                            *q.typed.values()]), none)
    said = stems(fact["attribute"], none) | stems(fact["value"], none) | stems(
        _without_name(fact["snippet"] or "", subject), none)
    return stems(subject, none) - typed - said


def _without_name(line: str, subject: str) -> str:
    """The line without the class's name ("Glacier Flexible Retrieval"), as written."""
    short = subject.split(" ", 1)[1] if subject.startswith(("S3 ", "AWS ", "Amazon ")) else subject
    return re.sub(re.escape(short), " ", line, flags=re.IGNORECASE)


# Units a ratio is asked per ("gp2 iops per gb"): a number per something else is another
# measure. Scopes ("per region", "per account") are not here: notes leave them unsaid.
_RATIO_SIZES = SIZE_STEMS
_RATIO_TIMES = frozenset(stem(w) for w in ("second", "sec", "minute", "min", "hour", "hr",
                                           "day", "month"))


def _not_per_unit_asked(fact: dict, q: Query) -> bool:
    """A number of a ratio asked ("gp2 iops per gb", "lambda requests per day") that its own
    words (attribute, value, the clause stating it) do not give per that unit: "16,000 IOPS",
    gp2's maximum on the line "3 IOPS per GB, min 100, max 16,000 IOPS", is no IOPS per GB.
    A rate in time (its unit per_s, B/s) is per second whatever it says."""
    per = q.denominators & (_RATIO_SIZES | _RATIO_TIMES)
    if not per:
        return False
    if fact.get("number") is None and fact.get("low") is None:
        # a statement: "$5 per TB" is no price per GB (a span of time is written too many
        # ways to tell: "/s", "/hr", "/mo")
        sizes = per & _RATIO_SIZES
        return bool(sizes) and _has_digit(fact["value"]) and not sizes <= stems(
            fact["value"] or "", frozenset())
    if per <= _RATIO_TIMES and fact["unit"] in ("per_s", "B/s"):
        return False
    clause = own_clause(fact) or ""
    said = stems(f"{fact['attribute'] or ''} {fact['value'] or ''} {clause}", frozenset())
    return not per <= said


def _kind_of_subject_asked(fact: dict, q: Query, lex: Lexicon) -> frozenset[str]:
    """"max read replicas aurora" and a fact of Aurora's "Aurora Replicas": a subject named
    for its own service and a thing ("Aurora" + "replicas") is that service's kind of the
    thing, so the words of a subject of the catalogue the query types for that thing ("read
    replicas", RDS's) are said by it. Only a subject that is the service's name and one thing.
    A fact filed with no subject is named by its attribute ("aurora replicas (per cluster)",
    from "Up to 15 Aurora Replicas per cluster"): the words of its name, not its scope."""
    subject = stems(fact["subject"] or _attribute_name(fact["attribute"] or ""), frozenset())
    service = stems(fact["service"] or "", frozenset())
    thing = subject - service
    if len(thing) != 1 or not service or not service <= subject or not thing <= set(q.terms):
        return frozenset()
    typed = f" {' '.join(q.tokens)} "
    out: frozenset[str] = frozenset()
    for alias in lex.subjects:
        if len(alias) > 1 and f" {' '.join(alias)} " in typed:
            words = stems(" ".join(alias), frozenset())
            if thing <= words:
                out |= words
    return out


_SCOPE = re.compile(r"\s*(?:\(.*|\bper\b.*)$")


def _attribute_name(attribute: str) -> str:
    """An attribute without its scope: "aurora replicas (per cluster)" -> "aurora replicas"."""
    return _SCOPE.sub("", attribute)


def _subject_stems(q: Query) -> frozenset[str]:
    """Stems of the subjects the query names ("PutRecords"): "500 records per PutRecords"
    is the count per call of the subject asked, no scope of another measure."""
    return frozenset().union(*(stems(sub, frozenset()) for _, sub in q.subjects))


_PLURAL_NOUN = re.compile(r"[a-z]{3,}s")
_COUNTED_AFTER_NUMBER = re.compile(r"\d[\d,.]*\s+(?:[A-Za-z-]+\s+)?([A-Za-z]{3,}s)\b")


def _counts_another_thing(fact: dict, q: Query, lex: Lexicon) -> bool:
    """A count filed under what it counts ("8 healthy records", "1,000 concurrent
    executions") answers a count of that thing only: when the query names neither the thing
    counted nor every word of the measure asked, it asks for a count of something else ("elastic
    ip limit per region" is no count of records; "max provisioned concurrency" says
    "concurrency", but executions running at once are not the concurrency provisioned)."""
    if fact["kind"] not in _MEASURED_KINDS or fact["unit"] != "count":
        return False
    words = (fact["attribute"] or "").lower().split()
    if not words or not _PLURAL_NOUN.fullmatch(words[-1]):
        return False
    counted = stem(words[-1])
    if counted in _DIMENSION_ONLY or counted in _unit_stems(lex):
        return False  # "63 characters", "16,000 IOPS": a unit, not a thing counted
    said = {stem(m.lower()) for m in _COUNTED_AFTER_NUMBER.findall(fact["value"] or "")}
    if matched_words({counted} | said, q):
        return False  # the thing counted is asked (by the measure's name or its value:
        # "1000 Lambda functions" filed under "concurrent executions")
    name = matched(_in_full(stems(f"{fact['subject'] or ''} {fact['attribute']}",
                                  frozenset()), lex), q)
    service = stems(fact["service"] or "", frozenset())
    for concept in q.topic:
        own = [w for w, v in concept.items() if v == max(concept.values())]
        if any(w[:1].isdigit() or w in lex.cue_stems or w in lex.cue_phrase_stems
               or w in _DIMENSION_ONLY or w in q.generic or _weak(w, q, lex)
               or w in q.denominators or w in service for w in own):
            continue  # not a word naming the measure ("max", "size", "per region")
        if not any(w in name for w in concept):
            return True
    return False


_RELEASE_STEMS = frozenset(stem(w) for w in RELEASE_WORDS)


def _release_said(fact: dict) -> frozenset[str]:
    """A line that dates what it names ("2022-04 Lambda function URLs") says it came then:
    a word of release typed ("lambda function url launch") is said by it."""
    return _RELEASE_STEMS if _DATED.search(f"{fact['attribute'] or ''} {fact['value'] or ''}") \
        else frozenset()


def _about_other_service(value: str, service: str, lex: Lexicon) -> set[str]:
    """The number clauses (as `_number_clauses` gives them) that speak of a service other
    than the fact's: the last service named up to a clause is what it is about, so in
    "Secrets Manager = rotation, $0.40/secret/month. Parameter Store = free tier (4 KB),
    advanced 8 KB" the 4 KB and 8 KB are Parameter Store's, not Secrets Manager's."""
    from studycli.lookup.query import service_spans

    parts = [p for p in _STATEMENT_SPLIT.split(value) if p.strip()]
    current: set[str] = set()
    about: list[set[str]] = []
    for p in parts:
        named = {name for _, _, name in service_spans(p, lex)[1]}
        if named:
            current = named
        about.append(current)
    return {" ".join(parts[max(0, i - 1):i + 1]) for i, p in enumerate(parts)
            if about[i] and service not in about[i]}


def _with_context(found: dict[str, float], fact: dict, q: Query, lex: Lexicon
                  ) -> dict[str, float]:
    """Words the question above the fact's line, or its table's header, says (lookup/
    context.py, when read): they count for CONTEXT of a word the fact says itself."""
    context, section = fact.get("context"), fact.get("section")
    if not (context or section):
        return found
    if q.subjects and _names_other_subject(fact, q):
        return found  # "BatchGetItem = 100 items" under "Q9. BatchWriteItem limits?" is
        # about the subject it names, not the one the question above asks about
    out = dict(found)
    for text, weight, typed_only in ((context, CONTEXT, False), (section, SECTION, True)):
        for w, v in matched(_in_full(stems(text or "", frozenset()), lex), q).items():
            if typed_only and q.terms.get(w, 0.0) < 1.0:
                continue  # a heading says a word typed, not one related to it: "Billing,
                # pricing & support" speaks of no line's cost per month
            if v * weight > out.get(w, 0.0):
                out[w] = v * weight
    return out


_API_NAME = re.compile(r"\b[A-Z][a-z]+(?:[A-Z][a-z]+)+\b")  # "BatchGetItem", "GetRecords"


def _names_other_subject(fact: dict, q: Query) -> bool:
    """The fact is filed under, or its own text names, a subject (an API name) other than
    the ones asked, and names none of them."""
    asked = {s.lower() for _, s in q.subjects}
    subject = fact["subject"] or ""
    if subject:  # filed under an API name ("BatchGetItem"); a feature's name may be a
        # phrase the query words differently ("Write (PutRecord)")
        return bool(_API_NAME.fullmatch(subject)) and subject.lower() not in asked
    names = {n.lower() for n in _API_NAME.findall(fact["value"] or "")}
    return bool(names) and not names & asked


def _with_identifiers(found: dict[str, float], fact: dict, q: Query) -> dict[str, float]:
    """An API or exception name typed ("KMSAccessDeniedException") that the fact writes out
    is said whole, and so are its parts (kms, access, denied): the parts are concepts of the
    query only for facts that spell the name in words."""
    if not q.identifier_parts:
        return found
    text = f"{fact['attribute']} {fact['value']} {fact['snippet'] or ''}".lower()
    said = [name for name in q.identifier_parts if name in text]
    if not said:
        return found
    found = dict(found)
    for name in said:
        for w in (*q.identifier_parts[name], *(w for c in q.topic for w in c if name in w)):
            found[w] = 1.0
    return found


def _said_by(words: frozenset[str], text: str, q: Query, lex: Lexicon) -> dict[str, float]:
    """The query's words a fact says by `words` (its stems) and `text` (its line): read with
    its short forms in full, a name the query spells out that it writes by a short form
    (initials_said), and a word typed as one it writes as two (written_apart)."""
    return matched(spelled_names(_in_full(words, lex), q, lex) | joined_typed(text, q.terms), q)


def _in_full(words: frozenset[str], lex: Lexicon) -> frozenset[str]:
    """`words` and what the short ones stand for: a note's "msgs" says "messages", its
    "subs" "subscriptions" and so "subscribers", the word the lexicon reads it as too."""
    table = lex.derived("short_forms_in_full", _short_forms_in_full)
    full = [table[w] for w in words if w in table]
    # and the verb of a noun it writes ("rotation" says "rotate")
    full.extend(forms for w in words if (forms := verb_of_noun(w)))
    # and the initials of a name of several words it writes whole: "security groups" says
    # "sg", as "5 SGs" does; only the whole name, never one of its words ("groups": no "sg")
    full.extend(initials for parts, initials in
                lex.derived("initials_of_names", _initials_of_names).items()
                if parts <= words)
    # and a word a name of two words shortens beside the word it keeps: "task def" says
    # "definition" (alone, "def" may be a default)
    full.extend(whole for parts, whole in
                lex.derived("shortened_in_names", _shortened_in_names).items()
                if parts <= words)
    return words.union(*full) if full else words


def _shortened_in_names(lex: Lexicon) -> dict[frozenset[str], frozenset[str]]:
    """Stems of a name of two words one of which is shortened -> the stem of that word in
    full, from the lexicon's abbreviations ("task def" -> "task definition": {"task",
    "def"} -> "definit")."""
    table: dict[frozenset[str], set[str]] = {}
    for key, targets in lex.abbreviations.items():
        if len(key) != 2:
            continue
        for t in targets:
            if len(t) == 2 and t[0] == key[0] and t[1] != key[1] and t[1].startswith(key[1][:2]):
                table.setdefault(frozenset(stem(w) for w in key), set()).add(stem(t[1]))
    return {parts: frozenset(whole) for parts, whole in table.items()}


def _counted_said(counted: set[str] | frozenset[str], words: frozenset[str], lex: Lexicon
                  ) -> bool:
    """Whether a note's `words` name what a query counts, either spelled out or by its
    initials whichever side writes which: "max security groups per eni" counts the "5 SG"
    of "max 5 SG per ENI", "max eips" the "5 Elastic IPs" (_in_full gives each side's
    words the initials of a whole name they write, never a name for one of its words)."""
    return bool(_in_full(frozenset(counted), lex) & _in_full(words, lex))


def _initials_of_names(lex: Lexicon) -> dict[frozenset[str], frozenset[str]]:
    """Stems of a name of several words -> the stem of the one-word short form the lexicon
    reads as it ("security group" -> "sg", "elastic network interface" -> "eni")."""
    table: dict[frozenset[str], set[str]] = {}
    for key, targets in lex.abbreviations.items():
        if len(key) == 1:
            for t in targets:
                if len(t) > 1:
                    table.setdefault(frozenset(stem(w) for w in t), set()).add(stem(key[0]))
    return {parts: frozenset(short) for parts, short in table.items()}


def _short_forms_in_full(lex: Lexicon) -> dict[str, frozenset[str]]:
    """Stem of a short form -> the stem it stands for, and those of the one-word forms the
    lexicon's abbreviations read that word as ("sub" -> "subscription", "subscriber")."""
    by_stem: dict[str, set[str]] = {}
    for key, targets in lex.abbreviations.items():
        if len(key) == 1:
            by_stem.setdefault(stem(key[0]), set()).update(
                stem(t[0]) for t in targets if len(t) == 1)
    return {short: frozenset({full, *by_stem.get(full, ())})
            for short, full in lex.short_forms.items()}


def _quantity_clauses(fact: dict, q: Query) -> list[str]:
    """The clauses holding a number of a statement that says several things, when a
    quantity is asked ("max provisioned concurrency": "concurrency 1000 per region ...
    provisioned concurrency = pre-warmed ... payload 6MB" says no number of provisioned
    concurrency); [] for a fact of one value or a question that asks for no quantity."""
    if fact["unit"] or fact["kind"] != Kind.FACT or q.concept or q.kinds & _NAMED_KINDS or not (
            q.dimensions or q.qualifier in ("max", "min") or q.kinds & _QUANTITY_KINDS):
        return []
    if _WHOLE_NUMBER.search(fact["attribute"] or ""):
        return []  # a label that holds the number ("dlq: maxreceivecount 1-1000")
    value = fact["value"] or ""
    parts = _number_clauses(value)
    # "LSI: same PK diff SK, only at table creation, max 5 per table": the line's label
    # names what each of its clauses is about
    label = _LINE_LABEL.match(value)
    if label and len(label.group(1).split()) <= LINE_LABEL_WORDS:
        parts = [p if p.startswith(label.group(0)) else f"{label.group(1)}: {p}"
                 for p in parts]
    return parts


LINE_LABEL_WORDS = 3  # words of a line's opening label ("Read replicas:") that name its topic
# "Read replicas: ...", "GSI = any keys, add anytime, max 20 per table", "Aurora Serverless
# v2 → scales in ACUs, min 0.5 ACU max 128 ACU", and either after a
# flashcard's answer mark ("A: LSI = same partition key, ..., max 5") or a to-do list's ticked
# box ("[x] GSI: any PK/SK, add anytime, max 20 per table" in a study planner)
_LINE_LABEL = lazy_compile(r"^\W*(?:A\s*[:.)]\s+|\[[ xX✓✔]\]\s*)?([A-Za-z][\w +/-]{0,30}?)"
                           r"\s*(?:[:=]|→|->)\s")


def _number_clauses(value: str) -> list[str]:
    """The clauses of `value` that hold a number, each with the clause before it (a label,
    a question: "How many SNS topics per account? 100,000"); [] for one clause."""
    parts = [p for p in _STATEMENT_SPLIT.split(value) if p.strip()]
    if len(parts) < 2:
        return []
    return [" ".join(parts[max(0, i - 1):i + 1]) for i, p in enumerate(parts)
            if _has_digit(p) or _NUMBER_WORD.search(p)]


_WHOLE_NUMBER = re.compile(r"(?<!\w)\d")  # "1-1000", not the 0 or 2 of "dva-c02"
# Clauses of a statement (text.clauses without "|": a table row's label and value are one).
_STATEMENT_SPLIT = re.compile(r";|\s/\s|,(?!\d{3}(?!\d))|→|->|[.?!](?:\s|$)")


def _topic_share(found: dict[str, float], fact: dict, q: Query, lex: Lexicon,
                 units: set[str] | None = None, clause: str | None = None) -> float:
    """Share of the topic said; a unit word ("size") is said by a value in `units` (the
    fact's, or those of the clause scored)."""
    units = _units(fact) if units is None else units
    unit_words = _unit_stems(lex)
    # "(disk, not memory)" says what a figure is not: no word of it is said
    found, denied = _without_denied(found, fact, q)
    # "bucket doesnt exist" is said by NoSuchBucket: the condition, denied by both
    found = {**dict.fromkeys(condition_said(fact, q.text, Kind.ERROR_CODE in q.kinds), 1.0),
             **found}
    total = got = 0.0
    # The words that name what is measured ("retrieval" in "deep archive retrieval time"),
    # not whose it is: a quantity that says none of them is of another measure, however many
    # of the subject's words it shares ("180 days", Deep Archive's minimum storage duration)
    naming = stems(f"{fact['service'] or ''} {fact['subject'] or ''}", frozenset())
    quantity = fact["kind"] in _MEASURED_KINDS or clause is not None  # or a number's clause
    # or a statement of a measured number, a measure asked ("Glacier Deep Archive: min
    # storage duration 180 days" is no retrieval time, as its 180 days parsed is not)
    stated = not quantity and bool(q.dimensions) and _states_measure(fact)
    quantity = quantity or stated
    measures = measures_said = 0
    unsaid_measures: list[dict[str, float]] = []
    # the thing every fact of its service is about ("volume" of EBS), where the fact leaves
    # it unsaid, tells as little as a word most of its facts say: it must not outweigh a
    # word asked left unsaid ("io2 volume durability": no size of io2 answers it)
    nouns = item_noun(fact, q)
    exact = {w for w, v in found.items() if v >= 1.0}  # "persistence" only nearly says
    # "persistent", one side of "fsx lustre scratch vs persistent"
    if q.compared and (not q.choice or q.choice & set(found)) and \
            any(q.says_side(side, exact) for side in q.compared):
        # "redis vs memcached": a statement of what one side is answers half the question;
        # ranking puts the statements that name both first. A closing choice ("... stateful
        # or stateless") is asked of the sides: a line saying neither word answers no side.
        found = {**found, **{w: 1.0 for side in q.compared for w in side}}
    for concept in q.topic:
        top = max(concept.values())
        own = [w for w, v in concept.items() if v == top]  # the word typed (or its fix)
        if _no_topic(own, top, q, lex):
            continue
        weight = DENOMINATOR if all(w in q.denominators for w in concept) else 1.0
        if all(_weak(w, q, lex) for w in own):
            weight *= GENERIC  # "sns subscriber types": asking, not a topic
        if all(w in q.common for w in own):
            weight *= COMMON  # "access", "check": many facts of the notes say it
        # (or what a retention keeps, "message" of "sqs message retention", where the
        # fact gives a retention of nothing else: lookup/retention_asked.py)
        generic = all(w in q.generic or w in nouns for w in own) or \
            kept_thing_unsaid(own, fact, q.tokens)
        if generic:
            weight *= GENERIC  # "function" said by most Lambda facts
        total += weight
        # (a side of a pair, "write" or "fifo", is checked by _contradicts: not a measure)
        measure = (quantity and not generic and not any(w in naming for w in concept)
                   and not all(w in _DIMENSION_ONLY or w in _OPPOSITE_STEMS for w in own)
                   and not any(c.isdigit() for w in own for c in w)  # "r53", "io2": names
                   # a statement's measure is a word typed, not one a cue brought ("how
                   # much": "amount")
                   and not (stated and top <= RELATED_WORD))
        measures += measure
        if measure:
            unsaid_measures.append(concept)
        spoken = _name_said(concept, found, q)  # "time" alone says no "pitr"
        by_unit = [w for w in [*own, *_unit_fixes(concept, q, unit_words)]
                   if w not in denied and (
            w in spoken and units & unit_words.get(w, frozenset())
            or (w == _COUNT and _says_count(fact, units))
            or ("per_s" in units and "B/s" in unit_words.get(w, frozenset()))
            or (w in _SEQUENCE_STEMS and _states_sequence(fact)))]
        if by_unit and not (all(w in _measure_stems(lex) for w in by_unit)
                            and _other_measure(fact, q, lex)):
            got += weight
            measures_said += measure
            continue
        per_time = None if "s" in q.dimensions else time_unit_of(own)
        if per_time and rate_said(f"{fact['value'] or ''} {fact['snippet'] or ''}", per_time):
            got += weight  # "req per sec" typed: "5,500 req/s" says it (rate_said.py)
            continue
        said = max((v * found[w] for w, v in spoken.items() if w in found), default=0.0)
        measures_said += measure and said > 0
        if 0 < said <= RELATED_WORD and not any(w in found for w in own) and \
                _names_other_measure(fact, q, lex):
            said *= RELATED_OTHER  # "api gateway max payload": "cache size" says "size",
            # a word related to "payload", of the cache
        # A word most of the service's facts say is what they are all about ("message" for
        # SQS): a fact that leaves it unsaid still half says it.
        got += weight * (max(said, UNSAID_GENERIC) if generic else said)
    share = got / total if total else 1.0
    if measures and not measures_said and not _clause_says_any(fact, unsaid_measures, clause):
        return share * MEASURE_UNSAID
    return share


def _no_topic(own: list[str], top: float, q: Query, lex: Lexicon) -> bool:
    """Whether a concept of the query, its words typed `own`, asks no word of the answer."""
    if all(w[:1].isdigit() for w in own) or any(
            w in lex.cue_stems and w not in q.plain_cues for w in own):
        return True  # a number rank matched already; "error code" says what kind is asked
    if all(w in lex.cue_phrase_stems and w not in q.plain_cues for w in own):
        return True  # "how many", "how long": part of a cue, not a topic
    # no word typed, only what a phrase of stopwords is related to ("how much": size,
    # amount), and no unit asked to say it: "cost explorer how much history" asks about
    # history, and "12 months" says all of it
    return top <= W_SYNONYM and not q.dimensions


def _states_measure(fact: dict) -> bool:
    """A statement that writes a number with a unit ("min storage duration 180 days")."""
    return fact["kind"] == Kind.FACT and any(
        u for _, u, _ in numbers_with_units(fact["value"] or ""))


def _unit_fixes(concept: dict[str, float], q: Query,
                unit_words: dict[str, frozenset[str]]) -> list[str]:
    """The fix of a mistyped unit word whose dimension the query asks through it
    ("bandwith": "bandwidth", B/s): a value in that unit says it, as it says the word typed
    right ("nat gateway bandwith" on "NAT GW: 5 Gbps, scales to 45 Gbps")."""
    return [w for w, v in concept.items()
            if v == W_FIXED and unit_words.get(w, frozenset()) & q.dimensions]


def _without_denied(found: dict[str, float], fact: dict, q: Query
                    ) -> tuple[dict[str, float], frozenset[str]]:
    """`found` without the words the fact says only to deny them, and those words: "(disk,
    not memory)" says what a figure is not, by the line or by the figure's unit (512 MB of
    disk is no size of memory)."""
    if opens_yes_no(q.raw) and not (q.dimensions or q.qualifier in ("max", "min")):
        # "are data events logged by default": "NOT logged"; a figure asked is still not
        # what a line says its figure is not ("is fargate max memory 200 gb": "200 GB, not
        # memory")
        return found, frozenset()
    denied = denied_words(fact, q.tokens, bool(
        q.dimensions or q.qualifier in ("max", "min") or q.kinds & _MEASURED_KINDS))
    return ({w: v for w, v in found.items() if w not in denied} if denied else found), denied


_SEQUENCE_STEMS = frozenset(stem(w) for w in ("order", "sequence", "precedence"))
_CHAIN = lazy_compile(r"(?:->|→|=>|(?<![<>=-])>(?![>=]))")


def _states_sequence(fact: dict) -> bool:
    """A line that chains three things or more ("explicit DENY > explicit ALLOW > implicit
    deny", "ApplicationStop -> BeforeInstall -> ...") states an order, as "order" asks."""
    return len(_CHAIN.findall(fact["value"] or "")) >= 2


def _name_said(concept: dict[str, float], found: dict[str, float], q: Query
               ) -> dict[str, float]:
    """`concept` without the words of a subject's name that the fact says only some of:
    "url" typed for Lambda's "function URL" is not said by "Layers per function", nor "dlq"
    by "queue" (the word typed, or every word of the name, says it)."""
    for typed, name in q.name_parts.items():
        if typed in concept and typed not in found and not name <= found.keys():
            return {w: v for w, v in concept.items() if w not in name or w == typed}
    return concept


def _clause_says_any(fact: dict, concepts: list[dict[str, float]],
                     clause: str | None = None) -> bool:
    """Whether the note line's clause stating the number says a word of one of `concepts`
    ("--expires-in up to 604800 seconds" says "expiration" of a fact the parser named "TTL")."""
    from studycli.lookup.text import clause_of_number

    if clause is None:
        clause = clause_of_number(_said(fact), fact.get("number"),
                                  fact.get("low"), fact.get("high"))
    if not clause:
        return False
    said = stems(clause, frozenset())
    return any(w in said or any(s.startswith(w[:5]) for s in said if len(w) >= 5)
               for concept in concepts for w in concept)


MEASURE_UNSAID = 0.5  # a quantity saying none of the words that name the measure asked
OTHER_ATTRIBUTE = 0.5  # a figure its clause states as another attribute's (attribute_said.py)
_OPPOSITE_STEMS = frozenset(stem(w) for w in _OPPOSITES)
_MEASURED_KINDS = frozenset({Kind.LIMIT, Kind.DEFAULT, Kind.RANGE})


RELATED_OTHER = 0.5  # a related word said only in the name of a measure of something else
RELATED_WORD = 0.6  # a related word's weight at most (a typo's fix, 0.85, is the word typed)


def _names_other_measure(fact: dict, q: Query, lex: Lexicon) -> bool:
    """A parsed quantity whose measure's name (attribute, subject) holds a word the query
    does not say: its related word ("size") is said of that other thing ("cache size")."""
    if fact["kind"] not in _MEASURED_KINDS:
        return False  # a statement, or a code whose name is what it says ("Provisioned
        # ThroughputExceededException" says "exceeded" of the throttling asked)
    name = stems(f"{fact['subject'] or ''} {fact['attribute']}", lex.stopwords)
    return any(w not in q.terms and w not in lex.cue_stems and not w[:1].isdigit()
               for w in name)


_COUNT = stem("count")
# A whole number followed by what it counts, in the plural ("retries 2 times", "3 attempts"):
# a count, though the number has no unit.
_BARE_COUNT = lazy_compile(r"(?<![\w.,$])\d+\s+(?:times|[a-z]{3,}s)\b")


def _says_count(fact: dict, units: set[str]) -> bool:
    """A statement that counts something says "count" ("lambda async retry count"), as
    "size" is said by a number of bytes: a number before what it counts, "Lambda retries 2
    times" (read only when none of the statement's numbers has a unit, `units` or its own:
    "retried up to 6 hours" counts no hours), or a count it gives (count_said.py, which reads
    the units on the line itself: "max 5 per table, 10 GB ..." is a count, beside a size)."""
    if fact["kind"] != Kind.FACT:
        return False
    value = fact["value"] or ""
    return (not units and not fact["unit"] and bool(_BARE_COUNT.search(value.lower()))
            or gives_count(value))


# Dimension words that only say what kind of number is asked ("size", "how long", "secs"):
# any number of that unit says them. The others name a measure ("memory", "retention",
# "timeout"): a number filed under, or said of, another measure does not say them.
_DIMENSION_ONLY = frozenset(stem(w) for w in (
    "size", "big", "large", "largest", "biggest", "kb", "mb", "gb", "tb", "bytes", "duration",
    "time", "seconds", "secs", "sec", "minutes", "mins", "hours", "hrs", "days", "ms",
    "milliseconds", "frequency", "rps", "tps", "qps", "rate", "count", "percent",
    "percentage", "length", "characters", "chars", "character", "mb/s", "kb/s", "gb/s",
    "mbps", "throughput", "bandwidth", "discount", "discounts", "reduction", "reductions"))


def _measure_stems(lex: Lexicon) -> frozenset[str]:
    """Stems of the one-word dimension cues that name a measure ("memory", "retention")."""
    return lex.derived("measure_stems", lambda lx: frozenset(
        stem(k[0]) for k in lx.dimensions if len(k) == 1) - _DIMENSION_ONLY)


def _other_measure(fact: dict, q: Query, lex: Lexicon) -> bool:
    """Whether the fact's number is of a measure other than the one a measure word asks
    for ("lambda memory max": "environment variables size (max) 4 KB" is a size, but of the
    environment variables; "sqs message retention default": "delay ... up to 15 minutes" is
    a duration of the delay): a parsed quantity whose attribute or subject has a word the
    query does not say, or a statement naming another measure word and not the one asked."""
    # the service's own name says nothing of the measure ("DynamoDB Streams" for "dynamodb")
    service = stems(fact["service"] or "", frozenset())
    asked = set(q.terms) - service
    if fact["kind"] != Kind.FACT:
        def name_words(text: str) -> set[str]:
            return {w for w in stems(text, lex.stopwords)
                    if w not in _DIMENSION_ONLY and w not in service and not w[:1].isdigit()}

        def shares(words: set[str]) -> bool:
            return any(w in asked or matched_words({w}, q) for w in words)

        attribute = name_words(fact["attribute"] or "")
        if shares(attribute):
            return False  # "trigger respond limit" shares "trigger" with the query
        subject = name_words(fact["subject"] or "")
        own = attribute - lex.cue_stems
        if own:
            # The attribute names its own measure and the query says none of its words:
            # a subject shared ("Global Tables", "S3 One Zone-IA") says whose number it is,
            # not that it measures what is asked ("dynamodb global tables replication
            # latency": not the "streams pitr" 35 days; "s3 express one zone latency": not
            # One Zone-IA's minimum storage duration). Unless the attribute is a measure of
            # the dimension asked: "TTL" of DynamoDB Streams (a heading's name) may be the
            # retention of "ddb streams retention".
            unit_words = _unit_stems(lex)
            return not (shares(subject) and any(
                unit_words.get(w, frozenset()) & q.dimensions for w in own))
        return not shares(subject) and bool(subject - lex.cue_stems)
    said = fact_stems(fact) & _measure_stems(lex)
    if said:
        return not said & asked  # "delay ... up to 15 minutes" for "retention"
    # no measure word: what its numbers are labelled by ("env vars total max 4 KB")
    value = fact["value"] or ""
    labels = [_label_before_number(part, lex) for part in _number_clauses(value) or [value]]
    return bool(labels) and all(
        label and not any(w in asked or matched_words({w}, q) for w in label)
        for label in labels)


def _label_before_number(clause: str, lex: Lexicon) -> set[str]:
    """Stems of the words before the first number of `clause` that may name a measure: not
    stop words, cue words ("max") or dimension words ("size"); set() without a number."""
    toks = _WORD_OR_NUMBER.findall(clause)
    first = next((i for i, t in enumerate(toks) if t[0].isdigit()), None)
    if first is None or sum(t[0].isalpha() for t in toks[:first]) > LABEL_WORDS:
        return set()  # prose before the number labels nothing
    return {stem(t.lower()) for t in toks[:first]
            if t[0].isalpha() and t.lower() not in lex.stopwords
            and stem(t.lower()) not in lex.cue_stems and stem(t.lower()) not in _DIMENSION_ONLY}


def _own_units(fact: dict, value: str, lex: Lexicon) -> tuple[set[str], str]:
    """The units of a fact's numbers and the text that states them, leaving out a
    statement's clauses about another service (the 4 KB of "Secrets Manager =
    $0.40/secret/month. Parameter Store = ... 4 KB" is no size of Secrets Manager's)."""
    units = _units(fact)
    service = fact["service"] or fact.get("service_guess", "")
    if fact["unit"] or not service or fact["kind"] != Kind.FACT:
        return units, value
    others = _about_other_service(value, service, lex)
    if not others:
        return units, value
    own = [p for p in _number_clauses(value) if p not in others]
    if not own:
        return units, value
    return set().union(*(_clause_units(p) for p in own)), " ; ".join(own)


def _clause_units(clause: str) -> set[str]:
    """The units of the numbers one clause states: "secret size" is not said by a clause
    whose only number is a price, whatever another clause of the line measures."""
    return {u for _, u, _ in numbers_with_units(_numerals(clause.lower())) if u}


# DynamoDB's capacity units count reads or writes per second: a throughput by their name.
_CAPACITY_UNIT = lazy_compile(r"\b[rw]cus?\b", re.IGNORECASE)


def _units(fact: dict) -> set[str]:
    value = (fact["value"] or "").lower()
    if fact["unit"]:
        if fact["unit"] == "count" and "char" in value:
            return {"count", "chars"}  # "6144 characters": a count of characters is a length
        if fact["unit"] == "count" and _CAPACITY_UNIT.search(value):
            return {"count", "per_s"}  # "3000 RCUs": a read capacity unit is a rate
        return {fact["unit"]}
    return {u for _, u, _ in numbers_with_units(_numerals(value)) if u}


_WORD_NUMBERS = {w: str(i) for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}
_SMALL_NUMBER_WORD = re.compile(r"\b(?:" + "|".join(_WORD_NUMBERS) + r")\b(?=\s+[a-z])")


def _numerals(text: str) -> str:
    """`text` (lower case) with small number words as numerals, so that their unit is
    read: "every five minutes" is a duration; and a table row's number beside a cell that
    is only its unit ("| Payload size | 10 | MB | no |") read with that unit. Units written
    in another language ("72 horas", "12 meses") the shared reader reads as they are."""
    text = join_unit_cells(text)
    return _SMALL_NUMBER_WORD.sub(lambda m: _WORD_NUMBERS[m.group(0)], text)


# What a number counts and bounds, as notes in Portuguese, Spanish or French write it: the
# items after a number ("25 itens") and the words for "up to" before one and "per" after
# ("até 5 por tabela"). Words, not units: units are note_numbers' (read in any language).
_FOREIGN_COUNTED = {"itens": "items", "ítems": "items", "éléments": "items"}
_FOREIGN_WORDS = lazy_compile(
    r"(?<=\d)(\s*)(" + "|".join(_FOREIGN_COUNTED) + r")\b|\b(?:até|hasta|jusqu'à|jusqu’à)\s+"
    r"(?=\d)|(?<=\d)\s+(?:por|par)\s+(?=\w)", re.IGNORECASE)


def _in_english(m: re.Match[str]) -> str:
    if m.group(2):
        return m.group(1) + table_entry(_FOREIGN_COUNTED, m.group(2))
    return " per " if m.group(0).strip().lower() in ("por", "par") else "up to "


def in_english_units(text: str) -> str:
    """`text` with the counted items and bounds of another language said in English ("até 5
    por tabela" -> "up to 5 per tabela", "25 itens" -> "25 items"). Run once per fact
    (answer_features): what scores it reads the English."""
    return _FOREIGN_WORDS.sub(_in_english, text)


def _unit_stems(lex: Lexicon) -> dict[str, frozenset[str]]:
    """Stem of each one-word cue of a unit dimension -> the units it names ("secs" -> s)."""
    def build(lx: Lexicon) -> dict[str, frozenset[str]]:
        found: dict[str, frozenset[str]] = {}
        for key, names in lx.dimensions.items():
            if len(key) == 1:
                found[stem(key[0])] = found.get(stem(key[0]), frozenset()) | set(names)
        return found

    return lex.derived("unit_stems", build)


def _weak(w: str, q: Query, lex: Lexicon) -> bool:
    """Whether stem `w` only says what is asked (lexicon's weak words); a "rule" does where
    no bound or count is asked ("x-ray default sampling rule", "sg vs nacl can i add deny
    rules"), not where one is: "sg rule max" is no "max 5 SGs per ENI"."""
    return w in lex.weak_stems or (w in _RULE_STEMS and not (
        q.counted or "count" in q.dimensions
        or any(x in ("max", "min") for x in q.qualifiers))) or (
        # "how many groups can one iam user join": a verb the quantity is asked by
        w in MEASURE_VERB_STEMS and _quantity_asked(q))


def _unit_asked_fit(fact: dict, q: Query) -> float:
    """OTHER_SHAPE where a measure is asked by its unit ("1 rcu = how many kb") and `fact`
    states it in no unit of that dimension ("1 RCU"), else 1: any unit of it answers ("how
    many gb of memory": "10,240 MB"; "how many years": "1 or 3 yr term")."""
    if not q.unit_words or fact["unit"] in q.dimensions or q.unit_words & (
            _counted_stems(fact["value"] or "") | _counted_stems(fact["attribute"] or "")):
        return 1.0
    return OTHER_SHAPE


def _quantity_asked(q: Query) -> bool:
    """Whether the query asks a quantity: a unit's dimension, a bound, or a limit."""
    return bool(q.dimensions) or any(x in ("max", "min") for x in q.qualifiers) \
        or Kind.LIMIT in q.kinds


_RULE_STEMS = frozenset({stem("rule"), stem("rules")})


def _period_in_words(value: str, q: Query, lex: Lexicon) -> bool:
    """Whether `value` answers how often with a period in words ("automatic rotation every
    year"), in a clause saying every topic word typed (as a bound is read in the clause
    saying what is asked): "kms key rotation how often" is not answered by "rotation: opt in
    ...; each key billed every month", nor "rds backup retention max" by "backups taken
    daily" (only "how often", "how frequently", "frequency", "interval" ask a period)."""
    if "s" not in q.dimensions or any(x in ("max", "min") for x in q.qualifiers) \
            or not asks_how_often(q.tokens):
        return False
    none: frozenset[str] = frozenset()
    # a word asking how often is no topic word, whatever the lexicon relates to it
    # ("frequency" brings "interval", "period", "every": "kms rotation frequency")
    topic = [c for c in q.topic if not {w for w, v in c.items() if v == max(c.values())}
             <= HOW_OFTEN_STEMS]
    for part in _STATEMENT_SPLIT.split(value):
        if part.strip() and states_period_in_words(part):
            said = _in_full(stems(part, none), lex)
            if all(any(w in said for w in c) for c in topic):
                return True
    return False


def _shape(fact: dict, q: Query, lex: Lexicon) -> float:
    """Whether the fact holds the kind of value asked: the code typed, a mode, or a
    quantity of the dimension asked ("how long": seconds) with the qualifier asked."""
    kind = fact["kind"]
    value = (fact["value"] or "").strip()
    if _says_nothing(fact, value):
        return 0.0
    if q.codes:
        text = f"{fact['attribute']} {fact['value']} {fact['snippet']}".lower().replace(" ", "")
        return 1.0 if any(c in text for c in q.codes) else 0.0
    named = q.kinds & _NAMED_KINDS
    if named and (kind in named or not (q.dimensions and fact["unit"])
                  or only_a_code_asked(q)):
        # a quantity of a limit asked beside a mode ("how many times does lambda retry async
        # invocations": not "6 h") is weighed as the quantity it is; not the figure of what
        # failed beside a code asked ("integration timeout error code": lookup/code_asked.py)
        return _named_shape(fact, q, lex)
    if _price_unstated(fact, q) or _port_unstated(fact, q) or _other_methods(fact, q) \
            or _measure_for_name(fact, q, lex) or _max_for_baseline(fact, q) \
            or no_max_of_unit(fact, q, lex) or starting_figure(fact, q) \
            or bound_of_another_label(fact, q, lex) \
            or (retention_asked(q.tokens) and other_span(fact)) \
            or only_per_size(value, q.qualifier, q.denominators):
        return OTHER_SHAPE  # ("gp2 max iops": "3 IOPS per GiB" is a ratio, no maximum)
    if not (q.dimensions or q.qualifier in ("max", "min") or q.kinds & _QUANTITY_KINDS):
        return _shape_of_no_quantity(fact, q, lex)
    if kind in _NAMED_KINDS or (fact["number"] is None and fact["low"] is None
                                and not (_has_digit(value) and not figures_only_dated(value))
                                and not _NUMBER_WORD.search(value)
                                and not _period_in_words(value, q, lex)):
        return NO_NUMBER  # "max topics per account": "Cross-Account via Topic Policy"; a
        # period in words ("rotation every year") is a duration; a date or an exam's code
        # ("delay queue max: 11 Nov (SAA-C03)") is none (lookup/dated_only.py)
    shape = OTHER_SHAPE if _other_qualifier(fact, q, lex) else 1.0
    if q.counted:
        shape *= _counted_shape(fact, q, lex, value)
    shape *= _unit_asked_fit(fact, q)  # "1 rcu = how many kb": "1 RCU" states no size
    if q.denominators and _per_other(fact, q, lex):
        shape *= OTHER_SHAPE  # "elastic ips per region": "one Elastic IP per AZ" is per AZ
    if q.dimensions and "s" not in q.dimensions and _only_forever(fact, value):
        return OTHER_SHAPE  # "max log event size": "retention = never expire" is a duration
    units, value = _own_units(fact, value, lex)
    fit, fits = _unit_fit(units, q, fact, value, lex)
    # A fitting or near unit keeps what the words said; a unit of another dimension decides
    # alone. A number of no known unit ("one deployment", "five shards") keeps what the
    # words said too: it counts what it names, and that must be what is asked.
    return shape * fit if fits or not units else fit


def _counted_shape(fact: dict, q: Query, lex: Lexicon, value: str) -> float:
    """How far the fact counts the thing a query asks a count of (q.counted): 1.0, or
    NEAR_SHAPE / OTHER_SHAPE where it counts something else."""
    counts = _counted_stems(fact["value"] or "") | _counted_stems(fact["attribute"] or "")
    if not _in_full(frozenset(q.counted), lex) & _in_full(counts, lex) \
            and not (_REQUEST in q.counted and _counts_methods(value)):
        # "max queues per account": "10 messages" counts messages; "sns subscribers per
        # topic": "12,500,000 subscriptions" counts a word the lexicon relates to the noun
        # asked (data/lookup_synonyms.json "related"), nearly the count asked
        return NEAR_SHAPE if counts & q.related_to_counted() else OTHER_SHAPE
    if not _counts_asked(fact, q, lex):
        return OTHER_SHAPE
    if q.qualifier == "max" and fact["kind"] == Kind.FACT and _no_max_counted(
            value, q.counted, lex, frozenset(q.count_modifiers)):
        return OTHER_SHAPE  # "max shards": "five shards ... maximum five consumers"
    return 1.0


def _shape_of_no_quantity(fact: dict, q: Query, lex: Lexicon) -> float:
    """The shape where no quantity is asked: any fact, but a statement giving only the range
    a setting may take where its default is asked ("sqs maxreceivecount default", no unit
    typed: "(range 1-1000)" says what it may be set to, as where a unit is asked)."""
    if q.qualifier == "default" and fact["kind"] == Kind.FACT and _other_qualifier(fact, q, lex):
        return OTHER_SHAPE
    if q.qualifier == "default" and fact["kind"] == Kind.FACT \
            and default_unstated(fact["value"] or "", q.raw, fact["attribute"] or ""):
        return NO_NUMBER  # "DLQ: after maxReceiveCount fails" names the setting, says no
        # default and no value of it (lookup/default_unstated.py); a name given as its
        # value says it by the attribute ("default deployment configuration")
    return 1.0


# A number's units that may count what a unit asked by name counts ("6 ACUs", "3000 IOPS").
_COUNTING_UNITS = frozenset({"count", "per_s"})


def _named_unit_unsaid(units: set[str], fact: dict, value: str, q: Query, lex: Lexicon
                       ) -> bool:
    """Whether the query names the unit its answer is a number of ("aurora serverless v2
    max acu", "ec2 on-demand vcpu limit", lexicon "count_units") and asks no other
    dimension, while the fact's numbers are of another family (a size, a duration, a
    throughput) and it never says that unit: "Storage 10 GB -> 128 TB" is no number of
    ACUs, "min 60 sec" none of vCPUs. A fact that says the unit may state one of it ("1 ACU
    ≈ 2 GiB" is weighed by _size_of_one_asked)."""
    named = [t for t in q.tokens if t in lex.count_units]
    if not named or q.dimensions - _COUNTING_UNITS or units & _COUNTING_UNITS:
        return False
    said = set(_WORDS.findall(_per_unit_unasked(
        f"{fact['subject'] or ''} {fact['attribute']} {value}".lower(), q)))
    return not any(t in said or f"{t}s" in said or t.removesuffix("s") in said for t in named)


# "per vCPU", "per-vCPU", "/ vCPU", "/vCPU"; no "each": "0.5 to 256, each ACU ~2 GiB"
# states a count of ACUs before it
_PER_UNIT = lazy_compile(r"(?:\bper\b|/)[\s-]*([a-z0-9]+)")


def _per_unit_unasked(text: str, q: Query) -> str:
    """`text` without the units it measures something per, where the query does not ask per
    them: "memory per vCPU" (1,792 MB) is a size per vCPU, no number of vCPUs ("lambda max
    vcpu"). The unit goes wherever `text` writes it alone: a statement's attribute is made
    of its line's words without the "/" ("memory 1769 MB / vCPU": "memory mb vcpu")."""
    unasked = {m.group(1) for m in _PER_UNIT.finditer(text)
               if stem(m.group(1)) not in q.denominators}
    if not unasked:
        return text
    text = _PER_UNIT.sub(lambda m: " " if m.group(1) in unasked else m.group(0), text)
    return " ".join(w for w in text.split() if w not in unasked)


# "1 ACU ≈ 2 GiB", "one WCU = 1 KB": what one of a thing stands for
_ONE_IS = lazy_compile(r"(?<![\w.,])(?:1|one)\s+([A-Za-z][\w-]*)\s*(?:=|≈|≒|~|:|is|equals)\s*"
                       r"(?:about\s+|approx\.?\s+|~\s*)?(?=\d)", re.IGNORECASE)
ONE_IS_SPAN = 16  # characters after the mark that hold the number one of the thing is


def _size_of_one_asked(fact: dict, q: Query) -> bool:
    """The fact's number is what one of a thing the query asks a bound of stands for ("max
    acu": "1 ACU ≈ 2 GiB memory" is the memory of one ACU; "max vcpu": a statement "1769 MB
    = 1 full vCPU" says the memory that buys one vCPU)."""
    wanted = [v for v in (fact.get("number"), fact.get("low"), fact.get("high"))
              if v is not None]
    line = fact.get("snippet") or fact.get("value") or ""
    asked = {w for concept in q.topic for w in concept}
    if not wanted and fact["kind"] == Kind.FACT:
        return _only_one_equated(fact["value"] or "", asked)
    if not wanted:
        return False
    return _one_after_measure(line, asked, wanted) or _one_before_measure(line, asked, wanted)


def _one_before_measure(line: str, asked: set[str], wanted: list[float]) -> bool:
    """Whether `line` writes one of a thing asked as a measure written after it, a number
    of `wanted` ("1 ACU ≈ 2 GiB" for "acu")."""
    for m in _ONE_IS.finditer(line):
        one = stems(m.group(1), frozenset())
        if not (one & asked or {w + "s" for w in one} & asked):  # "ACUs" typed, kept whole
            continue
        said = numbers_with_units(line[m.end():m.end() + ONE_IS_SPAN])
        # Only a measure (GiB, KB, s) is what one thing stands for; a bare number counts
        # things ("1 ENI: 5 security groups", "1 batch = 10 messages"): a real limit.
        if said and said[0][1] is not None \
                and any(abs(said[0][0] - w) <= 1e-6 * max(1.0, abs(w)) for w in wanted):
            return True
    return False


# "1769 MB = 1 full vCPU": a measure, then what one of a thing it stands for
_IS_ONE = lazy_compile(r"(?:=|≈|≒|~|\bis\b|\bequals\b|\bgets?\b|\bbuys?\b)\s*(?:1|one)\s+"
                       r"(?:(?:full|whole|single)\s+)?([A-Za-z][\w-]*)", re.IGNORECASE)


def _only_one_equated(value: str, asked: set[str]) -> bool:
    """Whether a statement's only figures are measures it equates to one of a thing asked
    ("1769 MB = 1 full vCPU", "1 ACU ≈ 2 GiB memory"): it says what one is, no bound on
    how many; not a statement that gives a bound beside ("minimum 0.5 ACU, ..., 1 ACU ≈ 2
    GiB RAM")."""
    found = numbers_with_units(value)
    measures = [v for v, u, _ in found if u]
    if not measures or any(u is None and v != 1 for v, u, _ in found):
        return False
    return all(_one_after_measure(value, asked, [v]) or _one_before_measure(value, asked, [v])
               for v in measures)


def _one_after_measure(line: str, asked: set[str], wanted: list[float]) -> bool:
    """Whether `line` writes one of a thing asked as a measure written before it, a
    number of `wanted` ("1769 MB = 1 full vCPU" for "vcpu")."""
    for m in _IS_ONE.finditer(line):
        one = stems(m.group(1), frozenset())
        if not (one & asked or {w + "s" for w in one} & asked):
            continue
        said = numbers_with_units(line[max(0, m.start() - ONE_IS_SPAN):m.start()])
        if said and said[-1][1] is not None \
                and any(abs(said[-1][0] - w) <= 1e-6 * max(1.0, abs(w)) for w in wanted):
            return True
    return False


# A length: "100 km", "60 miles", "10 kilometers" (a distance asked, "how far apart")
_LENGTH_UNIT = r"(?:km|kilomet(?:er|re)s?|mi|miles?|meters?|metres?)\b"
_LENGTH = lazy_compile(r"\d\s*" + _LENGTH_UNIT, re.IGNORECASE)
_LENGTH_NAMED = lazy_compile(r"(?<![A-Za-z])" + _LENGTH_UNIT, re.IGNORECASE)
_DIGIT = lazy_compile(r"\d")


def _states_length(fact: dict) -> bool:
    """Whether a fact states a length, read in its attribute and value together: "within
    100 km", or a number whose unit the line names apart ("Max distance between AZs (km):
    100")."""
    value = f"{fact['value'] or ''}"
    text = f"{fact['attribute'] or ''} {value}"
    return bool(_LENGTH.search(text) or (_DIGIT.search(value) and _LENGTH_NAMED.search(text)))


def _date_shape(fact: dict, q: Query) -> float:
    """A question asking when ("when did s3 get strong consistency") is answered by a line
    that dates what it says ("2020-12 S3 strong read-after-write consistency")."""
    text = f"{fact['attribute'] or ''} {fact['value'] or ''}"
    return 1.0 if _DATED.search(text) and not _says_nothing(fact, fact["value"] or "") \
        else OTHER_SHAPE


# A date: "2020-12", "2020-12-01", "Dec 2020", "December 2020", a year after "in"/"since"
# ("in 2018"), or one opening the line ("2018: ..."); not a number that may be a year
# ("2048 MB"): a year and month is not a range of a unit ("2000-10 ms"), a year after
# "in"/"since"/"by" is no number of a unit or a thing counted ("completes in 2000 ms",
# "scales by 2000 IOPS"), and a year after "from" is one followed by its month or the
# clause's end ("from 2000 IOPS" is a count).
_MONTH_NAME = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# Only a unit or a rate makes such a year a number: a thing counted ("in 2020 events moved
# to EventBridge", "since 2021 times changed"), "per the blog" or "/ GA 2020" leave it a date,
# unless the thing is counted per time ("since 2000 requests/s", "by 2000 calls per second").
_YEAR_PER_TIME = r"\s*(?:/|per\s+)\s*(?:s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?)(?!\w)"
_COUNTED = (r"(?:requests?|reqs?|items?|messages?|msgs?|records?|connections?|calls?|reads?|"
            r"writes?|units?|rows?|events?)")
_NO_UNIT_AFTER = (r"(?![.,]\d)(?!\s*(?:%|x\b|(?:" + UNIT_WORDS + r"|[kmgt]?bps|iops|[rtmq]ps|ops)"
                  r"(?!\w)|" + _YEAR_PER_TIME + r"|" + _COUNTED + _YEAR_PER_TIME + r"))")
_DATED = lazy_compile(
    r"\b(?:20[012]\d[-/.](?:0[1-9]|1[0-2])(?![\d.])(?!\s*(?:" + UNIT_WORDS + r")(?!\w))|"
    + _MONTH_NAME + r"\s+20[012]\d\b|(?:in|since|until|by|year)\s+20[012]\d\b"
    + _NO_UNIT_AFTER + r"|"
    r"from\s+20[012]\d(?:[-/.\s]+(?:0[1-9]|1[0-2]|" + _MONTH_NAME + r")\b|\s*(?:[.,;:)]|$)))"
    r"|^\W*20[012]\d\b(?!\s*[a-z%/]|[-/.–]\d)", re.IGNORECASE)


_CHECKBOX = lazy_compile(r"^\s*(?:[-*+]\s*)?(?:\[[ xX]\]|[☐☑☒])\s*")
CHECKLIST_WORDS = 5  # a to-do item this short that says nothing of its topic only names it


# A network's size is written as its prefix length ("/16 ... /28"), a value of no unit
_PREFIX_WORDS = frozenset({"cidr", "netmask", "mask"})
_PREFIX_SAYS = frozenset(stem(w) for w in ("block", "size", "range", "prefix"))
_PREFIX = lazy_compile(r"(?<![\w/.])/\d{1,3}\b")


def _asks_prefix(q: Query) -> bool:
    """"vpc cidr max", "smallest subnet cidr", "vpc cidr block size": the bound or size of a
    CIDR block, which notes write as a prefix length. A count asked ("max cidr blocks per
    vpc", "how many") counts blocks, and is left to the other rules."""
    return bool(_PREFIX_WORDS & set(q.tokens)) and "count" not in q.dimensions and bool(
        q.qualifier in ("max", "min", "range") or q.kinds & _QUANTITY_KINDS
        or q.dimensions & {"B"})


def _states_prefix(fact: dict, q: Query) -> bool:
    """Whether the fact states a prefix length: in its value, or for a number the parser
    read, in the clause of the line stating it ("5 VPCs per region" on a line that gives
    the CIDR's "/16 max" elsewhere states none). An IPv6 block asked is longer than any
    IPv4 prefix (/32): "/16 ... /28" gives IPv4's bounds."""
    text = fact["value"] or ""
    if fact["number"] is not None or fact["low"] is not None:
        from studycli.lookup.text import clause_of_number

        text += " " + (clause_of_number(_said(fact), fact.get("number"),
                                        fact.get("low"), fact.get("high")) or "")
    lengths = [int(m.group(0)[1:]) for m in _PREFIX.finditer(text)]
    if "ipv6" in q.tokens:
        return any(n > IPV4_BITS for n in lengths)
    return bool(lengths)


IPV4_BITS = 32


def _says_nothing(fact: dict, value: str) -> bool:
    """A question or a label ("lifecycle hook order:") asks or introduces; a study list's
    item ("[x] SQS visibility timeout") names a topic, not what it says."""
    if (ends_asking(value) and fact["number"] is None and fact["low"] is None) \
            or introduces_what_follows(value, fact):
        return True  # ... unless it gives the figure before its list ("pillars: 6 pillars:")
    return fact["kind"] == Kind.FACT and _checklist_topic(value)


def _checklist_topic(value: str) -> bool:
    """A checklist item that only names a topic to review ("[ ] X-Ray sampling rules"): no
    number, no "=" or ":" or aside, a few words; not one that says something of it ("[ ]
    Lambda destinations vs DLQ (destinations are newer ...)")."""
    box = _CHECKBOX.match(value)
    if not box:
        return False
    rest = value[box.end():]
    return not _has_digit(rest) and not any(c in rest for c in "=:(-–>") and len(
        rest.split()) <= CHECKLIST_WORDS


_PORT_WORDS = frozenset({"port", "ports"})
_PRICE_WORDS = frozenset({"price", "prices", "pricing", "cost", "costs", "fee", "fees"})
_PRICE_SAYS = frozenset(stem(w) for w in _PRICE_WORDS)
# a region's code ("us-east-1", "eu-central-1", "ap-southeast-2"): a line writing one says
# which region (_topic counts it as saying "region"), so "acm cert region for cloudfront" is
# answered by "ACM cert must be in us-east-1", which never writes the word
_REGION_CODE = lazy_compile(r"\b(?:us|eu|ap|sa|ca|me|af|il|mx|cn)(?:-gov)?-[a-z]+-\d\b",
                            re.IGNORECASE)
_REGION_SAYS = frozenset({stem("region")})
# A delivery or processing guarantee written as what it is ("at-least-once", "exactly once",
# "at most once"): a line writing one says what the words for such a guarantee ask ("express
# async delivery guarantee", "express workflow delivery semantics"), as a region's code says
# "region". Not "at most once per minute", "at least once a day": a frequency, no guarantee
_DELIVERY_SEMANTICS = lazy_compile(
    r"\b(?:exactly|at[\s-]+least|at[\s-]+most)[\s-]+once\b"
    r"(?![\s-]+(?:a|an|per|every|each|in|within|daily|weekly|monthly|yearly|hourly)\b)",
    re.IGNORECASE)
_SEMANTICS_SAY = frozenset(stem(w) for w in ("delivery", "guarantee", "guarantees",
                                             "semantics", "semantic"))
_STATES_MONEY = lazy_compile(r"[$€£]\s?\d|\d\s?(?:usd|dollars?|cents?)\b", re.IGNORECASE)
# An amount of money, or "free": a currency sign with no figure ("+$ per GB", "$ per hour +
# per GB") says that something costs, not what; and "cent" of "percent" is no money.
# "$.045 per hour" is an amount too; "5 per cent" is none.
_MONEY_STATED = lazy_compile(r"[$€£]\s?\.?\d|\d\s?[$€£]|\d\s?(?:usd|dollars?|cents?)\b"
                             r"|\b(?:free|dollars?|usd)\b|(?<!per )\bcents?\b", re.IGNORECASE)
# Words after a price word that name no thing ("fee per 1000 objects", "price for ..."):
_PRICE_SCOPES = frozenset({"per", "for", "of", "a", "an", "the", "in", "on", "when", "how"})
# "fee" asks an amount only beside words that ask one: "deep archive early deletion fee" asks
# whether there is one (the line naming it answers), "monitoring fee per 1000 objects" or "how
# much is the retrieval fee" ask how much. A size typed asks it too ("fee gb"); a duration
# names the fee's terms ("30 day minimum fee").
_FEE_WORDS = frozenset({"fee", "fees"})
_AMOUNT_ASKED = lazy_compile(r"\bhow\s+much\b|\bper\b|[$€£]|\b(?:usd|dollars?|cents?)\b"
                             r"|\b\d*\s*(?:[kmgtp]i?b|bytes?|kilobytes?|megabytes?|gigabytes?"
                             r"|terabytes?)\b", re.IGNORECASE)


def _price_words_asked(q: Query) -> frozenset[str]:
    """The words typed that ask a price: "fee" only where an amount is asked (_AMOUNT_ASKED)."""
    return _PRICE_WORDS if _AMOUNT_ASKED.search(q.raw) else _PRICE_WORDS - _FEE_WORDS


def _asks_price(q: Query) -> bool:
    """Whether a price word is typed beyond the names typed: "cost explorer forecast how
    far" names Cost Explorer, it asks no price ("12 months" answers it)."""
    words = _price_words_asked(q)
    named = [w for alias in q.typed.values() for w in alias.split() if w in words]
    return sum(t in words for t in q.tokens) > len(named)


def _price_unstated(fact: dict, q: Query) -> bool:
    """A price asked ("developer support plan price"), not a comparison ("http api vs rest
    api price": "cheaper" answers it), and the fact and its label state no money ("business
    hours email")."""
    if q.compared or not _asks_price(q):
        return False
    text = f"{fact['value']} {fact['attribute']}".lower()
    # "first 1,000 paths/month free" is no price per path (lookup/free_allowance.py)
    priced = without_allowance(str(fact["value"] or "").lower(),
                               str(fact["attribute"] or "").lower(), q.tokens)
    if _MONEY_STATED.search(without_free_asked(priced, q.tokens)):
        return False
    # "cost explorer forecast": a price word the fact says with the word typed beside it
    # names a thing ("Cost Explorer = ...", "your monthly cost goes over the threshold",
    # "reduce storage cost"), it asks no price; not the scope after it ("fee per 1000
    # objects"), nor the word before it where an amount is asked ("monitoring fee per 1000
    # objects": "small monthly monitoring fee" names the fee, not how much it is)
    said = f' {" ".join(_WORDS.findall(text))} '
    toks, words = q.tokens, _price_words_asked(q)
    amount = bool(_AMOUNT_ASKED.search(q.raw))

    def names_thing(i: int, t: str) -> bool:
        after = i + 1 < len(toks) and toks[i + 1] not in _PRICE_SCOPES \
            and f" {t} {toks[i + 1]} " in said
        return after or (not amount and i > 0 and f" {toks[i - 1]} {t} " in said)

    return not all(names_thing(i, t) for i, t in enumerate(toks) if t in words)


def _measure_for_name(fact: dict, q: Query, lex: Lexicon) -> bool:
    """A name asked, said last as the head of the query ("asg default health check type",
    "dynamodb ttl attribute format"), no quantity asked, and a fact that is a measure in a
    unit ("300 s", the health check grace period)."""
    return bool(q.tokens) and q.tokens[-1] in lex.answer_names and bool(fact["unit"]) \
        and fact["kind"] in _MEASURED_KINDS and not q.dimensions \
        and not q.kinds & _QUANTITY_KINDS


def _other_methods(fact: dict, q: Query) -> bool:
    """An HTTP method typed ("s3 put rps prefix") and a fact whose numbers count requests
    of other methods only ("5,500 GET/HEAD per second per prefix")."""
    typed = {t.upper() for t in q.tokens} & _HTTP_METHODS
    if not typed:
        return False
    said = set(_WORD_OR_NUMBER.findall(fact["value"] or "")) & _HTTP_METHODS
    return bool(said) and not said & typed


def _port_unstated(fact: dict, q: Query) -> bool:
    """A port asked ("xray daemon port") and a fact that states no number ("run daemon as
    sidecar container")."""
    return bool(_PORT_WORDS.intersection(q.tokens)) and not q.compared and \
        not _states_number(fact)


def _max_for_baseline(fact: dict, q: Query) -> bool:
    """A baseline asked with no bound ("gp3 baseline iops") and a maximum: the 16,000 IOPS a
    volume may be raised to is not what it gets without asking (as "gp3 max throughput" is
    not a baseline: _baseline_only)."""
    return not q.qualifier and fact["qualifier"] == "max" and "baseline" in q.tokens


def _other_qualifier(fact: dict, q: Query, lex: Lexicon) -> bool:
    """Whether the fact's bound is not the one asked: "max targets" is not answered by
    "1+ targets" (a minimum), "visibility timeout default" not by the 12 h it may be set to
    (a quota asked, "default limit", may be the notes' max)."""
    # "fargate min memory": not "fargate.task.max_mem = 30 GB" (lookup/key_bound.py)
    asked, said = q.qualifier, fact["qualifier"] or fact_key_bound(fact, q.qualifier)
    if asked in ("max", "min") and not q.concept and not q.dimensions - {"count"} \
            and _size_of_one_asked(fact, q):
        return True  # "aurora serverless v2 max acu": "1 ACU ≈ 2 GiB" is what one ACU is,
        # no bound on how many ("dynamodb max item size" asks what one item may be)
    if asked in ("max", "min") and _steps_only(fact) \
            or default_for_min(fact, asked, q.qualifiers, lambda t: _bounds(t, "min", lex)) \
            or default_of_unnamed_min(fact, asked, q.qualifiers, q.tokens,
                                      lambda t: _bounds(t, "min", lex)) \
            or asked in ("max", "min") and not said and answers_other_bound(fact, asked):
        return True  # "aurora serverless v2 max acu": "scales in 0.5 ACU increments"; "sqs
        # visibility timeout min": not "default 30 s"; "cloudfront min ttl default": not
        # "default TTL 24 hrs" (lookup/min_asked.py); "sqs min retention": not "Model
        # answer: 4 days" under "(b) Default retention period? [1 mark]"
    if asked in ("max", "min") and (said == "default" or fact["kind"] == Kind.DEFAULT) \
            and _line_bounds_it(fact):
        return True  # "visibility timeout max": not the default 30 s of a line that says
        # its max too ("default 30 s, max 12 hours")
    if asked == "max" and _bounds(q.raw, asked, lex) and _default_setting(fact, lex):
        return True  # "cloudfront maximum ttl": not "a default TTL of 24 hours"
    if asked in ("max", "min") and said != asked and _baseline_only(fact, q.dimensions):
        return True  # "gp3 max throughput": not "a baseline of 3,000 IOPS and 125 MB/s"
    if asked in ("max", "min") and fact["kind"] == Kind.FACT and not said \
            and _bounds(q.raw, asked, lex):
        # "aurora serverless v2 max acu": not "v2 min is 0.5 ACU" ("how many", "limit" or
        # "quota" bound nothing: "AWS reserves 5 IPs ... /28 minimum" answers how many)
        return _says_other_bound(fact["value"] or "", asked, lex) or \
            _clauses_asked_bound_other(fact, q, asked, lex)
    if asked in ("max", "min") and label_bounds_other(fact, asked,
                                                      lambda t, b: _bounds(t, b, lex)):
        return True  # "fargate min memory": not "Fargate task max: 16 vCPU, 120 GB memory"
    if asked in ("max", "min"):
        return said in ("max", "min") and said != asked
    if q.kinds == {Kind.RANGE} and (said == "default" or fact["kind"] == Kind.DEFAULT):
        return True  # "lambda memory range": the 128 MB it starts at is no range
    if asked == "default" and (fact["kind"] == Kind.RANGE or said == "range"):
        return True  # "60 s - 14 days" is what it may be set to, not what it is by default
    if asked == "default" and fact["kind"] == Kind.FACT and not said:
        # "Message retention up to 14 days."; "WaitTimeSeconds 1-20 s" (range_for_default.py)
        return _bound_only(fact["value"] or "") or range_only(fact["value"] or "") \
            or answers_other_bound(fact, asked)
    return asked == "default" and said in ("max", "min") and not q.kinds & _QUANTITY_KINDS


# "baseline" beside a number ("baseline 3000", "a baseline of 3,000", "3,000 baseline"):
# not "base" ("knowledge bases", "base capacity 8 to 512 RPUs"), not a baseline said of
# another number of the clause
_BASELINE = lazy_compile(r"\bbaseline\b\W*(?:\w+\W+){0,2}?\d"
                         r"|\d[\d,.]*\W*(?:\w+\W+){0,2}?baseline\b", re.IGNORECASE)
# a number the clause leads into past its baseline: "3000 IOPS scales to 16000", "burst to",
# "provision up to"
_BEYOND_BASELINE = lazy_compile(r"\b(?:to|scales?|scaling|bursts?|bursting|provision\w*)\b",
                                re.IGNORECASE)
# a line's opening label that names a baseline ("gp3 baseline: 3000 IOPS / 125 MiB/s"), or
# a line opening on "baseline" that governs its comma list ("baseline 3000 IOPS, 125 MiB/s")
_BASELINE_LABEL = lazy_compile(r"^\W*(?:[^:=\n]{0,30}?\bbaseline\s*[:=]|baseline\b)",
                               re.IGNORECASE)


def _baseline_only(fact: dict, asked: set[str] | frozenset[str] = frozenset()) -> bool:
    """Whether a fact's numbers are a baseline (what one gets without asking for more) by
    the clauses holding them (answer.number_clauses), none bounding anything (no max or
    min, nothing it scales or bursts to): "gp3 gives a baseline of 3,000 IOPS and 125
    MB/s" says no maximum; "gp3 baseline 3000 IOPS scales to 16000 IOPS" says one. Where
    clauses state figures of the unit `asked`, only theirs are read: "baseline 3000 IOPS +
    125 MB/s, max 16,000 IOPS" bounds the IOPS, and gives a throughput only as a baseline."""
    clauses = number_clauses(fact)
    of_unit = [c for c in clauses if _clause_units(c) & (asked - {"count"})]
    clauses = of_unit or clauses
    # "gp3 baseline: 3000 IOPS / 125 MiB/s": a label saying baseline says it of every clause
    labelled = bool(_BASELINE_LABEL.match(_said(fact) or fact["value"] or ""))
    return bool(clauses) and all((labelled or _BASELINE.search(c)) and not _LINE_BOUND.search(c)
                                 and not _BEYOND_BASELINE.search(c) for c in clauses)


# Words of the lexicon's max/min cues that name a bound in a note's statement too; not the
# question-only ones ("how many", "limit", "quota", "cap" say no direction: "AWS reserves 5
# IPs ... /28 minimum" answers how many), and not "min" after a number ("15 min" is a
# duration). Only real comparison signs, no arrows ("->", "=>", "<-").
_QUESTION_ONLY = frozenset({"limit", "limits", "quota", "cap"})
# (a number ends on a digit: in "max /16, min /28" the comma ends the 16, the min is a bound;
# a prefix length is no duration: "/28 min" is the smallest block)
_NUMBER_MIN = lazy_compile(r"(?<!/)\b\d(?:[\d,.]*\d)?\s*mins?\b", re.IGNORECASE)
_SIGNS = {"max": r"<(?![-=]?-)=?|≤", "min": r"(?<![-=])>=?|≥"}


def _bound_said(lex: Lexicon) -> dict[str, re.Pattern]:
    """The max and min bound words of `lex` as patterns, built once per lexicon."""
    return lex.derived("bound_said", _build_bound_said)


def _bounds(text: str, bound: str, lex: Lexicon) -> bool:
    """Whether `text` states a `bound` ("max"/"min") bound; "15 min" is a duration, no bound
    ("v2 min" is one: "v2" is no number); a comparison or a denial is none ("twice as high as
    30 seconds", "not as many as 10 VPCs")."""
    return bool(_bound_said(lex)[bound].search(_NUMBER_MIN.sub(" ", blank_compared(text))))


def _build_bound_said(lex: Lexicon) -> dict[str, re.Pattern]:
    built = {}
    for bound in ("max", "min"):
        words = sorted((" ".join(p) for p, names in lex.qualifiers.items()
                        if bound in names and p[0] != "how"
                        and " ".join(p) not in _QUESTION_ONLY), key=len, reverse=True)
        alts = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
        built[bound] = re.compile(rf"\b(?:{alts})\b|{_SIGNS[bound]}", re.IGNORECASE)
    return built


def _says_other_bound(value: str, asked: str, lex: Lexicon) -> bool:
    """A statement that bounds its number the other way only ("v2 min is 0.5 ACU" for "max
    acu"): no bound asked is stated in it."""
    other = "min" if asked == "max" else "max"
    return _bounds(value, other, lex) and not _bounds(value, asked, lex)


def _clauses_asked_bound_other(fact: dict, q: Query, asked: str, lex: Lexicon) -> bool:
    """Whether the clauses with a number of a statement that say a word asked bound it the
    other way only, and no such clause nor a bare one ("max 128" after "ACU min 0.5") bounds
    it as asked: in "max object size 5TB, single PUT max 5GB -> multipart upload > 100MB" the
    object size is bounded by "max" alone, whatever bound a clause about other things writes
    ("s3 standard ia minimum object size" is not answered)."""
    other = "min" if asked == "max" else "max"
    said_clauses = number_clauses(fact)
    topical = [c for c in said_clauses
               if any(stems(c, frozenset()) & set(concept) for concept in q.topic)]
    if not any(_bounds(c, other, lex) for c in topical):
        return False
    return not any(_bounds(c, asked, lex) for c in said_clauses
                   if c in topical or _bare_bound(c, lex))


def _bare_bound(clause: str, lex: Lexicon) -> bool:
    """A clause of a bound, a number, a unit and a scope only ("max 128", "up to 15 min",
    "max per account 1000"): it goes on with what the clause before it named."""
    return not [w for w in _WORDS.findall(_PER_WORD.sub(" ", clause.lower()))
                if len(w) > 1 and w.isalpha() and w not in lex.stopwords
                and (w,) not in lex.qualifiers and not UNIT_WORD.fullmatch(w)]




# Units of a setting's value: a default duration or size is what a setting starts at, not
# the most it may be set to. Counts and rates of things are left out: their default is most
# often the quota itself ("1,000 concurrent executions by default", "10,000 rps default
# throttle"); so is a default data rate ("default 50 Gbps (soft limit)", "each tunnel
# default 1.25 Gbps"), save on the line of an on-demand capacity mode (_ON_DEMAND).
_SETTING_UNITS = frozenset({"s", "B"})
_RATE = "B/s"
# a line of a capacity mode that grows past its default rate: "on-demand default 4 MB/s
# write" (not "scale", "burst" or "auto" anywhere on a line: "each tunnel default 1.25 Gbps
# (use ECMP to scale beyond)" and "default 50 Gbps burst" give the quota; a reviewer, session
# 37), and no quota words on it ("default 5 MiB/s (soft limit)")
_QUOTA_SAID = lazy_compile(r"\bsoft\s+limit\b|\bquotas?\b|\badjustable\b|\bincreas\w*",
                           re.IGNORECASE)
_STATED_RANGE = lazy_compile(r"\d[\d,.]*\s*(?:-|–|to|\.\.)\s*\d", re.IGNORECASE)
# A default the line says cannot be changed is the most it may be too ("default 29 s (hard
# limit)", "cannot be raised", "fixed", "not adjustable").
_FIXED_SAID = lazy_compile(r"\bhard\s+(?:limit|cap|quota)\b|\b(?:can\s*not|can't|cannot)\s+be\s+"
                           r"(?:raised|increased|changed|extended)\b|\bfixed\b"
                           r"|\bnot\s+(?:adjustable|configurable)\b", re.IGNORECASE)


def _default_setting(fact: dict, lex: Lexicon) -> bool:
    """Whether a fact gives a duration or a size as a default and its line bounds it by no
    maximum, range or fixed limit ("CloudFront caches objects for a default TTL of 24
    hours", "ID/access token default validity | 1 | hour"): no answer to a maximum asked."""
    said = fact["qualifier"]
    if said == "max":
        return False
    value = fact["value"] or ""
    if fact["kind"] == Kind.FACT:
        if said or not _DEFAULT_WORDS.intersection(_WORDS.findall(value.lower())) \
                or _bounds(value, "max", lex) or _STATED_RANGE.search(value):
            return False  # "default 7 days, 0 to 35 days": the range bounds it
    elif not (said == "default" or fact["kind"] == Kind.DEFAULT):
        return False
    # on both paths, the line: "integration timeout default 29 s (hard limit)" is the most
    # too (its "29 s" fact's value holds no such word); not a bound word anywhere in the line,
    # which may bound another figure ("Default 7 days" beside "Maximum Storage Threshold")
    if _FIXED_SAID.search(value) or _FIXED_SAID.search(fact.get("snippet") or ""):
        return False
    units = {fact["unit"]} if fact["unit"] else _clause_units(join_unit_cells(value.lower()))
    setting = _SETTING_UNITS
    line = fact.get("snippet") or value
    if _ON_DEMAND.search(line) and not _QUOTA_SAID.search(line):
        setting = setting | {_RATE}
    return bool(units) and units <= setting


_DEFAULT_WORDS = frozenset({"default", "defaults", "def", "dflt", "initially"})
_LINE_BOUND = lazy_compile(r"\b(?:max(?:imum)?|up\s+to|minimum|at\s+most)\b|\d\s*\.\.\s*\d",
                           re.IGNORECASE)  # not "limit": "1000 default, soft limit" is one


def default_line_bounds(fact: dict, q: Query) -> bool:
    """A default asked for a max or min whose own line gives that bound besides ("SGs per
    ENI = 5 (default), max 16" for "max security groups per eni"): no answer, nor a further
    match under the line's answer (a 5 shown for a max of 16 is a wrong number)."""
    return (q.qualifier in ("max", "min")
            and (fact.get("qualifier") == "default" or fact.get("kind") == Kind.DEFAULT)
            and _line_bounds_it(fact))


_LINE_PARTS = re.compile(r"[;|]|[.?!](?:\s|$)")
_COUNT_BOUND = re.compile(r"\bmax(?:imum)?\W{0,3}(\d[\d,]*)(?![\d,.]*\s*"
                          r"[^\W\d_])", re.IGNORECASE)


def _line_bounds_it(fact: dict) -> bool:
    """Whether a default's note line states a bound of another value in its unit besides
    ("default 30 s, max 12 h", "default 30s, 0..12h"): the default is then not what a max
    or min asked is. For a count, only "max" and a bare number ("max 16"): "up to
    12,500,000 subscriptions and 100,000 topics by default" bounds another noun."""
    unit, snippet = fact["unit"], _said(fact)
    own = [v for v in (fact.get("number"), fact.get("low"), fact.get("high")) if v is not None]
    if unit == "count":
        # a bare number after a bound word bounds the count itself ("SGs per ENI = 5
        # (default), max 16": 5 SGs answered "max security groups per eni"; a last reader,
        # session 37), where a noun after it names another ("max 12,500,000 subscriptions");
        # not "up to": "5 by default, adjustable up to 50" is how a quota is raised
        # in the part of the line that holds the count ("GSIs per table: 20 default; LSIs
        # per table: max 5": the 5 is the LSIs', not the GSIs' maximum)
        return any(not any(abs(float(m[1].replace(",", "")) - w) <= 1e-6 * max(1.0, abs(w))
                           for w in own)
                   for part in number_clauses(fact, _LINE_PARTS)
                   for m in _COUNT_BOUND.finditer(part))
    if not unit:
        return False
    return any(u == unit and not any(abs(v - w) <= 1e-6 * max(1.0, abs(w)) for w in own)
               for m in _LINE_BOUND.finditer(snippet)
               for v, u, _ in numbers_with_units(snippet[m.start():m.start() + BOUND_SPAN]))


BOUND_SPAN = 24  # characters after "max" that hold its number ("max 12 hours")


def answers_other_bound(fact: dict, asked: str) -> bool:
    """A statement answering a practice question that asks another bound ("right: 10,240 MB"
    under "Q41: Lambda /tmp storage max", its attribute): no answer to the default asked,
    nor a default's answer ("4 days" under "Default retention period? [1 mark]") to a max
    or min asked, unless the answer line says a default of its own."""
    bound = asked_bound((fact["attribute"] or "",), fact["value"] or "")
    return bool(bound) and bound != asked and _has_digit(fact["value"] or "") \
        and not _DEFAULT_WORDS.intersection(_WORDS.findall((fact["value"] or "").lower()))


def _bound_only(value: str) -> bool:
    """A statement that gives its number as a bound ("up to 14 days", "max 12 h", "at
    least 60 s") and says no default anywhere: a maximum is not the default asked."""
    words = _WORDS.findall(value.lower())
    if _DEFAULT_WORDS.intersection(words) or not _has_digit(value):
        return False
    pairs = set(zip(words, words[1:], strict=False))
    return bool({"max", "maximum", "min", "minimum"}.intersection(words)
                or pairs & {("up", "to"), ("at", "most"), ("at", "least")})


_STEP_WORDS = frozenset({"increment", "increments", "step", "steps", "granularity"})
_BOUND_WORDS = frozenset({"max", "maximum", "min", "minimum", "up", "most", "least", "limit"})


def _steps_only(fact: dict) -> bool:
    """A statement whose number is the step a quantity moves by ("scales in 0.5 ACU
    increments"), with no bound besides: no maximum or minimum of it."""
    if fact["kind"] != Kind.FACT:
        return False
    words = set(_WORDS.findall((fact["value"] or "").lower()))
    return bool(words & _STEP_WORDS) and not words & _BOUND_WORDS


# Scopes a student writes for one another: "per account" of a quota the notes give "per region".
_SAME_SCOPE = frozenset({"account", "region"})
# What follows "per": up to three words ("per event bus"), either side of a slash.
_PER_THING = re.compile(r"\b(?:per|each)\s+(\w+(?:[/ ]\w+){0,2})", re.IGNORECASE)
# A rate's "per second" is its dimension (lookup reads units), not a scope.
_TIME_WORDS = frozenset(stem(w) for w in ("second", "sec", "s", "minute", "min", "hour", "hr",
                                          "day", "month", "year", "call", "request"))


def _per_other(fact: dict, q: Query, lex: Lexicon) -> bool:
    """Whether the fact states its number per something other than what the query asks it
    per ("kinesis shard quota per account": "5 calls/s (per shard)"), and never per that."""
    asked = set(q.denominators) - _TIME_WORDS
    if not asked:
        return False
    # the words of the figure's own clause, not the line's other clauses ("5,000 IAM users
    # per account, user in max 10 groups": the account is the users' scope); a statement
    # cut out of its line is its own clause; a bare figure's clause ("| Tasks launched per
    # RunTask call | 10 |") is labelled by the rest of its line
    value = fact["value"] or ""
    clause = value if fact["kind"] == Kind.FACT and value and value in (
        fact["snippet"] or "") else own_clause(fact) or ""
    if not _has_word(clause):
        clause = fact["snippet"] or ""
    text = f"{fact['attribute']} {value} {clause}"
    # (the scope of a membership counted is one too: "user in max 10 groups" is per user,
    # lookup/member_scope.py)
    said = _in_full(frozenset(stem(w) for m in _PER_THING.finditer(text)
                              for w in re.split(r"[/ ]", m.group(1).lower()))
                    | frozenset(stem(w) for w in membership_scopes(clause, fact["number"])), lex)
    if not said:
        return False
    if asked & _SAME_SCOPE_STEMS:
        asked |= _SAME_SCOPE_STEMS
    # a service asked per is said by a word of its names alone ("per alb": "per load
    # balancer"); a quota per Region is none per the resource (per_service)
    names = lex.derived("service_scope_words", scope_words)
    if asked & names.keys():
        asked |= {w for a in asked for w in names.get(a, ())}
    full = _in_full(frozenset(asked), lex)
    # "Each enhanced fan-out consumer reads 2 MB/s per shard" is per consumer too: the
    # scope asked, said anywhere in the fact's own words, may be what the number is per
    # (a statement's attribute is the heading over it: "quotas from the service quotas
    # console" makes "Tasks launched per RunTask call" no quota per service).
    own = text if fact["kind"] != Kind.FACT else f"{fact['value']} {clause}"
    # "50 inbound rules" filed under the security group (its line: "per SG") is per group
    own = f"{own} {fact['subject'] or ''}"
    return not said & full and not _in_full(stems(own, frozenset()), lex) & full


_SAME_SCOPE_STEMS = frozenset(stem(w) for w in _SAME_SCOPE)
_FOREVER = re.compile(r"\b(?:forever|indefinitely|never\s+expires?)\b", re.IGNORECASE)


def _only_forever(fact: dict, value: str) -> bool:
    """A statement whose only "number" is a span of time without end ("never expire")."""
    return (fact["number"] is None and fact["low"] is None and not _has_digit(value)
            and bool(_FOREVER.search(value))
            and not _NUMBER_WORD.search(_FOREVER.sub(" ", value)))


# Numbers that count nothing: an address or CIDR ("0.0.0.0/0", "/16"), the low end of a range
# whose unit is written once ("from 7 to 30 days": 7 is days too), and an HTTP status
# ("429 = throttled", "ThrottleError -429", "HTTP 503 Slow Down"); not a table row's value
# ("Hosted zones per account | 500" counts hosted zones).
_NOT_COUNTS = lazy_compile(
    r"\d+(?:\.\d+){3}(?:/\d+)?|\d[\d,.]*(?=\s*(?:to|-|–)\s*\d[\d,.]*\s*[a-z])"
    r"|(?<![\w,.|])(?<!\|\s)[45]\d\d(?![\w,.])(?=\s*(?:[=:),;/]|-(?!\s*\d)|$|(?:error|too|bad|not|"
    r"forbidden|unauthori|throttl|internal|service|gateway|slow|access|request|limit)))"
    r"|(?<=http )[45]\d\d|(?<=-)[45]\d\d(?![\w,.])"
    r"|[$€£]\s*\d[\d,.]*(?:/\w+)*"  # a price ("$0.50/month") counts nothing
    # nor does an item's number in a list ("1) pick AZ", "2. ...") or a thread ("25/ ...")
    r"|(?<![\w.,(])\d{1,2}\)(?=\s)|^\W*\d{1,3}[/.](?=\s)"
    r"|(?<![\w.])/\d{1,2}(?![\d.])", re.IGNORECASE)  # nor a prefix length ("/16 to /28")


def _without_non_counts(text: str) -> str:
    """`text` with the numbers that count nothing blanked (_NOT_COUNTS). A number closing an
    open aside ("layers (max 5) per function") is a count, not a list item's "5)"."""
    def blank(m: re.Match) -> str:
        if m.group(0).endswith(")") and \
                text.count("(", 0, m.start()) > text.count(")", 0, m.start()):
            return m.group(0)
        if not text[m.end():].strip() and _BOUND_ENDING.search(text, 0, m.start()) \
                and not _STATUS_SAID.search(text, 0, m.start()):
            return m.group(0)  # "CFN max resources per stack 500": the bound's count
        return " "
    return _NOT_COUNTS.sub(blank, text)


# A bound on a thing named, then no other number up to the end of the text: a number ending
# it is that bound's count ("max resources per stack 500"), not an HTTP status
_BOUND_ENDING = lazy_compile(r"\b(?:max(?:imum)?|up to|limit)\s+[^\W\d_][^\d]*$",
                             re.IGNORECASE)
# ... unless the line says what happens past the bound: "over the concurrency limit ->
# throttled 429", "above the prefix limit returns 503" give a status, no count of the bound
_STATUS_SAID = lazy_compile(
    r"\b(?:over|beyond|above|exceed\w*|return\w*|gives?|gets?|got|throttl\w*|error\w*"
    r"|status|code|http|fail\w*|reject\w*|respon\w*)\b|->|=>|\u2192", re.IGNORECASE)


def _unit_fit(units: set[str], q: Query, fact: dict, value: str, lex: Lexicon
              ) -> tuple[float, bool]:
    """_unit_shape, once the numbers are not ruled out as no count of what is asked: a size
    or a duration for a unit named ("aurora serverless v2 max acu": "128 TB"), rates in
    time for a batch's size ("lambda sqs fifo max batch size": "3,000 msg/s with
    batching")."""
    if units and _named_unit_unsaid(units, fact, value, q, lex):
        return OTHER_SHAPE, False
    if q.dimensions == {"count"} and _asks_batch_size(q) and (
            units == {"per_s"} or not units and _rates_only(value)):
        return OTHER_SHAPE, False
    if "B/s" in units and not units & _COUNTING_UNITS and q.dimensions == {"count"} \
            and not q.counted & _EVENT_STEMS and _all_measured(value):
        return OTHER_SHAPE, False  # "kinesis default shard quota per account", "transit
        # gateway max attachments": "4 MB/s in", "50 Gbps per attachment" count no shards
    if _operations_for_throughput(units, q, value):
        return OTHER_SHAPE, False  # "gp2 max throughput": "16,000 IOPS" counts operations
    if "s" in units and _LATENCY_WORDS & set(q.tokens) and _days_or_more(fact, value):
        return OTHER_SHAPE, False  # "dynamodb global tables replication latency": "35 days"
        # is the retention of the line, a latency is never days long
    if not units and q.dimensions == {"B/s"} and _counts_things_not_data(value, lex):
        return OTHER_SHAPE, False  # "transit gateway bandwidth per vpc attachment":
        # "5,000 attachments per transit gateway" counts attachments
    return _unit_shape(units, q, fact, value, lex)


_IOPS = lazy_compile(r"\biops\b", re.IGNORECASE)


def _operations_for_throughput(units: set[str], q: Query, value: str) -> bool:
    """A throughput asked in data per second ("gp2 max throughput", "sc1 throughput mb/s")
    and a fact whose only rate is operations per second ("16,000 IOPS"): IOPS and MB/s are
    the two separate bounds of a volume, one is no answer for the other. Not when the query
    says IOPS itself."""
    return "B/s" in q.dimensions and not q.dimensions & {"per_s", "count"} \
        and bool(units) and units <= {"per_s", "count"} \
        and bool(_IOPS.search(value)) and not _IOPS.search(q.text)


def _all_measured(value: str) -> bool:
    """Whether every number of the value has a unit: no bare count ("2 tunnels per
    connection ... each tunnel 1.25 Gbps" counts tunnels beside its throughput)."""
    return all(u is not None for _, u, _ in numbers_with_units(
        _without_non_counts(_numerals(value.lower()))))


_LATENCY_WORDS = frozenset({"latency", "latencies", "lag"})
_DAY = 86400.0  # seconds: a delay this long is a retention or a window, no latency


def _days_or_more(fact: dict, value: str) -> bool:
    """Whether every duration the fact states is a day or longer ("35 days", "1-7 days")."""
    if fact["unit"] == "s":
        found = [v for v in (fact["number"], fact["low"], fact["high"]) if v is not None]
    else:
        found = [n for n, u, _ in numbers_with_units(_numerals(value.lower())) if u == "s"]
    return bool(found) and min(found) >= _DAY


# What a count may be a number of in a throughput ("1 MB/s or 1,000 records/s"): things
# that are sent or done, not things that are had (shards, attachments, regions).
_EVENT_STEMS = frozenset(stem(w) for w in (
    "read", "reads", "write", "writes", "request", "requests", "record", "records",
    "message", "messages", "call", "calls", "operation", "operations", "transaction",
    "transactions", "event", "events", "invocation", "invocations", "publish", "put", "get",
    "packet", "packets"))


def _counts_things_not_data(value: str, lex: Lexicon) -> bool:
    """Whether a statement's numbers all count things ("5,000 attachments per transit
    gateway"), none of them data sent or done in time ("1,000 records/s") or a unit of a
    throughput of its own ("3,000 RCU")."""
    low = value.lower()
    return _counts_a_noun(value) and not PER_TIME.search(low) and not RATE_WORD.search(
        low) and not any(w in lex.count_units for w in _WORDS.findall(low)) and not any(
        w in _EVENT_STEMS for w in stems(low, frozenset()))


def _unit_shape(units: set[str], q: Query, fact: dict, value: str, lex: Lexicon
                ) -> tuple[float, bool]:
    """How well the fact's units fit the dimension asked, and whether they fit at all (a fit
    or near fit keeps the word score; another dimension replaces it)."""
    if not q.dimensions or units & q.dimensions:
        return 1.0, True
    if "per_s" in q.dimensions and not fact["unit"] and PER_TIME.search(value):
        # "scaling rate": "1,000 execution environments every 10 seconds" is a rate
        return NEAR_SHAPE, True
    if "count" in q.dimensions and fact.get("from_table") and _cell_counts(fact, q, lex):
        return 1.0, True  # "| read replicas | up to 5 | up to 15 |": the row counts them
    # "1000 records/s" is a rate in time, "10,240 chars" a length, however the unit reader
    # does not know their words
    bare = [n for n, u, _ in numbers_with_units(_NOT_A_COUNT.sub(" ", _without_non_counts(
        blank_uncounted(value.lower())))) if u is None] if "count" in q.dimensions \
        and not fact["unit"] and \
        "chars" not in q.dimensions else []
    if bare:
        # "concurrency 1000 per region (... 6 MB ...)": a bare number in a statement may be
        # the count asked; a value the parser gave a unit of another dimension is not
        if q.counted and fact["kind"] == Kind.FACT:
            return _statement_count_fit(value, bare, q, lex, fact.get("snippet") or value)
        return NEAR_SHAPE, True
    if units == {"count"} and q.dimensions & {"B/s", "per_s"} and "count" not in q.dimensions \
            and not PER_TIME.search(value) and not RATE_WORD.search(value):
        return OTHER_SHAPE, False  # "sns fifo topic throughput": "12,500,000 subscriptions"
        # per topic is a count of no time; "16,000 IOPS" is a rate
    if units and ((q.dimensions == {"count"} and q.count_guessed
                   and not _bound_names_counted(q)  # "max items": a count asked, not 16 MB
                   and (fact["kind"] != Kind.FACT
                        or _counted_said(q.counted, stems(value, frozenset()), lex))
                   and not _measure_of_counted(fact, q, lex))
                  or (units & _RATES and q.dimensions & _RATES
                      and not _count_per_scope_of_rate(units, q))
                  or ((units | q.dimensions) <= _SIZES and not _size_not_rate(units, q)
                      and not _rate_not_size(units, q))
                  or (units | q.dimensions) <= _LENGTHS
                  or _rate_of_counted(units, q, fact)):
        return NEAR_SHAPE, True  # "count" is only guessed from a plural ("max layers")
    if not units and not q.dimensions & _RATES and _counts_a_noun(value):
        # "eventbridge max event size": "max 5 targets per rule" counts targets, no size
        return OTHER_SHAPE, False
    if not units and (q.dimensions <= _SIZES and not q.dimensions & _RATES
                      and not _SIZE_WITHOUT_UNIT.search(value) or _counts_nothing(q, value)):
        # "rds max storage size mysql": "up to 5 per source" states no size; notes write
        # a size with its unit, or as a prefix length ("/16") or in characters
        return OTHER_SHAPE, False
    return (OTHER_SHAPE if units else NO_SHAPE), False  # NO_SHAPE: a number of no known unit


def _counts_nothing(q: Query, value: str) -> bool:
    """A count asked ("max iam roles per account"), and a statement whose every number is a
    rate in time or a length ("inline role policy: 10,240 chars")."""
    return "count" in q.dimensions and "chars" not in q.dimensions and _has_digit(value) \
        and not _has_digit(_NOT_A_COUNT.sub(" ", blank_uncounted(value.lower())))


def _asks_batch_size(q: Query) -> bool:
    """"batch size" typed: how many things one batch holds, a count per batch (the
    lexicon reads the phrase as a count, no size)."""
    toks = q.tokens
    return "batchsize" in toks or any(toks[i:i + 2] == ["batch", "size"]
                                      for i in range(len(toks) - 1))


def _rates_only(value: str) -> bool:
    """Whether every number a statement states is a rate in time ("300 msg/s without
    batching, 3,000 msg/s with batching")."""
    clauses = [c for c in _number_clauses(value) if _has_digit(c)]
    return bool(clauses) and all(PER_TIME.search(c) for c in clauses)


_BOUND_BEFORE = frozenset({"max", "maximum", "limit", "<", "<=", "≤"})
COUNT_LABEL = 3  # words before "up to N" that may name what N counts ("Aurora replicas")
_SCOPE_WORDS = frozenset({"per", "each", "every"})
_SENTENCE = lazy_compile(r"(?<=[.!?])\s+")


def _names_its_count(value: str, q: Query, lex: Lexicon) -> bool:
    """Whether a statement states a number of what is counted, as a quantity states its unit:
    the noun after the number ("100 buckets per account", "up to 16 Nitro instances") or a
    short label bounding it ("Aurora replicas up to 15", "GSI: max 20 per table"), in a
    sentence that says the name typed for the service if the statement says it at all
    ("Memcached. Redis ... up to 500 nodes" counts Redis's nodes). Not 0 or 1 ("1 shard =
    1 MB/s" defines a unit), a section's number ("1.2 Subnets"), a prefix length ("/24
    subnet"), a number with a unit ("15 min"), or a count per another scope than the one
    asked ("5 IPs in each subnet" for "... per region")."""
    typed = {w for w in q.typed.values() if w and w.lower() in value.lower()}
    said = _in_full(stems(value, frozenset()), lex)
    if any(w not in said for w in q.count_modifiers):
        return False  # "elastic ips": "2 static anycast IPs" are other IPs
    return any(_counts_in(sentence, q, lex) for sentence in _SENTENCE.split(value)
               if all(w.lower() in sentence.lower() for w in typed))


def _statement_count_fit(value: str, bare: list[float], q: Query, lex: Lexicon, line: str
                         ) -> tuple[float, bool]:
    """How a statement with bare numbers fits a count of a noun asked. One that names what
    is counted ("100 buckets per account", "Aurora replicas up to 15") is the count asked,
    as "5 MB" is a size; one whose every number counts another noun is not ("max iam roles
    per account": "5000 IAM users per account"); nor one whose only numbers are 0 or 1 of
    no noun asked."""
    if _names_its_count(value, q, lex):
        return 1.0, True
    if _counts_only_other_nouns(value, q, lex):
        return OTHER_SHAPE, False
    if all(n <= 1 for n in bare) and not q.numbers \
            and ("default" not in q.qualifiers or _quota_typed(q) and not _zero_means(value)) \
            and not _small_count_of_counted(value, q, lex, line):  # ("reserved concurrency
        return UNNAMED_COUNT, True  # 0": the 0 typed is what is asked about; a default
        # asked may be none or one, a default quota of things per a scope not: "default max
        # shards per stream"; a setting's 0 may mean something, "MaxConcurrency default 0 =
        # unlimited")
    if _asked_per(q) and not _some_number_tied(value, q, lex):
        return UNNAMED_COUNT, True  # "max subnets per vpc": "SG allow 22 from corp IP"
    return NEAR_SHAPE, True


# Words just before a number that bound it ("max 20", "up to 5", "limit 100", "<= 10").
_TIE_BOUNDS = frozenset({"max", "maximum", "min", "minimum", "to", "limit", "limits", "most",
                         "least", "quota", "cap",
                         "only", "<", "≤", "<=", "default", "def"})
TIE_BEFORE = 3  # words before a number that may bound it
TIE_AFTER = 4   # words after it that may name its scope or what it counts
TIE_LABEL = 8   # words of the label a number answers ("default max accounts in an org: 4")


def _quota_typed(q: Query) -> bool:
    """Whether the query types a maximum of things counted per a scope ("max shards per
    stream default"): a quota, never none. A setting's maximum ("map state max concurrency
    default") may be 0."""
    return max_typed(q) and bool(q.counted) and bool(_asked_per(q))


# Words after a 0 that say what it means ("default 0 = unlimited", "0 means no limit").
_ZERO_MEANS = frozenset({"=", "means", "unlimited", "no"})


def _zero_means(value: str) -> bool:
    """Whether a 0 of a statement is followed by what it means, or is the default the line
    states ("default 0 reserved (uses unreserved pool)"): a setting, not none of a thing."""
    toks = [t.lower() for t in _WORD_OR_NUMBER.findall(value)]
    return any(t == "0" and (_ZERO_MEANS.intersection(toks[i + 1:i + 2])
                             or toks[i - 1:i] == ["default"])  # "default 0 reserved"
               for i, t in enumerate(toks))


def _asked_per(q: Query) -> frozenset[str]:
    """Stems of the scopes a count is asked per ("max subnets per vpc": vpc, though a
    service's name is no denominator of the query)."""
    toks = q.tokens
    return frozenset(q.denominators) | frozenset(
        stem(toks[k + 1]) for k, t in enumerate(toks[:-1]) if t in ("per", "each"))


def _some_number_tied(value: str, q: Query, lex: Lexicon) -> bool:
    """Whether any number of a statement with no unit of its own is tied to the count asked
    (_number_tied); "five IPs" read as 5."""
    toks = _WORD_OR_NUMBER.findall(_without_non_counts(_numerals(value.lower())))
    return any(t[0].isdigit() and not (i and toks[i - 1] == "/")
               and not (i + 1 < len(toks) and toks[i + 1][0].isalpha()
                        and numbers_with_units(f"1 {toks[i + 1]}")[0][1] is not None)
               and _number_tied(toks, i, q, lex) for i, t in enumerate(toks))


def _number_tied(toks: list[str], i: int, q: Query, lex: Lexicon) -> bool:
    """Whether a bare number of a statement is tied to a count asked per a scope ("max
    subnets per vpc"): it opens its line or answers a question ("A: 5,000"), a bound word
    comes just before it ("max 20", "up to 5"), its label or the words just around it name
    the noun counted or the scope asked ("VPCs per region | 5", "MFA devices per user: 1",
    "200 subnets"), or a scope follows it ("5 per table", "1,000 / region"). A number among
    words of something else ("SG allow 22 from corp IP", "periodic (1, 3, 6, 12, 24 h)")
    counts nothing asked, however the line names the noun elsewhere."""
    before = [w.lower() for w in toks[max(0, i - TIE_BEFORE):i]]
    words = [w for w in before if w[0].isalpha()]
    if not words or words == ["a"] or _TIE_BOUNDS.intersection(before):
        return True
    after = [w.lower() for w in toks[i + 1:i + 1 + TIE_AFTER]]
    if SCOPE_AFTER.intersection(after[:2]):
        return True
    near = before + after + _label_before(toks, i)
    said = _in_full(stems(" ".join(w for w in near if w[0].isalpha()), frozenset()), lex)
    return bool(_asked_per(q) & said or q.counted & said)


def _label_before(toks: list[str], i: int) -> list[str]:
    """The label a number answers, when a ":", "=", "|" or arrow comes just before it: the
    words back to the previous number or sign, over an aside in brackets ("default max
    accounts in an org: 4", "Multi-AZ DB cluster (new): 1 writer")."""
    j = i
    while j and toks[j - 1].lower() in _LABEL_BOUND_WORDS:
        j -= 1
    if not j or toks[j - 1] not in _LABEL_ENDS and toks[j - 1] not in ("->", "→", ">"):
        return []
    k = j - 1
    while k and j - k <= TIE_LABEL:
        if toks[k - 1] == ")" and "(" in toks[:k - 1]:  # an aside inside the label:
            k = max(m for m in range(k - 1) if toks[m] == "(")  # the last "(": "Read replicas
            continue  # per source (MySQL/PG) | 5", "Multi-AZ DB cluster (new): 1 writer"
        if not toks[k - 1][0].isalpha():
            break
        k -= 1
    return [w.lower() for w in toks[k:j - 1] if w[0].isalpha()]


def _counts_only_other_nouns(value: str, q: Query, lex: Lexicon) -> bool:
    """Whether every number of a statement counts a noun written after it, and none is the
    noun the query counts: "5000 IAM users per account" is no number of roles, "5 IP" of a
    subnet no number of subnets. A number with no noun after it ("GSI: max 20 per table",
    "limit 5") may count what its label names, and one with a unit ("15 min") counts
    nothing, so either leaves the statement to the other checks."""
    toks = _WORD_OR_NUMBER.findall(_without_non_counts(value))
    counted_other = False
    start = 0  # where the label of the next number may begin: after the previous number
    for i, t in enumerate(toks):
        if not t[0].isdigit() or (i and toks[i - 1] == "/"):
            continue
        label_start, start = start, i + 1
        if _label_names_counted(toks[label_start:i], q, lex):
            return False  # "Route tables: 200 RTs per VPC": the label names what is asked,
            # the noun after is its short form
        # a number that ends its sentence or clause ("A: 5,000. Groups can't be nested")
        # has no noun after it; one that opens a sentence ("... per account. 1,000 roles")
        # is read as any other
        noun = [] if t[-1] in ",." else _noun_after(toks, i, lex)
        if noun and _measures(toks, i, noun[0]):
            continue  # a quantity of a unit ("64 KiB"), no count
        if not noun or _noun_counts(noun, q.counted, lex) or not _names_things(noun[-1]):
            return False
        counted_other = True
    return counted_other


# Labels ended by one of _LABEL_ENDS, then maybe these words, just before a number.
_LABEL_BOUND_WORDS = frozenset({"max", "maximum", "up", "to", "limit", "default"})


def _label_names_counted(span: list[str], q: Query, lex: Lexicon) -> bool:
    """Whether the short label of a number, the words since the previous number up to a
    ":", "=" or "|" just before it (a "max", "up to", "limit" or "default" may come
    between), names what the query counts: "Route tables: 200 RTs per VPC", "Lambda
    concurrency: 1,000 concurrent executions" count what they are labelled, whatever short
    form follows. Not a sentence before the number ("CIDR block size between /16 (65,536
    IPs)" has no label)."""
    j = len(span)
    while j and span[j - 1].lower() in _LABEL_BOUND_WORDS:
        j -= 1
    if not j or span[j - 1] not in _LABEL_ENDS:
        return False
    head = _label_words(_before_where(span[:j - 1]), lex)
    return bool(head) and bool(
        _counted_said(q.counted, stems(" ".join(head[-LABEL_WORDS:]), frozenset()), lex))


# Rates written as one word after a number: operations per second, no things counted.
_RATE_SHORT_FORMS = frozenset({"tps", "rps", "qps", "iops", "ops", "pps", "mps", "bps",
                               "kbps", "mbps", "gbps"})


def _names_things(word: str) -> bool:
    """Whether the word after a number names things it counts: a plural ("5000 IAM users")
    or a short form ("5 IP", "16 IPs"), not a word of the sentence going on
    ("500-3000 depending on region", "3000 batched"), nor a rate ("10,000 TPS", "16,000
    IOPS": a number per second, left to the checks of rates)."""
    if word.lower() in _RATE_SHORT_FORMS:
        return False
    short = word[:-1] if word.endswith("s") else word  # "IPs", "AZs"
    return _plural_noun(word) or (short.isupper() and len(short) >= 2)


def _small_count_of_counted(value: str, q: Query, lex: Lexicon, line: str = "") -> bool:
    """Whether a 0 or a 1 of a statement counts what is asked: the noun after it ("exactly 1
    route table"), or, with no noun after it, a scope after it ("IGW: only 1 per VPC") or a
    label before it that says the counted noun ("Internet gateway: 1"). Not a default's or a
    bound's 0 ("Delay queue | default 0"), nor a 1 of another noun ("subnet = 1 AZ only")."""
    toks = _WORD_OR_NUMBER.findall(_without_non_counts(value))
    line_toks = _WORD_OR_NUMBER.findall(line or value)  # the whole line: a relation may
    # be split from the 1 it relates ("KCL: 1 shard -> max 1 KCL worker")
    for i, t in enumerate(toks):
        if t.rstrip(",.") not in ("0", "1") or (t.rstrip(",.") == "0" and _quota_typed(q)):
            continue  # "sqs max queues per account": "delay queue: 0 -> 15 min" bounds none
        noun = [] if t[-1] in ",." else _noun_after(toks, i, lex)  # ("= 1, attached": none)
        if noun:
            if not _measures(toks, i, noun[0]) and _noun_counts(noun, q.counted, lex) \
                    and not one_of_relation(toks, i, noun, q, line_toks):
                return True
            continue  # "1 AZ": a count of another noun; "1 shard ↔ 1 worker": a relation
        if [w.lower() for w in toks[i + 1:i + 2]] in (["per"], ["each"], ["every"]):
            return True
        before = [w.lower() for w in toks[max(0, i - LABEL_WORDS):i]]
        if any(w[0].isdigit() or (w,) in lex.qualifiers or w in _DEFAULT_WORDS
               for w in before):
            continue  # "default 0", "max 1": a bound's or a default's number
        if _counted_said(q.counted, stems(" ".join(w for w in before if w[0].isalpha()),
                                      frozenset()), lex):
            return True
    return False


def _counts_in(sentence: str, q: Query, lex: Lexicon) -> bool:
    toks = _WORD_OR_NUMBER.findall(_without_non_counts(sentence))
    for i, t in enumerate(toks):
        if not t[0].isdigit() or "." in t or (i and toks[i - 1] == "/") or \
                int(t.replace(",", "") or 0) <= 1:
            continue
        noun = _noun_after(toks, i, lex)
        if noun and _measures(toks, i, noun[0]):
            continue
        after = [w.lower() for w in toks[i + 1 + len(noun):i + 4 + len(noun)]]
        scope = next((after[k + 1] for k in range(len(after) - 1)
                      if after[k] in _SCOPE_WORDS), None)
        if scope and q.denominators and scope in lex.known_words and not _in_full(
                stems(scope, frozenset()), lex) & _in_full(frozenset(q.denominators), lex):
            continue  # (a word of no known sense, "por tabela", may be the scope asked)
        if _named_after(toks, i, noun, q.counted, lex):
            return True  # "10 msgs", "10 (max msgs per call)"
        before = [w.lower() for w in toks[max(0, i - 2):i]]
        upto = before[-2:] == ["up", "to"]
        if not before or not (upto or before[-1] in _BOUND_BEFORE):
            # "max parts is 10,000", "multipart parts 10,000 max": a bounded label before
            # the number names what it counts (lookup/count_label.py)
            if not noun and not _unit_after(toks, i) and label_counts(
                    toks, i, lambda words: _counted_said(
                    q.counted, stems(" ".join(words), frozenset()), lex)):
                return True
            continue
        start = i - (2 if upto else 1)
        span = toks[max(0, start - COUNT_LABEL):start]
        label = [w for w in span if w[0].isalpha()]
        if not any(w[0].isdigit() for w in span) and \
                _counted_said(q.counted, stems(" ".join(label), frozenset()), lex):
            return True
    return False


def _rate_of_counted(units: set[str], q: Query, fact: dict) -> bool:
    """A rate of the noun a count asks per the scope its line gives it ("s3 get requests per
    prefix": "5,500 GET requests/s", of "... per second per prefix", counts the requests
    asked, per second; its attribute "request rate" is no measure *of* a request, as
    "replica lag" is of a replica)."""
    from studycli.lookup.word_ties import per_scope_said

    return units == {"per_s"} and q.dimensions == {"count"} and bool(
        q.counted & stems(fact["value"] or "", frozenset())) and per_scope_said(
        fact["snippet"] or "", q.denominators)


def _measure_of_counted(fact: dict, q: Query, lex: Lexicon) -> bool:
    """A quantity filed under a measure *of* the noun a plural asks to count ("aurora replicas
    max": "replica lag 100 ms" is how far a replica lags, no number of replicas): the
    attribute names the counted noun, then another word."""
    words = [w for w in _WORDS.findall((fact["attribute"] or "").lower())
             if w not in lex.stopwords]
    at = next((i for i, w in enumerate(words) if stem(w) in q.counted), None)
    return at is not None and any(stem(w) not in lex.cue_stems and stem(w) not in q.counted
                                  for w in words[at + 1:])


# Sizes a note writes without a byte unit: a CIDR prefix ("/16 and /28"), characters.
_SIZE_WITHOUT_UNIT = lazy_compile(r"/\s*\d|\d[\d,.]*\s*char", re.IGNORECASE)


_SIZE_WORDS = frozenset({"size", "sizes", "big", "bigger", "biggest", "large", "larger",
                         "largest"})


def _size_not_rate(units: set[str], q: Query) -> bool:
    """A size said as such ("kinesis max record size") and a fact that states only a rate
    ("each shard = 1 MB/s"): a capacity asked may be either, a size is no throughput."""
    return units == {"B/s"} and bool(_SIZE_WORDS.intersection(q.tokens)) \
        and "per_s" not in q.dimensions and "B/s" not in q.dimensions


def _rate_not_size(units: set[str], q: Query) -> bool:
    """A throughput asked ("fsx for windows max throughput"), no size ("capacity" may be
    either), and a fact that states only a size ("64 TB" of storage): how much is not how
    fast."""
    return units == {"B"} and q.dimensions == {"B/s"}


def _count_per_scope_of_rate(units: set[str], q: Query) -> bool:
    """A count asked per a scope ("kinesis shard quota per account"), the fact a rate per
    unit of time ("1 MB/s", "1,000 records/s"): how fast is not how many."""
    return q.dimensions == {"count"} and units <= {"per_s", "B/s"} and bool(
        q.denominators - _TIME_WORDS)


_CURRENCY = frozenset("$€£")
# a number of things a second ("1000 records/s", "300 msg/sec", "5 calls per second") or of
# characters ("6,144 chars", "2048 caracteres"): no count of things
_NOT_A_COUNT = lazy_compile(
    r"\d[\d,.]*\s*(?:[a-z][\w-]*\s*(?:/\s*|per\s+)(?:s|secs?|seconds?)\b"
    r"|(?:chars?|characters?|caracteres|caract[eè]res|zeichen)\b)", re.IGNORECASE)


def _counts_a_noun(value: str) -> bool:
    """Whether every number of a statement is followed by a word it counts ("5 targets",
    "one file") or is a price ("$0.40/secret"): a count or money, not a size or a duration
    written without its unit ("6,144 characters" is a length, and a rate asked may be in
    units of its own: "3,000 RCU")."""
    from studycli.lookup.lexicon import lexicon

    lex = lexicon()
    toks = _WORD_OR_NUMBER.findall(value)
    numbers = [i for i, t in enumerate(toks) if t[0].isdigit() or _NUMBER_WORD.fullmatch(t)]
    return bool(numbers) and all(
        (i and toks[i - 1] in _CURRENCY) or  # "$0.40/secret/month" is a price
        i + 1 < len(toks) and toks[i + 1][0].isalpha()
        and numbers_with_units(f"1 {toks[i + 1].lower()}")[0][1] is None
        and toks[i + 1].lower() not in
        lex.stopwords and (toks[i + 1].lower(),) not in lex.qualifiers
        and not toks[i + 1].lower().startswith("char") for i in numbers)  # a length


def _cell_counts(fact: dict, q: Query, lex: Lexicon) -> bool:
    """Whether a comparison table's cell (lookup/table_sides.py) is a bare number, bounded
    or not ("up to 15"), of a row that names what the query counts ("read replicas")."""
    value = (fact["value"] or "").lower()
    return bool(_BARE_BOUND.fullmatch(value.strip())) and bool(
        _counted_said(q.counted, stems(fact["attribute"] or "", frozenset()), lex))


_BARE_BOUND = lazy_compile(r"(?:(?:up\s+to|max(?:imum)?|<=?|≤)\s*)?\d[\d,.]*")


def _counts_asked(fact: dict, q: Query, lex: Lexicon) -> bool:
    """Whether the number of `fact` counts what the query counts: "100 Lambda function
    invocations" counts invocations (the last word), not functions; a statement counts it
    only in a clause that holds a number ("stages ... each stage has one deployment")."""
    value = fact["value"] or ""
    if fact.get("from_table") and _cell_counts(fact, q, lex):
        return True
    if fact["unit"] == "count":
        words = value.split()
        return len(words) > 4 or bool(_in_full(frozenset(q.counted), lex)
                                      & _in_full(stems(words[-1], frozenset()), lex))
    if fact["unit"] or fact["kind"] != Kind.FACT:
        return True
    if _initials_counted(q, lex) and _counted_said(q.counted, stems(
            f"{fact['subject'] or ''} {fact['attribute'] or ''} {_head_term(value)}",
            frozenset()), lex):
        return True  # "max gsi per table": "max: 5 per table" under the GSI's own item,
        # or "GSI = any partition key, ... max 20 per table"
    if _opens_unnamed_bound(value) and _counted_said(q.counted, stems(_head_term(value),
                                                                  frozenset()), lex):
        return True  # "rds read replicas max": the line opens by naming what it counts
        # and bounds a number that names nothing else ("Read replicas -> asynchronous, up
        # to 5 per source DB"); "one subnet = one AZ" counts AZs, "trail -> S3" nothing
    # A statement of one clause is its own clause ("also captures DNS queries to the Route
    # 53 Resolver" counts no subnets, whatever heading it sits under).
    parts = _number_clauses(value)
    if not parts and (_has_digit(value) or _NUMBER_WORD.search(value)):
        if q.count_guessed and not _bound_names_counted(q) and any(
                u for _, u, _ in numbers_with_units(value.lower())):
            return True  # "express workflows max": a plural guessed a count; "5 minute" may do
        if not _has_word(value):  # "✓ 15" under "Q4. Aurora read replicas max?": a bare
            value = f"{_label_of(fact['attribute'] or '')} : {value}"  # number's label is
            # its attribute
        return _counted_by_number(value, q.counted, lex, label_too=True)
    # "A: 5,000. Groups can't be nested ..." under "Q: users max per account?": a clause
    # that is a bare number is labelled by the question, as a one-clause answer is
    return not parts or any(_counted_by_number(
        p if _has_word(p) else f"{_label_of(fact['attribute'] or '')} : {p}", q.counted, lex,
        label_too=not _has_word(p)) for p in parts)


# A clause that is a bound on a number naming no thing of its own: "up to 5 per source DB",
# "max 20". Anchored at the clause's start: "manual snapshots max 100 per region" bounds
# snapshots, whatever the line opened by naming. (Not _BARE_BOUND: that one is a table cell.)
_UNNAMED_BOUND = lazy_compile(r"(?:up to|max(?:imum)?|at most)\s+\d[\d,.]*\s*(?:per\b|[)]|$)",
                              re.IGNORECASE)


def _opens_unnamed_bound(value: str) -> bool:
    """Whether a clause after a statement's head term is an unnamed bound: "Read replicas
    -> asynchronous, up to 5 per source DB", not "..., manual snapshots max 100 per region"."""
    m = HEAD_TERM_OR_ARROW.match(value)
    rest = value[m.end():] if m else value  # "Read replicas: max 5 per source DB"
    parts = [p.strip() for p in _STATEMENT_SPLIT.split(rest) if p and p.strip()]
    return any(_UNNAMED_BOUND.match(p) for p in parts)


def _head_term(value: str) -> str:
    """The term a statement opens by defining ("GSI = any partition key ..."), or ""."""
    m = HEAD_TERM_OR_ARROW.match(value)
    return m.group(1) if m and len(m.group(1).split()) <= 3 else ""


def _initials_counted(q: Query, lex: Lexicon) -> bool:
    """Whether the query counts a subject it typed by its initials ("max gsi per table"): a
    bare number under that name's own item or question counts it."""
    return any(t in q.counted and _initials_named(t, lex) for t in q.tokens)


def _bound_names_counted(q: Query) -> bool:
    """Whether the query bounds a plural it names right after "max"/"min" ("ecs max tasks
    per service"): a count, not a guess that "express workflows max" may be one."""
    toks = q.tokens
    return any(t in ("max", "min", "maximum", "minimum") and stem(toks[i + 1]) in q.counted
               for i, t in enumerate(toks[:-1]))


def _label_of(attribute: str) -> str:
    """What an attribute labels a bare number as: the noun after "how many" when it asks
    ("Q12. VPC with 10.0.0.0/16, how many usable IPs in a /24 subnet?" counts IPs), or all
    of it."""
    toks = [t.strip("?,.:;()") for t in attribute.lower().split()]
    for i in range(len(toks) - 2):
        if toks[i] == "how" and toks[i + 1] == "many":
            after = [t for t in toks[i + 2:i + 2 + NOUN_WORDS] if t.isalpha()]
            return next((t for t in after if t.endswith("s") and len(t) > 2), " ".join(after))
    return attribute


def _has_word(text: str) -> bool:
    """Whether `text` holds a word of two letters or more (no regex: compiled at import)."""
    return any(a.isalpha() and b.isalpha() for a, b in zip(text, text[1:], strict=False))


# "one time schedules", "one at a time", "one-off": a number word that counts nothing.
# Numbers that bound no count: "one-time", "at a time", and a one-to-one correspondence
# ("one subnet = one AZ" says what a subnet spans, not how many subnets there may be).
_IDIOM = re.compile(r"\bone[\s-](?:time|off|shot|way)\b|\bat a time\b"
                    r"|\b(?:one|1)\s+[a-z][\w-]*\s*=\s*(?:one|1)\b", re.IGNORECASE)
_WORD_OR_NUMBER = re.compile(r"\d[\d,.]*|[A-Za-z][\w'-]*|[^\w\s]")
NOUN_WORDS = 3  # the noun a number counts: the last of up to this many words after it
LABEL_WORDS = 4  # or, with no noun after it, a word of the label just before it
PROSE_WORDS = 6  # more words than this since the previous number: a sentence, not a label


def _counted_by_number(clause: str, counted: set[str], lex: Lexicon,
                       label_too: bool = False) -> bool:
    """Whether a number of `clause` counts what the query counts: the noun after it ("up
    to 10,000 queues", "100 Lambda function invocations" counts invocations), or, when no
    noun follows ("Concurrent executions per Region | 1,000"), the label before it. "each
    stage has one deployment" counts deployments, not stages; "Max=15 (... FIFO queues)"
    counts nothing named. With `label_too`, a short label before counts even when a word
    follows the number ("in-flight msgs: 120,000 std"). A label is written before a
    numeral, and is short: the sentence before a number in prose labels nothing."""
    toks = _WORD_OR_NUMBER.findall(_without_non_counts(_IDIOM.sub(" ", clause)))
    start = 0  # where the label of the next number may begin: after the previous number
    for i, t in enumerate(toks):
        if not (t[0].isdigit() or _NUMBER_WORD.fullmatch(t)):
            continue
        label_start, start = start, i + 1
        noun = _noun_after(toks, i, lex)
        if _named_after(toks, i, noun, counted, lex):
            return True  # "10 msgs", "10 (max msgs per call)"
        if noun:
            if label_too and _measures(toks, i, noun[0]):
                continue  # "queue name max 80 chars" is a length, "KDS shard in: 1000
                # rec/s" a rate: neither counts what its label names
            if not label_too and not (i and toks[i - 1] in _LABEL_ENDS and numbers_with_units(
                    f"1 {noun[0].lower()}")[0][1] is None):
                continue  # "in-flight msgs: 120,000 std" counts what its label says (a
                # number with a unit, "shard: 1 MB/s", counts no shards)
        if not t[0].isdigit():
            continue  # "the last one", "every three years": a word, not a labelled value
        span = toks[_aside_start(toks, label_start, i):i]
        label = _label_words(span, lex)
        if len(label) > (LABEL_WORDS if noun else PROSE_WORDS):
            label = _after_bound(label)  # "ECS task def max containers 10": containers
        if len(label) > (LABEL_WORDS if noun else PROSE_WORDS):
            continue  # "attach up to 10 policies to a user or a role ... raised to 20": prose
        head = _label_words(_before_where(span), lex) or label
        if measure_ends(head, frozenset(counted)):
            continue  # "health check failure threshold: 3": a threshold (measure_label.py)
        if _counted_said(counted, stems(" ".join(head[-LABEL_WORDS:]), frozenset()), lex):
            return True
    return False


_LABEL_ENDS = frozenset({":", "=", "|"})
_LABEL_BOUNDS = frozenset({"max", "maximum", "min", "minimum"})


def _after_bound(label: list[str]) -> list[str]:
    """The words of a long label after its last bound word, where a word follows it: a
    cheat sheet's "ECS task def max containers" bounds the containers its number counts,
    whatever the words before the bound name; `label` itself where it holds no bound."""
    at = max((i for i, w in enumerate(label) if w.lower() in _LABEL_BOUNDS), default=-1)
    return label[at + 1:] if 0 <= at < len(label) - 1 else label


def _aside_start(toks: list[str], start: int, i: int) -> int:
    """Where the label of the number at `i` may begin: inside the aside that holds it when
    the aside is a phrase of its own ("NACL: subnet level, stateless (must allow return
    traffic on ports 1024-65535)": the words before the parenthesis label no number inside
    it); before the aside when it is a bare value or a breakdown ("default pollers ( 5 )",
    "5 IPs reserved per subnet (first 4 + last 1)")."""
    depth = 0
    for j in range(i - 1, start - 1, -1):
        if toks[j] in (")", "]"):
            depth += 1
        elif toks[j] in ("(", "["):
            if depth:
                depth -= 1
                continue
            words = sum(1 for t in toks[j + 1:i] if t[0].isalpha())
            return j + 1 if words >= ASIDE_WORDS else start
    return start


ASIDE_WORDS = 3  # words before a number inside parentheses that make the aside its own phrase


_HTTP_METHODS = frozenset({"GET", "PUT", "POST", "DELETE", "HEAD", "COPY", "PATCH", "LIST"})
_REQUEST = stem("requests")


def _counts_methods(value: str) -> bool:
    """Whether a number of `value` counts HTTP requests by their method ("3,500 PUT")."""
    toks = _WORD_OR_NUMBER.findall(value)
    return any(a[0].isdigit() and b in _HTTP_METHODS for a, b in zip(toks, toks[1:],
                                                                    strict=False))


def _noun_after(toks: list[str], i: int, lex: Lexicon) -> list[str]:
    """The words after the number at `toks[i]` that may name what it counts: up to
    NOUN_WORDS words, ended by a stop word, a qualifier ("targets per rule: 5 max": "max" is
    no noun), a sign or a plural ("up to 8 healthy records returned" counts records)."""
    noun: list[str] = []
    for w in toks[i + 1:i + 1 + NOUN_WORDS]:
        if w in _HTTP_METHODS and not noun:
            return [w]  # "3,500 PUT/COPY/POST/DELETE": requests, though "put" is a stop word
        if not w[0].isalpha() or w.lower() in lex.stopwords or (w.lower(),) in lex.qualifiers:
            break
        noun.append(w)
        if _plural_noun(w):
            break
    return noun


def _plural_noun(word: str) -> bool:
    """A plural ends the noun a number counts ("8 healthy records returned"): the words
    after it say what is done with them."""
    low = word.lower()
    return len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is"))


def _named_after(toks: list[str], i: int, noun: list[str], counted: set[str],
                 lex: Lexicon) -> bool:
    """Whether the noun after the number at `toks[i]`, or a bracket after it where no noun
    follows, names what is counted."""
    return _noun_counts(noun, counted, lex) if noun else _bracket_counts(toks, i, counted,
                                                                        lex)


def _bracket_counts(toks: list[str], i: int, counted: set[str], lex: Lexicon) -> bool:
    """Whether a bracket or dash right after the number at `toks[i]`, no noun between them,
    names what is counted (lookup/count_label.py bracket_noun)."""
    bracket = bracket_noun(toks, i)
    return bool(bracket) and _noun_counts(bracket, counted, lex)


def _noun_counts(noun: list[str], counted: set[str], lex: Lexicon) -> bool:
    """Whether the words after a number name what is counted: its last word ("100 Lambda
    function invocations" counts invocations), or its first before a head noun ("5 IP
    addresses" counts IPs)."""
    if _counted_said(counted, stems(noun[-1], frozenset()), lex):
        return True
    if len(noun) == 1 and _abbreviation_counts(noun[0], counted, lex):
        return True  # "max 5 SGs per ENI" counts security groups
    if noun[0] in _HTTP_METHODS and _REQUEST in counted:
        return True  # "3,500 PUT/COPY/POST/DELETE per second" counts requests
    return len(noun) > 1 and bool(_counted_said(counted, stems(noun[0], frozenset()), lex)) \
        and noun[-1].lower() in _HEAD_NOUNS


def _abbreviation_counts(noun: str, counted: set[str], lex: Lexicon) -> bool:
    """Whether `noun` is the lexicon's short form (its abbreviation table, as the query is
    read by) of the words counted, a plural's "s" after it ("SGs": "security group")."""
    short = noun[:-1] if noun.endswith("s") and len(noun) > 2 else noun
    return len(counted) > 1 and any(
        {stem(w) for w in target} == counted
        for target in lex.abbreviations.get((short.lower(),), []))


def _unit_after(toks: list[str], i: int) -> bool:
    """Whether the number at `toks[i]` is followed by a unit ("15 min", which _noun_after
    leaves out as a bound's word): a quantity, no count a label names ("SQS delay queue
    max: 15 min" counts no queues)."""
    return i + 1 < len(toks) and toks[i + 1][0].isalpha() and _measures(toks, i, toks[i + 1])


def _measures(toks: list[str], i: int, noun: str) -> bool:
    """Whether the number at `toks[i]`, followed by the word `noun`, is a quantity of a
    unit rather than a count: a unit ("64 KiB"), a length ("80 chars") or a rate per
    something ("1000 rec/s")."""
    low = noun.lower()
    return (numbers_with_units(f"1 {low}")[0][1] is not None or low.startswith("char")
            or toks[i + 2:i + 3] == ["/"])


# Words after which a label says where what it counts is, not what it counts.
_WHERE_WORDS = frozenset({"to", "in", "on", "into", "onto", "across", "within", "inside"})


def _before_where(toks: list[str]) -> list[str]:
    """A label up to a word saying where what it counts is ("Max managed policies attached
    to a role": policies, as "per role" would leave them), when words come before it."""
    for n, w in enumerate(toks):
        if n and w.lower() in _WHERE_WORDS and any(t[0].isalpha() for t in toks[:n]):
            return toks[:n]
    return toks


def _label_words(toks: list[str], lex: Lexicon) -> list[str]:
    """The words of a label that may name what its number counts: not an aside in
    parentheses, nor the scope after "per"/"each" ("Read replicas per source
    (MySQL/MariaDB/PG) | 5" counts read replicas, not sources or engines), nor the one thing
    after "a"/"an" ("so a /24 subnet = 251 usable" counts what one subnet holds)."""
    out: list[str] = []
    depth = 0
    scope = False  # the word before was "per"/"each", or a scope word and a "/" after it
    prev_scope = False  # the word before was a scope word
    for w in toks:
        if w in ("(", "["):
            depth += 1
        elif w in (")", "]"):
            depth = max(0, depth - 1)
        elif depth:
            continue
        elif w.lower() in ("per", "each", "every") or w in ("a", "an"):  # "A records" are DNS
            scope, prev_scope = True, False
        elif w[0].isalpha():
            if scope:
                scope, prev_scope = False, True
                continue
            prev_scope = False
            if w.lower() not in lex.stopwords:
                out.append(w)
        else:
            scope, prev_scope = w == "/" and prev_scope, False
    return out


# Head nouns written after the name of what is counted without changing what it counts
# ("5 IP addresses" counts IPs).
_HEAD_NOUNS = frozenset({"address", "addresses", "instance", "instances", "resource",
                         "resources", "item", "items", "object", "objects", "entry", "entries"})
_MAX_CUES = frozenset({"max", "maximum", "most", "up"})  # "up to", "at most"
MAX_REACH = 3  # words from a "max" to the number it bounds ("max size | 64 KiB")


def _no_max_counted(value: str, counted: set[str], lex: Lexicon,
                    elided: frozenset[str] = frozenset()) -> bool:
    """Whether each clause of a statement that counts what is asked bounds something else
    by its maximum ("if you have five shards you get maximum five consumers"), so that the
    statement gives no maximum of it; a clause of its own ("Up to 5 security groups per
    ENI, 60 inbound rules per SG") counts it plainly."""
    parts = [p for p in _STATEMENT_SPLIT.split(value) if p.strip()]
    # "3 dashboards (up to 50 metrics each)": a bracketed aside with a number of its own
    # bounds what each counted thing holds, not how many of them there are
    parts = [_ASIDE.sub(" ", p) if _counted_by_number(_ASIDE.sub(" ", p), counted, lex)
             else p for p in parts]
    counting = [p for p in parts if _counted_by_number(p, counted, lex)]
    return bool(counting) and all(_max_of_another(p, counted, lex, elided) for p in counting)


_ASIDE = lazy_compile(r"\([^()]*\d[^()]*\)")


def _max_of_another(value: str, counted: set[str], lex: Lexicon,
                    elided: frozenset[str] = frozenset()) -> bool:
    """Whether every maximum a statement states bounds something other than what a count
    asks for: "if you have five shards you get maximum five consumers" gives no maximum of
    shards, "Task definition max size | 64 KiB" none of tasks. False when a maximum counts
    what is asked, or when no maximum says what it counts."""
    toks = _WORD_OR_NUMBER.findall(_without_non_counts(value))
    bounds = []  # for each "max": whether the number it bounds counts what is asked
    for i, t in enumerate(toks):
        if t.lower() not in _MAX_CUES or (t.lower() == "up" and toks[i + 1:i + 2] != ["to"]):
            continue
        number = next((j for j in range(i + 1, min(len(toks), i + 2 + MAX_REACH))
                       if toks[j][0].isdigit() or _NUMBER_WORD.fullmatch(toks[j])), None)
        if number is None:  # "one KCL instance at most": the maximum of the number before
            at = i - 1 if t.lower() == "most" else i
            number = next((j for j in range(at - 1, max(-1, at - 2 - NOUN_WORDS), -1)
                           if toks[j][0].isdigit() or _NUMBER_WORD.fullmatch(toks[j])), None)
        if number is None:
            continue
        noun = []
        for w in toks[number + 1:number + 1 + NOUN_WORDS]:
            if not w[0].isalpha() or w.lower() in lex.stopwords or (w.lower(),) in \
                    lex.qualifiers:
                break
            noun.append(w)
        if not noun:
            return False  # "Max=15 (...)", "up to 15 | ...": what it counts is not said
        if numbers_with_units(f"1 {noun[0].lower()}")[0][1] is not None:
            continue  # "up to 4 KB": a quantity of another attribute, no count
        # a word typed before the noun counted, alone after the number, leaves the noun to
        # the words before ("1 primary region + up to 5 secondary": query.count_modifiers)
        bounds.append(_counted_said(counted, stems(" ".join(noun), frozenset()), lex)
                      or (len(noun) == 1 and stem(noun[0].lower()) in elided))
    return bool(bounds) and not any(bounds)


def _counted_stems(text: str) -> frozenset[str]:
    """Stems of what `text` counts: not the words after "per" ("5 calls/s per shard"
    counts calls, not shards)."""
    low = text.lower()
    if "per " not in low and "each " not in low:
        return stems(text, frozenset())
    return stems(_PER_WORD.sub(" ", low), frozenset())


# A digit not inside a name ("S3", "EC2", "gp3"), nor an OSI layer's ("layer 7" names a
# kind of load balancing, it measures nothing). The look-behinds read after the digit, one
# character wider (the digit itself): the pattern then opens with the digit, which the engine
# skips to, instead of trying them at every character (as note_numbers._NUMBER_UNIT).
_NUMBER_START = re.compile(r"\d(?<![^\W\d_]\d)(?<!layer \d)(?<!layer-\d)", re.IGNORECASE)


def _has_digit(text: str | None) -> bool:
    """Whether `text` states a number: "S3 buckets" does not, "10 buckets" does."""
    return text is not None and _NUMBER_START.search(text) is not None
