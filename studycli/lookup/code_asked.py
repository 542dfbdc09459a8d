"""Is an error code asked of what a measure words, no quantity asked beside it?

"api gateway integration timeout status code": "timeout" says which error, as in "504 =
integration timeout"; no max, min, default or limit is asked beside it, so the limit
"integration timeout max 29 sec" gives no code, however well it says the timeout (answer._shape
weighs such a figure as a code, not by its unit). The code is asked by a word naming one
("code", "status", "exception", "http") or by the error the query ends on ("lambda payload too
big error"); an error that only says which measure ("cloudfront error caching ttl") asks the
measure, its TTL.
Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

from studycli.kinds import Kind
from studycli.lookup.query import Query

_QUANTITY_KINDS = frozenset({Kind.LIMIT, Kind.RANGE})
_CODE_NAMING = frozenset({"code", "codes", "status", "exception", "exceptions", "http"})
_ERROR_WORDS = frozenset({"error", "errors"})


def code_asked_of_a_measure(q: Query) -> bool:
    """Whether query `q` asks an error code, by a word naming one or by the error it ends
    on, and no quantity (no max, min, default, limit or range)."""
    toks = q.tokens
    return Kind.ERROR_CODE in q.kinds and not q.kinds & _QUANTITY_KINDS and not q.qualifiers \
        and bool(toks) and (bool(_CODE_NAMING.intersection(toks)) or toks[-1] in _ERROR_WORDS)
