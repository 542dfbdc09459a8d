"""Lookups the notes answer in other words than the query's (session 35, vocab35): an AWS
Support case severity for "support ... response" (lookup/case_severity.py)."""

from __future__ import annotations

from studycli.lookup.case_severity import names_case_severity

from .helpers import ingest_text, lookup_top

SUPPORT = (
    "# support plans\n"
    "## enterprise\n"
    "- business critical down: < 15 minutes\n"
    "- TAM included, concierge team\n")


def test_a_case_severity_says_support_and_response(tmp_path):
    _, db, _ = ingest_text(tmp_path, SUPPORT, columns="200")
    code, values = lookup_top(db, "enterprise support critical response")
    assert code == 0 and "15 minutes" in values[0], values


def test_a_line_naming_no_severity_answers_no_response_time(tmp_path):
    notes = "# support plans\n## enterprise\n- critical data kept 15 minutes in the cache\n"
    _, db, _ = ingest_text(tmp_path, notes, columns="200")
    assert lookup_top(db, "enterprise support critical response")[0] == 1


def test_severities_as_notes_shorten_them():
    for text in ("Business-critical system down < 15 min", "biz/mission critical down",
                 "prod down: 1 h", "Production system impaired < 4 h",
                 "Dev (sys impaired <24 biz h)", "general guidance < 24 business hours"):
        assert names_case_severity(text), text
    for text in ("critical data", "scale down at night", "impaired instance status check"):
        assert not names_case_severity(text), text
