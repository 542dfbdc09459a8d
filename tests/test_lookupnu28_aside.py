"""A figure a note writes in an aside about another mechanism is not its line's own
(session 28, lookupnu28; lookup/aside.py): "msg size 256KB (ext client lib + S3 up to 2GB)"
gives SQS's message size as 256 KB, whatever "up to" marks in the parenthesis."""

from __future__ import annotations

import pytest

from .helpers import lookup_values, notes_conn

SQS = ("# SQS\n\n- msg size 256KB (ext client lib + S3 up to 2GB)\n"
       "- visibility timeout 30s (max 12h)\n")


@pytest.fixture(scope="module")
def sqs(tmp_path_factory):
    conn = notes_conn(tmp_path_factory.mktemp("sqs"), SQS)
    yield conn
    conn.close()


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
