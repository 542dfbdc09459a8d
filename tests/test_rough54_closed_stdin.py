"""A closed standard input (`studycli quiz <&-`, a job started with no input): the quiz, the
exam and the compare drill read their first key from it and died with an AttributeError
traceback. It now reads as the null device does: the session ends at once, saying so."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from .helpers import REPO, note_db

NOTE = "# Amazon SQS\n\n- Default visibility timeout is 30 seconds\n- Max retention is 14 days\n"


@pytest.mark.parametrize("command", [("quiz",), ("exam", "--as-written", "--questions", "1")])
def test_a_closed_standard_input_ends_the_session_without_a_traceback(tmp_path, command):
    db = note_db(tmp_path, NOTE)
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    result = subprocess.run(
        [sys.executable, "-m", "studycli", *command, "--db", str(db)], env=env, cwd=REPO,
        capture_output=True, text=True, timeout=120, stdin=None,
        preexec_fn=lambda: os.close(0))  # noqa: PLW1509 - the closed input is the point
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode in (0, 1), result.stderr
    said = result.stdout + result.stderr
    assert "Nothing answered" in said or "No question was answered" in said
