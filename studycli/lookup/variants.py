"""Variants of one service that exclude one another (NLB and ALB, gp2 and gp3, HTTP and REST
API, Glacier Flexible Retrieval and Deep Archive): which of them a text names.

A figure the notes give for one variant is no answer about another: "nlb idle timeout" is not
answered by the ALB's 60 s, "http api integration timeout" not by "29 sec for REST". The
families and the words that name each member are data (lookup_synonyms.json
"variant_families"); this module only reads text against them.
"""

from __future__ import annotations

from functools import lru_cache

from studycli.lookup.text import normalize, tokens

LONGEST = 5  # words in the longest name a family lists
ANY_SERVICE = "*"  # a family whose lines notes file under any service (AWS Support's plans)
NOT_A_NAME = "~"  # a family's phrases that hold a member's word and name none ("business
# critical" is no Business plan)

# phrase (token tuple) -> [(service, family index, member)]; a phrase may name two members
# at once ("id/access token")
_Table = dict[tuple[str, ...], list[tuple[str, int, str]]]
_TABLE: list[_Table] = []


def _table() -> _Table:
    if not _TABLE:
        from studycli.paths import load_json

        table: _Table = {}
        families = load_json("lookup_synonyms.json").get("variant_families", {})
        for service, groups in families.items():
            for index, members in enumerate(groups):
                for member, names in members.items():
                    for name in names:
                        words = tuple(tokens(normalize(name)))
                        for form in (words, (*words[:-1], words[-1] + "s")):
                            table.setdefault(form, []).append((service, index, member))
        _TABLE.append(table)
    return _TABLE[0]


@lru_cache(maxsize=2048)  # the query's text, and a note line, is read once per candidate
def named(text: str) -> dict[tuple[str, int], set[str]]:
    """(service, family) -> the members `text` names, longest name first: "glacier deep
    archive" names Deep Archive, not the Glacier family besides. Callers must not change
    the sets (the answer is kept for the next call)."""
    table = _table()
    toks = tokens(normalize(text or ""))
    found: dict[tuple[str, int], set[str]] = {}
    i = 0
    while i < len(toks):
        for n in range(min(LONGEST, len(toks) - i), 0, -1):
            owners = table.get(tuple(toks[i:i + n]))
            if owners:
                for service, index, member in owners:
                    if member != NOT_A_NAME:
                        found.setdefault((service, index), set()).add(member)
                i += n
                break
        else:
            i += 1
    return found
