"""Plain lines skip markdown-it's inline parser (notes/blocks.py): the tokens must be exactly
the ones the inline parser makes, for plain lines and for lines with every kind of markup."""

from __future__ import annotations

import random

from markdown_it import MarkdownIt

from studycli.notes.blocks import _markdown
from tests.helpers import token_rows


def _reference() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": True, "maxNesting": 100}).enable("table")
    md.disable("code")
    return md


def _tokens(md: MarkdownIt, text: str) -> list:
    return token_rows(md.parse(text))


def test_plain_and_marked_up_lines_give_the_inline_parsers_tokens():
    ours, reference = _markdown(), _reference()
    lines = ["- Lambda timeout max 900 s: default 3 s", "# SQS = queue #2 (FIFO) 50% ^ {x} ~y",
             "**bold** and _em_ and `code`", "[link](http://x) ![img](y) <b>x</b> &amp; \\*",
             "a line  \nwith a hard break", "soft \n  break\n\tand tab", "trailing   \n   ",
             "| a | b |\n|---|---|\n| 1 s | 2 MB |", "", "   "]
    rng = random.Random(7)
    pieces = [*"abc -:+=#$%>@^{}~|()/.,;'\"09*_`[]!<&\\\n\t", "Lambda ", "max ", "900 s ",
              "  \n", " \n", "\n  ", "\n\t", "   "]
    plain = [p for p in pieces if not any(c in p for c in "*_`[]!<&\\")]  # the fast path
    for kind in (pieces, plain):
        lines += ["".join(rng.choice(kind) for _ in range(rng.randint(1, 50)))
                  for _ in range(1500)]
    for text in lines:
        assert _tokens(ours, text) == _tokens(reference, text), text
