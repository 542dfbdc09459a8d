"""A figure stated under a condition ("with batching") that the query does not state.

Notes give a measure twice, plainly and under a condition: "FIFO: 300 msg/s without
batching, 3,000 with batching". The parser names each figure by its condition
("throughput (with batching)", "throughput (without batching)"). "sqs fifo throughput"
states no condition and asks the plain figure, the one that holds without anything
added; "fifo throughput no batching" asks the one without it. Both had been answered with
the conditioned 3,000: its name shares every word typed ("batching" included), while the
plain one's "without" is a word the query does not say.

A condition is read from "with X" / "w/ X" and "without X" / "w/o X" in a figure's name
(subject and attribute), and from the query, where "no X" says "without X" as well
("no batching"). A figure's "with X" is unasked where the query says "X" nowhere or denies
it, unless the query asks the highest figure ("sqs fifo max throughput": the 3,000
messages/s a FIFO queue takes with batching, without high-throughput mode (the highest
figure these notes give); in high-throughput mode a FIFO queue takes far more, per the SQS
message quotas,
https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html);
its "without X" is unasked where the query says "with X". A figure named under the
very condition the query states is asked for it ("no batching": "(without batching)"). Read
by ranking (lookup/rank.py: a penalty and a bonus), so that only the order of figures the
answer score accepts alike changes, never whether lookup answers. A figure held "without X"
is the plain one a query speaking of no X asks: its "without X" is no word the query leaves
unasked (plain_condition_words, read by features.attribute_asked; not where the query asks
the highest figure).
Imports functools and, of the project, studycli/kinds.py and lookup/text.py (with what
text.py imports: studycli/note_numbers.py, studycli/lazy_regex.py); lookup/features.py for
the type checker only (TYPE_CHECKING = False: typing is never loaded); no third-party module
and none imported lazily: runs on the lookup fast path.
"""

from __future__ import annotations

from functools import lru_cache

from studycli.kinds import Kind
from studycli.lookup.text import stem, tokens, with_words

TYPE_CHECKING = False
if TYPE_CHECKING:  # for the type checker only: `typing` (and contextlib) cost every lookup ~2 ms
    from studycli.lookup.features import Seen

_WITH = "with"
_WITHOUT = "without"
# a query's "no X" denies X as "without X" does ("fifo throughput no batching"); not in a
# figure's name, where the parser writes "without"
_QUERY_DENIES = frozenset({"without", "no"})
# words asking the highest figure: "sqs fifo max throughput" asks the 3,000 messages/s a FIFO
# queue takes with batching, without high-throughput mode (the highest figure these notes
# give), not the 300 it takes without batching, so a "with X" left unsaid is no condition
# unasked there. "limit" is not among them: "fifo throughput limit" asks the limit
# notes quote, the plain 300 (the development sets' answers agree)
_ASKS_MOST = frozenset(stem(w) for w in ("max", "maximum", "highest", "peak"))
# what may follow "with" without being the condition ("with a DLQ": the DLQ)
_BETWEEN = frozenset({"a", "an", "the", "its", "their"})
# the kinds of figure named by a subject and an attribute that ranking reads conditions of
_NAMED_FIGURES = frozenset({Kind.LIMIT, Kind.DEFAULT, Kind.RANGE})


def _after(words: list[str], leads: frozenset[str]) -> frozenset[str]:
    """Stems of the word after each of `leads` in `words` (an article passed over)."""
    out = set()
    for i, w in enumerate(words):
        if w not in leads:
            continue
        rest = [x for x in words[i + 1:i + 3] if x not in _BETWEEN]
        if rest and rest[0].isalpha() and rest[0] not in leads:
            out.add(stem(rest[0]))
    return frozenset(out)


@lru_cache(maxsize=4096)
def name_conditions(name: str) -> tuple[frozenset[str], frozenset[str]]:
    """(things a figure's `name` holds "with", things it holds "without")."""
    low = name.lower()
    if "w" not in low:
        return frozenset(), frozenset()
    words = tokens(with_words(low))
    return _after(words, frozenset({_WITH})), _after(words, frozenset({_WITHOUT}))


@lru_cache(maxsize=256)
def query_conditions(text: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(things the query asks "with", things it asks "without" or "no", every stem typed)."""
    words = tokens(with_words(text.lower()))
    return (_after(words, frozenset({_WITH})), _after(words, _QUERY_DENIES),
            frozenset(stem(w) for w in words))


def condition_unasked(name: str, query_text: str) -> bool:
    """Whether the figure named `name` holds under a condition the query does not ask: "with
    X" where the query says no X (unless it asks the highest figure: "max") or denies it,
    "without X" where it asks "with X"."""
    held_with, held_without = name_conditions(name)
    if not held_with and not held_without:
        return False
    asked_with, asked_without, said = query_conditions(query_text)
    most = not _ASKS_MOST.isdisjoint(said)
    if any((thing not in said and not most) or thing in asked_without for thing in held_with):
        return True
    return any(thing in asked_with for thing in held_without)


def condition_asked(name: str, query_text: str) -> bool:
    """Whether the figure named `name` holds under the very condition the query states:
    "without X" where it says "no X" or "without X" (a "without" it does not type), "with X"
    where it says "with X"."""
    held_with, held_without = name_conditions(name)
    if not held_with and not held_without:
        return False
    asked_with, asked_without, _ = query_conditions(query_text)
    return bool(held_with & asked_with or held_without & asked_without)


def plain_condition_words(x: Seen) -> frozenset[str]:
    """Stems of a figure's attribute that only say it holds without a condition the query
    never speaks of ("without", "batching" of "throughput (without batching)" for "fifo queue
    throughput limit"): the plain figure such a query asks, whose "without X" is no word the
    query leaves unasked (lookup/features.py, attribute_asked). None where the query names
    X ("no batching", "with batching": the condition features weigh it) or asks the highest
    figure ("max": the plain one is not what it asks)."""
    if not _named_figure(x):
        return frozenset()
    held_without = name_conditions(x.fact["attribute"] or "")[1]
    if not held_without:
        return frozenset()
    said = query_conditions(x.q.text or x.q.raw)[2]
    if not held_without.isdisjoint(said) or not _ASKS_MOST.isdisjoint(said):
        return frozenset()
    return held_without | {_WITHOUT}


def _named_figure(x: Seen) -> bool:
    """Whether ranking reads the conditions of `x` (a `features.Seen`): a figure, not a
    statement, whose text states each condition it gives, nor any answer to "X vs Y", which
    asks both."""
    return x.fact["kind"] in _NAMED_FIGURES and not x.q.compared


def _figure_name(x: Seen) -> str | None:
    """The name of a figure ranking reads; None where _named_figure says it reads none."""
    if not _named_figure(x):
        return None
    return f"{x.fact['subject'] or ''} {x.fact['attribute'] or ''}"


def condition_unasked_feature(x: Seen) -> float:
    """Ranking: 1 for a figure named under a condition the query does not ask."""
    name = _figure_name(x)
    return 1.0 if name and condition_unasked(name, x.q.text or x.q.raw) else 0.0


def condition_asked_feature(x: Seen) -> float:
    """Ranking: 1 for a figure named under the condition the query states."""
    name = _figure_name(x)
    return 1.0 if name and condition_asked(name, x.q.text or x.q.raw) else 0.0
