"""A service's shorthand a note defines in brackets ("Secrets Manager (SM)") is read as the
service on the note's other lines (notes/defined_names.py); one the note never defines is left
as written. Lines here are written for the test, in wordings other than the development notes'."""

from __future__ import annotations

from studycli.extract import parse_note
from studycli.model import Kind
from studycli.notes.defined_names import apply_defined_names


def _quantities(text: str) -> list[tuple[str, str, str, str]]:
    note = parse_note(text, "n.md")
    return [(f.service, f.attribute, f.qualifier, f.value) for f in note.facts
            if f.kind is not Kind.FACT]


def test_a_shorthand_defined_in_brackets_names_the_service_on_later_lines():
    text = ("# secrets\n\n## Secrets Manager (SM) and Parameter Store (PS)\n\n"
            "- SM deletion recovery window 7-30 days, default 30 days\n"
            "- PS standard tier: value size max 4 KB\n")
    facts = _quantities(text)
    assert any(s == "Secrets Manager" and q == "default" and v == "30 days"
               for s, _, q, v in facts)
    assert any(s == "Systems Manager Parameter Store" and v == "4 KB" for s, _, _, v in facts)
    assert not any(s == "" for s, _, _, _ in facts)


def test_an_undefined_shorthand_is_left_as_written():
    lines = ["## notes", "- PS standard tier: 10,000 parameters max"]
    apply_defined_names(lines, [False, False])
    assert lines[1] == "- PS standard tier: 10,000 parameters max"


def test_only_a_shorthand_of_the_name_before_it_is_a_definition():
    lines = ["Secrets Manager (SAA) is on the exam", "- SAA exam date",
             "cloudfront (CF) caches", "- CF, cf and CFN: CF only", "- path a/CF stays"]
    apply_defined_names(lines, [False] * len(lines))
    assert lines[1] == "- SAA exam date"  # "SAA" abbreviates no "Secrets Manager"
    assert lines[3] == "- cloudfront, cf and CFN: cloudfront only"
    assert lines[4] == "- path a/CF stays"


def test_a_shorthand_defined_as_two_services_is_read_as_neither():
    lines = ["CloudFront (CF) and CloudFormation (CF)", "- CF max 200 stacks"]
    apply_defined_names(lines, [False, False])
    assert lines[1] == "- CF max 200 stacks"


def test_code_is_left_as_written():
    lines = ["Secrets Manager (SM)", "SM = 1"]
    apply_defined_names(lines, [False, True])
    assert lines[1] == "SM = 1"


def test_a_shorthand_before_a_bracket_holding_only_the_name():
    lines = ["# edge: R53, CF (cloudfront), GA", "- CF max 25 origins",
             "- SAA (Solutions Architect) exam", "- SAA date"]
    apply_defined_names(lines, [False] * len(lines))
    assert lines[1] == "- cloudfront max 25 origins"
    assert lines[3] == "- SAA date"  # a bracket naming no service defines nothing


def test_a_word_of_the_name_is_no_shorthand():
    lines = ["a REST API (API Gateway) in front", "- API keys are no auth"]
    apply_defined_names(lines, [False, False])
    assert lines[1] == "- API keys are no auth"
