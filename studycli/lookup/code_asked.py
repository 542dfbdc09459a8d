"""An error code asked of a measure's failure is not answered by the measure's figure.

"apigw integration timeout error code", "api gateway integration timed out status code",
"lambda payload too big error": the words naming what failed ("timeout", "big") bring a
dimension to the query (seconds, bytes), and a figure in that unit ("29 s", "6 MB") then
passed for an answer of the quantity asked beside the code, ahead of the code itself ("504",
"413") that the notes give a line further down. A quantity beside a code is asked only in
words that ask one: a "how" ("how long before api gateway returns 504"), a "before" or
"until" ("lambda payload size before error": how far one goes before it fails), a bound or
default ("max payload size before 413"), a limit ("error code and limit"). Without them,
the code is what the student wants: the answer is a code or a statement
(answer._named_shape). "error" names the code only at the query's end, before what it is of
("error when ..."), or before the failure it is the code of ("apigw error integration timed
out"): "cloudfront error caching ttl" asks the TTL of cached errors, a figure.

An invocation mode asked too keeps its own reading: "how many times does lambda retry async
invocations" counts retries of a mode. Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

from studycli.kinds import Kind

# Words that type the code itself ("http": "s3 access denied http status"): the student
# asks for a code, not what a line "returns" or "means" (those ask a meaning or a value as often)
_CODE_WORDS = frozenset({"code", "codes", "exception", "exceptions", "status", "http"})
# "error" names a code where it ends the query or opens what the code is of ("lambda payload
# too big error", "error when throttled"); before another noun it is often what is measured
# ("cloudfront error caching ttl", "error rate"), and the figure is the answer
_ERROR_WORDS = frozenset({"error", "errors"})
_AFTER_ERROR = frozenset({"code", "codes", "name", "names", "message", "when", "if", "for",
                          "on", "after", "returned", "thrown", "from"})
# A failure told after "error" makes it the code of that failure, whatever word follows it
# ("apigw error integration timed out", "error dynamodb write throttled"); "fails" is left
# out: "lambda error retries when the function fails" asks a count
_FAILED = frozenset({"timed", "exceeded", "throttled", "rejected", "denied"})
# Kinds whose cue asks a quantity ("limit", "max", "how long" read as a limit asked)
_QUANTITY_ASKED = frozenset({Kind.LIMIT, Kind.DEFAULT, Kind.RANGE})
# Words that ask how far one may go before the failure: the quantity is asked, the code is
# what happens past it ("lambda payload size before error", "records until throttling
# exception")
_QUANTITY_WORDS = frozenset({"how", "before", "until", "till"})


def only_a_code_asked(q) -> bool:
    """Whether `q` asks an error code by name and no quantity beside it: its dimension, if
    any, comes from the words naming what failed."""
    return (Kind.ERROR_CODE in q.kinds and Kind.INVOCATION_MODE not in q.kinds
            and not q.kinds & _QUANTITY_ASKED and not q.qualifiers
            and not _QUANTITY_WORDS.intersection(q.tokens) and _code_typed(q.tokens))


def _code_typed(tokens: list[str]) -> bool:
    if _CODE_WORDS.intersection(tokens):
        return True
    return any(w in _ERROR_WORDS and (i == len(tokens) - 1 or tokens[i + 1] in _AFTER_ERROR
                                      or _FAILED.intersection(tokens[i + 1:]))
               for i, w in enumerate(tokens))
