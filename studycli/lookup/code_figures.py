"""Are a statement's numbers all status codes, so that it states no figure of a measure?

"ALB error `503` = no registered targets, `504` = target timeout" says "timeout"
and holds numbers, yet gives no timeout: its numbers name HTTP responses. Asked "alb health
check timeout default" or "nlb idle timeout", such a line is no answer however many words of
the query it says; asked "alb 504 meaning", it is one (the code typed is found by its own
rule, answer._shape).

A number is a code where it is a status (100-599) written as one: defined by what follows it
("503 = ...", "502: target did not respond", "504 -> ...") on a line that names a response
somewhere (error, http, status, code, respond/response, 4xx/5xx or a status's reason phrase:
"bad gateway", "service unavailable", S3's "slow down"...), after a word saying it is one
("error 503", "HTTP 504", "status 429"), or in backticks ("`503`"). A quota written the same
way ("stack outputs limit: 200 = hard quota", "hosted zones: 500 = default quota") names no
response, and its number is a figure. A list's enumerator ("1) target ...") is no figure
either; any other number (a count: ">30 IPs") is one the line states, and the line keeps its
answer's shape. The response words and reason phrases are lookup/status_words.py's, which
lookup/status_said.py reads too.
Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

from studycli.lazy_regex import lazy_compile
from studycli.lookup.status_words import DEFINITION_MARKS, REASON_PHRASES, RESPONSE_WORDS
from studycli.note_numbers import number_spans

_DEFINED = lazy_compile(rf"\A`?\s*(?:{DEFINITION_MARKS}|-\s)")
_NAMED = lazy_compile(r"(?i)\b(?:error|errors|http|status|code|codes)\s*`?\s*\Z")
_ENUMERATOR = lazy_compile(r"\A\)")
# a line that says it is about responses, so that "N = ..." there defines a status code
_RESPONSE = lazy_compile(rf"(?i)\b(?:{RESPONSE_WORDS}|{REASON_PHRASES})\b")


def codes_only(text: str) -> bool:
    """Whether every number of `text` is a status code or a list's enumerator, and at least
    one is a code."""
    spans = number_spans(text)
    responds = _RESPONSE.search(text) is not None
    codes = 0
    for number, unit, start, end in spans:
        written = text[start:end]
        start += len(written) - len(written.lstrip())  # a span may open on a space
        written = written.strip()
        before, after = text[:start], text[end:]
        if unit is None and written.isdigit() and 100 <= number <= 599 and (
                (responds and _DEFINED.match(after)) or _NAMED.search(before)
                or (before.endswith("`") and after.startswith("`"))):
            codes += 1
        elif unit is None and written.isdigit() and number < 10 and _ENUMERATOR.match(after):
            continue
        else:
            return False
    return codes > 0
