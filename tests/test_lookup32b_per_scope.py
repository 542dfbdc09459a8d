"""A query word a fact says only as the scope of its number ("10 GB of data per partition")
counts for less as an answer about that word ("dynamodb partition key max length"); a
bracketed aside with a number of its own ("3 dashboards (up to 50 metrics each)") bounds
what each thing holds, not how many of them there are."""

from __future__ import annotations

import json

from studycli.lookup.per_only import PER_ONLY, said_only_per

from .helpers import ingest_text, run_here, shipped_reference

REF = shipped_reference(200)

_TEN_GB = {"subject": "", "attribute": "request payload size (of data per partition)",
           "value": "10 GB", "number": 10 * 2**30, "low": None, "high": None, "unit": "B",
           "snippet": "- per partition hard cap: 3,000 RCU and 1,000 WCU, and ~10 GB of data "
                      "per partition. hot partition key = throttling"}


def test_a_word_said_only_after_per_counts_for_less():
    topic = [{"partition": 1.0}, {"key": 1.0}, {"length": 1.0}]
    found = said_only_per({"partition": 1.0, "key": 1.0}, _TEN_GB, topic, set())
    # "key" is said by another clause of the line, not by the 10 GB's: it does not speak
    # for what the 10 GB measures
    assert found == {"partition": PER_ONLY, "key": 1.0}
    # typed after "per" too, the scope is what the query asks for
    assert said_only_per({"partition": 1.0}, _TEN_GB, [{"partition": 1.0}],
                         {"partition"}) == {"partition": 1.0}


def _hits(db, query: str) -> list[dict]:
    return json.loads(run_here("lookup", query, "--json", "--limit", "3", db=db,
                               env=REF).stdout)


def test_scopes_typed_as_modifiers_still_answer_and_an_aside_bounds_no_count(tmp_path):
    _, db, _ = ingest_text(tmp_path, (
        "## S3\n- multipart upload: part size 5 MB to 5 GB, max 10,000 parts per upload\n"
        "## Kinesis Data Streams\n- write: 1 MB/s or 1,000 records/s per shard\n"
        "## IAM\n- users: max 5,000 IAM users per account\n"
        "## CloudWatch\n- free tier (per month): 10 custom metrics, 10 alarms, 3 dashboards "
        "(up to 50 metrics each), 1mil API requests\n"), "notes.md", columns="200")
    # the thing counted is asked: the scope typed before it ("multipart upload") is its
    hits = _hits(db, "s3 multipart upload max number of parts")
    assert hits and "10" in hits[0]["value"] and "part" in hits[0]["value"], hits
    assert "1 MB/s" in _hits(db, "kinesis shard write throughput")[0]["value"]
    assert "5" in _hits(db, "max iam users per acct")[0]["value"]
    hits = _hits(db, "how many free cloudwatch dashboards")
    assert hits and "3 dashboards" in hits[0]["value"], hits
