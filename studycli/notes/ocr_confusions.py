"""Service names a scan's text recognition misread: OCR reads "d" as "cl" and "m" as "rn"
("LAMBCLA - serverless compute", "Lambcla@Edge"), so the name matched no alias and the lines
under a scanned page's title were filed under whatever service a line above them named (the
Lambda page's timeout and memory were S3's). A word that is no alias but becomes a one-word
service alias when "cl" is read "d" or "rn" "m" is read as that alias.

Carefully: only words of five letters or more, never one that is itself an alias; the case as
written (all capitals stay capitals)."""

from __future__ import annotations

import re
from functools import lru_cache

# (what OCR wrote, what the page had)
CONFUSIONS = (("cl", "d"), ("rn", "m"))
_CANDIDATE = re.compile(r"(?<![A-Za-z])[A-Za-z]*(?:cl|rn)[A-Za-z]*(?![A-Za-z])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _one_word_aliases() -> frozenset[str]:
    from studycli.services import catalog

    return frozenset(a for a in catalog().service_aliases if a.isalpha() and len(a) >= 5)


@lru_cache(maxsize=4096)
def misread(word: str) -> str | None:
    """The one-word service alias `word` is an OCR misreading of, or None."""
    low = word.lower()
    aliases = _one_word_aliases()
    if len(low) < 5 or low in aliases:
        return None
    for wrote, meant in CONFUSIONS:
        if wrote in low and (fixed := low.replace(wrote, meant)) in aliases:
            return fixed
    return None


def _as_written(word: str, fixed: str) -> str:
    if word.isupper():
        return fixed.upper()
    return fixed.capitalize() if word[:1].isupper() else fixed


def repair_misread_services(lines: list[str], fenced: list[bool]) -> None:
    """Rewrite, in place, each misread service name, never inside a code fence."""
    for i, line in enumerate(lines):
        if fenced[i] or ("cl" not in line.lower() and "rn" not in line.lower()):
            continue
        lines[i] = _CANDIDATE.sub(
            lambda m: _as_written(m.group(0), fixed) if (fixed := misread(m.group(0)))
            else m.group(0), line)
