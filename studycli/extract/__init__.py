"""Extract: facts and comparisons from a note's blocks. `parse_note` is the way in."""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:  # for the annotation only: `cards` imports extract.regex_cache, not the model
    from studycli.model import ParsedNote


def parse_note(text: str, source: str, workers: int = 1) -> ParsedNote:
    """Parse one note's text into facts, comparisons and warnings. Never raises on text.
    `workers` > 1 reads a large note on that many cores, with the same result."""
    from studycli.extract.pipeline import parse_note as run  # the parser's imports are heavy

    return run(text, source, workers)
