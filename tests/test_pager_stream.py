"""Long output on a terminal reaches the pager part by part (studycli.ui.pager): the first
screen of `studycli facts` shows before its last row is laid out, and the pager is given
exactly the text Rich's own pager gave it."""

from __future__ import annotations

import io
import shlex
import sys
import time
from pathlib import Path

import pytest
from rich.table import Table
from rich.text import Text

from studycli.database import ensure_database
from studycli.store.facts import list_facts
from studycli.ui import console as console_module
from studycli.ui import pager
from studycli.ui.console import emit, make_console, page
from studycli.ui.facts_table import render_facts

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="pipes a shell command")


def _terminal(monkeypatch, width: int = 100):
    out = make_console(file=io.StringIO(), force_terminal=True, width=width)
    monkeypatch.setattr(console_module, "_STDOUT", out)
    return out


def _shipped_facts(shipped_copy: Path):
    return list_facts(ensure_database(shipped_copy, readonly=True))


class _Kept:
    """A pager for Rich's Console.pager that keeps what it is shown."""

    text = ""

    def show(self, content: str) -> None:
        self.text = content


def _sample(facts: list) -> list:
    """Every fifth fact, and for each column a fact with its widest cell, and every service
    and kind once: the column widths are worked out from the widest cells, so the sample is
    laid out as the whole listing is (asserted below), in a quarter of the rows (laying out
    all of them at two widths, twice each, was some 3 s of the suite's CPU)."""
    from rich.cells import cell_len

    columns = [lambda f: f.subject, lambda f: f.attribute, lambda f: f.value,
               lambda f: f"{f.source}:{f.line}"]
    keep = {id(f): f for f in facts[::5]}
    for cell in columns:
        widths = [cell_len(cell(f)) for f in facts]
        widest = facts[widths.index(max(widths))]
        keep[id(widest)] = widest
    for group in (lambda f: f.service, lambda f: (f.kind, f.qualifier)):
        firsts: dict = {}
        for f in facts:
            firsts.setdefault(group(f), f)
        keep.update((id(f), f) for f in firsts.values())
    order = {id(f): n for n, f in enumerate(facts)}
    return sorted(keep.values(), key=lambda f: order[id(f)])


def _widths(facts: list, width: int) -> list:
    first = next(iter(render_facts(facts, width)))
    assert isinstance(first, Table)
    return [column.width for column in first.columns]


@pytest.mark.parametrize("width", [100, 60])
def test_the_pager_gets_rich_pagers_text_byte_for_byte(shipped_copy, monkeypatch, width):
    every = _shipped_facts(shipped_copy)
    facts = _sample(every)
    assert _widths(facts, width) == _widths(every, width)  # laid out as the whole listing
    assert len(facts) > 20 + 2 * 100  # several parts (FIRST_CHUNK, CHUNK)
    out = _terminal(monkeypatch, width)
    kept = _Kept()
    with out.pager(pager=kept, styles=False):
        for part in render_facts(facts, width):
            emit(out, part)
    streamed = "".join(pager.plain_parts(out, render_facts(facts, width), emit))
    assert kept.text.count("\n") > len(facts)  # the whole listing, wrapped rows and all
    assert streamed == kept.text
    assert "\x1b" not in streamed  # plain text: less without -R would show ESC[1m
    assert out.file.getvalue() == ""  # nothing went to the terminal itself


def test_the_first_part_is_paged_before_the_rest_is_laid_out(tmp_path, monkeypatch):
    _terminal(monkeypatch)
    seen = tmp_path / "paged.txt"
    monkeypatch.setattr(pager, "pipe_command", lambda: f"cat > {shlex.quote(str(seen))}")
    at_second: list[str] = []

    def parts():
        yield Text("first part")
        deadline = time.monotonic() + 20
        # the shell behind the pager creates the file when it starts: on a loaded machine
        # that can be after the first part was written to the pipe
        while time.monotonic() < deadline and not (
                seen.exists() and "first part" in seen.read_text()):
            time.sleep(0.02)
        at_second.append(seen.read_text() if seen.exists() else "")
        yield Text("second part")

    page(parts(), long=True)
    assert "first part" in at_second[0] and "second part" not in at_second[0]
    assert seen.read_text() == "first part\nsecond part\n"


def test_a_pager_quit_early_stops_the_laying_out(tmp_path, monkeypatch):
    _terminal(monkeypatch)
    # a pager that reads one line and quits, as a student pressing q on the first screen
    monkeypatch.setattr(pager, "pipe_command", lambda: "head -n 1 > /dev/null")
    laid_out = []

    def parts():
        for n in range(10_000):
            laid_out.append(n)
            table = Table("n")
            table.add_row(str(n) * 2000)
            yield table

    page(parts(), long=True)
    assert len(laid_out) < 10_000


def test_the_pager_is_pydocs_choice(monkeypatch):
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True, raising=False)
    monkeypatch.setenv("TERM", "xterm")
    monkeypatch.delenv("MANPAGER", raising=False)
    monkeypatch.setenv("PAGER", "more -s")
    expected = None if sys.version_info >= (3, 13) else "more -s"
    assert pager.pipe_command() == expected
    monkeypatch.setenv("MANPAGER", "most")
    assert pager.pipe_command() == (None if expected is None else "most")
    monkeypatch.setenv("TERM", "dumb")  # pydoc strips overstrikes there: Rich's pager
    assert pager.pipe_command() is None


def test_no_terminal_on_stdin_leaves_it_to_rich(monkeypatch):
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False, raising=False)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True, raising=False)
    monkeypatch.setenv("PAGER", "cat")
    assert pager.pipe_command() is None


def test_an_error_laying_out_is_not_taken_for_the_pager_quitting(tmp_path, monkeypatch):
    """Only the pipe's errors end the listing quietly: a file that cannot be read while the
    listing is laid out is an error, not a student who quit `less`."""
    _terminal(monkeypatch)
    seen = tmp_path / "paged.txt"
    monkeypatch.setattr(pager, "pipe_command", lambda: f"cat > {shlex.quote(str(seen))}")

    def parts():
        yield Text("first part")
        raise FileNotFoundError("a note vanished")

    with pytest.raises(FileNotFoundError):
        page(parts(), long=True)
