"""In wrapped prose, a service named as where something is sent ("bigger payloads should go to
S3", "consumers send them on to DynamoDB") is not what the sentence is about: the paragraph's
topic stays, so its numbers are not filed under the destination (a Lambda /tmp size had become
an S3 fact, and with it every sentence after it)."""

from __future__ import annotations

import pytest

from studycli.extract import parse_note
from studycli.model import Kind


def quantity_services(text: str) -> dict[int, set[str]]:
    out: dict[int, set[str]] = {}
    for f in parse_note(text, "notes.md").facts:
        if f.kind is not Kind.FACT:
            out.setdefault(f.line, set()).add(f.service)
    return out


@pytest.mark.parametrize("text, expected", [
    ("## Lambda\n\nA synchronous payload is capped at 6 MB, so bigger payloads should go to S3 or\n"
     "EFS first. Environment variables top out at 4 KB in total.\n",
     {3: {"Lambda"}, 4: {"Lambda"}}),
    ("## Kinesis Data Streams\n\nRecords are kept 24 hours by default and consumers send them "
     "on to\n"
     "DynamoDB or S3. A shard takes 1 MB/s of writes.\n",
     {3: {"Kinesis Data Streams"}, 4: {"Kinesis Data Streams"}}),
    # the destination opens the sentence
    ("## Lambda\n\nLogs get shipped to CloudWatch Logs automatically. The max timeout\n"
     "is 15 minutes.\n", {3: {"Lambda"}}),
])
def test_a_destination_does_not_take_the_paragraph(text, expected):
    assert quantity_services(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a sentence that moves on still moves the topic, "go to" or not
    ("## Intro\n\nOkay, now let's go to SQS. The visibility timeout\ndefaults to 30 seconds.\n",
     {4: {"SQS"}}),
    ("## Lambda\n\nThat's it for functions. S3 is next: objects can be up\nto 5 TB each.\n",
     {3: {"S3"}}),
    # a service named as the subject, not after a verb that sends to it
    ("## Lambda\n\nThe function is fast. DynamoDB items, on the other hand, are capped\n"
     "at 400 KB each.\n", {3: {"DynamoDB"}}),
])
def test_a_sentence_about_another_service_still_moves_the_topic(text, expected):
    assert quantity_services(text) == expected
