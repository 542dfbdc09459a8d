"""`studycli check`'s findings, kept between runs: checking every note fact against the AWS
reference parses ~36 TOML files, compiles ~160 claim patterns and assesses ~1,000 facts
(0.2-0.4 s), yet the answer changes only when the facts or the reference do. The findings are
kept as plain records in the user's cache directory, under a key that covers everything they
depend on: the database file, every fact row (content, not a count), the reference files, the
matching code, and the data files the matching reads (aliases, attributes). Any change gives
another key, and the check runs in full.

Nothing here decides a status: the records are what studycli.reference.findings found, in the
shape the view and the JSON read. A cache that cannot be read or written is ignored.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from pathlib import Path

VERSION = 1  # bump when the record shape changes


def cache_dir() -> Path:
    env = os.environ.get("STUDYCLI_CACHE")
    if env:
        return Path(env).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "studycli"


def key(conn: sqlite3.Connection, db_path: Path) -> str:
    """Changes when any fact row, reference file, matching module or data file changes.

    The reference's files are found here rather than through studycli.reference, whose
    package import (the matcher, its patterns) costs more than the rest of a kept check."""
    import studycli
    from studycli.paths import data_dir

    digest = hashlib.sha256(f"{VERSION}|{Path(db_path).resolve()}|".encode())
    for row in conn.execute("SELECT * FROM facts ORDER BY rowid"):
        digest.update(repr(row).encode())
    env = os.environ.get("STUDYCLI_REFERENCE")  # as studycli.reference.loader.reference_dir
    reference = Path(env).expanduser() if env else data_dir() / "reference"
    package = Path(studycli.__file__).parent  # the matcher and the names it knows services by
    code = [*(package / "reference").glob("*.py"), package / "services.py", package / "model.py"]
    files = [*reference.rglob("*.toml"), *code, *data_dir().glob("*.json")]
    for path in sorted(files):
        st = path.stat()
        digest.update(f"{path}:{st.st_mtime_ns}:{st.st_size}".encode())
    return digest.hexdigest()[:32]


def _file(db_path: Path) -> Path:
    name = hashlib.sha256(str(Path(db_path).resolve()).encode()).hexdigest()[:16]
    return cache_dir() / f"check-{name}.json"


def load(db_path: Path, stamp: str) -> dict | None:
    try:
        data = json.loads(_file(db_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("key") == stamp else None


def save(db_path: Path, stamp: str, result: dict) -> None:
    """Written whole (a temporary file, then renamed): a reader never sees half a file."""
    target = _file(db_path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps({**result, "key": stamp}), encoding="utf-8")
        os.replace(tmp, target)
    except OSError:
        pass  # no cache: the next check runs in full


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
