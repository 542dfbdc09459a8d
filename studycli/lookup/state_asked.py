"""A line that asks the state a yes/no question asks ("Q2 - WRONG - nacl stateful?? I said
yes", a practice journal's question) says no state: it is the question again. lookup keeps
the words as typed only where their first answer says the state (or its opposite) of the
thing asked as a statement does; else the question read as a choice ("nacl stateful or
stateless") answers, by the line that says it ("NACL = STATELESS") (core.lookup, with
lookup/yes_no.py). Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

import re


def states_asserted(hit: dict, states: frozenset[str]) -> bool:
    """Whether an answer's own line says the state asked or its opposite other than as a
    question: a state word followed by "?" asks it ("stateful??"), one followed by anything
    else says it ("NACL = STATELESS", "stateful (return traffic allowed)")."""
    said = " ".join(str(hit.get(k) or "") for k in ("snippet", "value")).lower()
    return any(re.search(rf"\b{re.escape(w)}\b(?!\s*\?)", said) for w in states)
