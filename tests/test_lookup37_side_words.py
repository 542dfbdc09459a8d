"""A side a line writes as "on-demand" or "on demand" is one word, "ondemand", as the query's
side is read (lookup/pair_sides.side_words). Its pattern held two backspace characters where
`\\b` was meant, so it never matched (found by a fixer, session 37; no development figure
moves)."""

from __future__ import annotations

from studycli.lookup.pair_sides import ON_DEMAND as _ON_DEMAND
from studycli.lookup.pair_sides import side_words as _side_words


def test_on_demand_written_either_way_is_one_side_word():
    assert "ondemand" in _side_words("on-demand mode 4 MB/s, provisioned 1 MB/s per shard")
    assert "ondemand" in _side_words("On demand: pay per request")


def test_the_pattern_holds_no_control_character():
    assert not any(ord(c) < 32 for c in _ON_DEMAND.pattern)
