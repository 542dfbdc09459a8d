"""A figure a note writes in an aside about another mechanism is not its line's own
(session 28, lookupnu28; lookup/aside.py): "msg size 256KB (ext client lib + S3 up to 2GB)"
gives SQS's message size as 256 KB, whatever "up to" marks in the parenthesis."""

from __future__ import annotations

from .helpers import lookup_values, notes_conn, notes_fixture

SQS = ("# SQS\n\n- msg size 256KB (ext client lib + S3 up to 2GB)\n"
       "- visibility timeout 30s (max 12h)\n")


sqs = notes_fixture(SQS)


def test_the_line_s_own_figure_comes_before_its_aside_s(sqs):
    for query in ("sqs max message size", "sqs message size", "sqs msg size"):
        values = lookup_values(sqs, query)
        assert values and values[0] == "256 KB", (query, values)
        assert "2 GB" in values  # the aside's figure is still shown, after it


def test_a_parenthesis_that_only_restates_the_bound_is_no_aside(sqs):
    assert lookup_values(sqs, "sqs max visibility timeout")[0] == "12 h"


def test_an_aside_names_something_besides_the_figure_and_its_bound():
    from studycli.lookup.aside import in_aside

    def hit(value, snippet, attribute="message size"):
        return {"value": value, "snippet": snippet, "attribute": attribute}

    line = "msg size 256KB (ext client lib + S3 up to 2GB)"
    assert in_aside(hit("2 GB", line), {"sqs", "max", "message", "size"})
    assert not in_aside(hit("256 KB", line), set())
    assert in_aside(hit("3000 messages/s", "FIFO: 300 msg/s (3000 w/ batching)", "msg"), set())
    for value, snippet in (("12 h", "visibility timeout 30s (max 12h)"),
                           ("900 s", "timeout 15 min (900 s)"),
                           ("45 Gbps", "NAT GW: 5 Gbps, scales up to 45 Gbps")):
        assert not in_aside(hit(value, snippet, "visibility timeout"), set()), snippet


def test_an_aside_naming_what_was_typed_is_the_figure_asked(tmp_path):
    conn = notes_conn(tmp_path, "# EBS\n\n- io2 = up to 64,000 IOPS (256,000 with Block "
                                "Express), durability 99.999%\n")
    assert lookup_values(conn, "io2 block express max iops")[0] == "256,000 IOPS"
    assert lookup_values(conn, "io2 max iops")[0] == "64,000 IOPS"


def test_a_bound_that_can_be_moved_is_no_aside(tmp_path):
    # (session 28, lookupfix28) "configurable" names no other mechanism: the 10 GB is
    # Lambda's own /tmp maximum, the 15 min its own timeout maximum
    conn = notes_conn(tmp_path, "# Lambda\n\n- /tmp storage 512 MB (configurable up to 10 GB)\n"
                                "- timeout 3 s (configurable up to 15 min)\n")
    assert lookup_values(conn, "lambda max tmp storage")[0] == "10 GB"
    assert lookup_values(conn, "lambda max timeout")[0] == "15 min"


def test_a_maximum_the_parser_filed_is_an_aside_only_when_it_names_a_mechanism():
    from studycli.lookup.aside import in_aside

    def hit(value, snippet, qualifier="max"):
        return {"value": value, "snippet": snippet, "attribute": "throughput",
                "qualifier": qualifier}

    # an unknown word ("whatever") names nothing; S3 does (positive control)
    assert not in_aside(hit("10 GB", "size 512 MB (whatever up to 10 GB)"), {"max"})
    assert in_aside(hit("10 GB", "size 512 MB (whatever up to 10 GB)", ""), {"max"})
    assert in_aside(hit("2 GB", "msg size 256KB (ext client lib + S3 up to 2GB)"), {"max"})
    for word in ("configurable", "adjustable", "extendable", "can request increase", "raise",
                 "bursting"):
        assert not in_aside(hit("500 MB/s", f"100 MB/s ({word} up to 500 MB/s)", ""), set())


def test_an_aside_naming_a_typed_word_by_its_short_form_is_asked():
    from studycli.lookup.aside import in_aside

    h = {"value": "2 GB", "snippet": "size 256KB (messages up to 2GB)", "attribute": "size"}
    assert in_aside(h, {"size"})  # positive control: "messages" not typed
    assert not in_aside(h, {"msg", "size"})  # "msg" stands for "message"
