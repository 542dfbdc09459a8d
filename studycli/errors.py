"""One error type: anything raised as StudyError is shown to the user as one line."""


class StudyError(Exception):
    """An expected failure; its message says what was wrong and what to do."""


class DatabaseError(StudyError):
    """The database cannot be opened or used as it is."""
