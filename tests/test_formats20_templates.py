"""A CloudFormation template or a Terraform file kept as notes is read by the setting each
comment annotates, under a heading naming its resource's service, and cited at the file's own
line; the settings themselves (the author's choices) state nothing
(studycli/formats/infra_templates.py)."""

from __future__ import annotations

import json

from studycli.formats import as_markdown
from tests.helpers import run_here

TEMPLATE = """\
AWSTemplateFormatVersion: "2010-09-09"
Description: practice stack
Resources:
  # ============ LAMBDA ============
  OrdersFn:
    Type: AWS::Lambda::Function
    Properties:
      Timeout: 30            # DEFAULT 3 sec, max 900 sec (15 min)
      MemorySize: 512
      EphemeralStorage:
        Size: 512            # /tmp 512 MB default, configurable up to 10,240 MB
  OrdersQueue:
    Type: AWS::SQS::Queue
    Properties:
      VisibilityTimeout: 180 # default 30 s, range 0 s - 12 hours
"""

TERRAFORM = """\
// ------------------------------ EC2 ------------------------------
resource "aws_placement_group" "critical" {
  name     = "crit-pg"
  strategy = "spread" # each instance on distinct hardware, max 7 instances per AZ per group
}

resource "aws_rds_cluster" "aurora" {
  engine                  = "aurora-postgresql"
  backup_retention_period = 14 # aurora default 1 day
  # storage auto-grows in 10 GB steps up to 64 TB
}

resource "aws_lb_target_group" "tg" {
  health_check {
    interval = 10 # default 30 sec
  }
}
"""


def _lookup(tmp_path, name: str, text: str, *queries: str) -> list[dict]:
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / name).write_text(text, encoding="utf-8")
    db = tmp_path / "s.db"
    assert run_here("ingest", str(notes), db=db).returncode == 0
    firsts = []
    for query in queries:
        result = run_here("lookup", query, "--json", db=db)
        hits = json.loads(result.stdout) if result.returncode == 0 else []
        firsts.append(hits[0] if hits else {})
    return firsts


def test_a_templates_comments_answer_for_the_setting_and_service_they_annotate(tmp_path):
    timeout, tmp, visibility, memory = _lookup(
        tmp_path, "template.yaml", TEMPLATE, "lambda default timeout", "lambda /tmp default size",
        "sqs visibility timeout max", "lambda memory size")
    assert (timeout["value"], timeout["service"], timeout["line"]) == ("3 s", "Lambda", 8)
    assert (tmp["value"], tmp["line"]) == ("512 MB", 11)
    assert (visibility["value"], visibility["service"], visibility["line"]) == ("12 h", "SQS", 15)
    # MemorySize: 512 (line 9) is the author's setting, no fact of Lambda's
    assert memory.get("line") != 9


def test_a_template_reads_line_for_line_with_resource_headings():
    converted = as_markdown(TEMPLATE, ".yaml").split("\n")
    assert len(converted) == len(TEMPLATE.split("\n"))
    assert converted[0] == "# CloudFormation template"
    assert converted[3] == "## LAMBDA" and converted[4] == "### Lambda Function"
    assert converted[7] == "- timeout: DEFAULT 3 sec, max 900 sec (15 min)"
    assert converted[8] == ""  # MemorySize: 512, uncommented
    assert converted[10] == ("- ephemeral storage size: /tmp 512 MB default, configurable up "
                             "to 10,240 MB")
    assert converted[11] == "### SQS Queue"


def test_terraform_comments_answer_under_their_resource(tmp_path):
    spread, aurora, interval = _lookup(
        tmp_path, "compute.tf", TERRAFORM, "spread placement group instances per az",
        "aurora max storage size", "target group health check interval default")
    assert (spread["value"], spread["line"]) == ("7 instances", 4)
    assert (aurora["value"], aurora["service"], aurora["line"]) == ("64 TB", "Aurora", 10)
    assert interval["line"] == 15 and "30 s" in interval["value"]


def test_terraform_reads_line_for_line_and_drops_its_settings():
    converted = as_markdown(TERRAFORM, ".tf").split("\n")
    assert len(converted) == len(TERRAFORM.split("\n"))
    assert converted[0] == "# EC2"
    assert converted[1] == "## EC2 placement group"
    assert converted[3].startswith("- strategy spread: each instance")
    assert converted[6] == "## Aurora (RDS cluster)"
    assert converted[7] == ""  # engine = "aurora-postgresql", uncommented
    assert "14" not in converted[8]


def test_an_ordinary_yaml_note_is_read_as_before():
    text = "lambda:\n  timeout: 15m  # default 3s\n"
    assert as_markdown(text, ".yaml").split("\n") == ["# lambda", "- timeout: 15m (default 3s)", ""]


def test_a_pipelines_comment_is_read_as_about_its_setting_with_the_keys_unit():
    buildspec = ("version: 0.2\nphases:\n  build:\n    commands:\n      - pytest\n"
                 "    timeout-in-minutes: 30  # default 60, max 480\n")
    converted = as_markdown(buildspec, ".yml").split("\n")
    # "default 60" says no unit: the key's "in minutes" does
    assert converted[5] == "- build timeout in minutes: default 60, max 480"
    assert converted[4] == ""  # a command, uncommented


def test_a_sam_template_is_headed_as_sam():
    sam = ("Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n"
           "    Type: AWS::Serverless::Function\n    Properties:\n      Timeout: 3 # default 3 s\n")
    converted = as_markdown(sam, ".yaml").split("\n")
    assert converted[:3] == ["# SAM template", "## resources", "### Lambda function"]
    assert converted[5] == "- timeout: default 3 s"


def test_a_comment_wrapped_after_a_comma_goes_on_its_first_line():
    text = ("resource \"aws_lb\" \"alb\" {\n}\n"
            "// ALB errors: 403 = WAF block, 429 = throttled,\n"
            "//   502 = target sent a bad response\n")
    converted = as_markdown(text, ".tf").split("\n")
    # one item, read as the ALB errors it lists, not a sub-item of WAF's line
    assert converted[2:4] == ["- ALB errors: 403 = WAF block, 429 = throttled, 502 = target sent "
                              "a bad response", ""]
