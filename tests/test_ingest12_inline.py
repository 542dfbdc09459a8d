"""Lines whose only markup is emphasis pairs ("*a*", "**b**", "***c***") or marks that open
nothing in them skip markdown-it's inline parser (notes/blocks.py _simple_inline): the tokens
must be exactly the inline parser's, for random lines rich in stars, brackets, entities,
angle brackets, backticks and line breaks."""

from __future__ import annotations

import random

from markdown_it import MarkdownIt

from studycli.notes.blocks import _INLINE_MARKUP, _markdown, _simple_inline
from tests.helpers import token_rows


def _full() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": True, "maxNesting": 100}).enable("table")
    md.disable("code")
    return md


def _tokens(md: MarkdownIt, text: str) -> list:
    return token_rows(md.parse(text))


_PIECES = ["*", "**", "***", "****", "a", "SQS", "9", "é", " ", "  ", "\t", "\n", "\n  ", ":",
           "(", ")", "-", ".", ",", "_", "`", "&", "&amp;", "&#35;", "&x", "<", ">", "<b>", "!",
           "![", "[", "]", "](", "\\"]


def test_random_lines_give_the_inline_parsers_tokens():
    ours, full = _markdown(), _full()
    rng = random.Random(1212)
    fast = 0
    for _ in range(3000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 16)))
        if _INLINE_MARKUP.search(text) and _simple_inline(text, {}, []):
            fast += 1
        assert _tokens(ours, text) == _tokens(full, text), repr(text)
    assert fast > 300  # the fast path is taken often enough to be tested


def test_note_lines_with_emphasis_give_the_inline_parsers_tokens():
    ours, full = _markdown(), _full()
    lines = ["**SQS**: max message size **256 KB**", "Functions use a ***runtime*** (e.g. 3.8)",
             "Lambda responds if it *succeeds* or *fails*", "**Storage**: 512 MB  \nto 10 GB",
             "S3 & EFS < 5 ms", "[note] see below!", "a * b = c", "max_retries `x",
             "**bold** then [link](http://x)", "**(x)**", "** x**", "x**y**z", "***a** b*"]
    for text in lines:
        assert _tokens(ours, text) == _tokens(full, text), text


def test_reference_definitions_keep_brackets_on_the_inline_parser():
    # "[x]" is a link when the note defines x: the fast path must not read it as text
    text = "see [x] for more\n\n[x]: http://example.com\n"
    assert _tokens(_markdown(), text) == _tokens(_full(), text)
    assert not _simple_inline("see [x] for more", {"references": {"X": {}}}, [])
