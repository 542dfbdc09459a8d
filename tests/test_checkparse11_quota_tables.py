"""A table whose cells mark rows "soft"/"hard" copies a Service Quotas page: its "Default"
column is the quota an account starts with, a limit, not a setting's default. A first column
headed "Resource" or "Quota name" alone is not enough. A row that gives
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
def test_a_first_column_header_alone_leaves_defaults_defaults(header):
    """A code review's case: a student's "| Quota name | Default |" table of settings read
    every default as a limit ("Function timeout | 3 seconds" became Lambda's timeout, 3 s).
    Only a cell that calls its row a soft or hard limit makes the Default column a quota."""
    text = (f"## AWS Lambda\n\n| {header} | Default | Notes |\n|---|---|---|\n"
            "| Function timeout | 3 seconds | |\n"
            "| Memory | 128 MB | |\n")
    got = quantities(text)
    assert (5, str(Kind.DEFAULT), "default", "3 s") in got
    assert (6, str(Kind.DEFAULT), "default", "128 MB") in got
    assert not any(kind == str(Kind.LIMIT) for _, kind, _, _ in got)


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
