"""Yes/no support facts: "Docker is not supported as a Lambda runtime", "Supports Docker via
Lambda Container Image", "(Not supported on FIFO queues)". Notes that disagree show up as
conflicts."""

from __future__ import annotations

import re

from studycli.extract.context import Context, clean_topic
from studycli.extract.cues import alternation
from studycli.model import Fact, Kind
from studycli.services import find_subjects

_SUPPORTED = r"su?p{1,2}ou?rt(?:ed)?"
_X = r"[A-Za-z][\w@.+/-]*(?:\s+[A-Za-z][\w@.+/-]*){0,2}?"
_NEGATIVE = re.compile(
    rf"(?P<x>{_X})\s+(?:is|are)\s+(?:not|n't)\s+{_SUPPORTED}\b", re.IGNORECASE)
_NOT_ON = re.compile(rf"\bnot\s+{_SUPPORTED}\s+(?:on|by|in|for|with)\s+(?P<where>[\w .-]{{2,30}})",
                     re.IGNORECASE)
_POSITIVE = re.compile(
    r"\b[Ss]upports?\s+(?:\*\*)?(?P<x>[A-Z][\w@.+/-]*(?:\s+[A-Z][\w@.+/-]*){0,2})", re.UNICODE)
_STOP_X = re.compile(rf"^(?:{alternation('support_non_things')})$", re.IGNORECASE)


def _tidy(x: str) -> str:
    return re.sub(r"\s+", " ", x).strip(" .,:;-").lower()


def support_facts(text: str, ctx: Context, make) -> list[Fact]:
    if not ctx.service or "upp" not in text.lower() and "upor" not in text.lower():
        return []
    out = []

    def add(thing: str, value: str, subject: str) -> None:
        thing = _tidy(thing)
        if thing and not _STOP_X.match(thing) and len(thing) > 1:
            out.append(make(service=ctx.service, subject=subject, attribute=f"{thing} support",
                            kind=Kind.FACT, qualifier="", value=value))

    negative = _NEGATIVE.search(text)
    if negative:
        add(negative.group("x"), "not supported", ctx.subject)
    elif not_on := _NOT_ON.search(text):
        where = not_on.group("where")
        subs = find_subjects(where, ctx.service)
        topic = clean_topic(ctx.ancestors[0]) if ctx.ancestors and text.lower().startswith("not") \
            else " ".join(text.split()[:2])
        add(topic, "not supported", subs[0].name if subs else ctx.subject)
    else:
        positive = _POSITIVE.search(text)
        if positive:
            add(positive.group("x"), "supported", ctx.subject)
    return out
