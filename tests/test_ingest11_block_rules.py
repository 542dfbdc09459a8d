"""markdown-it runs without the thematic-break and setext-heading rules when no line of the
text can be one (notes/blocks.py _LINE_PATTERN_NEEDS): its tokens must be the full parser's,
for texts with such lines in every place (in lists, quotes, after paragraphs) and without."""

from __future__ import annotations

import random

from studycli.notes.blocks import _LINE_PATTERN_NEEDS, _markdown, _markdown_for
from tests.helpers import token_rows


def _tokens(md, text: str) -> list:
    return token_rows(md.parse(text))


def test_texts_with_and_without_breaks_and_underlines_give_the_full_parsers_tokens():
    full = _markdown()
    rng = random.Random(12)
    lines = ["- Lambda timeout max 900 s", "  - nested 3 s", "1. first", "2) second",
             "para line", "wrapped on -", "ends with =", "", "***", "* * *", "---", "- - -",
             "___", "_ _ _", "--", "==", "===", "=", "-", "  ---  ", "\t***", "- ***",
             "  - ---", "> ---", "> ===", ">> - - -", "1. ___", "Title", "a -- b", "x ==",
             "    ---", "- item\twith tab", "**bold** *em* _u_", "text - not a break",
             "# Heading", "| a | b |", "|---|---|", "-x-", "*-*", "- -"]
    texts = ["\n".join(rng.choice(lines) for _ in range(rng.randint(1, 30)))
             for _ in range(800)]  # 800 meet every gate both ways; more cost seconds, not cases
    skipped: set[str] = set()
    kept: set[str] = set()
    for text in texts:
        md = _markdown_for(text)
        for rule in md.block.ruler.__rules__:
            (kept if rule.enabled else skipped).add(rule.name)
        assert _tokens(md, text) == _tokens(full, text), text
    gated = {rule for rule, _ in _LINE_PATTERN_NEEDS}
    assert gated <= skipped and gated <= kept  # each rule both left out and run somewhere


def test_a_note_of_bullets_runs_neither_rule():
    md = _markdown_for("## SQS\nLimits:\n- max message size 256 KB\n    - retention 4 days\n")
    enabled = {rule.name for rule in md.block.ruler.__rules__ if rule.enabled}
    assert not enabled & {rule for rule, _ in _LINE_PATTERN_NEEDS}
    assert "list" in enabled
