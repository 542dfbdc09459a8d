"""`studycli check`'s findings, kept between runs: checking every note fact against the AWS
reference parses ~36 TOML files, compiles ~160 claim patterns and assesses ~1,000 facts
(0.2-0.4 s), yet the answer changes only when the facts or the reference do. The findings are
kept as plain records (studycli/fastpath/kept.py), under a key that covers everything they
depend on: the database file, every fact row (content, not a count), the reference files, the
matching code, and the data files the matching reads (aliases, attributes). Any change gives
another key, and the check runs in full.

Nothing here decides a status: the records are what studycli.reference.findings found, in the
shape the view and the JSON read. A cache that cannot be read or written is ignored.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from studycli.fastpath import kept

VERSION = "check-1"  # change when the record shape changes


def key(conn: sqlite3.Connection, db_path: Path) -> str:
    """Changes when any fact row, reference file, matching module or data file changes.

    The reference's files are found here rather than through studycli.reference, whose
    package import (the matcher, its patterns) costs more than the rest of a kept check."""
    from studycli.paths import data_dir

    env = os.environ.get("STUDYCLI_REFERENCE")  # as studycli.reference.loader.reference_dir
    reference = Path(env).expanduser() if env else data_dir() / "reference"
    files = [*reference.rglob("*.toml"), *kept.data_files(),
             *kept.package_files("reference", "services.py", "model.py")]
    return kept.key(conn, db_path, ["SELECT * FROM facts ORDER BY rowid"], files, VERSION)


def load(db_path: Path, stamp: str) -> dict | None:
    return kept.load("check", db_path, stamp)


def save(db_path: Path, stamp: str, result: dict) -> None:
    kept.save("check", db_path, stamp, result)


def records(findings, reference, facts_checked: int) -> dict:
    """What the view and the JSON need from a full check, as plain data."""
    from studycli.reference.findings import counts

    return {
        "reference": {"entries": len(reference.entries), "verified": reference.verified,
                      "last_checked": reference.last_checked,
                      "oldest_checked": reference.oldest_checked},
        "problems": list(reference.problems),
        "tally": counts(findings),
        "facts_checked": facts_checked,
        "findings": [_record(x) for x in findings],
    }


def _record(finding) -> dict:
    f, a = finding.fact, finding.assessment
    named = a.entry if a.how == "claim" else f  # a claim is named by the entry (check_view)
    return {
        "json": finding.to_dict(),
        "service": f.service, "source": f.source, "line": f.line, "snippet": f.snippet,
        "value": f.value, "kind": str(f.kind), "status": a.status, "how": a.how,
        "key": [named.service, named.subject, named.attribute], "qualifier": named.qualifier,
        "statement": a.statement or "", "current_value": a.current_value or "",
        "changed": a.changed or "", "exam_note": a.exam_note or "", "url": a.url or "",
    }
