""""X vs Y diff": "diff" is "difference" as typed, a word that asks for the comparison, not
a thing a line must say (session 53, issue 10; lookup/query.py COMPARE_WORDS,
aspect_first.COMPARING). Read as a word to be said, it kept every answer to "cloudtrail vs
config diff" at half its topic, and lookup abstained where "cloudtrail vs config
difference" answered (6 of the development sets' 22 "diff" comparisons abstained).

What the note states agrees with the AWS documentation: CloudTrail records the API calls
made in an account, who made them and when (docs.aws.amazon.com/awscloudtrail/latest/
userguide/cloudtrail-user-guide.html); AWS Config records resources' configurations and
their changes and evaluates them against rules (docs.aws.amazon.com/config/latest/
developerguide/WhatIsConfig.html).
"""

from __future__ import annotations

import pytest

from .helpers import lookup_values, notes_conn

NOTE = ("# Monitoring\n\n"
        "CloudTrail vs Config: Trail = who did what API call; Config = what the resource "
        "looked like\n")


@pytest.mark.parametrize("query", ["cloudtrail vs config diff", "cloudtrail vs config diffs",
                                   "cloudtrail vs config difference"])
def test_diff_asks_the_comparison_as_difference_does(tmp_path, query):
    conn = notes_conn(tmp_path, NOTE)
    assert lookup_values(conn, query)[0].startswith("CloudTrail vs Config: Trail = who"), query
    conn.close()


def test_diff_is_no_aspect_of_the_comparison():
    from studycli.lookup.aspect_first import aspect_words
    from studycli.lookup.lexicon import lexicon
    from studycli.lookup.query import understand

    lex = lexicon()
    q = understand("sns vs eventbridge diff", lex)
    assert not any("diff" in concept for concept in q.concepts), q.concepts
    assert aspect_words(q, lex) == []
