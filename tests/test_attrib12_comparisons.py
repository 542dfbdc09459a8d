"""One-line comparisons (pass 12 of the parser, issues #10 and #8): "SQS vs Kinesis: SQS = ...;
Kinesis = ..." and "Read replica vs Multi-AZ — scaling reads vs HA" were plain statements, so
no compare drill and no "x vs y" lookup could tell which half is whose. Lines here are written
for the test."""

from __future__ import annotations

from studycli.extract import parse_note


def _rows(text: str) -> list[tuple[str, str, str, str]]:
    return [(c.left, c.right, c.left_value, c.right_value)
            for c in parse_note(text, "n.md").comparisons]


def test_each_clause_goes_to_the_side_it_opens_with():
    rows = _rows("## Messaging\n\n- SNS vs SQS: SQS = pull, kept until deleted; "
                 "SNS = push to every subscriber, not kept\n")
    assert rows == [("SNS", "SQS", "SNS = push to every subscriber, not kept",
                     "SQS = pull, kept until deleted")]


def test_two_values_set_against_each_other_follow_the_sides_order():
    rows = _rows("## Databases\n\nDynamoDB vs RDS — key-value at any scale vs joins and "
                 "transactions · both managed\n")
    assert rows == [("DynamoDB", "RDS", "key-value at any scale", "joins and transactions")]


def test_a_line_whose_clauses_name_only_one_side_is_said_of_both():
    """Never one side's clause given to the other, nor one side's only: the line compares the
    two (session 26: it gave no row, and `compare kinesis sqs` did not show it at all)."""
    line = "Kinesis vs SQS: Kinesis keeps data after it is read"
    assert _rows(f"## Streams\n\n- {line}\n") == [("Kinesis Data Streams", "SQS", line, line)]


def test_a_side_that_is_a_phrase_is_no_side():
    assert _rows("## Messaging\n\nSQS vs SNS in short: SQS = pull; SNS = push\n") == []


def test_a_comparison_with_lines_under_it_is_read_as_before():
    text = ("## Compute\n\n- ECS vs EKS: pick one\n  - ECS = simpler, AWS-native\n"
            "  - EKS = Kubernetes\n")
    rows = _rows(text)
    assert ("ECS", "EKS", "ECS = simpler, AWS-native", "") in rows
    assert ("ECS", "EKS", "", "EKS = Kubernetes") in rows
