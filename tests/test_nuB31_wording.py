"""Counts said in the singular when there is one (nuB31)."""

from __future__ import annotations

from typer.testing import CliRunner

from studycli.cli import app
from tests.exam_data import build_db

runner = CliRunner()


def test_an_export_of_one_question_says_question(_private_db, tmp_path):
    build_db(_private_db, tmp_path / "notes")
    target = tmp_path / "exam.md"
    result = runner.invoke(app, ["exam", "--export", str(target), "--seed", "3", "-n", "1"])
    assert result.exit_code == 0, result.output
    assert "Wrote 1 question with the answer key" in result.stdout


def test_no_exam_note_calls_a_figure_the_most_then_qualifies_it_with_another():
    """'64,000 IOPS, still the most a non-Nitro instance's volume can be provisioned with (it
    reaches 32,000)' read as the most and not the most at once: a figure called the most is
    never followed, in its sentence, by a parenthesis giving another figure (any note)."""
    import re

    from studycli.reference import load_reference

    notes = [e.exam_note for e in load_reference().entries if getattr(e, "exam_note", None)]
    assert notes
    assert not [n for n in notes if re.search(r"\bthe most\b[^.]*\([^)]*\d", n)]
