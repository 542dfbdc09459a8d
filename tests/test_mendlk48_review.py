"""Review of mendlk48 (session 48): a label's unit read after "per" (H1), a card question's
hyphenated "read-heavy" taken for the side its answer's measure is (H2), a label that is only
its unit or a calendar year read as a figure (M1), a rate read as a count (M2). Notes written
for the review."""

from __future__ import annotations

import json

from studycli.extract import parse_note
from studycli.model import Kind
from tests.helpers import ingest_text, run_here, shipped_reference


def _limits(text: str, name: str = "n.md") -> set[tuple[str, str]]:
    return {(f.attribute, f.value) for f in parse_note(text, name).facts
            if f.kind is not Kind.FACT}


def test_a_unit_after_per_is_a_rate_not_a_figure_in_it():
    limits = _limits("## SQS\n\n- FIFO throughput per second: 300\n- Burst scaling per minute: "
                     "500\n- Cost per hour: 1\n- S3 PUT per prefix per second: 3,500\n")
    assert not any(v.endswith((" s", " min", " h")) for _, v in limits), limits
    # the unit of a label of its own is still read
    limits = _limits("## SQS\n\n- Long polling max wait seconds: 20\n")
    assert any(v == "20 s" for _, v in limits), limits


def test_a_label_that_is_only_its_unit_or_a_year_names_no_figure():
    limits = _limits("## EBS\n\n- gp2 max IOPS: 16,000\n- Week: 2\n- Exam year: 2025\n"
                     "- Retention years: 7\n")
    values = {v for _, v in limits}
    assert "16,000 IOPS" in values and "7 years" in values, limits
    assert "2 weeks" not in values and "2025 years" not in values, limits


def test_things_per_a_span_of_time_are_no_count_of_them():
    limits = _limits("## Kinesis Data Streams\n\n- Kinesis shard records per second: 1,000\n"
                     "- Invocations per minute: 600\n- IAM users per account: 5000\n")
    values = {v for _, v in limits}
    assert not any("records" in v or "Invocations" in v for v in values), limits
    assert "5000 users" in values, limits  # a count per a scope still counts


def test_a_tab_decks_rate_card_is_answered_as_written(tmp_path):
    deck = ("SQS FIFO throughput per second\t300\nKinesis shard records per second\t1,000\n"
            "EBS gp3 max IOPS\t16,000\n")
    _, db, _ = ingest_text(tmp_path, deck, name="deck.txt")
    for query, want in (("sqs fifo throughput", "300"), ("kinesis shard records", "1,000")):
        out = run_here("lookup", query, "--json", db=db, env=shipped_reference(200))
        first = json.loads(out.stdout)[0]
        assert first["kind"] == "fact" and first["value"].endswith(want), (query, first)


CARDS = """## EBS

Q: io2 volume for read-heavy databases: limits?
A: up to 64,000 IOPS and 1,000 MiB/s per volume

Q: st1 good for write-once logs? max throughput
A: 500 MiB/s per volume

## Kinesis Data Streams

Q: KDS shard write capacity
A: 1 MB/s or 1,000 records/s per shard
"""


def test_a_hyphenated_read_or_write_asks_no_side(tmp_path):
    by = {(f.subject, f.attribute.split(" (")[0]) for f in parse_note(CARDS, "cards.txt").facts
          if f.kind is not Kind.FACT}
    assert ("io2", "throughput") in by and ("st1", "throughput") in by, by
    assert ("shard", "write throughput") in by, by  # a side said on its own still is
    _, db, _ = ingest_text(tmp_path, CARDS, name="cards.txt")
    out = run_here("lookup", "io2 max throughput", "--json", db=db, env=shipped_reference(200))
    first = json.loads(out.stdout)[0]
    # io2's 1,000 MiB/s keeps the reference's mark (now 4,000 MiB/s)
    assert (first["markers"]["currency"] or {}).get("status") in ("wrong", "outdated"), first
