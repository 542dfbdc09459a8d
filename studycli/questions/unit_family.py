"""One family of size units in what a question shows: the one the student's note wrote.

Sizes are read 1024-based whichever way a note writes them ("256 KB" and "256 KiB" are one
number of bytes in the fact base), so options come out in KB/MB/GB/TB. A note that writes
"64 TiB" then saw "64 TB" keyed, and an explanation quoting the note's "256 KB" beside the
AWS reference's "256 KiB" read as if the two values differed (reviewers of unseen65-67).
The number is the same; only the label changes, to the note's family.
"""

from __future__ import annotations

import re

from studycli.model import Fact

# "256 KB", "1,024 MiB/s", "16TiB": a number and a size unit of either family.
_SIZE = re.compile(r"(?<![\w.])(\d[\d,]*(?:\.\d+)?)(\s?)([KMGTP])(i?)B\b")


def note_family(fact: Fact) -> str:
    """"binary" when the note's line writes its sizes in KiB/MiB/GiB/TiB (and no KB/MB), else
    "decimal"; "" for a fact that is no size. The line, not the fact's value: a value the
    AWS reference keys in place of an outdated note's ("1 MiB" for "<=256KB") is the
    reference's text, and a student who writes MB reads MB."""
    if fact.unit not in ("B", "B/s"):
        return ""
    written = _family_of(fact.snippet or "") or _family_of(fact.value)
    return "binary" if written == {"binary"} else "decimal"


def _family_of(text: str) -> set[str]:
    return {"binary" if m.group(4) else "decimal" for m in _SIZE.finditer(text)}


def in_family(text: str, family: str) -> str:
    """Every size in `text` labelled in `family` ("binary": 64 TiB; "decimal": 64 TB)."""
    if family not in ("binary", "decimal") or not _SIZE.search(text):
        return text
    mark = "i" if family == "binary" else ""
    return _SIZE.sub(lambda m: f"{m.group(1)}{m.group(2)}{m.group(3)}{mark}B", text)


_SENTENCE = re.compile(r"(?<=[.;!?])\s+(?=[A-Z(])")


def sentences_in_family(text: str, family: str) -> str:
    """Each sentence of `text` that mixes the two families ("says 256 KB: that is still the
    default (256 KiB)") in `family` alone; a sentence in one family is left as written."""
    if family not in ("binary", "decimal") or "iB" not in text:
        return text
    parts = _SENTENCE.split(text)
    seps = _SENTENCE.findall(text)
    out = []
    for i, part in enumerate(parts):
        out.append(in_family(part, family) if len(_family_of(part)) > 1 else part)
        if i < len(seps):
            out.append(seps[i])
    return "".join(out)
