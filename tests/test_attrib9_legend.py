"""A note's own abbreviation legend is read through the note (pass 9, notes/legend.py): a terse
cheat sheet defines "ret = retention" once and writes "ret def 4 days"; read as written the days
were filed under an attribute "ret" nobody can look up. Lines here are written for the test,
in wordings other than the development notes'."""

from __future__ import annotations

import pytest

from studycli.extract import parse_note
from studycli.model import Kind
from studycli.notes.legend import apply_legend, legend_pairs


def _quantities(text: str) -> list[tuple[str, str, str, str]]:
    note = parse_note(text, "n.md")
    return [(f.service, f.attribute, f.qualifier, f.value) for f in note.facts
            if f.kind is not Kind.FACT]


@pytest.mark.parametrize("legend", [
    "_abbr: rtn = retention, vt = visibility timeout_",
    "Abbreviations: rtn = retention; vt = visibility timeout",
    "**shorthand**: rtn -> retention, vt -> visibility timeout",
    "legend: rtn: retention, vt: visibility timeout",
])
def test_a_legend_line_names_the_attribute_its_short_word_stands_for(legend):
    text = (f"# SQS notes\n{legend}\n\n"
            "## SQS\n- rtn 4 days default, up to 14 days\n- vt 30 s default\n")
    facts = _quantities(text)
    assert ("SQS", "retention period", "default", "4 days") in facts
    assert ("SQS", "retention period", "max", "14 days") in facts
    assert ("SQS", "visibility timeout", "default", "30 s") in facts
    assert not any(a in ("rtn", "vt") for _, a, _, _ in facts)


def test_a_legend_given_as_a_list_under_a_heading():
    text = ("## Abbreviations\n- rtn = retention\n- KS = Kinesis Data Streams\n\n"
            "## Streams\n- KS rtn 24 hours default, max 365 days\n")
    facts = _quantities(text)
    assert ("Kinesis Data Streams", "retention period", "default", "24 h") in facts
    assert ("Kinesis Data Streams", "retention period", "max", "365 days") in facts


def test_a_legend_only_line_is_no_fact_and_a_mixed_line_is_not_read_through_itself():
    note = parse_note("# DynamoDB\nabbr: tbl = table, pk = partition key\n"
                      "- pk max 2048 bytes\n", "n.md")
    assert all(f.line != 2 for f in note.facts)
    note = parse_note("# Cram\nterse lines. abbreviations: dflt = default\n", "n.md")
    assert [f.value for f in note.facts if f.line == 2] == [
        "terse lines. abbreviations: dflt = default"]


def test_a_unit_after_a_number_is_not_expanded():
    # a legend defining "min" must not turn "60 min" into "60 minimum"
    lines = ["legend: min = minimum, def = default", "- timeout def 60 min, min 1 min"]
    apply_legend(lines)
    assert lines == ["", "- timeout default 60 min, minimum 1 min"]


def test_journal_marks_and_words_inside_other_words_are_not_shorthand():
    assert legend_pairs("✓ = right answer, ✗ = wrong") == []
    lines = ["abbr: ret = retention", "- retries 3, ret 7 days, pre-ret value"]
    apply_legend(lines)
    assert lines[1] == "- retries 3, retention 7 days, pre-ret value"


def test_a_note_without_a_legend_is_untouched():
    lines = ["# Kinesis", "- ret def 24h -> max 7 days", "- the key: a partition key"]
    before = list(lines)
    apply_legend(lines)
    assert lines == before
