"""After an ingest the card sync (card_types_for's leak check) and the unasked cards (each
card's question) both build a card's stem: the condition words it reads off the
note line are worked out once per fact (issue 12, speed), and the reference's typical entries
are looked up without a path built per card. The same stems and answers either way, and a
stem that reads the AWS reference follows $STUDYCLI_REFERENCE (the stem itself is not kept)."""

from __future__ import annotations

import shutil

from studycli.extract import parse_note
from studycli.questions import build, stems
from studycli.questions.typical import typical_entry
from tests.helpers import REPO

NOTE = ("## S3\n- presigned URL default expiry 3600 s via CLI\n"
        "## ElastiCache\n- Redis cluster mode enabled: up to 500 shards\n")


def _facts():
    facts = [f for f in parse_note(NOTE, "n.md").facts if f.number is not None]
    assert len(facts) >= 2, facts
    return facts


def test_a_fact_s_condition_is_worked_out_once():
    stems.note_condition.cache_clear()
    facts = _facts()
    first = [build._stem(f, "recall") for f in facts]
    misses = stems.note_condition.cache_info().misses
    again = [build._stem(f, "recall") for f in facts]
    assert again == first
    assert stems.note_condition.cache_info().misses == misses  # nothing read again
    # the condition words are still the note's ("with the AWS CLI", the mode)
    said = " ".join(first)
    assert "with the AWS CLI" in said and "cluster mode" in said


def test_a_range_stem_follows_the_reference_folder(tmp_path, monkeypatch):
    # A range the AWS reference does not vouch for as a bound is asked as typical: with no
    # reference entries, Lambda's memory range is "the typical memory", with the shipped ones
    # "the allowed range". A stem kept from before the change of folder asked the old question
    # (review of speed44, finding 2: _stem was cached). Test fails without.
    monkeypatch.delenv("STUDYCLI_REFERENCE", raising=False)
    fact = next(f for f in parse_note("## Lambda\n- lambda mem ~128MB-10GB\n", "n.md").facts
                if f.low is not None)
    assert "allowed range" in build._stem(fact, "range")
    monkeypatch.setenv("STUDYCLI_REFERENCE", str(tmp_path))
    assert "typical memory" in build._stem(fact, "range")
    monkeypatch.delenv("STUDYCLI_REFERENCE")
    assert "allowed range" in build._stem(fact, "range")


def test_typical_entries_follow_the_reference_folder(tmp_path, monkeypatch):
    # A regression guard (it passes on main too): the folder typical.py keeps must follow
    # $STUDYCLI_REFERENCE as reference_dir() did.
    folder = tmp_path / "reference"
    shutil.copytree(REPO / "data" / "reference", folder)
    (folder / "zz_typical.toml").write_text(
        '[[entry]]\nid = "sqs.test.typical"\nservice = "SQS"\ntypical = true\n',
        encoding="utf-8")
    assert not typical_entry("sqs.test.typical")
    monkeypatch.setenv("STUDYCLI_REFERENCE", str(folder))
    assert typical_entry("sqs.test.typical")
    assert typical_entry("s3.glacier.bulk-retrieval")
    monkeypatch.delenv("STUDYCLI_REFERENCE")
    assert not typical_entry("sqs.test.typical")
    assert typical_entry("s3.glacier.bulk-retrieval")
