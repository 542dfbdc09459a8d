"""A cram sheet's "Lambda-> 1 million requests + 400,000 GB-seconds/month ALWAYS free" under
"== FREE TIER" names Lambda though the arrow is glued to the name: the line is Lambda's free
tier allowance, found by "lambda free tier", and no limit of Lambda's (extract/attribution
in_free_tier_section), so neither "lambda max memory" nor `check` reads it as one. Before,
the glued arrow hid the name and the line was filed under the service of the line above
(session 30, lookup30s). Free Tier offers, always free or for 12 months:
https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/using-free-tier-api.html"""

from __future__ import annotations

from studycli.lookup import lookup
from studycli.services import find_services

from .helpers import check_findings, lookup_values, notes_conn

CRAM = ("CLF CRAM SHEET\n--------------\n\n"
        "== LAMBDA\nLambda -> timeout max 15 min; memory 128 MB to 10,240 MB\n\n"
        "== SQS\nSQS -> message max 256 KB, retention default 4 days\n\n"
        "== FREE TIER  (12-months / always free / trials)\n"
        "EC2   -> 750 hrs/mo t2.micro or t3.micro, 12 months\n"
        "EBS   -> 30 GB, 12 months\n"
        "Lambda-> 1 million requests + 400,000 GB-seconds/month ALWAYS free\n"
        "CloudWatch-> 10 custom metrics and 10 alarms\n")


def test_a_name_glued_to_an_arrow_is_named():
    assert [m.name for m in find_services("Lambda-> 1 million requests")] == ["Lambda"]
    assert [m.name for m in find_services("lambda-based apps on S3")] == ["S3"]


def test_a_name_glued_to_a_longer_arrow_is_named_and_a_hyphened_word_is_not():
    for line in ("Lambda--> 1 million requests", "Lambda---> 1 million requests"):
        assert [m.name for m in find_services(line)] == ["Lambda"], line
    for line in ("Lambda--based apps on S3", "Lambda-- note on S3"):
        assert [m.name for m in find_services(line)] == ["S3"], line


def test_a_line_that_would_be_a_limit_is_no_limit_under_the_free_tier(tmp_path):
    conn = notes_conn(tmp_path, CRAM, name="cram.txt")
    rows = conn.execute("SELECT service, kind FROM facts WHERE line = 14").fetchall()
    assert rows and all(kind != "limit" for _service, kind in rows), rows
    hits = lookup(conn, "cloudwatch max alarms", limit=3).to_json()
    assert all(h["kind"] != "limit" for h in hits), hits
    assert all(h["attribute"].startswith("free tier") for h in hits if h["line"] == 14), hits
    conn.close()


def test_the_free_tier_line_is_lambda_s_and_no_limit(tmp_path):
    conn = notes_conn(tmp_path, CRAM, name="cram.txt")
    rows = conn.execute("SELECT service, kind FROM facts WHERE line = 13").fetchall()
    assert rows == [("Lambda", "fact")]
    values = lookup_values(conn, "lambda free tier")
    assert values and "1 million" in values[0], values
    memory = lookup_values(conn, "lambda max memory")
    assert memory and "10,240" in memory[0] and not any("million" in v for v in memory)
    conn.close()


def test_check_reads_no_lambda_limit_in_the_free_tier(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "cram.txt").write_text(CRAM, encoding="utf-8")
    _result, found = check_findings(notes / "cram.txt", db=tmp_path / "c.db")
    assert not [x for x in found if x["line"] >= 11], found


def test_the_same_line_outside_the_free_tier_is_a_limit(tmp_path):
    """The control for the test above: its line is read as a limit where no free-tier
    heading is over it, so that test fails if the free-tier guard does not hold."""
    conn = notes_conn(tmp_path, "== CloudWatch\nCloudWatch-> 10 custom metrics and 10 alarms\n",
                      name="cw.txt")
    hits = lookup(conn, "cloudwatch max alarms", limit=3).to_json()
    assert hits and hits[0]["kind"] == "limit", hits
    conn.close()
