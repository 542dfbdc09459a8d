"""Numbers written in words ("fifteen minutes") are read as quantities; words that merely count
something in prose ("one AZ", "two functions", "fifty cents") stay words."""

from __future__ import annotations

import json

import pytest

from studycli.notes.number_words import spell_out_numbers
from tests.helpers import run_here


@pytest.mark.parametrize(("said", "read"), [
    ("the max is fifteen minutes", "the max is 15 minutes"),
    ("default three seconds", "default 3 seconds"),
    ("up to two hundred fifty six KB", "up to 256 KB"),
    ("ten thousand two hundred forty MB", "10240 MB"),
    ("one MB per second or one thousand records per second",
     "1 MB per second or 1000 records per second"),
    ("retention fourteen days", "retention 14 days"),
    ("twenty-nine seconds", "29 seconds"),
    ("two hundred and fifty six KB", "256 KB"),
    ("eleven nines of durability", "11 nines of durability"),
    ("sixty inbound rules", "60 inbound rules"),
    ("Fifteen Minutes", "15 Minutes"),
])
def test_quantities_in_words_become_digits(said, read):
    assert spell_out_numbers(said) == read


@pytest.mark.parametrize("prose", [
    "EBS volume locked to one AZ", "shared by two functions", "one consumer gets each message",
    "a game with 2 million players", "a hosted zone costs fifty cents a month",
    "one of the five pillars", "twenty fifteen", "no numbers here at all",
])
def test_words_that_count_nothing_stay_words(prose):
    assert spell_out_numbers(prose) == prose


def test_a_dictated_note_answers_lookups(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "voice memo.txt").write_text(
        "lambda notes voice memo\n"
        "so the lambda timeout max is fifteen minutes and the default is three seconds\n"
        "sqs message retention default four days max fourteen days\n", encoding="utf-8")
    db = tmp_path / "v.db"
    assert run_here("ingest", str(notes), db=db).returncode == 0
    hits = json.loads(run_here("lookup", "lambda max timeout", "--json", db=db).stdout)
    assert hits[0]["value"] == "15 min" and hits[0]["line"] == 2
    hits = json.loads(run_here("lookup", "sqs max retention", "--json", db=db).stdout)
    assert hits[0]["value"] == "14 days" and hits[0]["line"] == 3


def test_a_character_whose_lower_case_is_longer_shifts_nothing():
    # str.lower() turns "İ" into two characters: the cuts made in the lower case moved
    assert spell_out_numbers("İİ fifteen minutes and more") == "İİ 15 minutes and more"
