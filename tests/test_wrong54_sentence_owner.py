"""A figure is not the service's whose name opens the next sentence (session 54).

"sqs vs sns: sqs = pull, msgs kept up to 14d. sns = push, no persistence": the 14 days are
SQS's; the parser filed them under SNS, because the clause after the figure ran on past the
full stop to the next sentence's "sns". Notes that do not capitalise end sentences all the
same (the attribute namer already stops there: extract/attributes.py). SQS keeps a message up
to 14 days; SNS does not keep messages
(https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html).
"""

from __future__ import annotations

import pytest

from studycli.extract.pipeline import parse_note
from tests.helpers import folder_cli


def _quantities(line: str) -> list[tuple[str, str]]:
    parsed = parse_note(f"# Messaging\n\n{line}\n", "notes.md")
    return [(f.service, f.value) for f in parsed.facts if f.kind != "fact"]


@pytest.mark.parametrize("line", [
    "- sqs vs sns: sqs = pull, msgs kept up to 14d. sns = push, no persistence",
    "- SQS vs SNS: SQS = pull, retention up to 14 days. SNS = push, no persistence",
    "- sqs = pull, 14d retention! sns = push, no persistence",
])
def test_a_figure_before_a_full_stop_is_not_the_next_sentences_service(line):
    assert _quantities(line) == [("SQS", "14 days")]


def test_an_abbreviations_stop_ends_no_sentence():
    # "e.g." and "vs." end no sentence: the service after them is still in the figure's clause
    assert _quantities("- messages kept 14 days e.g. SQS") == [("SQS", "14 days")]


def test_the_wrong_fact_is_no_card_and_no_answer(tmp_path):
    ask = folder_cli(tmp_path, {"m.md": "# Messaging\n\n- sqs vs sns: sqs = pull, msgs kept "
                                        "up to 14d. sns = push, no persistence\n"})
    assert not [f for f in ask("facts", "--service", "SNS") if f["kind"] != "fact"]
    hits = ask("lookup", "sqs retention max")
    assert hits and hits[0]["service"] == "SQS" and hits[0]["value"] == "14 days", hits
