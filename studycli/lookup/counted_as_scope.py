"""A count of a thing asked, and a line that names that thing only as a scope.

"max subnets per vpc" asks how many subnets a VPC holds; "AWS reserves 5 IPs per subnet",
"reserved IPs/subnet ..... 5" and "Managed policies pro User/Role: 10" ("iam max roles per
account") count something else in each one of the thing asked: every time the line names
it, it names it after a "per" (in any of the notes' languages, or a slash), alone or in a
list ("per user, group or role"). However well such a line matches the query's words, no
figure on it is a number of those things. A slash is a "per" only between a plural and a
singular on a line without slash-paired figures: "IAM users/groups: 5000/300" and "Max
SGs/NACLs: 2500/200" are lists, each thing counted. A "per" after a unit or a figure ("1 MB
per record" beside "PutRecords: 500 per call") scopes a size, not a count of another thing:
the count asked may be fused into a name there, so the line is kept. This is
scope_counted.py's mirror (there the scope asked is what the line counts).
Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

import re

from studycli.lookup.scope_counted import tokens
from studycli.lookup.text import stem
from studycli.note_numbers import UNIT_WORDS

# "per" as students write it: English, Spanish/Portuguese ("por"), German ("pro", "je"),
# French ("par"), and "each"/"every" ("5 IPs in each subnet") in those languages and the
# others development notes are written in ("5 IP di setiap subnet", "5 IPs en cada subnet",
# "dans chaque subnet", "in jedem Subnetz", "in ogni subnet", "w każdej podsieci", "in elk
# subnet", "mỗi subnet")
_PER = frozenset({"per", "each", "every", "por", "pro", "je", "par", "/",
                  "setiap", "tiap", "cada", "chaque", "ogni", "jede", "jeder", "jedes", "jedem",
                  "jeden", "każdy", "każda", "każde", "każdej", "każdego", "elk", "elke",
                  "mỗi"})
_JOINS = frozenset({",", "or", "and", "&", "/", "o", "y", "oder", "und", "ou", "et"})
_LIST = 4  # the longest list of scopes read back to its "per" ("per user, group or role")
_UNITS = frozenset(UNIT_WORDS.split("|"))
# figures paired by a slash ("users/groups: 5000/300"): the words' slash is a list's too
_PAIRED = re.compile(r"\d\s*/\s*\d")


def counted_only_as_scope(text: str, counted: set[str] | frozenset[str]) -> bool:
    """Whether `text` states a figure and names the counted thing (stems) only as a scope:
    each time after a "per", directly or as a later item of a list that opens after it,
    and never before a "per" of its own ("subnets/VPC", "NACLs per VPC" count it)."""
    if not counted:
        return False
    toks = tokens(text)
    if not any(t[0].isdigit() for t in toks):
        return False
    at = [i for i, t in enumerate(toks) if t[0].isalpha() and stem(t) in counted]
    paired = bool(_PAIRED.search(text))
    return bool(at) and all(_as_scope(toks, i, paired) for i in at)


def _plural(word: str) -> bool:
    return len(word) > 2 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _per_of_other(toks: list[str], k: int) -> bool:
    """Whether the "per" at k scopes a count of another thing ("5 IPs per subnet", "Each user
    can be in 10 groups"), not a size, a time or a bare figure ("PutRecords: 500 per call,
    1 MB per record": the count asked may be fused into a name, "500 per call" may be it)."""
    return k == 0 or not (toks[k - 1][0].isdigit() or toks[k - 1] in _UNITS)


def _slash_per(toks: list[str], k: int, paired: bool) -> bool:
    """Whether the slash at k is a "per": a plural before it, a singular after it ("IPs/subnet"),
    and no figures paired by a slash on the line; "users/groups: 5000/300", "SGs/NACLs" and
    "user/role" are lists."""
    return (not paired and k > 0 and k + 1 < len(toks) and _plural(toks[k - 1])
            and toks[k + 1][0].isalpha() and not _plural(toks[k + 1])
            and toks[k - 1] not in _UNITS)


def _as_scope(toks: list[str], i: int, paired: bool) -> bool:
    if any(t in _PER for t in toks[i + 1:i + 3]):
        return False  # "subnets per VPC", "IPs/subnet/VPC": what a "per" of its own counts
    k = i - 1
    for _ in range(_LIST):
        if k < 0:
            return False
        if toks[k] in _PER and toks[k] != "/":
            return _per_of_other(toks, k)
        if toks[k] == "-" and k > 0 and toks[k - 1] in _PER:
            return _per_of_other(toks, k - 1)  # "per-subnet"
        if toks[k] == "/":
            # "IPs/subnet": a slash between a plural and a singular is a "per"; after a scope
            # already read back ("per User/Role"), or between two plurals, it joins a list
            if _slash_per(toks, k, paired) and not any(
                    t in _PER and t != "/" for t in toks[max(0, k - 2 * _LIST):k]):
                return True
        elif toks[k] not in _JOINS:
            return False
        # a join: the list's item before it, then look on for the "per"
        k -= 2
        if k + 1 < 0 or not toks[k + 1][0].isalpha():
            return False
    return False
