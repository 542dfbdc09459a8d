"""A glossary's terms at column 0, each with its own list indented under it (session 55,
issue 10): markdown reads "SQS (Simple Queue Service) — pull-based queue" right after the
S3 term's last item as that item's lazy continuation, and the items after it as the same
list's, led by the first term, so SQS's message size and retention were filed under S3
and "sqs max message size" abstained (unseen277). A column-0 line with an indented list
right under it now leads that list (notes/blocks.py, _leads_what_follows)."""

from __future__ import annotations

from studycli.notes.blocks import to_blocks
from studycli.notes.normalize import normalize
from tests.helpers import first_hit_after_ingest, notes_conn

GLOSSARY = (
    "## S\n\n"
    "S3 (Simple Storage Service)\n"
    "  - object max size 50 TB\n"
    "  - default 10,000 buckets per account\n"
    "SNS (Simple Notification Service) — pub/sub push.\n"
    "  - message max 256 KB\n"
    "SQS (Simple Queue Service) — pull-based queue, decouple.\n"
    "  - message max 1 MiB\n"
    "  - retention default 4 days, max 14 days\n"
    "ELB → see ALB, NLB\n"
    "  - deregistration delay default 300 seconds\n"
)


def _rows(conn):
    return {(r[0], r[1]): r[2] for r in conn.execute(
        "SELECT line, value, service FROM facts").fetchall()}


def test_each_term_leads_the_list_indented_under_it():
    normalized = normalize(GLOSSARY)
    blocks, _ = to_blocks(normalized.text, normalized.tables)
    lead_of = {b.line: blocks[b.parents[-1]].text.split()[0] for b in blocks
               if b.kind == "item" and b.parents}
    assert lead_of == {4: "S3", 5: "S3", 7: "SNS", 9: "SQS", 10: "SQS", 12: "ELB"}, lead_of


def test_a_terms_figures_are_its_own_service(tmp_path):
    rows = _rows(notes_conn(tmp_path, GLOSSARY, name="glossary_S.md"))
    assert rows[(7, "256 KB")] == "SNS", rows
    assert rows[(9, "1 MiB")] == "SQS", rows
    assert rows[(10, "14 days")] == "SQS", rows
    assert rows[(12, "300 s")] == "ELB", rows
    assert rows[(4, "50 TB")] == "S3", rows  # the first term keeps its own list


def _leads(text: str) -> list[int]:
    normalized = normalize(text)
    blocks, _ = to_blocks(normalized.text, normalized.tables)
    return [blocks[b.parents[-1]].line for b in blocks if b.kind == "item"]


def test_only_the_line_right_above_an_indented_list_leads_it():
    first = "S3 (Simple Storage Service)\n  - object max size 50 TB\n"
    # the column-0 line the list is indented under leads it, whatever its words
    assert _leads(first + "ELB → see ALB, NLB\n  - deregistration delay 300 s\n") == [1, 3]
    # two column-0 lines: the one right above the list leads it
    assert _leads(first + "Savings Plans — commit $/hour.\nSQS — queue\n  - max 1 MiB\n") \
        == [1, 4]
    # a column-0 line with no list under it leads nothing: the list stays the first term's
    # (the line after it is another paragraph's, read as before)
    assert _leads(first + "some pasted remark\n\n  - default 10,000 buckets\n") == [1, 1]


def test_lookup_answers_from_the_terms_own_list(tmp_path, monkeypatch):
    first = first_hit_after_ingest(tmp_path, monkeypatch, "glossary_S.md", GLOSSARY,
                                   "sqs max message size")
    assert (first["service"], first["value"], first["line"]) == ("SQS", "1 MiB", 9), first


# Review (session 55): a column-0 line that is the item's sentence wrapped, or that follows
# an item of a nested list, leads nothing: SQS's visibility timeout and retention had been
# filed under Kinesis (the wrapped half names it), a later "backups retained 35 days max"
# under the ElastiCache line nested in the DynamoDB item.
def test_an_items_sentence_wrapped_to_column_0_leads_no_list(tmp_path):
    text = ("# SQS\n\n"
            "- visibility timeout default 30 s; unlike the stream in\n"
            "Kinesis Data Streams, a message is deleted once read\n"
            "  - visibility timeout max 12 hours\n"
            "- retention default 4 days, max 14 days\n")
    rows = _rows(notes_conn(tmp_path, text, name="sqs.md"))
    assert rows[(5, "12 h")] == "SQS", rows
    assert rows[(6, "14 days")] == "SQS", rows


def test_a_line_after_a_nested_item_leads_no_outer_list(tmp_path):
    text = ("# Databases\n\n"
            "- DynamoDB\n"
            "  - item max 400 KB\n"
            "ElastiCache — in-memory cache\n"
            "  - Redis max 500 nodes\n"
            "- backups retained 35 days max\n")
    conn = notes_conn(tmp_path, text, name="db.md")
    assert _rows(conn)[(6, "500 nodes")] == "ElastiCache"  # the term's own list stays its
    line7 = {r[0] for r in conn.execute("SELECT service FROM facts WHERE line = 7")}
    assert line7 and "ElastiCache" not in line7, line7


def test_a_modes_other_name_in_brackets_names_no_topic(tmp_path):
    """"async (Event): S3, SNS, EventBridge -> Lambda retries 3 times" is a mode's line, not
    a glossary term's name and expansion: the list indented under it is not led by it, so
    its first named service (S3, an event source) does not take "async event max age"."""
    note = ("# Lambda vs containers\n\n"
            "## invocation modes: sync vs async\n"
            "sync (RequestResponse): API GW, ALB, SDK invoke -> caller handles retries\n"
            "async (Event): S3, SNS, EventBridge, CloudWatch Logs -> Lambda retries then DLQ\n"
            "  - async event max age 6 hours\n")
    rows = [r for r in notes_conn(tmp_path, note, name="lambda-and-compute.md").execute(
        "SELECT service FROM facts WHERE line = 6").fetchall()]
    assert rows and all(r[0] != "S3" for r in rows), rows
    # two title-case words are no expansion of a name they do not start from
    two_words = note.replace("async (Event)", "async (Event Invocation)")
    rows = [r for r in notes_conn(tmp_path / "two", two_words, name="lambda-and-compute.md")
            .execute("SELECT service FROM facts WHERE line = 6").fetchall()]
    assert rows and all(r[0] != "S3" for r in rows), rows
    # a name's expansion still leads ("SQS (Simple Queue Service) — ...")
    assert _leads("SQS (Simple Queue Service) — queue\n  - max 1 MiB\n") == [1]
