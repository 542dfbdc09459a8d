"""Lines that answer as the query words them (session 28, lookupnu28): a note's "subs" says
"subscribers" as it says "subscriptions"; "ENIs" are elastic network interfaces (a pasted
Service Quotas row); "runtime" with no bound asks what a function runs, not how long, and a
line labelling what it says ("CF functions: JS only") is no title of itself."""

from __future__ import annotations

import pytest

from .helpers import lookup_values, notes_conn, notes_fixture

NOTES = ("# SNS\n\n- up to 12,500,000 subs per topic\n- 100,000 topics per account\n"
         "\n# Lambda\n\n- timeout max 15 min\n\nService Quotas paste:\n"
         "Concurrent executions\t1,000\nElastic network interfaces per VPC\t500\n"
         "\n# CloudFront\n\n- CF functions: JS only\n- Lambda@Edge: Node.js / Python\n")


notes = notes_fixture(NOTES)


def test_subs_says_subscribers(notes):
    for query in ("sns subscribers per topic", "sns subscriptions per topic", "sns max subs"):
        values = lookup_values(notes, query)
        assert values and "12,500,000" in values[0], (query, values)


def test_enis_are_elastic_network_interfaces(notes):
    # "Elastic network interface (ENI) quotas apply per virtual private cloud (VPC)":
    # https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html
    for query in ("lambda enis per vpc", "lambda eni per vpc"):
        values = lookup_values(notes, query)
        assert values and "500" in values[0], (query, values)


def test_runtime_with_no_bound_asks_no_duration(notes):
    from studycli.lookup.lexicon import lexicon
    from studycli.lookup.query import understand

    assert not understand("cf functions runtime", lexicon()).dimensions
    for query in ("lambda max runtime", "lambda runtime limit", "how long is the runtime"):
        assert "s" in understand(query, lexicon()).dimensions, query
    values = lookup_values(notes, "cf functions runtime")
    assert values and values[0] == "CF functions: JS only"
    assert lookup_values(notes, "lambda max runtime")[0] == "15 min"


def test_a_labelled_line_is_no_title():
    from types import SimpleNamespace

    from studycli.lookup.labelled import labels_more

    asked = SimpleNamespace(terms={"cf": 1.0, "function": 1.0, "runtim": 1.0})
    assert labels_more("CF functions: JS only", asked)
    assert not labels_more("Scale-in protection", asked)
    assert not labels_more("CF functions: runtime", asked)  # says only what was typed


@pytest.mark.parametrize("query, answer", [
    ("cloudfront functions runtime", "CF functions: JS only"),
    ("lambda@edge runtime", "Lambda@Edge: Node.js / Python"),
    ("cf functions runtime", "CF functions: JS only"),  # positive control
])
def test_a_runtime_asked_as_the_language_is_said_by_a_language_s_name(tmp_path, query, answer):
    # (session 28, lookupfix28) the full names abstained: "runtime" related to durations
    # only, and only "cf" (an abbreviation counted whole) carried the short name
    conn = notes_conn(tmp_path, "# CloudFront\n\n- CF functions: JS only\n"
                                "- Lambda@Edge: Node.js / Python\n"
                                "\n# Lambda\n\n- timeout max 15 min\n")
    values = lookup_values(conn, query)
    assert values and values[0] == answer, values
    assert lookup_values(conn, "lambda max runtime")[0] == "15 min"


def test_a_runtime_asked_as_the_language_is_not_any_line_of_the_thing(tmp_path):
    conn = notes_conn(tmp_path, "# CloudFront\n\n- CF functions: sub-ms startup, max 2 MB "
                                "memory\n")
    assert lookup_values(conn, "cloudfront functions runtime") == []
