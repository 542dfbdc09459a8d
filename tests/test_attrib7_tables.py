"""Attribution, pass 6 (extract/comparisons.py qualifier_column): a table column headed by
qualifier words joined ("Range / Max", "Min or max") holds values of the row's setting; it
is no thing the row is compared across. The row label had become a subject and the attribute
was lost ("Message retention period | duration | 14 days"). Tables written for the test."""

from __future__ import annotations

from studycli.extract import parse_note
from studycli.extract.comparisons import qualifier_column
from studycli.model import Kind

_TABLE = """## Amazon SQS

| Quota | Default | {column} |
|---|---|---|
| Visibility timeout | 30 seconds | 0 seconds to 12 hours |
| Message retention period | 4 days | 1 minute to 14 days |
"""


def _facts(column: str) -> list[tuple[str, str, str, str]]:
    return [(f.subject, f.attribute, f.qualifier, f.value)
            for f in parse_note(_TABLE.format(column=column), "n.md").facts
            if f.kind is not Kind.FACT]


def test_joined_qualifier_words_head_a_column_of_values():
    assert qualifier_column("Range / Max") == ""
    assert qualifier_column("min or max") == ""
    assert qualifier_column("Max / limit") == "max"


def test_a_thing_joined_with_a_qualifier_is_still_a_thing():
    assert qualifier_column("Standard / FIFO") is None
    assert qualifier_column("SQS / SNS") is None


def test_a_range_and_max_column_names_the_rows_setting():
    facts = _facts("Range / Max")
    assert ("", "visibility timeout", "max", "12 h") in facts
    assert ("", "retention period", "max", "14 days") in facts
    assert not any(subject for subject, _, _, _ in facts)


def test_a_min_and_max_column_reads_the_same():
    facts = _facts("Min - Max")
    assert any(attribute == "retention period" and value == "14 days"
               for _, attribute, _, value in facts)
