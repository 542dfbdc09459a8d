"""A line of a service's modes as a whole ("switch between modes once every 24 hours")
answers a question about switching the mode a query names by its family ("how often can i
switch ddb capacity mode"), though it never says "capacity" (answer._of_the_modes)."""

from __future__ import annotations

from .helpers import ingest_text, lookup_top

NOTES = (
    "## DynamoDB\n"
    "- capacity: on-demand (pay per request) or provisioned (RCU/WCU)\n"
    "- can switch between modes once every 24 hours\n"
    "- item size max 400 KB\n")


def test_a_line_of_switching_between_modes_answers_for_the_mode_named(tmp_path):
    _, db, _ = ingest_text(tmp_path, NOTES, columns="200")
    code, values = lookup_top(db, "how often can i switch ddb capacity mode")
    assert code == 0 and "24" in values[0], values


def test_a_line_naming_no_mode_still_gives_no_figure_of_a_named_mode(tmp_path):
    # the plain FIFO queue's rate is no figure of the high-throughput mode
    _, db, _ = ingest_text(tmp_path, (
        "## SQS\n- FIFO: 300 msg/s, 3,000 msg/s with batching\n- max message size 256 KB\n"),
        columns="200")
    assert lookup_top(db, "sqs fifo high throughput mode max tps") == (1, [])


def test_the_modes_as_a_whole_are_said_by_switching_between_them():
    from studycli.lookup.answer import _of_the_modes

    def fact(line: str) -> dict:
        return {"value": line, "snippet": line}

    assert _of_the_modes(fact("Switch between modes once every 24 hours"))
    assert _of_the_modes(fact("- can switch modes once every 24 hours"))
    assert not _of_the_modes(fact("EFS performance modes: General Purpose, Max I/O"))
