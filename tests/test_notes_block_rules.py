"""markdown-it runs without the block rules a note's text cannot match (notes/blocks.py
_markdown_for): its tokens must be exactly the full parser's, for texts with and without each
rule's marks, and for every note the project ships or develops on."""

from __future__ import annotations

import random
from pathlib import Path

from studycli.notes.blocks import _RULE_NEEDS, _markdown, _markdown_for
from tests.helpers import token_rows

REPO = Path(__file__).resolve().parent.parent
NOTE_SETS = ["content", "tests/data/unseen_notes", "tests/data/unseen2_notes",
             "tests/data/unseen3_notes", "tests/data/unseen4_notes", "tests/data/unseen6_notes"]


def _tokens(md, text: str) -> list:
    return token_rows(md.parse(text))


def test_random_texts_give_the_full_parsers_tokens():
    full = _markdown()
    rng = random.Random(11)
    lines = ["- Lambda timeout max 900 s", "  - nested item 3 s", "1. first", "2) second",
             "para line", "wrapped on", "", "***", "---", "___", "Title", "===", "- - -",
             "```", "~~~", "```python", "code(x)", "> quoted", ">> deeper", "[ref]: /url",
             "[a\nb]: /u", "<div>", "</div>", "<!-- c -->", "# Heading", "### H3 #",
             "| a | b |", "|---|---|", "| 1 | 2 |", "a | b", "--- | ---", "\t- tab item",
             "    indented", "* star", "+ plus", "text with > and < and # and | inside"]
    texts = ["\n".join(rng.choice(lines) for _ in range(rng.randint(1, 40)))
             for _ in range(1500)]
    skipped = set()
    for text in texts:
        md = _markdown_for(text)
        skipped |= {r.name for r in md.block.ruler.__rules__ if not r.enabled}
        assert _tokens(md, text) == _tokens(full, text), text
    assert {rule for rule, _ in _RULE_NEEDS} <= skipped  # each rule was left out somewhere


def test_every_note_gives_the_full_parsers_tokens():
    from studycli.notes.normalize import normalize

    full = _markdown()
    notes = [p for folder in NOTE_SETS for p in sorted((REPO / folder).iterdir())
             if p.is_file()]
    assert len(notes) > 20
    for path in notes:
        text = normalize(path.read_text(encoding="utf-8", errors="replace")).text
        assert _tokens(_markdown_for(text), text) == _tokens(full, text), path.name
