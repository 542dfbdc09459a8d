"""A maximum asked is the largest of the figures the notes give for one measure.

"nat gateway max bandwidth" on notes that give the NAT gateway's throughput twice ("5 Gbps,
scales to 45 Gbps": two limits of one measure, both answering alike) was answered by the
figure read first, 5 Gbps. Among the answers that answer as well as the first, taken from
its note line, of its service, subject and measure, in its unit, the maximum typed is the
largest of those the line writes as a maximum ("up to", "max"): a figure the line only
mentions keeps its place ("a job that takes 20 minutes, Lambda is out" is no maximum of the
line that says "the max timeout is 15 minutes"), and so do other lines' figures and other
measures: a scope or a case
("item size (per call)", "package size (zipped)") is another measure unless the query typed
it, as a gloss ("throughput (bandwidth)" for "bandwidth"). Defaults, statements and answers
that answer less well keep their order too. A maximum typed
only: "limit" asks what the limit is, not the larger of two ("lambda zip upload limit": 50
MB zipped, not 250 MB unzipped), and a minimum is too often the measure's own name
("glacier deep archive minimum storage duration") to be read as the smaller figure asked.
"""

from __future__ import annotations

import re
from functools import lru_cache

from studycli.kinds import Kind
from studycli.lookup.aside import in_aside
from studycli.lookup.text import numbers_with_units

_MAX_WORDS = frozenset({"max", "maximum", "largest", "biggest", "highest", "longest"})
SAME_ANSWER = 1e-6  # answer scores this close answer alike
_WORD = re.compile(r"[a-z0-9]+")
# (letters around, not \b: "自动扩展到 max 45 Gbps" writes the cue against a CJK word)
_MAX_CUE = re.compile(r"(?<![a-z])(?:max(?:imum)?|up\s*to|at\s+most)(?![a-z])|≤|<=?",
                      re.IGNORECASE)
BOUND_SPAN = 24  # characters after the cue that hold its number ("up to 45 Gbps")


def bound_first(answers: list[dict], ranked: list[dict], q, threshold: float,
                limit: int) -> list[dict]:
    """`answers` with the figure a "max" asks first: the largest of the answering hits of
    `ranked` that measure what the first answer measures; and, max asked or not, the line's
    own figure before one of its asides about another mechanism (lookup/aside.py)."""
    if not answers or not _figure(answers[0]) or answers[0].get("answer", 0.0) < threshold:
        return answers
    typed = set(q.tokens)
    # asked a maximum or not, an aside's figure is not the line's own ("sqs message size")
    answers = _main_figure_first(answers, ranked, typed, limit)
    if q.qualifier != "max" or not _MAX_WORDS.intersection(q.tokens):
        return answers
    first = answers[0]
    first_names = _names_typed(first, typed)
    peers = [h for h in ranked if _figure(h) and _place(h) == _place(first)
             and _measure(h, typed) == _measure(first, typed)
             and abs(h.get("answer", 0.0) - first["answer"]) <= SAME_ANSWER
             and first_names <= _names_typed(h, typed)]
    # "256KB (ext client lib + S3 up to 2GB)": the aside's "up to" bounds another mechanism
    bounded = [h for h in peers if _bounded_by_max(h) and not in_aside(h, typed)]
    pick = max(bounded, key=lambda h: h["number"], default=first)
    if pick is first or pick["number"] == first["number"]:
        return answers
    return [pick, *(h for h in answers if h is not pick)][:max(1, limit)]


def _main_figure_first(answers: list[dict], ranked: list[dict], typed: set[str],
                       limit: int) -> list[dict]:
    """`answers` with the line's own figure first where the first is a figure of an aside
    about another mechanism ("msg size 256KB (ext client lib + S3 up to 2GB)": 256 KB, not
    2 GB): the figure of the same line, service, subject, measure and unit, answering alike,
    written outside the aside."""
    first = answers[0]
    if not in_aside(first, typed):
        return answers
    key = _own_measure(first, typed)
    main = next((h for h in ranked if h is not first and _figure(h)
                 and _place(h) == _place(first) and _own_measure(h, typed) == key
                 and abs(h.get("answer", 0.0) - first["answer"]) <= SAME_ANSWER
                 and not in_aside(h, typed)), None)
    if main is None:
        return answers
    return [main, *(h for h in answers if h is not main)][:max(1, limit)]


def _own_measure(h: dict, typed: set[str]) -> tuple[str, str, str, str]:
    """`_measure`, where a gloss that only abbreviates the measure's name is its name too
    ("message size (msg size)" is the message size)."""
    service, subject, attribute, unit = _measure(h, typed)
    name, _, gloss = attribute.partition(" (")
    if gloss and all(any(_abbreviates(w, n) for n in _WORD.findall(name))
                     for w in _WORD.findall(gloss)):
        attribute = name.strip()
    return service, subject, attribute, unit


def _abbreviates(short: str, word: str) -> bool:
    """"msg" of "message", "size" of "size": the same first letter, the rest in order."""
    if short == word:
        return True
    if len(short) < 2 or short[0] != word[0]:
        return False
    rest = iter(word[1:])
    return all(c in rest for c in short[1:])


def _figure(h: dict) -> bool:
    """A limit stated as one number (no default, range or statement)."""
    return h.get("kind") == Kind.LIMIT and h.get("number") is not None


def _bounded_by_max(h: dict) -> bool:
    """Whether the note line writes the hit's number as a maximum ("scales up to 45 Gbps",
    "max 45 Gbps"): a number the line only mentions ("a job that takes 20 minutes, Lambda is
    out") bounds nothing."""
    snippet = h.get("snippet") or ""
    if not snippet.isascii():  # "自动扩展到最大 45 Gbps": the note's language read in English
        from studycli.notes.gloss import gloss_query

        snippet = gloss_query(snippet)
    own = {(v, u) for v, u, _ in numbers_with_units(h.get("value") or "") if u}
    return any((v, u) in own for m in _MAX_CUE.finditer(snippet)
               for v, u, _ in numbers_with_units(snippet[m.end():m.end() + BOUND_SPAN]))


def _names_typed(h: dict, typed: set[str]) -> set[str]:
    """The words typed that the hit's subject and measure name, its gloss included, less
    the words that name a dimension ("bandwidth", "storage", "size"): a figure of "storage
    size" names fewer of "rds magnetic max storage" than one of "storage size (magnetic)",
    so it is another case's figure (the 64 TiB of "max storage 64 TiB (magnetic 3 TiB)"), not
    a larger one of the case typed; a gloss that only names the
    measure again ("throughput (bandwidth)") names no case."""
    named = f"{h.get('subject') or ''} {h.get('attribute') or ''}".lower()
    return set(_WORD.findall(named)) & typed - _dimension_words()


@lru_cache(maxsize=1)
def _dimension_words() -> frozenset[str]:
    """The one-word cues of a unit dimension in the lookup's lexicon ("bandwidth": B/s)."""
    from studycli.lookup.lexicon import lexicon

    return frozenset(cue[0] for cue in lexicon().dimensions if len(cue) == 1)


def _place(h: dict) -> tuple:
    return h.get("source"), h.get("line")


def _measure(h: dict, typed: set[str]) -> tuple[str, str, str, str]:
    """Service, subject, measure, unit; a gloss in parentheses of words typed is the
    measure's other name ("throughput (bandwidth)" for "bandwidth"), not a case of it."""
    attribute = (h.get("attribute") or "").lower()
    name, _, gloss = attribute.partition(" (")
    if gloss and set(_WORD.findall(gloss)) <= typed:
        attribute = name.strip()
    return ((h.get("service") or "").lower(), (h.get("subject") or "").lower(), attribute,
            h.get("unit") or "")
