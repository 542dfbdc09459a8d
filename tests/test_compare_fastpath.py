"""`compare X Y` on its fast path: the same output as the typer command, without its imports;
anything else handed over to typer."""

from __future__ import annotations

import subprocess
import sys

import pytest
from typer.testing import CliRunner

from studycli.cli import app
from studycli.entry import main
from studycli.fastpath.compare import parse

from .helpers import REPO, run_here
from .test_reliability_startup import HEAVY

runner = CliRunner()


@pytest.mark.parametrize("args", [[], ["sqs"], ["sqs", "sns", "--drill"],
                                  ["sqs", "sns", "--seed", "1"], ["sqs", "sns", "--help"],
                                  ["-h"], ["sqs", "sns", "--nosuch"], ["a", "b", "c"],
                                  ["sqs", "sns", "--db"], ["sqs", "sns", "--json=yes"]])
def test_anything_else_goes_to_typer(args):
    assert parse(args) is None


def test_names_and_options_in_any_order():
    assert parse(["--json", "sqs", "--db=x.db", "sns"]) == {
        "names": ["sqs", "sns"], "db": "x.db", "json": True}


def _run(args, db):
    return subprocess.run([sys.executable, "-m", "studycli", *args, "--db", str(db)],
                          capture_output=True, text=True, cwd=REPO, timeout=120,
                          env={"COLUMNS": "80", "PATH": "/usr/bin:/bin", "TERM": "dumb"})


@pytest.mark.parametrize("pair", [["sqs", "kinesis"], ["standard workflow", "express workflow"]])
def test_same_output_as_the_typer_command(pair, shipped_copy):
    _private_db = shipped_copy  # the shipped notes, ingested once per test session
    fast = _run(["compare", *pair], _private_db)
    assert fast.returncode == 0, fast.stderr
    slow = runner.invoke(app, ["compare", *pair, "--db", str(_private_db)],
                         env={"COLUMNS": "80"}, terminal_width=80)
    assert slow.exit_code == 0, slow.output
    assert fast.stdout == slow.stdout
    as_json = run_here("compare", *pair, "--json", db=_private_db)  # the fast path, here
    slow_json = runner.invoke(app, ["compare", *pair, "--json", "--db", str(_private_db)])
    assert as_json.stdout == slow_json.stdout


def test_it_imports_nothing_heavy(shipped_copy):
    _private_db = shipped_copy
    code = (
        "import sys\n"
        "from studycli.entry import main\n"
        f"rc = main(['compare', 'sqs', 'sns', '--db', {str(_private_db)!r}])\n"
        f"heavy = sorted(m for m in sys.modules if m.startswith({HEAVY!r}))\n"
        "print('RC', rc, 'HEAVY', heavy, file=sys.stderr)\n"
    )
    run_here("compare", "sqs", "sns", db=_private_db)  # any one-off work, done here
    again = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           cwd=REPO, timeout=60)
    assert again.stderr.strip().splitlines()[-1] == "RC 0 HEAVY []", again.stderr


def test_an_unknown_name_is_one_line_and_exit_1(capsys, _private_db):
    assert main(["compare", "sqs", "nosuchservice", "--db", str(_private_db)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("studycli: unknown service or subject 'nosuchservice'")
    assert err.count("\n") == 1
    assert not _private_db.exists()  # names are checked before the database is built


def test_nothing_to_compare_exits_1_on_both_paths(shipped_copy):
    """Like lookup and search: a pair the notes say nothing about is "not found" (exit 1)."""
    db = shipped_copy
    fast = subprocess.run([sys.executable, "-m", "studycli", "compare", "dynamodb", "rds",
                           "--db", str(db)], capture_output=True, text=True, cwd=REPO)
    assert fast.returncode == 1 and "nothing that compares" in fast.stdout
    typer_path = runner.invoke(app, ["compare", "dynamodb", "rds", "--db", str(db)])
    assert typer_path.exit_code == 1
    found = subprocess.run([sys.executable, "-m", "studycli", "compare", "sqs", "sns",
                            "--db", str(db)], capture_output=True, text=True, cwd=REPO)
    assert found.returncode == 0


def test_an_unknown_name_builds_nothing_in_an_empty_file(capsys, _private_db, tmp_path):
    """`touch x.db` leaves a 0-byte file that ensure_database would build into: compare's
    name check must count it as not built, as ensure_database does (database_built)."""
    from studycli.database import database_built

    _private_db.touch()
    assert not database_built(_private_db)
    assert main(["compare", "zzzq", "qqqz", "--db", str(_private_db)]) == 1
    assert "unknown service or subject" in capsys.readouterr().err
    assert _private_db.stat().st_size == 0  # nothing built
    assert not database_built(tmp_path / "missing.db")
