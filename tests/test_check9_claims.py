"""The AWS reference's claims about changed behaviour, in wordings other than the development
notes': Lambda's old Region-dependent burst, a /tmp that cannot grow, one capacity-mode switch a
day. A line that says the old rule is flagged outdated; a line that gives today's rule (or both)
is not; and a number that agrees with the entry is overruled only by a claim about that same
quantity."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from studycli.model import Fact, Kind
from studycli.reference import assess, load_reference
from tests.helpers import notes_folder, run_here


@pytest.fixture(scope="module")
def reference():
    return load_reference()


def line_fact(service: str, line: str, attribute: str = "notes", **numbers) -> Fact:
    kind = Kind.LIMIT if numbers else Kind.FACT
    return Fact(service=service, subject="", attribute=attribute, kind=kind,
                qualifier=numbers.pop("qualifier", ""), value=numbers.pop("value", line),
                number=numbers.get("number"), unit=numbers.get("unit", ""), source="n.md",
                line=1, snippet=line)


@pytest.mark.parametrize("line", [
    "Lambda burst concurrency = 3,000 (us-east-1), 1,000 or 500 in smaller regions",
    "initial burst: 500 to 3000 concurrent executions depending on the region",
    "burst limit 500 in most regions, then +500/min",
])
def test_the_old_region_dependent_burst_is_outdated(reference, line):
    a = assess(line_fact("Lambda", line), reference)
    assert a is not None and (a.entry_id, a.status) == ("lambda.scaling-rate", "outdated")


@pytest.mark.parametrize("line", [
    "each function scales by 1,000 execution environments every 10 seconds",
    "burst concurrency used to be 500-3000 per region; now 1,000 instances every 10 s",
    "SQS burst of 3000 messages",  # not Lambda's: the SQS fact never meets Lambda's entry
])
def test_todays_rate_or_the_old_one_named_as_old_is_no_finding(reference, line):
    service = "SQS" if line.startswith("SQS") else "Lambda"
    a = assess(line_fact(service, line), reference)
    assert a is None or not a.flagged


def test_a_fixed_tmp_is_outdated_though_its_512_mb_is_todays_default(reference):
    for line in ("/tmp = 512 MB (fixed)", "ephemeral storage 512MB - can't be changed",
                 "/tmp: 512 MB, cannot be increased"):
        f = line_fact("Lambda", line, "ephemeral storage (/tmp)", value="512 MB",
                      number=536870912.0, unit="B")
        a = assess(f, reference)
        assert a is not None and (a.status, a.how) == ("outdated", "claim"), line
    # the same number without the old rule, or with today's ceiling too, stays current
    for line in ("/tmp 512 MB by default", "/tmp 512 MB default, fixed? no: up to 10,240 MB"):
        f = line_fact("Lambda", line, "ephemeral storage (/tmp)", value="512 MB",
                      number=536870912.0, unit="B")
        a = assess(f, reference)
        assert a is not None and a.status == "current", line


def test_a_contradicting_claim_about_another_quantity_does_not_overrule_a_number(reference):
    # the burst claim is about scaling, not the timeout on the same line
    line = "timeout 900 s max; burst concurrency 3000"
    f = line_fact("Lambda", line, "execution timeout", qualifier="max", value="900 s",
                  number=900.0, unit="s")
    a = assess(f, reference)
    assert a is not None and (a.entry_id, a.status) == ("lambda.execution-timeout.max",
                                                        "current")


@pytest.mark.parametrize("line,flagged", [
    ("capacity mode can be changed only once a day", True),
    ("switching between on-demand and provisioned: one time per 24 hours", True),
    ("you can switch to on-demand up to 4 times in a rolling 24 h window", False),
    ("on-demand -> provisioned: any time", False),
])
def test_one_capacity_mode_switch_a_day_is_the_old_rule(reference, line, flagged):
    a = assess(line_fact("DynamoDB", line), reference)
    got = a is not None and a.flagged
    assert got is flagged
    if flagged:
        assert (a.entry_id, a.status) == ("dynamodb.capacity-mode-switch", "outdated")


@pytest.mark.parametrize("line,flagged", [
    ("S3: new objects read-after-write, but updates & deletes eventually consistent", True),
    ("eventual consistency on overwrite PUT / DELETE in S3", True),
    ("S3 strongly consistent for all reads and lists since Dec 2020", False),
    ("overwrites used to be eventually consistent; now strong read-after-write", False),
    ("bucket configuration changes (e.g. deleting a bucket) are eventually consistent", False),
])
def test_s3_eventual_consistency_for_overwrites_is_the_pre_2020_model(reference, line, flagged):
    a = assess(line_fact("S3", line), reference)
    got = a is not None and a.flagged
    assert got is flagged
    if flagged:
        assert (a.entry_id, a.status) == ("s3.consistency", "outdated")


@pytest.mark.parametrize("row,flagged", [
    ("| REST integration timeout | 29 s | hard |", True),
    ("| Integration timeout | 50 milliseconds - 29 sec | No |", True),
    ("| Integration timeout (REST) | 50 ms - 29 seconds | Yes, for Regional/private APIs |",
     False),
    ("| Integration timeout | 50 ms – 29 s | 30 s max |", False),  # the HTTP API column
])
def test_a_quota_row_calling_the_29_s_timeout_not_adjustable_is_outdated(reference, row,
                                                                         flagged):
    a = assess(line_fact("API Gateway", row), reference)
    got = a is not None and a.flagged
    assert got is flagged
    if flagged:
        assert (a.entry_id, a.status) == ("apigateway.integration-timeout.raisable",
                                          "outdated")


@pytest.mark.parametrize("line,flagged", [
    ("RDS read replicas: max 5 (async, cross-region ok)", True),
    ("| Read replicas | up to 5 | up to 15 |", True),
    ("you can create up to 5 read replicas from one source DB", True),
    ("read replicas: up to 15 for MySQL, MariaDB and PostgreSQL", False),
    ("Oracle / SQL Server: up to 5 read replicas", False),
    ("| Read replicas | 5 per source (15 for MySQL/PG now) | 15 |", False),
])
def test_five_read_replicas_for_rds_at_large_is_the_old_limit(reference, line, flagged):
    a = assess(line_fact("RDS", line), reference)
    got = a is not None and a.flagged
    assert got is flagged
    if flagged:
        assert (a.entry_id, a.status) == ("rds.read-replicas.max", "outdated")


@pytest.mark.parametrize("service,line", [
    ("STS", "role chaining session: 1 hour max, even though the role allows 12 h"),
    ("EFS", "EFS vs FSx for Windows: Windows / SMB / AD -> FSx for Windows"),
])
def test_a_right_line_naming_the_other_value_is_not_flagged(reference, service, line):
    a = assess(line_fact(service, line), reference)
    assert a is None or not a.flagged


def test_a_line_flagged_by_key_and_by_claim_shows_the_number_the_key_met(tmp_path):
    notes = notes_folder(tmp_path, {
        "rds.md": "# RDS\n\n- read replicas: RDS MySQL up to 5 read replicas, storage in 3 AZs\n"})
    done = run_here("check", str(notes), "--json", db=tmp_path / "s.db")
    found = [f for f in json.loads(done.stdout)
             if f["reference"]["id"] == "rds.read-replicas.max"]
    assert found and found[0]["status"] == "outdated"
    assert "5" in found[0]["note_value"] and "AZ" not in found[0]["note_value"]


@pytest.mark.parametrize("row,entry", [
    ("| Private APIs per region | 600 | soft |", "apigateway.api-count-quotas.fixed"),
    ("| Edge optimised APIs | 120 | adjustable |", "apigateway.api-count-quotas.fixed"),
    ("| burst capacity | 5000 rps | Yes |", "apigateway.burst-quota.fixed"),
    ("| Regional APIs per Region | 600 | No |", None),
    ("| Throttle per account | 10,000 RPS with burst of 5,000 requests | Yes |", None),
])
def test_a_quota_row_calling_a_fixed_api_gateway_quota_adjustable_is_wrong(reference, row,
                                                                           entry):
    a = assess(line_fact("API Gateway", row), reference)
    if entry is None:
        assert a is None or not a.flagged
    else:
        assert a is not None and (a.entry_id, a.status) == (entry, "wrong")


def test_check_flags_other_wordings_end_to_end(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "dynamo.md").write_text(
        "# DynamoDB\n\n"
        "- BatchWriteItem: max 25 put/delete requests\n"
        "- TransactWriteItems: up to 25 items (per transaction)\n"
        "- capacity mode switch allowed once per day\n", encoding="utf-8")
    (notes / "lambda.md").write_text(
        "# Lambda\n\n"
        "- /tmp is 512 MB and fixed\n"
        "- timeout max 15 min\n", encoding="utf-8")
    done = run_here("check", str(notes), "--json", db=tmp_path / "s.db")
    assert done.returncode == 1, done.stderr
    flagged = {(Path(f["source"]).name, f["line"]): f["reference"]["id"]
               for f in json.loads(done.stdout) if f["status"] in ("outdated", "wrong")}
    assert flagged.get(("dynamo.md", 4)) == "dynamodb.transaction-items.max"
    assert flagged.get(("dynamo.md", 5)) == "dynamodb.capacity-mode-switch"
    assert flagged.get(("lambda.md", 3)) == "lambda.ephemeral-storage.max"
    # right lines stay unflagged
    assert ("dynamo.md", 3) not in flagged and ("lambda.md", 4) not in flagged


def test_on_a_tie_the_finding_by_key_is_kept_over_the_claim_whatever_the_order(reference):
    from studycli.reference.findings import find_all

    line = "RDS MySQL up to 5 read replicas, storage in 3 AZs"
    azs = Fact(service="RDS", subject="read replica", attribute="azs", kind=Kind.LIMIT,
               qualifier="", value="3 AZs", number=3.0, unit="count", source="n.md", line=3,
               snippet=line)
    replicas = Fact(service="RDS", subject="read replica", attribute="read replicas",
                    kind=Kind.LIMIT, qualifier="max", value="5 read replicas", number=5.0,
                    unit="count", source="n.md", line=3, snippet=line)
    for facts in ([azs, replicas], [replicas, azs]):
        found = [x for x in find_all(facts, reference)
                 if x.assessment.entry_id == "rds.read-replicas.max"]
        assert [(x.fact.value, x.status, x.assessment.how) for x in found] == \
            [("5 read replicas", "outdated", "key")]


def test_a_subjectless_limit_of_another_engine_meets_no_subject_entry(tmp_path):
    """"RDS for Oracle: up to 5 read replicas" is right (Oracle keeps 5): the entry of the
    MySQL family's 15 is filed under a subject that adds no word to its attribute, and a fact
    with no subject must not meet it by those words (a code review's finding)."""
    import json

    from tests.helpers import run_here

    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "rds.md").write_text("# RDS\n\n- RDS for Oracle: up to 5 read replicas\n"
                                  "- Db2: max 3 read replicas\n", encoding="utf-8")
    result = run_here("check", str(notes), "--json", db=tmp_path / "c.db")
    assert result.returncode == 0, result.stdout
    assert json.loads(result.stdout or "[]") == []
