"""A folder ingested that is a copy of a folder ingested before: the copy stands in for it.

A student who copies ~/aws-notes to ~/aws-notes-v2, edits a few lines and ingests the copy
means the copy as their notes now; keeping both taught every fact twice (each lookup, quiz
and exam showed the same line from two files). A folder walked whole is a copy of another
recorded folder when at least half of that folder's notes are found in it under the same
names relative to each folder, and at least one of them has the very same text: a copy
edited here and there keeps most files byte for byte, while two unrelated folders that
happen to share a file name ("week1.md") rarely share a file's text. The older folder's notes
are then set aside as a deleted note is (store.gone_notes): their facts leave the fact base,
their cards and reviews are kept, and ingesting that folder again brings them back (and sets
the copy aside in turn). The summary says which folder stood in for which, and how to undo it.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class CopiedFolder:
    """`folder`, recorded before, whose notes `copy` (walked whole by this ingest) holds."""
    folder: str
    copy: str
    notes: list[tuple[str, int]]  # the older folder's notes, with their fact counts
    same_names: int               # how many of them the copy holds under the same name


def copied_folders(conn: sqlite3.Connection, walked: dict[str, dict[str, str]],
                   spared: set[str], samples: set[str],
                   exists: Callable[[str], bool] = os.path.isdir) -> list[CopiedFolder]:
    """Each recorded folder that a folder of `walked` (folder -> {name relative to it: its
    text's sha256}, the folders this ingest walked whole) is a copy of. A folder walked by
    this ingest, one holding or held by a walked folder, one no longer on disk (a folder
    moved is the moved notes' business), the shipped samples' folders (`samples`: they have
    rules of their own, studycli.sample_folders) and the notes in `spared` (set aside
    already, or found this time) are left alone."""
    walked = {folder: names for folder, names in walked.items() if folder not in samples}
    rows = conn.execute("SELECT path, folder, file, sha256, facts FROM sources "
                        "WHERE folder IS NOT NULL ORDER BY path").fetchall()
    recorded: dict[str, list[tuple[str, str | None, str, int]]] = {}
    for path, folder, file, sha, facts in rows:
        if path not in spared and folder not in samples:
            recorded.setdefault(folder, []).append((path, file, sha, facts or 0))
    out = []
    for folder, notes in sorted(recorded.items()):
        if folder in walked or any(_nested(folder, w) for w in walked) or not exists(folder):
            continue
        best = max(((_same_names(folder, notes, walked[copy]), copy) for copy in sorted(walked)),
                   default=((0, False), ""))
        (same, any_same_text), copy = best
        if same and any_same_text and 2 * same >= len(notes):
            out.append(CopiedFolder(folder, copy, [(p, f) for p, _file, _s, f in notes], same))
    return out


def _same_names(folder: str, notes: list[tuple[str, str | None, str, int]],
                copy: dict[str, str]) -> tuple[int, bool]:
    """(how many of `notes`, stored from `folder`, the copy holds under the same name
    relative to it, whether one of those has the very same text there)."""
    same, same_text = 0, False
    for _path, file, sha, _facts in notes:
        rel = _relative(file, folder)
        if rel is not None and rel in copy:
            same += 1
            same_text = same_text or copy[rel] == sha
    return same, same_text


def _relative(file: str | None, folder: str) -> str | None:
    if not file:
        return None
    rel = os.path.relpath(file, folder)
    return None if rel.startswith(os.pardir) else rel.replace(os.sep, "/")


def _nested(a: str, b: str) -> bool:
    """One folder inside the other (`ingest ~/notes` after `ingest ~/notes/sqs`)."""
    a, b = a.rstrip(os.sep) + os.sep, b.rstrip(os.sep) + os.sep
    return a.startswith(b) or b.startswith(a)
