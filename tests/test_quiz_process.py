"""The quiz as a real process: a kill loses no committed answer; Ctrl-C leaves cleanly."""

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from studycli.cards import sync_cards
from studycli.store.db import connect

from .helpers import OutputWatch, run_here
from .quiz_facts import store_samples

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def quiz_proc(_private_db):
    db = connect(_private_db)
    store_samples(db)
    sync_cards(db)
    db.conn.close()
    proc = subprocess.Popen(
        [sys.executable, "-m", "studycli", "quiz", "--db", str(_private_db)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        cwd=ROOT, text=True,
    )
    proc.watch = OutputWatch(proc.stdout)  # its output, read as it comes
    yield proc, _private_db
    if proc.poll() is None:
        proc.kill()
    proc.wait()
    for stream in (proc.stdin, proc.stderr, proc.stdout):
        try:
            stream.close()
        except OSError:
            pass  # the pipe's other end is gone


def count(path) -> int:
    conn = sqlite3.connect(str(path), timeout=10)
    try:
        return conn.execute("SELECT count(*) FROM reviews").fetchone()[0]
    finally:
        conn.close()


def waiting_after(proc, answered: int) -> None:
    """Block until the quiz shows the screen after `answered` answers and waits for its key:
    the header says "N done" and the screen's key hint (ending "q quit") is out. Each answer is
    committed before the next screen is drawn, so from here on the database holds them all."""
    proc.watch.wait_for(rf"\b{answered} done\b[\s\S]*q quit")


def test_sigkill_loses_no_committed_review(quiz_proc):
    proc, path = quiz_proc
    # The first new cards of the samples are recall cards: reveal, then Good.
    proc.stdin.write("\n3\n" * 3)
    proc.stdin.flush()
    waiting_after(proc, 3)  # the fourth card is shown: three answers are committed
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    conn = sqlite3.connect(str(path))
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert count(path) == 3
    states = conn.execute("SELECT count(*) FROM cards WHERE reps > 0").fetchone()[0]
    conn.close()
    assert states == 3


@pytest.mark.skipif(os.name != "posix", reason="POSIX signals")
def test_ctrl_c_saves_and_says_one_line(quiz_proc):
    proc, path = quiz_proc
    proc.stdin.write("\n3\n")
    proc.stdin.flush()
    waiting_after(proc, 1)  # blocked on the second card's key, where a student presses Ctrl-C
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=10)
    assert proc.returncode == 1
    lines = [line for line in err.splitlines() if line.strip()]
    assert lines == ["studycli: interrupted; every answer given so far is saved"]
    assert count(path) == 1


def run_cli(*args, stdin=""):
    return subprocess.run([sys.executable, "-m", "studycli", *args], input=stdin,
                          capture_output=True, text=True, cwd=ROOT, timeout=60)


def test_fast_path_hands_help_and_bad_options_to_typer(_private_db):
    assert "--cram" in run_cli("quiz", "--help").stdout
    bad = run_here("quiz", "--new", "-3")  # the same entry in-process: typer is imported once
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
    unknown = run_here("quiz", "--bogus")
    assert unknown.returncode == 2 and "Traceback" not in unknown.stderr


def test_fast_path_reports_bad_input_in_one_line(tmp_path, shipped_copy):
    not_db = tmp_path / "notes.db"
    not_db.write_text("hello, this is not SQLite\n" * 100)
    r = run_cli("quiz", "--db", str(not_db))
    assert r.returncode == 1 and len(r.stderr.strip().splitlines()) == 1
    assert "cannot be read as a database" in r.stderr
    r = run_cli("quiz", "--service", "nosuchservice", "--db", str(shipped_copy), stdin="q\n")
    assert r.returncode == 1 and r.stderr.startswith("studycli: unknown service")
