"""Lookups the notes answer in other words than the query's (session 35, vocab35): a metric
named by what it measures, a name closing a phrase of scope ("between states"), neither asked
(lookup/dimension_words.py)."""

from __future__ import annotations

from .helpers import ingest_text, lookup_top


def test_a_memory_metric_asks_no_size(tmp_path):
    notes = ("# ec2\n- memory usage is NOT a default EC2 metric -> install the CloudWatch agent\n"
             "- r5: up to 768 GiB memory\n")
    _, db, _ = ingest_text(tmp_path, notes, columns="200")
    code, values = lookup_top(db, "is memory a default ec2 metric")
    assert code == 0 and "CloudWatch agent" in values[0], values


def test_a_name_closing_a_phrase_of_scope_is_not_asked():
    from studycli.lookup.lexicon import lexicon
    from studycli.lookup.query import understand

    lex = lexicon()
    # the states are where the payload goes: its size is asked, not a state's name
    assert understand("max payload size between step function states", lex).dimensions == {"B"}
    assert understand("sfn max payload between states", lex).dimensions == {"B"}
    # a name asked stays asked: "efs default throughput mode", "pay per request ... mode"
    assert not understand("efs default throughput mode", lex).dimensions
    assert not understand("dynamodb pay per request capacity mode name", lex).dimensions
    # a memory asked of a size is still a size
    assert understand("lambda max memory", lex).dimensions == {"B"}
