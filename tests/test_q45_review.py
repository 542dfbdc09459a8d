"""Session 45's question review: two defects an AWS-certified reviewer found in questions drawn
from notes nobody on the team had seen, each a general misreading of the parser."""

from __future__ import annotations

import pytest

from studycli.extract import parse_note


def _facts(text: str) -> list[tuple[str, str, str]]:
    return [(f.subject, f.attribute, f.value) for f in parse_note(text, "n.txt").facts
            if f.number is not None or f.low is not None]


@pytest.mark.parametrize("line", [
    "// container image up to 10 GB. max 5 layers per function. console editor limit 3 MB",
    "- container image up to 10 GB. max 5 layers per function",
    "- container image up to 10gb. up to 5 layers",
])
def test_a_subject_whose_sentence_gave_its_number_ends_before_a_small_letter(line):
    """"... up to 10 GB. max 5 layers per function": the stop after a figure ends the sentence
    though the next one opens in small letters, so the layers are the function's, not the
    container image's (the exam asked "the maximum number of layers per function for AWS
    Lambda (container image)", which can use none)."""
    facts = _facts(f"# Lambda\n\n{line}\n")
    layers = [f for f in facts if f[2] == "5 layers"]
    assert layers and all(subject == "" for subject, _, _ in layers), facts
    assert ("container image", "container image size", "10 GB") in facts


def test_a_counted_subject_s_sentence_ends_its_subject():
    """"max 5 layers per function. console editor limit 3 MB": a number counting the subject
    ("5 layers") is the subject's own, so its sentence ends it (the 3 MB was the layers')."""
    facts = _facts("# Lambda\n\n// container image up to 10 GB. max 5 layers per function. "
                   "console editor limit 3 MB\n")
    assert all(subject != "layers" for subject, _, value in facts if value == "3 MB"), facts


def test_a_stop_before_a_small_letter_ends_no_sentence_without_a_number():
    """"creds. from console max 12 hrs": an abbreviation's stop, no sentence end."""
    from studycli.extract.context import sentence_ends_between

    text = "creds. from console max 12 hrs"
    assert sentence_ends_between(text, 0, len(text)) == []
    text = "visibility timeout 30s. can go up to 12 hours"
    assert sentence_ends_between(text, 0, len(text)) == [(22, 25)]


@pytest.mark.parametrize("line", [
    "EC2 basic monitoring: 5 min period (free). Log retention: never expire by default",
    "EC2 basic monitoring: 5 min period (free); Log retention: never expire by default",
    "EC2 basic monitoring: 5 min period (free)       Log retention: never expire by default,",
])
def test_words_past_a_numbers_clause_do_not_name_it(line):
    """Words after a later stop, semicolon or column gap are the next clause's: the 5 min
    (the basic monitoring period) was read as a retention period, and the exam asked "What is
    the retention period for Amazon EC2?" (a column of a copied two-column cheat sheet)."""
    facts = _facts(f"# EC2\n\n{line}\n")
    five = [attribute for _, attribute, value in facts if value == "5 min"]
    assert five and not any("retention" in a for a in five), facts


def test_a_label_aligned_with_its_value_keeps_naming_it():
    """A wide gap ends no clause where the number comes after it (a label aligned with its
    value) or before a remark."""
    facts = _facts("# SQS\n\nVisibility timeout      30 s\n"
                   "Retention default       4 days      # max 14 days\n")
    assert ("", "visibility timeout", "30 s") in facts
    assert ("", "retention period", "4 days") in facts
    assert ("", "retention period", "14 days") in facts


def test_two_columns_pasted_from_a_cheat_sheet_ask_no_garbled_question(tmp_path):
    """Through ingest and the exam: the two-column page's EC2 line makes no question of an
    EC2 retention period."""
    from tests.helpers import run_here

    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "cw.txt").write_text(
        "MONITORING                                       LOGS\n"
        " EC2 basic monitoring: 5 min period (free)       Log retention: never expire by "
        "default,\n"
        " Detailed monitoring: 1 min ($)                   1 day to 10 years\n\n# SQS\n\n"
        "Retention default       4 days      # max 14 days\n", encoding="utf-8")
    db = tmp_path / "s.db"
    assert run_here("ingest", str(notes), db=db).returncode == 0
    out = run_here("exam", "--profile", "saa-c03", "--json", db=db)
    import json

    stems = [q["stem"] for q in json.loads(out.stdout)["questions"]]
    assert stems and not any("retention period for Amazon EC2" in s for s in stems), stems
