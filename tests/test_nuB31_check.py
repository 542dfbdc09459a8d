"""check: RDS's old 5 read replicas given after the count's engine, beside Aurora's 15 (nuB31)."""

from __future__ import annotations

from tests.helpers import check_findings, stale_ids, two_note_folder


def test_five_read_replicas_for_rds_mysql_beside_auroras_fifteen_is_flagged(tmp_path):
    """Every claim pattern left alone a line naming Aurora anywhere, and none read the count
    before its engine ("5 for RDS MySQL"): the line escaped check and lookup's marker."""
    stale = ("# Databases\n\n"
             "* Read replicas = ASYNC, up to 15 (Aurora) / 5 for RDS MySQL\n"
             "- read replicas: 5 for PostgreSQL, 15 for Aurora\n")
    right = ("# Databases\n\n"
             "* Read replicas = ASYNC, up to 15 (Aurora) / 15 for RDS MySQL\n"
             "- read replicas: 5 for Oracle, 15 for MySQL\n"
             "- read replicas: up to 15, 5 for Aurora MySQL cross-region\n"
             # a 5 that is not the engine's listed count, or a history beside today's 15
             "- read replicas: up to 15 for MySQL now (raised from 5 for MySQL in 2022)\n"
             "- Read replicas: RDS MySQL now 15 (before: 5 for MySQL)\n"
             "- read replicas: replica lag alarms at 5 for MySQL\n"
             "- read replica promotion: takes about 5 with MySQL\n"
             "- Read replicas, up to 15 each; nested replication chain depth up to 5 for MySQL\n")
    notes = two_note_folder(tmp_path, stale, right)
    flags = stale_ids(notes, tmp_path / "s.db")
    for line in (3, 4):
        assert flags.get(line, set()) & {"rds.read-replicas.claim", "rds.read-replicas.max"}, flags
    _, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert [x for x in found if x["status"] in ("outdated", "wrong")] == [], found
