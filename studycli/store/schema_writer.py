"""What the migrations call on their database, without importing sqlite-utils.

The migrations are written against sqlite-utils' API (`db["t"].create(columns, pk=...)`,
`db["t"].create_index([...])`, `db.execute(sql)`). Importing sqlite-utils costs ~55 ms of CPU
(click, dateutil and its own patterns), which a new database paid on its first ingest: a
tenth of ingesting the shipped notes. These calls write the same SQL sqlite-utils 4 writes
(tests/test_schema_writer.py checks the schema against sqlite-utils' own); anything else a
migration asks for is handed to a real sqlite_utils.Database on the same connection, so a
migration may use any of its API.
"""

from __future__ import annotations

import _sqlite3 as sqlite3  # sqlite3 less its datetime import: store/__init__.py

TYPE_CHECKING = False
if TYPE_CHECKING:  # the fast paths open the store without importing typing
    from typing import Any

_TYPES = {str: "TEXT", int: "INTEGER", float: "REAL", bytes: "BLOB"}


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class SchemaWriter:
    def __init__(self, conn: sqlite3.Connection, fallback) -> None:
        self.conn = conn
        self._fallback = fallback  # () -> a sqlite_utils.Database on conn (imported then)

    def execute(self, sql: str, parameters=None) -> sqlite3.Cursor:
        return self.conn.execute(sql, parameters if parameters is not None else ())

    def __getitem__(self, name: str) -> _Table:
        return _Table(self, name)

    def __getattr__(self, attribute: str) -> Any:
        return getattr(self._fallback(), attribute)


class _Table:
    def __init__(self, db: SchemaWriter, name: str) -> None:
        self.db = db
        self.name = name

    def create(self, columns: dict[str, type], pk: str | tuple[str, ...] | None = None,
               foreign_keys: list[tuple[str, str, str]] | None = None, **others) -> _Table:
        if others or any(t not in _TYPES for t in columns.values()) \
                or (pk is not None and not isinstance(pk, (str, tuple))) \
                or (isinstance(pk, str) and pk not in columns) or isinstance(pk, tuple) \
                and len(pk) < 2:
            self._real().create(columns, pk=pk, foreign_keys=foreign_keys, **others)
            return self
        references = {column: (table, other) for column, table, other in foreign_keys or ()}
        lines = []
        for column, kind in columns.items():
            line = f"   {_quote(column)} {_TYPES[kind]}"
            if pk == column:
                line += " PRIMARY KEY"
            if column in references:
                table, other = references[column]
                line += f" REFERENCES {_quote(table)}({_quote(other)})"
            lines.append(line)
        if isinstance(pk, tuple):
            lines.append(f"   PRIMARY KEY ({', '.join(_quote(c) for c in pk)})")
        body = ",\n".join(lines)
        self.db.execute(f"CREATE TABLE {_quote(self.name)} (\n{body}\n)")
        return self

    def create_index(self, columns: list[str], **others) -> _Table:
        if others or not all(isinstance(c, str) for c in columns):
            self._real().create_index(columns, **others)
            return self
        index = _quote(f"idx_{self.name.replace(' ', '_')}_{'_'.join(columns)}")
        self.db.execute(f"CREATE INDEX {index}\n    ON {_quote(self.name)} "
                        f"({', '.join(_quote(c) for c in columns)})")
        return self

    def _real(self):
        return self.db._fallback()[self.name]

    def __getattr__(self, attribute: str) -> Any:
        return getattr(self._real(), attribute)
