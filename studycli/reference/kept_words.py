"""The words each reference pattern needs (line_claims._required_clauses), kept between runs.

Reading them parses every claim pattern with the stdlib's regex parser, which is pure Python:
some 400 patterns, ~0.15 s of every fresh process that checks the notes (each ingest's AWS
tally), for an answer that changes only with the pattern, the reading code and the
interpreter. So it is kept in the user's cache folder (studycli.kept), as Python keeps a
module's bytecode: one small file under a stamp of the interpreter and of the file and size
of the code that reads the words; another stamp, a damaged file (its checksum does not match)
or an unreadable one is ignored whole, and the words are read afresh. Never a source of
truth: deleting the file only costs time.
"""

from __future__ import annotations

import atexit
import sys
from collections.abc import Callable
from pathlib import Path

Words = tuple[frozenset[str], ...] | None  # (line_claims._read_required_clauses)

MAX_KEPT = 4096  # far more patterns than the reference holds: runs of other references

_kept: dict[str, Words] = {}
_used: dict[str, Words] = {}
_fresh = [0]  # patterns read afresh since the file was last written
_loaded: list[str] = []  # the stamp the kept entries were loaded under
_saving: list[bool] = []  # save() is registered to run at exit


def get(pattern: str, read: Callable[[str], Words]) -> Words:
    """`read(pattern)`, from the kept file when it holds this pattern for this very code."""
    stamp = _stamp(read)
    if not _loaded or _loaded[0] != stamp:
        _kept.clear()
        _kept.update(_load(stamp))
        _loaded[:] = [stamp]
    if pattern in _kept:
        words = _kept[pattern]
    else:
        words = read(pattern)
        if not _fresh[0] and not _saving:
            _saving.append(True)
            atexit.register(save)  # once, at the end of the run: whatever it read afresh
        _fresh[0] += 1
    _used[pattern] = words
    return words


def save() -> None:
    """Write the kept file when patterns were read afresh (a temporary file, then renamed:
    a reader never sees half of it). A file that cannot be written is left: nothing kept."""
    if not _fresh[0] or not _loaded:
        return
    entries = {**_kept, **_used}
    if len(entries) > MAX_KEPT:
        entries = dict(_used)
    path = _file()
    if path is None:
        return
    from studycli.stamped_marshal import write

    if not write(path, _loaded[0], entries):
        return
    _kept.update(entries)
    _fresh[0] = 0


def _file() -> Path | None:
    try:
        from studycli.kept import cache_dir

        return cache_dir() / f"pattern-words-{sys.implementation.cache_tag}.marshal"
    except Exception:  # noqa: BLE001 - no cache folder: the words are read every time
        return None


def _stamp(read: Callable[[str], Words]) -> str:
    """The interpreter (its regex parser reads the patterns) and the reading code's file,
    by name, size and modification time: an edit to it reads every pattern again."""
    import _sre

    from studycli.paths import file_stamp

    code = getattr(read, "__code__", None)
    where = code.co_filename if code is not None else repr(read)
    stat = file_stamp(where)  # once an ingest (paths.files_seen_once), asked once a pattern
    if stat is not None:
        where = f"{where}:{stat[1]}:{stat[0]}"
    return f"{sys.version}|{_sre.MAGIC}|{getattr(read, '__qualname__', '')}|{where}"


def _load(stamp: str) -> dict[str, Words]:
    """The kept entries for `stamp`, or none (missing, another stamp, damaged)."""
    path = _file()
    if path is None:
        return {}
    from studycli.stamped_marshal import read

    entries = read(path, stamp)
    if type(entries) is not dict or not all(type(k) is str and _words(v)
                                            for k, v in entries.items()):
        return {}
    return entries


def _words(v) -> bool:
    """Whether `v` is a kept value: None or a tuple of sets of words (what
    line_claims._read_required_clauses gives)."""
    if v is None:
        return True
    return type(v) is tuple and all(type(c) is frozenset and all(type(w) is str for w in c)
                                    for c in v)


def fresh_mark() -> int:
    """How many patterns were read afresh so far, for fresh_since (ingest_beside.py)."""
    return _fresh[0]


def fresh_since(mark: int) -> tuple[str, dict[str, Words]]:
    """The stamp and the words read afresh (not in the kept file), when some were read
    since `mark`: what a forked child hands back for its parent to keep (adopt)."""
    if _fresh[0] <= mark or not _loaded:
        return "", {}
    return _loaded[0], {k: v for k, v in _used.items() if k not in _kept}


def adopt(fresh: tuple[str, dict[str, Words]]) -> None:
    """Keep at exit, as if read here, the words a forked child read afresh (for the same
    reading code: its stamp)."""
    stamp, words = fresh
    if not words:
        return
    if not _loaded:
        _kept.update(_load(stamp))
        _loaded[:] = [stamp]
    new = {k: v for k, v in words.items() if k not in _used and k not in _kept}
    if _loaded[0] != stamp or not new:
        return
    _used.update(new)
    if not _fresh[0] and not _saving:
        _saving.append(True)
        atexit.register(save)
    _fresh[0] += len(new)
