"""Defaults without numbers: "Edge-Optimized (default)", "Short polling is the default"."""

from __future__ import annotations

import re

from studycli.extract.attributes import name_topic
from studycli.extract.context import Context, clean_topic
from studycli.extract.cues import alternation
from studycli.model import Fact, Kind
from studycli.services import find_subjects

_NAME = r"[\w@$./&+'-]+(?:[ ][\w@$./&+'-]+){0,4}"
_PATTERNS = (
    # "Edge-Optimized (default)", "Standard Workflow(Default - max 1 year)"; not
    # "IntervalSeconds (default 1)", where the number is the default of the thing named
    re.compile(rf"(?P<x>{_NAME})\s*\(\s*default\b(?!\s*(?:[:=]|is)?\s*\d)", re.IGNORECASE),
    # "This is default (RequestResponse)"; not "not replicated by default (optional setting)",
    # a remark on the sentence before the bracket
    re.compile(r"(?<!\bby )\bdefault\s*\(\s*(?P<x>[^()]{1,40})\)", re.IGNORECASE),
    # "Short polling is the default"
    re.compile(rf"(?P<x>{_NAME})\s+is\s+(?:the\s+)?default\b", re.IGNORECASE),
    # "default is $LATEST", "default: LOG_ERROR", "by default, LOG_ERROR"; not "off by
    # default, extra cost" (the default is "off", what follows is another clause) nor "on by
    # default for the ALB" (the sentence goes on)
    re.compile(r"(?:\b(?:default\s+is|default:)|(?<!\bon )(?<!\boff )\bby default,)"
               r"\s+(?P<x>[\w$@.-]+(?:[ ][\w$@.-]+){0,3})", re.IGNORECASE),
)
_NOT_A_NAME = re.compile(rf"^(?:{alternation('default_non_names')})\b", re.IGNORECASE)
# a clause, not a name: "you need the", "since it is a", "everything is implicitly denied"
_CLAUSE_WORDS = re.compile(r"\b(?:you|we|they|is|are|was|were|it|its|it's)\b", re.IGNORECASE)
_NOT_A_NAME_END = re.compile(rf"\b(?:{alternation('default_non_names')})$", re.IGNORECASE)
_NUMBER = re.compile(r"\d")


def _candidate(line: str) -> str | None:
    for pattern in _PATTERNS:
        m = pattern.search(line)
        if not m:
            continue
        x = clean_topic(m.group("x").strip(" :-–,"))
        x = re.sub(r"^(?:this|it)\s+is\s+", "", x, flags=re.IGNORECASE)
        if (x and not _NOT_A_NAME.match(x) and not _NUMBER.search(x) and len(x.split()) <= 4
                and not _CLAUSE_WORDS.search(x) and not _NOT_A_NAME_END.search(x)):
            return x
    return None


def default_facts(line: str, ctx: Context, make, has_quantity_default: bool) -> list[Fact]:
    if has_quantity_default or not ctx.service or "default" not in line.lower():
        return []
    name = _candidate(line)
    if name is None:
        return []  # no short named value: the line stays a plain statement
    topic = name_topic(*(t for t in ([name] if name else []) + [line, *ctx.ancestors]))
    attribute = topic or clean_topic(ctx.ancestors[0]).lower() if ctx.ancestors else (topic or "")
    if not attribute:
        return []
    subject = ctx.subject
    if name and find_subjects(name, ctx.service):
        subject = ""  # "Standard Workflow (default)": the default *is* a subject of the service
    value = name
    return [make(service=ctx.service, subject=subject, attribute=attribute, kind=Kind.DEFAULT,
                 qualifier="default", value=value)]
