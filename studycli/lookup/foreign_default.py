""""Default" as notes in French and Spanish write it: "retention : défaut 4 j, min 1 mn, max
14 j", "TTL 5 min por defecto". Said in English before a fact is weighed as an answer
(answer.in_english_units), so that a default asked is read in the line ("sqs default
retention": the 4 days), and a line giving its default besides a bound is not read as
giving only the bound. Not Portuguese "padrão": it names the Standard class or queue as
often ("fila padrão"). Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

import re

_DEFAULT = re.compile(r"\b(?:par\s+)?d[ée]faut\b|\bpor\s+defecto\b", re.IGNORECASE)


def default_in_english(text: str) -> str:
    """`text` with a French or Spanish "default" written "default"."""
    low = text.lower()
    if "faut" not in low and "efecto" not in low:  # most lines: no pattern run
        return text
    return _DEFAULT.sub("default", text)
