"""A doubt about a note's number names AWS's value once: a new user read "! the AWS docs give
other values for this measure (99.999999999% (11 nines)): 99.999999999% (11 nines)"."""

from __future__ import annotations

from studycli.ui.lookup_plain import Style, _currency


def test_a_doubt_naming_the_value_does_not_repeat_it():
    value = "99.999999999% (11 nines)"
    doubt = {"status": "unknown", "suspect": f"the AWS docs give other values for this measure "
                                             f"({value})", "current_value": value, "url": ""}
    text = " ".join(_currency(doubt, Style(False), 100))
    assert text.count("99.999999999%") == 1, text
    plain = {"status": "unknown", "suspect": "a default quota that can be raised",
             "current_value": "1,000", "url": ""}
    assert "raised: 1,000" in " ".join(_currency(plain, Style(False), 100))
