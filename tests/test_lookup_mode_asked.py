"""A mode asked for by name, with no figure asked ("rds multi az replication mode"), is
answered by the line naming it, wherever that line's number is (session 30, lookup30c:
"RDS Multi-AZ · SYNC replication to standby in other AZ, failover 60-120 sec" scored half
its shape, answer._mode_unsaid reading "replication mode" as a mode whose figure is asked,
as in "sqs fifo high throughput mode max tps")."""

from __future__ import annotations

from .helpers import lookup_values, notes_conn


def test_mode_asked_is_answered_by_its_line(tmp_path):
    conn = notes_conn(tmp_path, "# RDS\n\n- RDS Multi-AZ: SYNC replication to standby in other "
                                "AZ, failover 60-120 sec, same DNS endpoint\n"
                                "- backup retention default 7 days, max 35 days\n")
    values = lookup_values(conn, "rds multi az replication mode")
    assert values and "SYNC" in values[0], values
    conn.close()


def test_a_figure_of_a_named_mode_still_needs_the_mode(tmp_path):
    # a figure asked of a mode ("high throughput mode max tps") is not the plain queue's
    conn = notes_conn(tmp_path, "# SQS\n\n- FIFO queue: 300 msg/s, 3000 with batching\n"
                                "- standard queue: nearly unlimited throughput\n")
    values = lookup_values(conn, "sqs fifo high throughput mode max tps")
    assert not values or "300" not in values[0], values
    conn.close()


def test_a_figure_word_anywhere_asks_a_figure_of_the_mode(tmp_path):
    # "tps" or "throughput" typed before "mode" (or after "for") asks a rate of the mode:
    # "mode" takes the query's rate dimension away (a name is asked), so it is no mode
    # asked for itself, and the plain FIFO line (the mode "more") is no answer (review of
    # lookup30c, finding 1)
    conn = notes_conn(tmp_path, "# SQS\n- FIFO queue: 300 msg/s, 3,000 with batching (high "
                                "throughput mode more)\n- standard queue: nearly unlimited "
                                "throughput\n", name="sqs.md")
    for query in ("sqs fifo tps in high throughput mode", "sqs high throughput mode for fifo tps",
                  "fifo throughput in high throughput mode"):
        values = lookup_values(conn, query)
        assert not any("300" in v or "3000" in v for v in values), (query, values)
    conn.close()


def test_a_rate_written_with_its_slash_asks_a_figure(tmp_path):
    # "msg/s" is split into "msg" and "s" by the query's words: still a rate asked (unseen63:
    # "sqs fifo high throughput mode exact msg/s" was answered the plain FIFO line)
    conn = notes_conn(tmp_path, "# SQS\n- FIFO: 300 msg/s w/o batching, 3,000 msg/s with "
                                "batching; high throughput mode much more\n"
                                "- standard queue: nearly unlimited throughput\n", name="sqs.md")
    values = lookup_values(conn, "sqs fifo high throughput mode exact msg/s")
    assert not any("300" in v for v in values), values
    conn.close()
