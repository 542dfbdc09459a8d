"""The read commands that compiled the same regular expressions afresh on every run (`search`
47, `compare` 66, `check`, `conflicts` and `facts` 20-odd: 3-11 ms of CPU each, up to a
tenth of the command) keep the engine's code for them between runs, as `cards`, the quiz and
the exam do (extract/regex_cache.py): a second run compiles only what the stdlib compiles
before the kept file is read."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.helpers import REPO, note_db

# The kept files are what this is about: each process starts with an empty cache folder.
pytestmark = pytest.mark.cold_cache

# Counts, in a real process, the patterns compiled afresh: by the `re` module's own compile
# step, and by the kept file's (regex_cache compiles a pattern the file lacks itself, and
# hands a kept one to the engine without compiling).
_COUNTING = """
import sys
from re import _compiler
real = _compiler.compile
made = [0]
def counted(p, flags=0):
    made[0] += 1
    return real(p, flags)
_compiler.compile = counted
from studycli.entry import main
code = main(sys.argv[1:])
from studycli.extract import regex_cache
made[0] += sum(key not in regex_cache._kept for key in regex_cache._used)
sys.stderr.write(f"COMPILED {made[0]}\\n")
sys.exit(code)
"""

NOTE = ("# SQS vs SNS\n\n| | SQS | SNS |\n|---|---|---|\n| model | pull | push |\n\n"
        "# SQS\n\n- max message size 256 KB\n- default visibility timeout 30 s\n\n"
        "# SNS\n\n- max message size 256 KB\n- SNS and SQS fan out\n")


@pytest.mark.parametrize("command", [["facts"], ["conflicts"], ["check"],
                                     ["search", "visibility", "timeout"],
                                     ["compare", "sqs", "sns"]])
def test_a_read_commands_second_run_compiles_its_patterns_from_kept_code(tmp_path, command):
    db = note_db(tmp_path, NOTE)
    cache = tmp_path / "cache"
    env = {**os.environ, "PYTHONPATH": str(REPO), "STUDYCLI_CACHE": str(cache)}

    def compiled() -> int:
        out = subprocess.run([sys.executable, "-c", _COUNTING, *command, "--db", str(db)],
                             capture_output=True, text=True, env=env, cwd=REPO, timeout=60)
        assert out.returncode in (0, 1), out.stderr  # check: 1 when a note is outdated
        return int(out.stderr.rsplit("COMPILED ", 1)[1])

    first = compiled()
    assert list(cache.glob(f"regex-{command[0]}-*.marshal"))
    # the stdlib's few (json's, compiled at its import, before the kept file is read) remain
    assert compiled() <= first - 10


@pytest.mark.parametrize("command", [["facts"], ["compare", "sqs", "sns"], ["quiz"],
                                     ["exam", "--json", "--seed", "1"]])
def test_a_first_use_builds_its_database_from_the_parser_s_kept_patterns(tmp_path, command):
    """A command whose first use builds the database ingests the shipped notes first: that
    ingest reads the parser's kept patterns, as it did before the command kept its own (whose
    file, installed first, made it compile the parser's ~1,800 afresh)."""
    cache = tmp_path / "cache"
    env = {**os.environ, "PYTHONPATH": str(REPO), "STUDYCLI_CACHE": str(cache)}

    def compiled(*args: str) -> int:
        out = subprocess.run([sys.executable, "-c", _COUNTING, *args], capture_output=True,
                             text=True, env=env, cwd=REPO, timeout=120, input="q\n")
        assert out.returncode == 0, out.stderr
        return int(out.stderr.rsplit("COMPILED ", 1)[1])

    # the parser's patterns kept by a first ingest (of the shipped notes, as a first use's)
    parser = compiled("ingest", "--db", str(tmp_path / "first.db"))
    assert parser > 1000
    assert compiled(*command, "--db", str(tmp_path / "new.db")) < parser / 4


def test_a_check_of_note_files_ingests_them_from_the_parser_s_kept_patterns(tmp_path):
    """`check PATH` ingests PATH first (checking._store_and_sources), on a database that is
    built already: that ingest reads the parser's kept patterns, not `check`'s own file
    (installed first, it made every such check compile the parser's ~750 afresh)."""
    cache = tmp_path / "cache"
    env = {**os.environ, "PYTHONPATH": str(REPO), "STUDYCLI_CACHE": str(cache)}
    note = tmp_path / "sqs.md"
    note.write_text(NOTE, encoding="utf-8")
    db = str(tmp_path / "notes.db")

    def compiled(*args: str) -> int:
        out = subprocess.run([sys.executable, "-c", _COUNTING, *args], capture_output=True,
                             text=True, env=env, cwd=REPO, timeout=120)
        assert out.returncode in (0, 1), out.stderr  # check: 1 when a note is outdated
        return int(out.stderr.rsplit("COMPILED ", 1)[1])

    parser = compiled("ingest", str(note), "--db", db)  # the parser's patterns kept
    assert parser > 500
    compiled("check", "--db", db)  # `check`'s own patterns kept
    note.write_text(NOTE + "- max delay 15 minutes\n", encoding="utf-8")
    assert compiled("check", str(note), "--db", db) < parser / 4
