"""check's view cleans note text with one pass where it can (studycli/ui/check_view.safe)."""

from __future__ import annotations

import unicodedata

from studycli.ui.check_view import safe


def test_check_s_safe_text_is_the_per_character_reading():
    """ui/check_view.safe shows a control or format character as '?': text with none (most)
    is returned in one pass; every code point, in runs of 64 around a tab and a space, reads
    as the character-by-character rule reads it."""
    def by_character(text: str) -> str:
        return "".join("?" if unicodedata.category(ch) in ("Cc", "Cf") else ch
                       for ch in text.replace("\t", " ")).strip()

    for start in range(0, 0x110000, 64):
        text = " \t" + "".join(chr(c) for c in range(start, min(start + 64, 0x110000))) + "\t"
        assert safe(text) == by_character(text), hex(start)
    assert safe("SQS\tmax 256 KB ") == "SQS max 256 KB"
