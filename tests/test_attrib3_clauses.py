"""Whose number a relative clause holds. Lines written for the test, in wording the
development notes do not use."""

from __future__ import annotations

from studycli.extract import parse_note
from studycli.model import Kind


def _owners(text: str) -> dict[str, str]:
    return {f.value: f.service for f in parse_note(text, "n.md").facts if f.kind is not Kind.FACT}


def test_a_relative_clause_on_a_thing_is_the_service_last_named_before_it():
    owners = _owners("## Databases\nPostgreSQL on RDS keeps up to 5 read replicas, and Aurora "
                     "stores data on a shared cluster volume, which can grow to 128 TiB.\n")
    assert owners.get("128 TiB") == "Aurora"
    assert owners.get("5 read replicas") == "RDS"


def test_a_service_after_a_preposition_does_not_take_the_relative_clause():
    owners = _owners("## AWS Lambda\nThe function pulls records from Kinesis in batches, "
                     "which can hold up to 10,000 records.\n")
    assert owners.get("10,000 records") == "Lambda"


def _attributes(text: str) -> dict[str, str]:
    return {f.value: f.attribute for f in parse_note(text, "n.md").facts
            if f.kind is not Kind.FACT}


def test_a_count_per_a_thing_does_not_count_that_thing():
    attrs = _attributes("## AWS Step Functions\n- a state machine run logs at most "
                        "25,000 events per execution\n")
    assert attrs.get("25,000 events", "").startswith("events")


def test_a_size_per_a_thing_is_that_thing_s_size():
    attrs = _attributes("## Amazon SQS\n- payload capped at 256 KB per message\n")
    assert attrs.get("256 KB") == "message size"


def _subjects(text: str) -> dict[str, str]:
    return {f.value: f.subject for f in parse_note(text, "n.md").facts if f.kind is not Kind.FACT}


def test_a_subject_one_sentence_names_does_not_carry_into_a_fresh_sentence():
    # wrapped prose, as a transcript is written
    subjects = _subjects("## Notes\nNow SQS. A FIFO queue keeps strict order and never\n"
                         "duplicates. Whatever the queue type, polling waits at most 20\n"
                         "seconds with long polling.\n")
    assert subjects.get("20 s") == ""


def test_a_sentence_that_refers_back_keeps_the_subject():
    subjects = _subjects("## Notes\nNow SQS. A FIFO queue keeps strict order and never\n"
                         "duplicates. It handles at most 300 messages per second without\n"
                         "batching.\n")
    assert subjects.get("300 messages/s") == "FIFO queue"


def test_a_subject_in_a_bracketed_aside_does_not_own_a_later_number():
    subjects = _subjects("## Amazon Kinesis Data Streams\n- two capacity modes: provisioned "
                         "(where you size each shard yourself) and on-demand, which starts "
                         "at 4 MB/s of writes\n")
    # not the aside's shard: the capacity mode named after it (a subject since pass 5)
    assert subjects.get("4 MB/s") == "on-demand mode"


def test_a_bracketed_label_still_names_its_case():
    subjects = _subjects("## Amazon API Gateway\n\n| Quota | Value |\n|---|---|\n"
                         "| Gateway timeout (HTTP API) | 30 seconds max |\n")
    assert subjects.get("30 s") == "HTTP API"
