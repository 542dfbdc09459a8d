"""A bound the AWS reference gives a note's unqualified value, said beside the note's word for
the case that is that bound (session 55): "What is the minimum fast interval for Amazon Route
53 (health check)?" was rejected by reviewers as garbled (Route 53's fast interval is its
minimum); 38 of the questions from 48 development sets' notes said it so."""

from __future__ import annotations

import pytest

from tests.helpers import exam_stems, note_db

# The note's word for the case that is AWS's bound ("fast"), beside the bound itself
_FAST = ("- health check interval: 30 s (standard) or 10 s (fast)\n",
         "- health checks: standard interval 30s, fast interval 10s\n",
         "- health check default interval 30 seconds; fast = 10 s, costs more\n")


@pytest.mark.parametrize("line", _FAST)
def test_a_bound_is_not_said_beside_the_case_that_is_it(tmp_path, line):
    db = note_db(tmp_path, f"# Route 53\n{line}")
    stems = [s for s in exam_stems(db, "saa-c03") if "Route 53" in s]
    asked = [s for s in stems if "minimum" in s]
    assert asked, stems
    assert all("fast" not in s for s in asked), asked
    assert all("minimum health check interval" in s for s in asked), asked


def test_a_case_the_bound_does_not_name_stays_in_the_stem(tmp_path):
    """gp3 is no bound of EBS throughput: its maximum is asked of gp3, as before."""
    db = note_db(tmp_path, "# EBS\n- gp3 volumes: throughput 1,000 MiB/s\n")
    stems = [s for s in exam_stems(db, "saa-c03") if "throughput" in s]
    assert stems and all("gp3" in s for s in stems), stems


def test_what_the_entrys_id_says_a_value_is_per_is_no_case(tmp_path):
    """"eventbridge.targets-per-rule.max": "per rule" is the count's scope, kept where the
    note's measure says it ("targets (per rule)"), not a case dropped with the bound."""
    db = note_db(tmp_path, "# EventBridge\n- 5 targets per rule\n")
    stems = [s for s in exam_stems(db, "dva-c02") if "targets" in s]
    assert stems and all("number of targets per rule" in s for s in stems), stems
