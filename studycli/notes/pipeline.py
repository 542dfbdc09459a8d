"""The parse pipeline: normalize → markdown-it blocks → facts and comparisons."""

from __future__ import annotations

from studycli.extract.codes import exception_facts, status_code_facts
from studycli.extract.comparisons import (
    qualifier_column, section_comparisons, sibling_comparisons, table_comparisons,
)
import re

from studycli.extract.attributes import is_attribute_phrase
from studycli.extract.context import Context, clean_topic, owner_of, resolve
from studycli.extract.defaults import default_facts
from studycli.extract.invocation import invocation_facts
from studycli.extract.limits import infer_defaults, limit_facts
from studycli.extract.statements import statement_fact
from studycli.extract.support import support_facts
from studycli.model import Fact, ParsedNote, Warning_
from studycli.notes.blocks import Block, to_blocks
from studycli.notes.normalize import normalize
from studycli.notes.tables import Table
from studycli.notes.prose import prose_groups, sentences
from studycli.services import find_services, find_subjects


def run(text: str, source: str) -> ParsedNote:
    note = ParsedNote(source=source)
    if not text.strip():
        note.warnings.append(Warning_(source, "empty note: nothing to read"))
        return note
    normalized = normalize(text)
    raw_lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for line in normalized.long_lines:
        note.warnings.append(Warning_(source, "line is very long; only its first "
                                              "20,000 characters were read", line))
    blocks, tables = to_blocks(normalized.text, normalized.tables)

    def maker(line: int):
        snippet = raw_lines[line - 1].strip() if 0 < line <= len(raw_lines) else ""

        def make(**fields) -> Fact:
            return Fact(source=source, line=line, snippet=snippet, **fields)
        return make

    contexts = [resolve(b, blocks) for b in blocks]
    facts: list[Fact] = []
    groups = {group[0]: group for group in prose_groups(blocks)}
    in_prose = {index for group in groups.values() for index in group}
    carried: dict[tuple[str, ...], tuple[str, str]] = {}  # paragraphs' topic, per section
    for index, (block, ctx) in enumerate(zip(blocks, contexts)):
        if block.kind == "para" and not ctx.service and block.headings in carried:
            # Prose that does not repeat the service goes on about the one before it.
            ctx = Context(*carried[block.headings], ctx.ancestors)
        if index in groups:
            group_facts, topic = _prose_facts(groups[index], blocks, ctx, maker)
            facts.extend(group_facts)
            if topic[0]:
                carried[block.headings] = topic
        elif index not in in_prose:
            facts.extend(_block_facts(block, blocks, ctx, maker(block.line)))
            if block.kind == "para" and ctx.service:
                carried[block.headings] = (ctx.service, ctx.subject)
    for table in tables:
        facts.extend(_table_facts(table, maker))
    note.facts = infer_defaults(facts)
    service_of = lambda i: contexts[i].service  # noqa: E731
    note.comparisons = (section_comparisons(blocks, service_of, source)
                        + sibling_comparisons(blocks, service_of, source))
    for table in tables:
        note.comparisons.extend(table_comparisons(table, _table_service(table), source))
    if not note.facts and not note.comparisons:
        note.warnings.append(Warning_(source, "no facts found (no AWS service, limit or "
                                              "comparison this parser recognises)"))
    return note


def _prose_facts(group: list[int], blocks, paragraph: Context,
                 maker) -> tuple[list[Fact], tuple[str, str]]:
    """A wrapped paragraph, sentence by sentence; a sentence that names a service moves the
    paragraph's topic to it. Returns the facts and the topic the paragraph ends on."""
    head = blocks[group[0]]
    service, subject = paragraph.service, paragraph.subject
    out: list[Fact] = []
    previous = ""
    for text, line in sentences(group, blocks):
        own_service, own_subject = owner_of(text)
        if own_service:
            service, subject = own_service, own_subject
        ctx = Context(service, subject, ((previous,) if previous else ()) + paragraph.ancestors)
        sentence = Block(line, text, "para", head.headings, head.parents)
        out.extend(_block_facts(sentence, blocks, ctx, maker(line)))
        previous = text
    return out, (service, subject)


_QUESTION_LINE = re.compile(r"^\s*(?:Q|Question)\s*\d*\s*[:.)-]\s*\S|^[^.!]*\?\s*$", re.IGNORECASE)
_WRONG = re.compile(r"^\s*(?:[✗✘❌❎×]|wrong\s*:|incorrect\s*:)", re.IGNORECASE)


def _block_facts(block, blocks, ctx: Context, make) -> list[Fact]:
    text = block.text
    if _WRONG.match(text):
        return []  # "✗ Increase the Lambda timeout": the answer the student got wrong
    if _QUESTION_LINE.match(text):
        # A practice question sets the scene for its answer; its numbers are the scenario's.
        return status_code_facts(block, blocks, ctx, make) + exception_facts(text, ctx, make)
    out: list[Fact] = []
    if block.kind != "heading":
        out.extend(status_code_facts(block, blocks, ctx, make))
        out.extend(exception_facts(text, ctx, make))
        out.extend(invocation_facts(block, ctx, make))
    limits = limit_facts(text, ctx, make) if block.kind != "heading" or _has_digit(text) else []
    out.extend(limits)
    out.extend(default_facts(text, ctx, make, any(f.qualifier == "default" for f in limits)))
    if block.kind != "heading":
        out.extend(support_facts(text, ctx, make))
        out.extend(statement_fact(text, ctx, make))
    return out


def _has_digit(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


def _table_service(table: Table) -> str:
    for text in (table.context, *reversed(table.headings)):
        found = find_services(text)
        if found:
            return found[0].name
    for row in table.rows[:1]:
        for cell in row:
            found = find_services(cell)
            if found:
                return found[0].name
    return ""


def _table_facts(table: Table, maker) -> list[Fact]:
    """Facts from a table, read the way its header says it is laid out."""
    service = _table_service(table)
    if len(table.rows) < 2:
        return []
    header = table.rows[0]
    out: list[Fact] = []
    for row, line in zip(table.rows[1:], table.lines[1:]):
        # Every row is also a statement, so lookups find table-only content.
        text = " | ".join(" ".join(c.split()) for c in row if c.strip())
        row_service = _row_service(row, service)
        out.extend(statement_fact(text, Context(row_service, "", table.headings[::-1]),
                                  maker(line)))
    if _is_error_table(table):
        return out + _error_rows(table, service, maker)
    if _is_long_format(header):
        return out + _long_format_rows(table, service, maker)
    aspect_col = (len(header) >= 3 or (header and not header[0].strip())
                  or (len(header) == 2 and qualifier_column(header[1]) is not None))
    attribute_columns = aspect_col and _columns_are_attributes(header[1:], service)
    for row, line in zip(table.rows[1:], table.lines[1:]):
        label = clean_topic(row[0]) if aspect_col and row else ""
        row_service = _row_service(row, service) if aspect_col else service
        for c in range(1 if aspect_col else 0, min(len(row), len(header))):
            column = header[c]
            qualifier_word = qualifier_column(column)
            if qualifier_word is not None:
                # "| Setting | Default | Limit |": the column says default or max, not a subject
                ctx = Context(row_service, "", (label, *reversed(table.headings)))
                texts = [f"{label} {qualifier_word}: {_with_noun(row[c], label)}"]
            elif attribute_columns:
                # "| Type | Max IOPS | Size |": rows are the things, columns what is measured
                subs = find_subjects(row[0], row_service)
                ctx = Context(row_service, subs[0].name if subs else label,
                              (column, *reversed(table.headings)))
                texts = [f"{column}: {_with_noun(part, column)}" for part in row[c].split("\n")]
            else:
                # "| Setting | SQS Standard | SQS FIFO | SNS |": each column is a thing
                col_service, subject = owner_of(column)
                if col_service and col_service != service and not subject:
                    pass  # a column that is a service of its own
                elif find_subjects(column, service):
                    col_service, subject = service, find_subjects(column, service)[0].name
                else:
                    col_service, subject = col_service or service, subject or clean_topic(column)
                ctx = Context(col_service, subject, (label, column, *reversed(table.headings)))
                texts = [f"{label}: {part}" if label else part for part in row[c].split("\n")]
            if not ctx.service:
                continue
            for text in texts:
                out.extend(limit_facts(text, ctx, maker(line)))
    return out


def _row_service(row: list[str], service: str) -> str:
    """A row that opens with a service's name is that service's ("| EventBridge | ... |")."""
    if row:
        found = find_services(row[0])
        if found and len(found[0].alias) >= len(row[0].strip()) - 3:
            return found[0].name
    return service


_LONG_NAME = re.compile(r"limit|quota|setting|what|name|attribute|item|resource|parameter", re.I)
_LONG_VALUE = re.compile(r"value|default|max|limit|amount|number", re.I)


def _is_long_format(header: list[str]) -> bool:
    """"| Service | Limit | Value |": one row per (service, setting, value)."""
    return (len(header) >= 3 and re.search(r"service", header[0], re.I) is not None
            and _LONG_NAME.search(header[1]) is not None
            and _LONG_VALUE.search(header[2]) is not None)


def _long_format_rows(table: Table, service: str, maker) -> list[Fact]:
    out = []
    for row, line in zip(table.rows[1:], table.lines[1:]):
        if len(row) < 3:
            continue
        row_service = _row_service(row, service)
        if not row_service:
            continue
        label = clean_topic(row[1])
        qualifier_word = qualifier_column(table.rows[0][2]) or ""
        ctx = Context(row_service, "", (label, *reversed(table.headings)))
        text = f"{label} {qualifier_word}: {_with_noun(row[2], label)}".replace("  ", " ")
        out.extend(limit_facts(text, ctx, maker(line)))
    return out


_BARE_NUMBER = re.compile(r"\s*[\d][\d,.]*\s*")


def _with_noun(cell: str, label: str) -> str:
    """A bare number in a table counts what its row or column names ("GSIs per table | 20")."""
    if not _BARE_NUMBER.fullmatch(cell):
        return cell
    words = re.sub(r"^(?:max(?:imum)?|min(?:imum)?|default|number of|no\.? of)\s+", "",
                   label.strip(), flags=re.IGNORECASE)
    return f"{cell.strip()} {words}"


def _columns_are_attributes(columns: list[str], service: str) -> bool:
    named = [c for c in columns if c.strip()]
    if not named or any(find_subjects(c, service) or find_services(c) for c in named):
        return False
    return sum(is_attribute_phrase(c) for c in named) * 2 >= len(named)


_CODE_CELL = re.compile(r"^\s*(?:[1-5]\d\d|[1-5]xx|[A-Z][a-z]+(?:[A-Z][a-z0-9]*)*(?:Exception|Error|Fault))\b")


def _is_error_table(table: Table) -> bool:
    header = " ".join(table.rows[0]).lower()
    if not re.search(r"code|status|error|exception", header):
        return False
    firsts = [r[0] for r in table.rows[1:] if r]
    return sum(bool(_CODE_CELL.match(c)) for c in firsts) * 2 >= max(len(firsts), 1)


_MEANING_HEADER = re.compile(r"meaning|description|cause|means|reason|what|explanation", re.IGNORECASE)


_EMPTY_CELL = re.compile(r"\s*(?:[-—–]|n/?a|none)?\s*", re.IGNORECASE)


def _error_rows(table: Table, service: str, maker) -> list[Fact]:
    header = table.rows[0]
    columns = {c: _row_service([header[c]], "") for c in range(1, len(header))}
    if sum(1 for s in columns.values() if s) >= 2:
        # "| Code | API Gateway | ALB | S3 |": each service column says what the code means there
        out = []
        for row, line in zip(table.rows[1:], table.lines[1:]):
            if not row or not _CODE_CELL.match(row[0]):
                continue
            code = _CODE_CELL.match(row[0]).group(0).strip()
            for c, col_service in columns.items():
                if col_service and c < len(row) and not _EMPTY_CELL.fullmatch(row[c]):
                    out.append(maker(line)(service=col_service, subject="", attribute=code,
                                           kind="error_code", qualifier="",
                                           value=" ".join(row[c].split())))
        return out
    if not service:
        return []
    # The meaning is the column that says so; else the first text column after the code.
    meaning_col = next((c for c in range(1, len(header)) if _MEANING_HEADER.search(header[c])), None)
    out = []
    for row, line in zip(table.rows[1:], table.lines[1:]):
        if not row or not _CODE_CELL.match(row[0]):
            continue
        code = _CODE_CELL.match(row[0]).group(0).strip()
        cells = [" ".join(c.split()) for c in row[1:]]
        if meaning_col is not None and meaning_col < len(row):
            meaning = " ".join(row[meaning_col].split())
            status = next((cells[c - 1] for c in range(1, min(len(header), len(row)))
                           if c != meaning_col and re.search(r"http|status", header[c], re.I)
                           and re.fullmatch(r"[1-5]\d\d", cells[c - 1])), None)
            if status and meaning:
                meaning = f"HTTP {status}: {meaning}"  # the code a client sees, with its meaning
        else:
            meaning = next((c for c in cells if len(c.split()) > 1 or not re.fullmatch(
                r"\d+|yes|no|y|n|true|false|-", c, re.IGNORECASE)), "")
        if meaning:
            out.append(maker(line)(service=service, subject="", attribute=code, kind="error_code",
                                   qualifier="", value=meaning))
    return out
