"""An error code asked of a measure's failure is not answered by the measure's figure.

"apigw integration timeout error code", "api gateway integration timed out status code",
"lambda payload too big error": the words naming what failed ("timeout", "big") bring a
dimension to the query (seconds, bytes), and a figure in that unit ("29 s", "6 MB") then
passed for an answer of the quantity asked beside the code, ahead of the code itself ("504",
"413") that the notes give a line further down. A quantity beside a code is asked only in
words that ask one: a "how" ("how long before api gateway returns 504"), a bound or default
("max payload size before 413"), a limit ("error code and limit"). Without them, the code is
what the student wants: the answer is a code or a statement (answer._named_shape).

An invocation mode asked too keeps its own reading: "how many times does lambda retry async
invocations" counts retries of a mode. Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

from studycli.kinds import Kind

# Words that type the code itself: the student asks for a code, not what a line "returns"
# or "means" (those ask a meaning or a value as often)
_CODE_WORDS = frozenset({"error", "errors", "code", "codes", "exception", "exceptions",
                         "status"})
# Kinds whose cue asks a quantity ("limit", "max", "how long" read as a limit asked)
_QUANTITY_ASKED = frozenset({Kind.LIMIT, Kind.DEFAULT, Kind.RANGE})


def only_a_code_asked(q) -> bool:
    """Whether `q` asks an error code by name and no quantity beside it: its dimension, if
    any, comes from the words naming what failed."""
    return (Kind.ERROR_CODE in q.kinds and Kind.INVOCATION_MODE not in q.kinds
            and not q.kinds & _QUANTITY_ASKED and not q.qualifiers
            and "how" not in q.tokens and bool(_CODE_WORDS.intersection(q.tokens)))
