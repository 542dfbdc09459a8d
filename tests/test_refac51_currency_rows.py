"""A lookup reads each answer's AWS status row once: asked a default, it read one row an
answer to drop a bare figure the reference reads as a maximum, then every answer's row
again to mark what AWS says (lookup/currency_rows.py)."""

from __future__ import annotations

from studycli.lookup import lookup
from studycli.store.db import connect
from tests.helpers import note_db

CHEATSHEET = """CHEAT SHEET

Lambda
 mem 128 MB - 10 GB
 timeout 15 min
 env vars 4 KB

ELB  idle timeout 60 s
ELB  connection timeout 10 s
STS  AssumeRole 1 h default, 12 h max
"""


def _currency_reads(db, query: str) -> tuple[list[str], list[dict]]:
    """(the statements that read fact_currency by fact id, the hits) of one lookup."""
    conn = connect(db, readonly=True).conn
    seen: list[str] = []
    conn.set_trace_callback(seen.append)
    hits = lookup(conn, query, limit=3).to_json()
    conn.close()
    return [s for s in seen if "FROM fact_currency" in s and "fact_id IN" in s], hits


def test_each_answers_status_row_is_read_once(tmp_path):
    db = note_db(tmp_path, CHEATSHEET, name="cheatsheet.txt")
    reads, hits = _currency_reads(db, "elb idle timeout default")
    assert hits and hits[0]["value"] == "60 s", hits  # the reference's default stays
    assert len(reads) == 1, reads
    # the rule the rows serve still drops a maximum asked as a default
    reads, hits = _currency_reads(db, "lambda default timeout")
    assert hits == [] and len(reads) <= 1, reads


def test_a_lookup_asking_no_default_reads_the_rows_once_too(tmp_path):
    db = note_db(tmp_path, CHEATSHEET, name="cheatsheet.txt")
    reads, hits = _currency_reads(db, "lambda max timeout")
    assert hits and hits[0]["value"] == "15 min", hits
    assert len(reads) == 1, reads
