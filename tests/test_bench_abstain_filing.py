"""bench/abstain_filing.py classes each ABSTAIN case of a `.miss` file by what the parser
made of the note line that answers it: filed under the service asked (shown among the
candidates or not), under another service, under none, or not read at all."""

from __future__ import annotations

import sys
from pathlib import Path

from tests.helpers import notes_conn

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

import abstain_filing  # noqa: E402

NOTE = (
    "# Messaging (sqs / sns / kinesis)\n"
    "- visibility timeout max 12 hours\n"
    "- Kinesis shard: 1 MB/s in\n"
    "- just a thought with no figure\n"
)
MISSES = """\
ABSTAIN u1-l1: 'sqs visibility timeout max' want ['12 hours']
    R '12 h' [SQS//visibility timeout limit sc=3.00 ans=0.00 se=1.00 to=0.00 sh=1.00]
ABSTAIN u1-l2: 'sqs visibility max' want ['12 hours']
ABSTAIN u1-l3: 'sns shard write' want ['1 MB/s']
top3 u1-l4: 'x' want ['y']
    'z' [SQS//w fact sc=1.00 ans=1.00 se=1.00 to=1.00 sh=1.00]
ABSTAIN u1-l5: 'sqs thought' want ['thought']
"""


def _case(quote: str, service: str) -> dict:
    return {"service": service, "sources": [{"file": "notes.md", "quote": quote}]}


def test_each_abstention_is_classed_by_its_lines_facts(tmp_path):
    conn = notes_conn(tmp_path, NOTE)
    miss = tmp_path / "u1.miss"
    miss.write_text(MISSES, encoding="utf-8")
    cases = abstain_filing.abstentions(miss)
    assert [c["id"] for c in cases] == ["u1-l1", "u1-l2", "u1-l3", "u1-l5"]
    assert len(cases[0]["R"]) == 1 and cases[1]["R"] == []
    root = tmp_path / "notes"
    queries = [_case("visibility timeout max 12 hours", "SQS"),
               _case("visibility timeout max 12 hours", "SQS"),
               _case("Kinesis shard: 1 MB/s in", "SNS"),
               _case("not in the note at all", "SQS")]
    seen = [abstain_filing.classify(case, query, conn, root)[0]
            for case, query in zip(cases, queries, strict=True)]
    assert seen == ["right_candidate", "right_not_shown", "other", "no_line"], seen


def test_a_family_member_and_the_catalogs_spelling_count_as_the_service_asked():
    assert abstain_filing._same_service("Kinesis", "Kinesis Data Streams")
    assert abstain_filing._same_service("xray", "X-Ray")
    assert not abstain_filing._same_service("SQS", "SNS")
    assert not abstain_filing._same_service("SQS", "")


def test_a_line_under_no_service_and_a_line_read_as_nothing_are_told_apart(tmp_path):
    conn = notes_conn(tmp_path, "item size max 400 KB\n\nok then\n")
    case = {"id": "u1-l1", "query": "dynamodb item size", "R": []}
    root = tmp_path / "notes"
    assert abstain_filing.classify(case, _case("item size max 400 KB", "DynamoDB"), conn,
                                   root)[0] == "none"
    assert abstain_filing.classify(case, _case("ok then", "DynamoDB"), conn, root)[0] \
        == "not_read"
    assert abstain_filing.classify(case, None, conn, root)[0] == "no_case"
