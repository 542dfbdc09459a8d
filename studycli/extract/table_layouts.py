"""Table layouts: each class says which tables it reads (by their header) and what facts a
table of that layout gives. TABLE_LAYOUTS is tried in order; the first that matches reads the
table. Every row is also kept as a plain statement, whatever the layout, so lookups find
table-only content.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace

from studycli.extract.attributes import is_attribute_phrase
from studycli.extract.comparisons import qualifier_column
from studycli.extract.context import (
    Context,
    clean_topic,
    coded_subject,
    named_in_comparison,
    nested_topic,
    over_topics,
    owner_of,
)
from studycli.extract.header_units import unit_named_last
from studycli.extract.invocation import mode_of
from studycli.extract.limits import limit_facts
from studycli.extract.quantities import find_quantities
from studycli.extract.statements import statement_fact
from studycli.formats.api_reference import with_converted_units
from studycli.model import Fact, Kind
from studycli.notes.legend_grids import LegendGrid
from studycli.notes.tables import Table
from studycli.services import find_services, find_subjects
from studycli.table_row_numbers import numbers_rows

Maker = Callable[[int], Callable[..., Fact]]  # line -> make(**fields)


def table_service(table: Table) -> str:
    """The service a table is about: the line above it, its headings, else its first row. A
    service the line above names only as what it is compared with ("MySQL compatible, ~20%
    pricier than RDS" under "## 2. Aurora") is not the table's: the heading says whose it is.
    A long remark above the table comes after the headings (it may name a service on the way)
    but before the first row: under a heading that names none ("## Messaging") it is the
    table's last clue, and a table with no service loses its limits."""
    caption, remark = ("", table.context) if _remark(table.context) else (table.context, "")
    corner = _corner_service(table)
    for text in (caption, *reversed(table.headings), remark):
        if over_topics(text):
            continue  # ("# Week 6 - decoupling + DynamoDB" over SQS and DynamoDB rows)
        found = [m for m in find_services(text) if not named_in_comparison(text, m.start)]
        if found:
            # a title naming several services ("COMPUTE - EC2 / ECS / Auto Scaling") is over
            # many tables: the header's own title is nearer to its rows. Under a title naming
            # one ("## API Gateway"), a header's "Lambda proxy integration" is what the rows
            # are of that service: the rows stay the title's.
            owners = [m for m in find_services(corner)
                      if not named_in_comparison(corner, m.start)]
            if owners and len({m.name for m in found}) > 1:
                return owners[0].name
            return found[0].name
    for row in table.rows[:1]:
        for cell in row:
            found = find_services(cell)
            if found:
                return found[0].name
        # "| | Security Group | NACL |" under "SG vs NACL": columns of a service's things
        # (a heading naming no service) are that service's
        for cell in row[1:]:
            owner, subject = owner_of(cell)
            if owner and subject:
                return owner
    return ""


def _corner_service(table: Table) -> str:
    """The header's first cell where it names a service and the other header cells name none
    ("| Fargate task | limit |", "| S3 limit | value |"): the table's own title for its rows,
    nearer to them than a title above that names several services ("COMPUTE - EC2 / ECS": the
    Fargate rows were EC2's); never over a title naming one (table_service)."""
    if table.headerless or not table.rows or len(table.rows[0]) < 2:
        return ""
    first, *others = table.rows[0]
    if any(find_services(cell) for cell in others):
        return ""  # "| SQS | SNS |": the things compared, no title
    return first if find_services(first) else ""


# A caption is a title or a lead-in of a few words ("SQS vs SNS quotas"); past 12 words, a
# short sentence's length, the line reads as a remark: a thought that may name a service on
# the way. Unsure either way, a remark still names the table's service when nothing above does.
CAPTION_WORDS = 12
# A remark that opens with the service's name is about it ("Lambda limits I always forget,
# also compared to ... ECS"): the first three words hold a name of up to three words.
OPENING_WORDS = 3


def _remark(text: str) -> bool:
    """The line above a table is a remark, not a caption that says what the table is about
    ("SQS vs SNS quotas", "Kinesis, per shard:"): over CAPTION_WORDS, not a lead-in ending
    in ":", and not opening with a service's name. A remark may name a service on the way
    ("me: blue/green is NOT in that list ... or Route 53 weighted." over Elastic Beanstalk's
    deployment policies made them Route 53's: the heading says whose the table is)."""
    if len(text.split()) <= CAPTION_WORDS or text.rstrip(" *_`").endswith(":"):
        return False
    opening = " ".join(text.split()[:OPENING_WORDS])
    return not any(m.start == _text_start(opening) for m in find_services(opening))


_LEADING_MARKS = re.compile(r"^[\W_]*")


def _text_start(cell: str) -> int:
    """Where a cell's words begin, after any marks ("**", "- ")."""
    m = _LEADING_MARKS.match(cell)
    return m.end() if m else 0


def row_service(row: list[str], service: str) -> str:
    """A row that opens with a service's name is that service's ("| EventBridge | ... |",
    "| DynamoDB item size | 400 KB |" in a table under a Lambda heading), and so is a row
    whose first cell is the console's full name with its short one in brackets ("Amazon
    Elastic Compute Cloud (Amazon EC2)", whichever of the two names we know)."""
    if row:
        found = find_services(row[0])
        if found and (len(found[0].alias) >= len(row[0].strip()) - 3
                      or found[0].start == _text_start(row[0])):
            return found[0].name
        # ("Amazon Elastic Block Store (Amazon EBS)": both names are known, and are one
        # service's)
        if found and _FULL_AND_SHORT_NAME.fullmatch(row[0]) \
                and all(f.name == found[0].name for f in found):
            return found[0].name
    return service


# "Amazon Elastic Compute Cloud (Amazon EC2)": a branded name, its short name in brackets
_FULL_AND_SHORT_NAME = re.compile(r"[\s*_`]*(?:Amazon|AWS)\s[^()]+\(\s*([^()]+?)\s*\)[\s*_`]*")


_BRANDED = re.compile(r"^\W*(?:Amazon|AWS)\s+[A-Z]")


def names_unknown_service(row: list[str]) -> bool:
    """"| Amazon SWF | ... |" in a VPC quota table: the row is another service's, one we do not
    know, so its numbers are not the table's service's. Unsure: the row stays a statement."""
    return bool(row) and _BRANDED.match(row[0]) is not None and not find_services(row[0])


_BARE_NUMBER = re.compile(r"\s*[\d][\d,.]*\s*")


def with_noun(cell: str, label: str) -> str:
    """A bare number in a table counts what its row or column names ("GSIs per table | 20"),
    when the name's head is a thing counted. A name whose head is a measure ("Function
    timeout | 900", "Function memory maximum | 10,240", "Max message size | 256") says no
    count: its number takes the unit the name gives ("Storage for gp3 volumes, in TiB | 50",
    "Retention (days) | 14"), else it stays bare and gives no value (it was "900 functions",
    "256 messages": a count of the name's first noun)."""
    if not _BARE_NUMBER.fullmatch(cell):
        return cell
    unit = _label_unit(label)
    if unit:
        return f"{cell.strip()} {unit}"
    if not _counts_things(label):
        return cell
    # ("Maximum number of tables | 2,500": both words go, "2,500 number of tables" read as
    # nothing)
    words = _COUNT_OPENING.sub("", label.strip())
    return f"{cell.strip()} {words}"


_COUNT_OPENING = re.compile(r"^(?:(?:max(?:imum)?|min(?:imum)?|default|number of|no\.? of)\s+)+",
                            re.IGNORECASE)
# what a name's head noun is followed by: its scope ("per Region"), its case ("for gp3"), an
# aside in brackets, a clause after a comma
_HEAD_ENDS = re.compile(r"\s*[(\[,;:]|\s+(?:per|for|in|on|of|at|with|without|across|by|"
                        r"from|to|when|if|excluding|including)\b", re.IGNORECASE)
# words after the head that say which bound it is, not what is measured ("Function memory
# maximum", "Table-level read throughput limit")
_BOUND_AFTER = re.compile(r"(?:\s+(?:max(?:imum)?|min(?:imum)?|default|limit|quota|value|"
                          r"hard|soft|allowed|supported))+\s*$", re.IGNORECASE)
# a name's unit: "in TiB" ending it ("Storage for gp3 volumes, in TiB"), "(days)", "[MB]"
_IN_UNIT = re.compile(r"[\s,]in\s+([A-Za-z][A-Za-z/]{0,11})[\s*_`.]*$", re.IGNORECASE)


def _label_unit(label: str) -> str:
    """The unit a row's or column's name gives its bare numbers, if it names one that is no
    count: "..., in TiB", "Timeout (seconds)", "Retention days"."""
    m = _IN_UNIT.search(label)
    said = m.group(1) if m else _unit_in_brackets(label)
    if not said:
        # ("Retention days | 14"; not "Requests per second | 5,500": the head is "Requests")
        words = _head_words(label)
        said = words[-1] if len(words) > 1 else ""
    if not said:
        return ""
    found = find_quantities(f"2 {said}")
    return said if len(found) == 1 and found[0].dimension not in ("count", "") else ""


def _head_words(label: str) -> list[str]:
    """A name's words up to its head noun: without the count's opening ("Max number of"), its
    scope, case or aside, and the bound words after it."""
    name = _COUNT_OPENING.sub("", " ".join(label.split()))
    head_end = _HEAD_ENDS.search(name)
    return _BOUND_AFTER.sub("", name[:head_end.start()] if head_end else name).split()


def _counts_things(label: str) -> bool:
    """Whether a name counts things: its head noun, before any scope, case or aside and after
    the words saying which bound it is, is a plural ("Elastic IP addresses per Region",
    "Concurrent executions", "Max IOPS") or a thing counted ("GSI per table", "Max read
    replica"); not a measure ("Function timeout", "Asynchronous payload", "Max item size")."""
    words = _head_words(label)
    if not words:
        return False
    said = words[-1].strip("*_`")
    if len(said) == 3 and said.endswith("s") and said[:2].isupper():
        return True  # an initialism's plural: "Elastic IPs per Region", "AZs per Region"
    head = said.lower()
    if head in ("count", "number", "no", "no."):
        return True  # "Stack count", "Resource count in a template": a count, of the word before
    found = find_quantities(f"2 {head}")
    if found and found[0].dimension == "count":
        return True
    return len(head) > 3 and head.endswith("s") and not head.endswith(("ss", "us", "is"))


def _body(table: Table) -> Iterator[tuple[list[str], int]]:
    """Each row under the header, with its line (a table has one line per row)."""
    return zip(table.rows[1:], table.lines[1:], strict=True)


_UNIT_HEADER = re.compile(r"[\s*_`]*units?(?:\s*\(s\))?[\s*_`:]*", re.IGNORECASE)
# a row's label that says which bound or default its value is
_OWN_QUALIFIER = re.compile(r"\b(?:default|max(?:imum)?|min(?:imum)?)\b", re.IGNORECASE)
# a unit cell with an aside: "GiB (up to 200)"
_UNIT_ASIDE = re.compile(r"([A-Za-z][A-Za-z/]{0,8})\s*(\([^()]*\))")
# a cell whose number waits for its unit: "10,000", "0 - 43,200", "50 ms - 29"
_COUNT_UNIT = re.compile(r"counts?(?:\s*/\s*(second|minute|hour|day))?", re.IGNORECASE)
_UNITLESS = re.compile(r"[~<>≈]?\s*\d[\d,.]*(?:\s*[a-zA-Z]{1,3})?(?:\s*[-–—]\s*\d[\d,.]*)?")


def unit_column(header: list[str]) -> int | None:
    """The column that gives each row's unit ("| Quota | Value | Unit |"), if any (never the
    first: that one names the rows)."""
    return next((c for c in range(1, len(header)) if _UNIT_HEADER.fullmatch(header[c])), None)


def with_row_unit(row: list[str], unit_col: int | None) -> list[str]:
    """The row with its unit cell written after each number that has none ("| Max record size
    | 1 | MB |" reads "1 MB", not "1 record"); the unit cell itself is left empty, as it says
    nothing of its own."""
    if unit_col is None or unit_col >= len(row):
        return row
    unit = " ".join(row[unit_col].split())
    out = list(row)
    out[unit_col] = ""
    if not unit or _EMPTY_CELL.fullmatch(unit):
        return out
    counted = _COUNT_UNIT.fullmatch(unit)
    if counted:
        # Service Quotas' "Count": the quota's name says what is counted ("1000 Concurrent
        # executions", not "1000 Count"); "Count/Second" is a rate, unless the name says so
        per = f"per {counted.group(1).lower()}" if counted.group(1) else ""
        if not per or re.search(rf"\b{per}\b", " ".join(out[:unit_col]), re.IGNORECASE):
            return out
        unit = per
    aside = _UNIT_ASIDE.fullmatch(unit)
    if aside:  # "GiB (up to 200)": the unit, and what the row says after its number
        unit = f"{aside.group(1)} {aside.group(2)}"
    for c in range(1, len(out)):
        cell = out[c].strip()
        if c != unit_col and cell[-1:].isdigit() and _UNITLESS.fullmatch(cell):
            out[c] = f"{cell} {unit}"
    return out


def _unit_in_brackets(header_cell: str) -> str:
    """The unit a column's header gives in brackets ("Default (sec)", "Max size (TiB)"), if
    it is a unit (not an aside: "Max (after increase)")."""
    m = _BRACKETED_UNIT.search(header_cell)
    if m is None or m.group(1).lower() in _BOUND_WORDS:
        return ""  # "Capacity (min)", "Size (max)": which bound, not minutes
    if m.group(1).lower() in ("s", "es") and header_cell[:m.start()][-1:].isalpha():
        return ""  # "Max read replica(s)": a plural, not seconds ("Timeout (s)" is)
    found = find_quantities(f"2 {m.group(1)}")
    return m.group(1) if len(found) == 1 and (found[0].dimension != "count" or found[0].noun
                                             .lower() in ("chars", "characters")) else ""


_BOUND_WORDS = frozenset({"min", "max", "minimum", "maximum"})
_BRACKETED_UNIT = re.compile(r"[(\[]\s*([A-Za-z][A-Za-z/]{0,8})\s*[)\]][\s*:]*$")


def with_header_units(row: list[str], header_units: list[str]) -> list[str]:
    """The row with each bare number in a column whose header gives its unit written with
    that unit ("| AssumeRole session | 3600 | 43200 |" under "Default (sec) | Max (sec)":
    read bare, neither was a duration, and the row gave nothing)."""
    if not any(header_units):
        return row
    return [f"{cell.strip()} {unit}" if unit and _BARE_NUMBER.fullmatch(cell) else cell
            for cell, unit in zip(row, [*header_units, *[""] * len(row)], strict=False)]


class TableLayout:
    """One way a table can be laid out. Subclasses say which headers they match."""

    name = "layout"

    def matches(self, table: Table, service: str) -> bool:
        raise NotImplementedError

    def facts(self, table: Table, service: str, maker: Maker) -> list[Fact]:
        raise NotImplementedError

    def row_owner(self, table: Table, row: list[str], service: str) -> str:
        """Whose a row's statement is (table_facts keeps every row as one)."""
        return row_service(row, service)

    def statement_cells(self, table: Table, row: list[str]) -> list[str]:
        """The cells a row's statement is made of: as the row has them, but a Service Quotas
        sheet's two values, which say which is which (quota_cells)."""
        return quota_cells(table, row)


# an exception's name: "ThrottlingException", "ProvisionedThroughputExceededException"
_NAMED_ERROR = r"[A-Z][a-z]+(?:[A-Z][a-z0-9]*)*(?:Exception|Error|Fault)"
_CODE_CELL = re.compile(rf"^\s*(?:[1-5]\d\d|[1-5]xx|{_NAMED_ERROR})\b")
# an exception's name after a status code in the code's cell
_NAMED_AFTER_CODE = re.compile(r"\s+([A-Z][a-z]+(?:[A-Z][a-z0-9]*)+)\b")
_MEANING_HEADER = re.compile(r"meaning|description|cause|means|reason|what|explanation",
                             re.IGNORECASE)
_EMPTY_CELL = re.compile(r"\s*(?:[-—–]|n/?a|none)?\s*", re.IGNORECASE)


class ErrorTable(TableLayout):
    """"| Code | Meaning |", "| Code | API Gateway | ALB |": a code per row, what it means."""

    name = "error codes"

    def matches(self, table: Table, service: str) -> bool:
        header = " ".join(table.rows[0]).lower()
        if not re.search(r"code|status|error|exception", header):
            return False
        firsts = [r[0] for r in table.rows[1:] if r]
        return sum(bool(_CODE_CELL.match(c)) for c in firsts) * 2 >= max(len(firsts), 1)

    def facts(self, table: Table, service: str, maker: Maker) -> list[Fact]:
        header = table.rows[0]
        columns = {c: row_service([header[c]], "") for c in range(1, len(header))}
        if sum(1 for s in columns.values() if s) >= 2:
            return self._per_service_columns(table, columns, maker)
        # The meaning is the column that says so; else the first text column after the code.
        meaning_col = next((c for c in range(1, len(header)) if _MEANING_HEADER.search(header[c])),
                           None)
        # "| Code | Service | Meaning |": the column naming whose code each row is
        service_col = next((c for c in range(1, len(header)) if c != meaning_col
                            and _SERVICE_HEADER.fullmatch(header[c])), None)
        out = []
        for row, line, code in _code_rows(table):
            # a table no heading gives a service ("## Error codes cheat table"): each row is
            # of the services its Service column names, else its meaning names ("| 413
            # RequestEntityTooLarge | Lambda payload too big |" was nobody's)
            owners = [service] if service else _named_in_column(row, service_col) \
                or _named_in_row(_meaning_cell(row, meaning_col))
            for owner in owners:
                out.extend(self._row_fact(header, meaning_col, row, line, code, owner, maker))
        return out

    @staticmethod
    def _row_fact(header: list[str], meaning_col: int | None, row: list[str], line: int,
                  code: str, service: str, maker: Maker) -> list[Fact]:
        """The row's code as an error code of `service`, with its meaning (none without)."""
        cells = [" ".join(c.split()) for c in row[1:]]
        if meaning_col is not None and meaning_col < len(row):
            meaning = " ".join(row[meaning_col].split())
            status = next((cells[c - 1] for c in range(1, min(len(header), len(row)))
                           if c != meaning_col and re.search(r"http|status", header[c], re.I)
                           and re.fullmatch(r"[1-5]\d\d", cells[c - 1])), None)
            if status and meaning:
                # the code a client sees, with its meaning
                meaning = f"HTTP {status}: {meaning}"
        else:
            meaning = next((c for c in cells if len(c.split()) > 1 or not re.fullmatch(
                r"\d+|yes|no|y|n|true|false|-", c, re.IGNORECASE)), "")
        if not meaning:
            return []
        named = _NAMED_AFTER_CODE.match(row[0], len(code) + row[0].find(code))
        if named:
            # "| 413 RequestEntityTooLarge | Lambda payload too big |": the exception's name
            # is what a student is asked for, as much as the number
            meaning = f"{named.group(1)}: {meaning}"
        return [maker(line)(service=service, subject="", attribute=code,
                            kind=Kind.ERROR_CODE, qualifier="", value=meaning)]

    @staticmethod
    def _per_service_columns(table: Table, columns: dict[int, str], maker: Maker) -> list[Fact]:
        """"| Code | API Gateway | ALB | S3 |": each service column says what the code means
        there."""
        out = []
        for row, line, code in _code_rows(table):
            for c, col_service in columns.items():
                if col_service and c < len(row) and not _EMPTY_CELL.fullmatch(row[c]):
                    out.append(maker(line)(service=col_service, subject="", attribute=code,
                                           kind=Kind.ERROR_CODE, qualifier="",
                                           value=" ".join(row[c].split())))
        return out


_SERVICE_HEADER = re.compile(r"[\s*_`]*(?:aws\s+)?services?[\s*_`]*", re.IGNORECASE)


def _named_in_column(row: list[str], column: int | None) -> list[str]:
    """The services a row's Service cell names, in order, each once."""
    if column is None or column >= len(row):
        return []
    return list(dict.fromkeys(m.name for m in find_services(row[column])))


def _meaning_cell(row: list[str], meaning_col: int | None) -> str:
    """The cell saying what a row's code means: the meaning column's, else the first text
    cell after the code. (A "Fix" column names what to do about it, not whose code it is.)"""
    if meaning_col is not None:
        return row[meaning_col] if meaning_col < len(row) else ""
    return next((c for c in row[1:] if len(c.split()) > 1 or not re.fullmatch(
        r"\d+|yes|no|y|n|true|false|-", c.strip(), re.IGNORECASE)), "")


# "buffer with SQS", "async via SNS": a service the fix uses; "the Lambda target": the
# target a service calls
_NOT_THE_OWNER_BEFORE = re.compile(r"\b(?:via|with|w/|to|into|using|through)\s+"
                                   r"(?:the\s+|an?\s+)?[*_`]*$", re.IGNORECASE)
_NOT_THE_OWNER_AFTER = re.compile(r"^[*_`]*\s+(?:function\s+)?targets?\b", re.IGNORECASE)
# "bad gateway from ALB", "AccessDenied from S3": the service that returns the error, when the
# meaning names no other ("Lambda failed reading from DynamoDB" is Lambda's error)
_RETURNED_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+|an?\s+)?[*_`]*$", re.IGNORECASE)


def _named_in_row(cell: str) -> list[str]:
    """The services a row's meaning names as whose the code is, in order, each once
    ("DynamoDB / Kinesis over capacity": the code is each one's; "| 429 | throttled | raise
    Lambda concurrency or buffer with SQS |" is neither's)."""
    named: list[str] = []
    returned_from: list[str] = []
    for m in find_services(cell):
        if _NOT_THE_OWNER_BEFORE.search(cell[:m.start]) \
                or _NOT_THE_OWNER_AFTER.match(cell[m.end:]):
            continue
        found = returned_from if _RETURNED_FROM_BEFORE.search(cell[:m.start]) else named
        if m.name not in found:
            found.append(m.name)
    return named or returned_from


def _code_rows(table: Table):
    """(row, line, code) for each body row whose first cell is an error code."""
    for row, line in _body(table):
        code_cell = _CODE_CELL.match(row[0]) if row else None
        if code_cell is not None:
            yield row, line, code_cell.group(0).strip()


_BOUND_WORD = re.compile(r"\b(?:max(?:imum)?|min(?:imum)?|limit|up to)\b", re.IGNORECASE)
_LONG_NAME = re.compile(r"limit|quota|setting|what|name|attribute|item|resource|parameter", re.I)
_LONG_VALUE = re.compile(r"value|default|max|limit|amount|number", re.I)


class LongFormatTable(TableLayout):
    """"| Service | Limit | Value |": one row per (service, setting, value)."""

    name = "long format"

    def matches(self, table: Table, service: str) -> bool:
        header = table.rows[0]
        return (len(header) >= 3 and re.search(r"service", header[0], re.I) is not None
                and _LONG_NAME.search(header[1]) is not None
                and _LONG_VALUE.search(header[2]) is not None)

    def facts(self, table: Table, service: str, maker: Maker) -> list[Fact]:
        out = []
        header = table.rows[0]
        # "| Service | Quota | Default | Limit | adj? |": every value column the header
        # qualifies is read, not only the first (a row "Lambda | Sync payload | - | 6 MB"
        # gave nothing: its maximum is in the fourth column)
        units = unit_column(header)
        # the Service Quotas console's export ("| Service | Quota name | Applied value | AWS
        # default value | Adjustable | Unit |"): the account's applied value is left out
        # beside AWS's default (a raised "64" read as EC2's vCPU quota answered for AWS's 5)
        skipped = _account_columns(header)
        value_columns = [c for c in [2] + [c for c in range(3, len(header))
                                           if qualifier_column(header[c]) is not None]
                         if c != units and c not in skipped]
        # A quota sheet's "Default" column holds the quota an account starts with: a row whose
        # quota name says it is a bound ("SQS | Message retention max | 14 days | No") gives
        # that bound, not a default retention. (Settings' rows keep their defaults.)
        quota_sheet = _is_quota_table(table)
        for row, line in _body(table):
            if len(row) < 3:
                continue
            # "| Function timeout | 900 | No | Seconds |": the unit column's unit is the
            # number's ("900 Function timeouts" before)
            row = with_row_unit(row, units)
            owner = row_service(row, service)
            if not owner or names_unknown_service(row):
                continue
            coded = _code_row(row)
            if coded is not None:
                code, meaning = coded
                out.append(maker(line)(service=owner, subject="", attribute=code,
                                       kind=Kind.ERROR_CODE, qualifier="", value=meaning))
                continue
            label = _quota_label(row[1])
            ctx = Context(owner, "", (label, *reversed(table.headings)))
            bounded = quota_sheet and _BOUND_WORD.search(label) is not None
            for c in value_columns:
                if c >= len(row) or (c > 2 and _EMPTY_CELL.fullmatch(row[c])):
                    continue
                out.extend(_value_facts(table, c, row[c], label, ctx, maker(line), bounded))
        return out


def _value_facts(table: Table, column: int, cell: str, label: str, ctx: Context,
                 make: Callable[..., Fact], bounded: bool = False) -> list[Fact]:
    """The limits a row's value cell gives, read as "<label> <column's qualifier>: <value>"
    (a bound's "Default" column is no default: `bounded`)."""
    word = _column_qualifier(table.rows[0][column], table) or ""
    if word == "default" and bounded:
        word = ""
    text = f"{label} {word}: {with_noun(cell, label)}".replace("  ", " ").strip(": ")
    return limit_facts(text, ctx, make)


# a cell that is an error code and nothing else: "503", "503 on ALB", "429
# TooManyRequestsException", "ThrottlingException". Only HTTP's error statuses are codes
# ("S3 | 100 | buckets per account" is a quota)
_STATUS = r"[45]\d\d"
_CODE_ONLY = re.compile(rf"\s*(?:{_STATUS}(?:\s+(?:[A-Z][a-z]+(?:[A-Z][a-z0-9]*)*|on\s+\S+))?|"
                        rf"{_NAMED_ERROR})\s*")
# the other way round, the attribute says the value is an error ("throttle err | 429 ...");
# a throttle beside a bare number is its rate ("throttle rate limit | 100"), so "throttle"
# only says so of a named error ("KMS | throttle | ThrottlingException")
_SAYS_ERROR = re.compile(r"\berr(?:or)?s?\b|\bexceptions?\b|\bcodes?\b", re.I)
_SAYS_THROTTLE = re.compile(r"\bthrottl\w*", re.I)
_HAS_NAME = re.compile(rf"{_NAMED_ERROR}|[A-Z][a-z]+(?:[A-Z][a-z0-9]*)+")
# what a number counts, said with its scope: "CloudFormation | 500 | resources per stack" is a
# quota, not an error 500 (find_quantities knows no "resources"); an error's meaning opens
# otherwise ("too many requests per second", "no healthy targets in a target group")
_COUNTED_PER = re.compile(r"^(?!(?:too|no|not)\b)(?:[a-z-]+\s+)?[a-z-]+s\s+"
                          r"(?:per|in\s+(?:a|an|each))\b", re.I)


def _code_row(row: list[str]) -> tuple[str, str] | None:
    """(code, meaning) of a long-format row about an error code: "| S3 | 503 | SlowDown |"
    (the code, then what it means) or "| KMS | throttle | ThrottlingException |" (what the
    error is, then its code). Read as a limit, neither gave anything. A row that reads as a
    quantity is none ("DynamoDB | 400 | KB item size" is 400 KB)."""
    attribute, value = " ".join(row[1].split()), " ".join(row[2].split())
    if not attribute or not value:
        return None
    if _CODE_ONLY.fullmatch(attribute) and not _CODE_ONLY.fullmatch(value) \
            and not any(ch.isdigit() for ch in value) and not _COUNTED_PER.match(value) \
            and not find_quantities(f"{attribute} {value}"):
        code = _CODE_CELL.match(attribute)
        assert code is not None
        rest = attribute[code.end():].strip()
        return code.group(0).strip(), f"{value} ({rest})" if rest else value
    named = _HAS_NAME.search(value)
    if _CODE_ONLY.fullmatch(value) and (_SAYS_ERROR.search(attribute) or (
            named and _SAYS_THROTTLE.search(attribute))):
        code = _CODE_CELL.match(value)
        assert code is not None
        after = _NAMED_AFTER_CODE.match(value, code.end())
        meaning = f"{after.group(1)}: {attribute}" if after else attribute
        return code.group(0).strip(), meaning
    return None


# what is left of "VPCs per Region" with its service's name taken out
_LOST_ITS_NOUN = re.compile(r"(?:per|in|of|for)\b", re.IGNORECASE)


def _quota_label(name: str) -> str:
    """A quota's name as its row's label, without the service's name ("Lambda function
    timeout"), unless that name is what the quota counts: "VPCs per Region" read as "per
    Region: 5" gave nothing."""
    label = clean_topic(name)
    return " ".join(name.split()) if _LOST_ITS_NOUN.match(label) else label


# a database export's columns about the record, not about AWS: its tags, exam, dates, kind.
# Not its type: "| Need | Service | Max | Type |" with "push" or "pull" under it says what the
# service does ("is SNS push or pull" lost its answer)
_RECORD_METADATA = re.compile(
    r"[\s*_`]*(?:tags?|labels?|exams?|certs?|certifications?|created(?:\s+(?:time|at|on))?|"
    r"last\s+edited(?:\s+time)?|edited|updated|modified|dates?|categor(?:y|ies)|status|"
    r"sources?|urls?|links?|decks?|domains?|priority|confidence|reviewed|id)[\s*_`:?]*",
    re.IGNORECASE)


# a first column that files the record rather than names it: a column about the record, or
# its type ("| Type | Service | What it does |")
_FILES_THE_RECORD = re.compile(_RECORD_METADATA.pattern + r"|[\s*_`]*(?:types?|kinds?)[\s*_`:?]*",
                               re.IGNORECASE)


class RecordTable(TableLayout):
    """A notes database exported as a table ("| Name | Service | Fact | Exam | Tags | Created
    |", Notion's CSV): each row a record named by its first column, whose service a Service
    column further on gives, with text columns saying the fact and columns about the record
    (tags, exam, dates). Read as a grid, the Service and Fact columns were things of their own
    and the rows gave no number; each row's statement was nobody's when its name named no
    service ("Max LSIs per table")."""

    name = "records"

    def __init__(self) -> None:
        # the last table's Service column: each row's owner asks for it, and finding it reads
        # the whole table (a 2,000-row export took 6 s, asked again row by row)
        self._last: tuple[Table, int | None] | None = None

    def matches(self, table: Table, service: str) -> bool:
        return self._service_column(table) is not None

    def _service_column(self, table: Table) -> int | None:
        if self._last is None or self._last[0] is not table:
            self._last = (table, self._find_service_column(table))
        return self._last[1]

    @staticmethod
    def _find_service_column(table: Table) -> int | None:
        header = table.rows[0]
        if len(header) < 3 or _SERVICE_HEADER.fullmatch(header[0]):
            return None  # "| Service | ... |" first: a long-format table's, or a grid's
        col = next((c for c in range(1, len(header)) if _SERVICE_HEADER.fullmatch(header[c])),
                   None)
        if col is None:
            return None
        body = table.rows[1:]
        named = sum(1 for row in body if col < len(row) and find_services(row[col]))
        return col if body and named * 2 >= len(body) else None

    def row_owner(self, table: Table, row: list[str], service: str) -> str:
        col = self._service_column(table)
        found = find_services(row[col]) if col is not None and col < len(row) else []
        return found[0].name if found else row_service(row, service)

    def statement_cells(self, table: Table, row: list[str]) -> list[str]:
        header = table.rows[0]
        return [cell for c, cell in enumerate(row)
                if c >= len(header) or not _RECORD_METADATA.fullmatch(header[c])]

    def facts(self, table: Table, service: str, maker: Maker) -> list[Fact]:
        header = table.rows[0]
        col = self._service_column(table)
        units = unit_column(header)
        said = [c for c in range(1, len(header))
                if c not in (col, units) and not _RECORD_METADATA.fullmatch(header[c])]
        out: list[Fact] = []
        for row, line in _body(table):
            row = with_row_unit(row, units)
            owner = self.row_owner(table, row, service)
            # "| Category | Service | What it does |": the first column files the record, it
            # does not name it (the service does)
            label = _quota_label(row[0]) if row and not _FILES_THE_RECORD.fullmatch(
                header[0]) else ""
            if not owner:
                continue
            ctx = Context(owner, "", (*([label] if label else []), *reversed(table.headings)))
            for c in said:
                if c >= len(row) or _EMPTY_CELL.fullmatch(row[c]):
                    continue
                out.extend(_value_facts(table, c, " ".join(row[c].split()), label, ctx,
                                        maker(line)))
        return out


class GridTable(TableLayout):
    """Any other table: a label per row and a value per column. The columns are qualifiers
    ("| Setting | Default | Limit |"), attributes ("| Type | Max IOPS | Size |") or things
    ("| Setting | SQS Standard | SQS FIFO | SNS |")."""

    name = "grid"

    def matches(self, table: Table, service: str) -> bool:
        return True

    def facts(self, table: Table, service: str, maker: Maker) -> list[Fact]:
        header = table.rows[0]
        # (two columns, the second a measure: "| Storage class | Minimum storage duration |",
        # "| Queue type | Throughput |": the rows are things, each measured in the column; read
        # as two things, the row's label was lost and the measure named no attribute)
        aspect_col = (len(header) >= 3 or (header and not header[0].strip())
                      or (len(header) == 2 and (qualifier_column(header[1]) is not None
                                                or _things_measured(table, service))))
        attribute_columns = aspect_col and _columns_are_attributes(header[1:], service)
        out: list[Fact] = []
        # what each column's header says, worked out once per table, not once per cell
        qualifier_words = [_column_qualifier(column, table) for column in header]
        # a "Default" column read as the quota because the table names its rows quotas
        quota_default = [word == "" and qualifier_column(column) == "default"
                         for word, column in zip(qualifier_words, header, strict=True)]
        names_quotas = _names_quotas(table)
        if not any(quota_default) or not (names_quotas or _is_quota_table(table)):
            quota_default = []
        # beside a column saying whether a quota can be raised, only that column's own
        # "Yes (up to 1,000)" is a further bound ("Max object size | 5 TB | No" is the quota)
        raised = [c for c, column in enumerate(header)
                  if c and quota_default and not names_quotas and _ADJUSTABLE.search(column)]
        units = unit_column(header)
        # (or the header's last word: "max IOPS/vol" over a bare "16,000"; not the row
        # labels' column)
        header_units = [_unit_in_brackets(column) or (unit_named_last(column) if c else "")
                        for c, column in enumerate(header)]
        skipped = _account_columns(header)
        # a row label's own max/default is its value's only where the table has no Default
        # and Max columns of its own ("| Setting | Default | Maximum |" over "| Max batching
        # window | 0 s | 300 s |": the columns say which is which)
        own_wins = _one_value_column(header, units, skipped) or not (
            {"default", "max"} <= {qualifier_column(column) for column in header[1:]})
        for row, line in _body(table):
            row = with_header_units(with_row_unit(with_converted_units(row, header_units), units),
                                    header_units)
            # ("VPCs per Region" keeps its noun: read as "per Region", the row gave no count)
            label = _quota_label(row[0]) if aspect_col and row else ""
            owner = row_service(row, service) if aspect_col else service
            if aspect_col and row and owner == service and service:
                # "| Read replicas Aurora | 15 |" in an RDS table: a row label naming a
                # sub-service of the table's (data/sub_services.json) is that sub-service's
                owner = (nested_topic(row[0], service) or (owner, ""))[0]
            if aspect_col and names_unknown_service(row):
                continue
            # a row that gives a further bound keeps its Default column a default (once a row)
            further = bool(quota_default) and _FURTHER_BOUND.search(
                " ".join(row if names_quotas else [row[c] for c in raised if c < len(row)])
            ) is not None
            for c in range(1 if aspect_col else 0, min(len(row), len(header))):
                if c == units or c in skipped:
                    continue
                word = qualifier_words[c]
                if word and own_wins and _label_qualifies_itself(label):
                    word = ""  # "Fargate ephemeral storage default | 20" under "Max": the row's
                if further and quota_default[c]:
                    word = "default"
                elif further and word is None and _ADJUSTABLE.search(header[c]) \
                        and _FURTHER_BOUND.search(row[c]):
                    word = "max"  # "| Adjustable |" over "Yes (up to 20)": how far it is raised
                    how_far = _BOUND_OPENING.sub("", _SAYS_YES.sub("", row[c]).strip(" ()"))
                    row = [*row[:c], how_far, *row[c + 1:]]
                ctx, texts = _cell_reading(header[c], word, row, c, label, owner,
                                           service, table, attribute_columns)
                if not ctx.service:
                    continue
                for text in texts:
                    out.extend(limit_facts(text, ctx, maker(line)))
        return out


def _label_qualifies_itself(label: str) -> bool:
    """A row label whose one qualifier word is its only or its last ("Max object size",
    "Fargate ephemeral storage default"), not one among several ("Max size default")."""
    found = _OWN_QUALIFIER.findall(label)
    words = label.split()
    return bool(found) and (len(found) == 1 or _OWN_QUALIFIER.fullmatch(words[-1]) is not None)


def _one_value_column(header: list[str], units: int | None, skipped: set[int]) -> bool:
    """Whether the table has one column of values (beside its labels, units, account values)."""
    return sum(1 for c in range(1, len(header)) if c != units and c not in skipped) <= 1


# The Service Quotas console's "Applied account-level quota value": the quota one account has,
# maybe raised, beside "AWS default quota value", the quota AWS sets, which is what is studied
_ACCOUNT_VALUE = re.compile(r"\bapplied\b|\baccount[- ]level\b|\bcurrent\b", re.IGNORECASE)
# (only the console's own words: a student's "| Setting | Default | Current |" keeps its column)
_CONSOLE_QUOTA = re.compile(r"\bquota\b|\bapplied\b", re.IGNORECASE)


def quota_cells(table: Table, row: list[str]) -> list[str]:
    """A row of a sheet giving one account's applied quota beside AWS's default one (the
    Service Quotas console's "Applied account-level quota value | AWS default quota value"),
    its values said with whose they are: "VPCs per Region | 10 | 5" left a student to guess
    which is the quota; "5 (AWS quota) | 10 (this account's applied quota)" says it, AWS's
    first. The default column's word is not kept: that is the quota, no setting's default.
    A row whose two values are one figure, and any other row, as it is."""
    header = table.rows[0]
    applied = _console_sheet_columns(table)
    if not applied or not _applied_differs(header, row, applied):
        return row
    out = list(row)
    aws = []
    for c in range(1, min(len(header), len(row))):
        if not row[c].strip() or _EMPTY_CELL.fullmatch(row[c]):
            continue
        if c in applied:
            out[c] = f"{row[c].strip()} (this account's applied quota)"
        elif qualifier_column(header[c]) == "default":
            aws.append(c)
            out[c] = f"{row[c].strip()} (AWS quota)"
    # (AWS's quota first, as the one a student learns: a line cut short still shows it)
    first = min(applied | set(aws))
    return [*out[:first], *(out[c] for c in aws), *(cell for c, cell in enumerate(out)
                                                    if c >= first and c not in aws)]


def _applied_differs(header: list[str], row: list[str], applied: set[int]) -> bool:
    """Whether the account's applied value differs from AWS's default in this row (raised
    or lowered): only then is there a second figure to tell apart. (The same figure twice
    stays as copied: words added to every row made other questions match them.)"""
    said = {" ".join(row[c].split()) for c in range(1, min(len(header), len(row)))
            if c in applied or qualifier_column(header[c]) == "default"}
    return len(said) > 1


_QUOTA_WORD = re.compile(r"\bquotas?\b", re.IGNORECASE)


def _console_sheet_columns(table: Table) -> set[int]:
    """_console_sheet_columns_read, once per table: every row asks it (quota_cells), and
    _is_quota_table reads every row, so asked afresh a long table cost rows squared."""
    kept = table.__dict__.get("_console_sheet_columns")
    if kept is None:
        kept = table.__dict__["_console_sheet_columns"] = _console_sheet_columns_read(table)
    return kept


def _console_sheet_columns_read(table: Table) -> set[int]:
    """The account's applied columns of a Service Quotas sheet (_account_columns), where the
    table is one: its default column says it is a quota ("AWS default quota value") or a column
    says whether each quota can be raised ("Adjustability"). A student's "| Parameter | Default
    value | Applied value |" (an RDS parameter group) or "| Setting | Default | Current quota |"
    is no such sheet: its defaults are settings', not AWS's quotas (read as the console's,
    "backup retention | 7 | 35" said "7 (AWS quota)" and answered "rds max backup retention")."""
    header = table.rows[0]
    applied = _account_columns(header)
    if not applied:
        return set()
    says_quota = any(qualifier_column(cell) == "default" and _QUOTA_WORD.search(cell)
                     for cell in header)
    return applied if says_quota or _is_quota_table(table) else set()


def _account_columns(header: list[str]) -> set[int]:
    """Columns of one account's applied quota, where a column gives AWS's default beside them."""
    if not any(qualifier_column(cell) == "default" for cell in header):
        return set()
    return {c for c, cell in enumerate(header)
            if c and _ACCOUNT_VALUE.search(cell) and _CONSOLE_QUOTA.search(cell)
            and qualifier_column(cell) is not None}


def _column_qualifier(column: str, table: Table) -> str | None:
    """The qualifier a grid column's header gives its values (qualifier_column), as read in
    this table; None when the column is no qualifier."""
    qualifier_word = qualifier_column(column)
    if qualifier_word == "default" and _is_quota_table(table) and not _has_max_column(table):
        # "| Resource | Default | Adjustable? |" copies a Service Quotas page: "Default" is the
        # quota an account starts with, a limit, not a setting's default ("Stages per API | 10"
        # is not "10 stages by default"; "WebSocket idle timeout | 10 minutes" is fixed). Next
        # to a "Max" column it is the setting's default: read as a limit, it would contradict
        # the maximum beside it.
        qualifier_word = ""
    return qualifier_word


def _cell_reading(column: str, qualifier_word: str | None, row: list[str], c: int, label: str,
                  owner: str, service: str, table: Table,
                  attribute_columns: bool) -> tuple[Context, list[str]]:
    """What one cell of a grid is about (`qualifier_word`: its column's _column_qualifier),
    and the text(s) to read its quantities from."""
    if qualifier_word is not None:
        # "| Setting | Default | Limit |": the column says default or max, not a subject
        ctx = Context(owner, "", (label, *reversed(table.headings)))
        return ctx, [f"{label} {qualifier_word}: {with_noun(row[c], label)}"]
    if attribute_columns:
        # "| Type | Max IOPS | Size |": rows are the things, columns what is measured
        subs = find_subjects(row[0], owner)
        ctx = Context(owner, subs[0].name if subs else label, (column, *reversed(table.headings)))
        return ctx, [f"{column}: {with_noun(part, column)}" for part in row[c].split("\n")]
    if _NOTES_HEADER.fullmatch(column):
        # "| Item | Value | Notes |": the notes are the row's own remarks, not a thing called
        # "Notes" ("up to 16 MB total" beside BatchWriteItem is no subject "Notes"'s)
        ctx = Context(owner, "", (label, *reversed(table.headings)))
        return ctx, [f"{label}: {part}" if label else part for part in row[c].split("\n")]
    # "| Setting | SQS Standard | SQS FIFO | SNS |": each column is a thing
    col_service, subject = owner_of(column)
    if not col_service and not service:
        # "| | gp3 | io2 Block Express | st1 |" under "gp3 vs io2 vs st1": a column named by a
        # code only one service's subject has is that service's
        col_service, subject = coded_subject(column)
    if col_service and col_service != service and not subject:
        pass  # a column that is a service of its own
    elif find_subjects(column, service):
        col_service, subject = service, find_subjects(column, service)[0].name
    elif not col_service and service in service_columns(table.rows[0]).values():
        # "| | Budgets | Cost Explorer | CUR |": beside columns of services, a column naming
        # none is a thing of its own, no subject of the table's (first column's) service
        return Context("", "", ()), []
    else:
        # ("RDS (mysql/pg/etc)" under "RDS / Aurora": a column naming the table's service
        # with an aside is that service's, not a subject "mysql/pg/etc)")
        col_service, subject = col_service or service, subject or clean_topic(
            _ASIDE.sub("", column) if col_service else column)
    ctx = Context(col_service, subject, (label, column, *reversed(table.headings)))
    # "| Max IOPS | 16,000 | 256,000 |", "| Read replicas | 5 | 15 |": a bare number counts
    # what its row names in the plural; a singular label ("| OSI layer | 7 | 4 |") names what
    # the number is, not what it counts
    # (a short label only: "| Max execution history events | 25,000 |" would read as
    # "25,000 execution(s)")
    counted = _PLURAL_LABEL.search(label) is not None and len(label.split()) <= 3
    return ctx, [f"{label}: {with_noun(part, label) if counted else part}" if label else part
                 for part in row[c].split("\n")]


_PLURAL_LABEL = re.compile(r"[a-z]s\W*$|IOPS\W*$", re.IGNORECASE)


_NOTES_HEADER = re.compile(r"[\s*_`]*(?:(?:my\s+)?notes?|comments?|remarks?)[\s*_`:]*",
                           re.IGNORECASE)


_ADJUSTABLE = re.compile(r"\badjustab(?:le|ility)\b|\bsoft limit\b|\bincreas\w*\b|"
                         r"\bcan (?:be )?raised?\b", re.IGNORECASE)


_SETTING_ROWS = re.compile(r"[\s*_`]*(?:settings?|parameters?|options?|config\w*)[\s*_`]*",
                           re.IGNORECASE)
# a cell that only says which kind of limit its row is ("soft", "hard limit")
_LIMIT_KIND_CELL = re.compile(r"[\s*_`(]*(?:soft|hard)(?:\s+limit)?[\s*_`).]*", re.IGNORECASE)


def _is_quota_table(table: Table) -> bool:
    """A table of service quotas: one column says whether each quota can be raised, or
    (_names_quotas) the table says its rows are quotas."""
    return any(_ADJUSTABLE.search(cell) for cell in table.rows[0]) or _names_quotas(table)


def _names_quotas(table: Table) -> bool:
    """A cell says its row is a soft or hard limit, with no column saying which can be raised
    and no first column naming the rows settings."""
    header = table.rows[0]
    if any(_ADJUSTABLE.search(cell) for cell in header):
        return False
    if not header or _SETTING_ROWS.fullmatch(header[0]):
        return False  # "| Setting | Default | Range |": settings, whatever a row's note says
    # A first column headed "Resource" or "Quota name" alone is too weak a sign: a student's
    # "| Quota name | Default |" table of settings ("Function timeout | 3 seconds") would read
    # every default as a limit. A cell that says its row is a soft or hard limit is needed.
    return any(_LIMIT_KIND_CELL.fullmatch(cell) for row in table.rows[1:] for cell in row)


# "| Data retention | 24 hours | up to 7 days with extended retention |", "5 Gbps, scales to
# 100 Gbps": a row that gives a further bound says its "Default" value is a setting's default
_FURTHER_BOUND = re.compile(r"\b(?:up\s+to|max(?:imum)?|scales?\s+(?:up\s+)?to|extend\w*|"
                            r"(?:raised?|increased?)\s+to)\b|→|->|\d\s*[-–—]\s*\d",
                            re.IGNORECASE)


_BOUND_OPENING = re.compile(r"^(?:up\s+to|max(?:imum)?|(?:raised?|increased?)\s+to)\s*[:=]?\s*",
                            re.IGNORECASE)
_SAYS_YES = re.compile(r"^\s*(?:yes|y|soft)\b[\s,;:(-]*", re.IGNORECASE)


def _has_max_column(table: Table) -> bool:
    """A "Max" column of its own ("| Setting | Default | Max |"), not the quota table's
    "Adjustable" column (read as a maximum elsewhere: it says how far the quota is raised)."""
    # ("Max (after increase)" is a Max column: the aside says how it is reached)
    return any(qualifier_column(cell) == "max" and not _ADJUSTABLE.search(_ASIDE.sub("", cell))
               for cell in table.rows[0][1:])  # (the first names the rows: "Quota")


_ASIDE = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\s*$")


def _things_measured(table: Table, service: str) -> bool:
    """A two-column table whose second column is a measure and whose rows, half or more, are
    the service's things ("| Storage class | Minimum storage duration |" over "| Standard-IA |
    30 days |"); not a quota sheet's "| Quota | Default quota |" (its rows are quotas)."""
    if not service or not _columns_are_attributes(table.rows[0][1:], service):
        return False
    rows = [row for row in table.rows[1:] if row and row[0].strip()]
    things = sum(bool(find_subjects(row[0], service)) for row in rows)
    return bool(rows) and things * 2 >= len(rows)


def _columns_are_attributes(columns: list[str], service: str) -> bool:
    named = [c for c in columns if c.strip()]
    if not named or any(find_subjects(c, service) or find_services(c) for c in named):
        return False
    return sum(is_attribute_phrase(c) for c in named) * 2 >= len(named)


# a column saying how each row's service invokes Lambda: "| Service | Invocation | Retries |"
_MODE_HEADER = re.compile(r"invo\w*|\ba?sync\w*|\btrigger\w*|\bmode\b|\btype\b|\bhow\b",
                          re.IGNORECASE)
_ABOUT_INVOKING = re.compile(r"invo\w*|\blambda\b|\btrigger\w*|event sources?", re.IGNORECASE)


# Columns of an invocation table about how Lambda handles the row's events (its retries, the
# events' age, where failures go), not about the invoking service
_LAMBDA_HANDLING = re.compile(r"retr|attempt|event age|destination|dlq|dead.letter", re.I)


class InvocationTable(TableLayout):
    """"| Service | Invocation | Retries |" with rows "| S3 | asynchronous | 2 retries |": how
    each service invokes Lambda. Read as a grid, it gave no invocation mode, and its retries
    were S3's and SNS's own retry limits: they are Lambda's retries of that mode's events."""

    name = "invocation modes"

    def matches(self, table: Table, service: str) -> bool:
        return self._mode_column(table) is not None

    @staticmethod
    def _mode_column(table: Table) -> int | None:
        header = table.rows[0]
        if len(header) < 2 or len(table.rows) < 3:
            return None
        about = " ".join((table.context, *table.headings))
        for c in range(1, len(header)):
            if not _MODE_HEADER.search(header[c]):
                continue
            if not (re.search(r"invo|sync|trigger", header[c], re.I)
                    or _ABOUT_INVOKING.search(about)):
                continue  # "| Service | Type |" of a comparison says no mode
            rows = [r for r in table.rows[1:] if len(r) > c and r[c].strip()]
            read = [r for r in rows if _invoker_row(r, c)]
            if len(read) >= 2 and len(read) * 3 >= len(rows) * 2:
                return c
        return None

    def facts(self, table: Table, service: str, maker: Maker) -> list[Fact]:
        mode_col = self._mode_column(table)
        assert mode_col is not None
        header = table.rows[0]
        out: list[Fact] = []
        for row, line in _body(table):
            invoker = _invoker_row(row, mode_col)
            mode = mode_of(row[mode_col]) if invoker else None
            if not invoker or not mode:
                continue
            out.append(maker(line)(service="Lambda", subject=invoker, attribute="invocation",
                                   kind=Kind.INVOCATION_MODE, qualifier="", value=mode))
            topics = (clean_topic(row[0]), *reversed(table.headings))
            for c in range(1, min(len(row), len(header))):
                if c != mode_col and not _EMPTY_CELL.fullmatch(row[c]):
                    # "Retries" of an asynchronous row: Lambda's retries of async events; any
                    # other column ("| Timeout | 29 s |" of API Gateway) is the invoker's own
                    owner = "Lambda" if _LAMBDA_HANDLING.search(header[c]) else invoker
                    text = f"{clean_topic(header[c])} ({mode}): {' '.join(row[c].split())}"
                    out.extend(limit_facts(text, Context(owner, "", topics), maker(line)))
        return out


def _invoker_row(row: list[str], mode_col: int) -> str:
    """The service a row of an invocation table is about, when its first cell is that service
    (not Lambda) and its mode cell names a mode."""
    if mode_col >= len(row) or not mode_of(row[mode_col]) or len(row[mode_col].split()) > 6:
        return ""
    owner = row_service(row, "")
    return owner if owner and owner != "Lambda" else ""


TABLE_LAYOUTS: list[TableLayout] = [ErrorTable(), LongFormatTable(), InvocationTable(),
                                    RecordTable(), GridTable()]


def side_by_side(table: Table) -> list[Table] | None:
    """The tables of a table printed "2-up", whose header repeats itself ("Service | Limit |
    Service | Limit"): each row holds two unrelated rows, and a left row's number read with
    the right row's words made "6379 items" of a DynamoDB item size beside a Redis port. None
    for any other table."""
    header = [" ".join(c.split()).lower() for c in table.rows[0]]
    half = len(header) // 2
    if half < 2 or len(header) != 2 * half or header[:half] != header[half:] \
            or not all(header[:half]):
        return None
    left = replace(table, rows=[row[:half] for row in table.rows])
    kept = [(row[half:], line) for row, line in zip(table.rows, table.lines, strict=False)
            if any(c.strip() for c in row[half:])]
    right = replace(table, rows=[row for row, _ in kept], lines=[line for _, line in kept])
    # "## Cognito ‖ KMS" over it: the left table is Cognito's, the right one KMS's. Only a
    # heading split in two says so: "## Kinesis Data Streams and Firehose" over one 2-up
    # Kinesis table is a section's title, and both halves are the table's service
    text = table.context if find_services(table.context) else (
        table.headings[-1] if table.headings else "")
    found = find_services(text)
    if len(found) == 2 and found[0].name != found[1].name and _SPLIT.fullmatch(
            text[found[0].end:found[1].start]):
        left, right = (replace(side, context=m.name) for side, m in zip(
            (left, right), found, strict=True))
    return [left, right]


# what stands between two services a heading splits in two: "Cognito ‖ KMS", "SQS | SNS",
# "ECS / EKS", "RDS vs DynamoDB"
_SPLIT = re.compile(r"[\s*_`]*(?:‖|\|\|?|/|vs\.?|versus)[\s*_`]*", re.IGNORECASE)


def service_columns(header: list[str]) -> dict[int, str]:
    """"| | SQS | SNS |": by column, the service each column after the first is named for,
    when two or more name one each (a comparison of services); else nothing. (table_facts
    reads them so only when the table's own service is one of them, or it has none.)"""
    columns = {c: row_service([header[c]], "") for c in range(1, len(header))}
    columns = {c: name for c, name in columns.items() if name}
    return columns if len(set(columns.values())) >= 2 else {}


def _cell_statements(row: list[str], columns: dict[int, str], table: Table,
                     make: Callable[..., Fact], measured: set[str]) -> list[Fact]:
    """A comparison row's cells, each a statement of its column's service ("Retention: no
    retention" is SNS's, "Retention: 4 days default, max 14 days" SQS's): the row whole was
    filed under the heading's service, so "sns retention" answered with SQS's 4 days."""
    label = " ".join(row[0].split())
    by_service: dict[str, list[str]] = {}
    for c, name in columns.items():
        if c < len(row) and not _EMPTY_CELL.fullmatch(row[c]):
            by_service.setdefault(name, []).append(" ".join(row[c].split()))
    out: list[Fact] = []
    for name, cells in by_service.items():
        if name in measured and any(ch.isdigit() for cell in cells for ch in cell):
            # the cell's numbers were read as its column's limits (GridTable); a statement
            # of them would answer for the row's label whatever they measure ("Throughput:
            # 12,500,000 subscriptions per topic" is no SNS throughput). A price the layout
            # reads as none ("$0.40 per secret/month") stays a statement.
            continue
        # two columns of one service ("RDS Multi-AZ | RDS Read Replica") compare two of its
        # things: their cells stay one statement, as the row wrote them
        text = f"{label}: {cells[0]}" if len(cells) == 1 else " | ".join([label, *cells])
        out.extend(statement_fact(text.strip(": |"), Context(name, "", table.headings[::-1]),
                                  make))
    return out


def without_row_numbers(table: Table) -> Table:
    """The table without a first column that only numbers its rows ("| # | Service | Quota |
    Value |"): read with it, the number was each row's name and the rest nobody's."""
    header = table.rows[0]
    if len(header) < 3 or not all(table.rows[1:]) or not numbers_rows(
            header[0], [row[0] for row in table.rows[1:]]):
        return table
    return replace(table, rows=[row[1:] for row in table.rows])


def table_facts(table: Table, maker: Maker) -> list[Fact]:
    """Facts from a table, read the way its header says it is laid out."""
    if len(table.rows) < 2:
        return []
    if isinstance(table, LegendGrid):  # its columns named on a line of their own
        from studycli.extract.legend_grid_cells import legend_grid_facts

        return legend_grid_facts(table, maker)
    table = without_row_numbers(table)
    halves = side_by_side(table)
    if halves is not None:
        return [fact for half in halves for fact in table_facts(half, maker)]
    service = table_service(table)
    if _headerless(table):
        return [f for row, line in zip(table.rows, table.lines, strict=True)
                for f in _row_as_line(row, table, service, maker(line))]
    out: list[Fact] = []
    columns = service_columns(table.rows[0])
    if service and service not in columns.values():
        # "| | EC2 | Fargate |" under "## ECS launch types": the columns are the heading's
        # service's options, named after other services; its rows are the heading's
        columns = {}
    layout = next(layout for layout in TABLE_LAYOUTS if layout.matches(table, service))
    read = layout.facts(table, service, maker)
    measured = {(f.line, f.service) for f in read if f.number is not None or f.low is not None}
    quota_sheet = bool(_console_sheet_columns(table))
    for row, line in _body(table):
        if columns and row and row_service(row, "") == "":
            out.extend(_cell_statements(row, columns, table, maker(line),
                                        {s for n, s in measured if n == line}))
            continue
        text = " | ".join(" ".join(c.split()) for c in layout.statement_cells(table, row)
                          if c.strip())
        ctx = Context(layout.row_owner(table, row, service), "", table.headings[::-1])
        said = statement_fact(text, ctx, maker(line))
        if quota_sheet:
            # a row of the console's quotas states a maximum, whatever its column calls
            # "default": read as no bound, "lambda default timeout" was answered by
            # "Function timeout | 900 | 900 | Not adjustable" (AWS: 3 s; 900 s is the most)
            said = [replace(f, qualifier="max") for f in said]
        out.extend(said)
    return out + read


# a cell that is a value: "5", "up to 100 Gbps", "~2,000 TPS", "<1 h", "2048 MB" (not a bare
# year: "| 2023 |"); group 1 is its unit ("Gbps"), empty for a bare count
_VALUE_CELL = re.compile(r"^[\s*_`]*(?:up\s+to\s+|max\s+|~|[<>]=?\s*)?(?!(?:19|20)\d\d[\s*_`]*$)"
                         r"\d[\d,.]*\s*((?:[A-Za-z%/]+\s*){0,2}?)[\s*_`]*$", re.IGNORECASE)


def _unit(cell: str) -> str | None:
    """The unit of a value cell ("10 shards" -> "shard", "5" -> ""), None for no value."""
    found = _VALUE_CELL.match(cell)
    if found is None:
        return None
    unit = " ".join(found.group(1).lower().split())
    return unit[:-1] if len(unit) > 2 and unit.endswith("s") and unit[-2].isalpha() else unit


def _headerless(table: Table) -> bool:
    """A table whose first row is data: its last cell a value, as in the rows under it
    ("VPC<TAB>max VPCs per region<TAB>5" opening a .tsv). A header names its columns; read as
    one, the first row was lost and the rows under it were read in its "columns" (a new
    user's rows became plain facts whose columns the student no longer saw). A header may name
    its columns by quantities ("| | 1 shard | 10 shards |" over "| write | 1 MB/s | 10 MB/s |",
    "| Item size | 4 KB | 8 KB |" over RCU counts): the first row is data only when each of its
    value cells has a unit of the value cells below it in its column. A table its note's format
    wrote with no header row (formats/rows.py) is one."""
    if table.headerless:
        return True

    def ends_on_value(row: list[str]) -> bool:
        cells = [c for c in row if c.strip()]
        return len(cells) >= 2 and _VALUE_CELL.match(cells[-1]) is not None

    first, below = table.rows[0], table.rows[1:]
    if not (ends_on_value(first) and any(ends_on_value(r) for r in below)):
        return False
    for column, cell in enumerate(first):
        unit = _unit(cell)
        if unit is None:
            continue
        units = {u for r in below if column < len(r) and (u := _unit(r[column])) is not None}
        if unit not in units:
            return False
    return True


def _row_as_line(row: list[str], table: Table, service: str, make: Callable[..., Fact]
                 ) -> list[Fact]:
    """A row of a table with no header, read as the note line its cells would be ("VPC: max
    VPCs per region: 5"): the measure is named by the cells before the value."""
    cells = [" ".join(c.split()) for c in row if c.strip()]
    ctx = Context(row_service(row, service) or service, "", table.headings[::-1])
    return [*statement_fact(" | ".join(cells), ctx, make),
            *limit_facts(": ".join(cells), ctx, make)]
