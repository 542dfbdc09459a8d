"""Mends after session 40's final figures (final readers of the merge): a number typed in
words with punctuation on it ("s three?") is read as the number; a lookup's checks rewrite a
fact's line only where it does not write the fact's figure in digits already, so a lookup on
notes written in digits does not load the number-words reader (about 9 ms)."""

from __future__ import annotations

import subprocess
import sys

from studycli.lookup.said_line import said_line

from .helpers import first_value, notes_fixture

OBJECT = "# S3\n\n- max object size 5 TB\n"
objects = notes_fixture(OBJECT)


def test_a_number_word_with_a_question_mark_is_read(objects):
    assert first_value(objects, "max object size in s three") == "5 TB"
    assert first_value(objects, "max object size in s three?") == "5 TB"


def test_a_line_writing_the_figure_in_digits_is_read_as_it_stands():
    line = "- one volume: max 16,000 IOPS"
    assert said_line(line, "16,000 IOPS") == line
    # a figure the line says in words is still read in digits
    assert "125" in said_line("- baseline one twenty five megs per second", "125 MB/s")
    code = ("import sys; from studycli.lookup.said_line import said_line; "
            "said_line('- one volume: max 16,000 IOPS', '16,000 IOPS'); "
            "print('studycli.notes.number_words' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "False"
