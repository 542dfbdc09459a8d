"""Work kept between runs, so a command whose inputs did not change does not redo it.

A result is kept in the user's cache folder ($STUDYCLI_CACHE, else the platform's own, e.g.
~/.cache/studycli), one small JSON file per database and purpose, under a key: a hash
of everything the work read (table rows by content, files by name, size and mtime). A
different key means the work runs again; a file that cannot be read or written is ignored.
Never a source of truth: deleting the directory only costs time.

Stdlib only (the fast paths use it).
"""

from __future__ import annotations

import json
import marshal
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from studycli.digest import sha256


def cache_dir() -> Path:
    """$STUDYCLI_CACHE, else the platform's user cache folder (~/.cache/studycli on Linux)."""
    env = os.environ.get("STUDYCLI_CACHE", "").strip()
    if env:
        from studycli.paths import expand_home

        return expand_home(env)
    from studycli.paths import user_dir  # platformdirs' answer (without it where known)

    return Path(user_dir("cache"))


TYPE_CHECKING = False
if TYPE_CHECKING:  # named for the type checker only: nothing to build at each start-up
    # A query whose rows a key hashes: SQL, or SQL and its parameters (the notes a key is of)
    Query = str | tuple[str, tuple]


def key(conn: sqlite3.Connection, db_path: Path, queries: Iterable[Query],
        files: Iterable[str | Path], salt: str = "") -> str:
    """A hash of the database's path, every row the queries return, the files' stats, and
    the day."""
    return finish(hashed_rows(conn, db_path, queries, salt), conn, [], files)


def hashed_rows(conn: sqlite3.Connection, db_path: Path, queries: Iterable[Query],
                salt: str = ""):
    """The first part of a key (an unfinished hash): its salt, day, path and the rows of
    `queries`. finish() adds more rows and the files; one part finished twice saves hashing
    rows that did not change (a quarter of a second per MB of dense notes' facts)."""
    # Today's date too: the reference's statuses can change on a date (a service retired
    # from a given day: studycli/reference/assess.py), so nothing is kept across midnight.
    from studycli.paths import real_path

    digest = sha256(f"{salt}|{today()}|{real_path(db_path)}|".encode())
    _update(digest, conn, queries)
    return digest


def finish(part, conn: sqlite3.Connection, queries: Iterable[Query],
           files: Iterable[str | Path]) -> str:
    """The key: `part` (left as it is) with the rows of `queries` and the files' stats
    (each stat'd once within paths.files_seen_once)."""
    from studycli.paths import file_stamp

    digest = part.copy()
    _update(digest, conn, queries)
    stats = []
    for name in sorted(map(str, files)):  # by name: sorting Paths costs ~1 ms for ~250
        stamp = file_stamp(name)
        if stamp is not None:
            stats.append(f"{name}:{stamp[0]}:{stamp[1]}")
    digest.update("\n".join(stats).encode())
    return digest.hexdigest()[:32]


def _update(digest, conn: sqlite3.Connection, queries: Iterable[Query]) -> None:
    for sql in queries:
        digest.update(_rows_digest(conn, sql))


# Within rows_hashed_once(): by (connection, query), the digest of its rows and the state of
# the database it was taken in. After an ingest, the card sync, the unasked cards and the AWS
# check's tally each hash every fact row (~7 ms for the shipped notes' facts, most of a no-op
# ingest's own work); the facts have not changed between them.
_hashed: list[dict[tuple[int, Query], tuple[sqlite3.Connection, tuple, bytes]]] = []


@contextmanager
def rows_hashed_once() -> Iterator[None]:
    """Within the block, a query's rows hashed again on the same connection while the
    database did not change are not read again (main database, outside a transaction: a
    query inside one is read each time). A change is seen exactly: this connection's
    writes by its count of changed rows (sqlite3_total_changes, triggers' included), other
    connections' commits by PRAGMA data_version, a schema change by PRAGMA schema_version."""
    _hashed.append({})
    try:
        yield
    finally:
        _hashed.pop()


# Within work_shared(): by purpose, results a run's steps share (reference/assess.py: each
# fact's assessment, which the fact statuses and the AWS tally both make after an ingest).
_shared: list[dict[str, dict]] = []


@contextmanager
def work_shared() -> Iterator[None]:
    """Within the block, shared_memo(purpose) is one dict per purpose, for work whose result
    depends only on its own key; outside any block it is None (nothing is shared)."""
    _shared.append({})
    try:
        yield
    finally:
        _shared.pop()


def shared_memo(purpose: str) -> dict | None:
    return _shared[-1].setdefault(purpose, {}) if _shared else None


def _state(conn: sqlite3.Connection, query: Query | None = None) -> tuple:
    narrow = _narrow_states.get(query) if isinstance(query, str) else None
    if narrow is not None:
        state = narrow(conn)
        if state is not None:
            return ("narrow", state, conn.execute("PRAGMA data_version").fetchone(),
                    conn.execute("PRAGMA schema_version").fetchone())
    return (conn.total_changes, conn.execute("PRAGMA data_version").fetchone(),
            conn.execute("PRAGMA schema_version").fetchone())


# SQL of one table's rows -> a count of that table's writes by a connection (None: not
# counted on it). Within rows_hashed_once, such a query's digest stands while the count,
# other connections' commits and the schema do not move, whatever else this connection
# writes: after an ingest the card sync, the unasked cards and the AWS tally each hash every
# fact row, and the cards and statuses written between them changed no fact (1 MB of notes:
# three hashes of some 0.09 s each).
_narrow_states: dict[str, Callable[[sqlite3.Connection], object]] = {}
# The fact rows as every kept key hashes them: the one query store.facts_listed_once counts
# the writes of (another spelling of it would be hashed again after every card written)
FACT_ROWS = "SELECT * FROM facts ORDER BY rowid"


@contextmanager
def rows_counted(query: str, writes: Callable[[sqlite3.Connection], object]) -> Iterator[None]:
    """Within the block, `query`'s rows change only when `writes(conn)` does (or another
    connection commits, or the schema changes); `writes` gives None for a connection it does
    not count the writes of."""
    _narrow_states[query] = writes
    try:
        yield
    finally:
        _narrow_states.pop(query, None)


def _hashed_rows(conn: sqlite3.Connection, query: Query) -> bytes:
    """The SHA-256 of the rows `query` returns, a batch at a time (memory stays flat on a
    large fact base): marshal is exact for the values SQLite returns, and one C call a batch
    where a repr per row was a third of the time."""
    digest = sha256()
    cursor = conn.execute(query) if isinstance(query, str) else conn.execute(*query)
    while rows := cursor.fetchmany(_BATCH):
        digest.update(marshal.dumps(rows))
    return digest.digest()


_BATCH = 1024


def _rows_digest(conn: sqlite3.Connection, sql: Query) -> bytes:
    """_hashed_rows, read once within rows_hashed_once while the database does not change."""
    memo = _hashed[-1] if _hashed else None
    if memo is None or conn.in_transaction:
        # inside a transaction a rollback takes back rows without moving total_changes: a
        # digest kept then could outlive the rows it was taken of
        return _hashed_rows(conn, sql)
    state = _state(conn, sql)
    known = memo.get((id(conn), sql))
    if known is not None and known[0] is conn and known[1] == state:
        return known[2]
    digest = _hashed_rows(conn, sql)
    # (the connection is held while the block lasts: its id cannot go to another one)
    memo[(id(conn), sql)] = (conn, state, digest)
    return digest


def today() -> str:
    from studycli.app.clock import today as clock_today

    return clock_today()


def db_name(db_path: Path) -> str:
    """The part of a kept file's name that says which database it is for."""
    from studycli.paths import real_path

    return sha256(real_path(db_path).encode()).hexdigest()[:16]


def _file(purpose: str, db_path: Path) -> Path:
    return cache_dir() / f"{purpose}-{db_name(db_path)}.json"


def kept_for(purpose: str, db_path: Path) -> bool:
    """Whether a result is kept for this purpose and database at all (one stat): where none
    is, the key a load would compare is not worth working out."""
    return os.path.exists(_file(purpose, db_path))


def load(purpose: str, db_path: Path, stamp: str) -> dict | None:
    """The kept result, if it was kept under this very key."""
    try:
        data = json.loads(_file(purpose, db_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("key") == stamp else None


def save(purpose: str, db_path: Path, stamp: str, result: dict) -> Path | None:
    """Written whole (a temporary file, then renamed): a reader never sees half a file.
    The file written, or None."""
    target = _file(purpose, db_path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps({**result, "key": stamp}), encoding="utf-8")
        os.replace(tmp, target)
    except OSError:
        return None  # nothing kept: the next run does the work again
    return target


def _blob(purpose: str, db_path: Path) -> Path:
    return cache_dir() / f"{purpose}-{db_name(db_path)}.bin"


def load_bytes(purpose: str, db_path: Path, stamp: str) -> bytes | None:
    """The bytes kept by save_bytes under this very key, or None."""
    try:
        data = _blob(purpose, db_path).read_bytes()
    except OSError:
        return None
    head, _, body = data.partition(b"\n")
    return body if head == stamp.encode() else None


def save_bytes(purpose: str, db_path: Path, stamp: str, body: bytes) -> Path | None:
    """save's twin for bytes: the key on the first line, then `body`; written whole."""
    target = _blob(purpose, db_path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(stamp.encode() + b"\n" + body)
        os.replace(tmp, target)
    except OSError:
        return None
    return target


def package_files(*names: str) -> list[str]:
    """Source files of studycli by relative name ("cards.py"); a folder ("questions")
    stands for its .py files. Paths as strings, listed by paths.names_in: pathlib's glob and
    Path objects were most of the cost of a key (the card sync's lists ~130 files, twice an
    ingest), and a name is told a file by its ".py", not by a stat of its own."""
    out: list[str] = []
    for name in names:
        path = _PACKAGE + os.sep + name
        out += [path] if name.endswith(".py") else _named_in(path, ".py")
    return out


def _named_in(folder: str, suffix: str) -> list[str]:
    """The paths of the names in `folder` (no trailing separator) that end in `suffix`
    (what glob("*" + suffix) finds), sorted."""
    from studycli.paths import names_in

    return [folder + os.sep + name for name in sorted(names_in(folder))
            if name.endswith(suffix)]


# studycli's own folder, as Path(studycli.__file__).parent names it
_PACKAGE = os.path.dirname(os.path.abspath(__file__))


def studycli_files() -> list[str]:
    """Every source file of studycli and every data file: for work that reaches far into the
    package (an exam draw: services, questions, the reference's statuses). Stats are cheap:
    ~200 files, under a millisecond."""
    out: list[str] = []
    stack = [_PACKAGE]
    while stack:
        with os.scandir(stack.pop()) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False) and entry.name != "__pycache__":
                    stack.append(entry.path)
                elif entry.name.endswith(".py"):
                    out.append(entry.path)
    return out + data_files()


def reference_files() -> list[Path]:
    """The AWS reference's files: statuses are read from the database, which an ingest
    brings in step with them, but work kept from a draw must not outlive a changed file."""
    from studycli.paths import reference_files as files

    return files()


def data_files() -> list[str]:
    from studycli.paths import data_dir

    return _named_in(os.fspath(data_dir()), ".json")


def shipped_reference_files() -> list[str]:
    """The AWS reference files shipped in data/reference (not $STUDYCLI_REFERENCE's)."""
    from studycli.paths import data_dir, reference_names

    folder = os.fspath(data_dir() / "reference")
    return [folder + os.sep + name for name in reference_names(folder)]


_CARDS_QUERIES = (FACT_ROWS, "SELECT * FROM comparisons ORDER BY rowid")
_CARDS_MARKS = ("SELECT id, missing FROM cards ORDER BY id",)


def cards_key(conn: sqlite3.Connection, db_path: Path) -> str:
    """What bringing the cards in step with the notes (studycli.cards.sync_cards) reads:
    every fact and comparison row, every card's id and missing mark, and the code and data
    that decide which cards a fact or a compared row gets (files not present are skipped),
    and the AWS reference, which decides which compare cards the quiz asks (compare_vouch).
    Equal keys: the cards are still in step, there is nothing to do."""
    return _cards_key(_cards_part(conn, db_path), conn)


def _cards_part(conn: sqlite3.Connection, db_path: Path):
    """cards_key's facts and comparisons, hashed (the cards' marks come after them)."""
    return hashed_rows(conn, db_path, _CARDS_QUERIES, "cards-2")


def _cards_key(part, conn: sqlite3.Connection) -> str:
    return finish(part, conn, _CARDS_MARKS,
                  [*data_files(), *shipped_reference_files(),
                   *package_files("questions", "cards.py", "model.py", "services.py",
                                  "compare.py", "compare_cards.py", "compare_model.py",
                                  "compare_sound.py", "compare_vouch.py", "reference")])


def when_cards_changed(sync):
    """Wraps studycli.cards.sync_cards: skipped (nothing added, revived or missing) when
    nothing it reads changed since it last ran on this database. Deciding every fact's card
    types is most of an ingest of unchanged notes."""
    import functools

    @functools.wraps(sync)
    def run(db, *args, **kwargs):
        path = getattr(db, "path", None)
        if path is None:
            return sync(db, *args, **kwargs)
        # The sync writes only the cards table: the facts and comparisons hashed before it
        # are those after it, so they are hashed once and the cards' marks twice.
        part = _cards_part(db.conn, path)
        # no result kept for this database (its first ingest): no key of before to compare
        if kept_for("cards", path) and load("cards", path, _cards_key(part, db.conn)) is not None:
            return {"added": 0, "revived": 0, "missing": 0}
        result = sync(db, *args, **kwargs)
        save("cards", path, _cards_key(part, db.conn), {})
        return result

    return run
