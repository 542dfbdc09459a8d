"""A note's own unit of time (questions/said_units.py) words its options and makes up its
neighbours with the quantities module's plural and neighbours, as every other option is
worded and made up (questions/quantities.py)."""

from __future__ import annotations

import pytest

from studycli.questions.quantities import format_quantity, plural, whole_neighbours
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
