"""Session 16 (attrib19): a reviewer's misattributions, each a mechanism fixed: a free-tier
allowance read as limits, foreign count nouns after "hasta"/"até", the Recycle Bin's retention
filed as the snapshots', one mode per sentence, Glacier's minimum storage duration that `check`
and lookup missed, and a comparison heading that let an outer heading own its lines."""

from __future__ import annotations

import json

from studycli.extract import parse_note
from tests.helpers import parsed_modes, parsed_quantities, run_here


def _quantities(text: str, name: str = "n.md") -> set[tuple[str, str, str, str, str]]:
    return set(parsed_quantities(text, name))


# --- the free tier ------------------------------------------------------------------------

def test_a_monthly_allowance_for_some_months_is_no_limit():
    # "750 hours per month for 12 months" was a 750 h duration and a "month" of 12 months
    facts = _quantities("# EC2\n\n- t3.micro: 750 hours per month for 12 months\n"
                        "- RDS: 750 hrs/mo of db.t3.micro for the first 12 months\n"
                        "- max 20 instances per region\n")
    assert facts == {("EC2", "", "instances (per region)", "max", "20 instances")}


def test_a_term_alone_is_still_a_retention():
    facts = _quantities("# CloudWatch Logs\n\n- keep logs for 12 months, then archive\n")
    assert any(v == "12 months" for *_, v in facts)


def test_free_said_after_the_number_makes_an_allowance():
    facts = _quantities("# Serverless\n\n- DynamoDB 25 GB storage always free\n"
                        "- Lambda 1M requests + 400,000 GB-seconds per month (always free)\n"
                        "- Lambda max memory 10,240 MB, 1M requests free tier\n")
    assert facts == {("Lambda", "", "memory", "max", "10,240 MB")}


def test_a_retention_that_costs_nothing_stays_a_retention():
    facts = _quantities("# CloudTrail\n\n- event history kept 90 days for free\n")
    assert any(v == "90 days" for *_, v in facts)


def test_a_free_tier_heading_or_question_makes_allowances():
    facts = _quantities("# CLF\n\n## AWS Free Tier\n\n- S3: 5 GB Standard\n- EC2\n  - 750 h\n\n"
                        "Q: DynamoDB free tier?\nA: 25 GB storage + 25 WCU + 25 RCU\n\n"
                        "## Free tier & cost tools\n\n- Cost Explorer forecasts up to 12 months\n")
    assert facts == {("Cost Explorer", "", "forecasts", "max", "12 months")}


# --- foreign count nouns -------------------------------------------------------------------

def test_up_to_in_spanish_portuguese_and_french_bounds_a_count():
    facts = _quantities("# RDS\n\n- hasta 5 réplicas de lectura\n\n"
                        "# Aurora\n\n- até 15 réplicas\n\n"
                        "# SQS\n\n- jusqu'à 10 messages par lot\n- hasta 10 mensajes por lote\n")
    assert ("RDS", "", "replicas", "max", "5 replicas") in facts
    assert ("Aurora", "", "replicas", "max", "15 replicas") in facts
    assert ("SQS", "", "messages", "max", "10 messages") in facts


# --- the Recycle Bin -----------------------------------------------------------------------

def test_the_recycle_bin_retention_is_the_bins_not_the_snapshots():
    facts = _quantities("# EBS\n\n- Recycle Bin keeps deleted snapshots 1 day to 1 year\n"
                        "- snapshot Recycle Bin: retention 1 day to 1 year\n"
                        "- Recycle Bin for AMIs and snapshots: retention up to 1 year\n")
    subjects = {(s, a) for _, s, a, _, _ in facts}
    assert subjects == {("Recycle Bin", "retention period")}


def test_a_subject_after_for_in_a_new_sentence_is_its_own():
    # ("... ALB and NLB. Cookie: AWSALB for ALB, 1 s to 7 days": ALB's, not NLB's)
    facts = _quantities("# ELB\n\n- stickiness works on ALB and NLB. Cookie AWSALB for ALB, "
                        "duration 1 s to 7 days\n")
    assert {s for _, s, _, _, _ in facts} == {"ALB"}


# --- one mode per sentence -----------------------------------------------------------------

def test_each_sentence_gives_its_own_services_their_mode():
    modes = parsed_modes("# Lambda\n\n- sync: API Gateway, Cognito. SQS polled via event source "
                         "mapping. S3 and SNS are async\n"
                         "- ALB -> Lambda is sync. EventBridge invokes it async.\n")
    assert modes == {("API Gateway", "synchronous"), ("Cognito", "synchronous"),
                     ("SQS", "event source mapping"), ("S3", "asynchronous"),
                     ("SNS", "asynchronous"), ("ELB", "synchronous"),
                     ("EventBridge", "asynchronous")}


# --- Glacier's minimum storage duration ----------------------------------------------------

def test_min_storage_is_the_minimum_storage_duration():
    facts = _quantities("# S3\n\n- Glacier IR: min storage 60 days, ms retrieval\n")
    assert ("S3", "S3 Glacier Instant Retrieval", "minimum storage duration", "min",
            "60 days") in facts


def test_a_two_column_table_of_classes_measures_each_class():
    facts = _quantities("# S3\n\n| Class | Min storage duration |\n|---|---|\n"
                        "| Standard-IA | 30 days |\n| Glacier Instant Retrieval | 60 days |\n")
    assert facts == {("S3", "S3 Standard-IA", "minimum storage duration", "min", "30 days"),
                     ("S3", "S3 Glacier Instant Retrieval", "minimum storage duration", "min",
                      "60 days")}


def test_check_and_lookup_meet_a_glacier_line(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "s3.md").write_text("# Storage\n\n- Glacier Instant Retrieval: min storage 60 days\n",
                                 encoding="utf-8")
    db = tmp_path / "s.db"
    assert run_here("ingest", str(notes), "--json", db=db).returncode == 0
    checked = run_here("check", "--json", db=db)
    findings = json.loads(checked.stdout)
    assert [(f["reference"]["id"], f["note_value"]) for f in findings] == [
        ("s3.glacier.minimum-storage-duration.min", "60 days")]
    found = json.loads(run_here("lookup", "glacier minimum storage duration", "--json",
                               db=db).stdout)
    assert found and found[0]["value"] == "60 days" and found[0]["kind"] == "limit"


# --- a comparison heading ------------------------------------------------------------------

def test_an_outer_heading_does_not_own_a_comparison_of_other_services():
    text = ("## Lambda\n\n- timeout 15 min\n\n### DynamoDB vs S3\n\n- max item 400 KB\n\n"
            "### DynamoDB (vs RDS)\n\n- max item size 400 KB\n")
    facts = {(f.service, f.attribute, f.line) for f in parse_note(text, "n.md").facts
             if f.kind == "limit"}
    assert ("Lambda", "item", 7) not in facts and not any(s == "Lambda" and line > 3
                                                          for s, _, line in facts)
    assert ("DynamoDB", "item size", 11) in facts


def test_a_comparison_within_the_outer_service_stays_its_section():
    facts = _quantities("## CloudFront\n\n### Lambda@Edge vs CloudFront Functions\n\n"
                        "- CF Functions: < 1 ms\n")
    assert {s for s, *_ in facts} == {"CloudFront"}


# --- the sample of unseen38-40: a value no word names, the student's own numbers ------------

def test_a_value_no_word_names_takes_the_label_the_line_opens_with():
    # (each was "duration": the measure's kind, which no question can ask)
    facts = _quantities("# CodeBuild\n\n- CodeBuild timeout :: default 60 minutes, range 5 minutes "
                        "to 8 hours\n\n# CloudFormation\n\n- creation policy timeout: PT15M "
                        "(ISO 8601 duration, max 12 h)\n")
    assert {a for _, _, a, _, _ in facts} == {"timeout", "creation policy timeout"}


def test_a_label_naming_a_thing_or_a_speaker_names_no_measure():
    facts = _quantities("# VPC\n\n- NAT GW: AZ-resilient, 5 Gbps scaling to 100 Gbps\n\n"
                        "# CloudFront\n\nTeacher: CF Functions: JS only, < 1 ms\n\n"
                        "# S3\n\n- Glacier Instant Retrieval: ms retrieval, min 90 days\n")
    attributes = {a for _, _, a, _, _ in facts}
    assert not attributes & {"nat gw", "teacher", "cf functions", "glacier instant retrieval"}


def test_the_students_own_setting_and_a_worked_case_are_no_limits():
    facts = _quantities("# ELB\n\n- deregistration delay default 300 s. I set it to 30 s for the "
                        "lab\n\n# API Gateway\n\n- payload max is 10 MB so a 8 MB response fails "
                        "at Lambda\n")
    values = {v for *_, v in facts}
    assert values == {"300 s", "10 MB"}


def test_a_lower_case_capacity_unit_label_defines_the_unit():
    facts = _quantities("# DynamoDB\n\n- wcu: 1 write/s up to 1 KB\n- rcu: 1 strong read/s up "
                        "to 4 KB\n- max 40,000 wcu per table\n")
    assert {v for *_, v in facts} == {"40,000 WCUs"}


def test_an_abbreviated_object_names_the_object_size():
    facts = _quantities("# S3\n\n| Class | Min duration | Min obj size |\n|---|---|---|\n"
                        "| One Zone-IA | 30 days | 128 KB |\n")
    assert ("S3", "S3 One Zone-IA", "object size", "min", "128 KB") in facts


def test_a_sentence_opening_on_a_possessive_and_a_service_is_that_services():
    facts = _quantities("# API Gateway\n\n- integration timeout 29 s. Your Lambda can run up to "
                        "15 minutes (900 s) but API GW gives up first\n")
    assert ("Lambda", "", "execution timeout", "max", "15 min") in facts
    assert not any(s == "API Gateway" and v == "15 min" for s, _, _, _, v in facts)


def test_a_plain_value_above_the_only_stated_minimum_is_kept():
    # (the 29 s was only ever kept as a "default" below Lambda's 15 min, wrongly filed under
    # API Gateway; with the 15 min Lambda's, it was dropped as an unnamed case)
    facts = _quantities("# API Gateway\n\n- hard integration timeout of 29 seconds (min 50 ms). "
                        "Your Lambda can run up to 15 minutes\n")
    assert ("API Gateway", "", "integration timeout", "", "29 s") in facts
    assert ("API Gateway", "", "integration timeout", "min", "50 ms") in facts
