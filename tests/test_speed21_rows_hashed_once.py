"""kept.rows_hashed_once: a query's rows hashed again while the database did not change are
read once; any change (this connection's write, another connection's commit, a schema
change) is seen, and outside the block every call reads."""

from __future__ import annotations

import sqlite3

from studycli import kept

SQL = "SELECT * FROM t ORDER BY rowid"


def _db(tmp_path):
    path = tmp_path / "k.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (a)")
    conn.execute("INSERT INTO t VALUES (1)")
    conn.commit()
    return path, conn


def _reads(conn):
    """The queries that reached the database (a stand-in connection that records them)."""
    seen: list[str] = []

    class Recording:
        def __init__(self, inner):
            self.inner = inner

        @property
        def total_changes(self):
            return self.inner.total_changes

        @property
        def in_transaction(self):
            return self.inner.in_transaction

        def execute(self, sql, *args):
            if not sql.startswith("PRAGMA"):
                seen.append(sql)
            return self.inner.execute(sql, *args)

    return seen, Recording(conn)


def test_rows_read_once_while_unchanged_and_again_after_each_kind_of_change(tmp_path):
    path, conn = _db(tmp_path)
    seen, rec = _reads(conn)
    with kept.rows_hashed_once():
        first = kept._rows_digest(rec, SQL)
        assert kept._rows_digest(rec, SQL) == first
        assert len(seen) == 1  # the second asked nothing of the database

        conn.execute("INSERT INTO t VALUES (2)")  # this connection's own write
        second = kept._rows_digest(rec, SQL)
        assert second != first and len(seen) == 2

        other = sqlite3.connect(path)  # another connection's commit
        conn.commit()
        other.execute("UPDATE t SET a = 3 WHERE a = 2")
        other.commit()
        third = kept._rows_digest(rec, SQL)
        assert third != second and len(seen) == 3

        other.close()
        # a schema change on this connection: no row counted as changed, no other commit
        conn.execute("ALTER TABLE t ADD COLUMN b DEFAULT 7")
        fourth = kept._rows_digest(rec, SQL)
        assert fourth != third and len(seen) == 4
    kept._rows_digest(rec, SQL)
    kept._rows_digest(rec, SQL)
    assert len(seen) == 6  # outside the block: every call reads
    conn.close()


def test_keys_equal_inside_and_outside_the_block(tmp_path):
    path, conn = _db(tmp_path)
    outside = kept.key(conn, path, [SQL], [])
    with kept.rows_hashed_once():
        assert kept.key(conn, path, [SQL], []) == outside
        assert kept.key(conn, path, [SQL], []) == outside
    conn.close()


def test_a_rolled_back_write_is_not_answered_from_the_memo(tmp_path):
    # total_changes only goes up and data_version ignores this connection's own writes: a
    # digest taken inside a transaction outlived its rollback
    _path, conn = _db(tmp_path)
    conn.isolation_level = None
    with kept.rows_hashed_once():
        kept._rows_digest(conn, SQL)
        conn.execute("BEGIN")
        conn.execute("INSERT INTO t VALUES (2)")
        kept._rows_digest(conn, SQL)
        conn.execute("ROLLBACK")
        assert kept._rows_digest(conn, SQL) == kept._hashed_rows(conn, SQL)
