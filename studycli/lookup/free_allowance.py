"""A price per unit asked, and a line whose only money is a free allowance.

"cloudfront invalidation price per path" on notes saying "invalidation: first 1,000
paths/month free, then paid": the line's "free" is what the first 1,000 paths cost, not the
price of a path past them, which it never gives. The answer score reads "free" as money
stated (answer._MONEY_STATED: "data transfer in: free" answers "data transfer in price"), so
the allowance is read out of the line where a price per something is asked; a figure of money
left beside it ("then $0.005 per path") still states the price.
Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

import re

from studycli.lazy_regex import lazy_compile

# "first 1,000 paths/month free", "first 2 budgets free", "the first 100 GB per month is
# free": a count or amount opening with "first", up to its "free" in the same clause; or a
# figure right before "free" ("1,000 free paths", "100 GB free")
_ALLOWANCE = lazy_compile(r"\bfirst\s+\d[\d,.]*\s*[kmgt]?b?\b[^.;|]{0,40}?\bfree\b"
                          r"|(?<![\w.,])\d[\d,.]*\s*[kmgt]?b?\s+free\b", re.IGNORECASE)


_FREE = lazy_compile(r"\bfree\b", re.IGNORECASE)


def without_allowance(value: str, attribute: str, tokens: list[str]) -> str:
    """A fact's value and attribute, less the value's free allowances where the query asks
    a price per something (and the attribute's "free", which the parser took from them:
    "summary: invalidation 1,000 free paths" is filed as "summary invalidation free paths")."""
    if "per" not in tokens:
        return f"{value} {attribute}"
    kept = _ALLOWANCE.sub(" ", value)
    if kept != value:
        attribute = _FREE.sub(" ", attribute)
    return f"{kept} {attribute}"
