"""Does a statement define an error code the query typed, and so say what causes it?

Asked "cloudfront 504 cause" or "cloudfront 502 whats wrong", the answer is the line that
says what the code stands for. A line the parser filed as an error code answers it whole
(answer._topic_said); but many notes write the code inside a sentence the parser keeps as a
statement: "HTTP 504 from CloudFront = origin didn't respond in time", "API Gateway 504:
integration timeout -> 29s exceeded", "error 403 from CF often = OAC/bucket policy wrong".
Such a line writes no "cause" (it states one), so that word of the query stayed unsaid and
lookup abstained on the line that answers it.

A statement defines a code typed where it writes that code (a status, "504", or an error's
name, "ThrottlingException") and, before any other figure or clause, a definition mark
("=", ":", "->", "→", "—") or "means" with words after it; a few words may stand between
them: the code's reason phrase, whose response it is ("from CloudFront"), a hedge ("often").
A line that only mentions the code ("CloudFront returned 504 twice during the load test",
"alarm on 5xx count > 504") defines nothing, and says no cause; nor does one whose mark is
followed by what to do about the code ("429 from Lambda: raise reserved concurrency",
"retry on 500 and 503: use exponential backoff", "503: exponential backoff with jitter"), a
remedy, no cause.
Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

import re
from functools import lru_cache

from studycli.lookup.status_words import ALONE_AFTER, ALONE_BEFORE, DEFINITION_MARKS
from studycli.lookup.text import stem

# the words asking what a code typed stands for ("cause", "whats wrong", "reason")
CAUSE_SAYS = frozenset(stem(w) for w in ("cause", "causes", "caused", "reason", "reasons",
                                         "wrong"))
# between the code and its definition: a few words, none a figure, nor the end of a clause
_GAP = r"[^\d=:;,.|()\[\]\n>→—]{0,40}?"
# what to do about a code, after its mark, is no cause of it: "429 from Lambda: raise
# reserved concurrency", "retry on 500 and 503: use exponential backoff", and the remedy
# said as a noun: "503: exponential backoff with jitter", "503 -> retries with backoff",
# "429: request a quota increase" (but "429: request rate exceeded" is a cause)
_REMEDY = (r"(?!(?:use|retry|retries|raise|increase|check|add|enable|set|fix|make|switch"
           r"|configure|try|wait|implement|reduce|scale|upgrade|contact|see|back\s+off"
           r"|backoff|exponential|jitter|request\s+(?:a|an|more)|ask|turn)\b)")
_DEFINES = (r"(?:" + DEFINITION_MARKS + r"|\bmeans\b)\s*" + _REMEDY + r"[\w\"'`]")


def defines_code(text: str, codes: set[str] | frozenset[str]) -> bool:
    """Whether `text` (a note's line) defines one of the error `codes` typed: the code, a
    few words at most, then a definition mark and what it stands for."""
    return any(_definition(code).search(text) for code in codes)


@lru_cache(maxsize=256)
def _definition(code: str) -> re.Pattern[str]:
    """The pattern of `code` defined: the code (no unit after it: "504 s" is a span of
    time, status_words.UNIT_AFTER), a few words at most, a definition mark, what it means."""
    return re.compile(rf"{ALONE_BEFORE}{re.escape(code)}{ALONE_AFTER}{_GAP}\s*{_DEFINES}",
                      re.IGNORECASE)
