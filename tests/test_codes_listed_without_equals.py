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


def test_a_list_with_no_equals_at_all_splits_too(tmp_path):
    # a final read: with one "=" or none the lead code took every meaning ("429: Throttling,
    # 503 service unavailable, ..." answered "api gateway 503")
    _, db, _ = ingest_text(tmp_path, "# API Gateway\n"
                           "- 429 throttling, 502 bad gateway, 504 integration timeout\n"
                           "- 403 = forbidden, 503 service unavailable, 401 missing token\n")
    codes = _codes(db)
    assert codes["429"] == "Throttling" and codes["502"] == "Bad gateway"
    assert codes["504"] == "Integration timeout" and codes["503"] == "Service unavailable"
    assert codes["403"] == "Forbidden" and codes["401"] == "Missing token"
    shown = run_here("lookup", "api gateway 503", "--limit", "1", db=db).stdout
    assert shown.startswith("503: Service unavailable"), shown
