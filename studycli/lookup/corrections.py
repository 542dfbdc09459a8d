"""A value another line of the same note corrects.

"CodeBuild max build timeout is **8 hours**, not 2 hours like I wrote in v2", "max resources
per template = 500 (v1 said 200)": a changelog, an errata list or an edited note says the
value written on an older line is wrong. The older line's fact ("CodeBuild max build timeout
2 hours") still ranks as high as the correction, so lookup puts it after the facts no line
corrects: the student reads the value the note settled on first, and the old one (with its
conflict mark) only below it.

A line corrects a value when it denies it ("not 2 hours", "v1 said 200", "was 24 h"), states
another value of the same key (service, subject, attribute, qualifier) beside the denial, and
says the denied value was written before or wrong ("like I wrote in v2", "v1 was wrong"). A
line that only denies ("not for jobs over 15 min", "must not exceed 256 KB") corrects nothing,
nor one that contrasts two things ("30 days, not 90 days (that's Glacier Flexible)", "365
days, not 14 days like SQS", "3,000 msg/s with batching, rather than 300"): the denied value is
the other thing's, and right.
"""

from __future__ import annotations

import re
from types import SimpleNamespace

from studycli.conflicts import conflict_key
from studycli.kinds import Kind
from studycli.lazy_regex import lazy_compile
from studycli.note_numbers import numbers_with_units

# the words that introduce a denied or past value, up to the clause's end or "now"
_DENIAL_WORDS = ("not", "said", "wrote", "was", "were", "used to be", "previously", "formerly",
                 "instead of", "rather than")
# the lines worth reading (lower case, found anywhere in a line: "not " is not "note")
_MARKERS = tuple(w if len(w) > 4 else w + " " for w in _DENIAL_WORDS)
# "must not exceed 256 KB" denies nothing; a change verb after "was" says the new value ("was
# raised to 15 min"), not an old one
# (nor "the correct answer was 14 days": what the answer was is the right value, as for
# features._WAS)
_DENIED = lazy_compile(r"(?<!must )(?<!should )(?<!does )(?<!do )(?<!did )(?<!can )(?<!will )"
                       r"(?<!may )(?<!answer )(?<!correct )\b(?:"
                       + "|".join(_DENIAL_WORDS).replace(" ", r"\s+")
                       + r")\b"
                       r"(?!\s+(?:increased|raised|extended|changed|reduced|lowered|decreased"
                       r"|bumped|updated|set|moved)\b)([^,;()|]*?)"
                       r"(?=[,;()|]|[.!?](?:\s|$)|\bnow\b|\bthen\b|$)", re.IGNORECASE)
# what says the denied value was the note's own, earlier or wrong: "like I wrote in v2", "v1
# said 200", "(v1 was wrong)", "used to be 100ms"
_EARLIER = lazy_compile(r"\b(?:said|wrote|written|was|were|used\s+to\s+be|previously|formerly"
                        r"|earlier|last\s+time|wrong|outdated|typo|v\d+)\b", re.IGNORECASE)
# what says the denied value is another thing's: "(that's Glacier Flexible)", "like SQS" (not
# "like I wrote")
_ANOTHER_THINGS = lazy_compile(r"\b(?:that['’]?s|that\s+is|like\s+(?!I\b|we\b|I['’]ve\b))",
                               re.IGNORECASE)


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


def _key(fact: dict) -> tuple[str, str, str, str]:
    return conflict_key(SimpleNamespace(**fact))


def _correcting(facts: list[dict]) -> list[tuple[dict, list[tuple[float, str | None]]]]:
    """The facts among `facts` whose line corrects another value, with the values it denies."""
    out = []
    for c in facts:
        line = c["snippet"] or ""
        if not _EARLIER.search(line) or _ANOTHER_THINGS.search(line):
            continue
        denied, stated = _denials(line)
        own = c["number"]
        if denied and any(_same(n, own) for n, _ in stated) and not any(
                _same(n, own) for n, _ in denied):
            out.append((c, denied))
    return out


def corrected_last(conn, ranked: list[dict], top: int) -> list[dict]:
    """`ranked` with the hits among its first `top` whose every number a line of their own
    note corrects moved after the other hits of those `top` (order otherwise kept)."""
    from studycli.store.lookup_lines import facts_on_lines, numbered_facts_saying

    window = ranked[:top]
    sources = [h["source"] for h in window if h.get("source") and _numbers(h)]
    if not sources:
        return ranked
    correcting = _correcting(numbered_facts_saying(conn, sources, _MARKERS))
    if not correcting:
        return ranked
    # a statement's numbers are those of the facts read from its line: their keys are the ones
    # a correction must share (read only when some line corrects, which is rare)
    of_line: dict[tuple[str, int], list[dict]] = {}
    statements = [(h["source"], h["line"]) for h in window
                  if h["kind"] == Kind.FACT and h.get("source") and _numbers(h)]
    for f in facts_on_lines(conn, statements) if statements else []:
        if f["kind"] != Kind.FACT and f["number"] is not None:
            of_line.setdefault((f["source"], f["line"]), []).append(f)

    def stated_by(h: dict, number: float) -> list[dict]:
        if h["kind"] != Kind.FACT:
            return [h]
        return [f for f in of_line.get((h["source"], h["line"]), ())
                if any(_same(n, number) for n, _ in _numbers(f))]

    def corrected(h: dict) -> bool:
        numbers = _numbers(h)
        return bool(numbers) and all(any(
            c["source"] == f["source"] and c["line"] != f["line"] and _key(c) == _key(f)
            and _unit_agrees(c["unit"], unit)
            and any(_same(n, number) and _unit_agrees(u, unit) for n, u in denied)
            for c, denied in correcting for f in stated_by(h, number))
            for number, unit in numbers)
    flags = [corrected(h) for h in window]
    if not any(flags):
        return ranked
    return ([h for h, f in zip(window, flags, strict=True) if not f]
            + [h for h, f in zip(window, flags, strict=True) if f] + ranked[top:])
