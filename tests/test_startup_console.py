"""The console skips Rich's emoji replacement only where it would change nothing."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest
from rich.console import Console

from studycli.ui.console import make_console

from .helpers import REPO


@pytest.mark.parametrize("text", ["plain words", "one: colon", ":smile: and :thumbs_up:",
                                  "[bold]x[/bold] :fire:", "a:b:c", ":not_an_emoji:",
                                  "time 10:30 to 11:45", ":smile-text:"])
@pytest.mark.parametrize("markup", [True, False])
def test_strings_print_as_with_rich_own_console(text, markup):
    ours, theirs = io.StringIO(), io.StringIO()
    make_console(file=ours, width=60, color_system=None).print(text, markup=markup)
    Console(file=theirs, width=60, color_system=None, highlight=False).print(text, markup=markup)
    assert ours.getvalue() == theirs.getvalue()


def test_the_emoji_table_is_loaded_only_for_a_string_with_two_colons():
    code = ("import io, sys\nfrom studycli.ui.console import make_console\n"
            "c = make_console(file=io.StringIO())\nc.print('no codes: here')\n"
            "a = 'rich._emoji_codes' in sys.modules\nc.print(':smile:')\n"
            "print(a, 'rich._emoji_codes' in sys.modules)\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=REPO, timeout=60)
    assert proc.stdout.split() == ["False", "True"], proc.stderr
