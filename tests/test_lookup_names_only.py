"""A lookup that names one service and asks nothing of it is answered by no fact: a new user's
"cloudfront" was answered "synchronous" (a Lambda@Edge invocation mode) and "what is sqs"
"Billed on requests". The text says what to ask instead, not "Not in your notes"."""

from __future__ import annotations

import json

from tests.helpers import note_db, run_here

NOTES = """# SQS

- billed on requests
- retention default 4 days, max 14 days
- visibility timeout default 30 s
"""


def test_a_bare_service_name_is_no_question(tmp_path):
    db = note_db(tmp_path, NOTES)
    for query in ("sqs", "what is sqs", "amazon sqs"):
        result = run_here("lookup", query, "--json", db=db)
        assert result.returncode == 1 and json.loads(result.stdout) == [], (query, result.stdout)
        text = run_here("lookup", query, db=db).stdout
        assert "asks nothing of it" in text and "studycli facts --service sqs" in text, text
        assert "Not in your notes" not in text


def test_a_measure_of_it_is_still_answered(tmp_path):
    db = note_db(tmp_path, NOTES)
    hits = json.loads(run_here("lookup", "sqs max retention", "--json", db=db).stdout)
    assert hits and "14 days" in hits[0]["value"], hits


def test_the_command_it_suggests_can_be_pasted(tmp_path):
    db = note_db(tmp_path, "# API Gateway\n\n- integration timeout 29 s\n- payload 10 MB\n")
    text = run_here("lookup", "api gateway", db=db).stdout
    assert '`studycli facts --service "api gateway"`' in " ".join(text.split()), text
