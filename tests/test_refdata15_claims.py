"""The refdata15 reference additions through the real CLI and the shipped reference.

AWS Support plan lines, read from the note text (studycli/reference/plan_lines.py: Support is
no service), are flagged with the plans' verified end on January 1, 2027 only when a line names
a plan and says "support" or "plan" itself or under its heading, outline parent or paragraph
opening; the plan words alone ("business hours", "developer tools", "Enterprise") flag nothing.
And statement claims without a number (API keys as auth, PartiQL joins, cross-Region peer
security group references, ElastiCache IAM auth in a list of IAM's features). Each stale
wording sits next to a right one that must not be flagged. The notes are reworded, not copied,
from the development notes."""

from __future__ import annotations

import json
import sqlite3

import pytest

from studycli.reference.plan_lines import plan_lines

from .helpers import check_findings, pinned_day, run_here, stale_flags, two_note_folder

PLANS_STALE = """# CLF notes

## Support plans
- Developer: from $29/month, business-hours email to support associates
- Business: from $100/month, 24/7 phone, prod system down < 1 h
- Enterprise On-Ramp: from $5,500/month, pool of TAMs, critical down < 30 min
- Enterprise: designated TAM, critical down < 15 min

Q7. Which support plan is the cheapest with 24/7 phone access?
note: Developer gets business hours email only.

plans: Basic, Developer, Business, Enterprise On-Ramp, Enterprise
"""

PLANS_RIGHT = """# CLF notes

## Support plans
- Basic: free, docs, forums, core Trusted Advisor checks
- Business Support+ replaces Developer and Business support from January 1, 2027
- Enterprise On-Ramp is discontinued January 1, 2027 (customers move to Enterprise)
- Enterprise: designated TAM, critical down < 15 min
- full Trusted Advisor checks: Business support and above
- Q: Developer support plan starting price?

## Well-Architected
- CAF perspectives: business, people, governance, platform, security, operations
- response during business hours only; business-critical workloads need Multi-AZ

## Developer tools
- Developer Associate exam: CodeBuild, CodeDeploy, CodePipeline
- Enterprise customers use Organizations for many accounts
"""


@pytest.fixture(scope="module")
def plans(tmp_path_factory):
    return two_note_folder(tmp_path_factory.mktemp("rd15p"), PLANS_STALE, PLANS_RIGHT)


# The plans end on January 1, 2027 (data/reference/support.toml, `changed` still to come on
# the first day and past on the second): a plan line is current until then, outdated after.
BEFORE, AFTER = "2026-12-02", "2027-01-02"


@pytest.fixture(scope="module")
def plan_flags(plans, tmp_path_factory):
    with pytest.MonkeyPatch.context() as mp:
        pinned_day(mp, AFTER)
        return stale_flags(plans, tmp_path_factory.mktemp("s") / "s.db")


PLAN_LINES = {4: "support.developer.end", 5: "support.business.end",
              6: "support.enterprise-onramp.end",
              # under a question that says "support plan": its answer line is a plan line
              10: "support.developer.end", 12: "support.plans.lineup"}


def test_each_plan_that_has_ended_is_flagged_on_its_line(plan_flags):
    assert plan_flags == {line: {(ref, "outdated")} for line, ref in PLAN_LINES.items()}


def test_before_the_end_each_plan_line_is_current_and_told_its_end(plans, tmp_path,
                                                                    monkeypatch):
    pinned_day(monkeypatch, BEFORE)
    result, found = check_findings(plans / "stale.md", db=tmp_path / "b.db")
    assert result.returncode == 0, result.stderr  # nothing is wrong today
    assert {x["line"]: {(x["reference"]["id"], x["status"], x["takes_effect"])} for x in found} \
        == {line: {(ref, "current", "2027-01-01")} for line, ref in PLAN_LINES.items()}


def test_right_and_unrelated_lines_naming_plan_words_are_never_flagged(plans, tmp_path,
                                                                       monkeypatch):
    for day in (BEFORE, AFTER):
        pinned_day(monkeypatch, day)
        result, found = check_findings(plans / "right.md", db=tmp_path / f"r{day}.db")
        assert result.returncode == 0, (result.stderr, found)
        assert found == []


def test_the_finding_gives_the_dated_end_from_the_cited_page_true_before_and_after_it(
        plans, tmp_path, monkeypatch):
    pinned_day(monkeypatch, BEFORE)
    result = run_here("check", str(plans / "stale.md"), "--json", db=tmp_path / "j.db")
    found = {f["line"]: f for f in json.loads(result.stdout)}
    developer = found[4]
    assert developer["service"] == "Support" and developer["status"] == "current"
    assert developer["takes_effect"] == "2027-01-01"
    # the note's whole line, not a fact the parser took from it
    assert developer["note_value"].startswith("- Developer: from $29/month")
    assert "January 1, 2027" in developer["current_value"]
    assert developer["reference"]["url"] == (
        "https://docs.aws.amazon.com/awssupport/latest/user/about-support-api.html")
    # not changed yet: "AWS changed this in Jan 2027" would name a day that has not come
    assert developer["reference"]["changed"] is None
    shown = run_here("check", str(plans / "stale.md"), db=tmp_path / "j.db",
                     env={"COLUMNS": "200"}).stdout
    assert "discontinued on January 1, 2027" in shown
    assert "CHANGES 1 JAN 2027" in shown and "1 Jan 2027: AWS makes this change then" in shown
    assert "AWS changed this" not in shown
    pinned_day(monkeypatch, AFTER)
    after = {f["line"]: f for f in json.loads(run_here(
        "check", str(plans / "stale.md"), "--json", db=tmp_path / "j.db").stdout)}[4]
    assert after["status"] == "outdated" and after["takes_effect"] is None
    assert after["reference"]["changed"] == "2027-01-01"
    shown = run_here("check", str(plans / "stale.md"), db=tmp_path / "j.db",
                     env={"COLUMNS": "200"}).stdout
    assert "AWS changed this on 1 Jan 2027" in shown


def test_a_plan_line_the_parser_filed_under_trusted_advisor_carries_the_notice(tmp_path,
                                                                             monkeypatch):
    # what a quiz explanation or lookup reads: the fact's own currency row
    note = tmp_path / "clf.md"
    note.write_text("# Support plans\n\n"
                    "Business = from $100/mo, 24/7 phone, full Trusted Advisor checks, "
                    "production system down < 1 hour\n", encoding="utf-8")
    db = tmp_path / "t.db"
    pinned_day(monkeypatch, BEFORE)
    result, _ = check_findings(note, db=db)
    assert result.returncode == 0, result.stderr
    query = ("SELECT f.service, c.status, c.reference_id, c.takes_effect FROM facts f JOIN "
             "fact_currency c ON c.fact_id = f.id WHERE f.line = 3")
    with sqlite3.connect(db) as conn:
        rows = conn.execute(query).fetchall()
    assert ("Trusted Advisor", "current", "support.business.end", "2027-01-01") in rows
    pinned_day(monkeypatch, AFTER)
    result, _ = check_findings(note, db=db)  # the note is unchanged: only the day passed
    assert result.returncode == 1, result.stderr
    with sqlite3.connect(db) as conn:
        rows = conn.execute(query).fetchall()
    assert ("Trusted Advisor", "outdated", "support.business.end", "") in rows


def test_plan_lines_need_support_or_plan_on_the_line_or_above_it():
    rows = [("n.md", 1, "# Billing"), ("n.md", 2, "Business: 24/7 phone"),
            ("n.md", 4, "Support plans (memorize)"), ("n.md", 5, "  o Developer - $29/mo"),
            ("n.md", 6, "  o Business - $100/mo"), ("n.md", 8, "- Developer support: email"),
            ("n.md", 9, "- CAF perspectives: business, people"),
            ("m.md", 1, "# Support plans and billing"), ("m.md", 2, "Business = $100/mo")]
    got = [(p.source, p.line) for p in plan_lines(rows)]
    # m.md's title heading covers the whole note and gives no context; a list item gives
    # none to the items after it
    assert got == [("n.md", 5), ("n.md", 6), ("n.md", 8)]


STATEMENTS_STALE = """# API Gateway
- API keys are enough for auth on public APIs if you rotate them

# DynamoDB
- PartiQL: SQL-compatible query language for DynamoDB, supports joins across tables

# VPC
- SG rules can reference SGs in the peered VPC, even cross-region

# IAM
- IAM auth not supported for Redis -> use a Redis AUTH token
"""

STATEMENTS_RIGHT = """# API Gateway
- Usage plans + API keys = throttling per customer. API keys are NOT auth

# DynamoDB
- PartiQL: SQL-like select/insert/update/delete on DynamoDB, no joins

# VPC
- SG rules can reference SGs in a peered VPC only in the same region (cross-region: CIDR)

# IAM
- ElastiCache IAM auth supported for Redis 7+ and Valkey
"""


def test_statement_claims_are_flagged_and_their_right_wordings_are_not(tmp_path):
    notes = two_note_folder(tmp_path, STATEMENTS_STALE, STATEMENTS_RIGHT)
    assert stale_flags(notes, tmp_path / "s.db") == {
        2: {("apigateway.api-keys.not-auth", "wrong")},
        5: {("dynamodb.partiql.no-joins", "wrong")},
        8: {("vpc.peering.sg-reference-same-region", "wrong")},
        11: {("elasticache.iam-auth", "outdated")},
    }
    result, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert result.returncode == 0, (result.stderr, found)


def test_a_fargate_line_filed_under_ec2_is_still_read(tmp_path):
    # after "✗ ECS on EC2 launch type" the parser files the Fargate sentence under EC2
    journal = ("# Practice exam journal\n\n"
               "Q8. A team wants containers without managing servers or EC2 clusters.\n"
               "✓ ECS on Fargate\n✗ ECS on EC2 launch type\n")
    notes = two_note_folder(
        tmp_path,
        journal + "why: Fargate = serverless containers (Linux only), task max 16 vCPU\n",
        journal + "why: Fargate Spot is Linux only; Fargate runs Linux and Windows containers\n")
    assert stale_flags(notes, tmp_path / "s.db") == {
        6: {("fargate.windows-containers", "outdated")}}
    result, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert result.returncode == 0, (result.stderr, found)


def test_the_x_ray_daemon_port_given_as_tcp_is_wrong(tmp_path):
    notes = two_note_folder(tmp_path, "# X-Ray\n\n- X-Ray daemon listens on TCP port 2000\n",
                            "# X-Ray\n\n- X-Ray daemon listens on UDP port 2000\n")
    assert stale_flags(notes, tmp_path / "s.db") == {3: {("xray.daemon.port", "wrong")}}
    result, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert result.returncode == 0, (result.stderr, found)


def test_a_geoproximity_line_filed_under_ec2_is_still_read(tmp_path):
    # "Alias cannot point to an EC2 DNS name" above it files the routing policies under EC2
    outline = ("IV. Route 53\n   A. Record types: A, AAAA, CNAME, Alias\n"
               "      1. Alias cannot point to an EC2 DNS name\n   B. Routing policies\n"
               "      1. Simple — no health checks\n")
    notes = two_note_folder(
        tmp_path, outline + "      2. Geoproximity — bias to shift traffic, needs Traffic Flow\n",
        outline + "      2. Geoproximity — bias to shift traffic, Traffic Flow optional\n")
    assert stale_flags(notes, tmp_path / "s.db") == {
        6: {("route53.geoproximity.records", "outdated")}}
    result, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert result.returncode == 0, (result.stderr, found)


def test_lambda_eni_and_firehose_buffer_lines_filed_under_vpc_and_s3_are_still_read(tmp_path):
    notes = two_note_folder(
        tmp_path,
        "VPC\n  o Lambda in VPC: needs ENI, no internet unless NAT GW (NOT igw)\n"
        "        o VPC cold start adds 10+ sec bc ENI gets created per invoke\n\nScenarios\n"
        '- "load streaming data into S3/Redshift/OpenSearch, no code" -> Firehose '
        "(buffer 60 sec min)\n",
        "VPC\n  o Lambda in VPC: needs ENI, no internet unless NAT GW (NOT igw)\n"
        "        o Hyperplane ENIs are shared and made when the function is configured\n"
        "\nScenarios\n"
        '- "load streaming data into S3/Redshift/OpenSearch, no code" -> Firehose '
        "(buffer 0 to 900 sec)\n")
    assert stale_flags(notes, tmp_path / "s.db") == {
        3: {("lambda.vpc.eni-creation", "outdated")},
        6: {("firehose.buffer-interval.min", "outdated")}}
    result, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    assert result.returncode == 0, (result.stderr, found)


def test_every_fact_the_parser_took_from_a_plan_line_carries_the_notice(plans, tmp_path,
                                                                        monkeypatch):
    # whatever service the parser filed them under: what a quiz explanation or lookup reads
    db = tmp_path / "c.db"
    pinned_day(monkeypatch, BEFORE)
    result, _ = check_findings(plans / "stale.md", db=db)
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT f.line, f.service, c.reference_id FROM facts f LEFT JOIN "
                            "fact_currency c ON c.fact_id = f.id WHERE f.line IN (4, 5, 6)"
                            ).fetchall()
    assert rows, "the parser took no fact from the plan lines"
    expected = {4: "support.developer.end", 5: "support.business.end",
                6: "support.enterprise-onramp.end"}
    assert all(ref == expected[line] for line, _, ref in rows), rows
