"""A mistyped attribute word (a row label "memroy", "visiblity timeout") files the number under
the attribute name it is one or two edits from (data/attributes.json), not under the typo, so
that lookup finds it; short words and real words near a name are never "repaired"."""

from __future__ import annotations

import pytest

from studycli.extract import parse_note
from studycli.extract.typos import fixed_word, repaired
from studycli.model import Kind
from tests.helpers import json_out, note_db, run_here

_QUOTAS = """# Lambda quotas I keep forgetting

| knob | default | max |
|---|---|---|
| memroy | 128 MB | 10,240 MB |
| timout | 3 s | 900 s |
| enviroment variables | | 4 KB |
"""


def _named(text: str) -> set[tuple[str, str, str]]:
    return {(f.attribute, f.qualifier, f.value) for f in parse_note(text, "n.md").facts
            if f.kind in (Kind.LIMIT, Kind.DEFAULT)}


def test_mistyped_row_labels_are_filed_under_the_known_names():
    facts = _named(_QUOTAS)
    assert ("memory", "max", "10,240 MB") in facts
    assert ("memory", "default", "128 MB") in facts
    assert ("execution timeout", "max", "900 s") in facts
    assert ("environment variables size", "max", "4 KB") in facts
    assert not {a for a, _, _ in facts} & {"memroy", "timout"}


@pytest.mark.parametrize("line, attribute", [
    ("- visibilty timeout can go up to 12 h", "visibility timeout"),  # a letter left out
    ("- msg retension max 14 days", "retention period"),  # one letter changed
    ("- long pollng wait 20 s tops", "long polling wait time"),
])
def test_mistyped_attribute_words_in_a_line(line, attribute):
    assert {a for a, _, _ in _named(f"## Amazon SQS\n{line}\n")} == {attribute}


@pytest.mark.parametrize("word", [
    "internal",  # one letter from "interval", and a word of its own
    "pooling",  # "polling"
    "collection",  # two letters from "connection"
    "executed",  # an inflection of "execution", not a typo
    "reserved",  # "unreserved" less its prefix
    "delya",  # short words are never repaired
    "memory",  # already right
])
def test_real_words_and_short_words_are_left_alone(word):
    assert fixed_word(word) is None


def test_a_word_two_edits_off_is_repaired_only_when_long_and_its_letters_are_kept():
    assert fixed_word("throughtput") == "throughput"  # a letter added and one doubled
    assert fixed_word("deployement") == "deployment"
    assert fixed_word("rejection") is None  # two letters changed: another word


def test_repairing_keeps_the_numbers_where_they_were_relative_to_the_words():
    fixed, shifts = repaired("memroy 128 MB, concurency 1000")
    assert fixed == "memory 128 MB, concurrency 1000"
    assert shifts  # positions move only after a word whose length changed


def test_an_internal_limit_keeps_its_own_words():
    facts = _named("## Lambda\n- internal limit 5 min\n")
    assert {a for a, _, _ in facts} == {"internal"}


def test_lookup_finds_a_number_whose_row_label_was_mistyped(tmp_path):
    db = note_db(tmp_path, _QUOTAS, "lambda.md")
    hits = json_out(run_here("lookup", "lambda memory max", "--json", db=db))
    assert hits and hits[0]["value"] == "10,240 MB"
    assert hits[0]["attribute"] == "memory"


def test_a_mistyped_heading_names_the_numbers_under_it():
    facts = _named("# AWS Lambda\n## Memroy settings\n- tops out at 10 GB\n")
    assert {a for a, _, _ in facts} == {"memory"}
