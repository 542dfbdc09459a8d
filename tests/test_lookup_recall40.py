"""Lookups of session 40 (recall40, issue 10).

A tie at the top between two values of one measure goes to the line that does not speak of
another service (lookup/block_service.py).

A practice question bank's lettered options are read as any other line. A rule that dropped
an option its bank's key leaves out was tried and reverted (review of recall40, findings
1-4): on a "NOT true / EXCEPT / FALSE" question the key names the one false option, so the
options it leaves out are true; "Primary key: A partition key" and a self-test's "Answer: C"
under a lettered cheat sheet read as keys; and the dropped option came back through the line
fallback without its AWS-check headline. The banks below must keep answering as the notes say.
Lambda's memory is 128 MB to 10,240 MB, /tmp 512 MB by default, deployment package 50 MB
zipped (https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html).
"""

from __future__ import annotations

import pytest

from studycli.lookup import block_service

from .helpers import first_value, notes_fixture

EXCEPT_BANK = ("# Lambda practice\n\n"
               "Q7. All of the following are Lambda limits EXCEPT:\n"
               "A. Max timeout 15 minutes\nB. Max memory 10,240 MB\n"
               "C. Max zipped deployment package 50 MB\nD. Max execution time 30 minutes\n"
               "Correct answer: D\n\n"
               "Q8. Which statement about Lambda is FALSE?\n"
               "A. /tmp storage defaults to 512 MB\nB. Default timeout is 3 seconds\n"
               "C. Async invocations are retried 5 times\nAnswer: C\n")
except_bank = notes_fixture(EXCEPT_BANK, "lambda_practice.md")


@pytest.mark.parametrize("query, value", [
    ("lambda max memory", "10,240 MB"), ("lambda max deployment package size", "50 MB"),
    ("lambda default timeout", "3 s"), ("lambda /tmp default size", "512 MB")])
def test_the_true_options_of_an_except_question_answer(except_bank, query, value):
    # the key names the one false statement: the options it leaves out are true
    assert first_value(except_bank, query).replace("10240", "10,240") == value


BANK_ALONE = ("# SQS practice\n\n"
              "4) An app needs messages kept for 30 days. What should it use?\n"
              "A. SQS with max retention 30 days\n"
              "B. Kinesis Data Streams with extended retention\nAnswer: B\n\n"
              "5) How big can an SQS message be?\nA. Max message size 1 GB\n"
              "B. Use the Extended Client Library with S3 for large payloads\nAnswer: B\n")
bank_alone = notes_fixture(BANK_ALONE, "bank4.md")


@pytest.mark.parametrize("query, value", [("sqs max retention", "30 days"),
                                          ("sqs max message size", "1 GB")])
def test_an_option_no_other_line_answers_is_read_as_its_figure(bank_alone, query, value):
    # a wrong option no other line answers: its figure heads the answer, where `check` marks
    # it against the AWS docs (14 days, 1 MiB), not its line as a bare fact with no warning
    assert first_value(bank_alone, query) == value


CHEAT_SHEETS = {
    "dynamodb.md": ("# DynamoDB\n\nA. Max item size 400 KB\nB. Max 20 GSIs per table (default)\n"
                    "C. Max 5 LSIs per table\nD. Query/Scan page max 1 MB\n"
                    "Primary key: A partition key alone, or partition + sort key\n"),
    "s3_classes.md": ("# S3 storage classes\n\n"
                      "A. Standard-IA: min storage duration 30 days, min billable object 128 KB\n"
                      "B. One Zone-IA: min storage duration 30 days\n"
                      "C. Glacier Deep Archive: min storage duration 180 days, retrieval up to "
                      "12 hours\n"
                      "Quick self-test: which is cheapest for 7-year archives? Answer: C\n")}


@pytest.fixture(scope="module")
def cheat_sheets(tmp_path_factory):
    from studycli.ingest import ingest_paths
    from studycli.store.db import connect

    notes = tmp_path_factory.mktemp("cheat") / "notes"
    notes.mkdir()
    for name, text in CHEAT_SHEETS.items():
        (notes / name).write_text(text, encoding="utf-8")
    db = connect(notes.parent / "facts.db")
    ingest_paths(db, [notes])
    yield db.conn
    db.conn.close()


@pytest.mark.parametrize("query, value", [
    ("max gsi per dynamodb table", "20 GSIs"), ("dynamodb max lsi per table", "5 LSIs"),
    ("dynamodb query max page size", "1 MB"), ("s3 standard-ia minimum object size", "128 KB"),
    ("s3 standard ia min storage duration", "30 days"),
    ("s3 one zone ia minimum storage duration", "30 days")])
def test_a_lettered_cheat_sheet_over_a_definition_answers(cheat_sheets, query, value):
    # "Primary key: A partition key" is a definition and a self-test's "Answer: C" is its own
    # question's: neither marks the lettered facts over it wrong
    assert first_value(cheat_sheets, query) == value


# SQS keeps messages 4 days by default, 1 minute to 14 days; Kinesis Data Streams 24 hours by
# default, up to 365 days (7 days was the maximum before extended retention's 365)
# (https://docs.aws.amazon.com/streams/latest/dev/kinesis-extended-retention.html).
GLOSSARY = ("# Messaging + streaming glossary (SQS, SNS, Kinesis)\n\n"
            "**SQS** — managed queue, pull based.\n"
            "  - retention default 4 days, min 1 min, max 14 days\n\n"
            "**Kinesis Data Streams (KDS)** — real time stream, shards.\n"
            "  - per shard: 1 MB/s in\n  - retention default 24 hours, max 7 days\n")
glossary = notes_fixture(GLOSSARY)


def test_a_tie_goes_to_the_block_of_the_service_asked(glossary):
    # the Kinesis item is filed under SQS too, and its "24 hours" ranked first by a hair
    assert first_value(glossary, "sqs retention default") == "4 days"


# SQS's own item hangs from a term whose description names SNS and calls SQS "the queue"; the
# Kinesis item below names no service: neither line names SQS, so the tie keeps its order
FAN_OUT = ("# Messaging + streaming glossary (SQS, SNS, Kinesis)\n\n"
           "**{term}** — SNS pushes copies into the queue.\n"
           "  - retention default 4 days, max 14 days\n\n"
           "**Streams** — real time, shards.\n"
           "  - per shard: 1 MB/s in\n"
           "  - retention default 24 hours, min 24 hours, max 7 days\n")
fan_out = notes_fixture(FAN_OUT.format(term="Fan-out target"))
sns_fan_out = notes_fixture(FAN_OUT.format(term="SNS fan-out target"))


@pytest.mark.parametrize("notes", ["fan_out", "sns_fan_out"])
@pytest.mark.parametrize("query, value", [
    ("sqs retention default", "4 days"), ("sqs retention max", "14 days")])
def test_an_item_under_a_term_naming_another_service_keeps_a_tie_no_line_of_sqs_wins(
        request, notes, query, value):
    # the tie rule moved SQS's own "4 days" behind Kinesis's "24 hours" (review of recall40)
    assert first_value(request.getfixturevalue(notes), query) == value


@pytest.mark.parametrize("lines, at, services", [
    ({1: "Remember: KDS retention default 24 hrs, max 7 days"}, 1, {"Kinesis Data Streams"}),
    # a service named after the figure is said in passing: the line is DynamoDB's
    ({1: "max item size is 400 KB, anything bigger -> S3 and store the key"}, 1, set()),
    ({1: "**Amazon SQS** — queue", 2: "  - max msg size 256 KB (bigger -> S3, up to 2 GB)",
      3: "  - retention default 4 days, max 14 days"}, 3, {"SQS"}),  # the parent, not a sibling
    ({1: "# Kinesis", 2: "- retention default 24 hrs"}, 2, set()),   # a heading ends the block
    ({1: "time 2h30. mood: kinesis is heavy", 2: "- Kinesis Data Streams: 1 MB/s IN",
      3: "- retention default 24 hrs, max 365 days"}, 3, {"Kinesis Data Streams"}),
    # every service named, not the first: these lines speak of SQS too
    ({1: "Lambda polls SQS: visibility timeout default 30 sec, max 12 h"}, 1, {"Lambda", "SQS"}),
    ({1: "Compared with Kinesis, SQS is a plain queue:",
      2: "- retention default 4 days, max 14 days"}, 2, {"Kinesis Data Streams", "SQS"})])
def test_line_services(lines, at, services):
    assert block_service.line_services(lines, at) == services


def _hit(service: str, line: int, score: float) -> dict:
    return {"service": service, "subject": "", "attribute": "retention", "qualifier": "max",
            "kind": "limit", "number": 1.0, "score": score, "source": "n.md", "line": line}


def test_a_line_naming_the_service_asked_beside_another_keeps_its_place(monkeypatch):
    # "Compared with Kinesis, SQS is a plain queue:" over SQS's own item: SQS's, not away
    lines = {("n.md", 1): "Compared with Kinesis, SQS is a plain queue:",
             ("n.md", 2): "- retention default 4 days, max 14 days",
             ("n.md", 5): "retention max 7 days"}  # a line of no service
    monkeypatch.setattr("studycli.store.lookup_lines.line_texts",
                        lambda conn, places: {p: lines[p] for p in places if p in lines})
    ranked = [_hit("SQS", 2, 14.0), _hit("SQS", 5, 13.99)]
    assert block_service.block_named_first(None, ranked, ["SQS"])[0]["line"] == 2
