"""The pairs list resolves each comparison row once and asks the notes' lines for "X vs Y"
in one query, however many names and notes it checks; the names it offers stay the same."""

from __future__ import annotations

import sys
from types import FrameType

from studycli import compare as lib
from studycli.store.db import connect
from tests.helpers import ingested_folder

NOTES = {
    "storage.md": "# Storage\n\n- EFS vs FSx: EFS is Linux NFS, FSx is Windows SMB\n",
    "network.md": "# VPC\n\n## SG vs NACL\n- SG: stateful; NACL: stateless\n",
    "s3.md": "# S3\n\n| | S3 Standard | Notes |\n|---|---|---|\n| AZs | 3 or more | spread |\n",
    # two services sharing attributes: the shared-attribute pairs run beside the rows' own
    "db.md": "# Databases\n\n## RDS\n- Backup retention: max 35 days\n\n"
             "## Aurora\n- Backup retention: max 35 days\n",
}


def _called_from(name: str) -> bool:
    """Whether `name` is a function on the caller's stack (the counts below are the row
    resolution's and the "X vs Y" check's own, whatever else resolves names or reads lines)."""
    frame: FrameType | None = sys._getframe(2)
    while frame is not None:
        if frame.f_code.co_name == name:
            return True
        frame = frame.f_back
    return False


def test_one_resolution_and_one_query_for_the_pairs(tmp_path, monkeypatch):
    db = connect(ingested_folder(tmp_path, NOTES))
    resolved = []
    real = lib.resolve_pair
    monkeypatch.setattr(lib, "resolve_pair", lambda *a: (
        resolved.append(a) if _called_from("_resolved_rows") else None) or real(*a))
    asked = []
    db.conn.set_trace_callback(lambda sql: asked.append(sql) if "note_lines" in sql
                               and _called_from("_written_vs") else None)
    pairs = lib.comparable_pairs(db)
    db.conn.set_trace_callback(None)
    labels = {(p.left.label, p.right.label) for p in pairs}
    assert labels == {("EFS", "FSx"), ("Aurora", "RDS")}, labels  # as 67f48e2a offered
    rows = db.conn.execute("SELECT count(*) FROM comparisons").fetchone()[0]
    assert len(resolved) == rows  # once a row (it was twice)
    assert len(asked) == 1, asked  # one query (it was one a note and name)


def test_a_subject_counts_beside_its_own_service_or_when_it_names_its_own():
    on_demand = lib.Side("Kinesis Data Streams", "on-demand mode")
    assert lib.counts_beside("Kinesis on-demand", on_demand, "EC2")
    assert not lib.counts_beside("On-Demand", on_demand, "EC2")
    assert lib.counts_beside("On-Demand", on_demand, "Kinesis Data Streams")
    assert lib.counts_beside("SQS", lib.Side("SQS"), "EC2")  # a service stands beside any
