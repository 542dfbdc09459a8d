"""The words that say a line is about HTTP responses, and the statuses' reason phrases: one
list for the two readers of a status written in a note's line.

lookup/code_figures.py asks whether a statement's numbers are all status codes ("`503` = no
registered targets"), lookup/status_said.py whether a line gives a status at all ("404 Not
Found -> NoSuchKey"). Both read "N = ..." as a status only on a line that names a response,
and both know a status by its reason phrase: the words were two near-copies, and a phrase
added to one was missed by the other. Each reader builds its patterns from these (regular
expression alternatives, case-blind as the readers compile them).
Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

# a word naming a response: "error", "HTTP", "status", "code", "respond(s)", "4xx"
RESPONSE_WORDS = (r"errors?|http|https|status(?:es)?|codes?|respon(?:d|ds|ded|se|ses)"
                  r"|[1-5]xx")
# the reason phrases of the statuses AWS notes give most ("404 Not Found", "503 Slow Down":
# S3's, https://docs.aws.amazon.com/AmazonS3/latest/userguide/ErrorBestPractices.html)
REASON_PHRASES = (r"bad\s+(?:gateway|request)|(?:service\s+)?unavailable|gateway\s+time-?out"
                  r"|not\s+found|forbidden|unauthori[sz]ed|too\s+many\s+requests"
                  r"|internal\s+server|moved\s+permanently|slow\s*down")
# a figure's unit after a number makes it no status: "504 s" is a span of time, "200 GB" a size
UNIT_AFTER = r"\s*(?:ms|s|secs?|seconds?|mins?|minutes?|kb|mb|gb|tb|x)\b"
# a code written alone: no word, digit, dot, comma or "$" glued before it, and none
# (nor "%", nor a unit) after it (status_said._STATUS, code_defined._definition)
ALONE_BEFORE = r"(?<![\w.,$])"
ALONE_AFTER = rf"(?![\w.,%]|{UNIT_AFTER})"
# what follows a status a line defines: "503 = ...", "502: ...", "504 -> ...", "504 — ..."
DEFINITION_MARKS = r"=|:|->|→|—"
