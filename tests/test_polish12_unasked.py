"""A service whose new cards the quiz cannot ask: readiness does not send the student to it,
and the quiz says why it asked nothing (it said "Today's new cards are done")."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from studycli.cli import app

runner = CliRunner()
# The reference corrects the 60-second interval yet no question can be built from this line:
# the cards are counted, none is asked (shipped notes hold the same line).
LINE = ("- FireHose offers near realtime delivery i.e. delivery when buffer size amounts to "
        "1MB or buffer interval passes 60 seconds\n")


def _db(tmp_path) -> str:
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "f.md").write_text("# streaming\n## Data Firehose\n" + LINE)
    db = str(tmp_path / "f.db")
    assert runner.invoke(app, ["ingest", str(notes), "--db", db]).exit_code == 0
    return db


def test_readiness_suggests_no_quiz_that_asks_nothing(tmp_path):
    db = _db(tmp_path)
    for profile in ("saa-c03", "dva-c02"):
        result = runner.invoke(app, ["readiness", "--profile", profile, "--json", "--db", db])
        assert result.exit_code == 0, result.output
        commands = [c for step in json.loads(result.stdout)["next"] for c in step["commands"]]
        assert not any("Firehose" in c for c in commands), commands


def test_the_quiz_says_new_cards_are_not_drilled_and_how_to_drill_them(tmp_path):
    db = _db(tmp_path)
    for extra in ([], ["--new", "5"]):
        result = runner.invoke(app, ["quiz", "--service", "Data Firehose", "--db", db, *extra],
                               input="", env={"COLUMNS": "200"})
        assert result.exit_code == 0, result.output
        out = " ".join(result.stdout.split())
        assert "new cards are done" not in out
        assert "new cards on Data Firehose are not drilled" in out, out
        assert '`studycli quiz --service "Data Firehose" --as-written`' in out
    asked = runner.invoke(app, ["quiz", "--service", "Data Firehose", "--as-written",
                                "--limit", "1", "--db", db], input="q\n")
    assert "Nothing due" not in asked.stdout


def test_the_day_limit_is_named_as_such():
    import io
    from datetime import UTC, datetime

    from rich.console import Console

    from studycli.quiz.session import Summary
    from studycli.ui.quiz_view import summary_panel

    now = datetime(2026, 12, 2, 12, tzinfo=UTC)
    s = Summary(0, 0, 0, 1, 0, 0, 0, 0, 13, None, False, new_today=6, new_limit=5,
                new_askable=13)
    out = io.StringIO()
    Console(file=out, width=200, color_system=None).print(summary_panel(s, now))
    text = out.getvalue()
    assert "studied 6 new cards today, the day's limit (5)" in text
    assert "new cards are done" not in text


def test_conflicts_mark_the_side_the_reference_supports(tmp_path):
    # 900 s vs 10 min for Lambda's timeout was listed side by side with no word on which
    # side AWS supports, though lookup and check knew
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "a.md").write_text("# compute\n## Lambda\n- max execution timeout = 900 s\n")
    (notes / "b.md").write_text("# compute\n## Lambda\n- max execution timeout = 10 min\n")
    db = str(tmp_path / "c.db")
    assert runner.invoke(app, ["ingest", str(notes), "--db", db]).exit_code == 0
    data = json.loads(runner.invoke(app, ["conflicts", "--json", "--db", db]).stdout)
    group = next(g for g in data if g["service"] == "Lambda")
    assert set(group) >= {"service", "subject", "attribute", "qualifier", "facts"}
    by_value = {f["value"]: f["aws"] for f in group["facts"]}
    assert by_value["900 s"]["status"] == "current"
    assert by_value["10 min"]["status"] in ("outdated", "wrong")
    assert group["aws"]["value"].startswith("900 s")
    assert group["aws"]["url"].startswith("https://docs.aws.amazon.com/lambda/")
    text = " ".join(runner.invoke(app, ["conflicts", "--db", db],
                                  env={"COLUMNS": "200"}).stdout.split())
    assert "900 s (AWS docs agree)" in text
    # as check words it: the entry records its history, and 10 min was never the limit
    assert "10 min (outdated)" in text or "10 min (wrong)" in text
    assert "https://docs.aws.amazon.com/lambda/" in text


def test_a_quiz_quit_at_its_first_card_does_not_ask_why_it_was_empty(quiz_db, monkeypatch):
    """Why a session asked nothing is worked out by building a question for every new card
    (0.2 s on the shipped notes): a student who quits at the first card asked something."""
    import random
    from datetime import UTC, datetime

    from studycli.quiz.session import QuizOptions, Session

    def no(self):
        raise AssertionError("_why_empty ran after a card was shown")

    monkeypatch.setattr(Session, "_why_empty", no)
    s = Session(quiz_db, QuizOptions(fuzz=False), clock=lambda: datetime.now(UTC),
                rng=random.Random(0))
    assert s.next() is not None
    s.summary()


def test_cards_left_out_as_written_are_not_blamed_on_the_reference(tmp_path, monkeypatch):
    """Under --as-written the reference decides nothing: a card no question can be built for
    is not "not drilled: ... run --as-written" (advice that asks nothing again)."""
    import random
    from datetime import UTC, datetime

    from studycli.quiz.session import QuizOptions, Session
    from studycli.store.db import connect

    monkeypatch.setattr(Session, "_question", lambda self, row: None)
    s = Session(connect(_db(tmp_path)), QuizOptions(fuzz=False, as_written=True),
                clock=lambda: datetime.now(UTC), rng=random.Random(0))
    assert s.next() is None
    assert s.summary().not_drilled == 0
