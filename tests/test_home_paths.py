"""A path naming a home folder that cannot be found ("~nouser/x.db") is one line on stderr,
exit code 1 and nothing created: pathlib's expanduser raises a RuntimeError (a traceback on
every command), and os.path's would leave a literal "~nouser" folder behind."""

from __future__ import annotations

import pytest

from tests.helpers import run_here

NO_SUCH_HOME = "~studycli-no-such-user-7f3a"


@pytest.mark.parametrize("args", [
    ["stats", "--db", f"{NO_SUCH_HOME}/x.db"],
    ["lookup", "sqs max message size", "--db", f"{NO_SUCH_HOME}/x.db"],
    ["facts", "--db", f"{NO_SUCH_HOME}/x.db"],
], ids=["stats", "lookup", "facts"])
def test_unknown_home_in_db_is_one_line(tmp_path, monkeypatch, args):
    monkeypatch.chdir(tmp_path)
    proc = run_here(*args)
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.splitlines()
    assert len(lines) == 1 and NO_SUCH_HOME in lines[0] and "home folder" in lines[0], lines
    assert list(tmp_path.iterdir()) == []  # no "~studycli-..." folder made in the cwd


def test_unknown_home_in_environment_db_is_one_line(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    proc = run_here("stats", env={"STUDYCLI_DB": f"{NO_SUCH_HOME}/x.db"})
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert NO_SUCH_HOME in proc.stderr and len(proc.stderr.splitlines()) == 1


def test_ingest_skips_an_unknown_home_and_reads_the_rest(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    note = tmp_path / "sqs.md"
    note.write_text("# SQS\n- max message size: 256 KB\n", encoding="utf-8")
    db = tmp_path / "s.db"
    proc = run_here("ingest", f"{NO_SUCH_HOME}/notes", str(note), "--db", str(db))
    assert "Traceback" not in proc.stderr
    assert NO_SUCH_HOME in proc.stderr and "skipped" in proc.stderr
    found = run_here("lookup", "sqs max message size", "--json", "--db", str(db))
    assert found.returncode == 0 and "256" in found.stdout


def test_exam_export_to_an_unknown_home_is_one_line(shipped_copy, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    proc = run_here("exam", "--export", f"{NO_SUCH_HOME}/exam.md", "--questions", "3",
                    db=shipped_copy)
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr and NO_SUCH_HOME in proc.stderr


def test_instead_of_an_unknown_home_says_so(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "sqs.md").write_text("# SQS\n- max message size: 256 KB\n", encoding="utf-8")
    proc = run_here("ingest", str(notes), "--instead-of", f"{NO_SUCH_HOME}/notes",
                    "--db", str(tmp_path / "s.db"))
    assert "Traceback" not in proc.stderr
    said = [line for line in proc.stderr.splitlines() if NO_SUCH_HOME in line]
    assert said and "home folder" in said[0] and "nothing set aside" in said[0], proc.stderr
