"""Where a line says which side its figure is of: in the clauses that state a figure.

"auto backups: retention default 7 days (console), 0 = disabled, max 35 days. manual
snapshots kept forever" gives the automated backups' 35 days; its last sentence, "manual
snapshots kept forever", states no figure and makes none of them the manual side's
("rds automated backup retention max": answer._contradicts refused the line and the 35 days
parsed from it). A parsed quantity is of the side its own clause names; a statement asked
for a quantity, of the sides its figures' clauses name (a statement asked for no quantity
may answer in words: "at most once sync" is the answer, whatever clause a figure is in). A
clause that is a bare figure is labelled by the clause before it ("inbound rules per SG ->
50", "| Rules per SG (inbound) | 60 |"). Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

import re

from studycli.note_numbers import clause_of_number, clauses, numbers_with_units

_DIGIT = re.compile(r"\d")
_LETTERS = re.compile(r"[^\W\d_]{2,}")


def figure_text(fact: dict, quantity_asked: bool) -> str:
    """The text of a fact's line that says which side its figure is of: the clause stating
    its number (a parsed quantity), or every clause stating a figure (a statement, where a
    quantity is asked); the whole line (or statement) where none is found."""
    line = fact.get("snippet") or ""
    if fact.get("kind") == "fact":
        text = fact.get("value") or line
        if not quantity_asked:
            return text
        parts = clauses(text)
        with_figures = [_labelled(parts, i) for i, c in enumerate(parts) if _DIGIT.search(c)]
        return " ; ".join(with_figures) if with_figures else text
    clause = clause_of_number(line, fact.get("number"), fact.get("low"), fact.get("high"),
                              fact.get("unit"))
    if not clause:
        return line
    parts = clauses(line)
    return _labelled(parts, parts.index(clause)) if clause in parts else clause


def _labelled(parts: list[str], i: int) -> str:
    """Clause `i`, with the clause before it where it is only a figure ("-> 50", "| 60 |")."""
    clause = parts[i]
    bare = clause
    for _, _, written in numbers_with_units(clause):
        bare = bare.replace(written, " ")
    return f"{parts[i - 1]} {clause}" if i and not _LETTERS.search(bare) else clause
