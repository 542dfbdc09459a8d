"""A line that names the comparison asked and says nothing of it.

"Secrets Manager vs Parameter Store (exam fav)", "Multi-AZ vs Read Replica (classic exam q!)",
"Redis vs Memcached:": a heading over the lines that compare, or a title of a table. It
says every word of "secrets manager vs parameter store rotation" but the aspect, names
both services, and so outranked the lines under it that hold the answer ("PS: no auto
rotation"). It is no answer to "X vs Y" however well it matches: lookup gives it no answer
score (core._title_only), so the lines under it come first, and when none answers, the
lookup abstains with it among the related lines. A line that goes on after the pair
("SNS vs SQS: SNS = push, SQS = pull", "REST API vs HTTP API - HTTP API is ~70% cheaper")
compares and is kept, as is a line that names a side again or gives a figure ("gp2 vs gp3
(gp3 20% cheaper)", "SQS vs SNS (SNS pushes)"): a heading names each side once and states
nothing. Stdlib only.
"""

from __future__ import annotations

from studycli.lazy_regex import lazy_compile
from studycli.lookup.query import VERSUS, Query, service_spans
from studycli.lookup.text import stem

OTHER_WORDS = 2  # words besides the names and the query's own a heading may have ("exam fav")
# what goes on after the pair on a line that compares: a label's mark, then some word
_GOES_ON = lazy_compile(r"(?:[:=|,;>→—–]|\s-\s).*?\w")
_VERSUS = lazy_compile(r"(?i)\b(?:vs|versus)\b\.?")


def names_comparison_only(value: str, q: Query, lex) -> bool:
    """Whether `value` names the two sides of the comparison `q` asks, with "vs" between
    them, and says nothing more of them than at most OTHER_WORDS words the query does not
    type."""
    if len(q.compared) != 2 or len(value) > 120:
        return False
    toks, spans = service_spans(value, lex)
    versus = [i for i, t in enumerate(toks) if t in VERSUS]
    if len(versus) != 1:
        return False
    named = {i for a, b, _name in spans for i in range(a, b)}
    asked = {stem(t) for t in q.tokens}
    sides_said = [any(stem(t) in side for t in toks) for side in q.compared]
    if not all(sides_said):
        return False
    pair = _VERSUS.search(value)
    if pair is None or _GOES_ON.search(value, pair.end()):
        return False  # "SNS vs SQS: SNS = push": the pair is followed by what compares them
    if _states_something(toks, named, q):
        return False  # "gp2 vs gp3 (gp3 20% cheaper)": a side said again, a figure
    other = [t for i, t in enumerate(toks) if i not in named and t not in VERSUS
             and t.isalpha() and len(t) > 2 and t not in lex.stopwords
             and stem(t) not in asked and not any(stem(t) in side for side in q.compared)]
    return len(other) <= OTHER_WORDS


def _states_something(toks: list[str], named: set[int], q: Query) -> bool:
    """Whether a line naming the pair says more than the pair: a word of a side said twice
    ("SQS vs SNS (SNS pushes)", "gp2 vs gp3 (gp3 cheaper)") or a figure besides the sides'
    names ("gp2 vs gp3 (20% cheaper)")."""
    side_stems = [stem(t) for t in toks if any(stem(t) in side for side in q.compared)]
    if len(side_stems) != len(set(side_stems)):
        return True
    return any(any(ch.isdigit() for ch in t) for i, t in enumerate(toks)
               if i not in named and not any(stem(t) in side for side in q.compared))
