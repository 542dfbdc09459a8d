"""A note's own unit of time (questions/said_units.py) words its options and makes up its
neighbours with the quantities module's plural and neighbours, as every other option is
worded and made up (questions/quantities.py)."""

from __future__ import annotations

import pytest

from studycli.questions.quantities import (
    format_quantity,
    plural,
    synthetic_neighbours,
    whole_neighbours,
)
from studycli.questions.said_units import said_unit

DAY = 86400


@pytest.mark.parametrize(("n", "word"), [(1, "year"), (2, "month"), (1000, "week")])
def test_a_note_units_option_is_worded_as_formatting_words_its_units(n, word):
    unit = said_unit(f"{n} {word}s", n * {"year": 365, "month": 30, "week": 7}[word] * DAY, "s")
    assert unit is not None
    assert unit.text(n * unit.seconds) == plural(n, word)
    # the same wording formatting gives a unit it picks itself
    assert plural(3, "hour") == format_quantity(3 * 3600, "s")


def test_whole_neighbours_are_whole_numbers_nearest_in_ratio_first():
    near = whole_neighbours(10)
    assert all(isinstance(n, int) and n >= 1 and n != 10 for n in near)
    assert len(set(near)) == len(near)
    # from ten on, multiples of five: "13 months" beside 20 and 25, not 26 and 39
    assert all(n % 5 == 0 for n in whole_neighbours(13) if n >= 10)
    # nearest in ratio first: the first is within a factor of two
    assert 5 <= near[0] <= 20


def test_a_note_units_neighbours_are_the_whole_neighbours_in_that_unit():
    year = said_unit("10 years", 10 * 365 * DAY, "s")
    assert year is not None
    assert year.neighbours(10 * year.seconds) == [n * year.seconds for n in whole_neighbours(10)]


# What the start code (main, before the shared loop) gave, pinned: the tests above compare
# the two modules with each other, and would pass were both to change alike.
@pytest.mark.parametrize(("written", "days", "text", "near"), [
    ("10 years", 3650, "10 years", [15, 20, 5, 30, 40, 2, 50, 100, 1]),
    ("13 months", 390, "13 months", [20, 25, 6, 40, 50, 3, 65, 130, 1]),
    ("1 year", 365, "1 year", [2, 3, 4, 5, 10]),
    ("2 weeks", 14, "2 weeks", [3, 4, 1, 6, 8, 10, 20]),
    ("1000 weeks", 7000, "1,000 weeks",
     [1500, 2000, 500, 3000, 4000, 250, 5000, 200, 10000, 100]),
])
def test_a_note_units_words_and_neighbours_are_as_before(written, days, text, near):
    unit = said_unit(written, days * DAY, "s")
    assert unit is not None
    assert unit.text(days * DAY) == text
    assert [n / unit.seconds for n in unit.neighbours(days * DAY)] == near


@pytest.mark.parametrize(("number", "unit", "near"), [
    (256, "KB", [510, 130, 1000, 64, 770, 380, 1300, 2600, 26]),
    (7, "count", [14, 4, 28, 2, 21, 10, 35, 70]),  # no "3.5 retries"
])
def test_formattings_neighbours_are_as_before(number, unit, near):
    assert synthetic_neighbours(number, unit) == near


def test_each_honoured_unit_is_written_in_the_plural_its_spellings_give():
    # SaidUnit keeps only the singular and words its options with formatting's plural (an
    # "s" after any count but 1): a unit honoured whose plural is no "s" ("century") would be
    # misspelt, where unit_spellings.DURATIONS gives its plural
    from studycli.questions.said_units import _HONOURED
    from studycli.unit_spellings import DURATIONS

    plurals = {one: many for _names, one, many, _seconds in DURATIONS}
    for one in _HONOURED:
        assert plural(2, one) == f"2 {plurals[one]}", one
