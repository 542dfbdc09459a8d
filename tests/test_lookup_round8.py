"""The answer score on the failure shapes of unseen12 (issue 10, round five): a number per
another scope, a plural only after "per"/"each", an endless retention for a size, a short
plural after "how many", a variant of the service asked by another variant's name, a clause
about another service, and a service's vocabulary written short.

Each case pairs a wrong answer that must fall below THRESHOLD with a right one that must
reach it, so a score that simply abstains more (or less) fails.
"""

from __future__ import annotations

from studycli.lookup import lookup
from studycli.lookup.answer import THRESHOLD, answer_features, confidence
from studycli.lookup.lexicon import lexicon
from studycli.lookup.query import understand


def fact(**kw) -> dict:
    base = {"service": "VPC", "subject": "", "attribute": "fact", "kind": "fact",
            "qualifier": None, "value": "", "number": None, "unit": None,
            "low": None, "high": None, "snippet": ""}
    base.update(kw)
    if not base["snippet"]:
        base["snippet"] = base["value"]
    return base


def score(query: str, f: dict) -> float:
    lex = lexicon()
    return confidence(answer_features(f, understand(query, lex), lex))


def test_a_number_per_another_scope_does_not_answer():
    per_az = fact(service="ELB", value="NLB. one static IP (or Elastic IP) per AZ.")
    assert score("elastic ips per region default", per_az) < THRESHOLD
    per_region = fact(service="EC2", value="5 Elastic IPs per region default (soft)")
    assert score("elastic ips per region default", per_region) >= THRESHOLD
    # a student's "per account" of a quota the notes give "per region" is the same scope
    concurrency = fact(service="Lambda", value="concurrency 1000 per region default")
    assert score("lambda max concurrency per account", concurrency) >= THRESHOLD
    # the scope asked, said anywhere, may be what the number is per
    efo = fact(service="Kinesis Data Streams", value="Each enhanced fan-out consumer reads "
               "2 MB/s per shard")
    assert score("kinesis enhanced fan out throughput per consumer", efo) >= THRESHOLD


def test_a_plural_said_only_after_per_either_side_of_a_slash_is_not_counted():
    policies = fact(service="IAM", value="managed policies attached per user/role: 10")
    assert score("max iam roles per account", policies) < THRESHOLD
    roles = fact(service="IAM", value="roles per account: 1,000 (can raise)")
    assert score("max iam roles per account", roles) >= THRESHOLD


def test_never_expire_is_no_size():
    retention = fact(service="CloudWatch Logs", value="CloudWatch Logs retention default = "
                     "never expire")
    assert score("cloudwatch logs max log event size", retention) < THRESHOLD
    assert score("cloudwatch logs default retention", retention) >= THRESHOLD


def test_how_many_counts_the_short_plural_after_it():
    q = understand("how many ips aws reserves per subnet", lexicon())
    assert "ip" in q.counted or "ips" in q.counted
    reserved = fact(value="AWS reserves 5 IPs in each subnet (first 4 + last 1)")
    assert score("how many ips aws reserves per subnet", reserved) >= THRESHOLD
    addresses = fact(value="AWS reserves 5 IP addresses in every subnet")
    assert score("how many ips does aws reserve in each subnet", addresses) >= THRESHOLD
    vpcs = fact(value="5 VPCs per region default (soft)")
    assert score("how many ips aws reserves per subnet", vpcs) < THRESHOLD


def test_one_variant_of_a_service_does_not_answer_for_another():
    alb = fact(service="ELB", subject="ALB", attribute="idle timeout", kind="limit",
               qualifier="default", value="60 s", number=60.0, unit="s",
               snippet="ALB idle timeout default 60 s")
    assert score("nlb idle timeout", alb) < THRESHOLD
    assert score("alb idle timeout", alb) >= THRESHOLD
    statement = fact(service="ELB", value="ALB idle timeout default 60 s, 1-4000 s")
    assert score("nlb idle timeout", statement) < THRESHOLD
    assert score("alb idle timeout", statement) >= THRESHOLD
    both = fact(service="ELB", value="ALB = layer 7, NLB = layer 4")
    assert score("alb vs nlb", both) >= THRESHOLD  # a comparison names both variants


def test_a_clause_about_another_service_is_not_the_facts():
    line = ("A: Secrets Manager = auto rotation with Lambda, $0.40/secret/month. Parameter "
            "Store = free standard tier (10,000 params, 4 KB), advanced 8 KB")
    mixed = fact(service="Secrets Manager", value=line)
    assert score("secrets manager max secret size", mixed) < THRESHOLD
    assert score("parameter store max parameter size", fact(
        service="Systems Manager Parameter Store", value=line)) >= THRESHOLD
    own = fact(service="Secrets Manager", value="Secrets Manager: secret size max 64 KB, "
               "rotation with Lambda")
    assert score("secrets manager max secret size", own) >= THRESHOLD


def test_a_word_the_notes_write_short_is_the_services_vocabulary(tmp_path):
    from studycli.ingest import ingest_paths
    from studycli.store.db import connect

    notes = tmp_path / "notes"
    notes.mkdir()
    lines = [f"- queue {i}: {i + 1} msgs in flight per consumer" for i in range(24)]
    (notes / "sqs.md").write_text("# Amazon SQS\n- retention def 4 days, 1 min - 14 days\n"
                                  + "\n".join(lines) + "\n", encoding="utf-8")
    path = tmp_path / "n.db"
    db = connect(path)
    ingest_paths(db, [notes])
    db.conn.close()
    conn = connect(path, readonly=True).conn
    try:
        hits = lookup(conn, "sqs default message retention", limit=3).to_json()
        assert hits and "4 days" in hits[0]["value"]
        assert not lookup(conn, "sqs default message group count", limit=3).hits
    finally:
        conn.close()


def test_a_rate_is_no_count_asked_per_a_scope():
    rate = fact(service="Kinesis Data Streams", subject="shard", attribute="throughput",
                kind="limit", qualifier="max", value="1 MB/s", number=1048576.0, unit="B/s",
                snippet="1 shard = 1 MB/s or 1,000 records/s IN")
    assert score("kinesis shard quota per account", rate) < THRESHOLD
    assert score("kinesis shard write throughput", rate) >= THRESHOLD
    shards = fact(service="Kinesis Data Streams", value="shard quota: 500 shards per account "
                  "in most regions")
    assert score("kinesis shard quota per account", shards) >= THRESHOLD
