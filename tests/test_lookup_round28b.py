"""Issue 10, round twenty-eight's follow-up: the rules that keep one variant's figure from
answering for another (lookup/variants.py, answer._other_member), a mode's figure and a
baseline no maximum must not take away a figure that is the one asked."""

from __future__ import annotations

import pytest

from studycli.lookup import variants
from tests.helpers import lookup_values, notes_conn


def _values(tmp_path, notes: str, query: str) -> str:
    """lookup's first three values for `query` on a one-note folder, joined, digits ungrouped."""
    conn = notes_conn(tmp_path, notes, "n.md")
    return " ".join(lookup_values(conn, query)).replace(",", "")


@pytest.mark.parametrize("notes,query,figure", [
    # "base" in another word is no baseline
    ("# Bedrock\n\n- 100 knowledge bases per account\n",
     "bedrock max knowledge bases per account", "100"),
    ("# Redshift\n\n- Serverless base capacity 8 to 512 RPUs\n", "redshift serverless max rpu",
     "512"),
    # a baseline that scales to a figure says the figure is its maximum
    ("# EBS\n\n- gp3 baseline 3000 IOPS scales to 16000 IOPS\n", "gp3 max iops", "16000"),
])
def test_only_a_baseline_beside_its_own_figure_is_no_maximum(tmp_path, notes, query, figure):
    assert figure in _values(tmp_path, notes, query)


def test_a_mode_given_its_figure_by_an_arrow_is_answered_by_it(tmp_path):
    notes = "# SQS\n\n- FIFO queues: 300 TPS, high throughput mode -> 70,000 TPS\n"
    assert "70000" in _values(tmp_path, notes, "sqs fifo high throughput mode max tps")


@pytest.mark.parametrize("notes,query,figure", [
    # the GSI named before the ';' says nothing of "any index" after it
    ("# DynamoDB\n\n- GSI: max 20 per table; any index: max 100 projected attributes total\n",
     "lsi max projected attributes", "100"),
    # the plan asked is named, if in a clause with no number: the answer is the line saying
    # Business gets the full checks (its 7 is the Basic/Developer plans' figure)
    ("# Trusted Advisor\n\n- full checks only on Business and Enterprise plans; basic/developer "
     "get 7 core checks\n", "trusted advisor business support number of checks",
     "full checks only on Business"),
])
def test_a_variant_named_before_a_semicolon_does_not_own_what_follows(tmp_path, notes, query,
                                                                      figure):
    assert figure in _values(tmp_path, notes, query)


@pytest.mark.parametrize("text", [
    "cache encrypted at rest optional", "ECS cluster with 3 services",
    "spread across AZs", "Step Functions standard library",
    "the rest (cluster, partition) no such limit",
])
def test_a_common_word_names_no_variant(text):
    assert variants.named(text) == {}


@pytest.mark.parametrize("text,member", [
    ("Business: < 1 hour production down", "Business"),
    ("Express: max 5 min; standard: 1 year", "Standard workflow"),
    ("spread = max 7 per AZ", "spread placement group"),
    ("Spread -> max 7 running instances per AZ", "spread placement group"),
    ("integration timeout 29 sec for REST", "REST API"),
    ("cluster PG: 10 Gbps per flow", "cluster placement group"),
])
def test_a_leading_label_a_head_noun_or_capitals_name_a_variant(text, member):
    assert any(member in members for members in variants.named(text).values())
