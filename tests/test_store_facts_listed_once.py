"""After an ingest the card sync and the AWS check each list every fact: inside
facts_listed_once the second listing is the first one's facts, unless a fact changed in
between, by this connection or by another."""

from __future__ import annotations

from pathlib import Path

from studycli.model import Fact, Kind, ParsedNote
from studycli.store import facts as store
from studycli.store.db import connect


def _note(source: str, value: str) -> ParsedNote:
    note = ParsedNote(source=source)
    note.facts = [Fact("SQS", "", "message size", Kind.LIMIT, "max", value, 256.0, "KB",
                       source=source, line=1, snippet=f"- max message size {value}")]
    return note


def _values(db) -> list[str]:
    return [f.value for f in store.list_facts(db)]


def test_a_second_listing_with_no_change_reads_nothing(tmp_path, monkeypatch):
    db = connect(tmp_path / "s.db")
    store.replace_source(db, _note("a.md", "256 KB"), "sha-a")
    reads: list[str] = []
    real = store._listed
    monkeypatch.setattr(store, "_listed", lambda *a: reads.append("read") or real(*a))
    with store.facts_listed_once(db):
        first = store.list_facts(db)
        db.execute("CREATE TABLE other (x)")  # a write elsewhere changes no fact
        db.execute("INSERT INTO other VALUES (1)")
        second = store.list_facts(db)
        assert second == first and second is not first
        assert store.list_facts(db, service="SQS") == first  # another listing is its own
    assert reads == ["read", "read"]
    assert store.list_facts(db) == first and reads == ["read", "read", "read"]


def test_a_fact_written_here_or_by_another_connection_is_listed(tmp_path):
    db = connect(tmp_path / "s.db")
    store.replace_source(db, _note("a.md", "256 KB"), "sha-a")
    with store.facts_listed_once(db):
        assert _values(db) == ["256 KB"]
        store.replace_source(db, _note("a.md", "1 MB"), "sha-a2")  # this connection
        assert _values(db) == ["1 MB"]
        other = connect(tmp_path / "s.db")
        store.replace_source(other, _note("b.md", "2 MB"), "sha-b")  # another one
        other.conn.close()
        assert sorted(_values(db)) == ["1 MB", "2 MB"]
    # nothing of the block is left on the connection
    assert db.execute("SELECT count(*) FROM sqlite_temp_master").fetchone()[0] == 0


def test_a_listing_of_one_service_between_two_of_all_reads_none_again(tmp_path, monkeypatch):
    """The unasked cards list a service's facts between the card sync's listing of them all
    and the AWS tally's: each listing is kept while no fact changes, not the last one alone."""
    db = connect(tmp_path / "s.db")
    store.replace_source(db, _note("a.md", "256 KB"), "sha-a")
    reads: list[tuple] = []
    real = store._listed
    monkeypatch.setattr(store, "_listed", lambda *a: reads.append(a[2]) or real(*a))
    with store.facts_listed_once(db):
        every = store.list_facts(db)
        sqs = store.list_facts(db, service="SQS")
        assert store.list_facts(db) == every and store.list_facts(db, service="SQS") == sqs
        assert reads == [[], ["SQS"]]
        store.replace_source(db, _note("a.md", "1 MB"), "sha-a2")  # a change: read again
        assert _values(db) == ["1 MB"] and [f.value for f in store.list_facts(
            db, service="SQS")] == ["1 MB"]
    assert reads == [[], ["SQS"], [], ["SQS"]]


def test_the_fact_rows_hashed_for_a_key_are_hashed_again_only_after_a_fact_changed(
        tmp_path, monkeypatch):
    """The card sync, the unasked cards and the AWS tally each hash every fact row for their
    kept work's key: a write to another table between them (cards, statuses) leaves the
    digest standing; a fact written here or by another connection does not."""
    from studycli import kept

    db = connect(tmp_path / "s.db")
    store.replace_source(db, _note("a.md", "256 KB"), "sha-a")
    reads: list[str] = []
    real = kept._hashed_rows
    monkeypatch.setattr(kept, "_hashed_rows", lambda c, q: reads.append(q) or real(c, q))

    def digest() -> bytes:
        return kept._rows_digest(db.conn, store.FACT_ROWS)

    db.execute("CREATE TABLE other (x)")  # (a schema change is seen: the block is after it)
    with kept.rows_hashed_once(), store.facts_listed_once(db):
        first = digest()
        db.execute("INSERT INTO other VALUES (1)")  # no fact changed
        assert digest() == first and len(reads) == 1
        store.replace_source(db, _note("a.md", "1 MB"), "sha-a2")  # this connection
        second = digest()
        assert second != first and len(reads) == 2
        other = connect(tmp_path / "s.db")
        store.replace_source(other, _note("b.md", "2 MB"), "sha-b")  # another one
        other.conn.close()
        assert digest() not in (first, second) and len(reads) == 3
    with kept.rows_hashed_once():  # outside the block any write counts, as before
        digest()
        db.execute("INSERT INTO other VALUES (2)")
        digest()
    assert len(reads) == 5


def test_the_kept_keys_hash_the_fact_rows_by_the_query_counted():
    """The keys of the card sync, the unasked cards and the check read the facts by the very
    query facts_listed_once counts the writes of (another spelling would be hashed again)."""
    from studycli import checking, kept
    from studycli.questions import unasked

    assert store.FACT_ROWS in kept._CARDS_QUERIES
    assert store.FACT_ROWS in unasked._READS
    import inspect

    assert "kept.FACT_ROWS" in inspect.getsource(checking.key)


def test_a_digest_taken_in_one_block_is_not_reused_in_another(tmp_path):
    """Each facts_listed_once block counts the fact writes from 0, and a fact written between
    two blocks is counted by neither: inside one rows_hashed_once, a digest taken at the
    first block's count must not stand for the second block's same count."""
    from studycli import kept

    db = connect(tmp_path / "s.db")
    store.replace_source(db, _note("a.md", "256 KB"), "sha-a")
    with kept.rows_hashed_once():
        with store.facts_listed_once(db):
            db.execute("UPDATE facts SET value = value")  # one write, no row changed
            db.conn.commit()
            first = kept._rows_digest(db.conn, kept.FACT_ROWS)
        db.execute("UPDATE facts SET value = '1 MB'")  # between the blocks: counted by none
        db.conn.commit()
        with store.facts_listed_once(db):
            db.execute("UPDATE facts SET value = value")  # the same count as the first's
            db.conn.commit()
            second = kept._rows_digest(db.conn, kept.FACT_ROWS)
    assert second != first
    assert second == kept._hashed_rows(db.conn, kept.FACT_ROWS)


def test_the_fact_rows_query_is_spelled_once():
    """Every kept key names the counted query by the one constant: a copy edited on its own
    would be hashed again after every card written, with nothing failing."""
    root = Path(store.__file__).resolve().parent.parent
    spelled = [p.relative_to(root).as_posix() for p in sorted(root.rglob("*.py"))
               if "SELECT * FROM facts ORDER BY rowid" in p.read_text(encoding="utf-8")]
    assert spelled == ["kept.py"]
