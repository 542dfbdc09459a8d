"""What an independent code review of session 7 found: a capitalised acronym heading ("## Sqs")
lost its service, and the attribute typo repair changed real English words."""

from __future__ import annotations

import pytest

from studycli.extract import parse_note
from studycli.extract.typos import fixed_word
from studycli.model import Kind


def _services(text: str) -> set[str]:
    return {f.service for f in parse_note(text, "n.md").facts if f.kind is not Kind.FACT}


@pytest.mark.parametrize(("heading", "line", "service"), [
    ("## Sqs", "- visibility timeout default 30 s", "SQS"),
    ("## Kms", "- key deletion waiting period 7-30 days", "KMS"),
    ("## Ebs", "- gp3 baseline 3000 IOPS", "EBS"),
])
def test_an_acronym_written_as_a_capitalised_word_is_still_the_service(heading, line, service):
    assert _services(f"{heading}\n{line}\n") == {service}


def test_an_acronym_that_is_also_a_name_is_the_person():
    assert "SAM" not in _services("# Practice journal (Sam)\n- kinesis shard 1 MB/s in\n")


@pytest.mark.parametrize("word", ["throughout", "iteration", "interaction", "convention",
                                  "contention", "innovation", "integral"])
def test_real_words_are_not_repaired_into_attribute_words(word):
    assert fixed_word(word) is None


def test_typos_are_still_repaired():
    assert fixed_word("memroy") == "memory" and fixed_word("concurency") == "concurrency"
    attributes = {f.attribute for f in parse_note("## Lambda\n- each iteration of the loop "
                                                  "900 s max\n", "n.md").facts}
    assert not any("integration" in a for a in attributes), attributes


@pytest.mark.parametrize("query", ["lambda concurrent executions limit",
                                   "lambda max concurrent executions"])
def test_the_aws_docs_section_never_offers_another_quota(query):
    from studycli.lookup.docs import aws_docs_say

    shown = [entry["id"] for entry in aws_docs_say(query, limit=3)]
    assert "lambda.scaling-rate" not in shown, shown
    assert all("concurren" in entry_id for entry_id in shown), shown


def test_the_aws_docs_section_still_answers_what_it_knows():
    from studycli.lookup.docs import aws_docs_say

    assert [e["id"] for e in aws_docs_say("what is the sqs message retention default")] == [
        "sqs.retention-period.default"]
