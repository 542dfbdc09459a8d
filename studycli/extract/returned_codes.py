"""A status code a line says something gets ("async invoke returns HTTP 202", "invocation
type Event: async -> HTTP 202", "returns 503 when no registered targets", "target too slow ->
504"): the code, and what gets it. Read only on a line that says something of errors or
responses itself (codes.py's gate; "- Event -> 202" alone is not one).

What gets it is the condition after the code ("when no registered targets"), else the clause
before the arrow or "returns". An error code (4xx, 5xx) is asked as "what does it mean?", so
it is read only where that clause is what the code means: a condition, or a situation an arrow
leads from to the code alone ("over quota -> 429"); "Q9. ALB returns 504 to clients" names who
returns it, and "Errors -> 400 bad request" a list that the code's own name follows. A
success code (1xx-3xx) is never asked (questions/askable.py), only looked up: "async invoke
returns HTTP 202" tells which call gets it; never one said of an error or a failure ("function
error: still returns 200"), after a "but", or of fewer than two content words ("..., but API
returns 200"), which tell no call that gets it. A list's label ("Step 2 -", "Q9.") is no part of
what gets a code.
"""

from __future__ import annotations

import re
from typing import NamedTuple

# "-> 202", "→ returns 202", "-> HTTP 202", "-> StatusCode **202**", "returns status code: 503"
_GETS_CODE = re.compile(
    r"(?:(?P<arrow>->|→|=>)[ \t]*(?:returns?\b)?|\breturns\b)[ \t]*(?:back[ \t]+)?"
    r"(?:(?:HTTP|status[ \t]*code|StatusCode)[ \t]*[:=]?[ \t]*)?[*_`]*"
    r"(?P<code>[1-5]\d\d)[*_`]*(?![\w%/]|[.,]\d)", re.IGNORECASE)
# "503 when no registered targets": the condition the code is returned on
_CONDITION_AFTER = re.compile(r"[ \t]*(?P<cond>(?:if|when)[ \t]+[^,;()]{3,60})", re.IGNORECASE)
# the code alone: nothing but punctuation or the end of the line after it
_ALONE_AFTER = re.compile(r"[ \t]*(?:[,;.)(!]|$)")
# "Returns 200 = healthy": a meaning written after the code is other readings' (codes.py)
_MEANING_AFTER = re.compile(r"[ \t]*(?:=|:|-|–|—)(?!>)")
# where the clause before a code begins ("..., sync returns 200": "sync")
_CLAUSE_BREAK = re.compile(r"[,;]\s*|\s+(?:and|but|while|whereas)\s+|^\W+")
_MARKS = re.compile(r"[*_`]+")
# "Step 2 - ...", "Q9. ...", "3) ...": a list's label before a line's statement
_LIST_LABEL = re.compile(r"^[\s*_`]*(?:(?:step|q|question|part)[ \t]*\d+[a-z]?[ \t]*[-–—.:)]?"
                         r"|\d{1,2}[a-z]?[ \t]*[.)])[ \t]*", re.IGNORECASE)
# a success code's clause that says an error or a failure ("function error: still returns 200",
# "backend error -> 200 by default"): whatever gets the code, it is not said here
_ERROR_SAID = re.compile(r"\berror|\bfail|\bexception", re.IGNORECASE)
_STOP = frozenset("a an the of to is are was be by or and in on for with from at it its this that "
                  "still so then also just only".split())
# "returns 100 items", "-> 200 per second", "returns 300 KB": a number counting something
_COUNTED_AFTER = re.compile(r"[ \t]*(?!(?:error|exception|timeout|response|status|code)s?\b)"
                            r"(?:[a-z]+s\b|per\b|[KMGT]i?B\b|ms\b|s\b|sec|min)", re.IGNORECASE)


class ReturnedCode(NamedTuple):
    code: str
    meaning: str  # what gets it
    start: int  # where the code stands in the text


def returned_codes(text: str) -> list[ReturnedCode]:
    """Each status code `text` says something gets, with what gets it, in order."""
    out = []
    for m in _GETS_CODE.finditer(text):
        after = text[m.end():]
        if _MEANING_AFTER.match(after) or _COUNTED_AFTER.match(after):
            continue
        success = m.group("code")[0] in "123"
        cond = _CONDITION_AFTER.match(after)
        if cond:
            meaning = cond.group("cond")
        elif success or (m.group("arrow") and _ALONE_AFTER.match(after)):
            meaning = _clause_before(text, m.start())
            if len(_content_words(meaning)) < 2:
                continue  # "ProvisionedThroughputExceededException -> HTTP 400": a name, and
                # 400 is not all it means; "..., but API returns 200": who, not what gets it
        else:
            continue
        if success and _ERROR_SAID.search(meaning):
            continue  # "function error: still returns 200": no call that gets a success
        meaning = _MARKS.sub("", _LIST_LABEL.sub("", meaning)).strip(" \t-–—:;,.→>=(")
        if len(meaning) >= 3:
            out.append(ReturnedCode(m.group("code"), meaning, m.start("code")))
    return out


def _clause_before(text: str, end: int) -> str:
    """The clause that ends at `end`: from the last break before it that no bracket holds
    ("`RequestResponse` (sync, default) -> 200" is all of it, not "default)"). A clause after
    a "but" stands alone ("sync invoke returns 200 but async invoke returns 202": 202 is the
    async invoke's; dropping it made a lookup answer 200 for the async code, a last read)."""
    start = 0
    for b in _CLAUSE_BREAK.finditer(text, 0, end):
        if text.count(")", b.end(), end) <= text.count("(", b.end(), end):
            start = b.end()
    return text[start:end]


def _content_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9]+", _LIST_LABEL.sub("", text).lower())
            if w not in _STOP and not w.isdecimal()]
