"""`studycli doctor`: check a database, restore it from a backup, or rebuild its fact base
from the notes keeping every card, review and exam. No printing here (cli/doctor.py renders)."""

from __future__ import annotations

import sqlite3
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path

from studycli.errors import StudyError
from studycli.store import repair
from studycli.store.backup import list_backups


@dataclass
class Checkup:
    """What `studycli doctor` found in one database file."""
    path: Path
    exists: bool
    problem: str | None = None           # why studycli would refuse to open it
    foreign: bool = False                # another program's: not ours to repair
    integrity: list[str] = field(default_factory=list)
    counts: dict = field(default_factory=dict)
    # the cards as `studycli stats` counts them (store.stats.card_states): the row count
    # alone read as another total than stats' (108 here, 102 there)
    card_states: dict = field(default_factory=dict)
    backups: list[Path] = field(default_factory=list)
    # notes last read by another version of the note reader (studycli.reader_stamp): their
    # facts are that version's until `ingest` reads them again
    read_before: list[str] = field(default_factory=list)

    @property
    def healthy(self) -> bool:
        return self.exists and self.problem is None and self.integrity == ["ok"]


def check(path: Path) -> Checkup:
    from studycli.errors import DatabaseError
    from studycli.store.db import connect
    from studycli.store.identity import ForeignDatabase

    up = Checkup(path, path.is_file(), backups=list_backups(path))
    if not up.exists:
        return up
    try:
        connect(path, readonly=True, migrate=False).close()
    except ForeignDatabase as exc:
        up.problem, up.foreign = str(exc), True
        return up
    except DatabaseError as exc:
        up.problem = str(exc)
    up.integrity = repair.integrity(path)
    try:
        conn = repair.open_as_is(path)
        up.counts = repair.counts(conn)
        up.card_states = _card_states(conn)
        up.read_before = _read_by_another_reader(conn)
        conn.close()
    except sqlite3.Error:
        pass
    return up


def _card_states(conn: sqlite3.Connection) -> dict[str, int]:
    from studycli.store.stats import card_states

    try:
        return card_states(conn)
    except (sqlite3.Error, UnicodeDecodeError):  # an old or damaged table: the count says it
        return {}


def _read_by_another_reader(conn: sqlite3.Connection) -> list[str]:
    """Stored notes whose facts another version of the note reader wrote (an upgrade since
    their last ingest): `ingest` reads only the paths it is given, so a folder ingested
    once and never again keeps the old reading, errors included, with nothing to say so."""
    from studycli.reader_stamp import reader_stamp

    try:
        rows = conn.execute("SELECT path FROM sources WHERE reader IS NOT ? ORDER BY path",
                            [reader_stamp()]).fetchall()
    except (sqlite3.Error, UnicodeDecodeError):  # before m034, or unreadable: said above
        return []
    return [str(r[0]) for r in rows]


def _refuse_foreign(path: Path) -> None:
    if path.exists() and check(path).foreign:
        raise StudyError(f"{path} is another program's database; studycli does not replace "
                         "it. Pass your studycli database with --db")


def restore(path: Path, backup: Path | None) -> tuple[Path, Path | None]:
    """Put a backup (the newest by default) in place; returns (backup used, file moved aside)."""
    _refuse_foreign(path)
    backups = list_backups(path)
    chosen = backup or (backups[0] if backups else None)
    if chosen is None:
        raise StudyError(f"no backups of {path} yet; `studycli doctor --rebuild NOTES...` "
                         "rebuilds it from your notes instead")
    listed = f"pick another from `studycli doctor --db '{path}'`"
    if not chosen.is_file():
        what = "does not exist" if not chosen.exists() else "is not a file"
        raise StudyError(f"{chosen} {what}; {listed}")
    if repair.integrity(chosen) != ["ok"]:
        raise StudyError(f"{chosen} is not a sound backup; {listed}")
    if check(chosen).foreign:  # restored, it would stand in for the student's database
        raise StudyError(f"{chosen} is another program's database, not a studycli backup; "
                         f"{listed}")
    return chosen, repair.restore(path, chosen)


def rebuild(path: Path, notes: list, follow_links: bool = False):
    """A new database from `notes` holding every card, review and exam `path` still has.
    Returns (ingest report, {table: (copied, unreadable)}, file moved aside or None)."""
    _refuse_foreign(path)
    fresh = path.with_name(path.name + ".rebuilding")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{fresh}{suffix}").unlink(missing_ok=True)
    had = path.exists()
    try:
        return _rebuild_into(fresh, path, notes, follow_links)
    except BaseException as exc:
        if had and not path.exists() and fresh.is_file():
            # failed between moving the student's file aside and putting the rebuilt one in
            # its place (_rebuild_into put the old one back where it could): the rebuilt file
            # is all there is at hand, so it is kept, and named
            raise StudyError(
                f"the rebuild stopped before it could take {path}'s place; the rebuilt "
                f"database is {fresh} and your old one was moved aside beside it "
                f"(*.before-rebuild-*): rename one of them to {path.name}") from exc
        # nothing half-built is left beside the student's database
        for suffix in ("", "-wal", "-shm"):
            Path(f"{fresh}{suffix}").unlink(missing_ok=True)
        raise


def _rebuild_into(fresh: Path, path: Path, notes: list, follow_links: bool):
    from studycli.ingest import ingest_paths
    from studycli.store.db import connect

    new = connect(fresh)
    kept: dict = {}
    if path.exists():
        try:
            old = repair.open_as_is(path)
        except sqlite3.Error:
            old = None
        if old is not None:
            with new.conn:
                new.conn.execute("BEGIN")
                kept = repair.salvage(old, new.conn)
            old.close()
    report = ingest_paths(new, notes, follow_links=follow_links)
    new.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    new.conn.execute("PRAGMA journal_mode = DELETE")  # one self-contained file to move
    new.close()
    if not report.facts:
        fresh.unlink(missing_ok=True)
        raise StudyError("no facts could be read from the notes given; nothing was changed. "
                         "Name the folders your notes are in: studycli doctor --rebuild PATH...")
    aside = repair.move_aside(path, "before-rebuild") if path.exists() else None
    try:
        fresh.rename(path)
    except BaseException:
        if aside is not None and not path.exists():
            with suppress(OSError):
                aside.rename(path)  # the student's database back where it was
        raise
    return report, kept, aside
