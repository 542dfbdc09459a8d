"""Re-ranking full-text candidates: a table of named, weighted features.

bm25 finds facts that share words with a lookup; it cannot tell "sqs max message size" from
"sqs default visibility timeout" when both mention SQS and a size. Each feature in
`FEATURES` (lookup/features.py) reads one thing a student means: the service named, the
words of the fact's attribute and subject, the qualifier (max/min/default), the kind the
question's shape asks for, the unit dimension ("how long" wants seconds), a number typed,
an error code. The score is their weighted sum plus the fact's share of the best bm25.

Weights were chosen on tests/data/lookup_dev.jsonl and lookup_extra.jsonl (see
tests/test_lookup_eval.py); halving or doubling any one moves top-1 by a few points at most.
Negative weights are penalties.
"""

from __future__ import annotations

from collections.abc import Callable

from studycli.lookup import features as f
from studycli.lookup.condition_said import condition_asked_feature, condition_unasked_feature
from studycli.lookup.query import Query
from studycli.lookup.service_kin import service_kin
from studycli.lookup.words import fact_stems, matched  # noqa: F401  (re-exported)

W_BM25 = 1.0
RELATED = 3.0  # a fact naming both services asked, one after "for"/"from" (4.0 gives the same)

FEATURES: tuple[tuple[str, float, Callable[[f.Seen], float]], ...] = (
    # name                    weight  feature
    ("service named",          3.0, f.service_named),      # share of the services named
    ("invoker and service",    2.5, f.invoker_and_service),
    ("service related",        RELATED, f.service_related),  # "... for lambda": both
    ("service implied",        2.0, f.service_implied),    # owner of a subject named
    ("service unknown",       -1.0, f.service_unknown),    # may well be the one named
    ("service other",         -3.0, f.service_other),
    ("service kin",            3.0, service_kin),        # ... the answer reads as the one asked
    ("service in clause",      2.5, f.service_in_clause),  # filed elsewhere, said by it
    ("subject named",          1.0, f.subject_named),
    ("subject other",         -0.6, f.subject_other),
    ("subject unasked",       -0.6, f.subject_unasked),  # a special case not asked
    ("head term",              0.5, f.head_term),        # "Enterprise: ..." vs "... On-Ramp:"
    ("mode unasked",          -3.5, f.mode_unasked),     # "On-demand mode: 4 MB/s"
    ("condition unasked",     -1.5, condition_unasked_feature),  # "(with batching)": 3000
    ("condition asked",        1.0, condition_asked_feature),  # "no batching": 300
    ("attribute asked",        3.0, f.attribute_asked),    # squared share of its words
    ("query in name",          1.5, f.query_in_name),      # in subject + attribute
    ("query covered",          3.0, f.query_covered),      # anywhere in the fact
    ("clause",                 1.5, f.clause),             # in the clause of its number
    ("word tied elsewhere",   -3.0, f.word_tied_elsewhere),  # "baseline" of another number
    ("identifier",             3.0, f.identifier),         # CamelCase API name typed
    ("echo",                  -3.0, f.echo),               # restates the question
    ("code asked",             5.0, f.code_asked),
    ("unqualified limit",      0.3, f.unqualified_limit),  # no max/min asked: the max
    ("unqualified range",      0.6, f.unqualified_range),
    ("unqualified default",    0.8, f.unqualified_default),  # no qualifier: the default
    ("qualifier asked",        2.0, f.qualifier_asked),
    ("qualifier other",       -1.5, f.qualifier_other),
    ("kind asked",             1.5, f.kind_asked),
    ("statement for quantity", -0.7, f.plain_when_quantity),
    ("dimension asked",        1.5, f.dimension_asked),
    ("dimension other",       -1.5, f.dimension_other),
    ("quantity in text",       1.0, f.text_quantity),
    ("no number",             -1.0, f.no_number),
    ("number typed",           4.0, f.number_typed),
    ("concept statement",      2.0, f.concept_statement),  # "what happens when ..."
    ("definition asked",       1.0, f.definition_asked),   # "wcu = ?": "1 WCU = ..."
    ("comparison statement",   1.0, f.comparison_statement),  # "sqs vs sns": one comparing
    ("named kind uncompared", -2.0, f.named_kind_uncompared),  # a mode for "x vs y"
    ("contrast pair",          4.0, f.contrast_pair),  # "sync | async" for "x vs y"
    ("services named",         1.5, f.services_named),     # "which services have ..."
    ("superseded",            -6.0, f.superseded),         # "was 5 min, now 15 min": 5 min
    ("mode typed said",        1.0, f.mode_typed_said),    # "lambda async retry count"
    ("thing counted",          3.0, f.thing_counted),      # "s3 bucket limit": 100 buckets
)


def score(fact: dict, q: Query, stop: frozenset[str], bm25_share: float = 0.0,
          kind_words: dict[str, frozenset[str]] | None = None) -> float:
    """How well `fact` answers `q`: higher is better. Pure; `bm25_share` is in [0, 1]."""
    seen = f.Seen(fact, q, stop, kind_words)
    return sum(weight * feature(seen) for _, weight, feature in FEATURES) + W_BM25 * bm25_share


def explain(fact: dict, q: Query, stop: frozenset[str], bm25_share: float = 0.0,
            kind_words: dict[str, frozenset[str]] | None = None) -> dict[str, float]:
    """Each feature's weighted part of `score` (non-zero ones), for tuning and tests."""
    seen = f.Seen(fact, q, stop, kind_words)
    parts = {name: weight * feature(seen) for name, weight, feature in FEATURES}
    parts["bm25"] = W_BM25 * bm25_share
    return {k: round(v, 3) for k, v in parts.items() if v}
