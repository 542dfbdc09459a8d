"""The everyday commands' fast paths: they agree with the typer commands on the options they
take, hand anything else to typer, and never import the heavy modules."""

from __future__ import annotations

import subprocess
import sys

import pytest
import typer.core
import typer.main

from studycli.cli import app
from studycli.fastpath.reads import parse

from .helpers import REPO, run_here

HEAVY = ("typer", "click", "sqlite_utils", "pydantic", "studycli.cli", "studycli.notes")


@pytest.mark.parametrize("args", [["-h"], ["--help"], ["--nosuch"], ["--kind", "bogus"],
                                  ["--db"], ["--json=yes"]])
def test_anything_else_goes_to_typer(args):
    assert parse("facts", args) is None


def test_options_are_read_as_typer_reads_them():
    assert parse("facts", ["-s", "sqs", "--kind=limit", "--json"]) == {
        "service": "sqs", "kind": "limit", "db": None, "json": True}
    assert parse("ingest", ["a.md", "--follow-links", "b"])["paths"] == ["a.md", "b"]


@pytest.mark.parametrize("command", [["stats"], ["facts", "--service", "sqs"], ["conflicts"],
                                     ["cards"], ["stats", "--json"], ["ingest"],
                                     ["search", "visibility", "timeout"], ["check"], ["doctor"],
                                     ["readiness"]])
def test_everyday_commands_import_nothing_heavy(command, shipped_copy):
    """On a copy of the shipped notes' database built once per process: the first run may
    still do a command's one-off work (check's kept findings; the console script's entry in
    this process, its cache the same), the second, a new process, is what a student meets
    every morning."""
    first = run_here(*command, db=shipped_copy)
    assert first.returncode in (0, 1), first.stderr  # check: findings
    code = (
        "import sys\n"
        "from studycli.entry import main\n"
        f"rc = main({[*command, '--db', str(shipped_copy)]!r})\n"
        f"heavy = sorted(m for m in sys.modules if m.startswith({HEAVY!r}))\n"
        "print('RC', rc, 'HEAVY', heavy, file=sys.stderr)\n"
    )
    again = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           cwd=REPO, timeout=60)
    assert again.stderr.strip().splitlines()[-1].endswith("HEAVY []"), again.stderr


def _typer_options(name: str) -> set[str]:
    group = typer.main.get_command(app)
    assert isinstance(group, typer.core.TyperGroup)
    flags: set[str] = set()
    for param in group.commands[name].params:
        if getattr(param, "param_type_name", "") == "option":
            flags.update(o for o in param.opts if o not in ("-h", "--help"))
    return flags


def test_the_quiz_fast_path_parses_the_typer_quiz_options():
    """Both read studycli/options.py (tests/test_options_spec.py checks typer against it)."""
    from studycli import options

    spec_flags = {f for o in options.options("quiz") for f in o.flags}
    assert spec_flags == _typer_options("quiz")
