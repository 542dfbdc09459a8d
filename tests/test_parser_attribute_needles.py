"""Attribute patterns ruled out by their literal text (attributes._needles) name every
quantity as searching each pattern did, on the shipped notes' lines and on mixed-case text."""

from __future__ import annotations

import random
from pathlib import Path

from studycli.extract import attributes
from studycli.extract.quantities import find_quantities
from studycli.paths import data_dir
from tests.helpers import a_share

REPO = Path(__file__).resolve().parent.parent
SERVICES = ["", "Lambda", "SQS", "DynamoDB", "S3", "Kinesis", "API Gateway", "CloudFront"]


def _lines() -> list[str]:
    """The shipped notes' lines with a number (every other one in the everyday suite, all of
    them under bench/properties.py), and 200 of them in other cases."""
    lines = [line for p in sorted((REPO / "content").iterdir())
             for line in p.read_text(encoding="utf-8").splitlines()
             if any(c.isdigit() for c in line)]
    rng = random.Random(9)
    shuffled = []
    for line in lines[:200]:  # the same words in other cases, and with a non-ASCII letter
        chars = [c.upper() if rng.random() < 0.3 else c for c in line]
        shuffled.append("".join(chars))
        shuffled.append("ſ" + "".join(chars))
    return a_share(lines) + shuffled


def _names(lines: list[str]) -> list[str]:
    out = []
    for line in lines:
        for q in find_quantities(line):
            for dimension in {q.dimension, "duration", "size", "count", "rate"}:
                for service in SERVICES:
                    out.append(attributes.name_quantity(line, q.start, q.end, dimension, service,
                                                        ()))
    return out


def test_needles_change_no_name(monkeypatch):
    lines = _lines()
    with_needles = _names(lines)
    monkeypatch.setattr(attributes, "_needles",
                        lambda d, s: ("",) * len(attributes._patterns_for(d, s)))
    # (the windows' filter reads the needles paired with their rules, cached apart)
    monkeypatch.setattr(attributes, "_needled_rules",
                        lambda d, s: tuple(("", rule) for rule in attributes._patterns_for(d, s)))
    assert _names(lines) == with_needles


def test_nearly_every_pattern_has_a_needle():
    import json

    raw = json.loads((data_dir() / "attributes.json").read_text(encoding="utf-8"))
    patterns = [p for rule in attributes._vocabulary()[0] for p in rule.patterns]
    assert len(patterns) == sum(len(e["patterns"]) for e in raw["attributes"])
    needles = [attributes._needle(p) for p in patterns]
    assert sum(1 for n in needles if n) >= 0.9 * len(needles)
    for n in needles:
        assert n == n.lower() and n.isascii()


def test_own_clause_rules_are_told_by_id_as_by_the_set_of_their_patterns():
    """_best_named tells a rule whose words must share the number's clause by its pattern's id
    (attributes._own_clause_ids): the same rules as a test of _own_clause_patterns."""
    rules, _ = attributes._vocabulary()
    own, ids = attributes._own_clause_patterns(), attributes._own_clause_ids()
    patterns = [p for rule in rules for p in rule.patterns]
    assert any(p in own for p in patterns)
    assert [id(p) in ids for p in patterns] == [p in own for p in patterns]
