"""Python code that dataclasses and namedtuple write at import, compiled once and kept.

`@dataclass` writes the source of each class's `__init__`, `__repr__`, `__eq__`... and
compiles it with exec(); namedtuple compiles its `__new__` with eval(). On the quiz's path
that is some 80 compiles, 13% of its instructions (callgrind: CPython's parser and compiler
under PyRun_StringFlags), more than all of its regular expressions. What a source compiles to
depends only on the source and the interpreter, so, as Python keeps a module's bytecode in
a .pyc file, the code objects are kept in the cache folder (stamped_marshal, one file per
command) and exec() / eval() run the kept code: the same code, so the same functions.

`install(command)` routes the `exec` of dataclasses and the `eval` of collections (and the
`compile` of typing's string annotations) through the kept code until `finish()`, which
keeps what the run compiled afresh. A file for another interpreter, damaged or missing
reads as nothing kept (stamped_marshal), and everything compiles as usual. Never a source
of truth: deleting the file only costs time. Stdlib only.
"""

from __future__ import annotations

import builtins
import sys

# A command compiles at most a few hundred (an exam some 150): more means runs of other
# code took turns, and only the last run's are kept
MAX_KEPT = 600

_kept: dict = {}  # (filename, mode, source) -> code
_used: dict = {}
_fresh = [0]  # sources this run compiled with no kept code
_path: list[str] = []  # the kept file, while installed
_patched: list = []  # (module, name, what it had) to put back


def compiled(source: str, filename: str = "<string>", mode: str = "exec"):
    """compile(source, filename, mode), from the kept code when there is some. Compiled
    apart from the caller's `from __future__` imports, as exec() and eval() of a string in
    dataclasses and collections are (neither has any). Not installed (a host program, the
    tests): compiled as usual, nothing recorded."""
    if not _patched:
        return compile(source, filename, mode, dont_inherit=True)
    key = (filename, mode, source)
    code = _kept.get(key)
    if code is None:
        code = compile(source, filename, mode, dont_inherit=True)
        _fresh[0] += 1
    _used[key] = code
    return code


def _exec(source, globals=None, locals=None, /):  # noqa: A002 - exec's own parameters
    if globals is None:  # the caller's namespace, as the builtin takes it
        frame = sys._getframe(1)
        globals, locals = frame.f_globals, frame.f_locals if locals is None else locals
    if type(source) is str:
        source = compiled(source)
    return builtins.exec(source, globals, locals)  # noqa: S102 - the code dataclasses wrote


def _eval(source, globals=None, locals=None, /):  # noqa: A002 - eval's own parameters
    if globals is None:
        frame = sys._getframe(1)
        globals, locals = frame.f_globals, frame.f_locals if locals is None else locals
    if type(source) is str:
        source = compiled(source, mode="eval")
    return builtins.eval(source, globals, locals)  # noqa: S307 - the code namedtuple wrote


def _compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1):
    if type(source) is str and not flags and optimize == -1:  # typing's ForwardRef
        return compiled(source, filename, mode)
    return builtins.compile(source, filename, mode, flags, dont_inherit, optimize)


def _stamp() -> str:
    import _frozen_importlib_external as bootstrap  # always loaded: no import cost

    return f"{sys.implementation.cache_tag}|{sys.version}|{bootstrap.MAGIC_NUMBER.hex()}"


def kept_file(command: str) -> str | None:
    from studycli.paths import cache_folder

    folder = cache_folder()
    if not folder or sys.implementation.name != "cpython":
        return None
    import os

    release = ".".join(str(n) for n in sys.version_info[:3])
    return os.path.join(folder, f"code-{command}-{sys.implementation.cache_tag}-{release}.marshal")


def install(command: str, typing: bool = False) -> None:
    """Until `finish`, the code dataclasses and namedtuple write compiles from kept code, and
    with `typing` (for a command that imports it anyway) the string annotations typing
    compiles (ForwardRef: Rich names some 35 classes before defining them)."""
    if _patched:
        return
    path = kept_file(command)
    if path is None:
        return
    import collections

    from studycli.stamped_marshal import read

    _path[:] = [path]
    _kept.clear()
    _kept.update(read(path, _stamp()))
    _used.clear()
    _fresh[0] = 0
    # namedtuple's first: importing dataclasses imports inspect, whose module makes a dozen
    # namedtuples (where inspect_on_demand has not deferred it: the typer path)
    _patch(collections, "eval", _eval)
    import dataclasses

    _patch(dataclasses, "exec", _exec)
    if typing:
        import typing as typing_module

        _patch(typing_module, "compile", _compile)


def _patch(module, name: str, stand_in) -> None:
    _patched.append((module, name, module.__dict__.get(name, _patched)))
    setattr(module, name, stand_in)


def folder_exists() -> bool:
    """Whether the kept file's folder is there already (an earlier command made it)."""
    import os

    return bool(_path) and os.path.isdir(os.path.dirname(_path[0]))


def finish_after(code: int | None) -> None:
    """finish(), keeping this run's code only after a command that did its work: exit 0, or
    exit 1 (`check` finding an outdated note, most notes) once the cache folder exists; a
    refused database (exit 1 on a new machine) leaves nothing behind, not even a cache folder,
    and neither does a usage error (2) or a hand-over to typer (None)."""
    finish(keep=code == 0 or (code == 1 and folder_exists()))


def finish(keep: bool = True) -> None:
    """exec() and eval() as they were; what this run compiled afresh is kept, if `keep`."""
    while _patched:
        module, name, had = _patched.pop()
        if had is _patched:  # the module had none of its own: the builtin again
            delattr(module, name)
        else:
            setattr(module, name, had)
    if keep and _fresh[0] and _path:
        entries = {**_kept, **_used}
        if len(entries) > MAX_KEPT:
            entries = dict(_used)
        from studycli.stamped_marshal import write

        write(_path[0], _stamp(), entries)
    _path.clear()
    _fresh[0] = 0
