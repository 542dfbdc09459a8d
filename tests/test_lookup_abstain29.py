"""Unanswerable lookups that got an answer (session 29, abstain29: issue 10's "Not in your
notes" on the development sets' abstain_*.jsonl): each test a cause, on notes written for it,
with a lookup the notes do answer beside it, so that abstaining is not bought with answers."""

from __future__ import annotations

from .helpers import lookup_values, notes_conn

AURORA = ("# Databases\n\n"
          "- Aurora: storage 10 GB -> 128 TB automatically. Up to 15 replicas. "
          "Serverless v2 scales in ACUs (min 0.5 ACU).\n"
          "- Lambda payload limits: sync invoke 6 MB req/resp; env vars 4 KB total\n")


def test_the_clause_shown_must_answer_as_the_line_did(tmp_path):
    # "aurora serverless v2 max acu" (unseen68): the line bounds its replicas by a maximum,
    # so it passed as a maximum; its ACU clause, the one shown, gives only a minimum
    conn = notes_conn(tmp_path, AURORA)
    assert lookup_values(conn, "aurora serverless v2 max acu") == []
    # unseen57: the sync clause is no async payload
    assert lookup_values(conn, "async invoke payload max lambda") == []
    replicas = lookup_values(conn, "aurora max replicas")
    assert replicas and "15" in replicas[0], replicas
    sync = lookup_values(conn, "lambda sync invoke payload max")
    assert sync and "6 MB" in sync[0], sync
    conn.close()


PRICES = """# S3 pricing

- S3 Intelligent-Tiering: small monthly monitoring fee per object, no retrieval fees
- S3 Transfer Acceleration -> edge locations, +$ per GB
- S3 Standard storage: $0.023 per GB-month
"""


def test_a_price_asked_needs_an_amount(tmp_path):
    # "intelligent tiering monitoring fee per 1000 objects" (unseen48, 58, 65, 79) and "s3
    # transfer acceleration price per gb" (unseen79): a fee named, or a "$" with no figure,
    # says that something costs, not how much
    conn = notes_conn(tmp_path, PRICES)
    assert lookup_values(conn, "intelligent tiering monitoring fee per 1000 objects") == []
    assert lookup_values(conn, "s3 transfer acceleration price per gb") == []
    price = lookup_values(conn, "s3 standard price")
    assert price and "$0.023" in price[0], price
    conn.close()


SUBNETS = """# VPC

- so a /24 subnet = 251 usable
- VPC: 5 VPCs per region default (soft)
"""


def test_a_number_said_of_one_thing_counts_no_such_things(tmp_path):
    # "max subnets per vpc" (unseen12, unseen53) was answered "so a /24 subnet = 251 usable":
    # the label "a ... subnet" is one subnet, and 251 counts what it holds
    conn = notes_conn(tmp_path, SUBNETS)
    assert lookup_values(conn, "max subnets per vpc") == []
    vpcs = lookup_values(conn, "max vpcs per region")
    assert vpcs and "5" in vpcs[0], vpcs
    conn.close()


SETTINGS = """# Settings

- If you do not set caching headers, CloudFront caches objects for a default TTL of 24 hours.
- SQS visibility timeout default 30 s
- RDS automated backups: retention default 7 days, 0 to 35 days

| Service | Setting | Value | Unit |
|---|---|---|---|
| Cognito | ID token default validity | 1 | hour |
"""


def test_a_default_duration_is_no_maximum(tmp_path):
    # "cloudfront maximum ttl" (unseen58) was answered by the default TTL, "cognito access
    # token max validity" (unseen34, unseen51) by the default validity: a setting's default
    # duration or size is what it starts at, not the most it may be set to
    conn = notes_conn(tmp_path, SETTINGS)
    assert lookup_values(conn, "cloudfront maximum ttl") == []
    assert lookup_values(conn, "max validity for cognito id token") == []
    assert lookup_values(conn, "sqs max visibility timeout") == []
    ttl = lookup_values(conn, "cloudfront default ttl")
    assert ttl and "24 h" in ttl[0], ttl
    backups = lookup_values(conn, "rds backup retention max")  # a range bounds the default
    assert backups and "35" in backups[0], backups
    conn.close()


# Review of abstain29 (fixab29): what its checks took from lookups the notes answer.

PRICE_WORDS_NAMED = """# Costs

- AWS Budgets: sends an alert when your monthly cost goes over the threshold you set
- S3 lifecycle rules move old objects to Glacier to reduce storage cost
- Glacier Deep Archive: 180 day minimum, early deletion fee
- S3 Standard-IA: per-GB retrieval fee, 30 day minimum storage
- NAT Gateway: $.045 per hour plus $.045/GB processed
- S3 Intelligent-Tiering: small monthly monitoring fee per object, no retrieval fees
"""


def test_a_price_word_the_line_says_after_a_word_typed_names_a_thing(tmp_path):
    # the word before the price word ("monthly cost", "storage cost") names what is spoken
    # of, as "cost explorer" does after it; "fee" asks an amount only where "how much",
    # "per" or a unit is typed beside it; "$.045" is an amount
    conn = notes_conn(tmp_path, PRICE_WORDS_NAMED)
    for query, said in (("budgets alert monthly cost", "threshold"),
                        ("how to reduce storage cost s3", "Glacier"),
                        ("deep archive minimum storage duration fee", "180"),
                        ("deep archive early deletion fee", "early deletion"),
                        ("does s3 standard-ia have a retrieval fee", "retrieval fee"),
                        ("nat gateway cost", "$.045"),
                        ("nat gateway price per hour", "$.045")):
        values = lookup_values(conn, query)
        assert values and any(said in v for v in values), (query, values)
    # an amount asked still needs one stated
    assert lookup_values(conn, "intelligent tiering monitoring fee per 1000 objects") == []
    assert lookup_values(conn, "how much is the early deletion fee deep archive") == []
    conn.close()


def test_per_cent_is_no_money():
    from studycli.lookup.answer import _MONEY_STATED

    assert not _MONEY_STATED.search("savings of 20 per cent over on-demand")
    assert _MONEY_STATED.search("$.045 per hour") and _MONEY_STATED.search("5 cents per GB")


def test_a_capital_a_is_a_dns_record_type_not_the_article(tmp_path):
    conn = notes_conn(tmp_path, "# DNS\n\n- Route 53: A records per hosted zone 10,000\n")
    values = lookup_values(conn, "route 53 max records per hosted zone")
    assert values and "10000" in values[0].replace(",", ""), values
    conn.close()


BOUNDED_DEFAULTS = """# Settings

- API Gateway integration timeout default 29 s (hard limit)
- Kinesis retention: 24 hours by default, 24 to 8760 hours
- Lambda: 1,000 concurrent executions by default
"""


def test_a_default_the_line_bounds_or_a_count_default_answers_a_maximum(tmp_path):
    from studycli.lookup import lookup
    from studycli.lookup.answer import THRESHOLD

    conn = notes_conn(tmp_path, BOUNDED_DEFAULTS)
    # "hard limit": the default is the most it may be set to
    timeout = lookup_values(conn, "api gateway max timeout")
    assert timeout and "29" in timeout[0], timeout
    # a count's default is most often the quota itself
    lam = lookup(conn, "lambda max concurrent executions", limit=3).hits
    assert lam and "1000" in lam[0]["value"].replace(",", ""), lam
    assert all(h["answer"] >= THRESHOLD for h in lam), lam  # its figure too, not only its line
    # the range bounds the default: the line answers (not only as a further match)
    hits = lookup(conn, "kinesis max retention", limit=3).hits
    assert hits and "8760" in hits[0]["value"], hits
    line = [h for h in hits if h["value"].startswith("Kinesis retention:")]
    assert line and line[0]["answer"] >= THRESHOLD, line
    conn.close()


def test_further_matches_keep_to_the_service_asked(tmp_path):
    # the default dropped left room for SQS's "up to 14 days", a line that names its service
    conn = notes_conn(tmp_path, "# Streams\n\n- Kinesis Data Streams retention: default 24 "
                      "hours, extendable to 365 days\n- SQS message retention: default 4 days,"
                      " up to 14 days\n")
    values = lookup_values(conn, "kinesis max retention")
    assert values and "365" in values[0], values
    assert not any("14 days" in v for v in values), values
    conn.close()


def test_a_sure_answer_dropped_for_its_clause_leaves_the_rest_as_related(tmp_path):
    from studycli.lookup import lookup

    conn = notes_conn(tmp_path, "# RDS\n\n- RDS: up to 15 read replicas. Backup retention "
                      "default 7 days\n\n# Misc\n\n- retention max 35 days\n")
    result = lookup(conn, "rds backup retention max", limit=3)
    assert result.hits == []
    assert any("35 days" in h["value"] for h in result.related), result.related
    conn.close()
