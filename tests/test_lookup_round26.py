"""Issue 10, round twenty-six: one list of unit spellings, dates that are no numbers of a
unit, and the evaluation reading an expectation written in words."""

from __future__ import annotations

import pytest

from studycli.extract.quantities import find_quantities
from studycli.lookup.answer import _DATED
from studycli.note_numbers import numbers_with_units
from studycli.unit_spellings import DURATIONS, SIZES
from tests.helpers import first_value, lookup_values, notes_conn
from tests.lookup_scorer import holds


def test_both_number_readers_read_every_spelling_of_the_one_list_alike():
    # The parser (quantities) and the fast paths' reader (note_numbers) build from one list:
    # a spelling there is read by both, to the same canonical amount.
    spellings = [(name, secs, "s") for names, _one, _many, secs in DURATIONS for name in names]
    spellings += [(name, size, "B") for names, _shown, size in SIZES for name in names
                  if name != "b"]  # a bare "7 b" the parser leaves (a list letter, a bit)
    for name, amount, unit in spellings:
        text = f"limit 7 {name} here"
        fast = [(n, u) for n, u, _ in numbers_with_units(text) if u]
        parsed = [(q.number, q.unit) for q in find_quantities(text) if q.unit]
        assert fast == [(7 * amount, unit)], name
        assert parsed == fast, name


@pytest.mark.parametrize("text", ["GA in 2018", "free since 2020", "retired by 2024: gone",
                                  "2020-12 S3 strong consistency", "launched in Dec 2019"])
def test_a_year_after_in_since_or_by_dates_a_line(text):
    assert _DATED.search(text)


@pytest.mark.parametrize("text", ["retries finish in 2000 ms", "scales by 2000 IOPS",
                                  "throttled since 2000 requests/s", "grows by 2000 MB",
                                  "raised in 2000 % steps"])
def test_a_number_of_a_unit_after_in_or_by_is_no_year(text):
    assert not _DATED.search(text)


TIMINGS = """\
# Lambda timings

- Lambda cold start usually finishes in 2000 ms for Java
- 2018-10 Lambda max timeout raised to 15 min
"""


def test_when_a_limit_changed_is_not_answered_by_a_duration_after_in(tmp_path):
    conn = notes_conn(tmp_path, TIMINGS, "lambda.md")
    assert first_value(conn, "when did lambda max timeout change").startswith("2018-10")
    assert lookup_values(conn, "when did lambda cold start get faster") == []


@pytest.mark.parametrize("value,expected", [
    ("512 MB", "five hundred twelve megabytes"),
    ("300 s", "three hundred seconds"),
    ("1769 MB", "one thousand seven hundred sixty-nine"),
    ("1 h", "one hour"),
])
def test_an_expectation_written_in_words_is_held_by_its_digits(value, expected):
    assert holds({"value": value, "snippet": value}, [expected])


@pytest.mark.parametrize("value,expected", [
    ("2 h", "one hour"), ("51 MB", "five hundred twelve megabytes"), ("6x", "six times")])
def test_an_expectation_in_words_is_not_held_by_another_number(value, expected):
    assert not holds({"value": value, "snippet": value}, [expected])


STEP_FNS = """\
# Messaging notes

EventBridge: rules route events to targets, archive + replay.
stepfn: Standard max duration 1 year, Express max 5 minutes
step fns: payload between states max 256 KB
"""


def test_a_cheat_sheets_short_name_for_step_functions_names_it(tmp_path):
    from studycli.services import find_services

    for text in ("stepfn: payload max 256 KB", "step fns retry", "step fn state types"):
        assert "Step Functions" in [m.name for m in find_services(text)], text
    conn = notes_conn(tmp_path, STEP_FNS, "messaging.md")
    assert first_value(conn, "step functions standard max duration") == "1 year"
