"""Facts of a grid read under its legend line (notes/legend_grids.py).

Each cell is its column's attribute of its row's thing: under "legend: msg | ret dflt/max",
the row "SQS  256K | 4d/14d" says SQS's message size is 256 KB, its retention 4 days by
default and 14 days at most. A cell is read as the line its column and value make
("ret default: 4d", "ret max: 14d"), of the row's service and subject:

- a column whose last word lists alternatives ("dflt/max", "dflt/min/max", "zip/unzip") over
  a cell of as many values split by "/" gives one value to each ("24h / 365d");
- a bare number takes the unit its column names ("min dur days" over "30" is 30 days,
  "min obj KB" over "128" is 128 KB), else counts what a plural column names ("GSIs" over
  "20"; "batch" over "10" counts no batches);
- a number written with a bare magnitude ("256K", "50M", "64T") is a size of bytes only in a
  column about a size ("msg", "mem", "item max", "max stor"): "12.5M" under "subs/topic" is
  12.5 million subscriptions, and is left as written.

The row's name is its service where it names one ("SQS", "DDB"), else a thing of the title's
service ("REST" under "APIGW", "gp3" under "EBS"); a row with no name is the title's. A grid
whose title and rows name no service is read for its statements only. A cell with no
quantity is a statement of its own, its value beside its column's name ("Redis persist: Y
(AOF/RDB)"), and so is one whose facts would lose a word of its column ("RCU strong" over
"4 KB/s" read as a bare throughput). "/" in a column lists alternatives only between known
qualifiers or variants: "msgs/s", "subs/topic" and "items/txn" are rates and ratios.
"""

from __future__ import annotations

import re

from studycli.extract.attributes import names_word
from studycli.extract.context import Context, clean_topic, coded_subject
from studycli.extract.limits import limit_facts
from studycli.extract.quantities import find_quantities
from studycli.extract.statements import statement_fact
from studycli.extract.table_layouts import Maker, row_service, table_service
from studycli.model import Fact
from studycli.notes.legend_grids import LegendGrid
from studycli.services import find_services, find_subjects, subject_entry

# the shorthand a grid's legend and row names are written in ("ret dflt/max", "read repl",
# "STD" under Step Functions), each word read in full: filed as written, "ret" and "dur" were
# attributes no lookup names. A grid's few words only, never a note's other lines.
_SHORTHAND = {"ret": "retention", "vis": "visibility timeout", "dur": "duration",
              "repl": "replication", "stor": "storage", "obj": "object", "hist": "history",
              "exec": "execution", "subs": "subscriptions", "acct": "account",
              "conn": "connections", "std": "standard", "dflt": "default", "def": "default",
              "msg": "message", "req": "requests"}
_EMPTY = re.compile(r"\s*(?:[-—–?]+|n/?a|none)?\s*", re.IGNORECASE)
_QUALIFIER_WORDS = {"default": "default", "min": "min", "max": "max", "minimum": "min",
                    "maximum": "max"}
# the words a column's "/" lists as alternatives of its cells ("ret dflt/max", "zip/unzip",
# "in/out"); any other "/" is a rate or a ratio ("msgs/s", "subs/topic", "items/txn"): split,
# "300/3000" under "msgs/s" was 3000 seconds
_ALTERNATIVES = {*_QUALIFIER_WORDS, "zip", "unzip", "zipped", "unzipped", "in", "out", "read",
                 "write", "reads", "writes", "standard", "fifo", "soft", "hard", "sync", "async"}
# a value ends, "/" and the next one starts with a figure: "4d/14d", "24h / 365d" (not the
# "/" of a rate: "1MB/s")
_VALUE_SPLIT = re.compile(r"\s*/\s*(?=[<>~]?\s*\d)")
_QUALIFIED = re.compile(r"\b(?:default|min|max|minimum|maximum)\b", re.IGNORECASE)
_PLURAL = re.compile(r"[a-z]s$", re.IGNORECASE)  # "max parts" counts parts
# words of a column its facts need not repeat: qualifiers, joining words, a unit's
_LOOSE_WORDS = {*_QUALIFIER_WORDS, "in", "out", "per", "of", "the", "a", "to", "limit",
                "limits", "total", "tot", "value"}
_BARE_NUMBER = re.compile(r"\s*\d[\d,.]*\s*")
_MAGNITUDE = re.compile(r"(?<![\w.])(\d[\d,.]*)\s?([KMGT])(?![A-Za-z])")
# a column about a size of data, whose "256K" is kilobytes
# (whole words, one of a thing: "max objects", "max files", "partitions" over "5K" count things)
_SIZE_COLUMN = re.compile(r"\b(?:msg|message|mem|memory|sizes?|obj|object|item|file|stor|storage|"
                          r"tmp|pkg|package|img|image|payload|rec|record|vol|volume|disk|"
                          r"ephemeral|encrypt|encryption)\b", re.IGNORECASE)
# a column of a rate ("shard in rec/s", "max msgs/s"): its "1K" is a thousand a second
_RATE_COLUMN = re.compile(r"(?:/\s*|\bper\s+)(?:s|sec|secs|second|min|minute|h|hr|hour|day)\b",
                          re.IGNORECASE)


def legend_grid_facts(table: LegendGrid, maker: Maker) -> list[Fact]:
    raw = table.rows[0][1:]
    columns = [in_full(c) for c in raw]
    owner = _service(table.title) or table_service(table)
    out: list[Fact] = []
    for row, line in zip(table.rows[1:], table.lines[1:], strict=True):
        make = maker(line)
        service, subject = _row_owner(in_full(row[0]), owner)
        if owner and service == owner and len(table.rows) == 2 and subject \
                and not find_subjects(in_full(row[0]), owner):
            # the one row of a service's grid, named by no thing of it, is the service ("CF"
            # under CLOUDFRONT); a thing it names stays ("gp3" under EBS: 16,000 IOPS is gp3's)
            subject = ""
        trail = tuple(t for t in (row[0], table.title) if t) + table.headings[::-1]
        ctx = Context(service, subject, trail)
        if not service:
            said = [f"{column} {value}" for column, value in zip(raw, row[1:], strict=False)
                    if not _EMPTY.fullmatch(value)]
            out.extend(statement_fact((f"{row[0]}: " if row[0] else "") + " ; ".join(said),
                                      ctx, make))
            continue
        for column, full, value in zip(raw, columns, row[1:], strict=False):
            if _EMPTY.fullmatch(value):
                continue
            read = [f for text in cell_texts(full, value) for f in limit_facts(text, ctx, make)]
            if read and not all(_keeps_column(full, f) for f in read):
                read = []  # "RCU strong" over "4 KB/s" read as a throughput: strong is lost
            if not read:
                # a cell of no quantity is a statement of its own, in the legend's words
                # ("Redis persist: Y (AOF/RDB)"); the row as one statement answered any
                # query naming one of its columns with all of them
                read = statement_fact(f"{row[0]} {column}: {value}".strip(), ctx, make)
            out.extend(read)
    return out


def in_full(text: str) -> str:
    """`text` with each shorthand word of _SHORTHAND written out ("ret dflt/max" is
    "retention default/max")."""
    text = _READ_REPL.sub(r"\1 replicas", text)
    return re.sub(r"[A-Za-z]+", lambda m: _SHORTHAND.get(m.group().lower(), m.group()), text)


# "read repl" is RDS's read replicas; a bare "repl" is replication (S3's "repl SLA": its
# Replication Time Control, not replicas, which S3 has none of)
_READ_REPL = re.compile(r"\b(read)\s+repl\b", re.IGNORECASE)


def _service(text: str) -> str:
    found = find_services(text)
    return found[0].name if found else ""


def _row_owner(name: str, owner: str) -> tuple[str, str]:
    """(service, subject) of a row named `name` in a grid of `owner`'s."""
    if not name:
        return owner, ""
    named = row_service([name], "")
    if named:
        subjects = find_subjects(name, named)
        return named, subjects[0].name if subjects else ""
    if owner:
        subjects = find_subjects(name, owner)
        if subjects:
            return owner, subjects[0].name
        # a thing only another service has ("GLAC-IR" in a grid the KINESIS grid's section
        # holds) is that service's, not the section's
        other, subject = _row_owner(name, "")
        if other and other != owner and subject:
            return other, subject
        return owner, clean_topic(name)
    # no service above it: a name only one service's thing has ("gp3", "GLAC-IR")
    service, subject = coded_subject(name)
    if not service:
        found = {subject_entry(m) for m in find_subjects(name)}
        if len({s for s, _ in found}) == 1:
            service, subject = found.pop()
    return service, subject


def cell_texts(column: str, value: str) -> list[str]:
    """The lines one cell says, read as a note's lines are."""
    column = " ".join(column.split())
    value = " ".join(value.split())
    words = column.split()
    alternatives = words[-1].split("/") if words and "/" in words[-1] else []
    if not all(alt.lower() in _ALTERNATIVES for alt in alternatives):
        alternatives = []
    parts = _VALUE_SPLIT.split(value)
    if len(alternatives) >= 2 and all(alternatives) and len(parts) == len(alternatives):
        base = words[:-1]
        return [_cell_text(" ".join([*base, _QUALIFIER_WORDS.get(alt.lower(), alt)]), part)
                for alt, part in zip(alternatives, parts, strict=True)]
    return [_cell_text(column, value)]


def _cell_text(column: str, value: str) -> str:
    unit, named = _column_unit(column)
    if _BARE_NUMBER.fullmatch(value):
        counted = _QUALIFIED.sub("", named).strip()
        if not unit and not _PLURAL.search(counted):
            # "TTL default: 86400", "batch: 10" count no "TTL default" nor batches: only a
            # plural noun of things does ("GSIs" over "20", "max parts")
            return f"{named}: {value}"
        named_count = counted if _QUALIFIED.search(named) else named
        value = f"{value.strip()} {unit}" if unit else f"{value.strip()} {named_count}"
        return f"{named}: {value}"
    elif _SIZE_COLUMN.search(column) and not _RATE_COLUMN.search(column):
        value = _MAGNITUDE.sub(lambda m: f"{m.group(1)} {m.group(2)}B", value)
    # (a value that writes its own unit, or none, is read under the whole column: "max msgs/s"
    # over "3K" was "max: 3K")
    return f"{column}: {value}"


def _keeps_column(column: str, fact: Fact) -> bool:
    """Whether `fact` still says each word its column names ("strong" of "RCU strong", "batch"
    of "items/batch write"), by its first three letters or as a word the vocabulary names its
    attribute by ("payload" of "message size"): not one word of two ("throughput" of "RCU
    strong" lost strong and eventual)."""
    said = " ".join((fact.service, fact.subject, fact.attribute, fact.qualifier,
                     fact.value)).lower()
    _, named = _column_unit(column)
    for word in re.findall(r"[a-z]+", named.lower()):
        if len(word) > 2 and word not in _LOOSE_WORDS and word[:3] not in said \
                and not names_word(fact.attribute, word):
            return False
    return True


def _column_unit(column: str) -> tuple[str, str]:
    """(the unit a column's name gives its bare numbers, the name without it): "min dur days"
    is ("days", "min dur"), "min obj KB" ("KB", "min obj"), "(sec)" too; ("", name) else."""
    words = column.split()
    if len(words) >= 2:
        last = words[-1].strip("()[]")
        found = find_quantities(f"2 {last}")
        if len(found) == 1 and found[0].dimension != "count":
            return last, " ".join(words[:-1])
    return "", column
