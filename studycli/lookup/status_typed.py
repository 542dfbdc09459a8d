"""A success or redirect status typed beside a word of codes ("s3 301 error", "lambda 202
status code") is a code asked, as "s3 403 error" is: lookup/text.is_status_code reads only
4xx and 5xx as codes, since a bare 200 or 300 is more often a count or a size ("300 sec").

Only the statuses AWS answers with (2xx accepted or no content, 3xx redirects), and only
with a word of codes typed: "sqs 200 messages" counts messages. Stdlib only: runs on the
lookup fast path.
"""

from __future__ import annotations

STATUSES = frozenset({"200", "201", "202", "204", "206", "301", "302", "303", "304", "307",
                      "308"})
# Not "http" or "response": lookup finds no code line for them ("cloudfront 304 response")
_CODE_WORDS = frozenset({"error", "errors", "status", "code", "codes", "redirect", "redirects",
                         "returns", "returned"})


def statuses_typed(tokens: list[str]) -> frozenset[str]:
    """The 2xx and 3xx statuses of `tokens`, where a word of codes is typed beside them."""
    if not _CODE_WORDS.intersection(tokens):
        return frozenset()
    return frozenset(t for t in tokens if t in STATUSES)
