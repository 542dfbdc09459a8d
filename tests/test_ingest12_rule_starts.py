"""markdown-it's quote, HTML-block, fence, thematic-break and setext-heading rules are called
only at the lines where they may start (notes/blocks.py _rule_starts): the tokens must be the
full parser's, for texts with such lines in every place (in list items, in quotes, after
paragraphs, with arrows and stray marks mid-line) and for every development note."""

from __future__ import annotations

import random
from pathlib import Path

from markdown_it import MarkdownIt

from studycli.notes.blocks import _STARTS, _markdown_for, _rule_starts
from studycli.notes.normalize import normalize
from tests.helpers import a_share, token_rows

REPO = Path(__file__).resolve().parent.parent
DEVELOPMENT = ["content", "tests/data/unseen_notes", "tests/data/unseen2_notes",
               "tests/data/unseen3_notes", "tests/data/unseen4_notes", "tests/data/unseen6_notes",
               "tests/data/unseen8_notes", "tests/data/unseen9_notes", "tests/data/unseen11_notes",
               "tests/data/unseen12_notes", "tests/data/unseen13_notes",
               "tests/data/unseen14_notes", "tests/data/unseen15_notes",
               "tests/data/unseen16_notes", "tests/data/unseen17_notes",
               "tests/data/unseen18_notes", "tests/data/unseen19_notes",
               "tests/data/unseen20_notes", "tests/data/unseen21_notes",
               "tests/data/unseen22_notes", "tests/data/unseen23_notes",
               "tests/data/unseen24_notes", "tests/data/unseen25_notes",
               "tests/data/unseen26_notes", "tests/data/unseen27_notes"]


def _full() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": True, "maxNesting": 100}).enable("table")
    md.disable("code")
    return md


def _gated_tokens(text: str) -> list:
    md, lines = _markdown_for(text), text.split("\n")
    enabled = frozenset(rule.name for rule in md.block.ruler.__rules__ if rule.enabled)
    return token_rows(md.parse(text, {_STARTS: _rule_starts(text, lines, enabled)}))


def _tokens(md: MarkdownIt, text: str) -> list:
    return token_rows(md.parse(text))


_LINES = ["- Lambda timeout max 900 s", "  - nested 3 s", "1. first", "2) second", "para line",
          "wrapped on -", "ends with =", "", "   ", "***", "* * *", "---", "- - -", "___", "--",
          "==", "===", "=", "-", "  ---  ", "\t***", "- ***", "  - ---", "> ---", "> ===",
          ">> - - -", "1. ___", "Title", "a -- b", "x ==", "- > quoted in an item",
          "> quote", ">quote", "  > indented quote", "> > nested", "> - item in a quote",
          "1. > quote in an ordered item", "-> an arrow, no quote", "a -> b", "x > 3",
          "<div>", "</div>", "- <b>html</b> in an item", "<!-- comment -->", "> <p>x</p>",
          "<= 5 min", "a < b", "```", "~~~", "- ```", "  ```python", "> ```", "`code`",
          "~~strike~~", "# Heading", "> # quoted heading", "- # heading in an item",
          "| a | b |", "|---|---|", "text - not a break", "1234567890. not an item",
          "-\tafter a tab", "+ plus item", "* star item", "*not an item*"]


def test_random_texts_give_the_full_parsers_tokens():
    full = _full()
    rng = random.Random(1212)
    for _ in range(600):
        text = "\n".join(rng.choice(_LINES) for _ in range(rng.randint(1, 25)))
        assert _gated_tokens(text) == _tokens(full, text), text


def test_every_development_note_gives_the_full_parsers_tokens():
    full = _full()
    notes = 0
    paths = [p for folder in DEVELOPMENT for p in sorted((REPO / folder).rglob("*"))
             if p.is_file()]
    # every other note, in a fixed order: the suite's time is spent once per note; every
    # note under bench/properties.py, and bench/parse_dump.py compares each one's whole
    # parse old vs new
    for path in a_share(paths):
        text = normalize(path.read_text(encoding="utf-8", errors="replace")).text
        assert _gated_tokens(text) == _tokens(full, text), path.name
        notes += 1
    assert notes > 60


def test_a_rule_is_not_called_where_it_cannot_start():
    text = "## SQS\n- a -> b\n- max 256 KB\n\n> quoted\n\n---\n"
    md, lines = _markdown_for(text), text.split("\n")
    enabled = frozenset(rule.name for rule in md.block.ruler.__rules__ if rule.enabled)
    starts = _rule_starts(text, lines, enabled)
    assert starts["blockquote"] == {4}  # the arrow's line holds ">" but opens no quote
    assert starts["hr"] == {6}
