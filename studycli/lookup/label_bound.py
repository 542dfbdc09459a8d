"""A bound a note line's label states for every figure after it.

"Fargate task max: 16 vCPU, 120 GB memory" bounds both figures by its label: 120 GB is the
most memory a task may have, though the parser kept "max" only for the first figure and filed
120 GB with no bound. A minimum asked ("fargate min memory") is then not answered by it, any
more than by a figure its own clause calls a maximum. Only where the figure's own clause
bounds nothing (its clause's bound, if any, decides: "limits: min 128 MB, max 10 GB") and
the line states no bound of the kind asked anywhere (a line saying both is left to the
other rules).

Stdlib only (and studycli.kinds): runs on the lookup fast path.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from studycli.kinds import Kind
from studycli.lazy_regex import lazy_compile
from studycli.lookup.row_label import row_label

# a line's leading label: words (digits among letters: "io2 Block Express max:"), then ':'
# or '=' (not a time "12:30"), after its bullet
_LABEL = re.compile(r"^\W*([A-Za-z][^:=\n]{0,40}?)\s*[:=](?!\d)")
# clauses of a line: ',' (not inside a number), ';', '/' between spaces, a sentence's end,
# a table row's cell
_CLAUSE = lazy_compile(r";|\s/\s|,(?!\d{3}(?!\d))|[.?!](?:\s|$)|\|")  # a cell too
_BOUND_WORD = r"(?:max(?:imum)?|min(?:imum)?|up\s+to|at\s+most|at\s+least)"
# a line's leading words up to its first figure, the last of them a bound, with no colon:
# "Fargate task max 16 vCPU, 120 GB memory" bounds its figures as "Fargate task max:" does
# (a few words of letters only: a sentence's words before a figure say what it is of, and
# "max" deep in prose is no label)
_BOUND_LEAD = re.compile(rf"^\W*([A-Za-z][A-Za-z@-]*(?:\s+[A-Za-z@-]+){{0,4}}?\s+"
                         rf"{_BOUND_WORD})\s+(?=\d)", re.IGNORECASE)
# a bound opening the text after a label ("Fargate task: max 16 vCPU, ...")
_BOUND_START = re.compile(rf"^\s*({_BOUND_WORD})\s+(?=\d)", re.IGNORECASE)
# a clause listing a figure, not naming a setting before it: " 120 GB memory", "16 vCPU"
_LISTED = lazy_compile(r"\s*(?:and\s+)?[~≈]?\d")
DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")  # a figure (answer.py reads it too)
# words a clause says of its own figure, which then is no mere figure of the label's bound:
# "128 MB floor", "512 MB included free", "20 GiB provided by default"
_OWN_WORDS = lazy_compile(r"\b(?:floor|baseline|base|included|includes?|provided|free|default|"
                          r"defaults|standard|initial|initially|starts?|starting|min(?:imum)?|"
                          r"least|lowest|smallest|guaranteed|reserved|extra|additional)\b",
                          re.IGNORECASE)


def label_bounds_other(fact: dict, asked: str, bounds: Callable[[str, str], bool]) -> bool:
    """Whether `fact` (a quantity filed with no bound of its own) takes from its line's
    label a bound other than `asked` ("max" or "min"): the label states the other bound,
    the clause holding the fact's number states none, and nothing on the line states the
    bound asked. `bounds(text, bound)` tells whether `text` states `bound`."""
    if asked not in ("max", "min") or fact.get("qualifier") or fact.get("kind") == Kind.FACT:
        return False
    snippet = fact.get("snippet") or ""
    label_text, rest = _label(snippet)
    other = "min" if asked == "max" else "max"
    # a bound written right before the first figure ("Fargate task max 16 vCPU", "Fargate
    # task: max 16 vCPU") bounds the figures listed after it, not a clause naming a setting
    # of its own before its figure ("..., retention 24 h")
    lead_bound = not _LABEL.match(snippet) and bool(_BOUND_LEAD.match(snippet))
    opening = _BOUND_START.match(rest)
    if opening and not bounds(label_text, other):
        # "Fargate task: max 16 vCPU, 120 GB memory": the bound opening the text after the
        # label is the label's
        label_text, rest = f"{label_text} {opening.group(1)}", rest[opening.end():]
        lead_bound = True
    if not label_text or not bounds(label_text, other) or bounds(snippet, asked):
        return False
    number = DIGITS.search(fact.get("value") or "")
    if number is None:
        return False
    digits = number.group(0).replace(",", "")
    clauses = [c for c in _CLAUSE.split(rest)
               if digits in (d.replace(",", "") for d in DIGITS.findall(c))]
    if "(" in (fact.get("attribute") or ""):
        return False  # a bracketed qualifier of its own ("memory (floor)")
    # the figure must be after the label, in a clause that bounds nothing itself and says
    # nothing of its own figure ("128 MB floor")
    return bool(clauses) and not any(
        bounds(c, other) or bounds(c, asked) or _OWN_WORDS.search(c)
        or (lead_bound and not _LISTED.match(c)) for c in clauses)


def _label(snippet: str) -> tuple[str, str]:
    """A line's leading label and the text after it: "Fargate task max:" of a line, or a
    table row's opening cells before its first figure ("| Fargate | max vCPU per task | 4
    vCPU |": the row's figures are its label's, as a line's are)."""
    label = _LABEL.match(snippet) or _BOUND_LEAD.match(snippet)
    if label:
        return label.group(1), snippet[label.end():]
    cells = row_label(snippet)
    if not cells:
        return "", ""
    end = snippet.find(cells[-1]) + len(cells[-1])
    return " ".join(cells), snippet[end:]
