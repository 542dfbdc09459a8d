"""Quotas copied from the Service Quotas console ("Quota name | Applied account-level quota
value | AWS default quota value | Adjustability") are read as AWS's quotas: the default column
is the quota (a limit), the account's applied value is not read as a second, clashing one."""

from __future__ import annotations

from studycli.extract.comparisons import qualifier_column
from studycli.extract.pipeline import parse_note

CONSOLE = ("AWS Lambda quotas\n\n"
           "Quota name\tApplied account-level quota value\tAWS default quota value\tAdjustability\n"
           "Concurrent executions\t3,000\t1,000\tAccount level\n\n"
           "Amazon VPC quotas\n\n"
           "Quota name\tApplied account-level quota value\tAWS default quota value\tAdjustability\n"
           "Subnets per VPC\tNot available\t200\tAccount level\n")


def test_console_headers_are_qualifier_columns():
    assert qualifier_column("AWS default quota value") == "default"
    assert qualifier_column("Applied account-level quota value") == ""
    # words that only look like the console's name no qualifier
    assert qualifier_column("Quota name") is None
    assert qualifier_column("Service") is None


def test_the_default_column_is_the_quota_and_the_applied_value_is_left_out():
    facts = parse_note(CONSOLE, "quotas.txt").facts
    values = {(f.service, f.value, f.kind.value) for f in facts if f.number is not None}
    assert ("Lambda", "1000 Concurrent executions", "limit") in values
    assert not any("3000" in v or "3,000" in v for _, v, _ in values)  # the account's own
    assert any(s == "VPC" and v.startswith("200") and k == "limit" for s, v, k in values)


def test_a_students_current_column_beside_a_default_column_is_kept():
    text = ("## SQS settings\n\n| Setting | Default | Current value |\n|---|---|---|\n"
            "| Visibility timeout | 30 seconds | 12 hours |\n")
    values = {f.value for f in parse_note(text, "sqs.md").facts if f.number is not None}
    assert any(v.startswith("12 h") for v in values), values
