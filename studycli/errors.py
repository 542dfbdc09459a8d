"""One error type: anything raised as StudyError is shown to the user as one line."""


class StudyError(Exception):
    """An expected failure; its message says what was wrong and what to do."""


class DatabaseError(StudyError):
    """The database cannot be opened or used as it is."""


class UsageProblem(StudyError):
    """The command was called wrong (a value out of range, options that do not go together):
    said as every usage error is, one line on stderr and exit code 2 (studycli/usage.py)."""

    def __init__(self, message: str, command: str | None = None) -> None:
        super().__init__(message)
        self.command = command
