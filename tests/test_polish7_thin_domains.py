"""The exam's note on a domain it could not fill says what is true: no question it could
check against the AWS reference was drawn for it, not that the notes have nothing on it
(`readiness` may well show the notes cover it)."""

from __future__ import annotations

from studycli.exam.generate import thin_notes


def test_an_unfilled_domain_is_not_said_to_be_missing_from_the_notes():
    lines = thin_notes({"Security": (17, 0), "Development": (20, 20), "Deployment": (16, 5)})
    assert len(lines) == 2  # one line for every unfilled domain: a 24-row screen keeps Q1
    thin, why = lines
    assert "nothing" not in thin and "Security 0 (blueprint 17)" in thin and "other domains" in thin
    assert "Deployment 5 (blueprint 16)" in thin and "Development" not in thin
    assert "AWS reference" in why and "readiness" in why


def test_a_filled_exam_has_no_note():
    assert thin_notes({"Development": (20, 20)}) == []
