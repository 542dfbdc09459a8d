"""Words of a unit dimension or of a name asked that, where they stand, ask for neither.

A query's "memory", "storage", "capacity" or "disk" asks for a size ("lambda max memory"),
and a word that asks for a name ("protocols", "engine", "states") asks for no unit at all
(lexicon.answer_names: "efs default throughput mode"). Two places where they do not:
- in a query that says "metric(s)": "ec2 memory metric cloudwatch", "is memory a default ec2 metric"
  name a metric by what it measures, and the answer is a statement ("memory usage NOT a
  default EC2 metric -> CloudWatch agent"), no size;
- closing a phrase opened by "between", "across" or "among": "max payload size
  between step function states" asks a payload's size; the states are where it goes, not
  a name asked.
Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

_MEASURED_NOUNS = frozenset({"memory", "ram", "storage", "disk", "capacity"})
_METRIC_WORDS = frozenset({"metric", "metrics"})
# not "per": "dynamodb pay per request capacity mode name" asks the mode's name
_SCOPE_WORDS = frozenset({"between", "across", "among"})


def names_a_metric(tokens: list[str], at: int) -> bool:
    """Whether the measured noun at `at` ("memory") names a metric the query asks about."""
    return tokens[at] in _MEASURED_NOUNS and bool(_METRIC_WORDS.intersection(tokens))


SCOPE_SPAN = 3  # words from the scope word to the name: "between step function states"


def names_a_scope(tokens: list[str], at: int) -> bool:
    """Whether the word at `at` closes a phrase of scope ("between states", "between step
    function states", "across engines")."""
    return any(t in _SCOPE_WORDS for t in tokens[max(0, at - SCOPE_SPAN):at])
