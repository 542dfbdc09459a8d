"""taller_than_screen measures as screen_rows does: a web address printed whole takes the
rows the terminal wraps it over (it counted one row for it, as Rich lays it out folded)."""

from __future__ import annotations

import io

from rich.console import Console
from rich.text import Text

from studycli.ui.console import Unwrapped, screen_rows, taller_than_screen


def test_a_wrapped_address_counts_its_rows():
    out = Console(file=io.StringIO(), width=40, height=6, force_terminal=True)
    address = Unwrapped(lambda width: [Text("https://docs.aws.amazon.com/" + "x" * 180)])
    assert screen_rows(out, address) == 6
    assert taller_than_screen(out, [Text("figures"), address])
