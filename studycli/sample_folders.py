"""Which folders recorded in a database hold the notes shipped with studycli.

The shipped notes' folder moves when studycli does: `pip install .` (the README's first command)
reads them from site-packages, and a later `pip install -e '.[test]'` (its second) from the
source checkout. A database the first command built records the old folder, and a student's own
notes ingested afterwards must still set those samples aside. So a folder is the samples' when
it is the current shipped folder, or when every note stored from it has the text of a shipped
note (`sources.sha256`: the sha256 of the text as read, as ingest records it).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from functools import cache
from pathlib import Path


def shipped_texts() -> frozenset[str]:
    """sha256 of each shipped note's text, read as ingest reads it (once per process while
    the shipped files stay as they are: an ingest asks up to three times)."""
    from studycli.paths import content_dir

    folder = content_dir()
    if not folder.is_dir():
        return frozenset()
    files = sorted(folder.iterdir())
    return _hashes(tuple((str(p), *_stamp(p)) for p in files))


def _stamp(path: Path) -> tuple[int, int]:
    info = path.stat()
    return info.st_mtime_ns, info.st_size


@cache
def _hashes(files: tuple[tuple[str, int, int], ...]) -> frozenset[str]:
    from studycli.ingest import read_note, text_sha256

    texts = (read_note(Path(name), Path(name).name, []) for name, _mtime, _size in files)
    return frozenset(text_sha256(text) for text in texts if text is not None)


def sample_folders(conn: sqlite3.Connection) -> set[str]:
    """The current shipped folder (resolved), and each recorded folder whose notes all have
    a shipped note's text."""
    return sample_folders_of(
        conn.execute("SELECT folder, sha256 FROM sources WHERE folder IS NOT NULL"))


def sample_folders_of(recorded: Iterable[tuple[str, str]]) -> set[str]:
    """sample_folders of the (folder, sha256) of each note recorded with a folder, for a
    caller that has read them already (studycli.copied_folders.RecordedSources)."""
    from studycli.paths import content_dir

    current = str(content_dir().resolve())
    notes: dict[str, list[str]] = {}
    for folder, sha in recorded:
        notes.setdefault(folder, []).append(sha)
    others = [folder for folder in notes if folder != current]
    if not others:
        return {current}
    shipped = shipped_texts()
    return {current} | {folder for folder in others
                        if all(sha in shipped for sha in notes[folder])}
