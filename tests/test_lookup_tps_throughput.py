"""A note's "TPS" (transactions per second) says throughput: a new user's "standard queue:
~unlimited TPS" was only a related line for "sqs standard throughput" (the query's
"throughput" unsaid), and lookup abstained."""

from __future__ import annotations

from tests.helpers import first_value, notes_conn

NOTES = "# SQS\n- standard queue: ~unlimited TPS\n- FIFO: 300 TPS (3000 with batching)\n"


def test_tps_answers_a_throughput_asked(tmp_path):
    conn = notes_conn(tmp_path, NOTES)
    assert "unlimited TPS" in first_value(conn, "sqs standard throughput")
