"""The service a whole note is about, for lines that name none; and the lines that must not
move it ("403 access denied / WAF": WAF causes the 403, it does not own API Gateway's codes).
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from studycli.extract.codes import HTTP_STATUSES, unit_follows

# "apigw.txt", "a_dva_cheatsheet_lambda.md", "dynamo-notes.md": the file name's words
_NAME_WORDS = re.compile(r"[A-Za-z0-9]+")
# "000_4c356a59b3abc6e0.txt": a hash or a number says nothing of a service
_NO_WORD = re.compile(r"\d+|[0-9a-f]{8,}", re.IGNORECASE)
# "403 acess denied / WAF", "- 502: bad gateway": a line that opens with a status code
_CODE_AT_HEAD = re.compile(r"^\W{0,3}(?P<code>[1-5]\d\d)\b")


def file_service(source: str) -> str:
    """The one service a note's file name names ("apigw.txt" -> API Gateway), else "": a name
    that names two ("lambda_sqs_cheatsheet.md") says which services, not which one a line
    naming none is about."""
    from studycli.services import find_services

    stem = PurePosixPath(source.replace("\\", "/")).stem
    words = [w for w in _NAME_WORDS.findall(stem) if not _NO_WORD.fullmatch(w)]
    if not words:
        return ""
    named = {m.name for m in find_services(" ".join(words))}
    return named.pop() if len(named) == 1 else ""


def opens_with_status_code(text: str) -> bool:
    """Does the line open with an HTTP status code and its meaning ("429 throttled"), not a
    number with a unit ("250 MB unzipped")?"""
    m = _CODE_AT_HEAD.match(text)
    return (m is not None and int(m.group("code")) in HTTP_STATUSES
            and not unit_follows(text[m.end():]))
