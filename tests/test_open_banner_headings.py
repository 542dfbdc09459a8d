"""A title after equals signs alone on its line ("== FREE TIER", AsciiDoc's section title) in a
plain-text note is a section heading (reviewers of session 30: in a .txt the line was text, and
the Free Tier allowances under it were read as limits and asked as such)."""

from pathlib import Path

from studycli.ingest import ingest_paths
from studycli.notes.normalize import normalize
from studycli.store.db import connect

NOTE = """SQS and friends

== FREE TIER
Lambda 1M requests per month
DynamoDB 25 GB storage

== LIMITS
SQS max message 256 KB
"""


def test_a_free_tier_banner_in_a_txt_keeps_its_allowances_out_of_the_limits(tmp_path: Path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "cheat.txt").write_text(NOTE, encoding="utf-8")
    db = connect(tmp_path / "s.db")
    ingest_paths(db, [notes])
    limits = {(row[0], row[1]) for row in db.conn.execute(
        "SELECT service, value FROM facts WHERE kind IN ('limit', 'default', 'range')")}
    db.conn.close()
    assert ("SQS", "256 KB") in limits, limits
    assert not any(service in ("Lambda", "DynamoDB") for service, _ in limits), limits


def test_equals_signs_that_are_code_or_an_arrow_are_no_heading():
    text = normalize("intro\n\n== FREE TIER\nx\n\n==> next step\n\n```\n== Lambda\n```\n"
                     "== true;\n").text
    assert "###### FREE TIER" in text
    assert "==> next step" in text and "== Lambda" in text and "== true;" in text
