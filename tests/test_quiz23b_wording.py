"""The held-back notice names what the student asked for only when they asked: without
--new it speaks of today's number ("of today's 20"), with it of "the 40 asked for today"."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from typer.testing import CliRunner

from studycli.cli import app
from studycli.quiz.session import QuizOptions, Session

from .test_quiz23_counts import _samples


def _quiz(*args: str) -> str:
    result = CliRunner().invoke(app, ["quiz", "--service", "sqs", *args], input="q\n",
                                env={"COLUMNS": "300"})
    assert result.exit_code == 0, result.output
    return " ".join(result.output.replace("│", " ").split())


def test_the_notice_says_asked_for_only_after_new(_private_db):
    db = _samples(_private_db)
    earlier = datetime.now(UTC) - timedelta(minutes=30)
    if earlier.astimezone().date() != datetime.now(UTC).astimezone().date():
        earlier = datetime.now(UTC)  # just after midnight: "earlier today" is now
    morning = Session(db, QuizOptions(service="sqs", new=2, fuzz=False), clock=lambda: earlier)
    for _ in range(2):
        item = morning.next()
        assert item is not None and item.is_new
        morning.grade(item, 4, 1000)
    plain = _quiz()
    assert "not the 18 left of today's 20 (2 studied earlier today)" in plain
    assert "asked for" not in plain
    assert "not the 38 left of the 40 asked for today" in _quiz("--new", "40")
