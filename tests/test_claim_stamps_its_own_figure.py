"""A claim read anywhere on a line (claim_any_line) gives its status at ingest only to the
facts of that line it is about: "retention period 1-35 days (default 7), SQL Server max
storage 16 TB" contradicts the old SQL Server storage maximum (rds.sqlserver.storage), and
the right retention figures beside it were stored as outdated with it (lookup, the quiz and
exams then called 1-35 days out of date). The parser writes those figures otherwise than
the line does ("1–35 days" of "1-35 days", "7 days" of "(default 7)"), so where a fact's
value is not on the line as such, the numbers the claim's own stretch states decide."""

from __future__ import annotations

import sqlite3

from .helpers import ingest_text

# Retention 1-35 days is current (data/reference/rds.toml, rds.backup-retention.*); SQL
# Server's 16 TB storage is out of date (rds.sqlserver.storage: 64 TiB per primary volume).
RDS_LINE = ("# RDS\n\n- RDS automated backups: retention period 1-35 days (default 7), "
            "SQL Server max storage 16 TB\n")


def _statuses(tmp_path, text: str) -> dict[tuple[str, str], tuple[str, str]]:
    """(kind, value) -> (status, reference id) of each fact of a fresh ingest of `text`."""
    _, db, _ = ingest_text(tmp_path, text, "n.md")
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT f.kind, f.value, c.status, c.reference_id FROM facts f "
                        "LEFT JOIN fact_currency c ON c.fact_id = f.id").fetchall()
    conn.close()
    return {(kind, value): (status or "", ref or "") for kind, value, status, ref in rows}


def test_a_claim_read_anywhere_leaves_the_right_figures_of_its_line_alone(tmp_path):
    found = _statuses(tmp_path, RDS_LINE)
    retention = {key: found[key] for key in (("range", "1–35 days"), ("limit", "1 day"),
                                             ("default", "7 days"))}
    assert len(retention) == 3, found
    for key, (status, ref) in retention.items():
        assert ref != "rds.sqlserver.storage" and status not in ("outdated", "wrong"), key
    # the line's own sentence still carries the stale storage claim
    sentence = [v for (kind, _value), v in found.items() if kind == "fact"]
    assert sentence == [("outdated", "rds.sqlserver.storage")], found


def test_a_figure_the_claim_states_keeps_its_status(tmp_path):
    # "16TB" is the claim's own figure, written otherwise than the fact's "16 TB"
    found = _statuses(tmp_path, "# RDS\n\n- SQL Server tops out at 16TB, retention 1-35 "
                                "days\n")
    storage = [v for (kind, value), v in found.items() if kind == "limit" and "16" in value]
    assert storage and all(status in ("outdated", "wrong") for status, _ref in storage), found


def test_a_thousands_figure_is_not_also_read_as_a_decimal(tmp_path):
    # "30,000" (a KMS request quota of some Regions, the claim's old figures) is not the 30 of
    # "7-30d" beside it: the right 7-30 day deletion window stays out of the quota's claim
    found = _statuses(tmp_path, "# KMS\n\n- KMS: crypto quota 5,500/10,000/30,000 rps, "
                                "deletion window 7-30d\n")
    window = {key: v for key, v in found.items() if key[0] in ("range", "limit")}
    assert ("range", "7–30 days") in window and ("limit", "30 days") in window, found
    for key, (status, ref) in window.items():
        assert ref != "kms.symmetric-request-rate.default" and status != "outdated", key
    sentence = [v for (kind, _value), v in found.items() if kind == "fact"]
    assert sentence == [("outdated", "kms.symmetric-request-rate.default")], found


def test_figures_are_read_as_written():
    from studycli.reference.assess import _written_numbers

    # thousands separated by ',' or '.' (a Turkish or German note) read as thousands only
    assert _written_numbers("120,000 standard, 20,000 FIFO") == {120000, 20000}
    assert _written_numbers("5.500 / 10.000 / 30.000 istek") == {5500, 10000, 30000}
    assert _written_numbers("max 1.500 WCUs") == {1500}
    # decimals, a comma decimal and a fraction of a unit stay decimals
    assert _written_numbers("1.25 Gbps, 1,5 GB, 0.125 vCPU, 7 days") == {1.25, 1.5, 0.125, 7}
    # a name's digits are no figure of the claim ("S3 Object Lambda", "gp3", "EC2")
    assert _written_numbers("S3 Object Lambda, gp3 volumes on EC2") == frozenset()
    assert _written_numbers("S3 Object Lambda: 60 s") == {60}
