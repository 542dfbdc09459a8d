"""`studycli check` on lines naming several invocation modes: each invoker is judged by the mode
the line says of it. 'S3 and SNS invoke asynchronously, SQS is polled ...' was read as S3 and
SNS being event source mappings; 'S3 invokes Lambda synchronously; SQS is polled ...' filed S3
as an event source mapping, so the note's wrong 'synchronously' went unreported."""

import json

from .helpers import run_here


def _invocation_rows(tmp_path, line: str) -> dict[str, str]:
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "lambda.md").write_text(f"# AWS Lambda\n\n- {line}\n", encoding="utf-8")
    result = run_here("check", "--all", "--json", str(notes), db=tmp_path / "s.db")
    return {r["subject"]: r["status"] for r in json.loads(result.stdout or "[]")
            if r["attribute"] == "invocation"}


def test_a_right_line_naming_three_modes_is_right_for_each_invoker(tmp_path):
    rows = _invocation_rows(
        tmp_path, "S3 and SNS invoke asynchronously, SQS is polled by Lambda (event source "
                  "mapping)")
    assert rows == {"S3": "current", "SNS": "current", "SQS": "current"}


def test_a_wrong_mode_is_reported_for_its_own_invoker_only(tmp_path):
    rows = _invocation_rows(
        tmp_path, "S3 invokes Lambda synchronously; SQS is polled via event source mapping")
    assert rows == {"S3": "wrong", "SQS": "current"}
