"""A service named that a fact is not filed under, said in the clause that states the
fact's number, picks that fact among the line's (features.service_in_clause)."""

from __future__ import annotations

from studycli.lookup import lookup
from studycli.store.db import connect

NOTE = """# RDS

- why: RDS MySQL max 5 read replicas. Aurora up to 15 replicas with <10ms lag (shared storage).
- RDS backups retained 7 days by default
"""


def test_the_clause_naming_the_service_asked_answers(tmp_path):
    from studycli.ingest import ingest_paths

    (tmp_path / "rds.md").write_text(NOTE, encoding="utf-8")
    db = connect(tmp_path / "notes.db")
    ingest_paths(db, [tmp_path / "rds.md"])
    db.conn.close()
    conn = connect(tmp_path / "notes.db", readonly=True).conn
    try:
        aurora = lookup(conn, "max aurora read replicas", limit=3).hits
    finally:
        conn.close()
    assert aurora and aurora[0]["value"] == "15 replicas"
