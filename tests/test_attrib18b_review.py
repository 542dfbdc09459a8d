"""Session 15 (attrib18b): a reviewer's findings on the attrib18 parser work, each a reading
that went wrong and the mechanism fixed."""

from __future__ import annotations

from studycli.extract import parse_note


def _limits(text: str, source: str = "n.md") -> set[tuple[str, str, str, str]]:
    return {(f.service, f.attribute, f.qualifier, f.value)
            for f in parse_note(text, source).facts if f.kind == "limit"}


def test_a_minutes_value_before_an_arrow_names_no_bound():
    # "5 min" was read as the bound "min": the change's old value was dropped, 60 s a minimum
    facts = _limits("# EC2\n- cooldown 5 min then timeout 30 s -> 60 s\n")
    assert {(q, v) for _, _, q, v in facts} == {("min", "30 s"), ("max", "60 s")}


def test_a_change_with_no_bound_named_keeps_its_new_value():
    facts = _limits("# Lambda\n- Lambda timeout went from 5 min to 15 min\n")
    assert {(q, v) for _, _, q, v in facts} == {("", "15 min")}
    # the bound a change names is still its new value's
    facts = _limits("# Lambda\n- max timeout went from 5 min to 15 min\n")
    assert {(q, v) for _, _, q, v in facts} == {("max", "15 min")}
