"""studycli's own modules for a fast command, read from one kept file instead of ~150.

Importing a module costs some 300K instructions before its code runs (callgrind, an empty
module: the path finder's look at its folder, the bytecode file's name, the stats, an open
and a read, the header's checks); a lookup imports ~150 of studycli's, about 12% of its
instructions. The code of the modules a command imported is kept in one file of the cache
folder (each module's bytecode, as the interpreter's cache holds it) and a finder put first
on sys.meta_path serves them from it: one stat of the source a module, then its code.

As Python's own bytecode cache, a module's kept code is used only while its source has the
modification time (here to the nanosecond) and size it was read at, and its change time too
(ctime, which no tool can set: an installer or a checkout that restores a file's mtime, with
a new text of the same size, must not be served the old code while the interpreter's own
bytecode file was compiled again from the new text), and only for this
interpreter and this copy of the package (its folder is in the file's stamp); a module whose
source was written since the process started is not kept, and nothing is kept where Python
is told to write no bytecode (-B, PYTHONDONTWRITEBYTECODE). Each module's code carries its
CRC-32, checked before it is unmarshalled (a damaged code object can crash the interpreter).
Anything else (a module not kept, a stale one, a missing or damaged file) is imported as
usual. Never a source of truth: deleting the file only costs time. Stdlib only.
"""

from __future__ import annotations

import os
import sys

MAX_MODULES = 400  # a run that built the database imported the parser's too: not kept
_FORMAT = 2  # 2: a source's change time (ctime) kept and checked too


class _Finder:
    """Finds and loads studycli's modules kept for this command (sys.meta_path's protocol)."""

    def __init__(self, entries: dict) -> None:
        self.entries = entries
        self.served: set[str] = set()
        self.before = frozenset(sys.modules)  # imported before: none of this run's

    def find_spec(self, fullname, path=None, target=None):
        entry = self.entries.get(fullname)
        if entry is None:
            return None
        source, is_package, times_ns, size, cached, crc, code = entry
        try:
            st = os.stat(source)
        except OSError:
            return None
        if (st.st_mtime_ns, st.st_ctime_ns) != times_ns or st.st_size != size:
            return None  # written since it was kept: the usual import reads it
        import zlib

        if zlib.crc32(code) != crc:
            return None
        spec = _module_spec()(fullname, self, origin=source, is_package=is_package)
        spec.has_location = True
        spec.cached = cached
        if is_package:
            spec.submodule_search_locations = [os.path.dirname(source)]
        spec.loader_state = code
        return spec

    def create_module(self, spec):
        return None  # the usual module object

    def exec_module(self, module) -> None:
        import marshal

        spec = module.__spec__
        code = marshal.loads(spec.loader_state)
        spec.loader_state = None
        self.served.add(spec.name)
        exec(code, module.__dict__)  # noqa: S102 - the module's own code, as importlib runs it


def _module_spec():
    return sys.modules["_frozen_importlib"].ModuleSpec


_finder: list[_Finder] = []
_path: list[str] = []


def _stamp() -> tuple:
    import studycli

    magic = sys.modules["_frozen_importlib_external"].MAGIC_NUMBER
    return (_FORMAT, sys.hexversion, bytes(magic), sys.flags.optimize,
            os.path.dirname(os.path.abspath(studycli.__file__)))


def kept_file(command: str) -> str | None:
    from studycli.paths import cache_folder

    folder = cache_folder()
    if not folder:
        return None
    return os.path.join(folder, f"modules-{command}-{sys.implementation.cache_tag}.marshal")


def _read(path: str) -> dict:
    import marshal

    try:
        with open(path, "rb") as f:
            data = marshal.loads(f.read())
    except (OSError, EOFError, ValueError, TypeError, MemoryError):
        return {}
    if type(data) is not tuple or len(data) != 2 or data[0] != _stamp() \
            or type(data[1]) is not dict:
        return {}
    return {name: entry for name, entry in data[1].items()
            if type(entry) is tuple and len(entry) == 7 and type(entry[6]) is bytes}


def install(command: str) -> None:
    """Until `finish`, studycli's modules kept for `command` are served from its file."""
    if _finder or sys.implementation.name != "cpython":
        return
    path = kept_file(command)
    if path is None:
        return
    _path[:] = [path]
    finder = _Finder(_read(path))
    _finder.append(finder)
    sys.meta_path.insert(0, finder)


def finish(keep: bool = True) -> None:
    """Take the finder off sys.meta_path; if `keep`, and this run imported a module of
    studycli's the file did not serve, write the file again with it."""
    if not _finder:
        return
    finder = _finder.pop()
    try:
        sys.meta_path.remove(finder)
    except ValueError:
        pass
    if not keep or not _path or sys.dont_write_bytecode:
        return  # (-B, PYTHONDONTWRITEBYTECODE: Python is told to keep no bytecode, nor is this)
    ours = [name for name in sys.modules if name.startswith("studycli.")
            and name not in finder.before and name not in finder.served]
    if not ours or len(ours) + len(finder.served) > MAX_MODULES:
        return
    fresh = {name: entry for name in ours if (entry := _entry(name)) is not None}
    if fresh:
        # what other runs kept stays while its source is unchanged (another query may
        # import a module this one did not)
        kept = {name: entry for name, entry in finder.entries.items()
                if name not in fresh and _unchanged(entry)}
        _write(_path[0], {**kept, **fresh})


def _unchanged(entry: tuple) -> bool:
    try:
        st = os.stat(entry[0])
    except OSError:
        return False
    return (st.st_mtime_ns, st.st_ctime_ns) == entry[2] and st.st_size == entry[3]


def _entry(name: str) -> tuple | None:
    """(source, is a package, its (mtime, ctime) in ns, its size, bytecode file, CRC-32,
    code) of a module imported as usual from its source, or None."""
    import marshal
    import zlib

    module = sys.modules.get(name)
    spec = getattr(module, "__spec__", None)
    source = getattr(spec, "origin", None)
    if spec is None or not isinstance(source, str) or not source.endswith(".py") \
            or type(spec.loader).__name__ != "SourceFileLoader":
        return None
    from studycli.paths import written_since_start

    try:
        st = os.stat(source)
        if written_since_start(mtimes_ns=(st.st_mtime_ns,)):
            return None  # the code in memory may be older than the text on disk
        code = _bytecode(spec.cached, st)
        if code is None:
            with open(source, "rb") as f:
                # compiled as importlib compiles a source (SourceLoader.source_to_code)
                code = marshal.dumps(compile(f.read(), source, "exec", dont_inherit=True,
                                             optimize=-1))
    except (OSError, SyntaxError, ValueError):
        return None
    return (source, spec.submodule_search_locations is not None,
            (st.st_mtime_ns, st.st_ctime_ns), st.st_size, spec.cached, zlib.crc32(code), code)


def _bytecode(cached: str | None, st: os.stat_result) -> bytes | None:
    """The marshalled code of the interpreter's bytecode file for a source of these stats,
    where it holds it (its header as importlib checks it: this release's magic number, no
    hash-based flags, the source's modification time in s and its size), else None."""
    if not cached:
        return None
    try:
        with open(cached, "rb") as f:
            data = f.read()
    except OSError:
        return None
    magic = sys.modules["_frozen_importlib_external"].MAGIC_NUMBER
    if len(data) < 16 or data[:4] != magic or data[4:8] != bytes(4) \
            or int.from_bytes(data[8:12], "little") != int(st.st_mtime) & 0xFFFFFFFF \
            or int.from_bytes(data[12:16], "little") != st.st_size & 0xFFFFFFFF:
        return None
    return data[16:]


def _write(path: str, entries: dict) -> None:
    import marshal

    tmp = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
        with open(tmp, "wb") as f:
            f.write(marshal.dumps((_stamp(), entries)))
        os.replace(tmp, path)  # whole or not at all, for a reader at the same moment
    except (OSError, ValueError):
        try:
            os.unlink(tmp)
        except OSError:
            pass
