"""What replace_source stores is each fact and comparison field for field, its id beside it:
the rows are built by one attribute getter per fact (store/facts.py), which must keep the
table's column order and every value's type."""

from __future__ import annotations

from studycli.model import Comparison, Fact, Kind, ParsedNote
from studycli.store.db import connect
from studycli.store.facts import replace_source


def _note() -> ParsedNote:
    facts = [
        Fact("SQS", "message", "size", Kind.LIMIT, "max", "256 KB", 256.0, "KB",
             source="n.md", line=3, snippet="SQS max message size 256 KB"),
        Fact("Lambda", "", "timeout", Kind.LIMIT, "range", "1-900 seconds", None, "seconds",
             1.0, 900.0, "n.md", 7, "timeout 1 to 900 s"),
        # the same key and value again: one row, the first line's
        Fact("SQS", "message", "size", Kind.LIMIT, "max", "256 KB", 256.0, "KB",
             source="n.md", line=9, snippet="again"),
    ]
    comparisons = [Comparison("SQS", "SNS", "model", "pull", "push", "n.md", 12)]
    return ParsedNote(source="n.md", facts=facts, comparisons=comparisons)


def test_every_field_is_stored_in_its_own_column(tmp_path):
    db = connect(tmp_path / "t.db")
    note = _note()
    replace_source(db, note, "sha")
    fields = list(Fact.__dataclass_fields__)
    rows = db.conn.execute(f"SELECT id, {', '.join(fields)} FROM facts ORDER BY line").fetchall()
    assert len(rows) == 2
    for row, fact in zip(rows, note.facts[:2], strict=True):
        assert row[0] == fact.id
        assert dict(zip(fields, row[1:], strict=True)) == {n: getattr(fact, n) for n in fields}
    (cmp_row,) = db.conn.execute(
        "SELECT id, left, right, aspect, left_value, right_value, source, line "
        "FROM comparisons").fetchall()
    c = note.comparisons[0]
    assert cmp_row == (c.id, c.left, c.right, c.aspect, c.left_value, c.right_value,
                       c.source, c.line)
    assert db.conn.execute("SELECT facts, comparisons FROM sources").fetchone() == (2, 1)


def test_a_bulk_swap_indexes_exactly_the_new_rows(tmp_path):
    """Past the bulk threshold (fts_bulk.BULK_FROM) the full-text index is filled in one
    statement: a second version of the note leaves no word of the first findable."""
    db = connect(tmp_path / "t.db")
    old = [Fact("SQS", "", f"quota{k}", Kind.LIMIT, "max", f"{k} KB", float(k), "KB",
                source="n.md", line=k, snippet=f"oldword{k}") for k in range(1, 40)]
    replace_source(db, ParsedNote(source="n.md", facts=old), "a")
    new = [Fact("SNS", "", f"quota{k}", Kind.LIMIT, "max", f"{k} KB", float(k), "KB",
                source="n.md", line=k, snippet=f"newword{k}") for k in range(1, 40)]
    replace_source(db, ParsedNote(source="n.md", facts=new), "b")
    hits = db.conn.execute("SELECT count(*) FROM facts_fts WHERE facts_fts MATCH ?",
                           ["oldword1"]).fetchone()[0]
    assert hits == 0
    found = db.conn.execute(
        "SELECT f.snippet FROM facts_fts x JOIN facts f ON f.rowid = x.rowid "
        "WHERE facts_fts MATCH 'newword7'").fetchall()
    assert found == [("newword7",)]
