"""At 80 columns, `conflicts` and `cards --flagged` wrap a long line under itself: what a
line wraps onto is indented further than the line it continues, never back to column 0."""

from __future__ import annotations

import io
import re

from rich.console import Console

from studycli.model import Fact, Kind
from studycli.ui.cards_table import render_flagged
from studycli.ui.facts_table import render_conflicts

LONG = ("Retry on errors for 3 times, init Run - 1min wait - 1st retry - 2 mins wait - "
        "2nd retry - 2mins wait - final retry; duplicate log entries in CloudWatch Logs")


def _lines(parts) -> list[str]:
    out = io.StringIO()
    console = Console(file=out, width=80, color_system=None, highlight=False)
    for part in parts:
        console.print(part)
    return out.getvalue().splitlines()


def test_a_conflict_side_wraps_indented_under_itself():
    sides = [Fact("Lambda", "", "retries", Kind.LIMIT, "max", value, number=n,
                  source=f"note{n}.md", line=n, snippet=LONG.replace("3 times", value))
             for value, n in (("3 times", 3), ("2 times", 2))]
    lines = _lines(render_conflicts([sides]))
    assert lines[0].startswith("Lambda")
    sides_at = [i for i, line in enumerate(lines) if line.startswith("  ") and "note" in line]
    assert len(sides_at) == 2 and all(len(line) <= 80 for line in lines)
    for i in range(1, len(lines)):
        if i not in sides_at:
            assert lines[i].startswith("    ") and lines[i][4] != " ", lines[i]


def test_a_flagged_cards_title_and_note_line_wrap_indented():
    row = {"service": "Lambda", "subject": "event source mapping",
           "attribute": "concurrent batches per shard (per shard)", "qualifier": "max",
           "card_type": "recall", "suspended": 0, "missing": 0, "state": 0, "flagged": 1,
           "facts": [{"service": "Lambda", "subject": "event source mapping",
                      "attribute": "concurrent batches per shard (per shard)",
                      "source": "001_notes.txt", "line": 50, "snippet": LONG}]}
    lines = _lines(render_flagged([row]))
    title = next(i for i, line in enumerate(lines) if line.startswith("Lambda"))
    assert lines[title + 1].startswith("  ") and "card" in lines[title + 1]  # the title's end
    note = next(i for i, line in enumerate(lines) if "001_notes.txt:50" in line)
    assert lines[note].startswith("  001_notes.txt:50")
    rest = lines[note + 1:]
    assert rest and all(line.startswith("    ") for line in rest if line.strip())
    assert "final retry; duplicate log entries" in " ".join(x.strip() for x in lines)


def test_a_long_search_hit_wraps_indented_under_itself(tmp_path):
    from .helpers import run_here as run_cli  # the console script's entry, in this process

    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "n.md").write_text("# Amazon SQS\n- " + LONG + "\n- short retry line\n",
                                encoding="utf-8")
    db = tmp_path / "s.db"
    assert run_cli("ingest", str(notes), db=db).returncode == 0
    # on a terminal (FORCE_COLOR: Rich takes the output for one) 80 columns wide
    terminal = {"COLUMNS": "80", "NO_COLOR": "1", "FORCE_COLOR": "1"}
    out = re.sub(r"\x1b\[[0-9;]*m", "", run_cli("search", "retry", db=db, env=terminal).stdout)
    lines = out.splitlines()
    hits = [i for i, line in enumerate(lines) if line.startswith("n.md:")]
    assert len(hits) == 2 and all(len(line) <= 80 for line in lines)
    assert all(line.startswith("    ") for i, line in enumerate(lines) if i not in hits)
    assert len(lines) > 2  # the long hit did wrap
    # off a terminal (a pipe) not folded: each hit one line, its file:line on it for grep
    piped = run_cli("search", "retry", db=db, env={"COLUMNS": "80"}).stdout.splitlines()
    assert len(piped) == 2 and all(line.startswith("n.md:") for line in piped), piped


def test_a_long_exam_option_wraps_under_its_own_text():
    from types import SimpleNamespace

    from studycli.ui.exam_view import render_question

    options = ("The memory per vCPU (the memory setting at which a function has the equivalent "
               "of one vCPU) is 1,769 MB.", "Short.", LONG, "Also short.")
    q = SimpleNamespace(stem="Which TWO statements about AWS Lambda are correct?", multi=True,
                        choose=2, options=options)
    session = SimpleNamespace(question=q, chosen={0: {2}}, current=0, flagged=set(),
                              exam=SimpleNamespace(questions=[q]), remaining=lambda: 3600,
                              answered=lambda: 1)
    lines = _lines([render_question(session)])
    first = [i for i, line in enumerate(lines) if line.startswith(("  [ ] ", "  [x] "))]
    assert len(first) == 4 and all(len(line) <= 80 for line in lines)
    text_at = lines[first[0]].index("The memory")
    end = lines.index("", first[-1])  # the blank line before the keys
    for i in range(first[0], end):
        if i not in first:
            assert lines[i].startswith(" " * text_at) and lines[i][text_at] != " ", lines[i]
    assert "[x] 3/c  Retry on errors" in "\n".join(lines)
