""""how far apart" asks a distance, not a duration (session 29, lookup29; issue 10's left-over
'"how far" in a query is read as a duration': "how far apart are azs" met "3 AZs" and a
failover's 60-120 s; unseen53/59/62 abstained on "AZs ... within 100 km")."""

from __future__ import annotations

from .helpers import lookup_values, notes_conn

NOTES = ("# Global infrastructure\n\n- region = 3 AZs minimum\n"
         "- AZs in a region are within 100 km (60 miles) of each other\n"
         "- RDS Multi-AZ failover 60-120 seconds\n")


def test_how_far_apart_asks_a_distance(tmp_path):
    conn = notes_conn(tmp_path, NOTES)
    for query in ("how far apart are azs", "distance between azs in a region"):
        values = lookup_values(conn, query)
        assert values and "100 km" in values[0], (query, values)
    conn.close()


def test_no_length_no_answer(tmp_path):
    conn = notes_conn(tmp_path, "# Global infrastructure\n\n- region = 3 AZs minimum\n"
                                "- RDS Multi-AZ failover 60-120 seconds\n")
    assert lookup_values(conn, "how far apart are azs") == []
    conn.close()


def test_how_far_back_still_asks_a_duration(tmp_path):
    conn = notes_conn(tmp_path, "# Aurora\n\n- Backtrack: rewind in place up to 72 hours\n"
                                "- up to 15 read replicas\n")
    values = lookup_values(conn, "aurora backtrack how far back")
    assert values and "72" in values[0], values
    conn.close()
