"""The errors a notebook's cells raised, read as notes.

A cell's outputs are the machine's and are not read (formats/notebook.py), but an error output
is what AWS answered a call the student made: "An error occurred (ReceiptHandleIsInvalid) when
calling the DeleteMessage operation: The input receipt handle is invalid." is the error code
a study notebook shows on purpose, under the heading that says what was tried. Each error
output's `evalue` line becomes a line of the note, on the file's line that holds it: boto's
wording as "DeleteMessage error ReceiptHandleIsInvalid: The input receipt handle is invalid.".
An error that is not AWS's answer (a NameError, a KeyError, botocore's ParamValidationError,
raised before any call was sent), the traceback and every other output stay unread.
"""

from __future__ import annotations

import json
import re

_VALUE = re.compile(r'^\s*"evalue"\s*:\s*("(?:[^"\\]|\\.)*")\s*,?\s*$')
_BOTO = re.compile(r"An error occurred \(([\w.:-]{2,80})\) when calling the (\w{2,80}) "
                   r"operation(?: \(reached max retries: \d+\))?: (.*)$")


def error_lines(lines: list[str], out: list[str]) -> None:
    """Write each error output's line of `lines` (a notebook written one JSON string to a
    line) into `out`, where nothing else is written on it."""
    for index, line in enumerate(lines):
        if '"evalue"' not in line or out[index]:
            continue
        m = _VALUE.match(line)
        if m is None:
            continue
        boto = _BOTO.match(_string(m.group(1)))
        # only what AWS answered: a NameError, a KeyError or botocore's own
        # ParamValidationError is the student's Python, not a fact of the service
        if boto:
            out[index] = f"- {boto.group(2)} error {boto.group(1)}: {boto.group(3)}"


def _string(literal: str) -> str:
    try:
        value = json.loads(literal)
    except ValueError:
        return ""
    return value.replace("\n", " ").strip() if isinstance(value, str) else ""
