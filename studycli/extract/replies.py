"""A reply that corrects an earlier text takes its figure back.

Students text facts to themselves or a study buddy and correct them in the next message:
"retention dflt 4d, min 1min, mx 7d" then "no its 14d not 7. mx 14d". Read line by line, the
note said both: a maximum retention of 7 days (the taken-back figure, as plain as any, and the
end of a 1 min – 7 days range) and a 14-day "duration" of nothing in particular, since the
reply names no measure.

Here a line saying "NEW not OLD" ("14d not 7", "2 right not 3", "14 days not 7 days") takes
back each quantity of the few lines before it, of the reply's service (and subject, where
the reply names one), whose figure is OLD in the reply's unit (or OLD's own, when it writes
the same one), and of the reply's qualifier where it names one ("and the default is 4 days
not 14" answers of the default, and takes back no maximum of 14 days): those facts go, and
the reply's NEW figure is filed as what each of them measured (the maximum retention period,
14 days); a range is taken back by either end, whatever qualifier the reply names. A line
whose figure has a measure of its own ("receive message wait time 20 s not 30 s", "max build
timeout 8 hours, not 2 hours") takes back only a figure of that same measure (the key
lookup/corrections requires of a correction: service, subject, measure, qualifier), never
another measure's (the 30 s default visibility timeout just above). Nothing is taken back by
a contrast ("not 90 days
(that's Glacier Flexible)", "not 14 days like SQS"), or by "not OLD" of a figure no line
before it gave; two lines that disagree with no such reply are left as written. The qualifier
a reply names is its clause's: "no its 14 days not 7. default is 4" answers of the maximum,
its next sentence's default is none of the 14 days'.

A reply that calls the text before it out of date ("that's old, it's 10 GB now" under "3 GB",
"no, that's wrong: 15 min") names no OLD figure: it takes back, of the nearest line before it
that gives a figure of its service, each one in its own figure's unit (and of its measure,
where it names one), and its figure is filed as what that one measured.
"""

from __future__ import annotations

import re
from dataclasses import replace

from studycli.conflicts import conflict_key
from studycli.model import Fact, Kind

# "14d not 7", "2 right not 3", "14 days, not 7 days": the new figure, a word or two at most,
# "not", the figure taken back
_NOT = re.compile(r"(?<![\w.])(?P<new>\d+(?:\.\d+)?)[ \t]*(?P<new_unit>[A-Za-z]{0,7})[ \t,]+"
                  r"(?:[A-Za-z']+[ \t]+){0,2}?not[ \t]+(?P<old>\d+(?:\.\d+)?)[ \t]*"
                  r"(?P<old_unit>[A-Za-z]{0,7})(?!\w|\.\d)", re.IGNORECASE)
# a reply that calls the text before it out of date: "that's old, it's 10 GB now", "no, that's
# outdated: 15 min" (a verdict, its clause closed; "it's old-gen, max 1 TB" says what a thing is)
_VERDICT = re.compile(r"[ \t>*•-]*(?:(?:no|nope|nah)\b[ \t,.!]*)?(?:that'?s|thats|that[ \t]+is|"
                      r"that[ \t]+was|this[ \t]+is|it'?s)[ \t]+(?:(?:so|way|very|really)[ \t]+)?"
                      r"(?:old|outdated|out[ \t]+of[ \t]+date|wrong|incorrect|obsolete)"
                      r"(?=[ \t]*(?:[,;:!.?\u2013\u2014]|-(?!\w)|$|now\b))", re.IGNORECASE)
_WORD = re.compile(r"[a-z0-9]+")
_LEAD = re.compile(r"\d+(?:\.\d+)?")
# what says the denied figure is another thing's: "not 90 days (that's Glacier)", "not 14
# days like SQS", "not 300 for FIFO"
_CONTRAST = re.compile(r"[ \t]*[(,;:-]?[ \t]*(?:that'?s|thats|that\s+is|like|for|as\s+in|which|"
                       r"in|on|with|w/)\b", re.IGNORECASE)
# the measure of a figure no word names is only its kind ("duration" of "no its 14d not 7")
_NO_MEASURE = frozenset({"", "size", "duration", "bandwidth", "rate", "count", "percent"})
# the qualifier a reply names itself ("and the default is 4 days not 14", "min is 1 day not
# 14"); "min" after a figure is minutes ("15 min not 10")
_QUALIFIER = re.compile(r"(?<!\d)(?<!\d[ \t])\b(max|maximum|min|minimum|default|defaults)\b",
                        re.IGNORECASE)
_QUALIFIER_OF = {"maximum": "max", "minimum": "min", "defaults": "default"}
# where one clause of a reply ends: a sentence's stop (a decimal point is followed by a
# digit, not a space), a semicolon
_STOP = re.compile(r"[.!?]+(?=\s|$)|;")
_LOOK_BACK = 4  # the lines before a reply it may answer (a chat's next message or two)
_TAKEN_BACK = (Kind.LIMIT, Kind.DEFAULT, Kind.RANGE)


def corrected_by_replies(facts: list[Fact], lines: list[str]) -> list[Fact]:
    """`facts` of a note of `lines` less the figures its replies take back, and each reply's
    figure filed as what the one it corrects measured (see the module)."""
    if not any((" not " in line and _NOT.search(line)) or _VERDICT.match(line)
               for line in lines):
        return facts
    by_line: dict[int, list[Fact]] = {}
    for f in facts:
        by_line.setdefault(f.line, []).append(f)
    gone: set[int] = set()
    added: list[Fact] = []
    for at, line in enumerate(lines, 1):
        if " not " in line:
            for m in _NOT.finditer(line):
                if not _CONTRAST.match(line, m.end()):
                    # (not "30 days, not 90 days (that's Glacier)": another thing's, right)
                    added += _taken_back(m, at, line, by_line, gone)
        verdict = _VERDICT.match(line)
        if verdict:
            added += _outdated(at, verdict.group(), by_line, gone)
    if not gone:
        return facts
    kept = [f for f in facts if id(f) not in gone]
    seen = {(f.key, f.value, f.line) for f in kept}
    for f in added:
        if (f.key, f.value, f.line) not in seen:
            seen.add((f.key, f.value, f.line))
            kept.append(f)
    return kept


def _taken_back(m: re.Match[str], at: int, line: str, by_line: dict[int, list[Fact]],
                gone: set[int]) -> list[Fact]:
    """The reply's figures filed as what the ones its "NEW not OLD" (`m`, on line `at`) takes
    back measured; what it takes back and its own figures join `gone`."""
    news = [f for f in by_line.get(at, ()) if _figure(f) == float(m.group("new"))]
    added: list[Fact] = []
    for new in news:
        old = _old_number(new, m)
        if old is None:
            continue
        taken = [f for back in range(max(1, at - _LOOK_BACK), at)
                 for f in by_line.get(back, ()) if id(f) not in gone
                 and f.service == new.service and new.subject in ("", f.subject)
                 and _states(f, old) and _answers_of(new, f)
                 and (f.kind is Kind.RANGE or _same_qualifier(_clause(line, m), f))]
        if taken:
            gone.update(id(f) for f in (*taken, *news))
            added += [replace(new, subject=f.subject, attribute=f.attribute,
                              qualifier=f.qualifier, kind=f.kind)
                      for f in taken if f.kind is not Kind.RANGE]
    return added


def _outdated(at: int, verdict: str, by_line: dict[int, list[Fact]],
              gone: set[int]) -> list[Fact]:
    """The figures of a reply that calls the text before it out of date (line `at`: "that's
    old, it's 10 GB now" under "3 GB") filed as what the ones it takes back measured: each
    figure of the nearest line before it that gives one of the reply's service, in the
    reply's unit, and another number; what it takes back and its own figures join `gone`. The
    verdict's own words ("no, that's outdated: 10 GB") name no measure of the figure's."""
    said = set(_WORD.findall(verdict.lower()))
    added: list[Fact] = []
    for new in by_line.get(at, ()):
        if id(new) in gone or _figure(new) is None:
            continue
        for back in range(at - 1, max(0, at - 1 - _LOOK_BACK), -1):
            given = [f for f in by_line.get(back, ()) if id(f) not in gone
                     and f.kind in _TAKEN_BACK and f.service == new.service]
            if not given:
                continue
            # (the nearest line that gives a figure is the one the reply answers)
            taken = [f for f in given if f.unit == new.unit and new.subject in ("", f.subject)
                     and (_answers_of(new, f) or (not new.subject and set(
                         _WORD.findall(new.attribute.lower())) <= said))
                     and not _states(f, new.number or 0.0)]
            if taken:
                gone.update(id(f) for f in (*taken, new))
                added += [replace(new, subject=f.subject, attribute=f.attribute,
                                  qualifier=f.qualifier, kind=f.kind)
                          for f in taken if f.kind is not Kind.RANGE]
            break
    return added


def _answers_of(new: Fact, f: Fact) -> bool:
    """Whether the reply's figure `new` may answer of `f`: it names no measure of its own ("no
    its 14d not 7": the text before it says what), or `f`'s very key ("retention max 14 days
    not 7"); a figure of another measure ("receive message wait time 20 s not 30 s" under a
    30 s default visibility timeout) contrasts with `f`, and takes back nothing of it."""
    return (new.attribute.lower() in _NO_MEASURE and not new.subject) \
        or conflict_key(new) == conflict_key(f)


def _clause(line: str, m: re.Match[str]) -> str:
    """The clause of `line` that holds the reply `m`: from the sentence stop or semicolon
    before it to the one after it. "no its 14 days not 7. default is 4" answers of the
    maximum the text before it gave; the default its next sentence names is no qualifier of
    the 14 days."""
    start = max((s.end() for s in _STOP.finditer(line, 0, m.start())), default=0)
    after = _STOP.search(line, m.end())
    return line[start:after.start() if after else len(line)]


def _same_qualifier(line: str, f: Fact) -> bool:
    """Whether the reply names no qualifier, or `f`'s: "and the default is 4 days not 14"
    answers of the default, not of the maximum of 14 days a text before it gave, which it
    leaves as written (and "max 14d not 7" answers of the maximum)."""
    named = {_QUALIFIER_OF.get(w.lower(), w.lower()) for w in _QUALIFIER.findall(line)}
    return not named or f.qualifier in named


def _figure(f: Fact) -> float | None:
    """The figure a quantity fact's value opens with, as written ("14" of "14 days")."""
    if f.kind not in _TAKEN_BACK or f.number is None:
        return None
    m = _LEAD.match(f.value.replace(",", ""))
    return float(m.group()) if m else None


def _old_number(new: Fact, m: re.Match[str]) -> float | None:
    """The figure taken back, in `new`'s base unit: OLD in the reply's unit, where OLD writes
    none or the same one ("14d not 7", "14 days not 7 days"); None for another unit."""
    if m.group("old_unit") and m.group("old_unit").lower() != m.group("new_unit").lower():
        return None
    written = float(m.group("new"))
    if not written or new.number is None:
        return None
    return new.number * float(m.group("old")) / written


def _states(f: Fact, number: float) -> bool:
    """Whether `f` states `number` (a range, as either end)."""
    def same(x: float | None) -> bool:
        return x is not None and abs(x - number) <= 1e-9 * max(1.0, abs(number))

    if f.kind is Kind.RANGE:
        return same(f.low) or same(f.high)
    return f.kind in _TAKEN_BACK and same(f.number)


def corrected_in_turns(facts: list[Fact],
                       corrections: list[tuple[int, int, bool, int]]) -> list[Fact]:
    """`facts` of a chat less the figures its speakers' corrections take back: for each
    (line of a reply opening "No —", "Close —", "Actually", the line it corrects, whether that
    was a guess, the corrected speaker's next line: extract/chat_speakers.corrected_turns),
    where the reply gives a figure of its own; where the corrected speaker states the figure
    again, the correction goes instead. A guess ("5 GB?" / "No — 5 TB for an object") goes
    whole; an answer ("30 seconds." /
    "Close — 29 seconds max for REST") loses each figure the reply gives another of in its
    unit and measure (or of no measure of its own), and its plain line with them when it said
    nothing else ("actually v2 can scale to 0 ACU ... max is 256" takes back the 128 ACU
    maximum and 0.5 ACU minimum before it, not the 0.5 ACU increments). Kept, the taken-back figure
    stood beside its correction as plainly (JONAH's "30 seconds" was API Gateway's integration
    timeout, ranked above the 29 s that corrected it)."""
    if not corrections:
        return facts
    by_line: dict[int, list[Fact]] = {}
    for f in facts:
        by_line.setdefault(f.line, []).append(f)
    gone: set[int] = set()
    for at, corrected, guessed, rebutted in corrections:
        news = [f for f in by_line.get(at, ()) if f.kind in _TAKEN_BACK and f.number is not None]
        if not news:
            continue  # ("No, ephemeral." gives no figure to stand in for one)
        olds = by_line.get(corrected, [])
        if any(f.number is not None and any(_same_figure(f, again) for again in
                                            by_line.get(rebutted, ()))
               for f in olds if f.kind in _TAKEN_BACK):
            # the corrected speaker says it again ("BEN: 30 seconds." / "ANA: Actually, I read
            # it's 12 hours." / "BEN: That's the max. Default is 30 seconds."): the correction
            # is taken back, not the answer, and the line that said nothing else with it
            gone.update(id(f) for f in by_line.get(at, ()))
            continue
        if guessed:
            gone.update(id(f) for f in olds)
            continue
        figures = [f for f in olds if f.kind in _TAKEN_BACK]
        taken = [f for f in figures
                 if any(_same_measure(n, f) for n in news)
                 and not any(_states(f, n.number or 0.0) or _states(n, f.number or 0.0)
                             for n in news if _same_measure(n, f))]
        gone.update(id(f) for f in taken)
        if taken and len(taken) == len(figures):
            gone.update(id(f) for f in olds if f.kind is Kind.FACT)
    return [f for f in facts if id(f) not in gone] if gone else facts


def _same_measure(new: Fact, old: Fact) -> bool:
    """Whether a correction's figure `new` answers of what `old` measured: its service, unit and
    bound (a maximum corrects no default: "default 4 days, max 7 days" / "Nope, max 14 days"),
    and its measure or none of its own."""
    return new.service == old.service and new.unit == old.unit \
        and conflict_key(new)[3] == conflict_key(old)[3] and (
            new.attribute == old.attribute or new.attribute.lower() in _NO_MEASURE)


def _same_figure(old: Fact, again: Fact) -> bool:
    """Whether `again` states the figure of `old` once more: its number in its unit."""
    return again.kind in _TAKEN_BACK and again.unit == old.unit \
        and _states(again, old.number or 0.0)
