"""Compiled regular expressions kept between runs, as Python keeps a module's bytecode.

The parser compiles some 700 patterns when it is imported (service and unit alternations of
thousands of characters among them): about 80 ms of a fresh process, most of a shipped-notes
ingest's fixed cost. Compiling is a pure function of (pattern, flags) and the interpreter, so
its result, the regex engine's code, is kept in the user's cache folder (studycli.kept) and
handed straight to the engine next time: the same code, so the same matches, byte for byte.

`install()` routes the `re` module's compile step through the kept code; `save_at_exit()`,
called once a run did its work (an ingest that stored its notes), keeps what it compiled
afresh when the process ends: a run that refused its input writes nothing. Only on the CPython
versions whose compile step this mirrors (re._compiler.compile); anywhere else, or when the
kept file is missing, unreadable, damaged or for another interpreter, patterns compile as
usual. The engine does not check its code thoroughly (a word changed in a kept entry can
change matches or crash the interpreter), so the entries are kept with a checksum and a file
whose entries do not match it is ignored whole, then written again. Never a source of truth:
deleting the file only costs time.
"""

from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
import time
import zlib
from array import array
from pathlib import Path

# the interpreters whose re._compiler.compile this mirrors line for line, and the mirror itself:
# one copy, shared with the lookup's kept patterns (a stdlib-only module)
from studycli.fastpath.patterns import _MIRRORED, _engine, _entry, _stamp

# more kept patterns than any run compiles means runs with other patterns took turns: keep
# only the last run's
MAX_KEPT = 2500  # an ingest compiles some 750; loading the file costs ~1 ms per 1,000
# A purpose's own file (the exam's) stays small: every exam reads all of it at start-up.
# (An exam over the shipped notes compiles some 600: questions23's per-service spelling and
# per-operation patterns took it just past 600; the parser's 750 still stay out.)
OWN_KEPT = 700
# Rewriting the file (some 600 KB) costs about as much as this: a run that compiled less than
# it afresh leaves the file as it is. (A pattern built from a set's order, as one of a library
# is, differs from run to run and is compiled every time; that costs well under this.)
SAVE_FROM_SECONDS = 0.003

_Entry = tuple[int, bytes, int, tuple[tuple[str, int], ...], tuple[str | None, ...]]

# (is bytes, pattern, flags): the type first, so a str and a bytes pattern are never compared
# (`python -bb` makes that an error, and the stock `re` cache keys on the type too)
_Key = tuple[bool, str | bytes, int]
_kept: dict[_Key, _Entry] = {}
_used: dict[_Key, _Entry] = {}
_compiling = [0.0]  # seconds this run spent compiling patterns the file did not hold
_installed = False
_path: list[Path] = []  # the kept file, once installed
_purpose = [""]  # whose patterns the kept file holds ("": the parser's)
_saving = [False]


def kept_file(purpose: str = "") -> Path:
    """One file per interpreter release: two Pythons of one minor version (a system 3.11.2
    and a pyenv 3.11.7) would otherwise take turns rewriting one file neither can read. And
    one per purpose: a new exam compiles some 50 patterns, the parser some 750, and reading
    the parser's with its own (1,250 entries, 1.4 MB) cost a new exam more than its whole
    database read; the parser's file keeps the name it always had."""
    from studycli.kept import cache_dir

    release = ".".join(str(n) for n in sys.version_info[:3])
    of = f"{purpose}-" if purpose else ""
    return cache_dir() / f"regex-{of}{sys.implementation.cache_tag}-{release}.marshal"


def _compile(original):
    def compile(p, flags=0):  # noqa: A001 - the name re._compiler gives it
        if not isinstance(p, (str, bytes)) or flags & re.DEBUG:
            return original(p, flags)
        key = (isinstance(p, bytes), p, flags)
        entry = _kept.get(key)
        if entry is not None:
            try:
                compiled = _engine(p, entry)
            except Exception:  # noqa: BLE001 - a damaged entry: compile it afresh
                entry = None
            else:
                _used[key] = entry
                return compiled
        began = time.perf_counter()
        entry = _entry(p, flags)  # raises what re._compiler.compile raises
        compiled = _engine(p, entry)
        _compiling[0] += time.perf_counter() - began
        _used[key] = entry
        return compiled

    return compile


def _load(path: Path) -> dict:
    """The kept entries, or nothing when the file is missing, for another interpreter, or its
    entries do not match their checksum (damaged on disk, or edited)."""
    try:
        data = marshal.loads(path.read_bytes())
        if not isinstance(data, dict) or data.get("stamp") != _stamp():
            return {}
        blob = data.get("entries")
        if not isinstance(blob, bytes) or zlib.crc32(blob) != data.get("crc32"):
            return {}
        entries = marshal.loads(blob)
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    return entries if isinstance(entries, dict) else {}


def _save(path: Path) -> None:
    """Written whole (a temporary file, then renamed) when this run spent a while compiling
    patterns the file did not hold, or held damaged. A purpose's own file (the exam's) keeps
    what its runs use (a default exam some 50 patterns, `--as-written` some 220, `--service`
    some 140: a student switching between them recompiles nothing), and is cut back to this
    run's patterns only when it holds more than OWN_KEPT: a run that parsed notes under a
    purpose's file (the first command on a new database did, before fastpath/kept_patterns.py)
    added the parser's 750, which every exam after would read for nothing."""
    own = _purpose[0] != ""
    oversized = own and len(_kept) > OWN_KEPT
    # with no file yet (or an empty one), the first run that compiled anything writes one
    # whatever its time: on a fast machine `cards`
    # compiles its 20-odd patterns in under SAVE_FROM_SECONDS and never kept them
    if _compiling[0] < SAVE_FROM_SECONDS and not oversized and (_kept or not _used):
        return
    entries = {**_kept, **_used}
    if len(entries) > (OWN_KEPT if own else MAX_KEPT):
        entries = dict(_used)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        blob = marshal.dumps(entries)
        tmp.write_bytes(marshal.dumps({"stamp": _stamp(), "crc32": zlib.crc32(blob),
                                       "entries": blob}))
        os.replace(tmp, path)
    except (OSError, ValueError):
        try:
            tmp.unlink(missing_ok=True)  # a full disk must not keep a half-written copy
        except OSError:
            pass


def install(purpose: str = "") -> None:
    """From now on, patterns compile from the kept code where there is some: that kept for
    `purpose` ("exam"; "" the parser's, the ingest's). Idempotent: the first call's purpose
    is the run's."""
    global _installed
    import _sre

    if _installed or sys.implementation.name != "cpython" or \
            sys.version_info[:2] not in _MIRRORED or _sre.CODESIZE != array("I").itemsize:
        return
    from re import _compiler  # type: ignore[attr-defined]

    try:
        path = kept_file(purpose)
    except Exception:  # noqa: BLE001 - no cache folder: patterns compile as usual
        return
    _installed = True
    _path.append(path)
    _purpose[0] = purpose
    _kept.update(_load(path))
    _compiler.compile = _compile(_compiler.compile)


def save_at_exit() -> None:
    """Keep this run's patterns when the process ends (those compiled afresh until then too:
    printing the report compiles a few). Idempotent; nothing when not installed."""
    if _path and not _saving[0]:
        _saving[0] = True
        atexit.register(_save, _path[0])


def fresh_mark() -> float:
    """Where this run's compiling stands, for fresh_since (ingest_beside.py)."""
    return _compiling[0]


def fresh_since(mark: float) -> tuple[dict[_Key, _Entry], float]:
    """The patterns compiled afresh (not in the kept file) and the seconds spent compiling
    since `mark`: what a forked child hands back for its parent to keep (adopt)."""
    if _compiling[0] <= mark:
        return {}, 0.0
    return {k: v for k, v in _used.items() if k not in _kept}, _compiling[0] - mark


def adopt(fresh: tuple[dict[_Key, _Entry], float]) -> None:
    """Keep at exit, as if compiled here, the patterns a forked child compiled afresh."""
    entries, seconds = fresh
    new = {k: v for k, v in entries.items() if k not in _used}
    if new:
        _used.update(new)
        _compiling[0] += seconds
