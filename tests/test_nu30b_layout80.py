"""At 80 columns a file:line is never split nor cut, wide characters counted as two cells: a
new user's note "misc – weird chars & émojis 🚀.md" had lookup's "Other matches" cut the
service to "API Gatew…" and wrap "🚀.md:9" onto the next line, compare cut it to "misc – weird
chars & émo…:10", compare's hint broke inside its backticks, and check hung a finding's
"timeout limit" under its verdict's column."""

from __future__ import annotations

from studycli.ingest import ingest_paths
from studycli.lookup import lookup
from studycli.store.db import connect
from studycli.ui.cells import cells, wrapped_keeping_code
from studycli.ui.lookup_plain import render
from tests.helpers import run_here, shipped_reference

NAME = "misc – weird chars & émojis 🚀.md"
NOTE = ("# misc\n\n- API Gateway integration timeout: 29 seconds max\n"
        "- HTTP API timeout max 30 seconds\n- WebSocket idle connection timeout 10 minutes\n"
        "- SQS retention 4 days default, max 14 days\n"
        "- Kinesis Data Streams: retention 24h default up to 365 days\n")


def _db(tmp_path):
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / NAME).write_text(NOTE, encoding="utf-8")
    db = connect(tmp_path / "s.db")
    ingest_paths(db, [folder])
    return db


def test_cells_count_a_wide_character_twice():
    assert cells(NAME) == len(NAME) + 1 and cells("abc") == 3


def test_lookup_other_matches_keep_the_file_line_whole_and_the_name_uncut(tmp_path):
    db = _db(tmp_path)
    out = render(lookup(db.conn, "api gateway timeout", limit=5), width=80).splitlines()
    rest = out[out.index("Other matches:") + 1:]
    assert rest and all(cells(line) <= 80 for line in out if "http" not in line), out
    assert not any("…" in line and "API Gat" in line for line in rest), rest
    wheres = [line for line in rest if NAME in line]
    assert wheres and not any(line.strip().startswith("🚀") for line in rest), rest
    piped = render(lookup(db.conn, "api gateway timeout", limit=5), width=80, fold=False)
    assert all(NAME in line for line in piped.splitlines()[piped.splitlines().index(
        "Other matches:") + 1:] if line.strip()), piped  # off a terminal, one line a match


def test_compare_never_cuts_a_file_name_and_keeps_a_command_whole(tmp_path):
    _db(tmp_path)
    env = {**shipped_reference(80), "COLUMNS": "80"}
    out = run_here("compare", "sqs", "kinesis", db=tmp_path / "s.db", env=env).stdout
    assert "…" not in out and "note 1:" in out and f"note 1: {NAME}" in out, out
    assert all(cells(line) <= 80 for line in out.splitlines()), out
    wide = run_here("compare", "sqs", "kinesis", db=tmp_path / "s.db",
                    env={**env, "COLUMNS": "120"}).stdout
    assert f"{NAME}:7" in wide and "note 1" not in wide, wide  # room: the name itself
    said = ("Your notes have nothing that compares Redis and Memcached. Try `studycli "
            "compare` for the pairs they can compare.")
    assert all(line.count("`") % 2 == 0 for line in wrapped_keeping_code(said, 60))
    assert all(cells(line) <= 60 for line in wrapped_keeping_code(said, 60))


def test_check_puts_what_a_finding_is_about_under_its_file_line_when_it_does_not_fit(tmp_path):
    _db(tmp_path)
    out = run_here("check", db=tmp_path / "s.db", env=shipped_reference(80)).stdout.splitlines()
    head = next(i for i, line in enumerate(out) if line.startswith(f"  {NAME}:3"))
    assert out[head].endswith("OUTDATED"), out[head]
    assert out[head + 1].strip().startswith("API Gateway / integration timeout"), out
