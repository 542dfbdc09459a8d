"""A new user's notes (session 16): lookup and check say one thing of a line's currency, the
counts of ingest and check agree, a comparison line is filed under neither side, an
abbreviation's spelled-out name finds it, a sub-feature's line is the sub-feature's."""

from __future__ import annotations

import json

from .helpers import ingest_text, run_here, shipped_reference

REF = shipped_reference(100)


def _ingest(tmp_path, text: str, name: str = "notes.md"):
    return ingest_text(tmp_path, text, name, columns="100")


def test_lookup_says_of_a_default_what_check_says(tmp_path):
    # 512 MB is still Lambda's /tmp default; 10,240 MB is the raised maximum
    notes, db, _ = _ingest(tmp_path, "## Lambda\n- Lambda /tmp 512 MB\n")
    checked = " ".join(run_here("check", str(notes), db=db, env=REF).stdout.split())
    assert "your value is still the default (512 MB); the maximum, 10,240 MB" in checked
    plain = " ".join(run_here("lookup", "lambda tmp storage", db=db, env=REF).stdout.split())
    assert "still the default (512 MB); the maximum, 10,240 MB" in plain, plain
    assert "outdated per the AWS docs: now 10,240 MB" not in plain
    out = json.loads(run_here("lookup", "lambda tmp storage", "--json", db=db, env=REF).stdout)
    assert out[0]["markers"]["currency"]["note_default"] == "512 MB"


TITLED = ("# my saa notes - serverless limits (from udemy + whitepaper, some old)\n\n"
          "## DynamoDB\n| Setting | Value |\n|---|---|\n| GSI per table | 5 |\n\n"
          "- DAX default TTL 5 minutes\n\n## Lambda\n- Lambda /tmp 512 MB\n\n"
          "## Snow\n- Snowcone 8 TB HDD, Snowball Edge Storage Optimized 80 TB, "
          "Snowmobile 100 PB\n\n## VPN\n"
          "- Site-to-Site VPN = quick, over internet, 2 tunnels, up to 1.25 Gbps per tunnel\n")


def test_the_ingest_summary_counts_what_check_lists(tmp_path):
    import re

    _, db, ingested = _ingest(tmp_path, TITLED)
    said = re.search(r"AWS check\s+(\d+) outdated, (\d+) wrong", ingested.stdout)
    assert said, ingested.stdout
    listed = json.loads(run_here("check", "--json", db=db, env=REF).stdout)
    outdated = sum(x["status"] == "outdated" for x in listed)
    wrong = sum(x["status"] == "wrong" for x in listed)
    assert outdated + wrong >= 3, listed  # the /tmp line, Snowcone and Snowball Edge at least
    assert (int(said.group(1)), int(said.group(2))) == (outdated, wrong)


def test_a_line_comparing_both_sides_is_stated_of_neither_alone(tmp_path):
    _, db, _ = _ingest(tmp_path, (
        "# edge notes\n\n## CloudFront\n"
        "- lambda@edge vs cloudfront functions -> CF functions are cheaper, sub-ms\n"
        "- Lambda@Edge runs at regional edge caches, can use network access\n"))
    out = run_here("compare", "lambda@edge", "cloudfront functions", db=db,
                   env={**REF, "COLUMNS": "200"}).stdout
    only, _, both = out.partition("Said of both:")
    assert "CF functions are cheaper" in both, out
    assert "CF functions are cheaper" not in only, out
    assert "regional edge caches" in only  # a line of one side stays that side's
    drill = run_here("compare", "lambda@edge", "cloudfront functions", "--drill", db=db,
                     env=REF, input="q\n").stdout
    assert "cheaper" not in drill, drill  # never asked as one side's property


def test_an_abbreviations_spelled_out_name_counts_it(tmp_path):
    _, db, _ = _ingest(tmp_path, "## DynamoDB\n| Setting | Value |\n|---|---|\n"
                                 "| GSI per table | 5 |\n| item size | 400 KB |\n")
    for asked in ("how many global secondary indexes per table", "dynamodb max gsi"):
        out = json.loads(run_here("lookup", asked, "--json", db=db, env=REF).stdout)
        assert out and out[0]["value"].startswith("5"), (asked, out)


def test_search_reads_a_services_short_name_as_its_name_too(tmp_path):
    _, db, _ = _ingest(tmp_path, (
        "## DynamoDB\n- dynamo is a key-value store, single-digit ms\n"
        "- DynamoDB Streams keep records 24 hours\n\n"
        "## Kinesis\n- Kinesis Data Streams retention 24 hours default\n"))
    out = run_here("search", "dynamo streams", db=db, env=REF).stdout
    assert "DynamoDB Streams keep records" in out, out
    assert "Kinesis" not in out and "some of them" not in out, out


def test_a_line_opening_with_a_sub_features_name_is_that_sub_features(tmp_path):
    _, db, _ = _ingest(tmp_path, "## DynamoDB\n- streams keep records 24 hours\n"
                                 "- item size max 400 KB\n")
    facts = json.loads(run_here("facts", "--service", "dynamodb", "--json", db=db,
                                env=REF).stdout)
    kept = [f for f in facts if f["value"] == "24 h"]
    assert kept and all(f["subject"] == "DynamoDB Streams" for f in kept), facts
    assert all(f["subject"] == "" for f in facts if f["value"] == "400 KB"), facts
    out = run_here("lookup", "how long does dynamodb keep data", db=db, env=REF).stdout
    assert "24 h" not in out or "DynamoDB Streams" in out, out  # never told as DynamoDB's own


def test_a_notes_title_is_no_facts_attribute(tmp_path):
    _, db, _ = _ingest(tmp_path, TITLED)
    facts = json.loads(run_here("facts", "--json", db=db, env=REF).stdout)
    assert facts
    titled = [f for f in facts if "saa notes" in f["attribute"]]
    assert not titled, titled
