"""Footnoted addresses at 80 columns: an address that does not fit after its "[n] " mark
goes on the next line from column 0, whole (a terminal's wrap after the mark broke it)."""

from __future__ import annotations

import io

from rich.console import Console
from rich.panel import Panel
from rich.text import Text

from studycli.ui.console import WithLinks, emit

LONG = ("https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/sqs/aws.sdk.kotlin.services."
        "sqs.model/-send-message-request/index.html")  # wider than 80 columns by itself
FITS_ALONE = "https://docs.aws.amazon.com/SimpleQueueService/latest/SQSDeveloperGuide/qu.html"
SHORT = "https://docs.aws.amazon.com/sns/latest/dg/sns-limits.html"


def _printed(pages: list[str]) -> list[str]:
    out = io.StringIO()
    console = Console(file=out, width=80, color_system=None)
    emit(console, WithLinks(Panel(Text("see [1], [2] and [3]")), pages))
    return out.getvalue().splitlines()


def test_an_address_that_does_not_fit_after_its_mark_starts_a_line_whole():
    lines = _printed([SHORT, FITS_ALONE, LONG])
    assert f"[1] {SHORT}" in lines
    assert len("[2] " + FITS_ALONE) > 80 >= len(FITS_ALONE)
    for url in (FITS_ALONE, LONG):
        assert url in lines  # a line of its own, from column 0, never split by us
    assert lines[lines.index(FITS_ALONE) - 1].strip() == "[2]"
    assert lines[lines.index(LONG) - 1].strip() == "[3]"
