"""A new user's lookup, comparison-table and flashcard findings (tester48, session 48):
a retention's kept thing left unsaid (M1), a comparison table's "Max IOPS" column (M2), a
card's question side carried to its answer's measure (H4), a figure's own stale mark under
the headline (H5), card marks kept out of attributes and answers (L3), one marker printed
once (L4), and a page's address kept under its marker in piped output (L8). Notes written
for the test."""

from __future__ import annotations

import json

from studycli.extract import parse_note
from studycli.model import Kind
from tests.helpers import ingest_text, lookup_top, run_here, shipped_reference

SQS = "## SQS\n- retention: default 4 days, max 14 days\n"


def test_the_thing_a_retention_keeps_need_not_be_said(tmp_path):
    _, db, _ = ingest_text(tmp_path, SQS)
    for query, want in (("sqs message retention default", "4 days"),
                        ("what is the default message retention in sqs", "4 days"),
                        ("sqs msg retention default", "4 days"),
                        ("sqs message retention max", "14 days"),
                        ("max sqs msg retention", "14 days")):
        code, values = lookup_top(db, query)
        assert code == 0 and values[0] == want, (query, values)


def test_a_retention_of_another_kept_thing_still_leaves_the_word_unsaid(tmp_path):
    # the events' retention is no message retention, however SQS files it
    _, db, _ = ingest_text(tmp_path, "## SQS\n- DLQ: events retention max 14 days\n")
    code, values = lookup_top(db, "sqs message retention max")
    assert code == 1 and not values, values


def test_what_a_retention_keeps_is_the_services_own_kept_thing(tmp_path):
    """The kept thing is the service's own: "pitr" (point in time) is no DynamoDB Streams
    record, a metric no log group's log (the merged sweep answered both with the other's
    retention)."""
    _, db, _ = ingest_text(tmp_path, "## DynamoDB\n### DynamoDB Streams\n"
                           "- retention: 24 hours\n\n## CloudWatch Logs\n"
                           "- retention: 1 day to 10 years\n")
    for query in ("dynamodb pitr retention", "cloudwatch metric retention"):
        code, values = lookup_top(db, query)
        assert code == 1 and not values, (query, values)
    code, values = lookup_top(db, "cloudwatch log retention")
    assert code == 0, values


TABLE = """## EBS volume types

| Type | Kind | Max IOPS | Max throughput | Boot? | Notes |
|------|------|----------|----------------|-------|-------|
| gp3 | SSD | 16,000 | 1,000 MiB/s | yes | baseline 3,000 IOPS + 125 MiB/s free, size 1 GiB-16 TiB |
| gp2 | SSD | 10,000 | 250 MiB/s | yes | 3 IOPS per GiB, burst to 3,000 |
| io1 | SSD | 64,000 | 1,000 MiB/s | yes | 50 IOPS per GiB max, Multi-Attach |
"""


def test_a_comparison_tables_max_column_answers_when_the_rows_clause_does_not(tmp_path):
    _, db, _ = ingest_text(tmp_path, TABLE)
    for query in ("gp3 max iops", "max iops gp3", "gp3 maximum iops"):
        code, values = lookup_top(db, query)
        assert code == 0 and "16,000" in values[0], (query, values)


def _hits(db, query: str) -> list[dict]:
    out = run_here("lookup", query, "--json", db=db, env=shipped_reference(200))
    return json.loads(out.stdout)


def test_the_headline_carries_its_own_figures_stale_mark(tmp_path):
    _, db, _ = ingest_text(tmp_path, TABLE)
    first = _hits(db, "gp3 max throughput")[0]
    assert "1,000 MiB/s" in first["value"] or first["value"] == "1000 MiB/s", first
    marks = first["markers"]
    assert (marks["currency"] or {}).get("status") == "outdated", marks
    assert "MiB/s" in marks["currency"]["current_value"], marks  # not the IOPS claim
    assert marks["line_currency"] is None, marks
    first = _hits(db, "gp3 max iops")[0]
    assert (first["markers"]["currency"] or {}).get("reference_id") == "ebs.gp3.iops.max", first


def test_a_line_marker_is_printed_once_in_one_answer(tmp_path):
    _, db, _ = ingest_text(tmp_path, TABLE)
    out = run_here("lookup", "gp3 baseline iops", db=db, env=shipped_reference(100)).stdout
    assert out.count("another claim on this line") <= 1, out


def test_a_page_under_a_marker_keeps_its_indent_in_piped_output():
    from studycli.ui.lookup_plain import Style, _currency

    url = "https://aws.amazon.com/about-aws/whats-new/2024/06/" + "x" * 80
    mark = {"status": "outdated", "current_value": "29 s", "url": url}
    piped = _currency(mark, Style(False), 100, indent=2, fold=False)
    assert piped[-1] == "      " + url, piped  # under its marker, off column 0
    shown = _currency(mark, Style(False), 100, indent=2)  # a terminal: whole, as it fits
    assert shown[-1].strip() == url, shown


CARDS = """Q: KDS shard write capacity
A: 1 MB/s or 1,000 records/s per shard

Q: KDS shard read capacity (shared)
A: 2 MB/s per shard

Q: Lambda max timeout?
A: 15 minutes
"""


def test_a_cards_question_side_names_its_answers_measure():
    facts = parse_note("## Kinesis Data Streams\n\n" + CARDS, "cards.txt").facts
    by = {(f.attribute.split(" (")[0], f.value) for f in facts if f.kind is not Kind.FACT}
    assert ("write throughput", "1 MB/s") in by, by
    assert ("read throughput", "2 MB/s") in by, by


def test_write_throughput_is_answered_with_the_write_side(tmp_path):
    _, db, _ = ingest_text(tmp_path, CARDS, name="cards.txt")
    code, values = lookup_top(db, "kinesis shard write throughput")
    assert code == 0 and values[0] == "1 MB/s", values


def test_card_marks_are_not_shown_in_answers_names_or_suggestions(tmp_path):
    from studycli.ui.lookup_plain import card_unmarked

    assert card_unmarked("A: 5 minutes") == "5 minutes"
    assert card_unmarked("q: memory range?") == "memory range"
    assert card_unmarked("**Q12:** default sampling?") == "default sampling"
    assert card_unmarked("Aurora: 15 replicas") == "Aurora: 15 replicas"  # no card's mark
    cards = ("Q: API GW 504 means?\nA: Integration timeout (backend took longer than 29 s)\n\n"
             "Q: X-Ray default sampling\nA: first request each second + 5% of additional\n")
    _, db, _ = ingest_text(tmp_path, cards, name="cards.txt")
    out = run_here("lookup", "api gw 504 means", db=db, env=shipped_reference(100)).stdout
    assert out.splitlines()[0].startswith("Integration timeout"), out
    assert "  A: Integration timeout" in out, out  # the note line stays as written
    out = run_here("lookup", "x-ray default sampling rate", db=db,
                   env=shipped_reference(100)).stdout
    assert not any(line.startswith(("A:", "q:")) for line in out.splitlines()), out


def test_a_statement_keeps_the_digits_of_its_names():
    facts = parse_note("## EBS\n\nEBS gp3 volumes are SSD backed and cheap\n", "n.md").facts
    assert any("gp3" in f.attribute for f in facts if f.kind is Kind.FACT), facts


def test_a_unit_labelled_bare_figure_is_read_in_that_unit():
    facts = parse_note("## EBS\n\n- gp2 max IOPS: 16,000\n- LSI per table: 5\n", "n.md").facts
    limits = {(f.attribute, f.qualifier, f.value) for f in facts if f.kind is not Kind.FACT}
    assert ("IOPS", "max", "16,000 IOPS") in limits, limits
    assert not any("table" in v for _, _, v in limits), limits


TAB_DECK = ("EBS gp3 max IOPS\t16,000\nDeep Archive min storage\t180 days\n"
            "CloudFront max file size\t30 GB\nIAM users per account\t5,000\n"
            "EFS vs EBS\tEFS multi-AZ NFS, EBS single AZ block\n")


def test_a_tab_cards_front_labels_the_figure_its_back_opens_with(tmp_path):
    _, db, _ = ingest_text(tmp_path, TAB_DECK, name="deck.txt")
    first = _hits(db, "gp3 max iops")[0]
    assert first["kind"] == "limit" and first["value"] == "16,000 IOPS", first
    assert (first["markers"]["currency"] or {}).get("status") == "outdated", first
    code, values = lookup_top(db, "iam users per account")
    assert code == 0 and "5000" in values[0].replace(",", ""), values
