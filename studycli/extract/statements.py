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
from studycli.services import find_services

_WORD = re.compile(r"[A-Za-z]{2,}")
_URL_ONLY = re.compile(r"^\W*(?:https?://|www\.)\S+\W*$")
_SPACES = re.compile(r"\s+")
# "Okay so moving on to Step Functions. ...", "Last thing on this, sorry, the max ...": words a
# spoken sentence opens with, which name no topic (data/cues.json "spoken_fillers")
_FILLERS = re.compile(rf"^(?:[\W_]*(?:{alternation('spoken_fillers')})\b(?![-']))+",
                      re.IGNORECASE)  # (not "Well-Architected")


def _three_words(text: str) -> bool:
    """`len(_WORD.findall(text)) >= 3`, reading no further than the third word (a pasted
    paragraph holds hundreds)."""
    found = _WORD.finditer(text)
    return next(found, None) is not None and next(found, None) is not None \
        and next(found, None) is not None


def _first_words(text: str, n: int = 4) -> list[str]:
    """`_WORD.findall(text)[:n]`."""
    return [m.group(0) for m in islice(_WORD.finditer(text), n)]


def _names_service(text: str) -> bool:
    """Whether `text` names a service (a topic left empty once its names are blanked is then
    a service's own heading or item)."""
    return bool(find_services(text))


# A practice card's marks: "Q: Default KDS retention?" asks, "A: 24 hrs" answers
_CARD_QUESTION = re.compile(r"^\W*(?:Q|Question)\s*\d*\s*[:.)-]\s*(?=\S)", re.IGNORECASE)
_CARD_ANSWER = re.compile(r"^\W*(?:A|Ans|Answer)\s*[:.)-]\s*(?=\S)", re.IGNORECASE)
_ASKED_END = re.compile(r"[\s?*_`]+$")


def _card_answer(text: str, ctx: Context) -> list[str] | None:
    """(topic, value) of a card's answer line under its question, else None: the question
    names the measure, the answer gives the value ("Q: Which service for exactly-once
    processing + ordering?" / "A: SQS FIFO" is "which service for exactly-once processing +
    ordering": "A: SQS FIFO"). A two-word answer is a whole fact here, and the question's card
    mark and "?" are no words of its topic (the fact was named "q: default retention?")."""
    answer = _CARD_ANSWER.match(text)
    question = next((a for a in reversed(ctx.ancestors) if _CARD_QUESTION.match(a)), None)
    if answer is None or question is None:
        return None
    # (the marks go after clean_topic, which reads them to keep the services a question asks
    # about: "Q: when does CodeDeploy shift traffic for ECS?")
    asked = _ASKED_END.sub("", _CARD_QUESTION.sub("", clean_topic(question, ctx.service),
                                                  count=1)).strip(" :-")
    value = _SPACES.sub(" ", text).strip()
    return [asked, value] if asked and text[answer.end():].strip() else None


def statement_fact(text: str, ctx: Context, make) -> list[Fact]:
    # Kept even when no service is known: a lookup can still find the student's own words.
    card = _card_answer(text, ctx)
    if card is not None:
        return [make(service=ctx.service, subject=ctx.subject, attribute=card[0].lower()[:80],
                     kind=Kind.FACT, qualifier="", value=card[1])]
    if not _three_words(text) or _URL_ONLY.match(text):
        return []
    topic = ""
    for ancestor in ctx.ancestors:
        topic = clean_topic(ancestor, ctx.service)  # a card's question keeps what it asks of
        if topic or _names_service(ancestor):
            # A service's own heading ("## DynamoDB") says no topic, and what encloses it is
            # wider than the service (whichever service the line is filed under): the note's
            # title ("# my saa notes - serverless limits (from udemy...)") was every line's
            # attribute, a category's ("# Databases") too.
            break
    if not topic:
        # (the first four words only: a pasted paragraph holds hundreds)
        words = _first_words(_FILLERS.sub("", text, count=1)) or _first_words(text)
        topic = " ".join(words)
    value = _SPACES.sub(" ", text).strip()
    return [make(service=ctx.service, subject=ctx.subject, attribute=topic.lower()[:80],
                 kind=Kind.FACT, qualifier="", value=value)]
