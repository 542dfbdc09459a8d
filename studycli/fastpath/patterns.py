"""The lookup's regular expressions compiled from engine code kept between runs.

The lookup package compiles some 30 patterns when it is imported or first used: ~3 ms of CPU,
near a tenth of a lookup. As the parser's patterns (studycli/extract/regex_cache.py, which
takes its mirror of re._compiler.compile from here; its file handling is its own: that module
brings pathlib and the parser's model, more than it would save here), the engine's code for
each is kept in the cache folder and handed straight to the engine next time: the same code, so
the same matches. Only on the CPython versions whose compile step this mirrors, and only
between `install` and `finish` (a lookup's run). A kept file that is missing, for another
interpreter, or whose entries do not match their CRC-32 (the engine does not check its code
thoroughly) is ignored whole and written again. Never a source of truth: deleting the file only
costs time. Stdlib only.
"""

from __future__ import annotations

import os
import sys

_MIRRORED = {(3, 11), (3, 12), (3, 13)}  # whose re._compiler.compile _entry/_engine mirror
MAX_KEPT = 400  # the lookup path compiles ~30; more means other runs took turns: keep ours

_kept: dict = {}
_used: dict = {}
_fresh = [0]  # patterns this run compiled without kept code


def _stamp() -> str:
    import _sre

    return f"{sys.implementation.cache_tag}-{sys.version_info[:3]}-{_sre.MAGIC}-{_sre.CODESIZE}"


def _entry(pattern, flags: int) -> tuple:
    """What re._compiler.compile hands the engine for this pattern."""
    from array import array
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = parsed.state.groupdict
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    # the opcodes are int subclasses marshal cannot write: kept as 32-bit words (CODESIZE 4)
    return (flags | parsed.state.flags, array("I", code).tobytes(), parsed.state.groups - 1,
            tuple(groupindex.items()), tuple(indexgroup))


def _engine(pattern, entry: tuple):
    """As re._compiler.compile ends: the engine's pattern object from the parse's results.
    The code's words are read back through a memoryview, the same unsigned ints `_entry`'s
    array wrote (a length no multiple of their size raises, as a damaged entry): importing
    array, a shared library, was ~1% of a lookup's instructions."""
    import _sre

    final, code, groups, groupindex, indexgroup = entry
    words = memoryview(code).cast("I").tolist()
    return _sre.compile(pattern, final, words, groups, dict(groupindex), indexgroup)


def _compile(original):
    def compile(p, flags=0):  # noqa: A001 - the name re._compiler gives it
        if type(p) not in (str, bytes) or flags & 128:  # 128: re.DEBUG prints; as is
            return original(p, flags)
        flags = int(flags)  # re passes an int; a RegexFlag (an int subclass) marshal cannot keep
        key = (type(p) is bytes, p, flags)
        entry = _kept.get(key)
        if entry is not None:
            try:
                compiled = _engine(p, entry)
            except Exception:  # noqa: BLE001 - a damaged entry: compile it afresh
                pass
            else:
                _used[key] = entry
                return compiled
        entry = _entry(p, flags)  # raises what re._compiler.compile raises
        compiled = _engine(p, entry)
        _fresh[0] += 1
        _used[key] = entry
        return compiled

    return compile


def _load(path: str) -> dict:
    from studycli.stamped_marshal import read

    return read(path, _stamp())


def _save(path: str) -> None:
    """Written whole (a temporary file, then renamed), only when this run compiled a pattern
    the file did not hold."""
    if not _fresh[0]:
        return
    if len(_used) > MAX_KEPT:
        return  # a run that built the database first compiled the parser's too: not kept
    entries = {**_kept, **_used}
    if len(entries) > MAX_KEPT:
        entries = dict(_used)
    from studycli.stamped_marshal import write

    write(path, _stamp(), entries)


def kept_file() -> str | None:
    """One file per interpreter release (two Pythons would otherwise take turns)."""
    from studycli.paths import cache_folder

    folder = cache_folder()
    if not folder:
        return None
    release = ".".join(str(n) for n in sys.version_info[:3])
    return os.path.join(folder, f"lookup-regex-{sys.implementation.cache_tag}-{release}.marshal")


_original: list = []  # re._compiler.compile as it was, while installed
_path: list[str] = []


def install() -> None:
    """Until `finish`, patterns compile from the kept code where there is some."""
    import _sre

    if _original or sys.implementation.name != "cpython" or \
            sys.version_info[:2] not in _MIRRORED or \
            _sre.CODESIZE != memoryview(bytes(8)).cast("I").itemsize:  # array("I")'s
        return
    path = kept_file()
    if path is None:
        return
    from re import _compiler  # type: ignore[attr-defined]

    if not _path or _path[0] != path:  # another cache folder (tests): its own file
        _path[:] = [path]
        _kept.clear()
        _kept.update(_load(path))
    _used.clear()
    _fresh[0] = 0
    _original.append(_compiler.compile)
    _compiler.compile = _compile(_compiler.compile)


def finish(keep: bool = True) -> None:
    """Patterns compile as usual again; what this run compiled afresh is kept, if `keep` (the
    file is written only then: a run whose patterns were all kept writes nothing)."""
    if not _original:
        return
    from re import _compiler  # type: ignore[attr-defined]

    _compiler.compile = _original.pop()
    if keep and _fresh[0] and _path:
        _save(_path[0])
        _kept.update(_used)
