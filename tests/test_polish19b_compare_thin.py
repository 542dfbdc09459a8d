"""A thin compare table's note: it counted one-sided bullets as "a value for both", and named
a search that found no line naming both (search then shows lines naming either)."""

from __future__ import annotations

from studycli import compare as lib
from tests.helpers import compare_said, ingested_folder


def _db(tmp_path, notes: str):
    from studycli.store.db import connect

    return connect(ingested_folder(tmp_path, {"m.md": notes}))


def test_one_sided_bullets_are_no_value_for_both(tmp_path):
    db = _db(tmp_path, "## SQS vs SNS\n\n- SQS: consumers poll\n")
    said = compare_said(lib.compare(db, "sqs", "sns"))
    assert "Stated for SQS only" in said
    assert "no aspect has a value for both" in said and "only this aspect" not in said


def test_the_search_named_finds_a_line_naming_both_with_short_words(tmp_path):
    db = _db(tmp_path, "# SQS\n\n- Max message size is 256 KB\n- Retention up to 14 days\n\n"
                       "# Kinesis Data Streams\n\n- Max record size is 1 MB\n"
                       "- Retention up to 365 days\n- Kinesis keeps order per shard, SQS "
                       "standard does not\n\n# SNS\n\n- Max message size is 256 KB\n")
    assert lib.compare(db, "sqs", "kinesis").search == "SQS Kinesis"
    assert "`studycli search SQS Kinesis` finds" in compare_said(lib.compare(db, "sqs", "kinesis"))
    assert lib.compare(db, "sqs", "sns").search == ""  # no line names both


def test_one_sided_bullets_of_a_vs_section_pair_into_a_row(tmp_path):
    # each side's size is a bullet of "## SQS vs Kinesis": shown "Stated for SQS only", with
    # no row, though the two are the aspect to compare; a minimum never pairs with a maximum
    db = _db(tmp_path, "## SQS vs Kinesis\n\n- SQS max message size 256 KB\n"
                       "- Kinesis max record size 1 MB\n- SQS min message size 1 byte\n"
                       "- Kinesis retention up to 365 days\n")
    table = lib.compare(db, "sqs", "kinesis")
    rows = {r.aspect: (r.left.value, r.right.value) for r in table.rows if r.origin == "fact"}
    assert rows == {"max message size / max record size": ("256 KB", "1 MB")}
    one_sided = {r.left.value or r.right.value for r in table.rows if r.origin == "comparison"}
    assert one_sided == {"SQS min message size 1 byte", "Kinesis retention up to 365 days"}


def test_no_search_is_named_when_one_name_holds_the_other(tmp_path):
    # "S3" vs "S3 Glacier" named `studycli search S3 S3`, which reads as a typo and finds
    # every S3 line; no words tell the two apart, so no search is suggested
    db = _db(tmp_path, "# S3\n\n- S3 availability 99.99%\n- S3 durability 11 nines\n\n"
                       "# S3 Glacier\n\n- Glacier availability 99.99%\n"
                       "- S3 Glacier minimum storage 90 days\n")
    table = lib.compare(db, "s3", "s3 glacier")
    assert table.search == ""
    assert "studycli search" not in compare_said(table)


def test_a_value_said_of_both_keeps_its_aspect(tmp_path):
    # a table row whose two cells are the same value was listed as a bare "KMS" (or "≥3"),
    # which says nothing without its row's aspect
    db = _db(tmp_path, "| | SQS | SNS |\n|---|---|---|\n| Encryption | KMS | KMS |\n"
                       "| Delivery | pull | push |\n")
    said = compare_said(lib.compare(db, "sqs", "sns"))
    assert "Said of both: • Encryption: KMS m.md:3" in said


def test_a_short_mistyped_name_is_offered_the_names_one_typo_away():
    # "compare sqs sms" said "unknown service or subject 'sms'" and nothing else: a ratio
    # scores one letter wrong of three at 67%, below what it offers
    assert "SNS" in lib.suggestions("sms") and "S3" in lib.suggestions("s4")
    assert lib.suggestions("zzzz") == []
