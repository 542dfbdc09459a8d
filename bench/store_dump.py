"""Dump what an ingest stores for the shipped notes and each development note set (the
`ingest`, `facts` and `conflicts` JSON, every searchable line, both full-text indexes'
contents), through the real CLI into fresh databases: compare before and after a change to the
ingest's writing path with `cmp`. Also ingests each set twice into one database (the no-op
path) and once more after one note changed.

    python bench/store_dump.py OUT.json
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
NOTE_SETS = ["content", "tests/data/unseen_notes", "tests/data/unseen2_notes",
             "tests/data/unseen3_notes", "tests/data/unseen4_notes"]


def cli(db: Path, *args: str) -> dict | list:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    argv = [sys.executable, "-m", "studycli", *args, "--db", str(db), "--json"]
    out = subprocess.run(argv, capture_output=True, text=True, env=env, check=True)
    return json.loads(out.stdout)


def tables(db: Path) -> dict:
    conn = sqlite3.connect(db)
    try:
        return {
            "note_lines": conn.execute(
                "SELECT source, line, text FROM note_lines ORDER BY source, line").fetchall(),
            "note_lines_fts": conn.execute(
                "SELECT l.source, l.line, count(*) FROM note_lines_fts f JOIN note_lines l "
                "ON l.id = f.rowid WHERE note_lines_fts MATCH 'lambda OR sqs OR max' "
                "GROUP BY 1, 2 ORDER BY 1, 2").fetchall(),
            "vocab": conn.execute("SELECT term, doc, cnt FROM note_lines_vocab").fetchall(),
            "facts_fts": conn.execute(
                "SELECT f.source, f.line, f.attribute FROM facts_fts x JOIN facts f "
                "ON f.rowid = x.rowid WHERE facts_fts MATCH 'lambda OR timeout' "
                "ORDER BY 1, 2, 3").fetchall(),
            "sources": conn.execute(
                "SELECT path, sha256, facts, comparisons FROM sources ORDER BY path").fetchall(),
            "comparisons": conn.execute(
                "SELECT id, left, right, aspect, left_value, right_value, source, line "
                "FROM comparisons ORDER BY id").fetchall(),
            "integrity": conn.execute("PRAGMA integrity_check").fetchall(),
        }
    finally:
        conn.close()


def main(out: str) -> None:
    result: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        for folder in NOTE_SETS:
            db = Path(tmp) / (folder.replace("/", "_") + ".db")
            first = cli(db, "ingest", str(REPO / folder))
            again = cli(db, "ingest", str(REPO / folder))
            result[folder] = {"ingest": first, "ingest again": again,
                              "facts": cli(db, "facts"), "conflicts": cli(db, "conflicts"),
                              **tables(db)}
            # one note edited: only it is parsed again
            copy = Path(tmp) / "copy"
            shutil.copytree(REPO / folder, copy)
            db2 = Path(tmp) / "edited.db"
            cli(db2, "ingest", str(copy))
            first_note = sorted(p for p in copy.rglob("*") if p.is_file())[0]
            first_note.write_text(first_note.read_text(encoding="utf-8", errors="replace")
                                  + "\n- SQS max message size 256 KB\n", encoding="utf-8")
            result[folder]["edited"] = {"ingest": cli(db2, "ingest", str(copy)),
                                        "facts": cli(db2, "facts"), **tables(db2)}
            shutil.rmtree(copy)
            db2.unlink()
    Path(out).write_text(json.dumps(result, indent=1, sort_keys=True, ensure_ascii=False),
                         encoding="utf-8")
    print(f"{len(result)} note sets -> {out}")


if __name__ == "__main__":
    main(sys.argv[1])
