"""A cache file of kept entries: (stamp, CRC-32 of the entries, the marshalled entries).

What is kept between runs (the lookup's compiled patterns, the AWS check's pattern words) is
never a source of truth: a file for another stamp (interpreter, reading code), a damaged one
or a missing one reads as no entries, and it is written whole (a temporary file, then
renamed: a reader never sees half of it). Stdlib only: lookup's fast path reads it.
"""

from __future__ import annotations

import os


def read(path: str | os.PathLike, stamp: str) -> dict:
    """The entries kept for `stamp`, or {} (missing, another stamp, damaged)."""
    import marshal
    import zlib

    try:
        with open(path, "rb") as f:
            data = marshal.loads(f.read())
        if type(data) is not tuple or len(data) != 3 or data[0] != stamp:
            return {}
        blob = data[2]
        if type(blob) is not bytes or zlib.crc32(blob) != data[1]:
            return {}
        entries = marshal.loads(blob)
    except (OSError, ValueError, EOFError, TypeError, MemoryError):
        return {}
    return entries if type(entries) is dict else {}


def write(path: str | os.PathLike, stamp: str, entries: dict) -> bool:
    """Keep `entries` for `stamp`; False when the file cannot be written (nothing kept)."""
    import marshal
    import zlib

    path = os.fspath(path)
    tmp = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
        blob = marshal.dumps(entries)
        with open(tmp, "wb") as f:
            f.write(marshal.dumps((stamp, zlib.crc32(blob), blob)))
        os.replace(tmp, path)
    except (OSError, ValueError):
        try:
            os.unlink(tmp)  # a full disk must not keep a half-written copy
        except OSError:
            pass
        return False
    return True
