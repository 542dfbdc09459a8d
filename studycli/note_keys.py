"""The name each note is stored under: its path relative to the folder it was found in,
unless another note already holds that name.

A note is keyed by that name (facts cite it, and ingesting the folder again finds it by
it), so two folders' README.md once shared one record and the second replaced the first's
facts: a student who ingested a second folder lost the first one's notes without a word.
A name is another note's when the file it was last read from still exists and is not this
one; this note then takes a longer name, the folders above it added one at a time
(`B/README.md`). A file read before keeps the name it had. A note whose file is gone has
moved (a renamed notes folder): the name follows it. A shipped sample note gives its name
up: a student's copy of it is their own (ingest sets the samples aside).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from functools import partial


def choose_keys(found: list[tuple[str, str]], stored: Mapping[str, str | None],
                exists: Callable[[str], bool] = os.path.exists) -> list[str]:
    """The name for each of `found` (its real file, its path relative to where it was found),
    given `stored` (each stored note's name -> the file it was last read from, None where
    that is unknown or the note may give its name up)."""
    by_file = {file: key for key, file in stored.items() if file}
    given: dict[str, str] = {}  # file -> its name this run (a file named twice is one note)
    used: set[str] = set()

    def held(key: str, *, file: str) -> bool:
        other = stored.get(key)
        return key in used or (other is not None and other != file and exists(other))

    keys = []
    for file, name in found:
        key = given.get(file)
        if key is None:
            key = by_file.get(file)
            if key is None or key in used:
                key = _free_name(file, name, partial(held, file=file))
            given[file] = key
            used.add(key)
        keys.append(key)
    return keys


def _free_name(file: str, name: str, held: Callable[[str], bool]) -> str:
    """`name`, or the shortest name with the folders above it that no other note holds (the
    whole path, if it comes to that: no other file has it)."""
    folders = file.split(os.sep)[:-len(name.split("/"))]
    for above in range(len(folders)):
        key = "/".join([*folders[len(folders) - above:], name])
        if not held(key):
            return key
    return file
