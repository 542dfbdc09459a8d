"""Note text cleaned for display without work it does not need: check's view in one pass where
no character needs replacing (studycli/ui/check_view.safe), and sanitize.readable imports html
(its entity table) only for a line with an entity in it."""

from __future__ import annotations

import subprocess
import sys
import unicodedata

import pytest

from studycli.ui.check_view import safe
from tests.helpers import REPO


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


_READ = ("import sys\nfrom studycli.sanitize import readable\n"
         "print(repr(readable(sys.argv[1])), 'html' in sys.modules)\n")


@pytest.mark.parametrize(("line", "shown", "imported"), [
    ("S3 & Glacier<br>tiers", "'S3 & Glacier; tiers'", "False"),
    ("a\u00a0&\u00a0b", "'a & b'", "False"),  # a no-break space beside a plain "&"
    ("Aurora &amp; RDS&nbsp;&#27;x", "'Aurora & RDS x'", "True"),
])
def test_html_is_imported_for_an_entity_only(line, shown, imported):
    proc = subprocess.run([sys.executable, "-c", _READ, line], capture_output=True, text=True,
                          cwd=REPO, timeout=60)
    assert proc.stdout.strip() == f"{shown} {imported}", proc.stderr
