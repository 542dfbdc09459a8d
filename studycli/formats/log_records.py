"""Notes kept as structured log lines (logfmt or one JSON object a line), read as the list
items they mean; and the test that tells such a log of facts from a program's log.

A developer who greps their notes may keep one fact a line as a log record:
`ts=2024-03-02T10:14Z level=info svc=sqs attr=retention max=14d default=4d`, or
`{"svc": "lambda", "key": "timeout_max", "val": "900s"}`. Read as plain text, each line was
one run of `key=value` words: its timestamp, its level and its keys stood where a fact's
attribute is read, and a figure was not bound to what it measures. Here each record becomes
one list item, line for line: its service first, then what it measures, then its figures
with their bounds ("- Lambda timeout: max 900s, default 3s"), its free text last, in
parentheses ("(soft limit, raise via support)"), or as the value where it gives none.
A timestamp and a level are the record's, not the fact's, and are left out; the lines a
record carries under it (`  at ...`, `  caused by: ...`) are its items.

A log a program writes is not notes, whatever its suffix: its records identify requests,
hosts and traces (ids, addresses, paths), and few of them name an AWS service. A log is read
as notes only where most of its records are records, most of those name an AWS service, and
few carry a machine's identifiers (`is_log_of_notes`). A `git log -p` of note files kept as
a log is the notes its patches make (`is_git_log`, read by formats/diff_notes.py).
"""

from __future__ import annotations

import json
import re

# `key=value`, the value bare or quoted; words with no key between two pairs belong to the
# value before them ("max=50MB zipped unzipped=250MB")
_PAIR = re.compile(r'([A-Za-z_][\w.\-]*)=("(?:[^"\\]|\\.)*"|\S*)')
_WORD = re.compile(r"\S+")
# a record's own fields, not the fact's: when and how loudly it was logged, and where from
_RECORD_KEYS = frozenset({"ts", "time", "timestamp", "date", "t", "level", "lvl", "severity",
                          "src", "source", "logger"})
_SERVICE_KEYS = ("svc", "service", "aws_service", "product")
# what the fact measures, said in order before its figures
_NAME_KEYS = frozenset({"attr", "attribute", "key", "metric", "setting", "cmp", "compare",
                        "topic", "code", "error", "status", "name", "plan", "mode"})
_CODE_KEYS = frozenset({"code", "error", "status", "name"})
# figures said with no word before them
_VALUE_KEYS = frozenset({"val", "value", "vals", "values"})
# bounds said before their figure ("max 900s")
_BOUND_KEYS = frozenset({"max", "min", "default", "limit", "range"})
_TEXT_KEYS = frozenset({"msg", "message", "note", "notes", "comment", "why", "desc"})
# what a record of a fact says and a program's record does not: the attribute it states, a
# bound or a bare value ("attr=retention max=14d", "key=item_size_max val=400KB"); a program
# names its resources instead ("table=orders attempt=2", "bucket=... key=2024/03/inv.pdf")
_FACT_KEYS = frozenset({"attr", "attribute", "metric", "setting", "cmp", "compare"}
                       ) | _BOUND_KEYS | _VALUE_KEYS
# what a program's log identifies its requests by, and a student's facts never need
_MACHINE = re.compile(
    r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b"  # a UUID
    r"|\b(?:\d{1,3}\.){3}\d{1,3}\b"  # an IPv4 address
    r"|\b(?:request_?id|req_?id|trace_?id|span_?id|pid|thread|host|hostname|client_?ip)[=\"':]"
    r"|\b(?:GET|POST|PUT|DELETE|PATCH|HEAD) /", re.IGNORECASE)
_COMMIT = re.compile(r"^commit [0-9a-f]{40}\b")
_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@")
# how many of a log's first lines tell what it is
_LOOKED_AT = 200


def parse_record(line: str) -> list[tuple[str, str]] | None:
    """A log line's fields in their order, or None for a line that is no record: a JSON
    object of scalars, or two `key=value` pairs or more (one where it is a message alone)."""
    text = line.strip()
    if text.startswith("{") and text.endswith("}"):
        return _json_fields(text)
    if _PAIR.match(text) is None:  # (before reading every pair of a line of prose)
        return None
    pairs = list(_PAIR.finditer(text))
    if len(pairs) < 2 and pairs[0].group(1).lower() not in _TEXT_KEYS:
        return None
    fields: list[tuple[str, str]] = []
    for k, pair in enumerate(pairs):
        end = pairs[k + 1].start() if k + 1 < len(pairs) else len(text)
        rest = " ".join(_WORD.findall(text[pair.end():end]))
        value = _unquoted(pair.group(2))
        fields.append((pair.group(1), f"{value} {rest}".strip() if rest else value))
    return fields


def _json_fields(text: str) -> list[tuple[str, str]] | None:
    try:
        data = json.loads(text)
    except ValueError:
        return None
    if not isinstance(data, dict) or not data:
        return None
    fields = []
    for key, value in data.items():
        if isinstance(value, list) and all(not isinstance(v, dict | list) for v in value):
            value = ", ".join(str(v) for v in value)
        if isinstance(value, dict | list):
            return None  # a nested document: a program's data, no fact a line
        fields.append((str(key), "" if value is None else str(value)))
    return fields


def _unquoted(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return value[1:-1].replace('\\"', '"')
    return value


def _content(lines: list[str]) -> list[str]:
    """The lines that may be records: not blank, no `#` comment, no line a record carries."""
    return [line for line in lines[:_LOOKED_AT]
            if line.strip() and not line.lstrip().startswith("#") and not line[:1].isspace()]


def is_log_of_notes(lines: list[str]) -> bool:
    """Whether a log's lines are a student's facts kept as records: three records or more,
    most content lines records, half the records or more stating an attribute, a bound or a
    value (`_FACT_KEYS`), most naming an AWS service, few a machine's ids. A program's log
    naming the services it calls (`service=dynamodb table=orders attempt=2`, a CloudTrail
    event's `eventSource`) states no fact, whatever it names."""
    content = _content(lines)
    records = [(line, fields) for line in content if (fields := parse_record(line))]
    if len(records) < 3 or len(records) * 5 < len(content) * 3:
        return False
    stating = sum(1 for _, fields in records
                  if any(key.lower() in _FACT_KEYS for key, _ in fields))
    if stating * 2 < len(records):
        return False
    machine = sum(1 for line, _ in records if _MACHINE.search(line))
    if machine * 5 > len(records):
        return False
    named = sum(1 for _, fields in records if _names_service(fields))
    return named * 5 >= len(records) * 3


def _names_service(fields: list[tuple[str, str]]) -> bool:
    from studycli.services import canonical_service, find_services

    for key, value in fields:
        if key.lower() in _SERVICE_KEYS and canonical_service(_as_words(value)):
            return True
    return bool(find_services(" ".join(_as_words(v) for k, v in fields
                                        if k.lower() not in _RECORD_KEYS)))


def is_git_log(lines: list[str]) -> bool:
    """Whether a file is `git log -p` output: commits with their patches (of notes, read
    as the notes the patches make). The file opens with its first commit (below the command
    that made it, at most): a note that quotes a `git log -p` under its own lines is notes."""
    head = lines[:_LOOKED_AT * 5]
    opening = [line for line in head if line.strip()][:2]
    return (any(_COMMIT.match(line) for line in opening)
            and any(line.startswith("diff --git ") for line in head)
            and any(_HUNK.match(line) for line in head))


def records_to_markdown(lines: list[str]) -> list[str]:
    """A log of notes, line for line: each record a list item, the lines under a record its
    items, comments and other lines as written (a `# ---- SNS ----` comment is a heading)."""
    out = []
    for line in lines:
        fields = parse_record(line) if line.strip() and not line[:1].isspace() else None
        if fields is not None:
            out.append(_item(fields))
        elif line[:1].isspace() and line.strip() and out and out[-1].lstrip().startswith("-"):
            out.append("  - " + re.sub(r"^at\s+", "", line.strip()))
        else:
            out.append(line)
    return out


def _item(fields: list[tuple[str, str]]) -> str:
    from studycli.services import canonical_service

    service = ""
    names: list[str] = []
    figures: list[str] = []
    texts: list[str] = []
    for key, value in fields:
        low = key.lower()
        if low in _RECORD_KEYS or not value:
            continue
        if low in _SERVICE_KEYS and not service:
            service = canonical_service(_as_words(value)) or _as_words(value)
        elif low in _NAME_KEYS:
            # a code or a status is its identifier as written ("ROLLBACK_COMPLETE")
            names.append(value if low in _CODE_KEYS else _as_words(value))
        elif low in _VALUE_KEYS:
            figures.append(value)
        elif low in _BOUND_KEYS:
            figures.append(f"{low} {value}")
        elif low in _TEXT_KEYS:
            texts.append(value)
        else:
            figures.append(f"{_as_words(key)} {value}")
    name = " ".join(x for x in (service, *names) if x)
    if not figures and texts:
        figures, texts = [texts[0]], texts[1:]
    said = ", ".join(figures) + "".join(f" ({t})" for t in texts)
    if not name:
        return f"- {said}"
    return f"- {name}: {said}" if said else f"- {name}"


def _as_words(value: str) -> str:
    """An identifier as the words it joins: "kinesis-data-streams" "kinesis data streams",
    "payload_sync" "payload sync"."""
    return re.sub(r"[_\-]+", " ", value).strip() if " " not in value.strip() else value
