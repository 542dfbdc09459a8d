"""Several status codes on one line, separated by commas, each own their text, also one written
with no "=" between the others' ("429 = throttling, 502 bad gateway (...), 504 = integration
timeout"): a new user's 429 read "Throttling, 502 bad gateway (lambda proxy bad response)",
502 had no fact, and "api gw 502" answered with the 429 line."""

from __future__ import annotations

import json

from .helpers import ingest_text, run_here

NOTES = """# API Gateway
- 429 = throttling, 502 bad gateway (lambda proxy bad response), 504 = integration timeout
- 400 = bad request, 500 requests per second is the soft limit, 503 = unavailable
"""


def _codes(db) -> dict[str, str]:
    facts = json.loads(run_here("facts", "--json", db=db).stdout)
    return {f["attribute"]: f["value"] for f in facts if f["kind"] == "error_code"}


def test_each_listed_code_owns_its_meaning(tmp_path):
    _, db, _ = ingest_text(tmp_path, NOTES)
    codes = _codes(db)
    assert codes["429"] == "Throttling"
    assert codes["502"] == "Bad gateway (lambda proxy bad response)"
    assert codes["504"] == "Integration timeout"
    # a number that is no status code's own ("500 requests per second") stays in the text
    assert "500" not in codes
    shown = run_here("lookup", "api gw 502", "--limit", "1", db=db).stdout
    assert shown.startswith("502: Bad gateway")


def test_only_an_error_code_is_split_off(tmp_path):
    _, db, _ = ingest_text(tmp_path, "# Lambda\n"
                           "- 429 = throttled, 200 concurrent ok, 504 = timeout\n"
                           "- 413 = payload too large, 502 means bad gateway, 503 = unavailable\n")
    lambdas = _codes(db)
    assert "200" not in lambdas  # "200 concurrent ok" counts, it is no code's meaning
    assert lambdas["413"] == "Payload too large"
    assert "502" in lambdas and "bad gateway" in lambdas["502"].lower()
