"""A number the note states for another API operation is no claim about this one: a blind
reviewer found "Your note says 100 items: it disagrees with the AWS docs" on a BatchWriteItem
question whose note line read "up to 25 put/delete requests, 16 MB total. BatchGetItem: up to
100 items" (the parser had filed the 100 under BatchWriteItem). The student was told a right
note was wrong."""

from __future__ import annotations

import json

import pytest

from studycli.model import Fact, Kind
from studycli.questions.attribution import misattributed
from tests.helpers import note_db, run_here


def _limit(subject: str, number: float, snippet: str) -> Fact:
    return Fact("Kinesis Data Streams", subject, "records per call", Kind.LIMIT, "max",
                f"{number:g} records", number=number, unit="count", source="n.md", line=1,
                snippet=snippet)


@pytest.mark.parametrize("subject,number,snippet,expected", [
    # the last operation named before the number is another one
    ("PutRecords", 10000, "PutRecords: up to 500 records a call. GetRecords: 10,000 records",
     True),
    ("PutRecords", 10000, "PutRecords up to 500 records, GetRecords up to 10000 records", True),
    # the fact's own operation, or none named before the number
    ("PutRecords", 500, "PutRecords up to 500 records, GetRecords up to 10000 records", False),
    ("GetRecords", 10000, "PutRecords up to 500 records, GetRecords up to 10000 records", False),
    ("PutRecords", 500, "up to 500 records a call", False),
    # a fact filed under no operation is not judged by this rule
    ("", 10000, "PutRecords: up to 500 records a call. GetRecords: 10,000 records", False),
])
def test_a_number_said_for_another_operation_is_misattributed(subject, number, snippet,
                                                               expected):
    assert misattributed(_limit(subject, number, snippet)) is expected


NOTES = """# DynamoDB flashcards

Q: BatchWriteItem quotas?
A: 25 put or delete requests per call, 16 MB per call. BatchGetItem: up to 100 items, 16 MB

Q: DynamoDB max item size?
A: 400 KB

Q: TransactWriteItems?
A: up to 100 actions, 4 MB
"""


def test_no_explanation_calls_another_operations_number_this_ones(tmp_path):
    db = note_db(tmp_path, NOTES)
    explanations = []
    for profile, seed in (("dva-c02", "5"), ("saa-c03", "9")):
        r = run_here("exam", "--profile", profile, "--seed", seed, "--json", db=db)
        if r.returncode == 0:
            explanations += [q["explanation"] for q in json.loads(r.stdout)["questions"]]
    assert not any("100 items" in e and "BatchWriteItem" in e for e in explanations), \
        explanations
