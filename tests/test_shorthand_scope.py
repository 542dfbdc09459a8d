"""Review 37's cases for bracket shorthands (903af004, reverted): a shorthand defined once must
not move another section's lines to its service, nor make an English word in capitals a
service. Lines here are the reviewer's."""

from __future__ import annotations

from studycli.extract import parse_note
from studycli.model import Kind

_SAA = ("## Edge\n"
        "- CloudFront (CF) default TTL 24 hours\n"
        "- CF max 25 origins per distribution\n\n"
        "## CloudFormation\n"
        "- CF max 500 resources per stack\n"
        "- CF stack max 200 outputs\n")


def _quantities(text: str, name: str) -> list[tuple[str, str, str]]:
    note = parse_note(text, name)
    return [(f.service, f.attribute, f.value) for f in note.facts if f.kind is not Kind.FACT]


def test_a_shorthand_under_another_services_heading_stays_that_service():
    facts = _quantities(_SAA, "saa.md")
    assert any(s == "CloudFormation" and v.startswith("500") for s, _, v in facts)
    assert not any(s == "CloudFront" and v.startswith(("500", "200")) for s, _, v in facts)


def test_an_english_word_in_capitals_is_no_service():
    text = ("- Auto Scaling (AS) cooldown default 300 s\n"
            "- AS IS: keep prod config AS IS during the swap\n")
    note = parse_note(text, "sam.md")
    assert not any("Auto Scaling IS" in f.value for f in note.facts)
