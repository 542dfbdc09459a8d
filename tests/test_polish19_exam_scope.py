"""A Solutions Architect exam asks no error-code meanings (the DVA-C02 guide's troubleshooting,
not an SAA-C03 task: data/exam_profiles.json), yet keeps invocation modes; DVA-C02 asks both."""

from __future__ import annotations

from studycli.exam.generate import thin_notes
from studycli.exam.profiles import get_profile

from .quiz_facts import sample_facts


def test_each_associate_profile_asks_the_kinds_its_guide_covers():
    facts = sample_facts()
    saa = {f.kind for f in get_profile("saa-c03").asked(facts)}
    dva = {f.kind for f in get_profile("dva-c02").asked(facts)}
    assert "error_code" not in saa and {"limit", "default", "invocation_mode"} <= saa
    assert {"error_code", "invocation_mode", "limit"} <= dva


def test_a_short_domain_is_not_written_as_a_score():
    (line, _why) = thin_notes({"Design Secure Architectures": (17, 1)})
    assert "Design Secure Architectures 1 (blueprint 17)" in line and " of 17" not in line
