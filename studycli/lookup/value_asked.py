"""The kind of value a query's own words ask for, where its cue words ask for two.

"lambda async invoke status code" reads as asking both an invocation mode ("async",
"invoke") and an error code ("status code"): the mode words say which call is meant, the
code noun what is wanted of it. A mode ("asynchronous") is then no answer: the 202 the
call returns is.
Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

import re

from studycli.lazy_regex import lazy_compile
from studycli.lookup.text import stem
from studycli.note_numbers import UNIT_WORDS

# The nouns that ask for a code by name, after a word saying which code ("status code",
# "HTTP code"): a code is wanted, whatever else the query says of the call it comes from.
_CODE_NOUNS = frozenset({"code", "codes"})
_CODE_MAKERS = frozenset({"status", "error", "http", "response", "return", "exit", "result"})


def code_asked(tokens: list[str]) -> bool:
    """Whether `tokens` ask for a code by name: "status code", "http codes", "error code"."""
    return any(t in _CODE_NOUNS and i and tokens[i - 1] in _CODE_MAKERS
               for i, t in enumerate(tokens))


# What a code looks like written: an HTTP status after a word saying it is one ("returns
# 202", "HTTP 503,", "status 429.", "gets 429", "exit code 1"), before its reason ("202
# Accepted") or in brackets ("(429)"); a class of them ("5XX", "4xx"); a reason phrase ("Too
# Many Requests"); an exception or error name ("ProvisionedThroughputExceededException",
# "KMSAccessDeniedException", "NoSuchKey"; not any CamelCase word: "CloudFormation" names a
# service, nor a bare "Failed" or "Error" opening a sentence), or a constant ("LOG_ERROR").
# A bare number is no code ("queue holds 100 events"), nor a count after a marker ("returns
# 200 items"), nor a word in capitals ("ASYNCHRONOUS").
_REASONS = (r"OK|Created|Accepted|No\s+Content|Bad\s+Request|Unauthorized|Forbidden"
            r"|Not\s+Found|Conflict|Too\s+Many\s+Requests|Internal\s+Server\s+Error"
            r"|Bad\s+Gateway|Service\s+Unavailable|Gateway\s+Time-?out")
# What a number after "returns" may count instead of being a code ("returns 200 items")
_COUNTED = (r"items|records|messages|events|requests|rows|objects|results|entries|keys|files"
            r"|documents|tasks|jobs|shards|partitions|pages|lines|users|ids")
_CODE_WRITTEN = lazy_compile(
    r"(?i:\b(?:returns?|returned|returning|http|status|code|codes|gets?|got|sees?"
    r"|responds?\s+with|answers?\s+with|throws?)\s+(?:an?\s+|the\s+)?(?:http\s+)?)"
    r"(?:[1-5]\d\d|(?<=code\s)\d{1,3}|(?<=codes\s)\d{1,3})(?![\w%])(?![.,]\d)"
    r"(?!\s*(?i:" + UNIT_WORDS + r")\b)(?!\s+(?:" + _COUNTED + r")\b)"
    r"|\b[1-5]\d\d\s+(?:" + _REASONS + r")\b|\(\s*[1-5]\d\d\s*\)"
    r"|(?<![\w.,])[1-5](?:xx|XX)(?![\w.,%])|\b(?:Too\s+Many\s+Requests"
    r"|Service\s+Unavailable|Bad\s+Gateway|Gateway\s+Time-?out|Internal\s+Server\s+Error)\b"
    r"|\b(?:[A-Z]{2,}|[A-Z][a-z]+)(?:[A-Z][a-z]+)*(?:Exception|Error|Fault|Denied|Exceeded"
    r"|NotFound|Failed|Failure)(?:[A-Z][a-z]+)*\b"
    r"|\b(?:No|Invalid|Insufficient|TooMany|Slow)(?:[A-Z][a-z]+)+\b"
    r"|\b[A-Z]{2,}(?:_[A-Z]+)+\b")


# A line that says it gives status codes ("status code: Event -> 202, DryRun -> 204")
# writes them as bare numbers too.
_CODE_CONTEXT = lazy_compile(r"(?i)\b(?:status\s*codes?|http|response\s+codes?|return\s+codes?)\b")
_BARE_CODE = lazy_compile(
    r"(?<![\w.,])[1-5]\d\d(?![\w.,%])(?!\s*(?i:" + UNIT_WORDS + r")\b)")


def states_code(text: str) -> bool:
    """Whether `text` writes a code: "returns 202", "ThrottlingException", "LOG_ERROR"."""
    return bool(_CODE_WRITTEN.search(text)) or bool(
        _CODE_CONTEXT.search(text) and _BARE_CODE.search(text))


# A period written in words: "every year", "once a month", "annually", "daily".
_PERIOD_IN_WORDS = lazy_compile(
    r"\b(?:every|each|once\s+(?:a|an|per))\s+(?:year|month|week|day|hour|minute|second)\b"
    r"|\b(?:yearly|annually|monthly|weekly|daily|hourly)\b", re.IGNORECASE)


# The words asking how often, and those that ask a span's length or a bound instead: a
# period in words ("daily", "weekly") answers only the first ("rds backup retention max",
# "rds maintenance window duration" are not answered by "backups taken daily").
_HOW_OFTEN_WORDS = frozenset({"frequency", "frequencies", "interval", "intervals"})
_HOW_OFTEN_AFTER_HOW = frozenset({"often", "frequently"})
_NOT_HOW_OFTEN = frozenset({"retention", "retain", "retained", "duration", "durations",
                            "window", "windows", "length", "lengths", "max", "maximum",
                            "min", "minimum", "longest", "shortest", "limit", "limits"})
# as lookup stems them (the stems a topic word is left out of the topic by)
HOW_OFTEN_STEMS = frozenset(stem(w) for w in _HOW_OFTEN_WORDS | _HOW_OFTEN_AFTER_HOW | {"how"})


def asks_how_often(tokens: list[str]) -> bool:
    """Whether `tokens` ask how often and nothing a period in words cannot answer: "kms
    key rotation how often", "snapshot frequency"; not "backup retention max"."""
    if _NOT_HOW_OFTEN & set(tokens):
        return False
    return bool(_HOW_OFTEN_WORDS & set(tokens)) or any(
        t in _HOW_OFTEN_AFTER_HOW and i and tokens[i - 1] == "how"
        for i, t in enumerate(tokens))


def period_answered(text: str, q) -> bool:
    """Whether a line answers the "how often" a query asks by a period in words: "KMS auto
    rotation yearly" states its answer in the words the parser named the line by, so it is
    no mere title."""
    return asks_how_often(q.tokens) and states_period_in_words(text)


def states_period_in_words(text: str) -> bool:
    """Whether `text` gives a duration with no digit: "automatic rotation every year"
    answers "how often does kms rotate keys" as "365 days" would."""
    return bool(_PERIOD_IN_WORDS.search(text))
