"""check26b: a reference entry judges a note's figure only when it is about the same measure.

A new user's "gp3: baseline 3,000 IOPS / 125 MB/s, up to 16,000 IOPS and 1,000 MB/s" had its
right 125 MB/s baseline throughput told "outdated: now 80,000 IOPS" by lookup (the old 16,000
IOPS maximum's claim entry, whose patterns match the line), while `check` did not list it. A
throughput is never judged by an IOPS entry, nor a baseline by a maximum. And two right lines
the parser files under S3 measures they do not give ("objects < 128 KB never moved to IA tier",
KMS's "5,500 / 10,000 / 50,000 rps") were told "the AWS docs give other values for this
measure (50 TB ...)": their doubt is now the filing's, naming no AWS value."""

from __future__ import annotations

import json

import pytest

from studycli.reference.assess import assess
from studycli.reference.loader import load_reference

from .helpers import run_here

NOTE = """# Storage

## S3
- object storage, flat namespace, "folders" are just prefixes

### Storage classes
- Intelligent-Tiering: no retrieval fees, small monitoring fee per object
- objects < 128 KB never moved to IA tier in INT

### Encryption
- SSE-KMS -> KMS request quotas can throttle!! (5,500 / 10,000 / 50,000 rps depending on region)

## EBS
- gp3: baseline 3,000 IOPS / 125 MB/s, up to 16,000 IOPS and 1,000 MB/s
"""

GP3 = "- gp3: baseline 3,000 IOPS / 125 MB/s, up to 16,000 IOPS and 1,000 MB/s"
TIERING = "- objects < 128 KB never moved to IA tier in INT"
KMS = ("- SSE-KMS -> KMS request quotas can throttle!! (5,500 / 10,000 / 50,000 rps depending on "
       "region)")


def _line(text: str) -> int:
    return NOTE.splitlines().index(text) + 1


@pytest.fixture(scope="module")
def notes_db(tmp_path_factory):
    root = tmp_path_factory.mktemp("c26b")
    notes = root / "notes"
    notes.mkdir()
    (notes / "storage.md").write_text(NOTE, encoding="utf-8")
    db = root / "c.db"
    done = run_here("ingest", str(notes), "--json", db=db)
    assert done.returncode == 0, done.stderr
    checked = run_here("check", str(notes), "--json", db=db)
    assert checked.returncode == 1, checked.stderr
    return notes, db, json.loads(checked.stdout)


def _lookup(db, query: str) -> list[dict]:
    done = run_here("lookup", query, "--json", "--limit", "10", db=db)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_a_baseline_throughput_is_not_judged_by_the_iops_maximum(notes_db):
    _, db, found = notes_db
    hits = _lookup(db, "gp3 baseline throughput")
    top = hits[0]
    assert (top["value"], top["line"]) == ("125 MB/s", _line(GP3))
    currency = top["markers"]["currency"]
    assert currency is None or currency["status"] not in ("outdated", "wrong"), currency
    # the line's stale claim is still told, and named as the IOPS maximum it is about
    on_line = top["markers"]["line_currency"]
    assert on_line is not None and "16,000 IOPS" in json.dumps(on_line), on_line
    assert "125 MB/s" not in json.dumps(on_line)
    # check flags the line by its two stale maxima, never by the 125 MB/s or the 3,000 IOPS
    told = {(x["attribute"], x["note_value"]) for x in found if x["line"] == _line(GP3)}
    assert {v for _, v in told} == {"16,000 IOPS", "1000 MB/s"}, told


def test_lookup_and_check_agree_on_every_figure_of_the_line(notes_db):
    _, db, found = notes_db
    told = {x["note_value"] for x in found if x["line"] == _line(GP3)}
    for query in ("gp3 baseline throughput", "gp3 max iops", "gp3 baseline iops",
                  "gp3 max throughput"):
        for hit in _lookup(db, query):
            if hit["line"] != _line(GP3) or hit["number"] is None:
                continue  # (the line's statement fact carries the line's finding)
            currency = hit["markers"]["currency"] or {}
            stale = currency.get("status") in ("outdated", "wrong")
            assert stale == (hit["value"] in told), (query, hit["value"], currency)


def _doubt_of(db, query: str, line: int) -> dict:
    """The currency marker lookup gives the first numeric hit of `query` on note line `line`."""
    hits = [h for h in _lookup(db, query) if h["line"] == line and h["number"]]
    assert hits
    currency = hits[0]["markers"]["currency"]
    assert currency is not None
    return currency


def test_a_right_line_its_line_says_is_of_another_service_is_filed_not_called_wrong(notes_db):
    _, db, found = notes_db
    assert _line(KMS) not in {x["line"] for x in found}
    currency = _doubt_of(db, "kms request quotas", _line(KMS))
    assert currency["suspect"].startswith("filed as S3 request rate,"), currency
    # no AWS value of the measure it was filed under is shown as if the note got it wrong
    assert not currency["current_value"] and not currency["reference_id"], currency
    assert "other values" not in currency["suspect"]
    out = run_here("lookup", "kms request quotas", db=db, env={"COLUMNS": "200"}).stdout
    assert "other values for this measure" not in out and "not quizzed" in out, out


def test_a_number_far_from_every_aws_value_is_doubted_not_called_wrong(notes_db, tmp_path):
    # "objects < 128 KB never moved to IA tier in INT" filed as S3's object size: not called
    # wrong ("other values"), never quizzed; AWS's value is still given, because a number ten
    # times off is as often a slip of a digit ("long polling max 200 s" for 20 s), and that
    # student needs the right value
    _, db, found = notes_db
    assert _line(TIERING) not in {x["line"] for x in found}
    currency = _doubt_of(db, "s3 object size", _line(TIERING))
    assert "other values" not in currency["suspect"], currency
    assert currency["suspect"].endswith("it may be of something else (not quizzed)"), currency
    assert "50 TB" in currency["current_value"] and currency["url"], currency
    notes = tmp_path / "slip"
    notes.mkdir()
    (notes / "n.md").write_text("## SQS\n- long polling wait time max 200 seconds\n",
                                encoding="utf-8")
    slip = tmp_path / "slip.db"
    assert run_here("ingest", str(notes), db=slip).returncode == 0
    out = run_here("lookup", "sqs long polling max wait", db=slip, env={"COLUMNS": "200"}).stdout
    assert "200 s" in out and "the AWS docs give 20 s" in out and "not quizzed" in out, out


def test_a_claim_still_judges_a_figure_of_its_own_measure():
    reference = load_reference()
    line = "- gp3: up to 16,000 IOPS"
    base = {"service": "EBS", "subject": "gp3", "kind": "limit", "snippet": line}
    old_max = assess({**base, "attribute": "IOPS", "qualifier": "max", "value": "16,000 IOPS",
                      "number": 16000.0, "unit": "per_s"}, reference)
    assert old_max is not None and old_max.status == "outdated"
    # the same number filed as a baseline, or in another dimension, is not the maximum's
    for other in ({"attribute": "IOPS (baseline)", "qualifier": "", "unit": "per_s"},
                  {"attribute": "IOPS", "qualifier": "min", "unit": "per_s"},
                  {"attribute": "throughput (baseline)", "qualifier": "", "unit": "B/s"}):
        found = assess({**base, "value": "16,000", "number": 16000.0, **other}, reference)
        assert found is None or found.status not in ("outdated", "wrong"), (other, found)
