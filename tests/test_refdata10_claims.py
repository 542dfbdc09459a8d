"""The refdata10 reference entries (features closed to new customers, SNS FIFO subscribers, SQS
FIFO in-flight messages, S3's old 5 TB object maximum in a sentence) through the real CLI and
the shipped reference: a line that still teaches the old state is flagged `outdated` under the
entry that states today's, and a line that already says what changed is never flagged."""

from __future__ import annotations

import pytest

from .helpers import check_findings, flagged_by_line, two_note_folder

# Each line states one claim; the lines are what students wrote in the development notes, reworded.
STALE = """# S3

- S3 Select: filter a CSV object server-side with SQL, less data transfer
- why: multipart recommended above 100 MB, required above 5 GB. max object 5 TB.

# SNS

- SNS FIFO topic -> only SQS FIFO subscribers

# SQS

- in-flight msgs: 120,000 std / 20,000 FIFO

# Snow Family

- Snowball Edge ~80 TB usable for an offline migration
"""

RIGHT = """# S3

- S3 Select is no longer available to new customers, query with Athena instead
- why: multipart recommended above 100 MB; max object size is now 50 TB (was 5 TB)

# SNS

- SNS FIFO topics deliver to SQS FIFO queues and SQS standard queues
- SNS FIFO topic: ordering within a message group + deduplication

# SQS

- in-flight msgs: 120,000 standard / 120,000 FIFO
- FIFO queue: 300 msg/s without batching, 3,000 with batching

# Snow Family

- Snowball Edge is no longer available to new customers; use DataSync or Data Transfer Terminal
"""


@pytest.fixture
def notes(tmp_path):
    return two_note_folder(tmp_path, STALE, RIGHT)


check = check_findings


def test_each_stale_line_is_outdated_under_the_entry_that_states_todays_fact(notes, tmp_path):
    result, found = check(notes / "stale.md", db=tmp_path / "s.db")
    assert result.returncode == 1, result.stderr
    assert flagged_by_line(found) == {
        3: {("s3.select.availability", "outdated")},
        4: {("s3.object-size.max", "outdated")},
        8: {("sns.fifo-topic.sqs-subscribers", "outdated")},
        12: {("sqs.fifo-queue.in-flight-messages.max", "outdated")},
        16: {("snowfamily.snowball-edge.availability", "outdated")},
    }
    in_flight = next(x for x in found if x["line"] == 12)
    assert in_flight["current_value"] == "120,000 messages"


def test_lines_that_already_say_what_changed_are_never_flagged(notes, tmp_path):
    result, found = check(notes / "right.md", db=tmp_path / "r.db")
    assert result.returncode == 0, (result.stderr, found)
    assert found == []


def test_cloudformation_template_resources_are_500_and_200_is_the_old_quota(tmp_path):
    """CloudFormation's quotas page gives 500 resources per template (check20 read it; the
    archived awsdocs source still says 200): a note's 500 is current, its 200 outdated, on any
    line that names the quota with its own words (a sticky note under "cfn")."""
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "cfn.md").write_text("# CloudFormation\n\n- max 500 resources per template\n\n"
                                  "# misc\n\n- 200 resources per template\n", encoding="utf-8")
    _, every = check(notes, "--all", db=tmp_path / "c.db")
    about = {x["line"]: x["status"] for x in every if (x.get("reference") or {}).get("id")
             == "cloudformation.resources.max"}
    assert about == {3: "current", 7: "outdated"}, every


def test_a_retired_database_service_is_named_and_its_notes_flagged(tmp_path):
    """Amazon QLDB reached end of support on 31 July 2025; notes from older courses still
    offer it for a ledger. A service missing from data/services.json could not be retired."""
    import json as _json

    from tests.helpers import run_here

    notes = tmp_path / "n"
    notes.mkdir()
    (notes / "db.md").write_text("# Purpose-built databases\n\n- Amazon Quantum Ledger Database"
                                 " = immutable ledger\n- Neptune = graph\n", encoding="utf-8")
    result = run_here("check", str(notes), "--json", db=tmp_path / "q.db")
    found = _json.loads(result.stdout or "[]")
    assert [(x["service"], x["status"]) for x in found] == [("QLDB", "outdated")], found
