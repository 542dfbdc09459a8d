"""Session 50 (rank50): "max" typed with a case ("rds magnetic max storage") is answered by
the case's figure, not by a larger figure of the measure in general that the same line
states first (lookup/bounds.py: the figure of a larger peer must name every word typed that
the first answer's measure names)."""

from __future__ import annotations

from tests.helpers import first_value, notes_fixture

# RDS: 64 TiB a storage volume; magnetic (standard) storage 3,072 GiB at most (the RDS API's
# CreateDBInstance AllocatedStorage). RDS for SQL Server is no longer a 16 TiB case: its
# primary volume too takes 64 TiB (RDS User Guide, "Increasing DB instance storage capacity")
CASES = """\
# RDS

- RDS max storage 64 TiB (magnetic 3 TiB)
- Multi-AZ standby in another AZ
"""

cases = notes_fixture(CASES)


def test_max_of_a_case_typed_is_the_case_figure_not_a_larger_general_one(cases):
    # Test fails without bounds._names_typed (64 TiB first: the larger of the line's figures)
    assert first_value(cases, "rds magnetic max storage") == "3 TiB"


def test_max_of_no_case_typed_is_still_the_general_figure(cases):
    assert first_value(cases, "rds max storage") == "64 TiB"
