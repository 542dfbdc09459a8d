"""A baseline asked with no bound is not a maximum (session 28, lookup28; unseen82's "gp3
baseline iops" on a table whose header, in Romanian, said which column was the baseline: the
16,000 IOPS maximum came first, tied with the 3,000 IOPS the volume gets without asking)."""

from __future__ import annotations

from .helpers import lookup_values, notes_conn


def test_a_baseline_asked_is_not_the_max(tmp_path):
    conn = notes_conn(tmp_path, "# EBS\n\n- gp3: 3,000 IOPS included, max 16,000 IOPS\n"
                                "- gp2: 3 IOPS per GiB, min 100\n")
    values = lookup_values(conn, "gp3 baseline iops")
    assert values and "3,000" in values[0].replace("3000", "3,000"), values
    # the maximum asked is still the maximum
    values = lookup_values(conn, "gp3 max iops")
    assert values and "16" in values[0], values
    conn.close()
