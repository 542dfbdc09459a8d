"""Every usage error is one line on stderr, exit code 2, saying what was wrong and where to
read what to type instead: typer's commands, the typer-free fast paths and the values a
command finds wrong itself (errors.UsageProblem) all say it the same way."""

from __future__ import annotations

import pytest

from tests.helpers import run_cli, run_here

CASES = [
    (["nosuch"], "studycli: ", "nosuch"),
    (["lookpu", "sqs"], "studycli: ", "Did you mean 'lookup'? See `studycli -h`"),
    (["quiz", "--new", "99999999999999999999"], "studycli quiz: ", "--new"),
    (["quiz", "--limit", "abc"], "studycli quiz: ", "--limit"),
    (["quiz", "--bogus"], "studycli quiz: ", "--bogus"),
    (["facts", "--kind", "bogus"], "studycli facts: ", "not a kind"),
    (["cards", "--frob"], "studycli cards: ", "--frob"),
    (["compare", "sqs"], "studycli compare: ", "two names"),
    (["doctor", "--restore", "--rebuild"], "studycli doctor: ", "--restore"),
    # a missing argument says what to type, as lookup's does (not "Missing argument 'WORDS'")
    (["export", "anki"], "studycli export anki: ", "missing FILE: the .apkg file to write"),
    (["search"], "studycli search: ", "missing WORDS: words to find"),
    (["search", " "], "studycli search: ", "nothing to search for"),
    (["lookup"], "studycli lookup: ", "missing QUERY"),
    (["lookup", "--limit", "0", "x"], "studycli lookup: ", "between 1 and"),
    (["lookup", " "], "studycli lookup: ", "nothing to look up"),
    (["exam", "--questions", "0", "--json"], "studycli exam: ", "--questions"),
    (["exam", "--profile", "nope"], "studycli exam: ", "unknown exam profile"),
    (["exam", "--export", "x.md", "--json"], "studycli exam: ", "cannot be combined"),
    (["readiness", "--profile", "quick"], "studycli readiness: ", "real exam profile"),
    (["exam", "--discard", ""], "studycli exam: ", "needs an attempt's id"),
]


@pytest.mark.parametrize("args, start, said", CASES, ids=[" ".join(c[0]) for c in CASES])
def test_usage_error_is_one_line_exit_2(shipped_copy, args, start, said):
    proc = run_here(*args, db=shipped_copy)
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr  # no "Usage:" block, no "Try ..." line, no box
    assert lines[0].startswith(start) and said in lines[0], lines[0]
    command = start.rstrip(": ")
    # what to do next ("Did you mean 'lookup'? See ...": no "?;")
    assert lines[0].lower().endswith(f"see `{command} -h`") and "?;" not in lines[0], lines[0]
    assert "Traceback" not in proc.stderr and proc.stdout == ""


def test_no_command_shows_the_menu_and_one_usage_line():
    proc = run_cli()
    assert proc.returncode == 2
    assert "quiz" in proc.stdout and "lookup" in proc.stdout  # the commands, on stdout
    assert proc.stderr.splitlines() == ["studycli: no command given: pick one of the commands "
                                        "above; see `studycli -h`"]


def test_usage_errors_in_real_processes(tmp_path):
    """The same line from a fast path and from typer, in a process of its own."""
    for args in (["lookup", "--frobnicate", "x"], ["quiz", "--new", "-1"]):
        proc = run_cli(*args, db=tmp_path / "s.db")
        assert proc.returncode == 2 and len(proc.stderr.splitlines()) == 1, proc.stderr
        assert proc.stderr.startswith(f"studycli {args[0]}: ")
        assert not (tmp_path / "s.db").exists()  # nothing built for a command called wrong


@pytest.mark.parametrize("args", [["facts", "--kind"], ["exam", "--seed"], ["quiz", "--new"]])
def test_an_options_missing_value_names_the_command(shipped_copy, args):
    # (the database before the command: after it, "--db" would be read as the value)
    proc = run_here("--db", str(shipped_copy), *args)
    assert proc.returncode == 2
    command = f"studycli {args[0]}"
    assert proc.stderr == (f"{command}: Option '{args[1]}' requires an argument; "
                           f"see `{command} -h`\n")
