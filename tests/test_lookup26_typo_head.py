"""A word the notes lack is repaired to a word of theirs only when the two are near as whole
words: an indexed stem's head one letter off ("durab" of "durability", "durat" of "duration")
made "s3 durability" answer a storage class's 30-day minimum storage duration (a new user)."""

from __future__ import annotations

import json

from tests.helpers import json_out, run_here

NOTE = """## S3
### Storage classes
| class | AZs | min storage duration | retrieval |
|---|---|---|---|
| Standard-IA | >=3 | 30 days | ms |
| Glacier Flexible | >=3 | 90 days | mins to 12 h |
- lifecycle retention on the bucket: 4 days for logs
"""


def _db(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "storage.md").write_text(NOTE, encoding="utf-8")
    db = tmp_path / "s.db"
    assert run_here("ingest", str(notes), db=db).returncode == 0
    return db


def test_an_aws_word_the_notes_lack_is_no_typo_of_a_word_they_have(tmp_path):
    db = _db(tmp_path)
    proc = run_here("lookup", "s3 durability", "--json", db=db)
    assert proc.returncode == 1 and json.loads(proc.stdout) == [], proc.stdout


def test_a_real_slip_is_still_repaired(tmp_path):
    db = _db(tmp_path)
    hits = json_out(run_here("lookup", "s3 standard-ia min storage durtion", "--json", db=db))
    assert hits and hits[0]["value"] == "30 days", hits
