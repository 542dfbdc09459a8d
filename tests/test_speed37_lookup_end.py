"""A lookup's process, run from the shell, ends as soon as its answer is out (issue 12, speed).

Three costs of every `studycli lookup` that no answer needs: Python's own ending (clearing
every module, freeing every object: ~2.6% of a lookup's instructions), the collector turned
back on just before the end (its first pass went over every object the command had made:
~3%), and `import sqlite3`'s import of datetime (~2%). The lookup path takes sqlite3's C
module, `_sqlite3`, which holds the very classes the package re-exports.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import note_db

REPO = Path(__file__).resolve().parent.parent

# The console script's way in (main() reads sys.argv; the process ends when it returns), with
# a word written after main() returned, if it ever does, and the collector's state then.
_SCRIPT = """
import gc, sys
from studycli.entry import main
sys.argv = ["studycli", *sys.argv[1:]]
code = main()
sys.stderr.write(f"RETURNED gc={gc.isenabled()}\\n")
sys.exit(code)
"""


def _run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-c", _SCRIPT, *args], capture_output=True,
                          text=True, env=env, cwd=REPO)


def test_a_lookup_process_leaves_once_its_answer_is_written(tmp_path):
    """Answered (0) or not (1), the whole output is out, the exit code is the lookup's, and
    the process ends there; fails with main(), which returned to Python's own ending."""
    db = note_db(tmp_path, "# SQS\n\n- max message size 256 KB\n- default visibility 30 s\n")
    answered = _run("lookup", "--db", str(db), "sqs max message size")
    assert answered.returncode == 0, answered.stderr
    assert answered.stdout.startswith("256 KB") and answered.stdout.endswith("\n")
    assert "RETURNED" not in answered.stderr
    missing = _run("lookup", "--db", str(db), "--json", "kinesis shard count")
    assert (missing.returncode, missing.stdout, missing.stderr) == (1, "[]\n", "")


def test_a_usage_error_still_ends_as_before(tmp_path):
    """Exit code 2 and its one line on stderr, whatever way the process ends."""
    out = _run("lookup", "--db", str(tmp_path / "x.db"))
    assert out.returncode == 2 and "missing QUERY" in out.stderr


def test_the_collector_stays_off_at_the_end_of_a_quiet_command(tmp_path):
    """A command that turned the collector off (entry.QUIET_GC) leaves it off when the
    process ends with it; fails with main(), which turned it back on just before the end."""
    db = note_db(tmp_path, "# SQS\n\n- max message size 256 KB\n")
    out = _run("stats", "--db", str(db))
    assert out.returncode == 0, out.stderr
    assert "RETURNED gc=False" in out.stderr


def test_in_process_runs_keep_the_collector_as_it_was(tmp_path):
    """main() with its arguments (the tests, a host program): the collector is back on."""
    import gc

    from studycli.entry import main

    db = note_db(tmp_path, "# SQS\n\n- max message size 256 KB\n")
    assert gc.isenabled()
    assert main(["lookup", "--db", str(db), "sqs max message size"]) == 0
    assert gc.isenabled()


_IMPORTS = """
import io, sys
from studycli.entry import _dispatch
sys.stdout = io.StringIO()
code = _dispatch(sys.argv[1:])
sys.stderr.write(f"{code} {'sqlite3' in sys.modules} {'datetime' in sys.modules}\\n")
"""


def test_a_lookup_imports_neither_the_sqlite3_package_nor_datetime(tmp_path):
    """Fails with main's `import sqlite3` on the lookup path (and store/db's datetime)."""
    db = note_db(tmp_path, "# SQS\n\n- max message size 256 KB\n")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    out = subprocess.run([sys.executable, "-c", _IMPORTS, "lookup", "--db", str(db),
                          "sqs max message size"], capture_output=True, text=True, env=env,
                         cwd=REPO)
    assert out.stderr.strip().splitlines()[-1] == "0 False False", out.stderr


def test_the_c_module_holds_the_packages_very_classes():
    """What the lookup path names through `_sqlite3` is what `sqlite3` names: an except
    clause of either catches the other's errors."""
    import _sqlite3
    import sqlite3

    for name in ("connect", "Connection", "Cursor", "Row", "Error", "DatabaseError",
                 "OperationalError"):
        assert getattr(_sqlite3, name) is getattr(sqlite3, name)


def test_the_collector_is_back_on_when_the_typer_app_takes_over(tmp_path):
    """A quiet command's fast path that hands its arguments over to the typer app (`--help`
    here) leaves the collector on for whatever that app runs."""
    db = note_db(tmp_path, "# SQS\n\n- max message size 256 KB\n")
    out = _run("stats", "--db", str(db), "--help")
    assert out.returncode == 0, out.stderr
    assert "RETURNED gc=True" in out.stderr


_ABSTAIN_IMPORTS = """
import io, sys
from studycli.entry import _dispatch
sys.stdout = io.StringIO()
code = _dispatch(sys.argv[1:])
sys.stderr.write(f"{code} {'studycli.reference.assess' in sys.modules}\\n")
"""


def test_a_lookup_the_notes_do_not_answer_reads_the_docs_without_assess(tmp_path):
    """"What the AWS docs say" takes entries_for_query and load_reference from the reference
    package, not its assess module too (fails with main's eager reference/__init__.py)."""
    db = note_db(tmp_path, "# SQS\n\n- max message size 256 KB\n")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    out = subprocess.run([sys.executable, "-c", _ABSTAIN_IMPORTS, "lookup", "--db", str(db),
                          "kinesis max shards per stream"], capture_output=True, text=True,
                         env=env, cwd=REPO)
    assert out.stderr.strip().splitlines()[-1] == "1 False", out.stderr


def test_the_reference_package_still_gives_every_name_it_lists():
    import studycli.reference as reference
    from studycli.reference import assess, entries_for_query
    from studycli.reference.assess import assess as assess_itself

    assert assess is assess_itself and callable(entries_for_query)
    for name in reference.__all__:
        assert getattr(reference, name) is not None
    assert reference.keys.__name__ == "studycli.reference.keys"  # a submodule, on demand
    try:
        reference.no_such_name  # noqa: B018
    except AttributeError:
        pass
    else:
        raise AssertionError("an unknown name must raise AttributeError")


def test_the_package_s_assess_is_the_function_after_its_module_is_imported_first():
    """Importing the submodule first made the import system set the package's `assess` to
    that module; the package's `assess` stays the function, as when it was bound eagerly."""
    probe = ("import types\nimport studycli.reference.assess\n"
             "from studycli.reference import assess\nimport studycli.reference as r\n"
             "assert callable(assess) and not isinstance(assess, types.ModuleType)\n"
             "assert r.assess is assess\nprint('ok')\n")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         env=env, cwd=REPO)
    assert out.stdout.strip() == "ok", out.stderr


@pytest.mark.cold_cache  # the cache folder starts empty (not seeded by tests/conftest.py)
def test_a_lookup_that_builds_its_database_keeps_its_pattern_caches(tmp_path):
    """A lookup on a missing database builds it (an ingest of the shipped notes), and ingest
    saves its pattern caches when the process ends (atexit): the quick exit waits for that
    (a reviewer found the first lookup skipped them, and the next ingest took 0.15 s more)."""
    cache = tmp_path / "cache"
    env = {**os.environ, "PYTHONPATH": str(REPO), "STUDYCLI_CACHE": str(cache)}
    done = subprocess.run([sys.executable, "-m", "studycli", "lookup", "sqs max message size",
                           "--db", str(tmp_path / "new.db")], capture_output=True, text=True,
                          env=env, cwd=REPO)
    assert done.returncode == 0, done.stderr
    assert list(cache.glob("regex-*.marshal")), sorted(p.name for p in cache.iterdir())
