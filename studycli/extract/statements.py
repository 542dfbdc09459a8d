"""Every other line worth knowing, kept as a plain statement (kind "fact").

Lookups like "sqs message persistence" or "cognito identity pool purpose" are answered by the
note's own sentence; a statement's attribute is the topic it sits under.
"""

from __future__ import annotations

import re
from itertools import islice

from studycli.extract.context import Context, clean_topic
from studycli.extract.cues import alternation
from studycli.model import Fact, Kind
from studycli.notes.any_script import latin_words, other_script
from studycli.services import blank_services, find_services
from studycli.study_schedule import opens_with_schedule, without_schedule

_WORD = re.compile(r"[A-Za-z]{2,}\d*")  # "gp3", "io2" whole: not "gp", "io"
# A word of any script: "ALB 503 → 등록된 target 없음" says enough to keep (counted in
# Latin letters only, its two words dropped the line, as every short line of a note in
# Korean, Japanese, Russian or Arabic); topics are still made of Latin words (_first_words)
_ANY_WORD = re.compile(r"[^\W\d_]{2,}")
_EDGES = re.compile(r"^[\W_]+|[\W_]+$")
_URL_ONLY = re.compile(r"^\W*(?:https?://|www\.)\S+\W*$")
_SPACES = re.compile(r"\s+")
# "Okay so moving on to Step Functions. ...", "Last thing on this, sorry, the max ...": words a
# spoken sentence opens with, which name no topic (data/cues.json "spoken_fillers")
_FILLERS = re.compile(rf"^(?:[\W_]*(?:{alternation('spoken_fillers')})\b(?![-']))+",
                      re.IGNORECASE)  # (not "Well-Architected")


def _three_words(text: str) -> bool:
    """`len(_ANY_WORD.findall(text)) >= 3`, reading no further than the third word (a
    pasted paragraph holds hundreds)."""
    found = _ANY_WORD.finditer(text)
    return next(found, None) is not None and next(found, None) is not None \
        and next(found, None) is not None


def _first_words(text: str, n: int = 4) -> list[str]:
    """`_WORD.findall(text)[:n]`."""
    return [m.group(0) for m in islice(_WORD.finditer(text), n)]


def _names_service(text: str) -> bool:
    """Whether `text` names a service (a topic left empty once its names are blanked is then
    a service's own heading or item)."""
    return bool(find_services(text))


def _students_log(text: str, unscheduled: str) -> bool:
    """Whether a line, its schedule blanked, says only what the student did: no figure left
    and under three words but the services it names (a planner's slot, "21:00-21:50 Kinesis
    Data Streams [2 pomodoros]", "18:30-19:45 Firehose + others"), or under six where the
    schedule opens it (a diary's "time 3h. mood: solid day", "10:00-12:00 weak spots: VPC
    again (2 h)"). Kept as statements, they answered "kinesis streams vs firehose latency"
    with the hour the student read of them, "sqs long polling default wait time" with "time
    3h" of the diary's SQS day."""
    if any(ch.isdigit() for ch in unscheduled):
        return False
    words = len(_ANY_WORD.findall(blank_services(unscheduled, " ")))
    return words < 3 or (words < SCHEDULE_LOG_WORDS and opens_with_schedule(text, unscheduled))


SCHEDULE_LOG_WORDS = 6  # words a diary's line, opening with its schedule, says of the day


def statement_fact(text: str, ctx: Context, make) -> list[Fact]:
    # Kept even when no service is known: a lookup can still find the student's own words.
    if not _three_words(text) or _URL_ONLY.match(text):
        return []
    unscheduled = without_schedule(text)
    if unscheduled is not text and _students_log(text, unscheduled):
        return []
    topic = native = ""
    for ancestor in ctx.ancestors:
        topic = clean_topic(ancestor, ctx.service)  # a card's question keeps what it asks of
        if topic and not topic.isascii() and other_script(topic):
            # a heading in the student's own script ("## S3 මූලික", "## 基本") is a topic no
            # query typed in English asks: its English words only, else none (the line's own
            # words as topic would rank its statement above the figures it states)
            # (a Latin run glued to the script is cleaned as a heading is: "S3の基本" is "S3",
            # a service's own name, so no topic)
            native, kept = topic, clean_topic(latin_words(topic), ctx.service)
            topic = _EDGES.sub("", kept) if _ANY_WORD.search(kept) else ""
            if not topic:
                break
        if topic or _names_service(ancestor):
            # A service's own heading ("## DynamoDB") says no topic, and what encloses it is
            # wider than the service (whichever service the line is filed under): the note's
            # title ("# my saa notes - serverless limits (from udemy...)") was every line's
            # attribute, a category's ("# Databases") too.
            break
    if not topic and not native:
        # (the first four words only: a pasted paragraph holds hundreds)
        words = _first_words(_FILLERS.sub("", text, count=1)) or _first_words(text)
        topic = " ".join(words)
    value = _SPACES.sub(" ", text).strip()
    return [make(service=ctx.service, subject=ctx.subject, attribute=topic.lower()[:80],
                 kind=Kind.FACT, qualifier="", value=value)]
