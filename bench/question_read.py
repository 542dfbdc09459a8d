"""Exam questions from development sets' notes, a four-line block each, for a reviewer to read.

    python bench/question_read.py --only unseen201,unseen202 [--db-dir DIR] [--seeds 1,2]
                                  [--questions 200] > questions.txt

Ingests each set's notes (tests/data/NAME_notes; with --db-dir the databases are kept there
and reused: delete them after a parser change), runs `studycli exam --json` in this process
for every profile and seed, and prints each distinct question (set, stem, keyed answer) once:
its style and kind, stem, keyed options, all options, the note line it came from and the
start of its explanation. Same notes and seeds, same output: two runs of it on the same sets
before and after a change read side by side in a diff. Never run it on the held-out sets
(unseen5, unseen7, unseen10).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from functools import cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
PROFILES = ("saa-c03", "dva-c02", "clf-c02")
HELD_OUT = {"unseen5", "unseen7", "unseen10"}


@cache
def _note_lines(name: str, source: str) -> tuple[str, ...]:
    """A note file's lines, read once however many questions come from it."""
    try:
        return tuple((DATA / f"{name}_notes" / source).read_text(errors="replace").splitlines())
    except OSError:
        return ()


def _note_line(name: str, source: str, line: int) -> str:
    lines = _note_lines(name, source)
    return lines[line - 1].strip() if 0 < line <= len(lines) else "?"


def read_set(name: str, db: Path, seeds: list[int], questions: int) -> list[str]:
    from typer.testing import CliRunner

    from studycli.cli import app

    runner = CliRunner()
    if not db.exists():
        done = runner.invoke(app, ["ingest", "--db", str(db), str(DATA / f"{name}_notes")])
        if done.exit_code != 0:
            return [f"[{name}] ingest failed: {done.output[:200]}"]
    seen: set[tuple] = set()
    out = []
    for profile in PROFILES:
        for seed in seeds:
            result = runner.invoke(app, ["exam", "--db", str(db), "--profile", profile,
                                         "--questions", str(questions), "--seed", str(seed),
                                         "--json"])
            if result.exit_code != 0:  # said, so that a diff shows a set's questions gone
                out.append(f"[{name}] exam {profile} seed {seed} failed: "
                           f"{result.output.strip()[:200]}")
                continue
            for q in json.loads(result.stdout)["questions"]:
                keyed = [q["options"][i] for i in q["answers"]]
                key = (q["stem"], tuple(keyed))
                if key in seen:
                    continue
                seen.add(key)
                out.append(f"[{name}] {q['style']}/{q['kind']} {q['stem']}\n"
                           f"   KEY={keyed} OPTS={q['options']}\n"
                           f"   LINE: {_note_line(name, q['source'], q['line'])[:200]}\n"
                           f"   EXPL: {q['explanation'][:250]}")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", required=True, help="comma-separated set names")
    parser.add_argument("--db-dir", type=Path)
    parser.add_argument("--seeds", default="1,2")
    parser.add_argument("--questions", type=int, default=200)
    args = parser.parse_args()
    names = [n for n in args.only.split(",") if n and n not in HELD_OUT]
    seeds = [int(s) for s in args.seeds.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.db_dir or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for name in names:
            for block in read_set(name, folder / f"{name}.db", seeds, args.questions):
                print(block)


if __name__ == "__main__":
    main()
