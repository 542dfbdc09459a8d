"""numbers_with_units is read once per text (note_numbers._numbers_with_units, cached as
_clauses is): a lookup asks it of one note line for several facts and rules. Each caller
still gets a list of its own, the same as the pattern reads."""

from __future__ import annotations

from studycli import note_numbers
from studycli.note_numbers import numbers_with_units

read_afresh = note_numbers._numbers_with_units.__wrapped__  # the pattern's reading, uncached


def test_the_same_text_is_read_once():
    text = "max 256 KB per message, retention 4 days (up to 14 days) - memo probe 7731"
    note_numbers._numbers_with_units.cache_clear()
    first = numbers_with_units(text)
    second = numbers_with_units(text)
    assert note_numbers._numbers_with_units.cache_info().hits == 1
    assert first == second == list(read_afresh(text))
    assert [unit for _n, unit, _t in first] == ["B", "s", "s", None]


def test_each_caller_gets_its_own_list():
    text = "batch size 10, max 10,000 - memo probe 7732"
    found = numbers_with_units(text)
    found.append((1.0, None, "1"))  # a caller that adds to what it was given
    found[0] = (0.0, None, "0")
    again = numbers_with_units(text)
    assert again is not found
    assert again == list(read_afresh(text))
    assert [n for n, _u, _t in again] == [10.0, 10000.0, 7732.0]
