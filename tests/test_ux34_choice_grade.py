"""A right multiple-choice answer is graded Good however fast it came: a pick among options is
weaker evidence than recall, and an automatic Easy sent a lucky guess 9-11 days out. The
student who knew it cold grades it Easy with 4 on the result screen (real CLI, real fsrs,
a real SQLite file)."""

import sqlite3
from datetime import datetime, timedelta

import pytest
from typer.testing import CliRunner

from studycli.cli import app

runner = CliRunner()
# one invocation-mode card: its options are the three modes in a fixed order, 2 = asynchronous
NOTE = "# Lambda\n\n- S3 event notifications invoke Lambda asynchronously\n"


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    folder = tmp_path_factory.mktemp("choice")
    (folder / "notes").mkdir()
    (folder / "notes" / "lambda.md").write_text(NOTE)
    db = folder / "built.db"
    result = runner.invoke(app, ["ingest", str(folder / "notes"), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return db


@pytest.fixture
def db(ingested, tmp_path):
    copy = tmp_path / "quiz.db"
    source, dest = sqlite3.connect(ingested), sqlite3.connect(copy)
    source.backup(dest)  # with what its write-ahead log holds
    source.close(), dest.close()
    return copy


def _quiz(db, keys: str):
    result = runner.invoke(app, ["quiz", "--db", str(db)], input=keys)
    assert result.exit_code == 0, result.output
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT r.rating, r.reviewed_at, c.due FROM reviews r "
                        "JOIN cards c ON c.id = r.card_id").fetchall()
    conn.close()
    return result.output, rows


def _days(reviewed_at: str, due: str) -> float:
    at, then = (datetime.fromisoformat(t.replace("Z", "+00:00")) for t in (reviewed_at, due))
    return (then - at) / timedelta(days=1)


def test_a_right_choice_answered_at_once_is_good_not_easy(db):
    # the CLI's answer comes in well under the 6 seconds that once made it Easy
    output, rows = _quiz(db, "2\n\nq\n")
    assert "✓ Correct" in output and "(fast: Easy)" not in output
    [(rating, reviewed_at, due)] = rows
    assert rating == 3  # Good: the new card enters its learning step
    assert _days(reviewed_at, due) < 1 / 24
    assert "4 grades it Easy" in output  # the way to say it was no guess


def test_four_on_the_result_screen_grades_it_easy_with_the_interval_shown(db):
    output, rows = _quiz(db, "2\n4\nq\n")
    [(rating, reviewed_at, due)] = rows  # the Good review replaced, not added to
    assert rating == 4
    shown = output.split("4 grades it Easy: next review in ")[1].split(".")[0]
    assert shown.endswith("d") and round(_days(reviewed_at, due)) == int(shown[:-1])
    assert "(you graded it Easy)" in output


def test_a_wrong_choice_is_again_and_four_is_no_easy(db):
    output, rows = _quiz(db, "1\n4\nq\n")
    [(rating, _, _)] = rows
    assert rating == 1 and "4 grades it Easy" not in output
