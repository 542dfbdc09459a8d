"""Dump every table a fresh ingest writes (facts with every column, comparisons, cards
without their creation time, the AWS check's findings, searchable lines, both full-text
indexes' terms and an FTS5 integrity check, sources) for the shipped notes, two development
note sets and two bench shapes, each through the real CLI into a fresh database. Compare a
branch against main with `cmp`: a change to the ingest's work after the parse must leave
every byte of it alone.

    python bench/ingest_db_dump.py OUT.json
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

from shapes import SHAPES  # noqa: E402

NOTE_SETS = ["content", "tests/data/unseen2_notes", "tests/data/unseen39_notes"]
SHAPE_NOTES = {"TSV": 300_000, "long lines": 100_000}  # bulk paths, many facts to a line

# every column but the clock's: ingest stamps when a card was made and a source read
QUERIES = {
    "facts": "SELECT * FROM facts ORDER BY id",
    "comparisons": "SELECT * FROM comparisons ORDER BY id",
    "cards": "SELECT id, service, subject, attribute, qualifier, card_type, ord, state, "
             "suspended, missing FROM cards ORDER BY id",
    "fact_currency": "SELECT * FROM fact_currency ORDER BY fact_id",
    "compare_vouched": "SELECT * FROM compare_vouched ORDER BY card_id",
    "note_lines": "SELECT source, line, text FROM note_lines ORDER BY source, line",
    "sources": "SELECT path, sha256, facts, comparisons FROM sources ORDER BY path",
    "note_lines_vocab": "SELECT term, doc, cnt FROM note_lines_vocab ORDER BY term",
    "facts_vocab": "SELECT term, col, doc, cnt FROM temp.facts_vocab ORDER BY term, col",
}


def cli(db: Path, *args: str) -> dict | list:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    argv = [sys.executable, "-m", "studycli", *args, "--db", str(db), "--json"]
    out = subprocess.run(argv, capture_output=True, text=True, env=env)
    return json.loads(out.stdout)


def tables(db: Path) -> dict:
    conn = sqlite3.connect(db)
    try:
        conn.execute("CREATE VIRTUAL TABLE temp.facts_vocab USING fts5vocab(main, facts_fts, "
                     "'col')")
        out = {name: conn.execute(sql).fetchall() for name, sql in QUERIES.items()}
        for index in ("facts_fts", "note_lines_fts"):  # the index holds what its table does
            conn.execute(f"INSERT INTO {index} ({index}) VALUES ('integrity-check')")
        out["integrity"] = conn.execute("PRAGMA integrity_check").fetchall()
        return out
    finally:
        conn.close()


def main(out: str) -> None:
    result: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        shapes = Path(tmp) / "shapes"
        shapes.mkdir()
        for name, size in SHAPE_NOTES.items():
            (shapes / f"{name.replace(' ', '_')}.md").write_text(
                SHAPES[name](size), encoding="utf-8", newline="")
        for folder in [*NOTE_SETS, str(shapes)]:
            db = Path(tmp) / "dump.db"
            path = folder if Path(folder).is_absolute() else str(REPO / folder)
            label = "bench shapes" if folder == str(shapes) else folder
            result[label] = {"ingest": cli(db, "ingest", path), **tables(db)}
            for p in Path(tmp).glob("dump.db*"):
                p.unlink()
    Path(out).write_text(json.dumps(result, indent=0, sort_keys=True, ensure_ascii=False),
                         encoding="utf-8")
    print(f"{len(result)} note sets, "
          + ", ".join(f"{k}: {len(v['facts'])} facts {len(v['cards'])} cards "
                      f"{len(v['fact_currency'])} findings" for k, v in result.items()))


if __name__ == "__main__":
    main(sys.argv[1])
