"""A cram sheet's "Lambda-> 1 million requests + 400,000 GB-seconds/month ALWAYS free" under
"== FREE TIER" names Lambda though the arrow is glued to the name: the line is Lambda's free
tier allowance, found by "lambda free tier", and no limit of Lambda's (extract/attribution
in_free_tier_section), so neither "lambda max memory" nor `check` reads it as one. Before,
the glued arrow hid the name and the line was filed under the service of the line above
(session 30, lookup30s). Free Tier offers, always free or for 12 months:
https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/using-free-tier-api.html"""

from __future__ import annotations

from studycli.services import find_services

from .helpers import check_findings, lookup_values, notes_conn

CRAM = ("CLF CRAM SHEET\n--------------\n\n"
        "== LAMBDA\nLambda -> timeout max 15 min; memory 128 MB to 10,240 MB\n\n"
        "== SQS\nSQS -> message max 256 KB, retention default 4 days\n\n"
        "== FREE TIER  (12-months / always free / trials)\n"
        "EC2   -> 750 hrs/mo t2.micro or t3.micro, 12 months\n"
        "EBS   -> 30 GB, 12 months\n"
        "Lambda-> 1 million requests + 400,000 GB-seconds/month ALWAYS free\n")


def test_a_name_glued_to_an_arrow_is_named():
    assert [m.name for m in find_services("Lambda-> 1 million requests")] == ["Lambda"]
    assert [m.name for m in find_services("lambda-based apps on S3")] == ["S3"]


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
