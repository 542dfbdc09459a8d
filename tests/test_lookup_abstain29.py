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
