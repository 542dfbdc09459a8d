"""An IPv4 address opening a line ("10.0.0.255 = broadcast", "169.254.169.254 metadata
endpoint") is what the line states, no specification's clause number ("1.3.6.1 frequent ->
infrequent tier"): a four-part number whose first part has two digits or more, or with a part
of 0 or over 99 (a clause is numbered from 1, a few per level). notes/clause_numbers.py and
lookup/lines.py keep it. Stdlib only: runs on the lookup fast path."""

from __future__ import annotations

import re

# matched where the number starts (a look-ahead: it consumes nothing)
ADDRESS_AT = (r"(?=\d{1,3}(?:\.\d{1,3}){3}(?![\d.]*\d))"
              r"(?=\d{2,3}\.|[\d.]*?(?<!\d)(?:0|\d{3})(?![\d]))")
_ADDRESS = re.compile(ADDRESS_AT)


def an_address(number: str) -> bool:
    """Whether a dotted number ("10.0.1.255", not "1.3.6.1") is an IPv4 address."""
    return _ADDRESS.match(number) is not None
