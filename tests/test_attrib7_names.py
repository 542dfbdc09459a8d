"""Attribution, pass 6 (extract/context.py): a heading's byline "(Sam)" is a person, not AWS
SAM; every line under it was filed under SAM. An acronym service written as a capitalised
word is no mention of it; in capitals or lower case it still is. Lines written for the test,
in wording the development notes do not use."""

from __future__ import annotations

from studycli.extract import parse_note
from studycli.model import Kind


def _services(text: str) -> set[str]:
    return {f.service for f in parse_note(text, "n.md").facts if f.kind is not Kind.FACT}


def test_a_byline_name_is_not_the_service_the_lines_are_about():
    text = ("# Mock exam log, week 3 (Sam)\n\n"
            "- EventBridge: an event can be at most 256 KB\n"
            "- each rule fans out to at most 5 targets\n")
    assert _services(text) == {"EventBridge"}


def test_a_name_in_a_heading_leaves_the_heading_without_a_service():
    text = "# Storage\n## Notes from Sam\n- a single object can be up to 5 TB\n"
    assert "SAM" not in _services(text)


def test_the_acronym_in_capitals_still_names_the_service():
    text = ("## SAM\n- sam local start-api, templates up to 1 MB\n"
            "- a deploy times out after 30 minutes\n")
    assert _services(text) == {"SAM"}


def test_the_acronym_in_lower_case_still_names_the_service():
    text = "## deploy tools\n### sam\n- a deploy times out after 30 minutes\n"
    assert _services(text) == {"SAM"}
