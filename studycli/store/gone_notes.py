"""Notes deleted from a folder since it was last ingested: their facts go with them.

A student deletes a note because it was wrong; it kept being quizzed, examined and cited
from a file that no longer exists. Each note remembers the folder it was found in (as
`ingest FOLDER` resolved it); ingesting that folder again removes the notes it no longer
holds. Only a folder walked whole counts: a subfolder that could not be read may hold them
still. A note whose folder and file are both gone (the folder renamed or deleted) is
removed on the next ingest that reads a note. A note named on its own (`ingest a.md`) has
no folder and is never removed so. Cards and reviews are kept (the card sync marks a card
whose fact is gone as missing), so a note put back, or restored from a backup, brings
its progress back with it.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Set


def remember_folder(conn: sqlite3.Connection, folder: str, names: list[str]) -> None:
    """Record `folder` as where each of `names` (its notes found this time) lives; a no-op
    ingest writes nothing (store.source_files.record)."""
    from studycli.store.source_files import record

    record(conn, "folder", dict.fromkeys(names, folder))


def gone_from(conn: sqlite3.Connection, folder: str, names: list[str]) -> list[tuple[str, int]]:
    """(note, its fact count) for each note last found in `folder` that is not among `names`."""
    here = set(names)
    rows = conn.execute("SELECT path, facts FROM sources WHERE folder = ? ORDER BY path",
                        [folder]).fetchall()
    return [(path, facts or 0) for path, facts in rows if path not in here]


def orphaned(conn: sqlite3.Connection, spared: set[str], found: Set[str] = frozenset(),
             exists: Callable[[str], bool] = os.path.exists) -> list[tuple[str, str, int]]:
    """(folder, note, its fact count) for each note whose folder and file are both gone (a
    folder renamed or deleted), but for `spared`: it can never be ingested again under its
    name, and a student kept being taught its old text beside the note that replaced it.
    Only when that is sure: a file of its name was found this time (`found`: the names of
    the files found; the folder was renamed), or the folder above it is there and holds
    something (the folder was renamed or deleted). A drive not mounted, or a sync folder
    away, takes the folders above with it, or leaves an empty mount point: kept."""
    rows = conn.execute("SELECT path, facts, folder, file FROM sources "
                        "WHERE folder IS NOT NULL ORDER BY path").fetchall()
    folders = {folder: exists(folder) for _p, _f, folder, _file in rows}  # many notes, one stat
    above = {folder: _holds_something(os.path.dirname(folder))
             for folder, there in folders.items() if not there}
    return [(folder, path, facts or 0) for path, facts, folder, file in rows
            if path not in spared and not folders[folder] and not (file and exists(file))
            and (above[folder] or os.path.basename(file or path) in found)]


def _holds_something(folder: str) -> bool:
    try:
        with os.scandir(folder) as entries:
            return any(True for _ in entries)
    except OSError:
        return False


def samples_only(conn: sqlite3.Connection, samples: str, sample_names: set[str]
                 ) -> list[tuple[str, int]]:
    """(note, its fact count) for each note stored when every one is a sample note shipped
    with studycli (found in the folder `samples`, or stored before folders were recorded
    under one of `sample_names`); [] when any note is the student's own."""
    rows = conn.execute("SELECT path, facts, folder FROM sources ORDER BY path").fetchall()
    if not all(folder == samples or (folder is None and path in sample_names)
               for path, _facts, folder in rows):
        return []
    return [(path, facts or 0) for path, facts, _folder in rows]


def fact_keys(conn: sqlite3.Connection, source: str) -> dict[tuple[str, str, str, str], int]:
    """Each fact key (Fact.key: lower-cased) a note's facts have, with how many facts."""
    return {(s, subj, a, q): n for s, subj, a, q, n in conn.execute(
        "SELECT lower(service), lower(subject), lower(attribute), qualifier, count(*) "
        "FROM facts WHERE source = ? GROUP BY 1, 2, 3, 4", [source])}


def forget(conn: sqlite3.Connection, source: str) -> None:
    """Remove one note's facts, comparisons, lines and record, in one transaction (the
    full-text indexes follow through their delete triggers)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        for table in ("comparisons", "facts", "note_lines"):
            conn.execute(f"DELETE FROM {table} WHERE source = ?", [source])
        conn.execute("DELETE FROM sources WHERE path = ?", [source])
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
