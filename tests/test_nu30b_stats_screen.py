"""`stats` on a 24-row terminal ran past the screen with no pager (facts already paged), and
its calendar's month labels stopped at Nov with today in December (a month was named only
when a week's Monday fell in it)."""

from __future__ import annotations

import io
import shlex
import sys
from datetime import date, timedelta

import pytest
from rich.console import Console

from studycli.commands import show_stats
from studycli.ui import console as console_module
from studycli.ui import pager
from studycli.ui.charts import heatmap
from studycli.ui.console import make_console


@pytest.mark.skipif(sys.platform == "win32", reason="pipes a shell command")
@pytest.mark.parametrize("height", [24, 200])
def test_stats_taller_than_the_screen_goes_through_the_pager(tmp_path, monkeypatch, height):
    from tests.helpers import note_db

    db = note_db(tmp_path, "# SQS\n\n- max message size 256 KB\n- retention max 14 days\n")
    out = make_console(file=io.StringIO(), force_terminal=True, width=80, height=height)
    monkeypatch.setattr(console_module, "_STDOUT", out)
    seen = tmp_path / "paged.txt"
    monkeypatch.setattr(pager, "pipe_command", lambda: f"cat > {shlex.quote(str(seen))}")
    show_stats(db, as_json=False)
    if height == 24:  # 24 rows and the prompt: paged, nothing printed past the screen
        assert "Reviews, last 26 weeks" in seen.read_text() and out.file.getvalue() == ""
    else:  # it fits: printed as it is
        assert not seen.exists() and "Reviews, last 26 weeks" in out.file.getvalue()


def test_the_month_today_is_in_is_named_though_its_first_monday_is_to_come():
    today = date(2026, 12, 5)  # a Saturday; this week's Monday is 30 Nov
    first = today - timedelta(days=today.weekday() + 7 * 25)
    chart = heatmap({"first": first.isoformat(), "today": today.isoformat(),
                     "days": {today.isoformat(): 3}}, plain=True)
    text = io.StringIO()
    Console(file=text, width=80, color_system=None).print(chart)
    months = text.getvalue().splitlines()[0].split()
    assert months == ["Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], months
