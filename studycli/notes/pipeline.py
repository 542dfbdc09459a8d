"""The parse pipeline: normalize → markdown-it blocks → facts and comparisons."""

from __future__ import annotations

from studycli.extract.codes import exception_facts, status_code_facts
from studycli.extract.comparisons import qualifier_column, section_comparisons, table_comparisons
from studycli.extract.context import Context, clean_topic, resolve
from studycli.extract.defaults import default_facts
from studycli.extract.invocation import invocation_facts
from studycli.extract.limits import infer_defaults, limit_facts
from studycli.extract.statements import statement_fact
from studycli.extract.support import support_facts
from studycli.model import Fact, ParsedNote, Warning_
from studycli.notes.blocks import to_blocks
from studycli.notes.normalize import Table, normalize
from studycli.services import find_services, find_subjects


def run(text: str, source: str) -> ParsedNote:
    note = ParsedNote(source=source)
    if not text.strip():
        note.warnings.append(Warning_(source, "empty note: nothing to read"))
        return note
    normalized = normalize(text)
    raw_lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for line in normalized.long_lines:
        note.warnings.append(Warning_(source, f"line is very long; only its first "
                                              f"20,000 characters were read", line))
    blocks, tables = to_blocks(normalized.text, normalized.tables)

    def maker(line: int):
        snippet = raw_lines[line - 1].strip() if 0 < line <= len(raw_lines) else ""

        def make(**fields) -> Fact:
            return Fact(source=source, line=line, snippet=snippet, **fields)
        return make

    contexts = [resolve(b, blocks) for b in blocks]
    facts: list[Fact] = []
    for block, ctx in zip(blocks, contexts):
        facts.extend(_block_facts(block, blocks, ctx, maker(block.line)))
    for table in tables:
        facts.extend(_table_facts(table, maker))
    note.facts = infer_defaults(facts)
    note.comparisons = section_comparisons(blocks, lambda i: contexts[i].service, source)
    for table in tables:
        note.comparisons.extend(table_comparisons(table, _table_service(table), source))
    if not note.facts and not note.comparisons:
        note.warnings.append(Warning_(source, "no facts found (no AWS service, limit or "
                                              "comparison this parser recognises)"))
    return note


def _block_facts(block, blocks, ctx: Context, make) -> list[Fact]:
    text = block.text
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
    """Each cell of a comparison table read as "<row label>: <cell>" about its column's subject."""
    service = _table_service(table)
    if not service or len(table.rows) < 2:
        return []
    header = table.rows[0]
    aspect_col = len(header) >= 3 or (header and not header[0].strip())
    out: list[Fact] = []
    for row, line in zip(table.rows[1:], table.lines[1:]):
        label = clean_topic(row[0]) if aspect_col and row else ""
        for c in range(1 if aspect_col else 0, min(len(row), len(header))):
            column = header[c]
            qualifier_word = qualifier_column(column)
            if qualifier_word is not None:
                # "| Setting | Default | Limit |": the column says default or max, not a subject
                ctx = Context(service, "", (label, *reversed(table.headings)))
                text = f"{label} {qualifier_word}: {row[c]}"
            else:
                subs = find_subjects(column, service)
                subject = subs[0].name if subs else clean_topic(column)
                ctx = Context(service, subject, (label, column, *reversed(table.headings)))
                text = None
            for part in (row[c].split("\n") if text is None else [text]):
                line_text = part if text is not None else (f"{label}: {part}" if label else part)
                out.extend(limit_facts(line_text, ctx, maker(line)))
    return out
