"""A database dump of a note or flashcard app (`sqlite3 app.db .dump`: CREATE TABLE and
INSERT statements), read as the notes its rows hold, line for line.

    CREATE TABLE cards(id INTEGER PRIMARY KEY, deck_id INTEGER, front TEXT, back TEXT, ...);
    -- ===== SQS =====
    INSERT INTO cards VALUES(1,1,'SQS max message size?','256 KB per message','sqs,limit',3);

Read as plain text, every statement was a fact of its own ("insert into cards values" its
subject, its ids and dates its numbers) and the schema's lines facts too. Here a row of a
table with a question and an answer column is a card ("SQS max message size? 256 KB per
message"), as a JSON deck's is (formats/json_notes.py); another table's row is its text
values (a value with a space, or a number with its unit; an id, a date, a tag list are not
notes); a comment is the student's text (an item of its own), a banner comment
("-- ===== SQS =====") a heading; the schema and the dump's own statements are blank.
A statement over several lines (a string with line breaks) is read at its first line, the
others left blank.
"""

from __future__ import annotations

import re

from studycli.formats.json_notes import ANSWER_KEYS, QUESTION_KEYS, card_text

_CREATE = re.compile(r"^\s*CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?[\"`\[]?(\w+)[\"`\]]?"
                     r"\s*\((.*)\)\s*;?\s*$", re.IGNORECASE | re.DOTALL)
_INSERT = re.compile(r"^\s*INSERT\s+(?:OR\s+\w+\s+)?INTO\s+[\"`\[]?(\w+)[\"`\]]?\s*"
                     r"(?:\(([^()]*)\))?\s*VALUES\s*(.*?);?\s*$", re.IGNORECASE | re.DOTALL)
_STATEMENT = re.compile(r"^\s*(?:PRAGMA|BEGIN|COMMIT|END|CREATE|DROP|ALTER|DELETE|UPDATE|"
                        r"ANALYZE|VACUUM|ROLLBACK|SAVEPOINT|RELEASE)\b", re.IGNORECASE)
_COMMENT = re.compile(r"^\s*--\s?(.*)$")
_BANNER = re.compile(r"^[=#*~-]{3,}\s*(.*?)\s*[=#*~-]{3,}$")
# a value of a row: a quoted string ('' a quote inside), a number, NULL; a tuple's brackets
_VALUE = re.compile(r"'((?:[^']|'')*)'|(-?\d+(?:\.\d+)?)|(NULL)|([()])", re.IGNORECASE)
_QUANTITY = re.compile(r"^\s*\d[\d.,]*\s*[A-Za-z%/]{1,12}\s*$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_CONSTRAINT = re.compile(r"^(?:PRIMARY|FOREIGN|UNIQUE|CHECK|CONSTRAINT)\b", re.IGNORECASE)
# a value that is a unit ("MB/s", "MB/s per consumer per shard"), not a remark ("or 1000
# records/s", "default 1 hour")
_UNIT_LIKE = re.compile(r"^(?!(?:or|and|but|use|so|default|max|min|up|can|not|no|see|"
                        r"only|per|e\.g)\b)[A-Za-z%$][^\s,;.]*(?:\s+[^\s,;]+){0,4}$",
                        re.IGNORECASE)
MIN_ROWS = 3  # rows a file's INSERT statements hold before it is read as a dump


def sql_to_markdown(lines: list[str]) -> list[str]:
    statements = _statements(lines)
    # each INSERT's match and rows, parsed once (a dump of one 10,000-row INSERT is read in
    # linear time)
    inserts = {start: (m, _rows(m.group(3))) for start, text in statements
               if (m := _INSERT.match(text))}
    if sum(len(rows) for _, rows in inserts.values()) < MIN_ROWS:
        return lines  # a query or a schema kept as a note: read as written
    out: list[list[str]] = [[] for _ in lines]  # per line, its texts, joined once at the end
    columns: dict[str, list[str]] = {}
    for start, text in statements:
        comment = _COMMENT.match(text)
        if comment:
            said = comment.group(1).strip()
            banner = _BANNER.match(said)
            # (an item: a line under a card is no continuation of its answer)
            out[start] = [f"## {banner.group(1)}" if banner and banner.group(1)
                          else f"- {said}" if said else ""]
            continue
        created = _CREATE.match(text)
        if created:
            columns[created.group(1).lower()] = _column_names(created.group(2))
            continue
        if start in inserts:
            inserted, rows = inserts[start]
            table = inserted.group(1).lower()
            names = _column_names(inserted.group(2)) if inserted.group(2) \
                else columns.get(table, [])
            values = inserted.group(3)
            # each row on the line its "(" opens on ("VALUES" over one row a line), the
            # line breaks before it counted from the row before's
            at, counted = start + text.count("\n", 0, inserted.start(3)), 0
            for offset, row in rows:
                at += values.count("\n", counted, offset)
                counted = offset
                said = _row_text(names, row)
                if said:
                    texts = out[min(at, len(out) - 1)]
                    texts.append(said[2:] if texts else said)
        elif not _STATEMENT.match(text):
            out[start] = [text.split("\n")[0]]  # a line of the student's own
    return [" · ".join(texts) for texts in out]


def _statements(lines: list[str]) -> list[tuple[int, str]]:
    """Each statement or comment with the index of its first line: a statement runs on to
    the line that ends it with ";" outside a string."""
    out: list[tuple[int, str]] = []
    k = 0
    while k < len(lines):
        start, parts = k, [lines[k]]
        quotes = lines[k].count("'") % 2  # inside a string at the end of the line read
        if not _COMMENT.match(lines[k]) and lines[k].strip():
            while k + 1 < len(lines) and (quotes or not parts[-1].rstrip().endswith(";")) \
                    and not _COMMENT.match(lines[k + 1]) and k + 1 - start < 200:
                if not quotes and _STATEMENT.match(lines[k + 1]) \
                        or _INSERT.match(lines[k + 1]):
                    break
                k += 1
                parts.append(lines[k])
                quotes = (quotes + lines[k].count("'")) % 2
        out.append((start, "\n".join(parts)))
        k += 1
    return out


def _column_names(definition: str) -> list[str]:
    names = []
    for part in definition.split(","):
        word = part.strip().split()[0] if part.strip() else ""
        word = word.strip("\"`[]")
        if word and not _CONSTRAINT.match(word) and not word[0].isdigit() and ")" not in word:
            names.append(word.lower())
    return names


def _rows(values: str) -> list[tuple[int, list[str | None]]]:
    """The tuples of a VALUES clause, each with the offset of its "(": each value a string,
    a number (as text) or None."""
    rows: list[tuple[int, list[str | None]]] = []
    row: list[str | None] | None = None
    opened = 0
    for match in _VALUE.finditer(values):
        string, number, null, bracket = match.groups()
        if bracket == "(":
            row, opened = [], match.start()
        elif bracket == ")":
            if row is not None:
                rows.append((opened, row))
            row = None
        elif row is not None:
            row.append(string.replace("''", "'") if string is not None
                       else number if number is not None else None)
    return rows


def _row_text(names: list[str], row: list[str | None]) -> str:
    """A row as one statement: a card's question and answer; a row of a table whose columns
    the dump names, its values but ids and dates, the words before its first number its
    subject ("IAM users per account: 5000 users; use identity federation above that"); a row
    of unnamed columns, its values that are text."""
    named = dict(zip(names, row, strict=True)) if len(names) == len(row) else {}
    question = next((named[n] for n in names if n in QUESTION_KEYS and named.get(n)), None)
    answer = next((named[n] for n in names if n in ANSWER_KEYS and named.get(n)), None)
    if question and answer:
        first, *rest = card_text(question, answer.split("\n")).split("\n")
        return "; ".join([first, *(r.strip()[2:] for r in rest)])
    if named:
        kept = [" ".join(v.split()) for n, v in named.items()
                if v and v.strip() and n != "id" and not n.endswith("_id") and not _DATE.match(v)]
        return "- " + _statement(kept) if kept else ""
    texts = [v for v in row if v and not _DATE.match(v)
             and (any(c.isspace() for c in v.strip()) or _QUANTITY.match(v))]
    return "- " + " · ".join(" ".join(t.split()) for t in texts) if texts else ""


def _statement(values: list[str]) -> str:
    """A row's values as a sentence: what comes before its first number is what the number
    is of, a number and the short word after it one quantity ("1" "MB/s": 1 MB/s)."""
    at = next((k for k, v in enumerate(values) if v[0].isdigit()), None)
    if at is None:
        return ", ".join(values)
    value = values[at]
    rest = values[at + 1:]
    if rest and _UNIT_LIKE.match(rest[0]):
        value, rest = f"{value} {rest[0]}", rest[1:]
    subject = " ".join(values[:at])
    return (f"{subject}: " if subject else "") + "; ".join([value, *rest])
