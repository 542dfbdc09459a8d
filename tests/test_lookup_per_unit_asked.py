"""A count unit asked ("lambda max vcpu") is not answered by a figure the notes give per one
of that unit ("memory per vCPU: 1,792 MB"): that is a size per vCPU, no number of vCPUs
(session 29, lookup29; issue 10's left-over on the shipped notes)."""

from __future__ import annotations

from .helpers import lookup_values, notes_conn

NOTES = ("# Lambda\n\n- memory 128 MB to 10 GB\n"
         "- vCPU would be assigned more if RAM > 1792MB\n- timeout 3 s, max 15 min\n")


def test_a_figure_per_unit_is_no_count_of_the_unit(tmp_path):
    conn = notes_conn(tmp_path, NOTES)
    assert lookup_values(conn, "lambda max vcpu") == []
    conn.close()


def test_the_figure_per_unit_still_answers_when_asked_per_unit(tmp_path):
    conn = notes_conn(tmp_path, NOTES)
    values = lookup_values(conn, "lambda memory per vcpu")
    assert values and "1792" in values[0].replace(",", ""), values
    conn.close()


def test_a_count_of_the_unit_still_answers(tmp_path):
    conn = notes_conn(tmp_path, "# Lambda\n\n- up to 6 vCPUs per function at 10 GB memory\n")
    values = lookup_values(conn, "lambda max vcpu")
    assert values and "6" in values[0], values
    conn.close()


def test_each_unit_after_a_count_still_counts(tmp_path):
    # fixl29 (review of lookup29): "each ACU" was read as "per ACU", so the count before it
    # (0.5 to 256 ACUs) no longer said "acu"
    conn = notes_conn(tmp_path, "# Aurora\n\n- Aurora Serverless v2 capacity: 0.5 to 256, "
                                "each ACU ~2 GiB\n- up to 15 read replicas\n")
    values = lookup_values(conn, "aurora serverless v2 max acu")
    assert values and "256" in values[0], values
    conn.close()


def test_per_unit_written_with_spaces_or_hyphen(tmp_path):
    for line in ("- memory 1769 MB / vCPU\n", "- memory 1769 MB per-vCPU\n"):
        conn = notes_conn(tmp_path / str(len(line)), "# Lambda\n\n" + line
                          + "- timeout 3 s, max 15 min\n")
        assert lookup_values(conn, "lambda max vcpu") == [], line
        conn.close()
