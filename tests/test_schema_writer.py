"""The migrations run without sqlite-utils (studycli/store/schema_writer.py) and build the
schema sqlite-utils builds from the same calls: same tables, columns, types, keys, indexes."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import sqlite_utils

from studycli.store.migrations import MIGRATIONS
from studycli.store.schema_writer import SchemaWriter
from tests.helpers import REPO


def schema(conn: sqlite3.Connection) -> dict:
    out = {}
    for kind, name, table in conn.execute(
            "SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
            "ORDER BY name"):
        entry: dict = {"type": kind, "table": table}
        if kind == "table":
            entry["columns"] = conn.execute(f'PRAGMA table_xinfo("{name}")').fetchall()
            entry["foreign keys"] = conn.execute(
                f'PRAGMA foreign_key_list("{name}")').fetchall()
            entry["indexes"] = sorted(
                (row[1], row[2], row[3], row[4],
                 conn.execute(f'PRAGMA index_xinfo("{row[1]}")').fetchall())
                for row in conn.execute(f'PRAGMA index_list("{name}")'))
        out[name] = entry
    return out


def migrated(tmp_path, name: str, make_db) -> sqlite3.Connection:
    conn = sqlite3.connect(tmp_path / name, isolation_level=None)
    db = make_db(conn)
    for _, fn in MIGRATIONS:
        fn(db)
    return conn


def test_the_schema_equals_the_one_sqlite_utils_writes(tmp_path):
    ours = migrated(tmp_path, "ours.db",
                    lambda c: SchemaWriter(c, lambda: sqlite_utils.Database(c)))
    theirs = migrated(tmp_path, "theirs.db", sqlite_utils.Database)
    assert schema(ours) == schema(theirs)
    assert schema(ours)["facts"]["columns"]  # the comparison saw the tables


def test_what_it_does_not_write_itself_goes_to_sqlite_utils(tmp_path):
    conn = sqlite3.connect(tmp_path / "x.db", isolation_level=None)
    asked = []

    def fallback():
        asked.append(1)
        return sqlite_utils.Database(conn)

    db = SchemaWriter(conn, fallback)
    db["plain"].create({"id": int, "name": str}, pk="id")
    db["plain"].create_index(["name"])
    assert asked == []
    db["rich"].create({"id": int, "name": str}, pk="id", not_null={"name"})
    db["rich"].add_column("extra", float)
    assert len(asked) == 2
    cols = {row[1]: row for row in conn.execute('PRAGMA table_info("rich")')}
    assert cols["name"][3] == 1 and cols["extra"][2] == "REAL"
    assert db.table_names() == ["plain", "rich"]  # the database's own API, through sqlite-utils


def test_a_new_database_does_not_import_sqlite_utils(tmp_path):
    code = ("import sys; from studycli.store.db import connect; "
            f"connect({str(tmp_path / 'new.db')!r}).close(); "
            "print('sqlite_utils' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=REPO, check=True)
    assert out.stdout.strip() == "False"
