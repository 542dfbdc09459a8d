"""A value said after a range, outside it, is not that range's setting again (reviewers of
session 30: "Glacier Flexible: bulk 5-12 hrs; min 90 days" lost the 90 days: it was read as a
bulk retrieval of 90 days and dropped as clashing with the 5-12 hours)."""

from studycli.extract import parse_note
from studycli.model import Kind


def _limits(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject, f.attribute, f.value) for f in parse_note(text, "n.md").facts
            if f.kind in (Kind.LIMIT, Kind.DEFAULT, Kind.RANGE)}


def test_a_bound_outside_the_range_before_it_is_read_on_its_own():
    for line in ("- Glacier Flexible: bulk 5-12 hrs; min 90 days\n",
                 "- Glacier Flexible: bulk 5-12 hrs; 90 days min\n",
                 "- Glacier Flexible: expedited 1-5 min; min 90 days\n"):
        facts = _limits("# S3\n" + line)
        glacier = "S3 Glacier Flexible Retrieval"
        assert (glacier, "minimum storage duration", "90 days") in facts, (line, facts)
        assert not any(v == "90 days" and "retrieval" in a for _, a, v in facts), facts


def test_a_value_within_the_range_is_still_its_setting():
    # near shapes: a restated end and a default inside the range stay the range's setting
    ends = _limits("# SQS\n- visibility timeout 0-12 h, max 12 h\n")
    assert {a for _, a, v in ends if v == "12 h"} == {"visibility timeout"}, ends
    default = _limits("# Lambda\n- timeout 1-900 s; default 3 s\n")
    assert ("", "execution timeout", "3 s") in default, default
    bracket = _limits("# ELB\n- idle timeout 60s default (1-4000 s)\n")
    assert ("", "idle timeout", "1–4000 s") in bracket, bracket


def test_a_value_no_bound_word_marks_keeps_the_setting_named_before():
    # unseen40's FAQ: "... from 1 to 20 seconds (WaitTimeSeconds). ... Short polling (0 s) is
    # the default." keeps its 0 s the wait time it was (the rule is for bounds only)
    facts = _limits("# SQS\n- Long polling waits for messages from 1 to 20 seconds "
                    "(WaitTimeSeconds). It reduces cost. Short polling (0 s) is the default.\n")
    assert any(v == "0 s" and a != "duration" for _, a, v in facts), facts
