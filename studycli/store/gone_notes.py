"""Notes deleted from a folder since it was last ingested: their facts go with them.

A student deletes a note because it was wrong; it kept being quizzed, examined and cited
from a file that no longer exists. Each note remembers the folder it was found in (as
`ingest FOLDER` resolved it); ingesting that folder again removes the notes it no longer
holds. Only a folder walked whole counts: a subfolder that could not be read may hold them
still. A note whose folder and file are both missing is removed only when an ingest reads
its same text under another name (the folder renamed or moved); else it is kept (a drive
not mounted takes its notes' folders with it). A note named on its own (`ingest a.md`) has
no folder and is never removed so. Cards and reviews are kept (the card sync marks a card
whose fact is gone as missing), so a note put back, or restored from a backup, brings
its progress back with it.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable

from studycli.store.rollback import roll_back


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


def orphaned(conn: sqlite3.Connection, spared: set[str],
             exists: Callable[[str], bool] = os.path.exists) -> list[tuple[str, str, int, str]]:
    """(folder, note, its fact count, its text's sha256) for each note whose folder and file
    are both missing, but for `spared`. Nothing here says whether the folder was renamed,
    deleted, or is on a drive not mounted (an empty mount point, or one whose folder above
    holds another drive, looks the same): the caller removes only the notes it read again
    under another name (the same text), and keeps the rest."""
    rows = conn.execute("SELECT path, facts, folder, file, sha256 FROM sources "
                        "WHERE folder IS NOT NULL ORDER BY path").fetchall()
    folders = {folder: exists(folder) for _p, _f, folder, _file, _s in rows}  # one stat each
    return [(folder, path, facts or 0, sha) for path, facts, folder, file, sha in rows
            if path not in spared and not folders[folder] and not (file and exists(file))]


def samples_only(conn: sqlite3.Connection, samples: set[str], sample_names: set[str]
                 ) -> list[tuple[str | None, str, int]]:
    """(folder, note, its fact count) for each note stored when every one is a sample note
    shipped with studycli (found in one of the folders `samples`, or stored before folders were
    recorded under one of `sample_names`); [] when any note is the student's own."""
    rows = conn.execute("SELECT path, facts, folder FROM sources ORDER BY path").fetchall()
    if not all(folder in samples or (folder is None and path in sample_names)
               for path, _facts, folder in rows):
        return []
    return [(folder, path, facts or 0) for path, facts, folder in rows]


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
        roll_back(conn)
        raise
