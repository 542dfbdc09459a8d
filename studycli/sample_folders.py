"""Which folders recorded in a database hold the notes shipped with studycli.

The shipped notes' folder moves when studycli does: `pip install .` (the README's first command)
reads them from site-packages, and a later `pip install -e '.[test]'` (its second) from the
source checkout. A database the first command built records the old folder, and a student's own
notes ingested afterwards must still set those samples aside. So a folder is the samples' when
it is the current shipped folder, or when every note stored from it has the text of a shipped
note (`sources.sha256`: the sha256 of the text as read, as ingest records it).
"""

from __future__ import annotations

import hashlib
import sqlite3


def shipped_texts() -> set[str]:
    """sha256 of each shipped note's text, read as ingest reads it."""
    from studycli.ingest import read_note
    from studycli.paths import content_dir

    folder = content_dir()
    hashes = set()
    if folder.is_dir():
        for path in folder.iterdir():
            text = read_note(path, path.name, [])
            if text is not None:
                hashes.add(hashlib.sha256(text.encode("utf-8")).hexdigest())
    return hashes


def sample_folders(conn: sqlite3.Connection) -> set[str]:
    """The current shipped folder (resolved), and each recorded folder whose notes all have
    a shipped note's text."""
    from studycli.paths import content_dir

    current = str(content_dir().resolve())
    notes: dict[str, list[str]] = {}
    for folder, sha in conn.execute("SELECT folder, sha256 FROM sources WHERE folder IS NOT NULL"):
        notes.setdefault(folder, []).append(sha)
    others = [folder for folder in notes if folder != current]
    if not others:
        return {current}
    shipped = shipped_texts()
    return {current} | {folder for folder in others
                        if all(sha in shipped for sha in notes[folder])}
