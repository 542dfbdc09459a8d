"""Which markup a note is written in, read off its lines, for a note whose name does not
say: a DokuWiki or Zim page, a forum post in BBCode, a Textile, Typst or AsciiDoc document
saved as `.txt`.

Read as plain text such a note lost its headings (the service every fact below one is of), its
tables and its lists. A markup is named only on enough evidence: several lines that only that
markup writes (`====== Page ======` with `^ head ^` table rows, `h2.` headings, `[b]..[/b]`
over `[*]` items), more of them than the note has markdown headings and table rules. A plain
note with one stray `[b]` or one line of `= x` is read as it is written.
"""

from __future__ import annotations

import re

from studycli.fences import in_fence_mask
from studycli.formats.hash_comments import comment_runs
from studycli.formats.kindle import SEPARATOR as _KINDLE_SEPARATOR
from studycli.formats.kindle import clipping_headers
from studycli.formats.man_page import is_man_page
from studycli.formats.mdx import ESM_STATEMENT
from studycli.formats.slides_text import is_slide_deck
from studycli.formats.troff import is_troff
from studycli.notes.terminal_log import is_session  # normalize reads a log as one

# how many of a note's first lines are looked at: a markup shows in its first pages
SNIFF_LINES = 4000

_ZIM = re.compile(r"^Content-Type:\s*text/x-zim-wiki\s*$", re.IGNORECASE)
# signature lines of each markup, each line counted once
_WIKI_HEADING = re.compile(r"^\s*(={2,6})[ \t]*[^=\s].*?[ \t]*\1\s*$")
_DOKU_TABLE = re.compile(r"^\s*\^.*\^\s*$")
# ("p." is no evidence: "p. 42 of the guide")
_TEXTILE = re.compile(r"^(?:h[1-6]|bq|bc)(?:\([^()]*\)|\{[^{}]*\}|[<>=]+)*\.\s+\S|^\|_\.\s")
_TEXTILE_HEADING = re.compile(r"^h[1-6]\.\s")
# a section's title opens with a word, after a blank line: "= 20 RCU" under a sum is no title
_TYPST_HEADING = re.compile(r"^=+ +[^\W\d_](?!.*=\s*$)")
_TYPST_CALL = re.compile(r"^#(?:set|show|import|include|let|table|grid|figure|align|image)\b")
# (the text between a tag and its close holds no other of that tag: from each "[b" of a line
# of them a pattern went up to 500 characters on, and a line of 300 KB took seconds)
_BBCODE = re.compile(r"\[(b|i|u|s|url|quote|code|list|size|color|colour|img|table|h[1-6])\b"
                     r"[^\]]{0,60}\](?:(?!\[/?\1\b).){0,500}?\[/\1\]|^\s*\[\*\]|^\s*\[/?(?:list|quote|code|table)\b",
                     re.IGNORECASE)
_ASCIIDOC = re.compile(r"^(?:\|===|:[\w-]+:(?:\s|$)|\[(?:source|NOTE|TIP|WARNING|IMPORTANT|"
                       r"CAUTION|cols|%header)\b|(?:----|====|\*\*\*\*|\.\.\.\.)\s*$)")
_MDX_ESM = ESM_STATEMENT
_MDX_TAG = re.compile(r"^\s*</?[A-Z][\w.]*(?=[\s/>]|$)")
_MDX_CLOSE = re.compile(r"^\s*</[A-Z][\w.]*>|/>\s*$")
# markdown's own: a heading, a table's rule line
_MARKDOWN = re.compile(r"^\s{0,3}#{1,6}\s+\S|^\s*\|?\s*:?-{3,}:?\s*\|")


def markup_of(lines: list[str]) -> str | None:
    """The markup of a note's `lines` ("dokuwiki", "mediawiki", "textile", "typst",
    "asciidoc", "bbcode", "mdx", "kindle clippings", "slides text", "man page", "troff",
    "gift", "aiken", "page columns", "log records", "git log" or "hash comments":
    plain text whose `#` lines are comments), or None for markdown and plain text, or
    evidence too thin to tell."""
    head = lines[:SNIFF_LINES]
    whole = _export_of(head)
    if whole:
        return whole
    # a code fence's lines are code (a shell script's "# comments", a JSX snippet): no markup
    every_line, head = head, [x for x, f in zip(head, in_fence_mask(head), strict=True) if not f]
    wiki = [m for line in head if (m := _WIKI_HEADING.match(line))]
    doku_tables = _count(_DOKU_TABLE, head)
    textile = _count(_TEXTILE, head)
    typst_headings = sum(1 for k, line in enumerate(head)
                         if _TYPST_HEADING.match(line) and (k == 0 or not head[k - 1].strip()))
    typst_calls = _count(_TYPST_CALL, head)
    asciidoc = _count(_ASCIIDOC, head)
    bbcode = _count(_BBCODE, head)
    esm, tags = _count(_MDX_ESM, head), _count(_MDX_TAG, head)
    closed = _count(_MDX_CLOSE, head) if tags else 0
    scores: dict[str, int] = {}
    if len(wiki) >= 2 or (wiki and doku_tables):
        levels = [len(m.group(1)) for m in wiki]
        # DokuWiki: its page opens with its most-"=" title, its tables "^"; MediaWiki opens
        # with its fewest ("== Databases ==" over a "===== Kinesis =====" is MediaWiki's)
        doku = doku_tables or (levels[0] == max(levels) and (levels[0] > min(levels)
                                                             or levels[0] >= 5))
        scores["dokuwiki" if doku else "mediawiki"] = len(wiki) + doku_tables
    if textile >= 3 or _count(_TEXTILE_HEADING, head) >= 2:
        scores["textile"] = textile
    # Typst and AsciiDoc both head a section "= Title": told apart by Typst's "#set",
    # "#table(" lines and AsciiDoc's "|===" tables, ":attributes:" and "----" blocks
    if typst_headings and typst_calls > asciidoc and typst_headings + typst_calls >= 3:
        scores["typst"] = typst_headings + typst_calls
    elif typst_headings and typst_headings + asciidoc >= 3 and (asciidoc or typst_headings >= 3):
        scores["asciidoc"] = typst_headings + asciidoc
    if bbcode >= 3:
        scores["bbcode"] = bbcode
    # components imported and used; or many, closed (a pasted XML reply's <Key> lines are no
    # page: they are not both)
    if (esm and tags) or (tags >= 4 and closed >= 2 and not any("<?xml" in x for x in head[:3])):
        scores["mdx"] = esm + tags
    if not scores:
        # (a terminal session's log is the markdown path's own: notes/normalize.py reads its
        # comments as items and its commands' output as no notes)
        return ("hash comments" if len(comment_runs(every_line)) >= 2
                and not is_session(every_line) else None)
    best = max(scores, key=scores.__getitem__)
    ranked = sorted(scores.values(), reverse=True)
    if len(ranked) > 1 and ranked[1] == ranked[0]:
        return None  # two markups as likely: neither is read into the note
    if _count(_MARKDOWN, head) >= scores[best]:
        # markdown, quoting another markup's syntax (or an MDX page saved as .txt: as
        # markdown it is read as it was before MDX was known, its prose never blanked)
        return None
    return best


def _export_of(head: list[str]) -> str | None:
    """The markup of a note laid out whole by the tool that wrote it (a Zim page, a Kindle's
    clippings, a slide deck saved as text), or None."""
    if any(_ZIM.match(line) for line in head[:3]):
        return "dokuwiki"  # Zim writes DokuWiki's markup under its header
    # a Kindle's clippings: title and header over each highlight, separators between them
    # (two at least: one quoted clipping in a note is no export)
    if clipping_headers(head) >= 2 and _count(_KINDLE_SEPARATOR, head) >= 2:
        return "kindle clippings"
    # a slide deck saved as text: blocks that end in their page number, counting up
    if is_slide_deck(head):
        return "slides text"
    # a page laid out as a manual page (`aws s3 help` saved): sections headed in capitals
    if is_man_page(head):
        return "man page"
    # its troff source (`lambda.1`): .TH and .SH requests
    if is_troff(head):
        return "troff"
    # facts kept one a line as log records, or a `git log -p` of notes (formats/log_records.py;
    # imported here, where a note gets this far: json and its patterns are ~4 ms)
    from studycli.formats.log_records import is_git_log, is_log_of_notes

    if is_git_log(head):
        return "git log"
    if is_log_of_notes(head):
        return "log records"
    # a page printed in two columns, copied with its layout (formats/page_columns.py);
    # imported here, where a note gets this far: their modules and patterns cost a few ms
    from studycli.formats.page_columns import columns_found
    from studycli.formats.quiz_banks import quiz_bank_of

    if columns_found(head):
        return "page columns"
    # a quiz bank written for Moodle to import (GIFT's "{=right ~wrong}", Aiken's "ANSWER: B")
    return quiz_bank_of(head)


def _count(pattern: re.Pattern, lines: list[str]) -> int:
    return sum(1 for line in lines if pattern.search(line))
