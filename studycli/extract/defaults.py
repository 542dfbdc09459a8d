"""Defaults without numbers: "Edge-Optimized (default)", "Short polling is the default"."""

from __future__ import annotations

import re

from studycli.extract.attributes import name_topic
from studycli.extract.context import Context, clean_topic
from studycli.extract.cues import alternation
from studycli.model import Fact, Kind
from studycli.services import find_subjects
from studycli.study_schedule import without_schedule

_NAME = r"[\w@$./&+'-]+(?:[ ][\w@$./&+'-]+){0,4}"
_PATTERNS = (
    # "AllAtOnce, HalfAtATime, OneAtATime (default OneAtATime)": the bracket names it
    re.compile(r"\(\s*default\s+(?:is\s+)?(?P<x>[\w$@./-]+(?:[ ][\w$@./-]+){0,2})\s*\)",
               re.IGNORECASE),
    # "Edge-Optimized (default)", "Standard Workflow(Default - max 1 year)"; not
    # "IntervalSeconds (default 1)", where the number is the default of the thing named
    re.compile(rf"(?P<x>{_NAME})\s*\(\s*default\b(?!\s*(?:[:=]|is)?\s*\d)"
               r"(?=\s*(?:\)|[,;:=–-]))", re.IGNORECASE),
    # "This is default (RequestResponse)"; not "not replicated by default (optional setting)",
    # a remark on the sentence before the bracket
    re.compile(r"(?<!\bby )\bdefault\s*\(\s*(?P<x>[^()]{1,40})\)", re.IGNORECASE),
    # "Short polling is the default"
    re.compile(rf"(?P<x>{_NAME})\s+is\s+(?:the\s+)?default\b", re.IGNORECASE),
    # "default is $LATEST", "default: LOG_ERROR", "by default, LOG_ERROR"; not "off by
    # default, extra cost" (the default is "off", what follows is another clause) nor "on by
    # default for the ALB" (the sentence goes on)
    re.compile(r"(?:\b(?:default\s+is|default:)|(?<!\bon )(?<!\boff )\bby default,)"
               r"\s+(?P<x>[\w$@./-]+(?:[ ][\w$@./-]+){0,3})", re.IGNORECASE),
)
_NOT_A_NAME = re.compile(rf"^(?:{alternation('default_non_names')})\b", re.IGNORECASE)
# a clause, not a name: "you need the", "since it is a", "everything is implicitly denied"
_CLAUSE_WORDS = re.compile(r"\b(?:you|we|they|is|are|was|were|it|its|it's)\b", re.IGNORECASE)
_NOT_A_NAME_END = re.compile(rf"\b(?:{alternation('default_non_names')})$", re.IGNORECASE)
_NUMBER = re.compile(r"\d")


# "root volume true by default, extra volumes false": the default is the state before
_STATE_BEFORE = re.compile(r"\b(?:true|false|yes|no|enabled|disabled|allowed|denied|"
                           r"encrypted|public|private)[*_`]*\s+by default,", re.IGNORECASE)


# A part of every match of some pattern of _PATTERNS, in their order: "(default" (the first
# two), "default (" (the third), "is (the) default" (the fourth), "default is", "default:" or
# "by default," (the fifth). A line with "default" in none of these ways (most: "default
# timeout 3 s") is spared the five searches, the second of which tries a name at every word.
_SOME_PATTERN_PART = re.compile(r"\(\s*default|default\s*\(|\bis\s+(?:the\s+)?default\b|"
                                r"\bdefault\s+is|\bdefault:|\bby default,", re.IGNORECASE)


def _candidate(line: str) -> str | None:
    if _SOME_PATTERN_PART.search(line) is None:
        return None
    return _read_candidate(line)


def _read_candidate(line: str) -> str | None:
    """_candidate without its gate (tests compare the two)."""
    for pattern in _PATTERNS:
        m = pattern.search(line)
        if not m or _STATE_BEFORE.search(line, 0, m.start("x")):
            continue
        raw = m.group("x").strip(" :-–,")
        if without_schedule(raw) != raw:
            continue  # "default: week 3 topic": the student's plan, no value of the setting
        x = clean_topic(raw)
        x = re.sub(r"^(?:this|it)\s+is\s+", "", x, flags=re.IGNORECASE)
        if (x and not _NOT_A_NAME.match(x) and not _NUMBER.search(x) and len(x.split()) <= 4
                and not _CLAUSE_WORDS.search(x) and not _NOT_A_NAME_END.search(x)):
            return x
    return None


_QUESTION_MARK = re.compile(r"^\W*(?:q|question)\s*\d*\s*[:.)-]\s*", re.IGNORECASE)
_VS = re.compile(r"\bvs\.?(?:\s|$)|\bversus\b", re.IGNORECASE)
_LONGEST_ATTRIBUTE = 5  # words
# a flashcard's or an outline's mark before the label: "A: ...", "o performance modes: ..."
_LINE_MARK = re.compile(r"^\W*(?:(?:q|a|ans|answer|question)\s*\d*\s*[:.)-]|o\s|[▪•·])\s*",
                        re.IGNORECASE)
_LABEL_END = re.compile(r"\s*(?:\bdefaults?\b|\bdef\b)?\s*(?::|=)\s*")


def _label(line: str, name: str) -> str:
    """"EFS performance modes: General Purpose (default, ...)", "termination policy default:
    AZ with most instances": the label before the colon names the setting."""
    line = _LINE_MARK.sub("", line)
    at = line.find(name)
    cut = _LABEL_END.search(line, 0, at if at > 0 else len(line))
    if cut is None or cut.start() == 0:
        return ""
    return clean_topic(line[:cut.start()]).lower()


def default_facts(line: str, ctx: Context, make, has_quantity_default: bool) -> list[Fact]:
    if has_quantity_default or not ctx.service or "default" not in line.lower():
        return []
    name = _candidate(line)
    if name is None:
        return []  # no short named value: the line stays a plain statement
    topic = name_topic(*(t for t in ([name] if name else []) + [line, *ctx.ancestors]))
    attribute = topic or _label(line, name) or (
        clean_topic(_QUESTION_MARK.sub("", ctx.ancestors[0])).lower() if ctx.ancestors else "")
    if not attribute or len(attribute.split()) > _LONGEST_ATTRIBUTE or _VS.search(attribute):
        # a note's title or a comparison's heading ("EBS vs EFS vs FSx") says nothing of
        # which setting the value is the default of: no card
        return []
    subject = ctx.subject
    if name and find_subjects(name, ctx.service):
        subject = ""  # "Standard Workflow (default)": the default *is* a subject of the service
    value = name
    return [make(service=ctx.service, subject=subject, attribute=attribute, kind=Kind.DEFAULT,
                 qualifier="default", value=value)]
