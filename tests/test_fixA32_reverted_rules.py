"""Two nuA32 rules were reverted whole after review (main's reading is kept): a flow into
Lambda giving its mode to no hop ('S3 -> SNS -> Lambda: async' filed nothing) and a retraction
ignored when its numbers all appeared earlier (a corrected swap read as the retracted values;
'max timeout 15 s, actually it's 15' kept 15 s as a limit). These lock main's answers in."""

from __future__ import annotations

from typer.testing import CliRunner

from studycli.cli import app
from studycli.extract import parse_note

runner = CliRunner()

NOTES = {
    "lambda.md": "## Lambda\n- S3 -> SNS -> Lambda: async\n"
                 "- CloudFront -> API Gateway -> Lambda (sync)\n",
    "sqs.md": "## SQS\n- visibility timeout default 12 h, max 30 s, no wait, other way round: "
              "default 30 s, max 12 h\n",
    "timeout.md": "## Lambda\n- max timeout 15 s, actually it's 15\n",
}


def _first_lines(tmp_path, queries: list[str]) -> dict[str, str]:
    notes = tmp_path / "notes"
    notes.mkdir()
    for name, text in NOTES.items():
        (notes / name).write_text(text, encoding="utf-8")
    db = str(tmp_path / "s.db")
    assert runner.invoke(app, ["ingest", str(notes), "--db", db]).exit_code == 0
    out = {}
    for query in queries:
        result = runner.invoke(app, ["lookup", query, "--db", db])
        assert result.exit_code == 0, result.output
        out[query] = result.output.splitlines()[0]
    return out


def test_a_flow_into_lambda_keeps_its_mode_and_a_retraction_takes_back(tmp_path):
    first = _first_lines(tmp_path, ["sns invocation", "api gateway invocation",
                                    "sqs default visibility timeout", "lambda max timeout"])
    assert first["sns invocation"] == "asynchronous", first
    assert first["api gateway invocation"] == "synchronous", first
    assert not first["sqs default visibility timeout"].startswith("12 h"), first
    assert not first["lambda max timeout"].startswith("15 s"), first


def test_no_wait_is_no_wait_time():
    facts = parse_note("## SQS\n- delay queue max 15 min, no wait, 15 min\n", "n.md").facts
    assert not any("wait" in f.attribute for f in facts), [(f.attribute, f.value) for f in facts]
