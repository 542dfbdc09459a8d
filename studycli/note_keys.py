"""The name each note is stored under: its path relative to the folder it was found in,
unless another note already holds that name.

A note is keyed by that name (facts cite it, and ingesting the folder again finds it by
it), so two folders' README.md once shared one record and the second replaced the first's
facts: a student who ingested a second folder lost the first one's notes without a word.
A name is another note's when the file it was last read from still exists and is not this
one; this note then takes a longer name, the folders above it added one at a time
(`B/README.md`). A file read before keeps the name it had. A note whose file is gone has
moved (a renamed notes folder) when a file found now is that note (`claims`: its text, or
most of its fact lines): the name follows it, the longest name that ends the new path
first; any other file of its name leaves it alone (its drive may be away). A note with
no recorded file (an older version's, ingested one file at a time) keeps its name unless
it is the file being ingested. A shipped sample note gives its name up: a student's copy
of it is their own (ingest sets the samples aside).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Set
from functools import partial


def choose_keys(found: list[tuple[str, str]], stored: Mapping[str, str | None],
                exists: Callable[[str], bool] = os.path.exists, *,
                samples: Set[str] = frozenset(),
                claims: Callable[[str, str], bool] = lambda _key, _file: False) -> list[str]:
    """The name for each of `found` (its real file, its path relative to where it was found),
    given `stored` (each stored note's name -> the file it was last read from, None where
    that was never recorded). `samples`: the stored names of shipped sample notes, which
    give their names up. A note with no recorded file (ingested one file at a time by an
    older version) keeps its name unless `claims(name, file)`: that file is the note; so
    does a note whose recorded file is missing."""
    by_file = {file: key for key, file in stored.items() if file}
    by_base: dict[str, list[str]] = {}  # a file's name -> the stored names ending in it
    for name_held, file_read in stored.items():
        if file_read:
            by_base.setdefault(name_held.rsplit("/", 1)[-1], []).append(name_held)
    given: dict[str, str] = {}  # file -> its name this run (a file named twice is one note)
    used: set[str] = set()

    def held(key: str, *, file: str) -> bool:
        if key in used:
            return True
        if key not in stored or key in samples:
            return False
        other = stored[key]
        if other is None:
            return not claims(key, file)
        if other == file:
            return False
        # a note whose file is missing (a drive not mounted) keeps its name from any other
        # file but its own text moved: another folder's sqs.md replaced its facts
        return exists(other) or not claims(key, file)

    def moved(file: str) -> str | None:
        """The name of a stored note whose file is gone and whose name ends this file's path,
        the longest first: `B/README.md` follows B's folder when the folder above is renamed,
        rather than B taking `README.md` from A's (A then `A/README.md`, B's old record kept)."""
        ends = [key for key in by_base.get(os.path.basename(file), ())
                if key not in used and key not in samples and _ends(file, key)
                and not exists(stored[key] or "") and claims(key, file)]
        return max(ends, key=lambda key: key.count("/"), default=None)

    keys = []
    for file, name in found:
        key = given.get(file)
        if key is None:
            key = by_file.get(file)
            if key is None or key in used:
                key = moved(file) or _free_name(file, name, partial(held, file=file))
            given[file] = key
            used.add(key)
        keys.append(key)
    return keys


def _ends(file: str, key: str) -> bool:
    """Whether the name `key` (folders joined by /) is how the path `file` ends."""
    parts = key.split("/")
    return file.split(os.sep)[-len(parts):] == parts


def _free_name(file: str, name: str, held: Callable[[str], bool]) -> str:
    """`name`, or the shortest name with the folders above it that no other note holds (the
    whole path, if it comes to that: no other file has it)."""
    folders = file.split(os.sep)[:-len(name.split("/"))]
    for above in range(len(folders)):
        key = "/".join([*folders[len(folders) - above:], name])
        if not held(key):
            return key
    return file
