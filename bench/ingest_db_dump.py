"""Dump every table a fresh ingest writes (facts with every column, comparisons, cards
without their creation time, the AWS check's findings, searchable lines, both full-text
indexes' terms and an FTS5 integrity check, sources) for the shipped notes, two development
note sets and two bench shapes, each through the real CLI into a fresh database. Compare a
branch against main with `cmp`: a change to the ingest's work after the parse must leave
every byte of it alone. Also the people's summary of a second fresh ingest (its AWS tally)
and `check --json` after it (the findings that ingest kept), the temporary folder's name
written as TMP.

    python bench/ingest_db_dump.py OUT.json [--notes FOLDER ...] [--code TREE]

--notes: more note folders to dump; --code: the tree whose studycli runs (default: this one).
"""

from __future__ import annotations

import argparse
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
    "cards_unasked": "SELECT * FROM cards_unasked ORDER BY card_id",
    "note_lines_vocab": "SELECT term, doc, cnt FROM note_lines_vocab ORDER BY term",
    "facts_vocab": "SELECT term, col, doc, cnt FROM temp.facts_vocab ORDER BY term, col",
}


CODE = [REPO]


def cli(db: Path, *args: str, as_json: bool = True) -> dict | list | str:
    env = {**os.environ, "PYTHONPATH": str(CODE[0]), "COLUMNS": "200"}
    argv = [sys.executable, "-m", "studycli", *args, "--db", str(db),
            *(["--json"] if as_json else [])]
    out = subprocess.run(argv, capture_output=True, text=True, env=env, cwd=CODE[0])
    return json.loads(out.stdout) if as_json else out.stdout + out.stderr


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


def main(out: str, more: list[str]) -> None:
    result: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        shapes = Path(tmp) / "shapes"
        shapes.mkdir()
        for name, size in SHAPE_NOTES.items():
            (shapes / f"{name.replace(' ', '_')}.md").write_text(
                SHAPES[name](size), encoding="utf-8", newline="")
        for folder in [*NOTE_SETS, *more, str(shapes)]:
            db = Path(tmp) / "dump.db"
            path = folder if Path(folder).is_absolute() else str(REPO / folder)
            label = "bench shapes" if folder == str(shapes) else folder
            result[label] = {"ingest": cli(db, "ingest", path), **tables(db)}
            people = Path(tmp) / "people.db"
            summary = cli(people, "ingest", path, as_json=False)
            result[label]["summary"] = str(summary).replace(tmp, "TMP")
            result[label]["check"] = cli(people, "check")
            for p in [*Path(tmp).glob("dump.db*"), *Path(tmp).glob("people.db*")]:
                p.unlink()
    Path(out).write_text(json.dumps(result, indent=0, sort_keys=True, ensure_ascii=False),
                         encoding="utf-8")
    print(f"{len(result)} note sets, "
          + ", ".join(f"{k}: {len(v['facts'])} facts {len(v['cards'])} cards "
                      f"{len(v['fact_currency'])} findings" for k, v in result.items()))


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--notes", nargs="*", default=[])
    ap.add_argument("--code", default=str(REPO))
    args = ap.parse_args()
    CODE[0] = Path(args.code).resolve()
    main(args.out, args.notes)
