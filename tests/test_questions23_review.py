"""Reviewers of questions from other students' notes (unseen65-67, session 23): a default
keyed to one API operation under a stem naming two; a bare "size" of an API operation; a
service's name lower-cased in a stem; one fact asked twice in one exam."""

import random

from typer.testing import CliRunner

from studycli.cli import app
from studycli.model import Fact, Kind
from studycli.questions import FactPool, build_question
from studycli.questions.askable import askable
from studycli.questions.build import why_not_asked
from studycli.questions.stems import operation_in_line, value_stem


def _fact(service: str, attribute: str, qualifier: str, number: float, unit: str, value: str,
          snippet: str, subject: str = "") -> Fact:
    kind = Kind.DEFAULT if qualifier == "default" else Kind.LIMIT
    return Fact(service=service, subject=subject, attribute=attribute, kind=kind,
                qualifier=qualifier, value=value, number=number, unit=unit, low=None,
                high=None, source="n.md", line=3, snippet=snippet)


def test_a_default_names_the_one_operation_its_line_names():
    fact = _fact("SQS", "batch size", "default", 1, "count", "1",
                 "- `aws sqs receive-message --queue-url u --max-number-of-messages 10` "
                 "- default 1 msg & wait 0 (short poll)")
    stem = value_stem(fact)
    assert "(ReceiveMessage)" in stem and "SendMessageBatch" not in stem, stem
    assert why_not_asked(fact, FactPool.from_facts([fact])) == ""


def test_a_default_whose_line_names_no_operation_is_not_asked():
    fact = _fact("SQS", "batch size", "default", 1, "count", "1", "- batch size default 1")
    assert why_not_asked(fact, FactPool.from_facts([fact]))


def test_a_maximum_for_every_listed_operation_keeps_the_list():
    # near-miss: 10 is the maximum of every SQS batch action, so the list stays
    fact = _fact("SQS", "batch size", "max", 10, "count", "10",
                 "- batch APIs: SendMessageBatch / DeleteMessageBatch up to 10 msgs")
    assert "(SendMessageBatch, ReceiveMessage)" in value_stem(fact)
    assert why_not_asked(fact, FactPool.from_facts([fact])) == ""


def test_operations_are_found_as_the_cli_and_sdks_spell_them():
    assert operation_in_line("ReceiveMessage", "aws sqs receive-message --queue-url u")
    assert operation_in_line("ReceiveMessage", "sqs.receive_message(QueueUrl=u)")
    assert not operation_in_line("ReceiveMessage", "aws sqs receive-messages-now")


def test_a_bare_size_of_an_api_operation_is_not_asked():
    line = "DynamoDB BatchGetItem limits? up to 100 items, max 16 MB; UnprocessedKeys"
    assert not askable(_fact("DynamoDB", "size", "max", 16 * 2**20, "B", "16 MB", line,
                             subject="BatchGetItem"))
    # near-misses: a named measure of the operation, and a bare size of a thing
    assert askable(_fact("DynamoDB", "request payload size", "max", 16 * 2**20, "B", "16 MB",
                         "BatchWriteItem: up to 25 items, max 16 MB total",
                         subject="BatchWriteItem"))
    assert askable(_fact("EBS", "size", "max", 16 * 2**40, "B", "16 TiB",
                         "- gp2 volume size max 16 TiB",
                         subject="gp2"))


def test_a_stem_whose_attribute_holds_a_word_of_its_service_still_names_the_service():
    # capitalising the service's words in the attribute ("Batch size") made the stem read as
    # naming its service and drop "for AWS Batch" (reviewer of questions23): reverted
    fact = _fact("Batch", "batch size", "max", 10000, "count", "10000",
                 "- AWS Batch array job batch size max 10000")
    assert "for AWS Batch" in value_stem(fact)


def test_two_measures_sharing_a_value_are_both_asked(tmp_path):
    """Near-miss of one fact per exam: SQS's 10 message attributes and its batch of 10 are
    two facts with one value, and both are asked."""
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "a.md").write_text(
        "# SQS\n\n- up to 10 message attributes per message\n"
        "- visibility timeout default 30 s, max 12 hours\n"
        "- SendMessageBatch: up to 10 messages per batch\n\n"
        "# Lambda\n\n- timeout: default 3 sec, max 900 sec\n- max 5 layers per function\n\n"
        "# DynamoDB\n\n- max item size 400 KB\n- BatchWriteItem: up to 25 items\n\n"
        "# Kinesis Data Streams\n\n- retention default 24 hours, max 365 days\n\n"
        "# API Gateway\n\n- integration timeout max 29 s\n\n"
        "# CloudFront\n\n- default TTL 24 hours\n\n# KMS\n\n- Encrypt: max 4 KB of plaintext\n")
    db = str(tmp_path / "s.db")
    assert CliRunner().invoke(app, ["ingest", str(notes), "--db", db]).exit_code == 0
    import json

    out = CliRunner().invoke(app, ["exam", "--json", "--seed", "1", "--db", db, "--as-written"])
    assert out.exit_code == 0, out.output
    stems = [q["stem"] for q in json.loads(out.stdout)["questions"]]
    assert any("message attributes" in s for s in stems), stems
    assert any("batch size for Amazon SQS" in s for s in stems), stems


def test_two_subjects_with_one_measure_and_value_are_asked_once_in_an_exam(dev_notes_copy):
    """unseen52: S3 Standard-IA's and One Zone-IA's 128 KB minimum billable size, from two
    notes, the parser naming one "minimum billable object size" and the other "object size"
    (the reference words both alike): one exam asked the same question twice."""
    from studycli.exam.generate import generate_exam, load_pool
    from studycli.exam.profiles import get_profile

    pool = load_pool(dev_notes_copy("unseen52_notes"))
    stems = [q.stem for q in generate_exam(pool, get_profile("saa-c03"), 4).questions]
    assert sum("minimum billable object size" in s for s in stems) == 1, stems


def test_built_question_for_a_narrowed_default_keys_its_value():
    fact = _fact("SQS", "batch size", "default", 1, "count", "1",
                 "- sqs.receive_message(QueueUrl=u) returns 1 message by default")
    q = build_question(fact, "recall", FactPool.from_facts([fact]), random.Random(1))
    assert q is not None and "(ReceiveMessage)" in q.stem
