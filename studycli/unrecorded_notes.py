"""Which found file is a note an older version stored with no file recorded (ingested one
file at a time: `ingest notes/sqs.md`), when a folder holding a file of that name is
ingested now.

Such a note keeps its name (note_keys.choose_keys) unless a file claims it. Claiming too
little kept an edited note's stale copy beside it forever, cited as a conflict with the
student's own correction; claiming too much let another folder's README.md replace the
note's facts. A file claims the note when it was named on its own, when its text is
unchanged, or when it is the only file of that name found and still holds most of the
note's fact lines and names its services (the same note, edited; a service its file name
names counts). A note whose file is gone (a folder renamed, or a drive away) is claimed the
same way: by its unchanged text, or by a file of its name, named on its own or the only one
found, that still holds it. Several files of that name: only an unchanged text tells which.
"""

from __future__ import annotations

import os
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

# an edited note keeps at least this share of its stored lines; another note of the same
# name (two folders' README.md) shares hardly any
_KEPT_SHARE = 0.5


def note_claims(conn: sqlite3.Connection, in_folders: Iterable[str]
                ) -> Callable[[str, str], bool]:
    """`claims(key, file)` for note_keys.choose_keys: whether `file` (a real path) is the note
    stored as `key` with no file recorded. `in_folders`: the real paths of the files found
    in the folders ingested (the rest were named on their own). Their set and names are
    counted once, not per note asked about."""
    from studycli.ingest import text_sha256  # ingest imports this module when it runs

    found = set(in_folders)
    named = Counter(os.path.basename(file) for file in found)

    def claims(key: str, file: str) -> bool:
        row = conn.execute("SELECT sha256, file FROM sources WHERE path = ?", [key]).fetchone()
        if file not in found and (row is None or row[1] is None):
            return True  # named on its own again (a note whose file is missing is not so sure)
        text = _text(file)
        if text is None or row is None:
            return False
        if row[0] == text_sha256(text):
            return True
        # a file named on its own is the only one of its name this ingest looked at
        alone = file not in found or named[os.path.basename(file)] == 1
        return alone and _still_holds(conn, key, text, file)

    return claims


def _text(file: str) -> str | None:
    try:
        return Path(file).read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return None


def _still_holds(conn: sqlite3.Connection, key: str, text: str, file: str) -> bool:
    """Does `text` still hold most of the lines the note `key` made facts of, about the same
    services? Only those lines count: two folders' notes.md written from one template share
    their headings and tips, and the SQS note's facts were replaced by the Lambda note's.
    A service the note's file name names counts as named ("lambda.txt" of bare bullets
    names Lambda only so: an edited copy of it in a renamed folder is still the note). In
    doubt (no fact lines stored), no: the note is kept."""
    stored = {_normal(line) for (line,) in conn.execute(
        "SELECT text FROM note_lines WHERE source = ? AND line IN "
        "(SELECT line FROM facts WHERE source = ?)", [key, key])} - {""}
    if not stored:
        return False
    now = {_normal(line) for line in text.splitlines()}
    if len(stored & now) < _KEPT_SHARE * len(stored):
        return False
    from studycli.services import find_services

    services = {service for (service,) in conn.execute(
        "SELECT DISTINCT service FROM facts WHERE source = ? AND service != ''", [key])}
    from studycli.extract.note_topic import file_service

    named_now = {m.name for m in find_services(text)} | {file_service(file), file_service(key)}
    return services <= named_now


def _normal(line: str) -> str:
    return " ".join(line.split()).lower()
