"""A value another line of the same note corrects.

"CodeBuild max build timeout is **8 hours**, not 2 hours like I wrote in v2", "max resources
per template = 500 (v1 said 200)": a changelog, an errata list or an edited note says the
value written on an older line is wrong. The older line's fact ("CodeBuild max build timeout
2 hours") still ranks as high as the correction, so lookup puts it after the facts no line
corrects: the student reads the value the note settled on first, and the old one (with its
conflict mark) only below it.

A line corrects a value when it denies it ("not 2 hours", "v1 said 200", "was 24 h") and
states another value of its own beside the denial, of the same service or the same
attribute; a line that only denies ("not for jobs over 15 min") corrects nothing.
"""

from __future__ import annotations

import re

from studycli.kinds import Kind
from studycli.lazy_regex import lazy_compile
from studycli.note_numbers import numbers_with_units

# the words that introduce a denied or past value, up to the clause's end or "now"; a change
# verb after "was" says the new value ("was raised to 15 min"), not an old one
_MARKERS = ("not ", "said", "wrote", "was ", "were ", "used to be", "previously", "formerly",
            "instead of", "rather than")
_DENIED = lazy_compile(r"\b(?:not|said|wrote|was|were|used to be|previously|formerly|"
                       r"instead of|rather than)\b"
                       r"(?!\s+(?:increased|raised|extended|changed|reduced|lowered|decreased"
                       r"|bumped|updated|set|moved)\b)([^,;()|]*?)"
                       r"(?=[,;()|]|[.!?](?:\s|$)|\bnow\b|\bthen\b|$)", re.IGNORECASE)


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(a))


def _denials(line: str) -> tuple[list[tuple[float, str | None]], list[tuple[float, str | None]]]:
    """(numbers the line denies, numbers it states elsewhere), canonical."""
    denied: list[tuple[float, str | None]] = []
    rest, start = [], 0
    for m in _DENIED.finditer(line):
        denied += [(n, u) for n, u, _ in numbers_with_units(m.group(1))]
        rest.append(line[start:m.start(1)])
        start = m.end(1)
    rest.append(line[start:])
    return denied, [(n, u) for n, u, _ in numbers_with_units(" ; ".join(rest))]


def _numbers(hit: dict) -> list[tuple[float, str | None]]:
    if hit["kind"] == Kind.FACT:
        return [(n, u) for n, u, _ in numbers_with_units(hit["value"] or "")]
    number = hit["number"] if hit["number"] is not None else hit["low"]
    return [] if number is None else [(number, hit["unit"])]


def _unit_agrees(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b or {a, b} == {"count", None}


def corrected_last(conn, ranked: list[dict], top: int) -> list[dict]:
    """`ranked` with the hits among its first `top` whose every number a line of their own
    note corrects moved after the other hits of those `top` (order otherwise kept)."""
    from studycli.store.lookup_lines import numbered_facts_saying

    window = ranked[:top]
    sources = [h["source"] for h in window if h.get("source") and _numbers(h)]
    if not sources:
        return ranked
    correcting = []
    for c in numbered_facts_saying(conn, sources, _MARKERS):
        denied, stated = _denials(c["snippet"] or "")
        own = c["number"]
        if denied and any(_same(n, own) for n, _ in stated) and not any(
                _same(n, own) for n, _ in denied):
            correcting.append((c, denied))
    if not correcting:
        return ranked

    def corrected(h: dict) -> bool:
        numbers = _numbers(h)
        return bool(numbers) and all(any(
            c["source"] == h["source"] and c["line"] != h["line"]
            and (c["service"] == h["service"] or c["attribute"] == h["attribute"])
            and _unit_agrees(c["unit"], unit)
            and any(_same(n, number) and _unit_agrees(u, unit) for n, u in denied)
            for c, denied in correcting) for number, unit in numbers)

    flags = [corrected(h) for h in window]
    if not any(flags):
        return ranked
    return ([h for h, f in zip(window, flags, strict=True) if not f]
            + [h for h, f in zip(window, flags, strict=True) if f] + ranked[top:])
