"""The scope a count of memberships is given per, where no "per" says it: "user in max 10
groups", "a user can be in 10 groups", "an instance can belong to up to 5 security groups".

Such a clause counts the groups one user is in: the user is its scope, as "10 groups per
user" would write it. "iam max groups per account" asks how many groups an account holds;
the line "default 5,000 IAM users per account, user in max 10 groups" says the account only
of the users, and the 10 only per user, so it is no answer (answer._per_other reads the
scopes a figure's clause gives, this module the ones written as membership).
Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

import re

from studycli.lazy_regex import lazy_compile
from studycli.lookup.counted_as_scope import _plural
from studycli.note_numbers import UNIT_WORDS

# a noun, "can be in" / "is in" / "in" / "belongs to" / "member of", an optional bound, a
# figure and the plural it counts (questions/stems._OWNER reads the same membership for a
# question's "(per user)"; a change to one may be due at the other)
_MEMBER_OF = lazy_compile(
    r"\b([a-z][a-z-]{2,})\s+(?:(?:can|may|could)\s+)?(?:(?:be|is|are)\s+)?"
    r"(?:in|belongs?\s+to|(?:a\s+)?member\s+of|part\s+of)\s+"
    r"(?:(?:max(?:imum)?|up\s+to|at\s+most)\s+(?:of\s+)?)?(\d[\d,]*)\s+(?:[a-z-]+\s+)?"
    r"([a-z][a-z-]*s)\b", re.IGNORECASE)
# words before "in" that name no thing holding memberships ("stored in 3 AZs" is where data
# goes, "replicated in 3 AZs" likewise; "only in 2 regions" a restriction)
_NOT_A_HOLDER = frozenset({"only", "also", "just", "even", "and", "or", "but", "the", "a",
                           "an", "is", "are", "be", "can", "max", "maximum", "total", "all",
                           "any", "each", "every", "per"})


_UNITS = frozenset(UNIT_WORDS.split("|"))  # "in 7 days" is a time, no memberships counted


def membership_scopes(clause: str, figure: float | None = None) -> set[str]:
    """The lower-cased nouns `clause` counts memberships of ("user in max 10 groups":
    user); empty when it writes none. `figure`: the fact's number, when it has one: only a
    membership counting that figure gives its scope. Only a singular holder is a member:
    "up to 15 read replicas in 3 AZs" spreads the replicas across 3 AZs (no replica is in 3
    AZs), so it writes no membership at all."""
    return {m.group(1).lower() for m in _MEMBER_OF.finditer(clause or "")
            if m.group(1).lower() not in _NOT_A_HOLDER and not m.group(1).lower().endswith("ed")
            and not _plural(m.group(1).lower())
            and m.group(3).lower() not in _UNITS
            and (figure is None or float(m.group(2).replace(",", "")) == figure)}
