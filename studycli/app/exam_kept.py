"""Exams kept between runs: drawing one is a pure function of the fact base, the code and
data that draw it, the day, the profile and options, and the seed. `exam --json --seed N`
run again (a script, an export taken later with the same seed, a retake of a shown seed)
reads the exam it drew before instead of drawing it again (~100 ms on the shipped notes,
most of `exam --json`'s time), and never imports the generator.

The key (studycli/kept.py) hashes every fact id in row order, each note's hash and ingest
time, the AWS statuses' stamp, the database file's size and mtime and its WAL's size (a
write by any program draws afresh), every studycli source and data file's stat, today's date,
and the request. A few recent exams per database are kept in one file; never a source of
truth: a file that cannot be read is ignored and the exam is drawn.

Stdlib only; the model is imported only to rebuild a kept exam.
"""

from __future__ import annotations

import os
from pathlib import Path

from studycli import kept

PURPOSE = "exams"
KEEP = 8  # exams kept per database (the newest)
VERSION = "exam-kept-1"  # bump when what is kept changes shape
_QUERIES = ("SELECT id FROM facts ORDER BY rowid",
            "SELECT path, sha256, ingested_at, facts, comparisons FROM sources ORDER BY path",
            "SELECT stamp FROM fact_currency_stamp",
            "SELECT count(*) FROM fact_currency")


def _code_files() -> list[Path]:
    """Every source and data file of studycli: what draws an exam reaches far (services,
    questions, the reference's statuses), and stats are cheap (~200 files, under a ms)."""
    import studycli
    from studycli.paths import data_dir

    out: list[Path] = []
    stack = [Path(studycli.__file__).parent]
    while stack:
        with os.scandir(stack.pop()) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False) and entry.name != "__pycache__":
                    stack.append(Path(entry.path))
                elif entry.name.endswith(".py"):
                    out.append(Path(entry.path))
    return out + sorted(data_dir().glob("*.json"))


def _wal_size(db_path: Path) -> int:
    """The write-ahead log's size: it grows with every write not yet copied into the file
    (whose mtime changes when it is). Not its mtime: opening the database touches it."""
    try:
        return db_path.with_name(db_path.name + "-wal").stat().st_size
    except OSError:
        return -1


def request_key(store, profile, service: str | None, seed: int, as_written: bool) -> str | None:
    """The key this draw is kept under, or None when it cannot be worked out (an old
    database without the tables the key reads, a store without a path)."""
    import sqlite3

    path = getattr(store, "path", None)
    if path is None:
        return None
    salt = "|".join(map(repr, (VERSION, sorted(vars(profile).items()), service, seed,
                               as_written, _wal_size(Path(path)))))
    try:
        return kept.key(store.conn, Path(path), _QUERIES, [Path(path), *_code_files()], salt)
    except (sqlite3.Error, OSError):
        return None


def load(store, key: str | None):
    """(the exam, its notes) kept under `key`, or None."""
    if key is None:
        return None
    data = kept.load(PURPOSE, Path(store.path), "any")
    entry = (data or {}).get("exams", {}).get(key) if data is not None else None
    if not isinstance(entry, dict):
        return None
    try:
        return _exam(entry["exam"]), list(entry["notes"])
    except (KeyError, TypeError, ValueError):
        return None


def save(store, key: str | None, paper, notes: list[str]) -> None:
    if key is None:
        return
    from dataclasses import asdict

    path = Path(store.path)
    data = kept.load(PURPOSE, path, "any") or {}
    exams = data.get("exams", {}) if isinstance(data.get("exams"), dict) else {}
    exams.pop(key, None)
    exams[key] = {"exam": asdict(paper), "notes": list(notes)}
    while len(exams) > KEEP:  # dicts keep insertion order: the oldest goes first
        exams.pop(next(iter(exams)))
    kept.save(PURPOSE, path, "any", {"exams": exams})


def _exam(raw: dict):
    from studycli.exam.model import Exam, ExamQuestion

    questions = [ExamQuestion(**{**q, "options": tuple(q["options"]),
                                 "answers": tuple(q["answers"]),
                                 "fact_ids": tuple(q["fact_ids"])})
                 for q in raw["questions"]]
    return Exam(**{**raw, "questions": questions, "scale": tuple(raw["scale"])})
