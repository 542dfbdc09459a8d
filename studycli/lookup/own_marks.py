"""An answer's own stale figure is marked as its own, not as "another claim on this line".

A comparison table's row ("| gp3 | SSD | 16,000 | 1,000 MiB/s | ... |") holds several claims
the AWS reference finds stale. The line's first stale claim (gp3's 16,000 IOPS) was shown
under whatever the row answered: "gp3 max throughput" headlined "1,000 MiB/s" with "another
claim on this line ... now 80,000 IOPS" under it, while the throughput's own mark ("now
2,000 MiB/s") stood only under "Other matches" (a new user, session 48); "gp3 max iops",
answered by the row's "Max IOPS" cell, called its own 16,000 "another claim".

An unmarked answer takes, as its own mark:
- the stale mark of another answer of its service and subject, from its note line, that
  states the same figure (the
  same numbers with the same units: "1,000 MiB/s" and the limit "1000 MiB/s" read from it);
- else its line's stale claim when the claim's reference key names nothing the answer's own
  words leave unsaid ("ebs.gp3.iops.max" of "Max IOPS gp3"; not of "Max throughput gp3").
Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

from studycli.lookup.text import stem
from studycli.lookup.words import stems
from studycli.note_numbers import numbers_with_units

_STALE = ("outdated", "wrong")


def own_marks(answers: list[dict]) -> list[dict]:
    """`answers`, each unmarked one given its own stale mark where it has one (see above)."""
    out = []
    for h in answers:
        if (h.get("currency") or {}).get("status") in _STALE or not _figure_answer(h):
            out.append(h)
            continue
        mark = _same_figure_mark(h, answers) or _own_line_claim(h)
        out.append({**h, "currency": mark, "line_currency": None} if mark else h)
    return out


_QUANTITIES = ("limit", "default", "range")


def _figure_answer(h: dict) -> bool:
    """An answer that gives a figure: a quantity, or a statement narrowed to its clause or
    cell. A code or a whole line that quotes the figure means more than it ("504 - ...
    Timeout - 29s": the code's meaning is current)."""
    kind = str(h.get("kind") or "")
    if kind in _QUANTITIES:
        return True
    if kind != "fact":
        return False
    value, snippet = letters(h.get("value")), letters(h.get("snippet"))
    return bool(value) and value != snippet and value in snippet or bool(h.get("from_table"))


def letters(text: str | None) -> str:
    """`text`'s letters and digits alone: "**400 KB**" in a snippet says "400 KB"."""
    return "".join(ch for ch in (text or "").lower() if ch.isalnum())


def _figures(value: str) -> set[tuple[float, str]]:
    return {(n, unit) for n, unit, _t in numbers_with_units(value or "") if unit}


def _same_figure_mark(h: dict, answers: list[dict]) -> dict | None:
    figures = _figures(h.get("value") or "")
    if not figures:
        return None
    for g in answers:
        if g is h or (g.get("source"), g.get("line")) != (h.get("source"), h.get("line")) \
                or (g.get("service"), g.get("subject")) != (h.get("service"), h.get("subject")):
            continue  # (another service's or variant's figure: "| msg size | 256 KB | 256 KB |"
            # under SQS and SNS columns; SNS's 256 KB is no SQS's stale claim)
        mark = g.get("currency") or {}
        if mark.get("status") in _STALE and _figures(g.get("value") or "") == figures:
            return dict(mark)
    return None


def _own_line_claim(h: dict) -> dict | None:
    line = h.get("line_currency") or {}
    key = str(line.get("reference_id") or "")
    if line.get("status") not in _STALE or "." not in key:
        return None
    own = stems(" ".join(str(h.get(k) or "") for k in ("service", "subject", "attribute")),
                frozenset())
    parts = [p for p in key.lower().replace("_", ".").replace("-", ".").split(".") if p]
    if not parts or not all(stem(p) in own or p in own for p in parts):
        return None
    return {k: v for k, v in line.items() if k != "claim"}
