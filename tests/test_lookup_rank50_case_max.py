"""Session 50 (rank50): "max" typed with a case ("rds sql server max storage") is answered by
the case's figure, not by a larger figure of the measure in general that the same line
states first (lookup/bounds.py: the figure of a larger peer must name every word typed that
the first answer's measure names)."""

from __future__ import annotations

from tests.helpers import first_value, notes_fixture

CASES = """\
# RDS

- RDS max storage 64 TiB (sql server 16 TiB)
- Multi-AZ standby in another AZ
"""

cases = notes_fixture(CASES)


def test_max_of_a_case_typed_is_the_case_figure_not_a_larger_general_one(cases):
    # Test fails without bounds._names_typed (64 TiB first: the larger of the line's figures)
    assert first_value(cases, "rds sql server max storage") == "16 TiB"


def test_max_of_no_case_typed_is_still_the_general_figure(cases):
    assert first_value(cases, "rds max storage") == "64 TiB"
