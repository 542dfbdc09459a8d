"""`studycli check` keeps its findings between runs (studycli/checking.py): a second run
prints exactly what the first printed, and any change to the facts or to the reference is seen
at once, never hidden behind a stale answer."""

from __future__ import annotations

import json
import shutil

from .helpers import REPO, run_cli, run_here

FIXTURE = REPO / "tests" / "data" / "reference_fixture"

STALE = "# SQS\n\n- Max message size is 256 KB\n- Visibility timeout default 30 seconds\n"
FIXED = "# SQS\n\n- Max message size is 1 MiB\n- Visibility timeout default 30 seconds\n"


def _setup(tmp_path, text=STALE):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "sqs.md").write_text(text, encoding="utf-8")
    reference = tmp_path / "reference"
    shutil.copytree(FIXTURE, reference)
    env = {"STUDYCLI_REFERENCE": str(reference), "COLUMNS": "80",
           "STUDYCLI_CACHE": str(tmp_path / "cache")}
    db = tmp_path / "s.db"
    # In-process: what is kept between runs is checked by the `check` processes below.
    assert run_here("ingest", str(notes), db=db, env=env).returncode == 0
    return notes, reference, env, db


def _statuses(result) -> set[tuple[int, str]]:
    return {(x["line"], x["status"]) for x in json.loads(result.stdout)}


def test_a_second_run_prints_what_the_first_printed(tmp_path):
    _, _, env, db = _setup(tmp_path)
    first = run_cli("check", db=db, env=env)
    assert list((tmp_path / "cache").glob("check-*.json")), "the findings were not kept"
    second = run_cli("check", db=db, env=env)
    assert first.returncode == second.returncode == 1
    assert "OUTDATED" in first.stdout and first.stdout == second.stdout
    assert run_cli("check", "--json", db=db, env=env).stdout == run_cli(
        "check", "--json", db=db, env=env).stdout


def test_a_changed_note_is_checked_again(tmp_path):
    notes, _, env, db = _setup(tmp_path)
    assert _statuses(run_cli("check", "--json", db=db, env=env)) == {(3, "outdated")}
    (notes / "sqs.md").write_text(FIXED, encoding="utf-8")
    assert run_here("ingest", str(notes), db=db, env=env).returncode == 0  # as _setup's
    result = run_cli("check", "--json", db=db, env=env)
    assert result.returncode == 0 and _statuses(result) == set()


def test_a_changed_reference_is_checked_again(tmp_path):
    _, reference, env, db = _setup(tmp_path, FIXED)
    assert run_cli("check", "--json", db=db, env=env).returncode == 0
    sqs = reference / "sqs.toml"
    text = sqs.read_text(encoding="utf-8")
    assert 'value = "1 MiB"' in text  # the fixture's current maximum
    # The reference now says the maximum is 256 KiB: the note's 1 MiB must be flagged.
    sqs.write_text(text.replace('value = "1 MiB"', 'value = "256 KiB"', 1).replace(
        "number = 1048576", "number = 262144", 1), encoding="utf-8")
    result = run_cli("check", "--json", db=db, env=env)
    assert result.returncode == 1, result.stdout
    assert (3, "wrong") in _statuses(result) or (3, "outdated") in _statuses(result)


def test_a_damaged_kept_file_is_ignored(tmp_path):
    _, _, env, db = _setup(tmp_path)
    first = run_cli("check", db=db, env=env)
    for kept in (tmp_path / "cache").glob("check-*.json"):
        kept.write_text("{not json", encoding="utf-8")
    again = run_cli("check", db=db, env=env)
    assert again.stdout == first.stdout and again.returncode == 1


def test_nothing_is_kept_across_midnight(tmp_path, monkeypatch):
    """A status can change on a date (a service retired from a given day): a new day checks
    again."""
    import sqlite3

    from studycli import checking, kept

    _, _, _, db = _setup(tmp_path)
    conn = sqlite3.connect(db)
    monkeypatch.setattr(kept, "today", lambda: "2026-12-01")
    first = checking.key(conn, db)
    assert checking.key(conn, db) == first
    monkeypatch.setattr(kept, "today", lambda: "2026-12-02")
    assert checking.key(conn, db) != first
