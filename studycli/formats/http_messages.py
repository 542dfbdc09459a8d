"""Raw HTTP requests and responses kept in a note (a `.http` file of VS Code's REST client or
JetBrains' HTTP client, a request/response dump pasted into plain notes): a request line
(`POST https://states.us-east-1.amazonaws.com/`), its headers (`X-Amz-Target:
AWSStepFunctions.StartExecution`), a body (`{"stateMachineArn": ...}`), a status line
(`HTTP/1.1 400 Bad Request`) and the error body under it.

Read as prose, a body standing alone over the student's list was taken for that list's label
(every Lambda fact of a `.http` file was filed under `{"bucket":"my-bkt-198",...}`), a
response pasted as two `#` comment lines was two headings, which ended the section of the
service above them (Step Functions' Express limits were no service's), and a section headed
by what happened ("=== throttle ===") was no service's though its request names one.

Here each line of a message is an item of its own words, line for line (a `#` comment's
marks dropped), and a heading that names no service, over a message that names one (by the
request's host, `dynamodb.us-east-1.amazonaws.com`; its `X-Amz-Target`,
`DynamoDB_20120810.PutItem`; or an error body's namespace,
`com.amazonaws.dynamodb.v20120810#...`), says that service after its own words ("###
throttle (DynamoDB)"), so the section's facts are that service's. `studycli search` still
shows the lines as written.
"""

from __future__ import annotations

import re

from studycli.fences import in_fence_mask

_MARKS = re.compile(r"^(#{1,6}[ \t]+)?")
# a request line: a method and a URL or a path ("POST / HTTP/1.1")
_REQUEST = re.compile(r"^(?:GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS)[ \t]+(?:https?://\S+|/\S*)"
                      r"(?:[ \t]+HTTP/\d(?:\.\d)?)?[ \t]*$")
# a status line, its HTTP version written ("HTTP/1.1 429 Too Many Requests", "HTTP/2 200")
_STATUS = re.compile(r"^HTTP/\d(?:\.\d)?[ \t]+[1-5]\d\d\b.*$")
# a header: a name of letters and dashes, a colon, a value
_HEADER = re.compile(r"^[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*:[ \t]*\S.*$")
# a body's line: JSON or XML
_BODY = re.compile(r"^(?:\{\s*\"|\[\s*\{|<[A-Za-z?])")
# the service a message names: the host of its URL or Host header, its X-Amz-Target's
# prefix, or an error type's namespace
# (DynamoDB Streams' host is two labels: "streams.dynamodb.us-east-1.amazonaws.com")
_HOST = re.compile(r"(?:https?://|^Host:[ \t]*)(?:[\w-]+\.)*?((?:streams\.)?[a-z][a-z0-9-]*)"
                   r"(?:\.[a-z]{2}-[a-z]+-\d)?\.amazonaws\.com", re.IGNORECASE)
_TARGET = re.compile(r"^X-Amz-Target:[ \t]*(?:com\.amazonaws\.[\w.]+?\.)?(?:AWS|Amazon)?"
                     r"([A-Za-z]+?)(?:_?\d{8})?\.\w+\s*$", re.IGNORECASE)
_NAMESPACE = re.compile(r"com\.amazonaws\.([a-z][a-z0-9-]*)\.v?\d{8}#")
# endpoint prefixes that are no CLI namespace and no service's name
_ENDPOINTS = {"states": "Step Functions", "monitoring": "CloudWatch",
              "execute-api": "API Gateway", "elasticloadbalancing": "ELB",
              "email": "SES", "streams.dynamodb": "DynamoDB Streams"}
_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t#]*$")
# a heading of a plain note ruled on both sides ("=== throttle ===", "--- throttle ---")
_RULED = re.compile(r"^(={2,}|-{3,})[ \t]*(\S.*?)[ \t]*\1[ \t]*$")


def messages_to_items(lines: list[str]) -> list[str]:
    """`lines` with each line of a raw HTTP message outside code fences an item of its words,
    and each heading naming no service over a message naming one saying that service."""
    fenced = in_fence_mask(lines)
    out = list(lines)
    message: set[int] = set()
    in_message = False
    for i, line in enumerate(lines):
        if fenced[i]:
            in_message = False
            continue
        marks = _MARKS.match(line)
        text = line[marks.end():].strip() if marks else line.strip()
        starts = bool(_REQUEST.match(text) or _STATUS.match(text))
        goes_on = in_message and bool(_HEADER.match(text) or _BODY.match(text))
        body_after_gap = bool(_BODY.match(text)) and _after_message(lines, i)
        if starts or goes_on or body_after_gap:
            # (a `#` comment's line is left to the reader of a note's comments, which reads
            # it as an item of a run: formats/hash_comments.py, by is_message_line)
            out[i] = line if marks and marks.group(1) else f"- {text}"
            message.add(i)
            in_message = True
        elif text or not in_message:
            in_message = False
    return _headings_say_services(lines, out, message)


def is_message_line(text: str, after_message: bool) -> bool:
    """Whether `text` (a line's words) is a raw HTTP message's: a request or status line, or
    a header or a body's line after one (`after_message`)."""
    return bool(_REQUEST.match(text) or _STATUS.match(text)
                or after_message and (_HEADER.match(text) or _BODY.match(text)))


def _after_message(lines: list[str], i: int) -> bool:
    """A body after one blank line under a request's headers (as a `.http` file writes it)."""
    if i < 2 or lines[i - 1].strip():
        return False
    above = _MARKS.sub("", lines[i - 2]).strip()
    return bool(_HEADER.match(above) or _REQUEST.match(above))


def _headings_say_services(lines: list[str], out: list[str], message: set[int]) -> list[str]:
    """A heading naming no service, and under no heading that names one, says the service of
    the message its section opens with. A section that says something of its own before the
    message is left as written: the heading's service would refile those lines too (an
    "## Throttling" under "# API Gateway" whose lines are API Gateway's limits, over a
    DynamoDB error pasted below them, made them DynamoDB's)."""
    from studycli.services import find_services

    stack: list[tuple[int, bool]] = []  # (level, names a service) of the headings over a line
    heading: int | None = None
    for i, line in enumerate(lines):
        if i in message:
            service = message_service(_MARKS.sub("", out[i].removeprefix("- ")))
            if service and heading is not None:
                out[heading] = _saying(lines[heading], service)
                heading = None
            continue
        words = _heading_words(line)
        if words is not None and not out[i].startswith("- "):
            level = _level(line)
            while stack and stack[-1][0] >= level:
                stack.pop()
            names = bool(find_services(words))
            heading = i if not names and not any(said for _, said in stack) else None
            stack.append((level, names))
            continue
        if out[i].strip():
            heading = None  # the section's own words come first: they are the heading's
    return out


def _level(line: str) -> int:
    m = _HEADING.match(line)
    if m:
        return len(m.group(1))
    ruled = _RULED.match(line.strip())
    return 1 if ruled and ruled.group(1).startswith("=") else 2


def _heading_words(line: str) -> str | None:
    m = _HEADING.match(line) or _RULED.match(line.strip())
    return m.group(2) if m else None


def _saying(line: str, service: str) -> str:
    ruled = _RULED.match(line.strip())
    if ruled:
        return f"{ruled.group(1)} {ruled.group(2)} ({service}) {ruled.group(1)}"
    return f"{line.rstrip().rstrip('#').rstrip()} ({service})"


def message_service(text: str) -> str:
    """The service a line of a message names by its host, its X-Amz-Target or an error type's
    namespace, or ""."""
    from studycli.formats.fenced_code import service_named

    for pattern in (_HOST, _TARGET, _NAMESPACE):
        m = pattern.search(text)
        if m:
            name = m.group(1)
            return _ENDPOINTS.get(name.lower()) or service_named(
                re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name))
    return ""
