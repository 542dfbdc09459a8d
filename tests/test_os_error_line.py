"""An OS error met where no caller expected it is one line naming the file (or the output),
with advice only where it is the remedy."""

import errno

from studycli.errors import os_error_line


def test_permission_and_space_get_their_remedy_other_errors_no_wrong_advice():
    denied = os_error_line(PermissionError(errno.EACCES, "Permission denied", "/x/s.db"))
    assert denied.startswith("/x/s.db: Permission denied; check the file's and its folder's")
    full = os_error_line(OSError(errno.ENOSPC, "No space left on device"))
    assert full == ("writing the output: No space left on device; free some disk space, "
                    "then try again")
    missing = os_error_line(FileNotFoundError(errno.ENOENT, "No such file or directory", "/x/a"))
    assert missing == "/x/a: No such file or directory"  # no permissions advice for a missing file
    assert "permissions" not in os_error_line(OSError(errno.EIO, "Input/output error", "/x/s.db"))
