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
