"""Whether a lookup asks how a service invokes Lambda, or only opens like such a question.

The lexicon reads "how does" as a cue that an invocation mode may be asked ("how does s3
invoke lambda": asynchronously), and a mode filed under the service typed then answers
whatever other words the query says (answer._topic). "how does s3 legal hold work", "sns
message filtering policy how does it work" and "how does kinesis resharding work" ask how a
feature works: they name neither Lambda nor an invocation, and "asynchronous" answers none
of them. A mode is no quantity either: "max response payload for sync lambda invoke" asks a
size of the synchronous call, which "synchronous" does not give.

Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

from studycli.kinds import Kind
from studycli.lookup.lexicon import Lexicon
from studycli.lookup.query import Query

_OPENERS = frozenset({"how", "does", "do"})  # the question's opening, no word of a mode
# What a Lambda function is called when the service is not named ("how does sns deliver
# to a function"): a function is what an invocation mode is the mode of
_LAMBDA_WORDS = frozenset({"function", "functions"})


def mode_asked_by_name(q: Query, lex: Lexicon) -> bool:
    """Whether the query asks a mode by more than its opening "how does": Lambda typed (by
    name or as "function"), or a word of the lexicon's invocation modes ("invoke",
    "trigger", "async", "polls")."""
    if "Lambda" in q.services or _LAMBDA_WORDS.intersection(t.lower() for t in q.tokens):
        return True
    tokens = [t.lower() for t in q.tokens]
    return any(_says(tokens, key) for key, names in lex.kinds.items()
               if Kind.INVOCATION_MODE in names and not _OPENERS.issuperset(key))


def _says(tokens: list[str], key: tuple[str, ...]) -> bool:
    """Whether `tokens` say the lexicon key as a whole phrase: "event source mapping", not
    its "event" or "source" alone ("how does eventbridge event bus work" asks no mode)."""
    return any(tuple(tokens[i:i + len(key)]) == key for i in range(len(tokens) - len(key) + 1))


def size_or_duration_bound_asked(q: Query) -> bool:
    """A size or a duration asked as a bound ("max response payload for sync lambda
    invoke"), of a call or of anything else: no mode answers it (a count asked is
    answer._named_shape's own case)."""
    return bool(q.dimensions - {"count"}) and (
        q.qualifier in ("max", "min") or bool(q.kinds & {Kind.LIMIT, Kind.RANGE}))
