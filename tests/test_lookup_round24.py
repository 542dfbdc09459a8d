"""Lookup on notes nobody tuned on (issue 10, round twenty-four): the misses of unseen38-40.

A plural counted only under a bound (not a default), words that ask rather than name the
topic ("requirements", "allowed", "available", "speeds"), and a measure of the noun counted
("replica lag" is no number of replicas).
"""

from __future__ import annotations

from studycli.lookup.lexicon import lexicon
from studycli.lookup.query import understand
from tests.helpers import first_value, lookup_values, notes_conn


def test_a_default_asks_no_count_of_a_plural():
    q = understand("asg uses elb health check by default?", lexicon())
    assert "count" not in q.dimensions and not q.counted
    assert "count" in understand("lambda max layers", lexicon()).dimensions  # a bound does


HEALTH = """\
# Week 7: auto scaling

- ELB health check on ASG is OFF by default (EC2 status check only) -> dead apps not replaced
"""


def test_a_yes_no_default_question_is_answered_by_its_line(tmp_path):
    conn = notes_conn(tmp_path, HEALTH)
    assert "OFF by default" in first_value(conn, "asg uses elb health check by default?")


COMPUTE = """\
# EC2

- Hibernate: RAM must be < 150 GB, root EBS must be encrypted, max 60 days hibernated
- DX: dedicated 1 / 10 / 100 Gbps, hosted 50 Mbps - 10 Gbps
- VPC CIDR can be between /16 and /28
"""


def test_words_that_ask_need_not_be_said(tmp_path):
    conn = notes_conn(tmp_path, COMPUTE)
    assert "150 GB" in first_value(conn, "ec2 hibernate requirements")
    assert "/28" in first_value(conn, "vpc cidr size allowed")
    assert "100 Gbps" in first_value(conn, "direct connect dedicated speeds")


def test_speed_up_asks_no_bandwidth():
    assert "B/s" not in understand("speed up global uploads to s3", lexicon()).dimensions


AURORA = """\
# Aurora

- Aurora Replicas: replica lag < 100 ms
- up to 15 Aurora Replicas per cluster, failover ~30 s
"""


def test_a_measure_of_the_noun_counted_is_no_count_of_it(tmp_path):
    conn = notes_conn(tmp_path, AURORA)
    values = lookup_values(conn, "aurora replicas max")
    assert values and "15" in values[0], values


SUPPORT = """\
# Support plans

Business: 24/7 phone. production system impaired < 4 hrs, production system down < 1 hour.
Enterprise On-Ramp: business-critical system down < 30 min, pool of TAMs.
Enterprise: business/mission-critical down < 15 min, designated TAM, Concierge.

# Domain 3

| Service | Score | Notes |
|---|---|---|
| CodeDeploy | 2 | appspec.yml<br>EC2: AllAtOnce, HalfAtATime<br>Lambda: Canary10Percent5Minutes |

- CodeDeploy EC2 hook order: ApplicationStop -> DownloadBundle -> BeforeInstall -> Install
- CodeDeploy Lambda hooks: BeforeAllowTraffic, AfterAllowTraffic
"""


def test_a_line_opening_with_the_term_asked_ranks_above_another_variants(tmp_path):
    conn = notes_conn(tmp_path, SUPPORT)
    assert "< 15 min" in first_value(conn, "enterprise support critical response")
    # a service's name in the term is no word the query leaves unsaid
    assert "BeforeAllowTraffic" in first_value(conn, "codedeploy lambda hooks")


def _statement(value: str) -> dict:
    return {"service": "", "subject": "", "attribute": "support plans", "kind": "fact",
            "qualifier": None, "value": value, "number": None, "unit": None, "low": None,
            "high": None, "snippet": value}


def test_the_term_a_line_opens_with_is_weighed():
    from studycli.lookup.rank import score

    lex = lexicon()
    q = understand("enterprise support critical response", lex)
    ramp = _statement("Enterprise On-Ramp: business-critical system down < 30 min, pool of TAMs")
    plan = _statement("Enterprise: business/mission-critical down < 15 min, designated TAM")
    assert score(plan, q, lex.stopwords) > score(ramp, q, lex.stopwords)


def test_a_size_is_no_throughput():
    from studycli.lookup.answer import THRESHOLD, answer_features, confidence

    lex = lexicon()
    q = understand("fsx for windows max throughput", lex)
    storage = {"service": "FSx", "subject": "FSx for Windows", "attribute": "storage size",
               "kind": "limit", "qualifier": "max", "value": "64 TB", "number": 64 * 1024**4,
               "unit": "B", "low": None, "high": None,
               "snippet": "| FSx for Windows | SMB, AD integration | up to 64 TB per FS |"}
    assert answer_features(storage, q, lex)["shape"] <= 0.5  # another dimension, not near
    assert confidence(answer_features(storage, q, lex)) < THRESHOLD


WORD_DOC = (
    "EC2 \u2013 Compute basics\n"
    "1)\tInstance types: general purpose (t, m), compute optimized (c), memory optimized (r)\n"
    "2)\tPurchasing: On\u2011Demand, Reserved (1 or 3 yrs), Savings Plans, Spot (up to 90% off)\n"
    "3)\tUser data runs once at first boot, as root; max 16\u00a0KB\n"
    "4)\tInstance metadata: http://169.254.169.254/latest/meta-data/ \u2013 IMDSv2 needs a token\n"
    "5)\tPlacement groups:\n"
    "\ta)\tCluster \u2013 same rack/AZ, low latency 10 Gbps between instances\n"
    "\tb)\tSpread \u2013 max 7 instances per AZ per group, different hardware\n"
    "6)\tENI: bound to one AZ; can move secondary ENI between instances for failover\n"
    + "".join(f"{n})\tEC2 tip {n}: {w} instances, max {n} per account\n" for n, w in enumerate(
        ("Spot", "Reserved", "Dedicated", "Burstable", "Graviton", "Nitro", "Stopped",
         "Hibernated", "Bare metal", "Mac", "GPU", "Memory"), start=7))
)


def test_a_line_filed_under_no_service_is_weighed_with_its_neighbours(tmp_path):
    conn = notes_conn(tmp_path, WORD_DOC, "saa_word.txt")
    values = lookup_values(conn, "spread placement group max instances")
    assert values and "7 instances" in values[0], values


def test_each_unfiled_line_is_placed_among_its_neighbours_once(tmp_path, monkeypatch):
    # `_unfiled_near` guesses its rows' service; lookup's own pass must not query again
    from studycli.store import read

    conn = notes_conn(tmp_path, WORD_DOC, "saa_word.txt")
    asked: list[tuple[str, int]] = []
    near = read.services_near

    def counting(conn, places, window):
        asked.extend(places)
        return near(conn, places, window)

    monkeypatch.setattr(read, "services_near", counting)
    values = lookup_values(conn, "spread placement group max instances")
    assert values and "7 instances" in values[0], values
    assert asked and len(asked) == len(set(asked)), asked


def test_capacity_units_are_a_throughput():
    from studycli.lookup.answer import THRESHOLD, answer_features, confidence

    lex = lexicon()
    q = understand("dynamodb partition throughput limit", lex)
    rcus = {"service": "DynamoDB", "subject": "", "attribute": "rcu (per partition)",
            "kind": "limit", "qualifier": "max", "value": "3000 RCUs", "number": 3000.0,
            "unit": "count", "low": None, "high": None,
            "snippet": 'partition_limits: "3000 RCU / 1000 WCU per partition"'}
    assert confidence(answer_features(rcus, q, lex)) >= THRESHOLD


def test_a_statement_bounding_the_other_way_is_no_answer_to_a_bound():
    from studycli.lookup.answer import THRESHOLD, answer_features, confidence

    lex = lexicon()
    line = "; v1 could pause to 0, v2 min is 0.5 ACU so always running (billed)"
    fact = {"service": "Aurora", "subject": "", "attribute": "serverless", "kind": "fact",
            "qualifier": None, "value": line, "number": None, "unit": None, "low": None,
            "high": None, "snippet": line}
    assert confidence(answer_features(fact, understand("aurora serverless v2 max acu", lex),
                                      lex)) < THRESHOLD
    assert confidence(answer_features(fact, understand("aurora serverless v2 min acu", lex),
                                      lex)) >= THRESHOLD


def test_a_duration_in_minutes_bounds_nothing():
    """"15 min" is a duration, "->" an arrow: neither says a statement bounds its number the
    other way (the max asked is then not the statement's)."""
    from studycli.lookup.answer import THRESHOLD, answer_features, confidence

    lex = lexicon()
    q = understand("lambda max timeout", lex)
    for line in ("Lambda function timeout is 15 min", "Lambda timeout -> 15 min"):
        fact = {"service": "Lambda", "subject": "", "attribute": "timeout", "kind": "fact",
                "qualifier": None, "value": line, "number": None, "unit": None, "low": None,
                "high": None, "snippet": line}
        assert confidence(answer_features(fact, q, lex)) >= THRESHOLD, line


def test_a_value_of_no_letters_is_not_taken_for_the_printed_line():
    from studycli.ui.lookup_plain import _printed_line

    best = {"kind": "fact", "source": "n.md", "line": 3, "snippet": "- timeout: 15 min"}
    assert not _printed_line({**best, "value": "->"}, best)
    assert _printed_line({**best, "value": "15 min"}, best)


def test_a_was_with_no_new_value_after_it_is_the_notes_claim(tmp_path):
    # "was" alone ranked the parsed 400 KB below the raw line; "answer was 14 days" is the
    # right answer, not an old value
    conn = notes_conn(tmp_path, "# DynamoDB\n- item size max was 400 KB\n\n# SQS\n"
                      "- retention max: I picked 7 days, answer was 14 days\n")
    assert first_value(conn, "dynamodb max item size") == "400 KB"
    assert first_value(conn, "sqs max retention") == "14 days"
