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


def test_distance_alone_is_a_topic_word(tmp_path):
    # fixl29 (review of lookup29): "distance" alone asked a length, so these abstained
    conn = notes_conn(tmp_path, "# Route 53\n\n- geoproximity routing: routes by distance, "
                                "shift with bias (-99 to 99)\n- latency routing: lowest RTT\n"
                                "\n# OpenSearch\n\n- fuzzy query: max edit distance 2\n"
                                "- shards max 1000 per node\n")
    values = lookup_values(conn, "route 53 routing based on distance")
    assert values and "99" in values[0], values
    values = lookup_values(conn, "opensearch fuzzy max edit distance")
    assert values and "2" in values[0], values
    conn.close()


def test_a_length_unit_in_the_attribute(tmp_path):
    # the unit named by the attribute, the number in the value: a length stated
    conn = notes_conn(tmp_path, "# Global infrastructure\n\n- Max distance between AZs (km): 100\n"
                                "- RDS Multi-AZ failover 60-120 seconds\n")
    values = lookup_values(conn, "max distance between azs")
    assert values and "100" in values[0], values
    conn.close()


def test_a_length_unit_typed_asks_a_length(tmp_path):
    conn = notes_conn(tmp_path, NOTES)
    values = lookup_values(conn, "azs in a region within how many km")
    assert values and "100 km" in values[0], values
    conn.close()
