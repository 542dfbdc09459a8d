"""A count of a thing asked, and a line that names that thing only as a scope.

"max subnets per vpc" asks how many subnets a VPC holds; "AWS reserves 5 IPs per subnet",
"reserved IPs/subnet ..... 5" and "Managed policies pro User/Role: 10" ("iam max roles per
account") count something else in each one of the thing asked: every time the line names
it, it names it after a "per" (in any of the notes' languages, or a slash), alone or in a
list ("per user, group or role"). However well such a line matches the query's words, no
figure on it is a number of those things. This is scope_counted.py's mirror (there the
scope asked is what the line counts).
Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

import re

from studycli.lookup.text import stem

_TOKEN = re.compile(r"[^\W\d_]\w*|\d[\d,.]*|[^\w\s]")  # words of any language, figures, marks
# "per" as students write it: English, Spanish/Portuguese ("por"), German ("pro", "je"),
# French ("par"), and "each"/"every" ("5 IPs in each subnet")
_PER = frozenset({"per", "each", "every", "por", "pro", "je", "par", "/"})
_JOINS = frozenset({",", "or", "and", "&", "/", "o", "y", "oder", "und", "ou", "et"})
_LIST = 4  # the longest list of scopes read back to its "per" ("per user, group or role")


def counted_only_as_scope(text: str, counted: set[str] | frozenset[str]) -> bool:
    """Whether `text` states a figure and names the counted thing (stems) only as a scope:
    each time after a "per", directly or as a later item of a list that opens after it,
    and never before a "per" of its own ("subnets/VPC", "NACLs per VPC" count it)."""
    if not counted:
        return False
    toks = [t.lower() for t in _TOKEN.findall(text or "")]
    if not any(t[0].isdigit() for t in toks):
        return False
    at = [i for i, t in enumerate(toks) if t[0].isalpha() and stem(t) in counted]
    return bool(at) and all(_as_scope(toks, i) for i in at)


def _as_scope(toks: list[str], i: int) -> bool:
    if any(t in _PER for t in toks[i + 1:i + 3]):
        return False  # "subnets per VPC", "IPs/subnet/VPC": what a "per" of its own counts
    k = i - 1
    for _ in range(_LIST):
        if k < 0:
            return False
        if toks[k] in _PER and toks[k] != "/":
            return True
        if toks[k] == "-" and k > 0 and toks[k - 1] in _PER:
            return True  # "per-subnet"
        if toks[k] == "/":
            # "IPs/subnet": a slash after a word is a "per"; after a scope already read back
            # ("per User/Role") it joins a list, read on to its "per"
            if k > 0 and toks[k - 1][0].isalpha() and not any(
                    t in _PER and t != "/" for t in toks[max(0, k - 2 * _LIST):k]):
                return True
        elif toks[k] not in _JOINS:
            return False
        # a join: the list's item before it, then look on for the "per"
        k -= 2
        if k + 1 < 0 or not toks[k + 1][0].isalpha():
            return False
    return False
