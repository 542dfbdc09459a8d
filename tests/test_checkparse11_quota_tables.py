"""A table that says its rows are quotas ("| Resource | Default | Notes |", "| Quota name |
Default |", or a cell marking a row "soft"/"hard") copies a Service Quotas page: its "Default"
column is the quota an account starts with, a limit, not a setting's default. A row that gives
a further bound ("up to 7 days", "scales to 100 Gbps", "1 - 128 MB") keeps its default, and a
table of settings ("| Setting | Default | Range |") is read as before."""

from __future__ import annotations

import pytest

from studycli.extract import parse_note
from studycli.model import Kind


def quantities(text: str) -> set[tuple[int, str, str, str]]:
    return {(f.line, str(f.kind), f.qualifier, f.value)
            for f in parse_note(text, "quotas.md").facts if f.kind is not Kind.FACT}


@pytest.mark.parametrize("header", ["Resource", "Quota name", "**Limits**"])
def test_a_default_column_of_quotas_is_a_limit(header):
    text = (f"## Amazon SNS\n\n| {header} | Default | Notes |\n|---|---|---|\n"
            "| Topics per account | 100,000 | can be raised |\n"
            "| Message size | 256 KB | |\n")
    got = quantities(text)
    assert (5, str(Kind.LIMIT), "", "100,000 topics") in got
    assert (6, str(Kind.LIMIT), "", "256 KB") in got
    assert not any(kind == str(Kind.DEFAULT) for _, kind, _, _ in got)


def test_a_soft_or_hard_cell_marks_a_quota_table():
    text = ("## ECS\n\n<table>\n<tr><th>What</th><th>Default</th><th>Kind</th></tr>\n"
            "<tr><td>Container instances per cluster</td><td>5,000</td><td>soft</td></tr>\n"
            "<tr><td>Containers per task definition</td><td>10</td><td>hard</td></tr>\n"
            "</table>\n")
    got = quantities(text)
    assert {kind for _, kind, _, _ in got} == {str(Kind.LIMIT)}
    assert {line for line, _, _, _ in got} == {5, 6}


def test_a_row_with_a_further_bound_keeps_its_default():
    text = ("## Kinesis Data Streams\n\n| Resource | Default | Notes |\n|---|---|---|\n"
            "| Data retention | 24 hours | up to 365 days with long-term retention |\n"
            "| Shards per stream | 500 | soft |\n")
    got = quantities(text)
    assert (5, str(Kind.DEFAULT), "default", "24 h") in got
    assert (6, str(Kind.LIMIT), "", "500 shards") in got


def test_a_table_of_settings_keeps_its_defaults():
    text = ("## Data Firehose\n\n| Setting | Default | Range |\n|---|---|---|\n"
            "| Buffer interval | 300 seconds | 60 - 900 seconds |\n"
            "| Delivery streams per region | 5,000 | soft |\n")
    got = quantities(text)
    assert (5, str(Kind.DEFAULT), "default", "300 s") in got
