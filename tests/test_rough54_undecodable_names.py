"""Names and words that are not UTF-8 (issue 12: no traceback on any input).

A file name written in another encoding (Latin-1 "café.md" from an old zip) reaches Python
as a lone surrogate, which SQLite refuses: an ingest of a folder holding one such file was a
UnicodeEncodeError traceback that stored none of the folder's notes, and the same byte in an
argument (`facts --service`, `exam --discard`, `--db`) was a traceback too.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from studycli.undecodable import argument_problem, shown, undecodable

from .helpers import REPO, note_db, run_cli, run_here

LATIN1_NAME = os.fsdecode(b"caf\xe9.md")  # as os.listdir and sys.argv give it
NOTE = "# Amazon SQS\n\n- Default visibility timeout is 30 seconds\n"
OTHER = "# AWS Lambda\n\n- Lambda timeout max 900 seconds\n"


@pytest.fixture
def folder(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "ok.md").write_text(OTHER, encoding="utf-8")
    (notes / LATIN1_NAME).write_text(NOTE, encoding="utf-8")
    sub = notes / os.fsdecode(b"s\xe9ance")
    sub.mkdir()
    (sub / "inner.md").write_text(NOTE, encoding="utf-8")
    return notes


def one_line(result) -> str:
    assert "Traceback" not in result.stderr, result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    return result.stderr


def test_a_folder_with_a_name_in_another_encoding_ingests_the_rest(folder, tmp_path):
    db = tmp_path / "n.db"
    result = run_here("ingest", str(folder), "--json", db=db)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    report = json.loads(result.stdout)
    assert [s["path"] for s in report["sources"]] == ["ok.md"] and report["facts"] > 0
    warnings = " ".join(report["warnings"])
    assert "caf\\xe9.md: file skipped" in warnings and "not UTF-8" in warnings
    assert "s\\xe9ance: folder skipped" in warnings
    facts = run_here("facts", "--json", db=db)
    assert {f["source"] for f in json.loads(facts.stdout)} == {"ok.md"}


@pytest.mark.parametrize("args", [
    ("facts", "--service", os.fsdecode(b"sqs\x9b")),
    ("exam", "--discard", os.fsdecode(b"\xff")),
    ("lookup", os.fsdecode(b"sqs visibility timeout \xe9")),
    ("compare", os.fsdecode(b"sqs\xe9"), "kinesis"),
    ("stats", "--db", os.fsdecode(b"y\x9b.db")),
])
def test_an_argument_in_another_encoding_is_a_usage_error(args, tmp_path):
    result = run_here(*args, db=None if "--db" in args else tmp_path / "n.db")
    assert result.returncode == 2
    err = one_line(result)
    assert "not UTF-8" in err
    assert not list(tmp_path.iterdir())  # no database made for it


def test_the_named_file_in_a_real_process(folder, tmp_path):
    """The bytes as a shell passes them (subprocess encodes the surrogate back to 0xE9)."""
    result = run_cli("ingest", str(folder / LATIN1_NAME), db=tmp_path / "n.db")
    assert result.returncode == 2
    assert "caf\\xe9.md" in one_line(result)


def test_the_helpers():
    assert undecodable(LATIN1_NAME) and not undecodable("café.md")
    assert shown(LATIN1_NAME) == "caf\\xe9.md"
    assert argument_problem(["facts", "--service", "sqs"]) is None
    assert "not UTF-8" in (argument_problem(["facts", LATIN1_NAME]) or "")


@pytest.mark.parametrize("command", [("stats",), ("lookup", "sqs visibility timeout default"),
                                     ("ingest",)])
def test_a_database_path_in_another_encoding_from_the_environment_is_one_line(
        command, tmp_path):
    """$STUDYCLI_DB (or a $HOME) holding such a byte never passes through the arguments."""
    db = tmp_path / os.fsdecode(b"y\x9b.db")
    result = run_here(*command, env={"STUDYCLI_DB": str(db)})
    assert result.returncode == 1
    assert "not UTF-8" in one_line(result) and "y\\x9b.db" in result.stderr
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("given", ["link", "link/n.md"])
def test_notes_whose_full_path_is_not_utf8_are_skipped_not_a_traceback(given, tmp_path):
    """The name typed is UTF-8 but the place it leads to is not: a link to a folder named in
    Latin-1, or `studycli ingest .` run inside one. The folder's full path is stored (to
    notice notes that are gone), and that was a UnicodeEncodeError traceback."""
    latin1 = tmp_path / os.fsdecode(b"caf\xe9")
    latin1.mkdir()
    (latin1 / "n.md").write_text(NOTE, encoding="utf-8")
    (tmp_path / "ok.md").write_text(OTHER, encoding="utf-8")
    (tmp_path / "link").symlink_to(latin1)
    db = tmp_path / "n.db"
    result = run_here("ingest", str(tmp_path / given), str(tmp_path / "ok.md"), "--json",
                      db=db)
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert [s["path"] for s in report["sources"]] == ["ok.md"]
    warnings = " ".join(report["warnings"])
    assert "caf\\xe9" in warnings and "not UTF-8" in warnings, warnings


def test_ingest_of_the_folder_it_runs_in_when_that_is_named_in_latin1(tmp_path):
    latin1 = tmp_path / os.fsdecode(b"caf\xe9")
    latin1.mkdir()
    (latin1 / "n.md").write_text(NOTE, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    result = subprocess.run([sys.executable, "-m", "studycli", "ingest", ".", "--db",
                             str(tmp_path / "n.db")], cwd=latin1, env=env, capture_output=True,
                            text=True, errors="replace", timeout=120)
    assert "Traceback" not in result.stderr, result.stderr
    assert "not UTF-8" in result.stdout + result.stderr


@pytest.mark.parametrize("command", [("ingest", "../ok.md"), ("stats",),
                                     ("exam", "--questions", "2", "--export", "e.md")])
def test_a_relative_database_path_inside_a_folder_named_in_latin1_is_one_line(
        command, tmp_path):
    """`--db notes.db` typed inside a folder named in Latin-1 (or a link into one): the
    argument is UTF-8, the database's full path is not, and an ingest or an exam was a
    UnicodeEncodeError traceback (studycli.kept hashes the real path)."""
    latin1 = tmp_path / os.fsdecode(b"caf\xe9")
    latin1.mkdir()
    (tmp_path / "ok.md").write_text(OTHER, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    result = subprocess.run([sys.executable, "-m", "studycli", *command, "--db", "notes.db"],
                            cwd=latin1, env=env, capture_output=True, text=True,
                            errors="replace", timeout=120)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1, result.stderr
    assert "not UTF-8" in result.stderr and "caf\\xe9" in result.stderr
    assert not list(latin1.iterdir())  # no database made there


@pytest.mark.parametrize("command", [("quiz", "--limit", "1"), ("exam", "--questions", "2")])
def test_an_existing_database_in_a_folder_named_in_latin1_is_one_line(command, tmp_path):
    """The fast paths open an existing database without check_path: the exam went on to a
    traceback there (studycli.kept), the quiz as far as its end."""
    db = note_db(tmp_path, NOTE)
    latin1 = tmp_path / os.fsdecode(b"caf\xe9")
    latin1.mkdir()
    db.rename(latin1 / "notes.db")
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    result = subprocess.run([sys.executable, "-m", "studycli", *command, "--db", "notes.db"],
                            cwd=latin1, env=env, capture_output=True, text=True, input="q\n",
                            errors="replace", timeout=120)
    assert result.returncode == 1, result.stdout
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1, result.stderr
    assert "not UTF-8" in result.stderr
