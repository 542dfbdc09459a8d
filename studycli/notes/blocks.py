"""From normalized markdown to blocks: one physical line of content with its context.

A block knows its 1-based line, its plain text (inline markup removed), the heading trail above
it and the list items it is nested under, so every fact can say which service and subject it
belongs to and exactly which line of the note it came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from studycli.notes.tables import Table


@dataclass
class Block:
    line: int                      # 1-based line in the note
    text: str                      # plain text of this line
    kind: str                      # "heading", "item", "para", "cell"
    headings: tuple[str, ...]      # heading trail, outermost first
    parents: tuple[int, ...] = ()  # indexes of enclosing item/lead-in blocks, outermost first
    level: int = 0                 # heading level, for headings
    children: list[int] = field(default_factory=list)  # first-line blocks of nested items
    wrapped_from: int | None = None  # a hard-wrapped line: index of the line before it


@lru_cache(maxsize=1)
def _markdown():
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": True, "maxNesting": 100}).enable("table")
    md.disable("code")  # notes never mean indented code; normalize() dedents such runs
    return md


def _inline_lines(token) -> list[str]:
    """An inline token's text, markup removed, split on the note's own line breaks."""
    parts: list[str] = []
    for child in token.children or []:
        t = child.type
        if t in ("text", "code_inline"):
            parts.append(child.content)
        elif t in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif t == "html_inline":
            if child.content.lower().startswith("<br"):
                parts.append(" ")
        elif t == "image":
            continue
    return "".join(parts).split("\n")


def to_blocks(text: str, tables: list[Table]) -> tuple[list[Block], list[Table]]:
    """Blocks in note order, and every table (markdown pipe tables included)."""
    tokens = _markdown().parse(text)
    source_lines = text.split("\n")
    blocks: list[Block] = []
    tables = list(tables)
    heading_trail: list[tuple[int, str]] = []
    item_stack: list[int | None] = []   # per open list item: index of its first block
    lead_in: list[int | None] = []      # per open list: a "Use cases:" paragraph before it
    pending_lead: int | None = None
    in_item_first_para: list[bool] = []
    table_rows: list[list[str]] | None = None
    table_lines: list[int] = []

    def parents() -> tuple[int, ...]:
        out = []
        for lead, item in zip(lead_in, item_stack):
            if lead is not None:
                out.append(lead)
            if item is not None:
                out.append(item)
        # a list's lead-in sits before its items; items past the last open list add nothing
        extra = lead_in[len(item_stack):]
        out.extend(x for x in extra if x is not None)
        return tuple(out)

    i = 0
    while i < len(tokens):
        tok = tokens[i]
        t = tok.type
        if t == "heading_open":
            level = int(tok.tag[1])
            inline = tokens[i + 1]
            line = (tok.map[0] + 1) if tok.map else 0
            htext = " ".join(s.strip() for s in _inline_lines(inline)).strip()
            while heading_trail and heading_trail[-1][0] >= level:
                heading_trail.pop()
            blocks.append(Block(line, htext, "heading", tuple(h for _, h in heading_trail), level=level))
            heading_trail.append((level, htext))
            pending_lead = None
            i += 3
            continue
        if t in ("bullet_list_open", "ordered_list_open"):
            lead_in.append(pending_lead)
            pending_lead = None
        elif t in ("bullet_list_close", "ordered_list_close"):
            if lead_in:
                # A label over a list still heads the next list when the bullet style changes.
                closed = lead_in.pop()
                nxt = tokens[i + 1].type if i + 1 < len(tokens) else ""
                if nxt in ("bullet_list_open", "ordered_list_open") and not item_stack:
                    pending_lead = closed
        elif t == "list_item_open":
            item_stack.append(None)
            in_item_first_para.append(True)
        elif t == "list_item_close":
            if item_stack:
                item_stack.pop()
                in_item_first_para.pop()
        elif t == "inline" and tok.map and table_rows is None:
            start = tok.map[0]
            lines = _inline_lines(tok)
            in_item = bool(item_stack)
            trail = tuple(h for _, h in heading_trail)
            first_of_item = in_item and in_item_first_para[-1]
            par = parents()
            prose = _is_wrapped_prose(lines)
            for k, line_text in enumerate(lines):
                stripped = line_text.strip()
                if not stripped:
                    continue
                if k and in_item and not source_lines[start + k].startswith((" ", "-", "*", "+")):
                    # Lazy continuation at column 0 (pasted text after an outline): its own line.
                    blocks.append(Block(start + k + 1, stripped, "para", trail, ()))
                    continue
                kind = "item" if first_of_item and k == 0 else "para"
                blocks.append(Block(start + k + 1, stripped, kind, trail, par,
                                    wrapped_from=len(blocks) - 1
                                    if k and _wraps(lines[k - 1], stripped, prose) else None))
                idx = len(blocks) - 1
                if kind == "item":
                    item_stack[-1] = idx
                    if par:
                        blocks[par[-1]].children.append(idx)
                    par = parents()
            if in_item:
                in_item_first_para[-1] = False
            # A short paragraph ending in ":" introduces the list that follows it.
            last = blocks[-1] if blocks else None
            nxt = tokens[i + 2].type if i + 2 < len(tokens) else ""
            if (last is not None and not first_of_item and _introduces(last.text)
                    and nxt in ("bullet_list_open", "ordered_list_open")):
                pending_lead = len(blocks) - 1
            elif not in_item:
                pending_lead = None
        elif t == "table_open":
            table_rows, table_lines = [], []
        elif t == "tr_open" and table_rows is not None:
            table_rows.append([])
            table_lines.append((tok.map[0] + 1) if tok.map else 0)
        elif t == "inline" and table_rows is not None:
            table_rows[-1].append(" ".join(s.strip() for s in _inline_lines(tok)).strip())
        elif t == "table_close" and table_rows is not None:
            tables.append(Table(table_rows, table_lines))
            table_rows = None
        elif t == "html_block" and tok.map:
            from studycli.notes.tables import cell_text

            trail = tuple(h for _, h in heading_trail)
            for k, raw in enumerate(tok.content.split("\n")):
                plain = cell_text(raw)
                if plain:
                    blocks.append(Block(tok.map[0] + k + 1, plain, "para", trail, parents()))
        i += 1
    _link_answers(blocks)
    _attach_tables(blocks, tables)
    return blocks, tables


_QUESTION = re.compile(r"^(?:Q|Question)\s*\d*\s*[:.)-]\s*\S", re.IGNORECASE)
_ANSWER = re.compile(r"^(?:(?:A|Ans|Answer|Why|Correct|Right)\s*\d*\s*[:.)-]\s*\S|[✓✔✅☑])",
                     re.IGNORECASE)


def _link_answers(blocks: list[Block]) -> None:
    """Flashcard and practice-exam notes ("Q: ...", then "A: ..." or "✓ ..."): the question
    is the answer's context."""
    for i in range(1, len(blocks)):
        if not _ANSWER.match(blocks[i].text):
            continue
        for j in range(i - 1, max(-1, i - 4), -1):
            if _QUESTION.match(blocks[j].text):
                blocks[i].parents = blocks[i].parents + (j,)
                break


# Words no sentence ends on. Looked up as the line's last word: a regex anchored at the end
# would scan the whole line for every line of a long transcript.
_OPEN_ENDING = frozenset("the a an of to for in on at by with and or but is are was can will from as "
                         "that which it you your its their than into per".split())


def _last_word(text: str) -> str:
    end = len(text)
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
        start -= 1
    return text[start:end]


def _first_word(line: str) -> str:
    words = line.split(maxsplit=1)
    return words[0] if words else ""


def _is_wrapped_prose(lines: list[str]) -> bool:
    """Were this paragraph's lines wrapped by a tool (a transcript, copied docs) rather than
    typed one statement a line (a cheat sheet)? A tool breaks a line where the next word would
    not fit the paragraph's width, so most of its lines end near that width; a cheat sheet's
    lines are as long as what each says, and the next first word would often have fitted."""
    lengths = [len(line.rstrip()) for line in lines]
    if len(lengths) < 2:
        return False
    width = max(lengths)
    breaks = range(len(lines) - 1)
    full = sum(1 for k in breaks
               if lengths[k] + 1 + len(_first_word(lines[k + 1])) > width - _WIDTH_SLACK)
    return full * 3 >= len(breaks) * 2


# wrapping tools count a trailing space or a tab's width differently
_WIDTH_SLACK = 2

# A line opening on a marker ("-> fix", "✓ GSI", "✗ timeout", "• max 5") is a new statement.
_ITEM_MARKER = re.compile(r"^(?:[-=~>→⇒•·✓✔✗✘×*+#|]|<-)")


def _wraps(previous: str, line: str, prose: bool) -> bool:
    """Was the line before hard-wrapped mid-sentence? Long, no closing punctuation, and either
    ending on a comma or a word no sentence ends on, or (in a paragraph a tool wrapped) wrapped
    at a typical width or followed by lower case.

    A cheat sheet's lines ("sync invoke payload 6MB req/resp" under a 76-character line) are
    separate statements even without a full stop: joined, one line's number would go to
    another line's subject."""
    previous = previous.rstrip()
    if len(previous) < 50 or previous.endswith((".", "!", "?", ":", ";")):
        return False
    if _ITEM_MARKER.match(line):
        return False
    if previous.endswith(",") or _last_word(previous).lower() in _OPEN_ENDING:
        return True
    return prose and (len(previous) >= 72 or line[:1].islower())


def _introduces(text: str) -> bool:
    """"Use cases:" or a bare label like "**SQS**" introduces the list below it."""
    words = len(text.split())
    if re.search(r"\bvs\.?\b|\bversus\b", text, re.IGNORECASE):
        return words <= 10
    return text.endswith(":") or (words <= 4 and not text.endswith((".", "!", "?"))
                                  and ": " not in text)  # "status: reviewing" is a property


def _attach_tables(blocks: list[Block], tables: list[Table]) -> None:
    """Give each table the heading trail of the nearest heading above it, and the nearest line
    above it as context. One walk over blocks and tables in line order: a note of many small
    tables must not cost tables x blocks."""
    order = sorted(range(len(tables)), key=lambda t: tables[t].lines[0] if tables[t].lines else 0)
    by_line = sorted(blocks, key=lambda b: b.line)  # stable: note order within a line
    trail: tuple[str, ...] = ()
    context = ""
    k = 0
    for t in order:
        table = tables[t]
        first = table.lines[0] if table.lines else 0
        while k < len(by_line) and by_line[k].line < first:
            block = by_line[k]
            if block.kind == "heading":
                trail = block.headings + (block.text,)
            context = block.text
            k += 1
        # a heading on the table's own line counts; "above" lines must be strictly above
        j = k
        heading_trail = trail
        while j < len(by_line) and by_line[j].line == first:
            if by_line[j].kind == "heading":
                heading_trail = by_line[j].headings + (by_line[j].text,)
            j += 1
        table.headings = heading_trail
        # The nearest non-heading line above the table (e.g. "REST vs HTTP") gives context too.
        table.context = context
