"""Issue 10, round twenty-eight: a query naming one variant of a service (HTTP API, Snowcone,
a FIFO queue's high-throughput mode) is not answered by a figure the notes give for another
variant, or for the plain case beside a mode they only mention."""

from __future__ import annotations

import pytest

from studycli.lookup import variants
from tests.helpers import first_value, lookup_values, notes_conn

APIGW = """\
# API Gateway

- integration timeout 29 sec for REST
- WebSocket API: connection max 2 hrs, idle timeout 10 min
"""

SNOW = """\
# Snow Family

- Snowball Edge = 80 TB storage capacity; Snowmobile = 100 PB truck
"""

FIFO = """\
# SQS

- FIFO throughput: 300 msg/s without batching, 3,000 with batching (high throughput mode more)
"""


@pytest.mark.parametrize("text,expected", [
    ("integration timeout 29 sec for REST", {("API Gateway", 0): {"REST API"}}),
    ("glacier deep archive min days", {("S3", 0): {"S3 Glacier Deep Archive"}}),
    ("ID/access token validity 1 h", {("Cognito", 1): {"ID token", "access token"}}),
    ("nlbs and gp3 volumes", {("ELB", 0): {"NLB"}, ("EBS", 0): {"gp3"}}),
])
def test_the_variants_a_text_names(text, expected):
    assert variants.named(text) == expected


def test_a_figure_written_for_rest_does_not_answer_an_http_api_question(tmp_path):
    conn = notes_conn(tmp_path, APIGW, "apigw.md")
    assert not any("29" in v for v in lookup_values(conn, "http api integration timeout"))
    assert "29" in first_value(conn, "rest api integration timeout")


def test_snowball_capacity_does_not_answer_for_snowcone(tmp_path):
    conn = notes_conn(tmp_path, SNOW, "snow.md")
    assert lookup_values(conn, "snowcone storage capacity") == []
    assert first_value(conn, "snowball edge storage capacity") == "80 TB"


def test_a_mode_mentioned_beside_the_plain_figures_is_not_answered_by_them(tmp_path):
    conn = notes_conn(tmp_path, FIFO, "sqs.md")
    assert lookup_values(conn, "sqs fifo high throughput mode max throughput") == []
    said = " ".join(lookup_values(conn, "sqs fifo throughput with batching")).replace(",", "")
    assert "3000" in said


PLACEMENT = """\
# EC2

## Placement groups (cluster = one AZ, low latency)

- spread = max 7 running instances per AZ per group; partition = up to 7 per AZ, 100s of instances
"""

GP3 = """\
# EBS

- gp3 gives a baseline of 3,000 IOPS and 125 MB/s regardless of size
"""


def test_a_statement_whose_figures_are_other_variants_does_not_answer(tmp_path):
    conn = notes_conn(tmp_path, PLACEMENT, "ec2.md")
    assert lookup_values(conn, "cluster placement group max instances") == []
    assert "7" in first_value(conn, "spread placement group max instances")


def test_a_baseline_is_no_maximum(tmp_path):
    conn = notes_conn(tmp_path, GP3, "ebs.md")
    assert not any(v.startswith("125") for v in lookup_values(conn, "gp3 max throughput"))
    assert "125" in first_value(conn, "gp3 baseline throughput")


SAVINGS = """\
# EC2 pricing

- Savings Plans: Compute Savings Plan up to 66% off, EC2 Instance Savings Plan up to 72% off
"""


def test_one_savings_plans_discount_does_not_answer_for_another(tmp_path):
    conn = notes_conn(tmp_path, SAVINGS, "ec2.md")
    assert lookup_values(conn, "sagemaker savings plan max discount") == []
    assert "66%" in first_value(conn, "compute savings plan max discount")


SUPPORT = """\
# Support plans

- Developer: from $29/month (or 3% of monthly usage)
- Business: from $100/month, production system down < 1 hour
- Enterprise: business/mission-critical system down < 15 minutes
"""


def test_one_support_plans_figure_does_not_answer_for_another(tmp_path):
    # the plans' lines are filed under whatever service the notes put them: the family
    # is read under any; "business/mission-critical" names no Business plan
    conn = notes_conn(tmp_path, SUPPORT, "support.md")
    assert lookup_values(conn, "business support percentage of monthly usage") == []
    assert "15" in first_value(conn, "enterprise support business critical response time")
