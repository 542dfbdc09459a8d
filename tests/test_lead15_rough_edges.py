"""Everyday rough edges a new user met: `--db` written before the command, a short option
with its value joined on (`-n1`), and a quiz stopped by --limit that hid the new cards still
waiting today."""

import io
import re

from rich.console import Console

from studycli import options
from studycli.entry import _db_first, main
from studycli.quiz.session import QuizOptions, Session
from studycli.ui.keyinput import LineKeys
from studycli.ui.quiz_loop import run_quiz

from .quiz_facts import T0


def test_db_written_before_the_command_goes_after_it():
    assert _db_first(["--db", "x.db", "stats"]) == ["stats", "--db", "x.db"]
    assert _db_first(["--db=x.db", "lookup", "sqs", "size"]) == [
        "lookup", "--db=x.db", "sqs", "size"]
    # a group's subcommand comes first: `export --db x.db anki` would be refused
    assert _db_first(["--db", "x.db", "export", "anki", "deck.apkg"]) == [
        "export", "anki", "--db", "x.db", "deck.apkg"]
    # nothing to move: left for the usage error to name
    assert _db_first(["--db", "x.db"]) == ["--db", "x.db"]
    assert _db_first(["--db", "x.db", "--help"]) == ["--db", "x.db", "--help"]
    assert _db_first(["stats", "--db", "x.db"]) == ["stats", "--db", "x.db"]
    assert _db_first(["--db=x.db"]) == ["--db=x.db"]


def test_the_groups_are_the_apps_command_groups():
    from studycli.cli import app
    from studycli.entry import GROUPS

    assert GROUPS == {group.name for group in app.registered_groups}


def test_db_before_the_command_reads_that_database(shipped_copy, capsys):
    assert main(["--db", str(shipped_copy), "lookup", "sqs", "max", "message", "size"]) == 0
    assert "256 KB" in capsys.readouterr().out
    assert main(["--db", str(shipped_copy), "stats", "--json"]) == 0
    assert '"cards"' in capsys.readouterr().out


def test_short_option_takes_its_value_joined_on():
    assert options.parse("lookup", ["-n1", "lambda", "timeout"])["limit"] == 1
    assert options.parse("lookup", ["-n", "3", "x"])["limit"] == 3
    try:
        options.parse("lookup", ["-n0", "x"])
    except options.OptionError as exc:
        assert "between 1 and" in str(exc)
    else:
        raise AssertionError("-n0 is out of range")
    # a flag's letters are no value: `-h` stays help, an unknown `-zz` is refused
    assert options.parse("lookup", ["-h"])["help"] is True
    try:
        options.parse("lookup", ["-zz", "x"])
    except options.OptionError as exc:
        assert "-zz" in str(exc)
    else:
        raise AssertionError("-zz is no option")


class Clock:
    def __call__(self):
        return T0


def test_a_limited_session_says_new_cards_are_left_today(quiz_db):
    """`quiz --limit 2` ended with "Next card in 3m" while 16 new cards were still waiting
    for today: the student took the day as done."""
    s = Session(quiz_db, QuizOptions(limit=2, fuzz=False), clock=Clock())
    out = io.StringIO()
    run_quiz(s, LineKeys(io.StringIO("\n3\n\n" * 6)), Console(file=out, width=100,
                                                                color_system=None))
    screen = out.getvalue()
    assert re.search(r"Reviewed\s+2\b", screen)
    left = re.search(r"New cards left today\s+up to (\d+)", screen)
    assert left, screen
    # the day's 20 new cards less the two just studied (the sample deck has over 30 new)
    assert int(left.group(1)) == 18


def test_a_session_that_used_the_days_new_cards_says_nothing_of_them(quiz_db):
    s = Session(quiz_db, QuizOptions(new=1, fuzz=False), clock=Clock())
    out = io.StringIO()
    run_quiz(s, LineKeys(io.StringIO("\n3\n\n" * 40)), Console(file=out, width=100,
                                                                 color_system=None))
    assert "New cards left today" not in out.getvalue()
