"""A hedge somewhere in a note line ("Lambda usually used w/ API GW - timeout max 15 min") no
longer turns a hard limit into a "typical" figure: only a hedge right next to the value counts,
a bound word next to any mention of the value ("max", "up to", an SLA) wins over it, and so does
an AWS reference entry vouching the figure as a limit or allowed range. Entries AWS gives as
typical say so in a structured `typical = true`."""

from __future__ import annotations

import pytest

from studycli.database import ensure_database
from studycli.model import Kind
from studycli.questions import card_types_for
from studycli.questions.stems import range_stem
from studycli.questions.typical import typical_entry, typical_in_note
from studycli.store.facts import list_facts
from tests.helpers import note_db


def _facts(tmp_path, line: str):
    return [f for f in list_facts(ensure_database(note_db(tmp_path, f"# Notes\n\n- {line}\n")))
            if f.kind in (Kind.LIMIT, Kind.RANGE)]


@pytest.mark.parametrize("line", [
    "Lambda usually used w/ API GW - timeout max 15 min",
    "lambda timeout ~ 15 min max",
    "Generally Lambda timeout max 15 min",
    "Lambda avg duration small but timeout max 15 min",
    "SQS long polling: wait time usually 20 s (max 20 s)",
    "S3 Replication Time Control (RTC): replication time max 15 minutes",
])
def test_a_bound_next_to_the_value_is_a_limit_whatever_the_hedges(tmp_path, line):
    limits = [f for f in _facts(tmp_path, line) if f.kind == Kind.LIMIT]
    assert limits, line
    for fact in limits:
        assert not typical_in_note(fact), (line, fact.attribute)
        assert card_types_for(fact), (line, fact.attribute)


def test_a_range_the_reference_vouches_is_asked_as_allowed_despite_a_tilde(tmp_path):
    facts = _facts(tmp_path, "lambda mem ~128MB-10GB")
    ranges = [f for f in facts if f.kind == Kind.RANGE]
    assert ranges and "allowed range" in range_stem(ranges[0])
    minimum = [f for f in facts if f.kind == Kind.LIMIT and f.number == 128 * 2**20]
    assert minimum and card_types_for(minimum[0])  # Lambda's 128 MB minimum keeps its card


@pytest.mark.parametrize("line", [
    "CloudFront invalidation usually takes ~5 min",
    "Glacier Flexible Retrieval: expedited 1-5 min",  # how long an operation takes
])
def test_a_hedge_right_next_to_the_value_still_makes_no_bound(tmp_path, line):
    limits = [f for f in _facts(tmp_path, line) if f.kind == Kind.LIMIT]
    assert limits, line  # the line does make a limit fact: the check below can fail
    for fact in limits:
        assert typical_in_note(fact), (line, fact.attribute)
        assert not card_types_for(fact), (line, fact.attribute)


def test_reference_entries_say_typical_in_a_field():
    assert typical_entry("s3.glacier.bulk-retrieval")
    assert typical_entry("rds.multi-az.failover-time")
    assert not typical_entry("lambda.memory.range")


def test_schema_refuses_a_typical_that_is_not_a_boolean():
    from studycli.reference.schema import validate_entry

    raw = {"id": "x.y", "service": "S3", "subject": "S3", "attribute": "a", "qualifier": "max",
           "kind": "limit", "value": "1", "number": 1, "unit": "count", "statement": "s",
           "url": "https://docs.aws.amazon.com/x", "checked": "2026-12-01", "verified": True,
           "typical": "yes"}
    assert "typical must be true or false" in validate_entry(raw)


def _range_questions(tmp_path, line: str):
    import random

    from studycli.questions import FactPool, build_question

    db = ensure_database(note_db(tmp_path, f"# S3\n\n- {line}\n"))
    pool = FactPool.from_facts(list_facts(db))
    return [q for f in pool.facts if f.kind == Kind.RANGE for t in card_types_for(f)
            for seed in (1, 2, 3) if (q := build_question(f, t, pool, random.Random(seed)))
            and q.options]


def test_a_typical_range_s_options_never_give_the_key_away(tmp_path):
    import re

    qs = _range_questions(tmp_path, "Glacier Flexible Retrieval: expedited 1-5 min, "
                                    "standard 3-5 hrs, bulk 5-12 hrs")
    assert qs
    for q in qs:
        key = next(o for o in q.options if o in ("1\u20135 minutes", "3\u20135 hours",
                                                  "5\u201312 hours"))
        numbers = re.match(r"[\d\u2013]+", key).group(0)
        # no "5-12 minutes" beside "5-12 hours": the key's numbers in another unit
        assert [o for o in q.options if o.startswith(numbers + " ")] == [key], q.options
        assert not [o for o in q.options if " to " in o], q.options  # one shape throughout
        assert q.stem.startswith("How long does a") and q.stem.endswith("typically take?")


def test_a_lone_tier_s_options_are_aws_s_other_tiers(tmp_path):
    qs = _range_questions(tmp_path, "Glacier Flexible Retrieval: bulk 5-12 hrs")
    assert qs and all({"1\u20135 minutes", "3\u20135 hours"} <= set(q.options) for q in qs), \
        [q.options for q in qs]
    assert "How long does a bulk retrieval from" in qs[0].stem


@pytest.mark.parametrize(("line", "supports"), [
    ("API GW caching: set TTL per stage; reduces backend calls", True),
    ("API GW: enable stage cache; cuts latency and backend load", True),
    ("HTTP API = cheaper, lower latency. REST API = caching, WAF", False),
    ("HTTP API = cheaper, lower latency; REST API = caching, WAF", False),
])
def test_a_statement_continuing_the_one_before_still_supports(tmp_path, line, supports):
    from studycli.exam.scenario_questions import candidates

    facts = list_facts(ensure_database(note_db(tmp_path, f"# API Gateway\n\n- {line}\n")))
    cited = [r.id for r, _ in candidates(facts)]
    assert ("apigw-cache-backend-calls" in cited) is supports, cited
