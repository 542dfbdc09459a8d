"""The kind of value a query's own words ask for, where its cue words ask for two.

"lambda async invoke status code" reads as asking both an invocation mode ("async",
"invoke") and an error code ("status code"): the mode words say which call is meant, the
code noun what is wanted of it. A mode ("asynchronous") is then no answer: the 202 the
call returns is.
Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

import re

from studycli.note_numbers import UNIT_WORDS

# The nouns that ask for a code by name, after a word saying which code ("status code",
# "HTTP code"): a code is wanted, whatever else the query says of the call it comes from.
_CODE_NOUNS = frozenset({"code", "codes"})
_CODE_MAKERS = frozenset({"status", "error", "http", "response", "return", "exit", "result"})


def code_asked(tokens: list[str]) -> bool:
    """Whether `tokens` ask for a code by name: "status code", "http codes", "error code"."""
    return any(t in _CODE_NOUNS and i and tokens[i - 1] in _CODE_MAKERS
               for i, t in enumerate(tokens))


# What a code looks like written: an HTTP status ("202", "5xx"), an exception or error
# name ("ProvisionedThroughputExceededException", "AccessDenied", "NoSuchKey"; not any
# CamelCase word: "CloudFormation" names a service), or a constant ("LOG_ERROR").
_CODE_WRITTEN = re.compile(
    r"(?<![\w.,])[1-5](?:\d\d|xx)(?![\w.,%])(?!\s*(?i:" + UNIT_WORDS + r")\b)"
    r"|\b(?:[A-Z][a-z]+)*(?:Exception|Error|Fault|Denied|Exceeded|NotFound|Failed|Failure)"
    r"(?:[A-Z][a-z]+)*\b|\b(?:No|Invalid|Insufficient|TooMany|Slow)(?:[A-Z][a-z]+)+\b"
    r"|\b[A-Z]{2,}(?:_[A-Z]+)+\b|\b[A-Z]{6,}\b")


def states_code(text: str) -> bool:
    """Whether `text` writes a code: "returns 202", "ThrottlingException", "LOG_ERROR"."""
    return bool(_CODE_WRITTEN.search(text))


# A period written in words: "every year", "once a month", "annually", "daily".
_PERIOD_IN_WORDS = re.compile(
    r"\b(?:every|each|once\s+(?:a|an|per))\s+(?:year|month|week|day|hour|minute|second)\b"
    r"|\b(?:yearly|annually|monthly|weekly|daily|hourly)\b", re.IGNORECASE)


def states_period_in_words(text: str) -> bool:
    """Whether `text` gives a duration with no digit: "automatic rotation every year"
    answers "how often does kms rotate keys" as "365 days" would."""
    return bool(_PERIOD_IN_WORDS.search(text))
