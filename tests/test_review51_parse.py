"""Review of session 51's parser rules: sentences a student writes that they misread.

"I figured out the max is 15 min" is no corrected belief; a count word before a round spaced
number ("items: max 409 600 bytes") leaves it one number."""

from __future__ import annotations

import pytest

from studycli.notes.spaced_thousands import join_spaced_thousands
from tests.helpers import folder_cli

# --- "I figured out" is no belief the student corrects ----------------------------------------

def test_a_figure_the_student_figured_out_stands(tmp_path):
    ask = folder_cli(tmp_path, {"n.md": "# Lambda\n\n- I figured out the timeout max is 15 min\n"})
    assert "15 min" in {f["value"] for f in ask("facts")}


# --- a count word before a round whole: one spaced number, not a count and a size -----------

@pytest.mark.parametrize(("line", "joined"), [
    # DynamoDB's item size limit, 400 KB, in bytes
    ("- items: max 409 600 bytes", "- items: max 409600 bytes"),
    ("- messages max 262 144 bytes", "- messages max 262144 bytes"),  # 256 KiB
])
def test_a_count_word_does_not_split_a_round_spaced_number(line, joined):
    assert join_spaced_thousands(line) == joined


def test_a_count_word_still_splits_a_count_and_a_size():
    assert join_spaced_thousands("- SQS batch max 10 256 KB total") == \
        "- SQS batch max 10 256 KB total"


def test_an_item_size_in_spaced_bytes_is_read_whole(tmp_path):
    ask = folder_cli(tmp_path, {"d.md": "# DynamoDB\n\n- items: max 409 600 bytes\n"})
    values = {f["value"] for f in ask("facts") if f["kind"] != "fact"}
    assert "600 bytes" not in values
    assert any("409" in v and "600" in v for v in values)


@pytest.mark.parametrize("line", [
    "- as I thought, the timeout max is 15 min",  # agrees with what follows: no belief
    "- I figured out today that the timeout max is 15 min",
])
def test_a_clause_agreeing_or_found_keeps_its_figure(tmp_path, line):
    ask = folder_cli(tmp_path, {"n.md": f"# Lambda\n\n{line}\n"})
    assert "15 min" in {f["value"] for f in ask("facts") if f["kind"] != "fact"}
