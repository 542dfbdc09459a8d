"""A folder ingested that looks like a copy of a folder ingested before, and the folder a
student names with `ingest NEW --instead-of OLD`.

A student who copies ~/aws-notes to ~/aws-notes-v2, edits a few lines and ingests the copy
gets every fact twice (each lookup, quiz and exam shows the same line from two files). But a
student who keeps one folder per exam or per course (~/saa/sqs.md, ~/dva/sqs.md, the same
README.md template in each) and ingests them one at a time means to keep them all: no rule on
file names and texts tells the two apart with certainty, and notes set aside unasked are
notes the student no longer studies without knowing it. So nothing is set aside unless the
student names the folder to set aside (`--instead-of`, `instead_of` below); a folder that
only looks like a copy (at least half of the older folder's notes that hold facts under the
same names relative to each folder, and more than half of those with the very same text: an
edited copy keeps most files byte for byte, two exams' folders share a template and a name or
two) is said in the summary, with the command that would set the
older one aside. The notes set aside are set aside as a deleted note is (store.gone_notes):
their facts leave the fact base, their cards and reviews are kept, and ingesting that folder
again brings them back.

The notes recorded and the samples' folders among them are read once for the copy check and
the shipped samples set aside (RecordedSources, built in ingest._gone_notes before this
ingest's notes are stored); the ingest's keys (ingest._keyed) and gone_notes.orphaned still
read the same table on their own (three reads an ingest: one could serve all). No copy is
looked for, and nothing read for one, when the ingest walked no folder whole and names none
to set aside.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from studycli.errors import StudyError
from studycli.paths import expand_home


@dataclass
class CopiedFolder:
    """`folder`, recorded before, whose notes `copy` (walked whole by this ingest) holds."""
    folder: str
    copy: str
    notes: list[tuple[str, int]]  # the older folder's notes, with their fact counts
    same_names: int               # how many of them the copy holds under the same name
    same_texts: int               # how many of those have the very same text in the copy


Recorded = dict[str, list[tuple[str, str | None, str, int]]]


class RecordedSources:
    """The notes recorded with a folder (path, folder, file, sha256, facts), read from
    `conn` once when first asked, and the shipped samples' folders among them
    (studycli.sample_folders). For the steps of one ingest before its notes are stored
    and before any is set aside, which write nothing in between."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    @cached_property
    def rows(self) -> list[tuple[str, str, str | None, str, int | None]]:
        return self._conn.execute("SELECT path, folder, file, sha256, facts FROM sources "
                                  "WHERE folder IS NOT NULL ORDER BY path").fetchall()

    @cached_property
    def samples(self) -> set[str]:
        from studycli.sample_folders import sample_folders_of

        return sample_folders_of((folder, sha) for _p, folder, _f, sha, _n in self.rows)


def _recorded(sources: RecordedSources, spared: set[str], samples: set[str]) -> Recorded:
    """Each recorded folder's notes (path, file, sha256, facts), but those in `spared` and
    the shipped samples' (they have rules of their own, studycli.sample_folders)."""
    recorded: Recorded = {}
    for path, folder, file, sha, facts in sources.rows:
        if path not in spared and folder not in samples:
            recorded.setdefault(folder, []).append((path, file, sha, facts or 0))
    return recorded


def look_like_copies(sources: RecordedSources, walked: dict[str, dict[str, str]],
                     spared: set[str], samples: set[str],
                     exists: Callable[[str], bool] = os.path.isdir) -> list[CopiedFolder]:
    """Each recorded folder that a folder of `walked` (folder -> {name relative to it: its
    text's sha256}, the folders this ingest walked whole) looks like a copy of: said, never
    set aside. A folder walked by this ingest, one holding or held by a walked folder, one no
    longer on disk (a folder moved is the moved notes' business), the shipped samples'
    folders and the notes in `spared` (set aside already, or found this time) are left
    alone."""
    walked = {folder: names for folder, names in walked.items() if folder not in samples}
    if not walked:  # (no folder of the student's walked whole: nothing to be a copy)
        return []
    out = []
    for folder, notes in sorted(_recorded(sources, spared, samples).items()):
        if folder in walked or any(_nested(folder, w) for w in walked) or not exists(folder):
            continue
        # only notes that teach something count (a template of no fact copied into every
        # folder byte for byte), and more than half of the names shared must be the same
        # text: two exams' folders sharing a template and one service's file are no copy
        taught = [note for note in notes if note[3] > 0]
        best = max(((_same_names(folder, taught, walked[copy]), copy) for copy in sorted(walked)),
                   default=((0, 0), ""))
        (same, same_texts), copy = best
        if same and 2 * same >= len(taught) and 2 * same_texts > same:
            out.append(CopiedFolder(folder, copy, [(p, f) for p, _file, _s, f in notes],
                                    same, same_texts))
    return out


def instead_of_folder(sources: RecordedSources, named: str, walked: dict[str, dict[str, str]],
                      spared: set[str], samples: set[str]) -> CopiedFolder | None:
    """The notes recorded from `named` (a folder the student named with --instead-of), to be
    set aside for the folders this ingest walked: None when none is recorded from it, or it is
    (or holds, or is held by) a folder of this ingest."""
    if any(named == w or _nested(named, w) for w in walked):
        return None
    notes = [note for folder, rows in _recorded(sources, spared, samples).items()
             for note in rows if folder == named or _relative(note[1], named) is not None]
    if not notes:
        return None
    scored = sorted(((_same_names(named, notes, names), copy) for copy, names in walked.items()),
                    key=lambda s: (-s[0][0], -s[0][1], s[1]))
    (same, same_texts), copy = scored[0] if scored else ((0, 0), "")
    return CopiedFolder(named, copy, [(p, f) for p, _file, _s, f in notes], same, same_texts)


def set_aside_for(db, report, notes: list[tuple[Path, str]],
                  sha_of: dict[str, str], spared: set[str],
                  instead_of: str | Path | None = None,
                  sources: RecordedSources | None = None
                  ) -> list[tuple[str, str, int, bool]]:
    """For studycli.ingest (`report`: its IngestReport, `notes` its notes found, `sha_of` the
    sha256 of each note read): the notes of `instead_of`, the folder ingested before that the
    student named for the folders of this ingest to replace, recorded in
    `report.copies_set_aside`; without it, nothing: the folders a folder walked whole only
    looks like a copy of are kept, and listed in `report.copies_found`. `sources`: the
    notes recorded, as the ingest read them already, if it did."""
    walked: dict[str, dict[str, str]] = {}
    for path, name in notes:
        if name not in sha_of:
            continue
        real = os.path.realpath(path)
        for folder, (names, whole) in report.folders.items():
            if whole and name in names and real.startswith(folder.rstrip(os.sep) + os.sep):
                rel = os.path.relpath(real, folder).replace(os.sep, "/")
                walked.setdefault(folder, {})[rel] = sha_of[name]
    if instead_of is None and not walked:
        report.copies_found = []
        return []
    sources = sources or RecordedSources(db.conn)
    samples = sources.samples
    if instead_of is None:
        report.copies_found = [
            {"folder": c.folder, "copy": c.copy, "notes": len(c.notes),
             "same_names": c.same_names, "same_texts": c.same_texts}
            for c in look_like_copies(sources, walked, spared, samples)]
        return []
    try:
        named = os.path.realpath(expand_home(instead_of))
    except StudyError as exc:  # "~nouser/notes": said as every other path says it
        report.warnings.append(f"--instead-of {exc}; nothing set aside")
        return []
    copy = instead_of_folder(sources, named, walked, spared, samples)
    if copy is None:
        report.warnings.append(
            f"--instead-of {instead_of}: no notes ingested before from it"
            + (" apart from the folders ingested now"
               if any(named == w or _nested(named, w) for w in walked) else "")
            + "; nothing set aside")
        return []
    if not copy.copy:  # no folder walked whole: the notes given stand in for it
        copy.copy = next(iter(report.folders), "") or str(notes[0][0].resolve().parent)
    report.copies_set_aside.append({"folder": copy.folder, "copy": copy.copy,
                                    "notes": len(copy.notes),
                                    "facts": sum(f for _n, f in copy.notes),
                                    "same_names": copy.same_names})
    return [(copy.folder, note, facts, False) for note, facts in copy.notes]


def _same_names(folder: str, notes: list[tuple[str, str | None, str, int]],
                copy: dict[str, str]) -> tuple[int, int]:
    """(how many of `notes`, stored from `folder`, the copy holds under the same name
    relative to it, how many of those have the very same text there)."""
    same = same_text = 0
    for _path, file, sha, _facts in notes:
        rel = _relative(file, folder)
        if rel is not None and rel in copy:
            same += 1
            same_text += copy[rel] == sha
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
