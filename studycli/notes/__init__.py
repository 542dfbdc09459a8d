"""Notes: normalize messy study notes, tokenize with markdown-it, extract facts."""

from __future__ import annotations

from studycli.model import ParsedNote


def parse_note(text: str, source: str) -> ParsedNote:
    """Parse one note's text into facts, comparisons and warnings. Never raises on text."""
    from studycli.notes.pipeline import run

    return run(text, source)
