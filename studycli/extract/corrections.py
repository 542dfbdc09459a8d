"""A number a note questions, takes back and corrects on the spot: "max batch 5? no, 10",
"visibility 6 h? nope: 12". The number after the correction is the one the
note gives, in the place of the one taken back: read as if the line said it there ("max batch
10", "visibility 12 h"). Left as it was, the taken-back number was dropped (attribution.py's
retraction) and the correction, with no words of its own before it, was never read."""

from __future__ import annotations

import re

# the number taken back (its unit, if any), a question mark and "no"/"nope"/"wrong"/"actually",
# then the number that replaces it ("3 s, actually it's 15" is read already: attribution.py)
_CORRECTED = re.compile(
    r"(?<![\w.])(?P<old>\d[\d,.]*)(?P<unit>[ \t]*[A-Za-z]{1,8}\b)?[ \t]*"
    r"\?+[ \t]*(?:no|nope|wrong|actually)\b[ \t]*[,:!]?[ \t]*"
    r"(?:it'?s[ \t]+|it[ \t]+is[ \t]+)?~?(?P<new>\d[\d,]*(?:\.\d+)?)(?![\d.])"
    r"(?P<after>[ \t]*[A-Za-z]+)?", re.IGNORECASE)


def corrected(line: str) -> str:
    """`line` with each number taken back and corrected replaced by its correction (its unit,
    when the correction says none: "6 h? no, 12" is 12 h)."""
    if "?" not in line:
        return line  # most lines
    return _CORRECTED.sub(_replacement, line)


def _replacement(m: re.Match) -> str:
    unit, after = m.group("unit") or "", m.group("after") or ""
    if after.strip().lower() in ("per", "for", "in", "on", "of", "at", "and", "or"):
        # ("5? no, 10 per shard": a scope after the number, no unit of it)
        return f"{m.group('new')}{unit}{after}"
    return f"{m.group('new')}{after or unit}"
