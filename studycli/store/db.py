"""The one way in to the database: `connect(path, readonly=..., migrate=...)`.

Every command opens SQLite here and nowhere else. The order matters for safety:

1. the file is identified (store.identity) before anything is written, not even the
   journal mode, so another program's database, a damaged file or one from a newer studycli
   is refused untouched;
2. a writer checks that it may write (a read-only file gets a clear message, and reading
   commands open it with `readonly=True` and still work);
3. a database lacking migrations is backed up (store.backup) and migrated in one
   transaction; a new one is stamped with our `PRAGMA application_id`.

Standard library only at import time: the fast paths (lookup, quiz) open the store without
sqlite-utils, which is imported only to run migrations or when a caller asks for a table.
"""

from __future__ import annotations

import _sqlite3 as sqlite3  # sqlite3 less its datetime import: store/__init__.py
import os
import stat

import studycli.store as store_package
from studycli.database import database_built
from studycli.errors import DatabaseError
from studycli.store import identity
from studycli.store.migrations import MIGRATIONS, known_version
from studycli.store.rollback import roll_back
from studycli.store.schema_writer import SchemaWriter
from studycli.undecodable import shown, undecodable

TYPE_CHECKING = False
if TYPE_CHECKING:  # imported for the type checker only (the fast paths skip sqlite-utils)
    from pathlib import Path
    from typing import Any

    import sqlite_utils

BUSY_TIMEOUT_MS = 10_000


def _held(conn: sqlite3.Connection) -> sqlite3.Connection:
    held = store_package.held_connections
    if held is not None:
        held.append(conn)
    return conn


def close_opened() -> None:
    """Close every connection this process opened, as freeing it would (a connection is
    freed by the collector: sqlite3 keeps its statement cache in a cycle with it). The last
    to close a database folds its write-ahead log back into the file, so no -wal file is
    left beside it. For entry.main's end of a process, which skips the collector's last
    pass."""
    for conn in store_package.held_connections or ():
        try:
            conn.close()
        except sqlite3.Error:
            pass


class Store:
    """An open database: `.conn` (sqlite3, autocommit), `.execute`, `.query` (dict rows),
    and `store["table"]` (a sqlite-utils Table, built on first use)."""

    def __init__(self, conn: sqlite3.Connection, path: Path | str, readonly: bool) -> None:
        identity.opened(path)  # named by a damage met later, when the command says it
        self.conn = conn
        self._path = path  # a str from the plain open: made a Path when first asked
        self.readonly = readonly
        self._utils: sqlite_utils.Database | None = None

    @property
    def path(self) -> Path:
        if isinstance(self._path, str):
            from pathlib import Path

            self._path = Path(self._path)
        return self._path

    def execute(self, sql: str, params=()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def query(self, sql: str, params=()):
        cursor = self.conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        for row in cursor:
            yield dict(zip(names, row, strict=True))

    def utils(self):
        """The same connection as a sqlite_utils.Database (migrations, bulk inserts)."""
        if self._utils is None:
            import sqlite_utils

            self._utils = sqlite_utils.Database(self.conn)
        return self._utils

    def __getitem__(self, table: str):
        return self.utils()[table]

    def table_names(self) -> list[str]:
        return [r[0] for r in self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]

    def close(self) -> None:
        self.conn.close()


def connect(path: str | os.PathLike, readonly: bool = False, migrate: bool = True) -> Store:
    """Open the studycli database at `path`.

    readonly: open with `mode=ro` (the file must exist; a database lacking migrations is
    migrated first through a brief writable connection unless `migrate` is false).
    migrate: apply missing migrations (with a backup first); when false, an older schema is
    opened as it is (doctor uses this to inspect and repair).
    """
    path = check_path(path)
    identity.refuse_foreign_file(path)  # before any connection: opening may change it
    if readonly:
        store = _open(path, readonly=True)
        try:
            version = identity.identify(store.conn, path)
        except BaseException:
            store.close()
            raise
        if version < known_version() and migrate:
            store.close()
            connect(path).close()  # rare: an older schema is migrated once, then read
            return connect(path, readonly=True, migrate=False)
        return store
    from studycli.store import unwritable_folder  # here: the fast paths never need it

    if path.exists() and (refusal := unwritable_folder.refusal_to_write(path)):
        raise DatabaseError(refusal)  # before the file's own permission: chmod cannot help
    if path.exists() and not os.access(path, os.W_OK):
        raise DatabaseError(
            f"{path} is read-only (no write permission): reading commands (lookup, facts, "
            f"stats, ...) still work; to study or ingest, make it writable "
            f"(chmod u+w '{path}') or copy it and pass the copy with --db")
    _make_folder(path)
    new = not database_built(path)  # no file, or an empty one: nothing of the student's
    store = _open(path, readonly=False)
    try:
        version = identity.identify(store.conn, path)
        identity.check_intact(store.conn, path)  # never write into a damaged file
        with _unsynced(store.conn, new):
            _set_journal(store.conn)
            if version < known_version() and migrate:
                if version > 0 or identity.has_tables(store.conn):
                    from studycli.store.backup import backup

                    backup(store, "before-migration")
                _migrate(store)
            elif identity.needs_stamp(store.conn):
                store.conn.execute(f"PRAGMA application_id = {identity.APPLICATION_ID}")
    except BaseException:
        store.close()
        raise
    return store


class _unsynced:  # noqa: N801 - used as the function it was: `with _unsynced(conn, new)`
    """Within the block, for a database created by this connection, SQLite waits for no
    write to reach the disk (synchronous = OFF): switching a new file to WAL and building
    its schema synced the disk seven times, some 60-130 ms of a first ingest's wall time on
    a busy disk, for a file holding nothing yet. A kill (Ctrl-C, SIGKILL) loses nothing the
    operating system was given; only a power cut during the first seconds could leave the
    empty schema damaged. The setting it had is restored after (the first checkpoint then
    syncs all of it). A class, not contextlib.contextmanager: contextlib was
    ~0.5 ms of every lookup's start-up, for this alone."""

    def __init__(self, conn: sqlite3.Connection, new: bool) -> None:
        self.conn, self.new, self.before = conn, new, None

    def __enter__(self) -> None:
        if self.new:
            self.before = self.conn.execute("PRAGMA synchronous").fetchone()[0]
            self.conn.execute("PRAGMA synchronous = OFF")

    def __exit__(self, *exc: object) -> None:
        if self.before is not None:
            self.conn.execute(f"PRAGMA synchronous = {int(self.before)}")


def check_path(path: str | os.PathLike) -> Path:
    """The database path, or a DatabaseError saying why it cannot be one."""

    text = os.fspath(path)
    if not str(text).strip():
        raise DatabaseError("the database path is empty; pass a file path with --db "
                            "or set STUDYCLI_DB to one")
    from studycli.paths import expand_home

    path = expand_home(text)
    # from $STUDYCLI_DB or $HOME, or a relative path or a link into a folder so named: the
    # full path is what is kept (SQLite, studycli.kept's keys), and it must be UTF-8
    if undecodable(real := os.path.realpath(path)):
        raise DatabaseError(f"the database path {shown(real)} is not UTF-8 text (a name "
                            "from another encoding?); pass a UTF-8 path with --db or set "
                            "STUDYCLI_DB to one")
    if path.is_dir():
        raise DatabaseError(f"{path} is a directory; --db needs a file path")
    if path.exists() and not path.is_file():
        raise DatabaseError(f"{path} is not a regular file (a device or a pipe); "
                            "--db needs a database file path")
    return path


def _open(path: Path, readonly: bool) -> Store:
    try:
        if readonly:
            if not path.exists():
                raise DatabaseError(f"{path} does not exist; pass an existing database with --db")
            from studycli.store.unwritable_folder import read_only_uri

            uri = path.resolve().as_uri() + read_only_uri(path)
            conn = _held(sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000,
                                         isolation_level=None, check_same_thread=False))
        else:
            conn = _held(sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000,
                                         isolation_level=None))
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")  # not a write
    except sqlite3.Error as exc:
        raise DatabaseError(f"cannot open {path}: {exc}") from None
    return Store(conn, path, readonly)


# Characters a file: URI carries as they are (pathlib's as_uri leaves these unquoted).
_URI_SAFE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/")


def open_plain(path: str, readonly: bool) -> Store | None:
    """The fast paths' open of an existing, up-to-date studycli database at a plain path
    (paths.plain_db_path): what `connect` does on that path, checks included (identified
    before anything is written; a writer checks that it may write and that no page is
    damaged, then sets WAL), without pathlib. None for anything else (no file yet, an older
    schema, a mark to stamp, no write permission, a name a URI must quote, any refusal or
    error), having written nothing: the caller then takes `connect`'s full path, which
    does what is needed and says what is wrong in its own words."""
    target = _plain_target(path, readonly)
    if target is None:
        return None
    try:
        identity.refuse_foreign_file(path)  # before any connection: opening may change it
    except DatabaseError:
        return None
    try:
        conn = _held(sqlite3.connect(target, uri=readonly, timeout=BUSY_TIMEOUT_MS / 1000,
                                     isolation_level=None, check_same_thread=not readonly))
    except sqlite3.Error:
        return None
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")  # not a write
        if identity.identify(conn, path) == known_version():  # type: ignore[arg-type]
            if readonly:
                return Store(conn, path, readonly=True)
            identity.check_intact(conn, path)  # type: ignore[arg-type]
            if not identity.needs_stamp(conn):
                _set_journal(conn)
                return Store(conn, path, readonly=False)
    except (sqlite3.Error, DatabaseError, UnicodeDecodeError):
        pass  # connect meets it again and says what it is
    except BaseException:
        conn.close()
        raise
    conn.close()
    return None


def _plain_target(path: str, readonly: bool) -> str | None:
    """What sqlite3.connect opens for `open_plain` (as `_open` would: a read-only URI of the
    resolved path, or the path to write), or None to leave it to `connect`."""
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode) or st.st_size == 0:
            return None
        real = os.path.realpath(path)
        if undecodable(real):  # not UTF-8: check_path says so
            return None
        if not readonly:
            return path if os.access(path, os.W_OK) else None
    except (OSError, ValueError):
        return None
    if not real.startswith("/") or not _URI_SAFE.issuperset(real):
        return None
    return f"file://{real}?mode=ro"


def _set_journal(conn: sqlite3.Connection) -> None:
    try:
        conn.execute("PRAGMA journal_mode = WAL")
    except sqlite3.DatabaseError:
        pass  # read-only media: go on in the default journal mode


def _migrate(store: Store) -> None:
    conn = store.conn
    # BEGIN IMMEDIATE: a second process waits for the lock rather than migrating twice.
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        raise DatabaseError(f"{store.path} is busy ({exc}); try again in a moment") from None
    try:
        conn.execute(
            "CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT)"
        )
        # Applied by name, not position: a database that took migrations in another order
        # (two branches, two orders) still gets exactly the ones it lacks.
        applied = {row[0] for row in conn.execute("SELECT name FROM _migrations")}
        # sqlite-utils' API for the migrations, imported only if one needs more than it has
        db: Any = SchemaWriter(conn, store.utils)
        from datetime import UTC, datetime  # only here: the fast paths open without it

        for name, fn in MIGRATIONS:
            if name in applied:
                continue
            fn(db)
            conn.execute(
                "INSERT INTO _migrations (name, applied_at) VALUES (?, ?)",
                (name, datetime.now(UTC).isoformat(timespec="seconds")),
            )
        conn.execute(f"PRAGMA user_version = {len(MIGRATIONS)}")
        conn.execute(f"PRAGMA application_id = {identity.APPLICATION_ID}")
        conn.execute("COMMIT")
    except BaseException:
        roll_back(conn)
        raise


def open_file_as_is(path: Path, readonly: bool = True) -> sqlite3.Connection:
    """A bare connection to a database file: no identification, no migration, no pragmas.
    Only for what must not touch the file as a studycli database: copying it with the backup
    API (the destination of a backup, the source of a restore) and salvaging a damaged one
    (studycli doctor). Everything else goes through connect()."""
    if readonly:
        from pathlib import Path

        from studycli.store.unwritable_folder import read_only_uri

        uri = Path(path).resolve().as_uri() + read_only_uri(path)
        return _held(sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000))
    return _held(sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000))


def _make_folder(path: Path) -> None:
    """The default database's folder is ours to create; a folder named by --db or
    $STUDYCLI_DB that does not exist is far more often a typo than a wish, and creating it
    (with a fresh database in it) would hide the mistake."""
    if path.parent.is_dir():
        return
    from studycli.paths import default_db_path

    if path != default_db_path():
        raise DatabaseError(
            f"no such folder: {path.parent} (from --db or $STUDYCLI_DB); check the path, "
            f"or create the folder first (mkdir -p '{path.parent}')")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(f"cannot create the folder {path.parent}: {exc.strerror}") from None
