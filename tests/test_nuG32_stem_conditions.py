"""A stem's condition names the case its value holds for, as an aside a student reads after
the service: "the maximum execution timeout for AWS Lambda (a function not on Lambda Managed
Instances)" read as a confusing gloss. An exclusion is said as "outside", "other than",
"without" or "except", never as a noun phrase negated with "not"."""

from __future__ import annotations

import json
import re

from studycli.model import Fact, Kind
from studycli.paths import data_dir
from studycli.questions.stems import value_stem


def _conditions(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "condition" and isinstance(value, str):
                yield value
            else:
                yield from _conditions(value)
    elif isinstance(node, list):
        for value in node:
            yield from _conditions(value)


def test_no_stem_condition_is_a_negated_noun_phrase():
    rules = json.loads((data_dir() / "categories.json").read_text(encoding="utf-8"))
    negated = [c for c in _conditions(rules["stem_conditions"]) if re.search(r"\bnot\b", c)]
    assert negated == []


def test_lambdas_timeout_and_memory_read_naturally():
    # docs.aws.amazon.com/lambda/latest/dg/configuration-timeout.html: up to 900 s; on Lambda
    # Managed Instances asynchronous and event source mapping invocations allow 5,400 s
    for attribute, value, number, unit in (("execution timeout", "900 s", 900.0, "s"),
                                           ("memory", "10240 MB", 10240.0 * 2**20, "B")):
        stem = value_stem(Fact("Lambda", "", attribute, Kind.LIMIT, "max", value, number, unit,
                               source="n.md", line=1, snippet="x"))
        assert stem == (f"What is the maximum {attribute} for AWS Lambda (outside Lambda "
                        "Managed Instances)?"), stem
