"""A thread of posts copied from X, Mastodon or Bluesky (formats/threads.py): each numbered
post is of the service its first line opens with, else of the one the posts before it were
about; its lines are its own statements; notes that only number a line or two are as written."""

from __future__ import annotations

import pytest

from studycli.extract import parse_note
from studycli.formats import as_markdown
from studycli.formats.threads import thread_to_markdown
from tests.helpers import lookup_values, notes_conn

THREAD = """\
# db thread, Mastodon @kat@hachyderm.io
#AWS #DynamoDB #SQS

1/4 🧵 databases + queues day

2/4 DynamoDB basics: serverless NoSQL, key-value + doc
max item size 400 KB (incl attribute names!)

3/4 indexes 📇 (capacity modes: provisioned + auto scaling)
- GSI: diff partition key, max 20 per table, can add anytime

4/4 SQS retention ⏱️ default 4 days, range 1 min to 14 days
visibility timeout default 30 sec, range 0 sec to 12 hours
"""


def test_each_post_is_of_the_service_it_goes_on_with():
    out = thread_to_markdown(THREAD.split("\n"))
    assert out[3] == "1/4 🧵 databases + queues day".split(" ", 2)[2]  # its number dropped
    assert out[4] == "## DynamoDB" and out[5].startswith("DynamoDB basics")
    assert out[6] == "- max item size 400 KB (incl attribute names!)"
    # a post naming no service goes on with the one before it (Auto Scaling, named in
    # passing, is not what it is about)
    assert out[7] == "## DynamoDB" and out[8].startswith("indexes")
    assert out[10] == "## SQS"


def test_a_thread_s_figures_are_of_its_posts_services():
    facts = parse_note(as_markdown(THREAD, ".md"), "t.md").facts
    gsi = [f for f in facts if "GSI" in f.snippet]
    assert gsi and all(f.service == "DynamoDB" for f in gsi)
    # the post's lines are typed one by one: the 14 days stays the retention's maximum
    retention = [f for f in facts if f.service == "SQS" and f.value == "14 days"]
    assert retention and retention[0].attribute == "retention period"


def test_lookup_finds_a_thread_s_figures(tmp_path):
    conn = notes_conn(tmp_path, THREAD, name="thread.md")
    try:
        assert "max 20 per table" in lookup_values(conn, "ddb how many gsi per table")[0]
        assert "14 days" in lookup_values(conn, "sqs max retention period")[:1]
    finally:
        conn.close()


@pytest.mark.parametrize("lines", [
    # each case shows a site's mark, so that only its numbers can tell it is no thread
    ["#AWS", "1/2 cup of coffee before the exam", "", "3/4 of the way through the course", "",
     "5/8 of the labs done"],  # fractions: three counts
    ["#AWS", "1/3 SQS max message size 256 KB", "", "2/4 SNS fan-out", "", "3/3 done"],
    ["#AWS", "2/5 SQS", "", "1/5 SNS", "", "3/5 Kinesis"],  # not counting up
])
def test_numbers_that_are_no_thread_s_posts_are_read_as_written(lines):
    assert thread_to_markdown(lines) == lines


STUDY_LOG = """# Study log

1/3 finished S3 section of the course
Lambda max timeout is 15 minutes
and memory goes up to 10,240 MB

2/3 did the SQS labs
message retention default 4 days,
max 14 days

3/3 practice exam 72%
"""

TEST_REVIEW = """Practice test review

1/65 wrong: SQS visibility timeout default 30 seconds
max 12 hours

2/65 wrong: S3 Glacier Deep Archive standard retrieval
within 12 hours

7/65 wrong: Lambda max timeout 15 minutes
"""


@pytest.mark.parametrize("text", [STUDY_LOG, TEST_REVIEW])
def test_numbered_lines_with_no_site_s_mark_are_no_thread(text):
    # a study log's days and a test review's question numbers count up of one count too:
    # no 🧵, hashtag or handle, no thread (its lines were cut apart, "1/65 " dropped made
    # "wrong:" a label)
    lines = text.split("\n")
    assert thread_to_markdown(lines) == lines


def test_a_study_log_s_figures_stay_with_the_sentence_they_go_on(tmp_path):
    conn = notes_conn(tmp_path, STUDY_LOG, name="log.md")
    try:
        assert "10,240 MB" in lookup_values(conn, "lambda max memory")[:1]
    finally:
        conn.close()
    conn = notes_conn(tmp_path / "b", TEST_REVIEW, name="scores.txt")
    try:
        assert "30 s" in lookup_values(conn, "sqs visibility timeout default")[:1]
        assert "15 min" in lookup_values(conn, "lambda max timeout")[:1]
    finally:
        conn.close()


def test_a_post_s_line_that_goes_on_is_no_statement_of_its_own(tmp_path):
    # the same log posted as a thread: "and memory goes up to ..." goes on from Lambda's line,
    # and "max 14 days" from "default 4 days,"
    thread = STUDY_LOG.replace("# Study log", "# Study log #AWS")
    out = thread_to_markdown(thread.split("\n"))
    assert out[3:5] == ["Lambda max timeout is 15 minutes", "and memory goes up to 10,240 MB"]
    assert out[7:9] == ["message retention default 4 days,", "max 14 days"]
    conn = notes_conn(tmp_path, thread, name="log.md")
    try:
        assert "10,240 MB" in lookup_values(conn, "lambda max memory")[:1]
    finally:
        conn.close()
