"""A note read under a new name with the text of a note gone from its old one: moved or
renamed. Which new name each old note went to, and what of it did not come along.

The same text need not give the same facts: a line that names no service is filed under the
service the file name names (lambda.txt's "- max timeout 15 minutes"), so week1.txt, the same
text, gives fewer. A student told "your cards are all kept" while a dozen went missing would
stop studying what they still need.
"""

from __future__ import annotations

import posixpath
import sqlite3


def pair_moved(conn: sqlite3.Connection, gone: list[str], read_now: list[tuple[str, str]]
               ) -> dict[str, str]:
    """old name -> new name, one to one, for each gone note whose stored text (sha256) was
    read this time under another name: of several identical notes (old/a.md and old/b.md
    moved to new/), each goes to the new name with its own base name first, then to any left."""
    by_sha: dict[str, list[str]] = {}
    for sha, name in read_now:
        by_sha.setdefault(sha, []).append(name)
    shas = {note: row[0] for note in gone if (row := conn.execute(
        "SELECT sha256 FROM sources WHERE path = ?", [note]).fetchone())}
    out: dict[str, str] = {}
    taken: set[str] = set()
    for same_base in (True, False):
        for note in gone:
            if note in out or shas.get(note) not in by_sha:
                continue
            base = posixpath.basename(note)
            for name in by_sha[shas[note]]:
                if name not in taken and (not same_base or posixpath.basename(name) == base):
                    out[note] = name
                    taken.add(name)
                    break
    return out


def lost_with(conn: sqlite3.Connection, keys: dict[tuple[str, str, str, str], int]
              ) -> tuple[int, int]:
    """(facts, cards) of a note's fact keys (`keys`: key -> its facts) that no note stored
    now has: the facts the note no longer gives, and the cards that asked them (kept, marked
    missing by the card sync, asked again should the facts come back)."""
    facts = cards = 0
    for key, n in keys.items():
        if conn.execute("SELECT 1 FROM facts WHERE lower(service) = ? AND lower(subject) = ? "
                        "AND lower(attribute) = ? AND qualifier = ? LIMIT 1", key).fetchone():
            continue
        facts += n
        cards += conn.execute("SELECT count(*) FROM cards WHERE service = ? AND subject = ? "
                              "AND attribute = ? AND qualifier = ? AND missing = 0",
                              key).fetchone()[0]
    return facts, cards


def service_named_only_by(old: str, new: str) -> str:
    """The service the old file name names and the new one does not ("lambda.txt" ->
    "week1.txt": Lambda), the likely reason a moved note gives fewer facts; else ""."""
    from studycli.extract.note_topic import file_service

    service = file_service(old)
    return service if service and file_service(new) != service else ""
