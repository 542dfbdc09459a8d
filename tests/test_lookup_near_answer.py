"""The first answer is the best-ranked fact that answers, unless a fact of the service asked,
ranked above it, falls short of the threshold by no more than NEAR (lookup/near_answer.py).
Whether the notes answer at all stays the threshold's call."""

from __future__ import annotations

import pytest

from studycli.lookup import choose, lookup
from studycli.lookup.lexicon import lexicon
from studycli.lookup.near_answer import NEAR
from studycli.lookup.query import understand
from studycli.store.db import connect

from .helpers import note_db

THRESHOLD = 0.6
VPC = understand("vpc security group rules max", lexicon())
NONE_NAMED = understand("how many rules max", lexicon())


def _hit(n: int, answer: float, service: str = "VPC") -> dict:
    return {"id": n, "answer": answer, "service": service, "value": f"v{n}", "kind": "fact",
            "source": "n.md", "line": n}


def test_a_fact_of_the_service_asked_that_nearly_answers_comes_first():
    ranked = [_hit(1, THRESHOLD - NEAR / 2), _hit(2, THRESHOLD + 0.01)]
    assert [h["id"] for h in choose(ranked, THRESHOLD, 2, VPC)] == [1, 2]


def test_only_of_a_service_asked_and_only_near():
    ranked = [_hit(1, THRESHOLD - NEAR / 2, "CloudFormation"), _hit(2, THRESHOLD + 0.01)]
    assert choose(ranked, THRESHOLD, 2, VPC)[0]["id"] == 2   # another service's
    assert choose(ranked, THRESHOLD, 2, NONE_NAMED)[0]["id"] == 2        # no service asked
    far = [_hit(1, THRESHOLD - 2 * NEAR), _hit(2, THRESHOLD + 0.01)]
    assert choose(far, THRESHOLD, 2, VPC)[0]["id"] == 2      # too far under


def test_nearly_answering_alone_answers_nothing():
    assert choose([_hit(1, THRESHOLD - NEAR / 2)], THRESHOLD, 2, VPC) == []


# from a development set's notes (unseen88): the quota's own line states it with "SG", so the
# fact leaves the topic "security group" unsaid and answers at 0.57 ("group" being a word many
# facts of the notes say, as the log groups below do); the line that says "security groups"
# answered at 0.61, though it states no rule count
NOTE = """# VPC
- vpc: security groups stateful vs NACLs stateless (need ephemeral 1024-65535 return rule)
- sg: 60 inbound rules per SG, 5 SGs per ENI

# CloudWatch Logs
""" + "".join(f"- log group {name}: kept for {n + 1} days, then deleted\n" for n, name in enumerate(
    ["app", "web", "api", "db", "batch", "etl", "auth", "cron", "edge", "ml", "ops"]))


@pytest.fixture(scope="module")
def conn(tmp_path_factory):
    c = connect(note_db(tmp_path_factory.mktemp("near"), NOTE), readonly=True).conn
    yield c
    c.close()


def test_the_rule_count_answers_security_group_inbound_rules_max(conn):
    hits = lookup(conn, "security group inbound rules max", limit=3).to_json()
    assert hits and "60" in hits[0]["value"], [h["value"] for h in hits]


def test_a_fact_of_another_measure_than_a_per_asks_is_no_near_answer(conn):
    """"lambda memory per vcpu": the memory range (answering 0.57, "per vcpu" unsaid) is of
    no vCPU; a rate's "per sec" is said by its unit."""
    memory = {**_hit(1, THRESHOLD - NEAR / 2, "Lambda"), "value": "128–10,240 MB",
              "attribute": "memory", "snippet": "- memory 128 MB - 10,240 MB"}
    per_vcpu = {**_hit(2, 1.0, "Lambda"), "value": "1769 MB = 1 full vCPU"}
    asked = understand("lambda memory per vcpu", lexicon())
    assert choose([memory, per_vcpu], THRESHOLD, 2, asked)[0] is per_vcpu
    rate = {**_hit(1, THRESHOLD - NEAR / 2, "SQS"), "value": "300 msg/s"}
    asked = understand("sqs fifo throughput msgs per sec", lexicon())
    assert choose([rate, per_vcpu], THRESHOLD, 2, asked)[0] is rate
