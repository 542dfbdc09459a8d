"""Issue 10: a bare count the line gives as a value of a named count made no fact when a comma
closed its clause ("default max accounts per org = 10, raise via support") or when the bound
came before the noun it bounds ("ecs task def max containers = 10")."""

from __future__ import annotations

from studycli.extract import parse_note


def _counts(text: str) -> list[tuple[str, str, str, str]]:
    return [(f.service, f.attribute, f.qualifier, f.value)
            for f in parse_note(text, "n.md").facts if f.kind != "fact"]


def test_a_bare_count_closing_its_clause_with_a_comma_is_read():
    facts = _counts("# AWS Organizations\n\n- max accounts per org = 10, raise via support\n")
    assert ("Organizations", "accounts", "max", "10 accounts") in facts
    # a decimal comma is no clause's end: "limit 1,5" gives no count of 1
    assert not _counts("# Lambda\n\n- concurrency limit 1,5 per region\n")


def test_a_bound_before_its_plural_noun_then_the_number_is_a_count():
    assert _counts("# ECS\n\n- ecs task def max containers = 10\n") == [
        ("ECS", "containers", "max", "10 containers")]
    # a unit is no thing counted
    assert not _counts("# Lambda\n\n- max seconds = 900\n")
