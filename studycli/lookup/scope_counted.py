"""A count asked per a thing, and a line that counts that thing per another.

"cognito max users per user pool" asks how many users one pool holds; "user pools per
account: 1,000" says how many pools one account holds. The line says every word of the
scope asked, so a check of "is the number per what was asked" finds it said, but only as the
thing counted, before a "per" of its own: the figure is per the account, and no answer.
Likewise "how many route tables per vpc" is not answered by "Routes per route table: 50"
(the route table is the scope there, its routes are counted: per_other reads that case) and
"max routes per route table" not by "route tables per TGW".
Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

import re

from studycli.lookup.text import stem

_TOKEN = re.compile(r"[^\W\d_]\w*|\d[\d,.]*|[^\w\s]")  # words of any language


def tokens(text: str) -> list[str]:
    """`text`'s words (of any language), figures and marks, in the lower case."""
    return [t.lower() for t in _TOKEN.findall(text or "")]

_PER = frozenset({"per", "each"})
_SCOPE_TYPED = re.compile(r"\bper\s+([a-z][a-z0-9]*(?:\s+[a-z][a-z0-9]*)?)\s*\??$",
                          re.IGNORECASE)
_BEFORE = 2  # words between the counted thing and its "per" ("user pools per")


def scope_typed(raw: str, time_words: frozenset[str]) -> frozenset[str]:
    """The stems of the scope a query ends on: "max users per user pool" -> {user, pool}
    (none when its "per" is a rate's, "per second")."""
    m = _SCOPE_TYPED.search((raw or "").strip())
    if not m:
        return frozenset()
    words = frozenset(stem(w) for w in m.group(1).lower().split())
    return frozenset() if words & time_words else words


def counts_the_scope(text: str, scope: frozenset[str]) -> bool:
    """Whether `text` says the scope asked (stems) whole, and its last word only as the thing
    counted per something else: each time, a word or two before a "per"/"each" whose next
    word is no word of the scope, and never after a "per" itself."""
    if not scope:
        return False
    toks = tokens(text)
    stems_at = [stem(t) if t[0].isalpha() else "" for t in toks]
    if not scope <= set(stems_at):
        return False
    if sum(t[0].isdigit() for t in toks) != 1:
        return False  # a line of several figures ("5 security groups per ENI and 60 inbound
        # rules per" the next line) may hold the one asked in a clause of its own
    head = [i for i, s in enumerate(stems_at) if s in scope
            and (i + 1 == len(toks) or stems_at[i + 1] not in scope)]  # a phrase's last word
    return bool(head) and all(_counted_before_per(toks, stems_at, i, scope) for i in head)


def _counted_before_per(toks: list[str], stems_at: list[str], i: int,
                        scope: frozenset[str]) -> bool:
    start = i
    while start > 0 and stems_at[start - 1] in scope:
        start -= 1
    if start > 0 and toks[start - 1] in _PER:
        return False  # "per AZ per group": the scope asked, said as a scope
    between = False
    for k in range(start - 1, max(-1, start - 5), -1):
        if toks[k][0].isdigit():
            if between:
                return False  # "max 7 instances pe AZ per grup": a figure of another
                # thing, in the scope asked (a preposition of the note's language between)
            break
        between = between or bool(stems_at[k])
    for j in range(i + 1, min(len(toks), i + 2 + _BEFORE)):
        if toks[j] in _PER:
            return j + 1 < len(toks) and bool(stems_at[j + 1]) \
                and stems_at[j + 1] not in scope
        if not stems_at[j]:
            return False  # a figure or a mark between: the word is not what "per" counts
    return False
