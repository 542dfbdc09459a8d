"""The nearest markdown heading over a note line speaks for it, as the question or table
header over a line does (lookup/section_heads.py, read only when no fact answers on its own
words): "- retention: 24 hours" under "## streams" under "# dynamodb" answers "ddb streams
retention"."""

from __future__ import annotations

import sqlite3

from studycli.lookup.lines import headings_over

from .helpers import ingest_text, lookup_top

NOTES = (
    "# dynamodb\n"
    "## capacity modes\n"
    "- provisioned: RCU/WCU you set, can autoscale\n"
    "- on demand: pay per request\n"
    "## streams\n"
    "- retention: 24 hours\n"
    "- view types: KEYS_ONLY, NEW_IMAGE, OLD_IMAGE, NEW_AND_OLD_IMAGES\n"
    "## ttl\n"
    "- expired items deleted within a few days\n"
    "# kinesis\n"
    "- default retention 24 hours, max 365 days\n")


def test_the_heading_over_a_line_says_the_word_the_line_leaves_out(tmp_path):
    _, db, _ = ingest_text(tmp_path, NOTES, columns="200")
    code, values = lookup_top(db, "ddb streams retention")
    assert code == 0 and "24" in values[0], values


def test_a_word_no_heading_over_the_line_says_is_still_unsaid(tmp_path):
    # "ttl" is the heading after the streams section: "- view types: ..." is not under it,
    # so it does not say "ttl" (it answers when every heading of the note is read as its
    # section)
    _, db, _ = ingest_text(tmp_path, NOTES, columns="200")
    assert lookup_top(db, "ddb ttl view types") == (1, [])


def _lines_db(tmp_path, lines: list[str]) -> sqlite3.Connection:
    conn = sqlite3.connect(tmp_path / "lines.db")
    conn.execute("CREATE TABLE note_lines (source TEXT, line INTEGER, text TEXT)")
    conn.executemany("INSERT INTO note_lines VALUES ('n.md', ?, ?)",
                     [(i, t) for i, t in enumerate(lines, 1)])
    return conn


def test_the_headings_over_a_line_close_deeper_ones_and_skip_tags(tmp_path):
    conn = _lines_db(tmp_path, ["# dynamodb", "## capacity", "### on demand", "- x",
                                "## streams", "#tag not a heading", "- retention: 24 hours"])
    assert headings_over(conn, "n.md", 7) == ["streams", "dynamodb"]
    assert headings_over(conn, "n.md", 1) == []


def test_a_comment_in_a_code_block_is_no_heading(tmp_path):
    conn = _lines_db(tmp_path, ["# Kinesis Data Streams", "```python",
                                "# consumer with enhanced fan-out", "kinesis.subscribe()",
                                "```", "- write: 1 MB/s per shard", "~~~~bash",
                                "# not closed by a shorter fence", "~~~", "~~~~",
                                "- read: 2 MB/s per shard"])
    assert headings_over(conn, "n.md", 6) == ["Kinesis Data Streams"]
    assert headings_over(conn, "n.md", 11) == ["Kinesis Data Streams"]


FENCED = (
    "# Kinesis Data Streams\n"
    "```python\n"
    "# consumer with enhanced fan-out\n"
    'kinesis.subscribe_to_shard(ConsumerARN=arn, ShardId="shardId-0")\n'
    "```\n"
    "- write: 1 MB/s per shard\n"
    "- read: 2 MB/s per shard shared by all consumers\n"
    "- retention: 24 h default\n"
    "\n"
    "# DynamoDB\n"
    "```bash\n"
    "# global table replica in eu-west-1\n"
    "aws dynamodb update-table --table-name t --replica-updates Create={RegionName=eu-west-1}\n"
    "```\n"
    "- item size: max 400 KB\n"
    "- GSIs: 20 per table\n")


def test_a_comment_in_a_code_block_lends_no_line_its_words(tmp_path):
    # "# consumer with enhanced fan-out" is a comment of the code, not the lines' section
    _, db, _ = ingest_text(tmp_path, FENCED, columns="200")
    assert lookup_top(db, "kinesis enhanced fan out throughput") == (1, [])
    assert lookup_top(db, "kinesis enhanced fan out read throughput") == (1, [])
    assert lookup_top(db, "ddb global table item size") == (1, [])


def test_a_heading_lends_a_word_typed_not_one_related_to_it():
    # "Billing, pricing & support" over a support plan's line says no cost asked of it
    from studycli.lookup.answer import SECTION, _with_context
    from studycli.lookup.lexicon import lexicon
    from studycli.lookup.query import understand

    lex = lexicon()
    q = understand("developer support plan cost per month", lex)
    fact = {"service": "", "subject": "", "attribute": "", "value": "Developer: email only",
            "snippet": "- Developer: email only", "section": "Billing, pricing & support"}
    found = _with_context({}, fact, q, lex)
    assert found.get("support") == SECTION
    assert not {w for w in found if w.startswith("pric") or w.startswith("cost")}, found


def test_the_pair_check_and_the_section_read_the_heading_once(tmp_path, monkeypatch):
    # lookup/pair_line.py and attach_sections read the same nearest heading: one read a fact
    from studycli.lookup import section_heads
    from studycli.lookup.lexicon import lexicon
    from studycli.lookup.pair_line import attach_pair_headings
    from studycli.store import lookup_lines

    conn = _lines_db(tmp_path, ["## Secrets Manager vs Parameter Store", "- max size 64 KB"])
    monkeypatch.setattr(lookup_lines, "facts_on_lines", lambda conn, places: [])  # unfiled
    reads = []

    def counted(conn, source, line):
        reads.append((source, line))
        return headings_over(conn, source, line)

    monkeypatch.setattr(section_heads, "headings_over", counted)
    fact = {"service": "", "source": "n.md", "line": 2, "snippet": "- max size 64 KB"}
    attach_pair_headings(conn, [fact], lexicon())
    assert "section" not in fact  # (the answer score reads a section only where it's set)
    section_heads.attach_sections(conn, [fact])
    assert fact["section"] == "Secrets Manager vs Parameter Store" and len(reads) == 1
    assert len(fact["pair_heading"]) == 2, fact  # ("X vs Y": the pair)
