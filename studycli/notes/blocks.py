"""From normalized markdown to blocks: one physical line of content with its context.

A block knows its 1-based line, its plain text (inline markup removed), the heading trail above
it and the list items it is nested under, so every fact can say which service and subject it
belongs to and exactly which line of the note it came from.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Literal, cast

from studycli.marked_wrong import CROSS_NOT_TIMES, WRONG_SIGNS, WRONG_WORDS
from studycli.notes.tables import Table, cell_text

if TYPE_CHECKING:
    from markdown_it.token import Token


@dataclass
class Block:
    """One line of a note as the parser reads it: its text, kind and place."""
    line: int                      # 1-based line in the note
    text: str                      # plain text of this line
    kind: str                      # "heading", "item", "para", "cell"
    headings: tuple[str, ...]      # heading trail, outermost first
    parents: tuple[int, ...] = ()  # indexes of enclosing item/lead-in blocks, outermost first
    level: int = 0                 # heading level, for headings
    children: list[int] = field(default_factory=list)  # first-line blocks of nested items
    wrapped_from: int | None = None  # a hard-wrapped line: index of the line before it
    question: int | None = None  # a practice journal's line: index of the question it is under
    struck: bool = False  # an arrow answer the student marks wrong or doubted: it states no fact


@cache
def _markdown(skipped: frozenset[str] = frozenset()):
    """The parser; `skipped`: block rules left out (see _markdown_for)."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": True, "maxNesting": 100}).enable("table")
    md.disable("code")  # notes never mean indented code; normalize() dedents such runs
    if skipped:
        md.disable(sorted(skipped))
    md.core.ruler.at("inline", _inline_with_plain_fast_path)
    for rule in md.block.ruler.__rules__:
        if rule.name in _START_GATES:
            md.block.ruler.at(rule.name, _gated(rule.name, rule.fn), {"alt": rule.alt})
    return md


# Block rules that cannot match anywhere in a text without one of these substrings: a fence
# opens with ``` or ~~~, a quote with >, a reference definition holds "]:", an HTML block
# opens with <, a heading with #, a table's header row holds |. markdown-it tries every rule
# at every block start (and each as a paragraph's end at every line); one that cannot match
# adds no token and ends nothing, so leaving it out changes no token and saves ~5% of parsing
# the shipped notes (tests/test_notes_block_rules.py compares the tokens).
_RULE_NEEDS = (("fence", ("```", "~~~")), ("blockquote", (">",)), ("reference", ("]:",)),
               ("html_block", ("<",)), ("heading", ("#",)), ("table", ("|",)))


# A thematic break ("***", "- - -") or a setext underline ("===", "---") is a line whose text
# from its first marker on is marker characters and spaces: such a line ends in its marker, then
# spaces or tabs (inside a list item or a quote too). A note of bullets has none, and the two
# rules run at every block start and as every paragraph line's possible end (~5% of parsing).
_LINE_PATTERN_NEEDS = (("hr", re.compile(r"([-*_])[ \t]*\1[ \t]*\1[ \t]*$", re.MULTILINE)),
                       ("lheading", re.compile(r"[-=][ \t]*$", re.MULTILINE)))


def _markdown_for(text: str):
    """The parser for `text`: without the block rules that cannot match in it."""
    return _markdown(frozenset(
        [rule for rule, marks in _RULE_NEEDS if not any(mark in text for mark in marks)]
        + [rule for rule, pattern in _LINE_PATTERN_NEEDS if pattern.search(text) is None]))


# A rule kept for a note is still tried at every block start and, as a paragraph's possible
# end, at every paragraph line (a note with one "---" or one "->" tries the thematic-break
# and quote rules ~40,000 times a MB). Each of these can only start on a line whose content,
# after indentation and the markers of the list items and quotes it sits in, opens with its
# mark (a quote ">", an HTML block "<", a heading "#", a fence), or on a line its pattern of
# _LINE_PATTERN_NEEDS ends (a thematic break; a table's delimiter row is the line after its
# start; a setext heading's underline is a later line of its paragraph, before any blank
# line). The lines where one may start are found once per note (_rule_starts), and the rule
# is not called at any other: it would return False there, adding no token and ending nothing.
_LIST_MARKER = r"[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])"  # a list item's marker (CommonMark's)
_CONTAINER_MARKS = re.compile(rf"(?:[ \t>]|{_LIST_MARKER})*")
_OPENING_MARKS = {"blockquote": (">",), "html_block": ("<",), "fence": ("```", "~~~")}
_BREAK = dict(_LINE_PATTERN_NEEDS)["hr"]
_UNDERLINE = dict(_LINE_PATTERN_NEEDS)["lheading"]
# (a heading's or a table's rule returns at once where it cannot start, and notes have many
# headings: looking for where they may start costs more than it saves)
_START_GATES = frozenset([*_OPENING_MARKS, "hr", "lheading"])
_STARTS = "studycli_rule_starts"  # the env key: markdown-it hands env to every rule


@cache
def _marked_line(marks: str) -> re.Pattern:
    """A line whose container marks other than ">" are followed by one of `marks`."""
    return re.compile(r"^(?:[ \t]|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))*[" + re.escape(marks)
                      + "]", re.MULTILINE)


def _line_numbers(pattern: re.Pattern, text: str) -> list[int]:
    """The 0-based lines where `pattern` matches (its matches hold no newline), in order."""
    out: list[int] = []
    line = pos = 0
    for m in pattern.finditer(text):
        line += text.count("\n", pos, m.start())
        pos = m.start()
        if not out or out[-1] != line:
            out.append(line)
    return out


def _rule_starts(text: str, lines: list[str], enabled: frozenset[str]) -> dict:
    """Per gated rule of `enabled`, the lines where it may start (`lines`: the text's)."""
    opening = {rule: marks for rule, marks in _OPENING_MARKS.items() if rule in enabled}
    starts: dict = {rule: set() for rule in opening}
    if opening:
        first_chars = "".join(sorted({mark[0] for marks in opening.values() for mark in marks}))
        for line in _line_numbers(_marked_line(first_chars), text):
            found = _CONTAINER_MARKS.match(lines[line])  # (always matches: all optional)
            end = found.end() if found else 0
            if "blockquote" in opening and ">" in lines[line][:end]:
                starts["blockquote"].add(line)
            for rule, marks in opening.items():
                if lines[line].startswith(marks, end):
                    starts[rule].add(line)
    if "hr" in enabled:
        starts["hr"] = frozenset(_line_numbers(_BREAK, text))
    if "lheading" in enabled:
        starts["lheading"] = (_line_numbers(_UNDERLINE, text),
                              [k for k, line in enumerate(lines) if not line.strip(" \t")])
    return starts


def _gated(name: str, rule):
    """`rule`, not called at a line where it cannot start (its env holding _rule_starts)."""
    if name == "lheading":
        def gated(state, start_line: int, end_line: int, silent: bool) -> bool:
            starts = state.env.get(_STARTS)
            if starts is not None:
                underlines, blanks = starts["lheading"]
                k = bisect_right(underlines, start_line)
                if k == len(underlines):
                    return False  # no underline below
                b = bisect_right(blanks, start_line)
                if b < len(blanks) and blanks[b] < underlines[k]:
                    return False  # the paragraph ends before the next underline
            return rule(state, start_line, end_line, silent)
        return gated

    def gated_at_line(state, start_line: int, end_line: int, silent: bool) -> bool:
        starts = state.env.get(_STARTS)
        if starts is not None and start_line not in starts[name]:
            return False
        return rule(state, start_line, end_line, silent)
    return gated_at_line


# Characters at which one of the inline rules we run (escape, backticks, emphasis, link,
# image, autolink, html_inline, entity) can start something other than plain text. Line
# breaks are plain too: the newline rule only turns them into break tokens.
_INLINE_MARKUP = re.compile(r"[\\`*_\[\]!<&]")


def _inline_with_plain_fast_path(state) -> None:
    """markdown-it's core "inline" rule, except that text holding none of the characters an
    inline rule reacts to becomes its text and break tokens directly: what the inline parser
    would make of it after trying every rule at every "-", ":" or "#" (most note lines and
    hard-wrapped paragraphs are such plain text)."""
    md = state.md
    for token in state.tokens:
        if token.type != "inline":
            continue
        if token.children is None:
            token.children = []
        if _INLINE_MARKUP.search(token.content) is None:
            _plain_inline(token.content, token.children)
        elif not _simple_inline(token.content, state.env, token.children):
            md.inline.parse(token.content, md, state.env, token.children)


# An HTML entity or a numeric character reference may start here (entity rule); "&" before
# anything else is plain text
_ENTITY_START = re.compile(r"&(?:#|[A-Za-z][A-Za-z0-9]*;)")
_STAR_RUN = re.compile(r"\*+")


def _simple_inline(content: str, env: dict, children: list) -> bool:
    """The tokens of a line whose only markup is "*em*", "**bold**" or "***both***" pairs
    (~8% of note lines hold a character _INLINE_MARKUP reacts to, mostly these) or characters
    that open nothing in it: a lone "*", "_" or "`" (nothing to pair with), "&" starting no
    entity, "<" with no ">" after it (no tag, no autolink), "!" before no "[" (no image),
    brackets followed by no "(" (no inline link; no reference link without definitions).
    Appends what markdown-it's inline parser would and returns True; False (nothing
    appended) for any other line."""
    if ("\\" in content or content.count("`") > 1 or content.count("_") > 1
            or "![" in content or ("<" in content and ">" in content[content.index("<"):])
            or ("&" in content and _ENTITY_START.search(content))):
        return False
    if ("[" in content or "]" in content) and ("](" in content or env.get("references")):
        return False
    if content.count("*") <= 1:
        _plain_inline(content, children)  # a lone delimiter stays text, joined to its text
        return True
    runs = [m.span() for m in _STAR_RUN.finditer(content)]
    if len(runs) % 2 or any(
            end - start > 3 or end - start != runs[k + 1][1] - runs[k + 1][0]
            for k, (start, end) in enumerate(runs) if k % 2 == 0):
        return False
    # Each pair emphasis: the opening run can open (a letter or digit after it: left-flanking)
    # and the closing one, as long, can close (one before it: right-flanking), so the emphasis
    # rule pairs them in order (two runs of 1 or 2 sum to no multiple of 3; of 3, to two)
    for k, (start, end) in enumerate(runs):
        if not (content[end:end + 1].isalnum() if k % 2 == 0
                else content[start - 1:start].isalnum()):
            return False
    _emphasis_inline(content, runs, children)
    return True


# The tokens the emphasis rule leaves of a pair's opening and closing run, by its length:
# (type, tag, nesting, markup, level inside the pair's outer level); "text" is an empty text
_OPENING = {1: [("em_open", "em", 1, "*", 0)],
            2: [("text", "", 0, "", 0), ("strong_open", "strong", 1, "**", 0)],
            3: [("em_open", "em", 1, "*", 0), ("text", "", 0, "", 1),
                ("strong_open", "strong", 1, "**", 1)]}
_CLOSING = {1: [("em_close", "em", -1, "*", 0)],
            2: [("strong_close", "strong", -1, "**", 0), ("text", "", 0, "", 0)],
            3: [("strong_close", "strong", -1, "**", 1), ("text", "", 0, "", 1),
                ("em_close", "em", -1, "*", 0)]}


def _emphasis_inline(content: str, runs: list[tuple[int, int]], children: list) -> None:
    """The inline parser's tokens for text and emphasis pairs at `runs` (_simple_inline):
    each run as _OPENING and _CLOSING say; text inside a pair a level deeper per "*" and "**";
    the newline rule as in _plain_inline, on the text since the last token. (Adjacent texts
    are joined afterwards by the text_join rule, as the inline parser's fragments_join
    would.)"""
    from markdown_it.token import Token

    def token(kind: str, tag: str, nesting: int, markup: str, level: int,
              content: str = "") -> Token:
        made = Token(kind, tag, cast("Literal[-1, 0, 1]", nesting))
        made.markup, made.level, made.content = markup, level, content
        return made

    level, pos = 0, 0
    for k in range(len(runs) + 1):
        end = runs[k][0] if k < len(runs) else len(content)
        lines = content[pos:end].split("\n")
        for n, line in enumerate(lines):
            if n:
                line = line.lstrip(" \t")
            if n < len(lines) - 1:
                kind = "softbreak"
                if line.endswith("  "):
                    line, kind = line.rstrip(" "), "hardbreak"
                elif line.endswith(" "):
                    line = line[:-1]
                if line:
                    children.append(token("text", "", 0, "", level, line))
                children.append(token(kind, "br", 0, "", level))
            elif line:
                children.append(token("text", "", 0, "", level, line))
        if k == len(runs):
            break
        length = runs[k][1] - runs[k][0]
        if k % 2 == 0:
            children.extend(token(*spec) for spec in _OPENING[length])
            level = 1 if length < 3 else 2
        else:
            level = 0
            children.extend(token(*spec) for spec in _CLOSING[length])
        pos = runs[k][1]


def _plain_inline(content: str, children: list) -> None:
    """The tokens markdown-it's inline parser makes of markup-free text: a text token per
    line, and between lines the newline rule's break (a hard break after two or more trailing
    spaces, which it drops, as it drops one trailing space before a soft break and the next
    line's leading spaces and tabs)."""
    from markdown_it.token import Token

    lines = content.split("\n")
    last = len(lines) - 1
    for k, line in enumerate(lines):
        if k:
            line = line.lstrip(" \t")
        kind = ""
        if k < last:
            kind = "softbreak"
            if line.endswith("  "):
                line, kind = line.rstrip(" "), "hardbreak"
            elif line.endswith(" "):
                line = line[:-1]
        if line:
            text = Token("text", "", 0)
            text.content = line
            children.append(text)
        if kind:
            children.append(Token(kind, "br", 0))


def _inline_lines(token: Token) -> list[str]:
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


_LIST_OPEN = ("bullet_list_open", "ordered_list_open")
_LIST_CLOSE = ("bullet_list_close", "ordered_list_close")


def to_blocks(text: str, tables: list[Table]) -> tuple[list[Block], list[Table]]:
    """Blocks in note order, and every table (markdown pipe tables included)."""
    md, lines = _markdown_for(text), text.split("\n")
    enabled = frozenset(rule.name for rule in md.block.ruler.__rules__ if rule.enabled)
    # (markdown-it ends a line at "\r" too: its lines would not be these)
    env = {} if "\r" in text else {_STARTS: _rule_starts(text, lines, enabled)}
    builder = _BlockBuilder(md.parse(text, env), lines, list(tables))
    builder.run()
    _link_answers(builder.blocks)
    from studycli.notes.answer_key import link_answer_key, may_hold_key
    if may_hold_key(text):
        link_answer_key(builder.blocks, lines)
    from studycli.notes.cue_answers import join_cue_answers
    join_cue_answers(builder.blocks)
    _attach_tables(builder.blocks, builder.tables)
    return builder.blocks, builder.tables


class _BlockBuilder:
    """One walk over markdown-it's tokens, keeping what is open at each token: the heading
    trail, the lists and items (with the lead-in paragraph that introduces a list) and a table
    being read."""

    def __init__(self, tokens: list[Token], source_lines: list[str], tables: list[Table]):
        self.tokens = tokens
        self.source_lines = source_lines
        self.blocks: list[Block] = []
        self.tables = tables
        self.heading_trail: list[tuple[int, str]] = []
        self.item_stack: list[int | None] = []  # per open list item: index of its first block
        self.lead_in: list[int | None] = []     # per open list: a "Use cases:" paragraph before it
        self.pending_lead: int | None = None
        self.in_item_first_para: list[bool] = []
        self.table_rows: list[list[str]] | None = None
        self.table_lines: list[int] = []

    def run(self) -> None:
        i = 0
        while i < len(self.tokens):
            i = self._step(i)

    def _trail(self) -> tuple[str, ...]:
        return tuple(h for _, h in self.heading_trail)

    def _parents(self) -> tuple[int, ...]:
        out = []
        # Not strict: there is one lead-in per open list and one entry per open item, and a
        # list just opened has no item yet.
        for lead, item in zip(self.lead_in, self.item_stack, strict=False):
            if lead is not None:
                out.append(lead)
            if item is not None:
                out.append(item)
        # a list's lead-in sits before its items; items past the last open list add nothing
        extra = self.lead_in[len(self.item_stack):]
        out.extend(x for x in extra if x is not None)
        return tuple(out)

    def _step(self, i: int) -> int:
        """Handle the token at i; the index of the next token to handle."""
        tok = self.tokens[i]
        t = tok.type
        if t == "heading_open":
            self._heading(i)
            return i + 3  # heading_open, its inline, heading_close
        if t in _LIST_OPEN:
            self.lead_in.append(self.pending_lead)
            self.pending_lead = None
        elif t in _LIST_CLOSE:
            self._close_list(i)
        elif t == "list_item_open":
            self.item_stack.append(None)
            self.in_item_first_para.append(True)
        elif t == "list_item_close":
            if self.item_stack:
                self.item_stack.pop()
                self.in_item_first_para.pop()
        elif t == "inline" and tok.map and self.table_rows is None:
            self._paragraph(i, tok.map[0])
        elif t == "html_block" and tok.map:
            self._html_block(tok, tok.map[0])
        else:
            self._table_token(tok)
        return i + 1

    def _heading(self, i: int) -> None:
        tok = self.tokens[i]
        level = int(tok.tag[1])
        line = (tok.map[0] + 1) if tok.map else 0
        htext = " ".join(s.strip() for s in _inline_lines(self.tokens[i + 1])).strip()
        while self.heading_trail and self.heading_trail[-1][0] >= level:
            self.heading_trail.pop()
        self.blocks.append(Block(line, htext, "heading", self._trail(), level=level))
        self.heading_trail.append((level, htext))
        self.pending_lead = None

    def _close_list(self, i: int) -> None:
        if not self.lead_in:
            return
        # A label over a list still heads the next list when the bullet style changes.
        closed = self.lead_in.pop()
        nxt = self.tokens[i + 1].type if i + 1 < len(self.tokens) else ""
        if nxt in _LIST_OPEN and not self.item_stack:
            self.pending_lead = closed

    def _paragraph(self, i: int, start: int) -> None:
        """A paragraph's lines (start: its 0-based first line), then whether it introduces
        the list after it."""
        in_item = bool(self.item_stack)
        first_of_item = in_item and self.in_item_first_para[-1]
        self._paragraph_lines(_inline_lines(self.tokens[i]), start, in_item, first_of_item)
        if in_item:
            self.in_item_first_para[-1] = False
        # A short paragraph ending in ":" introduces the list that follows it, and so does a
        # line naming its topic with the list indented under it.
        last = self.blocks[-1] if self.blocks else None
        nxt = self.tokens[i + 2].type if i + 2 < len(self.tokens) else ""
        if (last is not None and not first_of_item and nxt in _LIST_OPEN
                and (_introduces(last.text)
                     or (not in_item and _names_a_topic(last.text)
                         and self._list_indented_under(last.line - 1, self.tokens[i + 2])))):
            self.pending_lead = len(self.blocks) - 1
        elif not in_item:
            self.pending_lead = None

    def _leads_what_follows(self, line: int) -> bool:
        """A glossary's "SQS (Simple Queue Service) — pull-based queue" at column 0 right
        after another term's indented list, with its own list indented under it: markdown
        reads the line as the list item's lazy continuation and the items after it as the
        same list's, led by the first term ("S3 (Simple Storage Service)": SQS's message
        size was S3's). The student's indentation says the items are this line's, as a list
        indented under a line that names its topic is (_list_indented_under).

        Only after an item of a list at the top (a glossary's terms are its outermost lines:
        under a nested item, the outer list's later items are not this line's), and only a
        line that starts a sentence of its own: "- visibility timeout 30 s; unlike the
        stream in" / "Kinesis Data Streams, a message is deleted once read" is the item's
        sentence wrapped, and the list under it the item's, not Kinesis's."""
        if len(self.item_stack) != 1 or len(self.lead_in) != 1 \
                or line + 1 >= len(self.source_lines):
            return False
        if _continues(self.source_lines[line - 1], self.source_lines[line]):
            return False
        below = self.source_lines[line + 1]
        return below.startswith((" ", "\t")) and _BULLET.match(below.lstrip()) is not None

    def _list_indented_under(self, line: int, list_open: Token) -> bool:
        """A list indented under a line that names its topic ("CloudWatch = performance
        monitoring" over "  - Logs: retention default = never expire") is that line's, as a
        list under a "Use cases:" label is: the student's indentation says so. Only a line
        that opens with a short name and "=", ":" or a dash (_NAMES_A_TOPIC): "kinesis ->
        lambda = ESM, in-order per shard" names two things, and its items ("batch window max
        5 min") are not about the first."""
        if not list_open.map:
            return False
        own, first = self.source_lines[line], self.source_lines[list_open.map[0]]
        return len(first) - len(first.lstrip(" ")) > len(own) - len(own.lstrip(" "))

    def _paragraph_lines(self, lines: list[str], start: int, in_item: bool,
                         first_of_item: bool) -> None:
        trail = self._trail()
        par = self._parents()
        prose = _is_wrapped_prose(lines)
        for k, line_text in enumerate(lines):
            stripped = line_text.strip()
            if not stripped:
                continue
            if k and in_item and not self.source_lines[start + k].startswith((" ", "-", "*", "+")):
                # Lazy continuation at column 0 (pasted text after an outline): its own line.
                self.blocks.append(Block(start + k + 1, stripped, "para", trail, ()))
                if k == len(lines) - 1 and self._leads_what_follows(start + k):
                    self.lead_in[-1] = len(self.blocks) - 1
                continue
            kind = "item" if first_of_item and k == 0 else "para"
            wrapped = (len(self.blocks) - 1
                       if k and (_wraps(lines[k - 1], stripped, prose)
                                 or self._hangs(start + k, lines[k - 1], stripped)) else None)
            qa = _INLINE_ANSWER.search(stripped) if kind == "para" and wrapped is None else None
            struck = False
            if qa is not None and _QUESTION.match(stripped):
                # "Q: What's the max item size in DynamoDB? A: 400 KB per item": an interview
                # drill's question and answer on one line are two blocks, as on two lines
                # (read as one, the line was a question: no rule but the question's read it)
                self.blocks.append(Block(start + k + 1, stripped[:qa.start() + 1], kind,
                                         trail, par))
                stripped = stripped[qa.start() + 1:].strip()
            elif wrapped is None and _QUESTION.match(stripped) \
                    and (arrow := _INLINE_ARROW_ANSWER.search(stripped)) is not None \
                    and "?" not in stripped[arrow.end():]:
                # "q: function needs more CPU -> increase memory ... 128 MB up to 10,240 MB":
                # an exam debrief's question and the answer it led to, one line; the question
                # a block of its own (a paragraph: an item stays one item), the answer after it.
                # An arrow the question asks on past ("Q: producer -> Kinesis -> S3, buffer
                # interval max?") is the question's own: what it asks is after it
                self.blocks.append(Block(start + k + 1, stripped[:arrow.start()], "para",
                                         trail, par))
                stripped = stripped[arrow.end():].strip()
                # "q: sqs max visibility timeout -> 15 min (wrong)": the student's wrong answer
                struck = MARKED_WRONG_OR_DOUBTED.search(stripped) is not None
            self.blocks.append(Block(start + k + 1, stripped, kind, trail, par,
                                     wrapped_from=wrapped, struck=struck))
            if kind == "item":
                idx = len(self.blocks) - 1
                self.item_stack[-1] = idx
                if par:
                    self.blocks[par[-1]].children.append(idx)
                par = self._parents()

    def _hangs(self, at: int, previous: str, line: str) -> bool:
        """"User data runs once at first boot, as root," over "  max 16 KB", "Deregistration
        delay (connection draining)" over "  default 300 s, range 1-3600 s": a line indented
        deeper than the one before it, in a paragraph of a scan or a plain-text note, goes on
        what that one said (read alone, the 16 KB was EBS's "size"). Only after a comma, or
        after words with no number that the line goes on in lower case with a number; never
        a line that opens with a label of its own."""
        if at < 1 or at >= len(self.source_lines):
            return False
        own, above = self.source_lines[at], self.source_lines[at - 1]
        if len(own) - len(own.lstrip(" ")) < len(above) - len(above.lstrip(" ")) + 2:
            return False
        previous = previous.rstrip()
        if (previous.endswith((".", "!", "?", ":", ";")) or _ITEM_MARKER.match(line)
                or _names_a_topic(line)):
            return False  # "sync: API GW, ALB, ..." under "invocation types": a label's own line
        return previous.endswith(",") or (
            line[:1].islower() and any(ch.isdigit() for ch in line)
            and not any(ch.isdigit() for ch in previous))

    def _table_token(self, tok: Token) -> None:
        """A pipe table's tokens become a Table of its rows; any other token is left alone."""
        t = tok.type
        if t == "table_open":
            self.table_rows, self.table_lines = [], []
        elif self.table_rows is None:
            return
        elif t == "tr_open":
            self.table_rows.append([])
            self.table_lines.append((tok.map[0] + 1) if tok.map else 0)
        elif t == "inline":
            self.table_rows[-1].append(" ".join(s.strip() for s in _inline_lines(tok)).strip())
        elif t == "table_close":
            self.tables.append(Table(self.table_rows, self.table_lines))
            self.table_rows = None

    def _html_block(self, tok: Token, start: int) -> None:
        trail = self._trail()
        for k, raw in enumerate(tok.content.split("\n")):
            plain = cell_text(raw)
            if plain:
                self.blocks.append(Block(start + k + 1, plain, "para", trail, self._parents()))


_QUESTION = re.compile(r"^(?:Q|Question)\s*\d*\s*[:.)-]\s*\S", re.IGNORECASE)
# where the answer opens, after a question mark, on the question's own line
_INLINE_ANSWER = re.compile(r"\?\s+(?=(?:A|Ans|Answer)\s*[:.)-]\s*\S)", re.IGNORECASE)
_ANSWER = re.compile(r"^(?:(?:A|Ans|Answer|Why|Correct|Right)\s*\d*\s*[:.)-]\s*\S|[✓✔✅☑])",
                     re.IGNORECASE)
# an answer on the line under its question, after an arrow ("Q: max visibility timeout?" /
# "-> 12 h"): one only there, where the question ends in "?" (an arrow line under a practice
# log's "Q12 (got it wrong) - ..." is its explanation, not its answer)
_ARROW_LINE_ANSWER = re.compile(r"^(?:-{1,2}>|—>|→|=>|⇒)\s*\S")
# an arrow line the student marks wrong or doubts is no answer: "-> 15 min ✗", "-> 15 min
# (wrong)", "-> 15 min?? not sure" (read as the answer, "15 min" was the card's value)
MARKED_WRONG_OR_DOUBTED = re.compile(rf"[{WRONG_SIGNS}?]|{CROSS_NOT_TIMES}|{WRONG_WORDS}",
                                     re.IGNORECASE)
# where the answer opens after an arrow, on a question's own line ("q: ... -> answer")
_INLINE_ARROW_ANSWER = re.compile(r"\s(?:->|→|=>|⇒)\s+(?=\S)")


# "wrong: Rolling", "✗ I picked B": the choice the student got wrong, under its question (not
# "❌", which emoji cheat sheets put before an error code)
_WRONG_CHOICE = re.compile(r"^(?:wrong|incorrect|picked|i\s+picked)\s*[:.)-]\s*\S|^[✗✘]",
                           re.IGNORECASE)


def _asks(blocks: list[Block], j: int) -> bool:
    """A question: "Q: ..." / "Q12. ...", or a mistakes log's topic line with the student's
    wrong and right answers on the lines straight after it ("[set3] CFN limits" over "wrong:
    60 parameters" / "right: 200 parameters ... 1 MB from S3": the answer is CloudFormation's,
    not the S3 it names in passing)."""
    text = blocks[j].text
    if _QUESTION.match(text):
        return True
    nxt = blocks[j + 1] if j + 1 < len(blocks) else None
    # (the line after first: it is seldom a wrong choice, so most lines cost one look)
    return (nxt is not None and nxt.line == blocks[j].line + 1
            and _WRONG_CHOICE.match(nxt.text) is not None and blocks[j].kind != "heading"
            and not _ANSWER.match(text) and not _WRONG_CHOICE.match(text))


def _link_answers(blocks: list[Block]) -> None:
    """Flashcard and practice-exam notes ("Q: ...", then "A: ..." or "✓ ..."): the question
    is the answer's context."""
    asks = [_asks(blocks, j) for j in range(len(blocks))]
    for i in range(1, len(blocks)):
        if not _ANSWER.match(blocks[i].text):
            if _answers_the_line_above(blocks, asks, i):
                if MARKED_WRONG_OR_DOUBTED.search(blocks[i].text) is None:
                    blocks[i].parents = blocks[i].parents + (i - 1,)
                else:
                    blocks[i].struck = True  # "-> 15 min (wrong)": no answer, no fact
            continue
        for j in range(i - 1, max(-1, i - 4), -1):
            if asks[j]:
                blocks[i].parents = blocks[i].parents + (j,)
                break
    # A practice journal's answer and explanation lines ("-> event history keeps 90 days ...",
    # "note: ...", a bare line) go on under the question up to the next blank line: a service
    # they only name in passing ("for longer, create a trail to S3") is not what they are about
    for j, question in enumerate(blocks):
        if question.kind == "heading" or not asks[j]:
            continue
        line = question.line
        for k in range(j + 1, min(len(blocks), j + 1 + _EXPLANATION_LINES)):
            block = blocks[k]
            if (block.line != line + 1 or block.kind == "heading" or asks[k]):
                break
            line = block.line
            block.question = j


_EXPLANATION_LINES = 12


def _answers_the_line_above(blocks: list[Block], asks: list[bool], i: int) -> bool:
    """Whether block i is an arrow's answer to the question on the line straight above it."""
    above = blocks[i - 1]
    return (_ARROW_LINE_ANSWER.match(blocks[i].text) is not None and asks[i - 1]
            and above.line + 1 == blocks[i].line and above.kind != "heading"
            and above.text.rstrip(" *_`").endswith("?"))


# Words no sentence ends on. Looked up as the line's last word: a regex anchored at the end
# would scan the whole line for every line of a long transcript.
_OPEN_ENDING = frozenset("the a an of to for in on at by with and or but is are was can will "
                         "from as that which it you your its their than into per".split())


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
    if sum(1 for line in lines if _LEADER_DOTS.search(line)) * 2 >= len(lines):
        return False  # rows of a table set with leader dots ("item size ...... 400 KB"):
        # as wide as each other because their values line up, not because a tool wrapped them
    width = max(lengths)
    breaks = range(len(lines) - 1)
    full = sum(1 for k in breaks
               if lengths[k] + 1 + len(_first_word(lines[k + 1])) > width - _WIDTH_SLACK)
    return full * 3 >= len(breaks) * 2


_LEADER_DOTS = re.compile(r"\S \.{4,} \S|\S\s*…{2,}")
# wrapping tools count a trailing space or a tab's width differently
_WIDTH_SLACK = 2

# A line opening on a marker ("-> fix", "✓ GSI", "✗ timeout", "• max 5") is a new statement.
_BULLET = re.compile(_LIST_MARKER)
_ITEM_MARKER = re.compile(r"^(?:[-=~>→⇒•·✓✔✗✘×*+#|]|<-)")


# a line ending where a range's far end must follow ("from 1 minute to", "between 1 and",
# "128 -"), and a line opening on that end ("14 days", "10,240 MB")
_RANGE_OPEN = re.compile(
    r"(?<![\w.])\d[\d,.]*\s*[A-Za-z%/]{0,12}\s*(?:to|through|thru|and|-|–|—|\.\.)$", re.IGNORECASE)
_RANGE_CLOSE = re.compile(r"\d[\d,]*(?:\.\d+)?(?![\d.)])")  # ("2." / "2)": a list's number)


def _wraps(previous: str, line: str, prose: bool) -> bool:
    """Was the line before hard-wrapped mid-sentence? Long, no closing punctuation, and either
    ending on a comma or a word no sentence ends on, or (in a paragraph a tool wrapped) wrapped
    at a typical width or followed by lower case.

    A cheat sheet's lines ("sync invoke payload 6MB req/resp" under a 76-character line) are
    separate statements even without a full stop: joined, one line's number would go to
    another line's subject."""
    previous = previous.rstrip()
    if _RANGE_OPEN.search(previous) and _RANGE_CLOSE.match(line) \
            and _one_range_across(previous, line):
        # "- Lambda timeout: 1 second to" / "15 minutes (default 3 s)": a range the wrap cut
        # in two, however short the line (read apart, each half lost its end, and the range)
        return True
    if len(previous) < 50 or previous.endswith((".", "!", "?", ":", ";")):
        return False
    if _ITEM_MARKER.match(line):
        return False
    if _open_ended(previous):
        return True
    return prose and (len(previous) >= 72 or line[:1].islower()
                      or _name_broken(previous, line))


def _continues(previous: str, line: str) -> bool:
    """Whether `line` reads as the rest of `previous`'s sentence: the line before ends on a
    comma, a hyphen, an opening bracket, "/", "&", "+" or a word no sentence ends on
    ("unlike the stream in", "memory from"), or the line opens in lower case."""
    previous, line = previous.rstrip(), line.strip()
    return previous.endswith(("-", "(", "/", "&", "+")) or _open_ended(previous) \
        or line[:1].islower()


def _open_ended(previous: str) -> bool:
    """Whether `previous` (stripped at its end) ends on a comma or a word no sentence ends
    on: what _wraps and _continues both read as a sentence going on."""
    return previous.endswith(",") or _last_word(previous).lower() in _OPEN_ENDING


def _one_range_across(previous: str, line: str) -> bool:
    """Whether the two lines joined read as one range across the break, both ends in one
    dimension ("1 second to" / "15 minutes"), and an "and" only after "between": "Item size
    max 400 KB and" / "10 GB per partition key" are two facts, and "1000 per region -" /
    "100 ms billing" no range."""
    from studycli.extract.quantities import find_quantities

    if previous.lower().endswith("and") and not _BETWEEN_AND.search(previous):
        return False
    joined = f"{previous} {line}"
    return any(q.is_range and q.start < len(previous) < q.end
               for q in find_quantities(joined))


_BETWEEN_AND = re.compile(r"\bbetween\s+\d[\d,.]*\s*[A-Za-z%/]{0,12}\s*and$", re.IGNORECASE)


def _name_broken(previous: str, line: str) -> bool:
    """"... and Kinesis Data" / "Firehose. Note that ...": a service's name runs across the
    break, so the line goes on the sentence before (its first word is no sentence's start)."""
    from studycli.services import find_services

    tail = previous[-40:]
    joined = f"{tail} {line[:40]}"
    return any(m.start < len(tail) < m.end for m in find_services(joined))


# "CloudWatch = ...", "CloudTrail: ...", "Step Functions - ...": a name of up to three words
# (no number, no arrow) that the rest of the line defines
_NAMES_A_TOPIC = re.compile(r"[A-Za-z][\w&/.+]*(?:[ \t]+[A-Za-z][\w&/.+]*){0,2}[ \t]*"
                            # "SQS (Simple Queue Service) — ...": a name's expansion, two or
                            # more words in title case (_names_a_topic: from the name's
                            # first letter)
                            r"(?:\((?=[^()\n]{1,40}\))(?P<expansion>[A-Z][\w&/.+-]*"
                            r"(?:[ \t]+(?:and|of|for|&|[A-Z][\w&/.+-]*)){1,5})\)[ \t]*)?"
                            r"(?:=(?![>=])|:(?!//)|[ \t][-–—][ \t])")


def _names_a_topic(text: str) -> bool:
    """Whether `text` opens with a short name the rest of the line defines (_NAMES_A_TOPIC),
    a bracket after the name only as its expansion, which starts with the name's letter
    ("SQS (Simple Queue Service)", "EC2 (Elastic Compute Cloud)"): "async (Event
    Invocation): S3, SNS -> Lambda retries" names a mode's other name, its list no S3's."""
    m = _NAMES_A_TOPIC.match(text)
    if m is None:
        return False
    expansion = m.group("expansion")
    return expansion is None or expansion[0].lower() == text[0].lower()


def _introduces(text: str) -> bool:
    """"Use cases:" or a bare label like "**SQS**" introduces the list below it."""
    words = len(text.split())
    if re.search(r"\bvs\.?\b|\bversus\b", text, re.IGNORECASE):
        return words <= 10
    if text.endswith(":"):
        return not _aside_named_before(text)
    return words <= 4 and not text.endswith((".", "!", "?")) \
        and ": " not in text  # "status: reviewing" is a property


# a sentence's end inside a line, another sentence after it
_SENTENCE_END = re.compile(r"[.!?][)\]]?\s+(?=[A-Z(])")


def _aside_named_before(text: str) -> bool:
    """Whether a line ending in a label ("... nothing is pushed (thats SNS). Two queue
    types:") names a service in an aside before the label's: the list under it is not
    that service's (SQS's queue types were filed under SNS), and the label alone names none
    to lead it."""
    ends = list(_SENTENCE_END.finditer(text))
    if not ends:
        return False
    from studycli.services import find_services

    # only a service named inside a parenthesised aside: "EventBridge routes events. Rule
    # targets:" names the very service its list is about
    asides = " ".join(re.findall(r"\(([^()]*)\)", text[:ends[-1].end()]))
    return bool(find_services(asides)) and not find_services(text[ends[-1].end():])


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
