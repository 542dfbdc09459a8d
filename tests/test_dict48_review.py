"""Review of dict48 (session 48): what the dictation and said-figure rules misread.

- a teen said as a later pair is a figure before a size only: "one twelve month window" is one
  12-month window and "one fifteen minutes" no 115 minutes (the branch read 112 months and 115
  minutes, wrong figures stated);
- "period" after a unit of time in the singular ("1 minute period", "a 12 month period") is the
  noun: three such lines made a typed CloudWatch note "dictated", its wrapped lines cut apart
  and its "max alarm evaluation window ... 1 day" limit lost;
- capitals in alphabet order that spell no name are a quiz's options ("A B or C"), not "AB";
- "comma" between written commas is the word, not a second comma.
Tests fail without the fixes."""

from __future__ import annotations

import pytest

from studycli.notes.dictation import dictated, read_dictation
from studycli.notes.number_words import spell_out_numbers
from tests.helpers import lookup_values, notes_fixture

_SAID = "voice memo comma one\nsecond thought period\nthird new line\n"


@pytest.mark.parametrize("said", [
    "EC2 free tier covers one twelve month window",
    "lambda timeout one fifteen minutes was my guess",
    "the free tier is one twelve month period",
    "one eleven seconds",
])
def test_a_teen_pair_before_a_time_is_no_figure(said):
    assert spell_out_numbers(said) == said


def test_a_teen_pair_before_a_size_is_still_one():
    assert spell_out_numbers("tmp default five twelve megabytes") == "tmp default 512 megabytes"
    assert spell_out_numbers("memory one fifteen megs") == "memory 115 MB"


TYPED = """# CloudWatch
- standard resolution metrics: 1 minute period
- high resolution alarm: 10 second period
- detailed monitoring for EC2: 1 minute period
- Free tier for EC2 is a 12 month period
- Alarm evaluates datapoints over N periods, the max alarm
  evaluation window is 1 day
"""

typed_notes = notes_fixture(TYPED, name="cw.md")


def test_a_length_of_time_period_is_no_spoken_stop():
    assert not dictated(TYPED)
    assert read_dictation(TYPED) == TYPED
    # said in the plural after a figure, "period" is still the stop
    assert read_dictation(_SAID + "max fourteen days period").endswith("max fourteen days.")


def test_a_typed_note_with_period_lines_keeps_its_wrapped_limit(typed_notes):
    assert lookup_values(typed_notes, "cloudwatch alarm evaluation max")[:1] == ["1 day"]


@pytest.mark.parametrize(("said", "read"), [
    ("the answer is A B or C period", "the answer is A B or C."),
    ("a B C and D are options period", "a B C and D are options."),
    ("E B S is locked to one A Z", "EBS is locked to one AZ."),  # no options: still joined
    ("S Q S period", "SQS."),
    ("tab comma or pipe, comma, or space period", "tab, or pipe, comma, or space."),
])
def test_letters_and_commas_said_as_words(said, read):
    assert read_dictation(_SAID + said).split("\n")[-1] == read


def test_letters_said_alone_before_a_digit_spell_the_name():
    """ "e c two" is EC2: the branch wrote the drive-type rule's "c2" into it ("e c2")."""
    assert read_dictation(_SAID + "e c two instances").endswith("EC2 instances")
    assert read_dictation(_SAID + "aws managed like aws slash s three").endswith("slash s three.")
    assert read_dictation(_SAID + "t three micro").endswith("t3 micro")
