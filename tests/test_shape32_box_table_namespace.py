"""A table a terminal tool drew is headed by the command above it; where the command names its
service by the AWS CLI's namespace ("--svc events", "aws logs ...", "--service-code events"),
the heading says the service's name: under "--svc events" the EventBridge quotas were nobody's
(no service is called "events")."""

from __future__ import annotations

from studycli.extract.pipeline import parse_note
from studycli.formats import as_markdown

TABLE = ("┌──────────────────┬────────┐\n"
         "│ Quota            │ Value  │\n"
         "├──────────────────┼────────┤\n"
         "│ Targets per rule │ 5      │\n"
         "└──────────────────┴────────┘\n")


def _read(command: str):
    text = f"{command}\n{TABLE}"
    markdown = as_markdown(text, ".txt")
    return markdown.split("\n")[0], parse_note(markdown, "quotas.txt").facts


def test_a_namespace_in_the_command_heads_the_table_with_its_service():
    heading, facts = _read("$ aws-limits show --svc events --region us-east-1")
    assert heading == "## aws-limits show --svc EventBridge --region us-east-1"
    assert {(f.service, f.value) for f in facts if f.number is not None} == {
        ("EventBridge", "5 targets")}
    heading, _ = _read("$ aws service-quotas list-service-quotas --service-code events")
    assert heading.endswith("--service-code EventBridge")


def test_a_namespace_that_is_a_services_name_and_other_words_are_left_as_written():
    assert _read("$ aws-limits show --svc sqs")[0] == "## aws-limits show --svc sqs"
    # "events" as a word of the command, not the service asked about
    assert _read("$ ./count events --since 1h")[0] == "## ./count events --since 1h"
