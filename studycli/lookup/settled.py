"""The value a note settles on, after the values it weighed.

"NOTE: it first told me deep archive standard = 24h, asked again, it said 12 hours this time.
going with 12h ✔", "docs say REST API can now go past 29s. for exam still 29 sec", "limit is
15 replicas (docs). my course still says 5 though. going with 5 for now", "it can be 0 sec now.
i keep 60 sec as exam answer": a student who checked an answer (an AI chat's, a course's, the
docs') writes down the values they weighed and then the one they settled on. The parser reads
every value of such a line as a fact, so "24 h" answered the deep archive's retrieval time and
"15 replicas" the read replicas the student chose 5 for.

A line settles when it says so ("going with", "sticking with", "I keep", "keeping 100", "for
(the) exam still", "the real limit is", "actually"); the values it settles on are those of the
clause after those words, and the values it set aside are the ones before them of the same
measure (another number of the same unit, or of none) that it does not settle on. A hit whose
every number the note set aside so (on the settling line, or on a line of the same service a
little above it: the answer the remark is about) comes after the other hits of the first few,
as a value another line corrects does (lookup/corrections.py). Values after the settled clause
("customer managed rotation period is configurable 90-2560 days now") are not set aside.
"""

from __future__ import annotations

import re

from studycli.kinds import Kind
from studycli.lazy_regex import lazy_compile
from studycli.note_numbers import numbers_with_units

# what says the value after it is the one the note keeps
_SETTLES = lazy_compile(
    r"\b(?:(?:i(?:['’]ll|\s+will)?\s+)?(?:go|going|went|stick|sticking)\s+with"
    r"|i\s+(?:keep|kept)|keep(?:ing)?(?=\s+[~≈]?\d[^.;:()]{0,20}?\bfor\s+(?:the\s+)?exams?\b)"
    r"|keeping(?=\s+[~≈]?\d[\d,.]*\s*\w{0,8}\s*(?:[.;:()!?]|$))"
    r"|for\s+(?:the\s+)?exams?\s+(?:still|use|it['’]?s)"
    r"|real\s+(?:[a-z]+\s+){0,2}(?:is|=)|actually(?=\s+\d))\b", re.IGNORECASE)
# the words looked for in a line before it is read (lower case, anywhere in the line)
_MARKERS = ("going with", "go with", "went with", "sticking with", "stick with", "i keep",
            "i kept", "keeping", "keep ", "exam still", "real ", "actually")
# (a bare "keep" is the retention verb, "1 minute datapoint keep 15 day": only "keep 25 for
# exam", or "keeping 100" closing a clause, settles)
# the value settled on comes right after those words ("going with 12h", "i keep 60 sec as
# exam answer"), not a few words on ("I keep forgetting the 15 min")
_VALUE_NEXT = re.compile(r"\s*[~≈]?\d")
_WRITTEN = re.compile(r"\d[\d,.]*")
# the settled clause ends at a sentence's or an aside's end
_CLAUSE_END = re.compile(r"[.;!?()\[\]](?:\s|$)|[()\[\]]")
# how far above a settling line the answer it remarks on may be
NEAR = 20


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(a))


def _unit_agrees(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b or {a, b} == {"count", None}


def _as_written(written: str) -> float | None:
    raw = _WRITTEN.match(written)
    text = raw.group().rstrip(".,").replace(",", "") if raw else ""
    try:
        return float(text) if text else None
    except ValueError:
        return None


def set_aside(line: str) -> list[tuple[float, str | None]]:
    """The values a settling `line` weighed and did not settle on ([] for any other line)."""
    return weighed(line)[1]


def weighed(line: str) -> tuple[list[tuple[float, str | None]], list[tuple[float, str | None]]]:
    """(the values a settling `line` settles on, those it weighed and set aside); ([], [])
    for any other line."""
    m = _SETTLES.search(line)
    if m is None or not _VALUE_NEXT.match(line, m.end()):
        return [], []
    end = _CLAUSE_END.search(line, m.end())
    settled = [(n, u) for n, u, _ in numbers_with_units(line[m.end():end.start() if end
                                                              else len(line)])]
    before = numbers_with_units(line[:m.start()])
    # "going with 100" after "then 100 Gbps" settles on the 100 Gbps: a bare number is the
    # one weighed as written, in its unit
    settled += [(n, u) for n, u, written in before
                if any(su is None and _same(_as_written(written) or -1.0, s)
                       for s, su in settled)]
    units = {_plain(u) for _, u in settled}
    return settled, [(n, u) for n, u, _ in before
                     if _plain(u) in units and not any(_same(n, s) for s, _ in settled)]


def _plain(unit: str | None) -> str | None:
    return None if unit == "count" else unit


def _numbers(hit: dict) -> list[tuple[float, str | None]]:
    if hit["kind"] == Kind.FACT:
        return [(n, u) for n, u, _ in numbers_with_units(hit["value"] or "")]
    number = hit["number"] if hit["number"] is not None else hit["low"]
    return [] if number is None else [(number, hit["unit"])]


def _settling_lines(conn, hits: list[dict]) -> dict[tuple[str, int], tuple[str, list, list]]:
    """(source, line) -> (its service, values settled on, values set aside) for the settling
    lines of the notes of `hits`."""
    from studycli.store.lookup_lines import numbered_facts_saying

    sources = [h["source"] for h in hits if h.get("source") and _numbers(h)]
    out: dict[tuple[str, int], tuple[str, list, list]] = {}
    for f in numbered_facts_saying(conn, sources, _MARKERS) if sources else []:
        place = (f["source"], f["line"])
        if place not in out:
            settled, aside = weighed(f["snippet"] or "")
            if aside:
                out[place] = (f["service"], settled, aside)
    return out


def _of(values: list, n: float, u: str | None) -> bool:
    return any(_same(n, v) and _unit_agrees(u, vu) for v, vu in values)


def _set_aside_by(h: dict, settling: dict) -> tuple[str, int] | None:
    """The settling line that set aside every number of hit `h`, if one did: `h`'s own line,
    or one of its service a little below it (the remark after the answer it weighs)."""
    numbers = _numbers(h)
    if not numbers:
        return None
    for (source, line), (service, _, aside) in settling.items():
        if source == h["source"] and (line == h["line"] or (
                service == h["service"] and line - NEAR <= h["line"] < line)) \
                and all(_of(aside, n, u) for n, u in numbers):
            return source, line
    return None


def settled_answers(conn, answers: list[dict]) -> list[dict]:
    """`answers` with each one a settling line of its note set aside (the module docstring)
    after the others; one read off the settling line itself is given as the value that line
    settles on where the parser read that value from it too ("24 h" of "... it first told me
    24h ... going with 12h" is that line's "12 h")."""
    settling = _settling_lines(conn, answers)
    if not settling:
        return answers
    from studycli.store.lookup_lines import facts_on_lines

    kept, aside = [], []
    for h in answers:
        place = _set_aside_by(h, settling)
        if place is None:
            kept.append(h)
            continue
        settled = settling[place][1]
        same_line = place == (h["source"], h["line"])
        instead = [f for f in (facts_on_lines(conn, [place]) if same_line else [])
                   if f["kind"] == h["kind"] and f["number"] is not None
                   and _of(settled, f["number"], f["unit"])]
        if instead:
            kept.append({**h, **instead[0]})
        else:
            aside.append(h)
    return kept + aside
