"""A bare number that a named count's limit gives: "concurrency limit 1000 per region",
"concurency quota: 500". No unit follows the number, so quantities.py does not read it; the
words before "limit"/"quota" say what is counted. Read only when those words name a count
of the attribute vocabulary (data/attributes.json, mistyped words repaired as for any
attribute: extract/typos.py), so "soft limit 2" or "rate limit 1000" of nothing counted stay
plain statements."""

from __future__ import annotations

import re

from studycli.extract.attributes import known, name_quantity
from studycli.extract.quantities import Quantity

# words, then "limit"/"quota", then the number with nothing after it that would make it a
# unit, a version, a decimal or a percentage
_LIMIT_THEN_NUMBER = re.compile(
    r"(?<![A-Za-z])(?:limit|quota)s?[ \t]*(?:[:=]|is|of)?[ \t]*"
    r"(?P<n>[1-9][0-9]{0,2}(?:,[0-9]{3})+|[1-9][0-9]*)(?![\w.,%/$-])",
    re.IGNORECASE)


# "users per account >> 5000", "Layers per function      5" (a quota table pasted as text),
# "GSIs per table: 20": a label counting things per a scope, a separator, the number bare (the
# noun right before "per", or before a participle: "managed policies attached per role")
_PER_LABEL_THEN_NUMBER = re.compile(
    r"(?<![\w-])(?P<noun>[A-Za-z][A-Za-z-]*[a-rt-z]s)(?:\s+[a-z]+ed)?\s+per\s+[a-z][\w/-]*"
    r"[ \t]*(?:>>|::|[:=]|->|[ \t]{2,})[ \t]*"
    r"(?P<n>[1-9][0-9]{0,2}(?:,[0-9]{3})+|[1-9][0-9]*)(?![\w.,%/$-])", re.IGNORECASE)


def bare_counts(line: str, service: str, found: list[Quantity]) -> list[Quantity]:
    """Counts the line gives as bare numbers after a named count's "limit", or after a label
    that counts things per a scope, ordered by start, none overlapping a quantity already
    found."""
    taken = [(q.start, q.end) for q in found]
    out = _per_label_counts(line, taken) if " per " in line else []
    lowered = line.lower()
    if "limit" not in lowered and "quota" not in lowered:
        return out  # most lines: one look, no regex
    for m in _LIMIT_THEN_NUMBER.finditer(line):
        start, end = m.span("n")
        if any(s < end and start < e for s, e in taken):
            continue
        # only the words before it name it: "limit 1000 -> use a lifecycle policy" counts
        # no policies
        name = name_quantity(line[:end], start, end, "count", service, (), taken)
        if not known(name):
            continue
        written = m.group("n")
        number = float(written.replace(",", ""))
        out.append(Quantity(start, end, written, f"{written} {name}", number, "count", None,
                            None, False, "", "count", name, False))
    return out


def _per_label_counts(line: str, taken: list[tuple[int, int]]) -> list[Quantity]:
    out = []
    for m in _PER_LABEL_THEN_NUMBER.finditer(line):
        start, end = m.span("n")
        if any(s < end and start < e for s, e in taken):
            continue
        written, noun = m.group("n"), m.group("noun")
        number = float(written.replace(",", ""))
        out.append(Quantity(start, end, written, f"{written} {noun}", number, "count", None,
                            None, False, "", "count", noun, False))
        taken.append((start, end))
    return out
