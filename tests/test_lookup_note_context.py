"""When no fact answers on its own words, the question above its line or its table's header
speaks for it (lookup/context.py): a practice journal answers on the line after the
question, a table row is read by its header."""

from __future__ import annotations

import pytest

from studycli.lookup import lookup
from studycli.lookup.context import context_of
from tests.helpers import note_conn

NOTE = """# Practice exam mistakes

**Q22.** GetSessionToken duration (IAM user, MFA)?
✓ 15 minutes to 36 hours, default 12 hours.

## Messaging

| Setting | SQS Standard | SQS FIFO |
|---|---|---|
| Max message size | 256 KB | 256 KB |
| In-flight messages | 120,000 | 20,000 |
"""


@pytest.fixture(scope="module")
def conn(tmp_path_factory):
    yield from note_conn(tmp_path_factory.mktemp("context"), NOTE, "journal.md")


def test_context_is_the_question_above_and_the_table_header():
    lines = {3: "**Q22.** GetSessionToken duration (IAM user, MFA)?",
             4: "✓ 15 minutes to 36 hours, default 12 hours.", 8: "| Setting | SQS FIFO |",
             9: "|---|---|", 10: "| Max message size | 256 KB |", 11: "| In-flight | 20,000 |"}
    assert context_of(lines, 4) == lines[3]
    assert context_of(lines, 11) == lines[8]
    assert context_of(lines, 3) == ""  # the question has nothing above it


def test_the_question_above_answers_for_its_line(conn):
    hits = lookup(conn, "GetSessionToken max duration").hits
    assert hits and hits[0]["value"] == "36 h" and hits[0]["line"] == 4


def test_the_table_header_answers_for_its_row(conn):
    hits = lookup(conn, "fifo in-flight limit").hits
    assert hits and "20,000" in hits[0]["value"]
