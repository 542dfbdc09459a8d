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
- GSI: diff partition key, max 5 per table, can add anytime

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
        assert "max 5 per table" in lookup_values(conn, "ddb how many gsi per table")[0]
        assert "14 days" in lookup_values(conn, "sqs max retention period")[:1]
    finally:
        conn.close()


@pytest.mark.parametrize("lines", [
    ["1/2 cup of coffee before the exam", "", "3/4 of the way through the course"],
    ["1/3 SQS max message size 256 KB", "", "2/4 SNS fan-out", "", "3/3 done"],  # two counts
    ["2/5 SQS", "", "1/5 SNS", "", "3/5 Kinesis"],  # not counting up
])
def test_numbers_that_are_no_thread_s_posts_are_read_as_written(lines):
    assert thread_to_markdown(lines) == lines
