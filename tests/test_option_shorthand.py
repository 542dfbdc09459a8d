"""A note's shorthand read as an option or quoted in a stem is spelled out: a blind reviewer
judged "... whose meaning is 'Target sent bad response / closed conn'" garbled."""

from __future__ import annotations

import pytest

from studycli.questions.option_text import clean_meaning


@pytest.mark.parametrize("note,option", [
    ("Origin sent bad resp / dropped conn", "Origin sent bad response or dropped connection"),
    ("too many reqs per second", "too many requests per second"),
    ("Caller w/o perms on the key", "Caller without permissions on the key"),
    ("msg too large for the queue", "message too large for the queue"),
    # words that merely hold the letters stay ("connection", "request", "Requester")
    ("Requester pays bucket: connection refused", "Requester pays bucket: connection refused"),
    # a slash inside a word pair or before a capital is the note's own naming
    ("Integration failure/timeout (Default: 29S)", "Integration failure/timeout"),
    ("Item / Table not found", "Item / Table not found"),
])
def test_shorthand_is_spelled_out(note, option):
    assert clean_meaning(note) == option


def test_a_stem_quoting_the_notes_meaning_spells_it_out():
    """An exam stem quoted a 502's meaning as the note wrote it ("... / closed conn")."""
    from studycli.model import Fact, Kind
    from studycli.questions import FactPool
    from studycli.questions.build import stated_meaning

    fact = Fact("AppSync", "", "599", Kind.ERROR_CODE, "", "origin sent bad resp / dropped conn",
                source="n.md", line=3, snippet="- 599 = origin sent bad resp / dropped conn")
    pool = FactPool.from_facts([fact])
    assert stated_meaning(fact, pool) == "origin sent bad response or dropped connection"


@pytest.mark.parametrize("note,option", [
    # a marker's tick after the answer gave the keyed option away (a blind review, session 48)
    ("target closed connection / bad response \u2713", "target closed connection or bad response"),
    ("Target closed the connection (\u2714)", "Target closed the connection"),
    ("Access denied by the bucket policy \u2705", "Access denied by the bucket policy"),
])
def test_a_tick_after_a_meaning_is_no_part_of_it(note, option):
    assert clean_meaning(note) == option
