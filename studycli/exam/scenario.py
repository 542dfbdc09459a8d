"""Scenario-style stems for exam questions, where the fact allows one.

The quiz's stems ask a fact directly ("What is the maximum message size for Amazon SQS?").
An exam puts it in a situation, as AWS exams do, keeping the question's options and answers:
only the stem changes, and a stem that would give its answer away is not used.
"""

from __future__ import annotations

import random
import re

from studycli.model import Fact, Kind
from studycli.questions import Question, format_quantity
from studycli.questions.askable import attribute_base
from studycli.questions.build import meaning_in_notes_words, stated_meaning
from studycli.questions.option_text import clean_meaning
from studycli.questions.stems import (
    NOTES_CAUSE,
    asks_notes_cause,
    attribute_name,
    attribute_phrase,
    condition,
    context,
    context_and_condition,
    for_context,
    invoker_name,
    joined,
    leaks,
)

MODE_PHRASES = {
    "synchronous": "synchronously",
    "asynchronous": "asynchronously",
    "event source mapping": "through an event source mapping",
}

# Lead-ins by unit: a situation in which the quota matters. Not "a burst of traffic": a burst
# is itself a quota in places (gp2 volumes burst to 3,000 IOPS), which makes a sustained
# maximum asked after it a second answer.
_LEAD_INS = {
    "B": "A developer is sizing the data that passes through {ctx}.",
    "B/s": "A team expects the traffic on {ctx} to grow.",
    "per_s": "A team expects the traffic on {ctx} to grow.",
    "s": "A team is tuning timings for a workload on {ctx}.",
    "count": "A team is planning how far a workload on {ctx} can grow.",
}


# "Sizing the data that passes through" fits what passes (a message, a record, a payload),
# not a volume's size or a function's memory: those get a capacity lead-in.
_PAYLOAD = re.compile(r"\b(message|record|item|object|event|payload|request|body|upload|part|"
                      r"batch|file|response)s?\b", re.IGNORECASE)
_CAPACITY = "A team is planning the capacity of a workload on {ctx}."


# "How far a workload can grow" fits a count that limits growth (concurrency, shards,
# connections), not a count of retries or of messages in a batch.
_GROWTH = re.compile(r"concurren|shards?|partitions?|connections?|functions?|queues?|topics?|"
                     r"subscri|instances?|targets?|rules?|accounts?|buckets?|tables?|streams?|"
                     r"consumers?|executions?", re.IGNORECASE)


# Services that run no workload of their own, whose quotas a team does not "tune" or "grow a
# workload on" ("A team is tuning timings for a workload on AWS STS (AssumeRole)" read as
# filler to reviewers): their questions ask plainly.
_NOT_A_WORKLOAD = frozenset({"IAM", "STS", "KMS", "Organizations", "CloudTrail", "Config",
                             "CloudFormation", "Budgets", "Cost Explorer", "Trusted Advisor",
                             "Health Dashboard",
                             "Secrets Manager", "ACM"})  # (names as in data/services.json)


def _lead_in(fact: Fact) -> str | None:
    if fact.service in _NOT_A_WORKLOAD:
        return None
    if fact.unit == "B" and not _PAYLOAD.search(fact.attribute):
        return _CAPACITY
    if fact.unit == "count" and not _GROWTH.search(fact.attribute):
        return None
    return _LEAD_INS[fact.unit]


def _fits_lead_in(fact: Fact) -> bool:
    """A situation of growth, bursts or sizing is about a ceiling: a minimum, a default or a
    bare figure ("minimum number of targets", "delivery latency") reads oddly behind it."""
    return fact.qualifier == "max" or (fact.kind == Kind.RANGE and fact.qualifier in ("", "range"))


def _timeout_for(fact: Fact, pool, meaning: str) -> Fact | None:
    """A timeout limit of the same service, to set an error-code scenario in: its maximum (or
    an unqualified one), never its minimum ("takes more than 50 ms" would teach that API
    Gateway's lowest settable integration timeout makes a 504).

    Only a value the AWS reference vouches for, from a line it finds no stale claim on: the
    stem states it as true, with no explanation beside it to correct it ("takes more than
    29 seconds" from "29 s hard limit, can't be raised" taught the old hard limit). And only
    the timeout the code's meaning names ("integration timeout" for "integration failure or
    integration timeout"), of the API the stem names: a WebSocket API's 10-minute idle timeout
    is no integration's, and an HTTP API's 30 seconds is no other API's."""
    from studycli.questions.currency import line_caveat

    vouched = None if pool.as_written else pool.vouched_ids
    for f in pool.facts:
        if (f.service == fact.service and f.kind == Kind.LIMIT and f.unit == "s"
                and f.qualifier in ("max", "") and f.number is not None
                and "timeout" in f.attribute.lower() and not pool.in_conflict(f)
                and attribute_base(f.attribute).lower() in meaning.lower()
                and f.subject.strip().lower() in ("", fact.subject.strip().lower())):
            note = pool.corrections.get(f.id, (f,))[0]
            if vouched is not None and (note is not f or note.id not in vouched
                                        or line_caveat(pool, f.source, f.line, {f.id})):
                continue
            return f
    return None


def scenario_stem(q: Question, fact: Fact, pool, rng: random.Random) -> str | None:
    """A scenario stem for `q`, or None to keep the direct one."""
    draws, drawn, otherwise = scenario_stems(q, fact, pool)
    return drawn if draws and rng.random() < 0.6 else otherwise


def scenario_stems(q: Question, fact: Fact, pool) -> tuple[bool, str | None, str | None]:
    """scenario_stem's work without its one random draw: (whether it draws, the stem when the
    draw falls under 0.6, the stem otherwise). Pure in the question's stem, answers and type,
    the fact and the pool, so an exam's draws can keep it."""
    # a typical figure is no setting a team tunes or a ceiling it grows into
    if q.qtype in ("choice", "range") and fact.unit in _LEAD_INS and _fits_lead_in(fact) \
            and not _asks_typical(q):
        return True, _scenario_stem(q, fact, pool, True), None
    return False, None, _scenario_stem(q, fact, pool, False)


def _scenario_stem(q: Question, fact: Fact, pool, lead_in: bool) -> str | None:
    ctx = context(fact)
    stem = None
    if q.qtype == "invocation":
        who = invoker_name(fact)
        stem = (f"An application uses {who} to trigger an AWS Lambda function. "
                f"How is the function invoked for its events?")
    elif q.qtype == "meaning_to_code":
        meaning = " ".join(stated_meaning(fact, pool).split()).rstrip(".")
        timeout = _timeout_for(fact, pool, meaning) if "timeout" in meaning.lower() else None
        if timeout is not None and timeout.number is not None:  # _timeout_for: always
            after = format_quantity(timeout.number, timeout.unit)
            stem = (f"An API on {ctx} sends requests to a backend that sometimes takes more than "
                    f"{after} to answer. Which status code do clients receive then?")
        elif meaning_in_notes_words(fact, pool):  # one cause the student wrote, not AWS's
            stem = (f"Clients calling {ctx} get an error back, and {NOTES_CAUSE} "
                    f"\u201c{meaning}\u201d as its cause. Which error code do they receive?")
        else:
            stem = (f"Clients calling {ctx} get an error back whose meaning is "
                    f"\u201c{meaning}\u201d. Which error code do they receive?")
    elif q.qtype == "code_to_meaning":
        ask = ("Which cause do your notes give for it?" if meaning_in_notes_words(fact, pool)
               else "What does it mean?")
        stem = f"A developer finds error {fact.attribute.strip()} from {ctx} in the logs. {ask}"
    elif lead_in:
        lead = (_lead_in(fact) or "").format(ctx=ctx)
        if not lead:
            return None
        ask = (f"What is the {joined(attribute_phrase(fact), condition(fact))}?"
               if q.qtype == "choice"
               else q.stem.replace(f" for {ctx}", ""))
        stem = f"{lead} {ask}"
    if stem is None:
        return None
    rights = [q.options[i] for i in q.answers] + [q.answer_text]
    if any(leaks(stem, r) for r in rights if r):
        return None
    return stem


def explain(q: Question, fact: Fact) -> str:
    """One sentence stating the right answer, for the review and the answer key (and, where the
    note is out of date, what it says and what AWS says now)."""
    text = _explain(q, fact)
    if q.explanation.startswith("Your note ("):  # questions/currency.correction
        text += " " + q.explanation
    return text


def _explain(q: Question, fact: Fact) -> str:
    right = ", ".join(q.options[i] for i in q.answers) if q.options else q.answer_text
    if q.qtype == "invocation":
        mode_name = fact.value.strip().lower()
        if mode_name == "event source mapping":
            return (f"Lambda polls {invoker_name(fact)} through an event source mapping and "
                    f"invokes the function with the records it reads.")
        mode = MODE_PHRASES.get(mode_name, fact.value)
        return f"{invoker_name(fact)} invokes AWS Lambda {mode}."
    if q.qtype in ("code_to_meaning", "meaning_to_code"):
        # The meaning as the question states it (AWS's words where the reference has them),
        # the note's own after it: "error 502 means 'bad proxy response ... or integration
        # failure'" taught the note's wording as AWS's (integration failures are 504s)
        meaning = _asked_meaning(q) or clean_meaning(fact.value)
        said = " ".join(fact.value.split())
        text = (f"In {context(fact)}, {NOTES_CAUSE} \u201c{meaning}\u201d as a cause of "
                f"error {fact.attribute.strip()}." if asks_notes_cause(q.stem)
                else f"In {context(fact)}, error {fact.attribute.strip()} means "
                     f"\u201c{meaning}\u201d.")
        if said.rstrip(".") == meaning:
            return text
        if _words_in_order(meaning, said):  # the note's words with an aside left out
            return text + f" (Your note, {fact.source}:{fact.line}.)"
        # the note's own words, typos and asides, with its line
        return text + f" Your note ({fact.source}:{fact.line}): \u201c{said}\u201d."
    if q.qtype == "range":
        # the stem's name for the measure (AWS's, where the note's is vague: "TTL" for a log
        # group's retention period), not the note's word; a typical figure is said as one
        # (questions/typical.py), never as a range a setting is allowed in
        said = "typical" if _asks_typical(q) else "allowed range of the"
        return (f"The {said} {attribute_name(fact)} for "
                f"{context_and_condition(fact)} is {right}.")
    # The condition the stem states ("when the function is invoked asynchronously") is part
    # of what the explanation teaches: without it the sentence is true in one context only.
    # one pair of brackets: "Amazon SQS (FIFO queue, per API action)", as the stem says it
    phrase = attribute_phrase(fact)
    return f"The {phrase}{for_context(fact, phrase)} is {right}."


def _asks_typical(q: Question) -> bool:
    """The question asks what a figure typically is (stems.typical_stem)."""
    from studycli.questions.stems import asks_typical

    return asks_typical(q.stem)


def _asked_meaning(q: Question) -> str:
    """The meaning a code question states: its right option, or the one its stem quotes."""
    if q.qtype == "code_to_meaning" and q.options and q.answers:
        return q.options[q.answers[0]]
    m = re.search(r"\u201c(.+)\u201d", q.stem) if q.qtype == "meaning_to_code" else None
    return m.group(1).rstrip(".") if m else ""


def _words_in_order(part: str, whole: str) -> bool:
    """Every word of `part` stands in `whole`, in order: quoting `whole` after `part` would say
    the same thing twice (a new user read the 504's meaning twice in one explanation)."""
    words = iter(re.findall(r"\w+", whole.lower()))
    return all(w in words for w in re.findall(r"\w+", part.lower()))
