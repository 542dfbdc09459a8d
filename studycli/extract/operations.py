"""API operation names as notes write them ("BatchGetItem", "GetRecords", "AssumeRole"): the
parser files a number under the operation that names it, and the question layer checks that a
number was not said for another operation than its fact's. One pattern for both."""

from __future__ import annotations

import re

# A verb AWS opens its operation names with, then one or more capitalised words.
OPERATION_NAME = (r"(?:Get|Put|Batch|Transact|List|Describe|Create|Delete|Update|Send|Receive|"
                  r"Publish|Invoke|Start|Stop|Change|Assume|Generate|Subscribe|Upload|Copy|"
                  r"Restore|Query|Encrypt|Decrypt)(?:[A-Z][a-z]+)+")
OPERATION_NAMED = re.compile(rf"\b({OPERATION_NAME})\b")
# a parameter ("ReceiveMessageWaitTimeSeconds") names a setting, not an operation
PARAMETER_ENDING = ("Seconds", "Factor", "Count", "Size", "Timeout", "Period", "Days", "Limit")


def operations_named(text: str, start: int = 0, end: int | None = None) -> list[str]:
    """The operation names in text[start:end], in order (parameters left out)."""
    return [m.group(1) for m in OPERATION_NAMED.finditer(text, start,
                                                         len(text) if end is None else end)
            if not m.group(1).endswith(PARAMETER_ENDING)]
