"""A delivery guarantee written as what it is ("at-least-once", "exactly once") says the
words that ask for one ("delivery", "guarantee", "semantics"), as a region's code says
"region": "express async delivery guarantee" is answered by "Express async = at-least-once"."""

from __future__ import annotations

from .helpers import ingest_text, lookup_top

NOTES = (
    "## Step Functions\n"
    "- EDIT (after practice test): Express async = at-least-once, Express sync = "
    "at-most-once\n"
    "- Standard workflow: max duration 1 year\n"
    "- Express workflow: max duration 5 minutes\n")


def test_a_guarantee_written_as_what_it_is_says_the_words_asking_for_it(tmp_path):
    _, db, _ = ingest_text(tmp_path, NOTES, columns="200")
    code, values = lookup_top(db, "express async delivery guarantee")
    assert code == 0 and "at-least-once" in values[0], values


def test_a_guarantee_is_read_as_written_and_nothing_else_is():
    from studycli.lookup.answer import _DELIVERY_SEMANTICS

    for said in ("at-least-once", "exactly once", "At most once", "at least  once"):
        assert _DELIVERY_SEMANTICS.search(said), said
    for other in ("rotated once a year", "once every 24 hours", "at least 1 day",
                  "at least once a day", "at most once per hour", "fire at most once per minute",
                  "at most once every 24 hours", "exactly once in 5 min"):
        assert not _DELIVERY_SEMANTICS.search(other), other


FREQUENCIES = (
    "# EventBridge\n"
    "- schedule: rate() expressions, fire at most once per minute\n"
    "- max 300 rules per bus (soft)\n"
    "# DynamoDB\n"
    "- provisioned capacity: decrease at most once per hour after the first 4\n"
    "- streams: 24 h retention\n")


def test_how_often_something_happens_is_no_delivery_guarantee(tmp_path):
    # "at most once per minute" is a frequency: it says no delivery guarantee
    _, db, _ = ingest_text(tmp_path, FREQUENCIES, columns="200")
    assert lookup_top(db, "eventbridge delivery guarantee") == (1, [])
    assert lookup_top(db, "dynamodb delivery guarantee") == (1, [])
