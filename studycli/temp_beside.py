"""The temporary file an export is written to before it is renamed over its target.

Made in the target's folder (a rename across disks is no rename). Where that folder cannot
be written, the failure named the temporary file (".studycli-export-nakv_ehy: Operation not
permitted"), a name the student never typed and cannot find: it names the target instead.
"""

from __future__ import annotations

import os
import tempfile


def temp_file_beside(target: str | os.PathLike, prefix: str) -> tuple[int, str]:
    """(fd, path) of a new temporary file in `target`'s folder, as tempfile.mkstemp."""
    try:
        return tempfile.mkstemp(prefix=prefix, dir=os.path.dirname(os.path.abspath(target)))
    except OSError as exc:
        raise OSError(exc.errno, exc.strerror, os.fspath(target)) from None
