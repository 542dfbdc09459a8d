"""Two values for one setting on neighbouring lines: the word that tells them apart (a tier, an
operation, a packaging) was lost, so neither is asked; both lines stay searchable. Every line
here is written for the test, in wording the development notes do not use."""

from __future__ import annotations

from studycli.extract import parse_note
from studycli.model import Kind


def _facts(text: str):
    return parse_note(text, "n.md").facts


def _asked(text: str) -> list[tuple[str, str, str, str]]:
    return [(f.service, f.attribute, f.qualifier, f.value) for f in _facts(text)
            if f.kind is not Kind.FACT]


def test_two_values_of_one_key_on_next_lines_are_not_asked():
    text = ("## Amazon S3\n"
            "- an object can be at most 5 TB in size\n"
            "  - via one upload call the max object size is 5 GB\n")
    assert not [a for a in _asked(text) if a[0] == "S3" and a[2] == "max"
                and a[3] in ("5 TB", "5 GB")]


def test_both_lines_stay_searchable_as_statements():
    text = ("## Amazon S3\n"
            "- an object can be at most 5 TB in size\n"
            "  - via one upload call the max object size is 5 GB\n")
    said = " ".join(f.value for f in _facts(text) if f.kind is Kind.FACT)
    assert "5 TB" in said and "5 GB" in said


def test_table_rows_that_lose_their_case_stay_searchable():
    text = ("## Amazon DynamoDB\n\n"
            "| Setting | Value |\n|---|---|\n"
            "| Hot key throughput | 3,000 RCU |\n"
            "| Whole table on-demand throughput | 40,000 RCU |\n")
    facts = _facts(text)
    assert not [f for f in facts if f.kind is Kind.LIMIT and f.value in ("3000 RCUs", "40,000 RCUs")
                and f.subject == ""]
    said = " ".join(f.value for f in facts if f.kind is Kind.FACT)
    assert "3,000 RCU" in said and "40,000 RCU" in said


def test_the_same_value_said_twice_is_kept():
    text = ("## Amazon SQS\n"
            "- message retention max 14 days\n"
            "- (retention can be at most 14 days)\n")
    assert ("SQS", "retention period", "max", "14 days") in _asked(text)


def test_values_far_apart_are_a_disagreement_not_a_lost_case():
    filler = "".join(f"- SQS note line {i} about polling and queues\n" for i in range(6))
    text = ("## Amazon SQS\n- message retention max 14 days\n" + filler
            + "- message retention max 7 days\n")
    asked = _asked(text)
    assert ("SQS", "retention period", "max", "14 days") in asked
    assert ("SQS", "retention period", "max", "7 days") in asked


def test_different_qualifiers_are_not_siblings():
    text = ("## Amazon SQS\n- visibility timeout defaults to 30 seconds\n"
            "- visibility timeout max 12 hours\n")
    asked = _asked(text)
    assert ("SQS", "visibility timeout", "default", "30 s") in asked
    assert ("SQS", "visibility timeout", "max", "12 h") in asked
