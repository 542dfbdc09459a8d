"""Session 22 (lookup32c): the reviewer's reproductions of lookup32a's attribution mechanisms
filing facts under the wrong service on notes nobody tuned on. Each mechanism keeps the case
it was built for (tests/test_attrib21_runs.py)."""

from __future__ import annotations

from tests.helpers import parsed_quantities


def _owners(text: str, name: str = "n.md") -> dict[str, str]:
    """value -> service of each quantity the note makes."""
    return {value: service for service, _, _, _, value in parsed_quantities(text, name)}


def test_a_line_naming_another_service_under_a_service_heading_heads_no_run():
    owners = _owners("## Lambda\nLambda runs code without servers\n"
                     "DynamoDB Streams - trigger source\ntimeout 15 min max\n"
                     "memory up to 10 GB\n")
    assert owners["15 min"] == "Lambda" and owners["10 GB"] == "Lambda"  # were DynamoDB's


def test_a_head_line_naming_the_headings_service_starts_no_run():
    owners = _owners("# Lambda\n\nLambda: serverless compute, pay per ms\n"
                     "SQS: queue, Lambda polls it\nbatch size up to 10,000\n")
    assert "SQS" not in owners.values()
