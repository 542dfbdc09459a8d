"""Does a line give an HTTP status, and so say "http" and "status" without writing them?

Asked "s3 slowdown http code", "nosuchkey http status" or "api gateway integration timeout
status code", the answer is a status: "503: S3 SlowDown (too many requests on a prefix)",
"404 Not Found -> NoSuchKey", "504 = integration timeout". Such a line writes no "http" and
no "status" (it is one), so those words of the query stayed unsaid and lookup abstained on a
line that answers it. As a region's code says "region" (answer._REGION_SAYS), a line giving a
status says the words that ask for one, only to complete what its other words said
(answer._topic: "502 Bad Gateway" says nothing of "lambda invoke --invocation-type Event
http status", whose 202 it does not give): the line must say nearly all of the query's
other topic words itself (without_status_words); a word or two of them ("bucket" of "s3
access denied bucket http status") is no status of what is asked. "code" and "error" need
no such help: they are cue words of the error-code kind, never topic words.

A status is given where the parser filed the line as an error code under a three-digit code
(100-599), or where a statement writes one as a status: a bare number 100-599 followed by
its definition ("503 = ...", "502: ...", "504 -> ...") or by a status's reason phrase ("403
Forbidden", "404 Not Found"). A figure is none: "300 s", "429 requests" (a unit, or a word
that is no reason phrase), "stack outputs: 200 = hard quota" on a line naming no response
(lookup/code_figures.py reads the same definitions, response words and reason phrases:
lookup/status_words.py). Only a query asking an error code is
read so: one asking an error code, or typing "http status" ("nosuchkey http status");
"s3 http port" asks no status.
Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

from studycli.kinds import Kind
from studycli.lazy_regex import lazy_compile
from studycli.lookup.query import STATUS_BY_NAME, Query
from studycli.lookup.status_words import (
    ALONE_AFTER,
    ALONE_BEFORE,
    DEFINITION_MARKS,
    REASON_PHRASES,
    RESPONSE_WORDS,
)
from studycli.lookup.text import stem

STATUS_SAYS = frozenset(stem(w) for w in ("http", "status"))

_CODE = lazy_compile(r"\A[1-5]\d\d\Z")
# a bare status: three digits, no digit, dot or unit letter glued to either side
_STATUS = lazy_compile(rf"{ALONE_BEFORE}([1-5]\d\d){ALONE_AFTER}")
# what follows a status written as one: its definition ("= ...", ": ...", "-> ...") on a
# line that names a response, or its reason phrase
_DEFINED = lazy_compile(rf"\A\s*(?:{DEFINITION_MARKS}|–)")
_REASON = lazy_compile(
    rf"(?i)\A\s*(?:{REASON_PHRASES}|conflict|payload\s+too\s+large|permanent\s*redirect"
    r"|access\s*denied|throttl)")
# a response named by an exception too ("ThrottlingException", "SdkClientError")
_RESPONSE = lazy_compile(
    rf"(?i)\b(?:{RESPONSE_WORDS}|exceptions?)\b|exception\b|[a-z]Error\b")


def asks_status(q: Query) -> bool:
    """Whether query `q` asks a code: an error code, or an HTTP status by those words."""
    return Kind.ERROR_CODE in q.kinds or STATUS_BY_NAME <= set(q.tokens)


def without_status_words(q: Query) -> Query:
    """Query `q` with the topic words a status says ("http", "status") left out: what a line
    giving a status must say by its own words ("s3 access denied bucket http status": "access
    denied bucket", which "301 Moved Permanently: wrong region endpoint for the bucket" says
    one word of)."""
    rest = Query(q.raw)
    for slot in Query.__slots__:
        setattr(rest, slot, getattr(q, slot))
    rest.topic = [c for c in q.topic if not STATUS_SAYS.intersection(c)]
    return rest


def gives_status(fact: dict) -> bool:
    """Whether `fact` gives an HTTP status: an error code filed under one, or a statement
    writing one as a status."""
    if fact["kind"] == Kind.ERROR_CODE:
        return bool(_CODE.match((fact["attribute"] or "").strip()))
    if fact["kind"] != Kind.FACT:
        return False
    text = fact["snippet"] or fact["value"] or ""
    responds = _RESPONSE.search(text) is not None
    for m in _STATUS.finditer(text):
        after = text[m.end():]
        if _REASON.match(after) or (responds and _DEFINED.match(after)):
            return True
    return False
