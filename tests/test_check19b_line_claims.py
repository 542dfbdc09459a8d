"""check19 review: a line judged by its text alone (an any-line claim, no fact, no number)
whose old maximum is today's default is told so, as a fact's finding is."""

from __future__ import annotations

from .helpers import run_here, shipped_reference

CLI_LOG = ("# Kinesis CLI log\n\n```\n"
           "$ aws kinesis put-record --stream-name s  # record max 1 MB\n```\n")


def test_a_line_only_old_maximum_that_is_todays_default_is_told_so(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "log.md").write_text(CLI_LOG, encoding="utf-8")
    env = shipped_reference(100)
    result = run_here("check", str(notes), db=tmp_path / "c.db", env=env)
    assert result.returncode == 1, result.stderr
    out = " ".join(result.stdout.split())
    assert "STILL THE DEFAULT Kinesis Data Streams / record size" in out  # tester47 L10
    assert "your value is still the default (1 MiB); the maximum, 10 MiB" in out

