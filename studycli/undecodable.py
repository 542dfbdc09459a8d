"""Names and words that are not UTF-8 text: a file name from a system writing another
encoding (Latin-1, an old Windows zip), a byte typed in a terminal set to one.

Python hands such bytes over as lone surrogates ("caf\\udce9.md"); SQLite accepts only
UTF-8, so the first query holding one was a UnicodeEncodeError traceback: `facts --service`
or `exam --discard` with such a byte, `--db` on such a path, and an ingest of a folder with
one such file name lost every other note of the folder too. Standard library only: the
entry point imports it before any command.
"""

from __future__ import annotations


def undecodable(text: str) -> bool:
    """Whether `text` holds bytes that were not UTF-8 (Python's surrogateescape)."""
    return any("\udc80" <= ch <= "\udcff" for ch in text)


def shown(text: str) -> str:
    """`text` printable: each byte that was not UTF-8 as `\\xNN`."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def argument_problem(args: list[str]) -> str | None:
    """A usage error's words for the first argument that is not UTF-8 text, else None."""
    for arg in args:
        if undecodable(arg):
            return (f"'{shown(arg)}' is not UTF-8 text (a name from another encoding?): "
                    "studycli keeps names and words in UTF-8; rename the file "
                    "(e.g. `convmv -f latin1 -t utf8`) or retype the word")
    return None
