"""One error type: anything raised as StudyError is shown to the user as one line."""


class StudyError(Exception):
    """An expected failure; its message says what was wrong and what to do."""


class DatabaseError(StudyError):
    """The database cannot be opened or used as it is."""


class Interrupted(StudyError):
    """Ctrl-C, said with what it kept. Raised as a StudyError, not a KeyboardInterrupt, so the
    message reaches the student on every path: typer turns a KeyboardInterrupt raised inside a
    command into a bare exit code 130 and drops its message."""


class UsageProblem(StudyError):
    """The command was called wrong (a value out of range, options that do not go together):
    said as every usage error is, one line on stderr and exit code 2 (studycli/usage.py)."""

    def __init__(self, message: str, command: str | None = None) -> None:
        super().__init__(message)
        self.command = command


def os_error_line(exc: OSError) -> str:
    """A file the system would not let us read or change (permissions, an immutable file, a
    read-only mount, a full disk), met where no caller expected it: said in one line with
    the file(s) it named, never as a traceback; the advice only where it is the remedy."""
    import errno

    names = [str(n) for n in (exc.filename, exc.filename2) if n is not None]
    # no file named: the write that failed was the output ("studycli facts > /dev/full")
    where = " -> ".join(names) or "writing the output"
    advice = {errno.EACCES: "check the file's and its folder's permissions",
              errno.EPERM: "check the file's and its folder's permissions (and chattr flags)",
              errno.EROFS: "the file is on a read-only disk: use a database elsewhere (--db)",
              errno.ENOSPC: "free some disk space"}.get(exc.errno or 0)
    said = f"{where}: {exc.strerror or exc}"
    return f"{said}; {advice}, then try again" if advice else said
