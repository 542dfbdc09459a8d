"""Where things live: the database, the shipped notes, the curated data and the cache folder.

Stdlib only, and not even pathlib at import (pathlib brings urllib.parse and ipaddress, a
third of a bare Python start-up): the fast paths read the data files and find the database
through the string functions here (`load_json`, `read_data`, `plain_db_path`, `user_dir`).
"""

from __future__ import annotations

import os
import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path

_PACKAGE = os.path.dirname(os.path.realpath(__file__))

ENV_DB = "STUDYCLI_DB"
APP = "studycli"


def _bundled(name: str) -> str:
    # Installed wheel: studycli/<name>; source checkout: <repo>/<name>. Where the package
    # keeps its folders does not change while it runs: looked up once a name (data_dir() is
    # asked for every kept key's data files, some fifteen times an ingest).
    where = _BUNDLED.get(name)
    if where is None:
        inside = os.path.join(_PACKAGE, name)
        where = _BUNDLED[name] = inside if os.path.isdir(inside) \
            else os.path.join(os.path.dirname(_PACKAGE), name)
    return where


_BUNDLED: dict[str, str] = {}


def content_dir() -> Path:
    """The notes shipped with the tool (the default corpus)."""
    from pathlib import Path

    return Path(_bundled("content"))


def data_dir() -> Path:
    """Curated data: service aliases, synonyms, exam profiles."""
    from pathlib import Path

    return Path(_bundled("data"))


def reference_dir():
    """The AWS reference's folder: $STUDYCLI_REFERENCE, else data/reference. Here, not in
    studycli.reference (whose import costs ~25 ms), for the keys of kept work too."""
    from pathlib import Path

    env = os.environ.get("STUDYCLI_REFERENCE")
    return expand_home(env) if env else Path(_bundled("data")) / "reference"


def reference_files(directory=None) -> list:
    """The reference's files (*.toml in `directory`, default reference_dir()), sorted."""
    directory = reference_dir() if directory is None else directory
    return [directory / name for name in reference_names(directory)]


def reference_names(directory) -> list[str]:
    """The names of reference_files(directory), sorted: one scandir (glob and sorting Paths
    cost several times more, and load_reference asks on every check of a fact)."""
    return sorted(name for name in names_in(directory) if name.endswith(".toml"))


def reference_stamps(directory, suffix: str = ".toml") -> tuple[tuple[str, int, int], ...]:
    """(name, mtime, size) of each reference file (each `suffix` file of `directory`), by
    name, one stat a file; a file that cannot be stat'd (gone since the folder was listed, an
    editor's dangling lock link `.#sqs.toml`) is left out, the same for the reference's cache
    and for the check's stamp."""
    folder = os.path.join(directory, "")  # "folder/": a name is joined by a plain "+"
    # within files_seen_once the listing and the stats are the block's first look, so the
    # stamps are too: worked out once a block (an ingest asks for the same ~100 some seven
    # times: the reference's cache, the check's stamp, the statuses, the unasked cards)
    made = _seen[-1][2] if _seen else None
    if made is not None and (folder, suffix) in made:
        return made[folder, suffix]
    out = []
    names = sorted(n for n in names_in(directory) if n.endswith(suffix))
    for name in names:
        stamp = file_stamp(folder + name)
        if stamp is not None:
            out.append((name, *stamp))
    stamps = tuple(out)
    if made is not None:
        made[folder, suffix] = stamps
    return stamps


# The listings and stats taken within files_seen_once(), by folder and by file (None: could
# not be listed or stat'd), and the reference_stamps made of them, by folder and suffix;
# empty outside any block.
_seen: list[tuple[dict[str, tuple[str, ...]], dict[str, tuple[int, int] | None],
                  dict[tuple[str, str], tuple[tuple[str, int, int], ...]]]] = []
# The real paths worked out within files_seen_once(), by path as given: the kept work's
# files are named by their database's real path (kept.db_name, kept.hashed_rows), some eight
# times an ingest, each a walk of the path's links (an lstat per folder of it).
_resolved: list[dict[str, str]] = []


class files_seen_once:  # noqa: N801 - used as a function: `with files_seen_once():`
    """Within the block, each folder is listed and each file stat'd once: the keys of an
    ingest's kept work (the card sync's, the unasked cards', the check's stamp, the
    reference's cache) each stat the same ~130 files of code, data and the AWS reference,
    some 700 stats and a tenth of an ingest of one short note. What the keys say is what
    the files were when the block first asked, as one look at them all would say; outside
    a block every call looks again. A class, not contextlib (whose import the fast paths
    do without)."""

    def __enter__(self) -> None:
        _seen.append(_seen[-1] if _seen else ({}, {}, {}))  # nested: the outer block's look
        _resolved.append(_resolved[-1] if _resolved else {})

    def __exit__(self, *exc: object) -> None:
        _seen.pop()
        _resolved.pop()


def real_path(path) -> str:
    """os.path.realpath of `path` (absolute, links followed), worked out once per path
    within files_seen_once: the same look at the folders as the stats'. Kept by the absolute
    path, so a relative one asked again after a change of folder is looked up again."""
    text = os.path.abspath(os.fspath(path))
    known = _resolved[-1] if _resolved else None
    if known is not None and text in known:
        return known[text]
    real = os.path.realpath(text)
    if known is not None:
        known[text] = real
    return real


def names_in(folder) -> tuple[str, ...]:
    """The names in `folder` (unsorted; empty where it cannot be listed)."""
    folder = os.fspath(folder)
    listed = _seen[-1][0] if _seen else None
    if listed is not None and folder in listed:
        return listed[folder]
    try:
        with os.scandir(folder) as entries:
            names = tuple(e.name for e in entries)
    except OSError:  # no such folder, not a folder, or not readable
        names = ()
    if listed is not None:
        listed[folder] = names
    return names


def file_stamp(path: str) -> tuple[int, int] | None:
    """(mtime in ns, size) of the file at `path`, or None where it cannot be stat'd."""
    stats = _seen[-1][1] if _seen else None
    if stats is not None and path in stats:
        return stats[path]
    try:
        st = os.stat(path)
        stamp: tuple[int, int] | None = (st.st_mtime_ns, st.st_size)
    except OSError:
        stamp = None
    if stats is not None:
        stats[path] = stamp
    return stamp


def data_file(name: str) -> str:
    """The path of one curated data file, as a string (no pathlib needed to read it)."""
    return os.path.join(_bundled("data"), name)


def read_data(name: str) -> str:
    """The text of one curated data file."""
    with open(data_file(name), encoding="utf-8") as f:
        return f.read()


def load_json(name: str):
    """The parsed content of one curated JSON data file, kept in the cache folder as a
    marshal copy (built in, where json costs ~1.5 ms to import and parse on every lookup)
    with the file's whole text and the Python version it was made by: the copy is used only
    for that very text (not by mtime and size: two installs may share the cache folder, and
    a wheel's files all carry one date). Any trouble reading or writing the copy only means
    json reads the file. Deleting the copies only costs time."""
    import marshal

    with open(data_file(name), "rb") as f:
        raw = f.read()
    stamp = (sys.hexversion, raw)
    folder = cache_folder()
    copy = os.path.join(folder, f"data-{name}.marshal") if folder else None
    if copy:
        try:
            with open(copy, "rb") as f:
                # read whole, then unmarshalled: marshal.load(f) asks the file for each
                # string and number it holds (a method call each), ~8x the time (0.6 ms
                # against 0.08 for services.json; ~9% of a lookup's instructions)
                kept = marshal.loads(f.read())
            if type(kept) is tuple and len(kept) == 2 and kept[0] == stamp:
                return kept[1]
        except (OSError, EOFError, ValueError, TypeError):
            pass
    import json

    data = json.loads(raw.decode("utf-8"))
    if copy and folder:
        try:
            os.makedirs(folder, exist_ok=True)
            tmp = f"{copy}.{os.getpid()}.tmp"
            with open(tmp, "wb") as f:
                marshal.dump((stamp, data), f)
            os.replace(tmp, copy)  # whole or not at all, for a reader at the same moment
        except (OSError, ValueError):
            pass
    return data


def kept_value(name: str, stamp: tuple, build):
    """`build()`, kept in the cache folder as a marshal copy under `stamp` (a tuple of
    marshal-able values: the Python version and the whole text of everything the work read,
    its code included): the copy is used only for that very stamp and only whole (a CRC of
    its body, which is checked before it is read). A damaged, stale or unreadable copy is
    rebuilt, never trusted; trouble writing one only means the next run builds again.
    `build` must return marshal-able values (dicts, tuples, lists, sets, strings, numbers)."""
    import marshal
    import zlib

    folder = cache_folder()
    copy = os.path.join(folder, f"kept-{name}.marshal") if folder else None
    if copy:
        try:
            with open(copy, "rb") as f:  # read whole: a damaged length cannot overreach
                kept = marshal.loads(f.read())
            if (type(kept) is tuple and len(kept) == 3 and kept[0] == stamp
                    and type(kept[2]) is bytes and kept[1] == zlib.crc32(kept[2])):
                return marshal.loads(kept[2])
        except (OSError, EOFError, ValueError, TypeError, MemoryError):
            pass
    value = build()
    if copy and folder:
        try:
            body = marshal.dumps(value)
            os.makedirs(folder, exist_ok=True)
            tmp = f"{copy}.{os.getpid()}.tmp"
            with open(tmp, "wb") as f:
                marshal.dump((stamp, zlib.crc32(body), body), f)
            os.replace(tmp, copy)  # whole or not at all, for a reader at the same moment
        except (OSError, ValueError):
            pass
    return value


def written_since_start(paths=(), mtimes_ns=()) -> bool:
    """Whether a file of `paths` (or one whose modification time in ns is in `mtimes_ns`) was
    written after this process began importing studycli (or up to 2 s before: file clocks are
    coarse), so that the code or data in memory may not be the text on disk. Such a process
    builds but keeps nothing (kept_value); the next one keeps."""
    import studycli

    since = studycli._STARTED_NS - 2_000_000_000
    return (any(mtime >= since for mtime in mtimes_ns)
            or any(os.stat(path).st_mtime_ns >= since for path in paths))


def read_bytes(path: str) -> bytes:
    with open(path, "rb") as f:
        return f.read()


def cache_folder() -> str | None:
    """kept.cache_dir() as a string ($STUDYCLI_CACHE, else the user's cache folder), or None
    when it names a home folder that cannot be found."""
    env = os.environ.get("STUDYCLI_CACHE", "").strip()
    folder = os.path.expanduser(env) if env else user_dir("cache")
    return None if folder.startswith("~") else folder


# The user's folders, as platformdirs names them: (the XDG variable that overrides it, the
# default under the home folder). Recent platformdirs releases read the XDG variables on
# macOS too, older ones do not: with one set, platformdirs itself is asked.
_USER_DIRS = {
    "linux": {"data": ("XDG_DATA_HOME", "~/.local/share"), "cache": ("XDG_CACHE_HOME", "~/.cache")},
    "darwin": {"data": ("XDG_DATA_HOME", "~/Library/Application Support"),
               "cache": ("XDG_CACHE_HOME", "~/Library/Caches")},
}


def user_dir(which: str) -> str:
    """The platform's user data ("data") or cache ("cache") folder for studycli: the same
    answer as platformdirs' user_data_dir / user_cache_dir("studycli", appauthor=False).

    Worked out here where every platformdirs 4.x release answers alike (Linux and macOS, no
    XDG variable set, an absolute $HOME, not Android), which saves importing platformdirs
    (~6 ms); anywhere else (Windows, an XDG variable, whose handling has changed between
    releases, Android) platformdirs itself is asked.
    """
    known = _USER_DIRS.get(sys.platform, {}).get(which)
    home = os.environ.get("HOME", "")
    if (known is not None and not os.environ.get(known[0], "").strip()
            and home.startswith("/") and not _maybe_android()):
        return os.path.join(os.path.expanduser(known[1]), APP)
    import platformdirs

    ask = platformdirs.user_data_dir if which == "data" else platformdirs.user_cache_dir
    return ask(APP, appauthor=False)


def _maybe_android() -> bool:
    # platformdirs takes a Linux with these for Android, whose folders are elsewhere.
    return hasattr(sys, "getandroidapilevel") or "ANDROID_DATA" in os.environ


def default_db_path() -> Path:
    from pathlib import Path

    return Path(user_dir("data")) / "studycli.db"


def expand_home(given: str | os.PathLike) -> Path:
    """`given` with a leading "~" or "~user" made the home folder it names. A home that
    cannot be found ("~nouser/x.db", or "~" with no HOME and no password entry) is a
    StudyError naming the path: pathlib would raise a RuntimeError (a traceback), and
    os.path would keep a literal "~nouser" folder the student never meant to create."""
    from pathlib import Path

    text = os.fspath(given)
    expanded = os.path.expanduser(text)
    if isinstance(expanded, str) and expanded.startswith("~"):
        from studycli.errors import StudyError

        who = expanded.split("/", 1)[0].split(os.sep, 1)[0]
        raise StudyError(f"{text}: no home folder is known for {who!r}; "
                         "write the path in full")
    return Path(expanded)


def resolve_db(db: str | os.PathLike | None) -> Path:
    """--db, else $STUDYCLI_DB, else the platform's user data directory."""
    if db:
        return expand_home(db)
    env = os.environ.get(ENV_DB)
    if env:
        return expand_home(env)
    return default_db_path()


def plain_db_path(db: str | os.PathLike | None) -> str | None:
    """`resolve_db` as a string, for a fast path that would rather not import pathlib: None
    when the path is anything but plain (a "~" to expand, surrounding blanks, a "." or ".."
    part, a doubled or trailing "/"), which the fast path then leaves to `resolve_db` and
    the full checks of store.db, so that every message stays as they word it."""
    if os.name != "posix":
        return None
    text = os.fspath(db) if db else (os.environ.get(ENV_DB) or None)
    if text is None:
        text = os.path.join(user_dir("data"), "studycli.db")
    if not isinstance(text, str) or not text or text != text.strip() or text[0] == "~":
        return None
    parts = text.split("/")
    if any(p in ("", ".", "..") for p in parts[1:]) or parts[0] in (".", ".."):
        return None
    return text
