"""`check` judges each invoker of a line naming several modes by its own stretch's mode (the
line's strongest mode went to every service: "S3 and SNS invoke asynchronously, SQS is polled
by Lambda (event source mapping)" confirmed SQS only, S3 and SNS read as event source mappings),
and a wrong mode the note says of one invoker is reported for that invoker alone."""

from __future__ import annotations

from .helpers import check_findings, flagged_by_line


def _judged(tmp_path, line: str) -> set[tuple[str, str]]:
    note = tmp_path / "lambda.md"
    note.write_text(f"# AWS Lambda\n\n{line}\n", encoding="utf-8")
    _, found = check_findings(note, "--all", db=tmp_path / "c.db")
    return flagged_by_line(found).get(3, set())


def test_each_invoker_is_confirmed_by_its_own_mode(tmp_path):
    line = "S3 and SNS invoke asynchronously, SQS is polled by Lambda (event source mapping)"
    assert _judged(tmp_path, line) == {("lambda.invocation.s3", "current"),
                                       ("lambda.invocation.sns", "current"),
                                       ("lambda.invocation.sqs", "current")}


def test_a_wrong_mode_is_reported_for_its_invoker_alone(tmp_path):
    line = "S3 invokes Lambda synchronously; SQS is polled via event source mapping"
    assert _judged(tmp_path, line) == {("lambda.invocation.s3", "wrong"),
                                       ("lambda.invocation.sqs", "current")}
