"""A line that labels what it says is no title of itself.

"CF functions: JS only" is filed under an attribute of its own words (the parser named the
line by itself), which lookup reads as a slide's title ("Scale-in protection") and answers
nothing with. What follows its label mark is what the line says of the label: words the
query did not type there are its content ("cf functions runtime": JS only).
"""

from __future__ import annotations

import re

from studycli.lookup.words import stems

# "label: content", "label = content", "label → content" (a short label, then a space)
_LABEL_MARK = re.compile(r"^[^:=→]{1,40}?\s*(?::|=|→|->)\s+(\S.*)$")


def labels_more(value: str, q) -> bool:
    """Whether `value` labels content the query `q` did not type ("CF functions: JS only"
    for "cf functions runtime")."""
    m = _LABEL_MARK.match(value.strip())
    return m is not None and bool(stems(m.group(1), frozenset()) - set(q.terms))
