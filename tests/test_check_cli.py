"""`studycli check` through the real CLI: findings grouped by note, JSON shape, exit codes,
PATH and --service, 80 columns, and no escape sequence from a note reaching the terminal."""

from __future__ import annotations

import json
import re

import pytest

from .helpers import REPO, run_here

FIXTURE = str(REPO / "tests" / "data" / "reference_fixture")
ENV = {"STUDYCLI_REFERENCE": FIXTURE, "COLUMNS": "80"}

STALE = """# SQS

- Max message size is 256 KB
- Visibility timeout default 30 seconds

# Lambda

- Timeout: default 3 seconds, max 15 minutes
- Retry on errors for 3 times
- S3 invokes Lambda asynchronously

# Kinesis Data Streams

- Exactly-once delivery \x1b[31mand order [bold]x[/bold]\x07
"""
CLEAN = """# Lambda

- Timeout: default 3 seconds, max 15 minutes
- S3 invokes Lambda asynchronously
"""
KEYS = {"service", "subject", "attribute", "qualifier", "status", "note_value", "current_value",
        "source", "line", "snippet", "reference", "takes_effect", "verdict"}


@pytest.fixture
def notes(tmp_path):
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "stale.md").write_text(STALE, encoding="utf-8")
    (folder / "clean.md").write_text(CLEAN, encoding="utf-8")
    return folder


def check(*args, db):
    return run_here("check", *args, db=db, env=ENV)


def test_json_lists_each_outdated_or_wrong_fact_with_its_source(notes, tmp_path):
    result = check(str(notes / "stale.md"), "--json", db=tmp_path / "s.db")
    assert result.returncode == 1, result.stderr
    found = json.loads(result.stdout)
    assert all(set(x) == KEYS for x in found)
    assert all(set(x["reference"]) == {"id", "url", "checked", "changed"} for x in found)
    got = {(x["line"], x["reference"]["id"], x["status"]) for x in found}
    assert got == {(3, "sqs.message-size.max", "outdated"), (9, "lambda.retries.max", "wrong"),
                   (14, "kinesis.delivery.at-least-once", "wrong")}
    assert all(x["takes_effect"] is None for x in found)  # no announced change to come here
    sqs = next(x for x in found if x["line"] == 3)
    assert ((sqs["note_value"], sqs["current_value"], sqs["source"])
            == ("256 KB", "1 MiB", "stale.md"))
    assert sqs["reference"]["changed"] == "2025-08" and sqs["reference"]["checked"] == "2026-12-01"
    assert sqs["snippet"] == "- Max message size is 256 KB"


def test_all_adds_current_facts_and_a_clean_note_exits_0(notes, tmp_path):
    db = tmp_path / "c.db"
    clean = check(str(notes / "clean.md"), "--json", db=db)
    assert clean.returncode == 0, clean.stderr
    assert json.loads(clean.stdout) == []
    every = check(str(notes / "clean.md"), "--json", "--all", db=db)
    assert every.returncode == 0
    assert {x["status"] for x in json.loads(every.stdout)} == {"current"}
    assert len(json.loads(every.stdout)) == 3  # default, max timeout; S3 invocation


def test_paths_limit_the_check_and_service_filters(notes, tmp_path):
    db = tmp_path / "f.db"
    both = json.loads(check(str(notes), "--json", db=db).stdout)
    assert {x["source"] for x in both} == {"stale.md"}
    only_sqs = json.loads(check(str(notes), "--json", "--service", "sqs", db=db).stdout)
    assert [x["service"] for x in only_sqs] == ["SQS"]
    bad = check(str(notes), "--service", "nosuchservice", db=db)
    assert bad.returncode == 1 and bad.stderr.count("\n") == 1 and "Traceback" not in bad.stderr


def test_without_paths_the_whole_fact_base_is_checked(shipped_copy):
    """The shipped notes' database (as a first use builds it: conftest.shipped_db_file); their
    256 KB SQS limit is outdated."""
    result = check("--json", db=shipped_copy)
    assert result.returncode == 1
    found = json.loads(result.stdout)
    assert any(x["reference"]["id"] == "sqs.message-size.max" and x["status"] == "outdated"
               for x in found)


def test_text_output_groups_by_note_fits_80_columns_and_is_inert(notes, tmp_path):
    result = check(str(notes), db=tmp_path / "t.db")
    assert result.returncode == 1
    out = result.stdout
    assert "last checked 2026-12-01" in out.splitlines()[0]
    # the fixture's entries record no earlier values, yet 3 retries is above AWS's maximum
    # and exactly-once delivery a statement of how Kinesis works: never so, WRONG
    # (reference.entry.verdict)
    assert "stale.md:3" in out and "OUTDATED" in out and "WRONG" in out
    assert "NOT WHAT AWS SAYS" not in out
    assert "AWS changed this in Aug 2025" in out
    # A page's address is whole on one line (a folded one cannot be opened); the only lines
    # wider than 80 columns are such addresses, from column 0, for the terminal to wrap.
    assert any(line.endswith("https://docs.aws.amazon.com/lambda/latest/dg/"
                             "invocation-retries.html") for line in out.splitlines())
    assert out.index("stale.md\n") < out.index("stale.md:3")  # a heading per note
    assert all(len(line) <= 80 or re.fullmatch(r"https://\S+", line)
               for line in out.splitlines())
    assert "\x1b" not in out and "\x07" not in out
    assert "[bold]x[/bold]" in out  # a note's markup is shown as text, never interpreted
    assert re.search(r"1 outdated, 2 wrong;", out)


def test_a_missing_path_is_one_line_on_stderr(tmp_path):
    result = check(str(tmp_path / "nope.md"), db=tmp_path / "m.db")
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0
    assert "no such file" in result.stderr and "Traceback" not in result.stderr


def test_a_folder_with_a_document_beside_its_notes_is_checked_and_the_skip_told(notes, tmp_path):
    (notes / "slides.pdf").write_bytes(b"%PDF-1.4")  # a warning of the walk stops nothing
    (notes / "more.tex").write_text(STALE, encoding="utf-8")
    result = check(str(notes), "--json", db=tmp_path / "p.db")
    assert result.returncode == 1, result.stderr  # stale notes found, as without the .pdf
    sources = {row["source"] for row in json.loads(result.stdout)}
    assert {"stale.md", "more.tex"} <= sources
    assert "1 file not read (slides.pdf)" in result.stderr
    assert "as notes (more.tex)" in result.stderr
    only_pdf = tmp_path / "pdfs"
    only_pdf.mkdir()
    (only_pdf / "x.pdf").write_bytes(b"%PDF-1.4")
    nothing = check(str(only_pdf), db=tmp_path / "q.db")
    assert nothing.returncode == 1 and nothing.stderr.strip().count("\n") == 0
    assert "give a note file or a folder of notes" in nothing.stderr


def test_an_empty_reference_says_so_and_flags_nothing(notes, tmp_path):
    empty = tmp_path / "empty_ref"
    empty.mkdir()
    result = run_here("check", str(notes), db=tmp_path / "e.db",
                     env={"STUDYCLI_REFERENCE": str(empty)})
    assert result.returncode == 0
    assert "reference is empty" in result.stdout


def test_ingest_summary_counts_findings_and_points_to_check(notes, tmp_path):
    result = run_here("ingest", str(notes), db=tmp_path / "i.db", env=ENV)
    assert result.returncode == 0, result.stderr
    assert re.search(r"AWS check\s+1 outdated, 2 wrong\s+\(studycli check\)",
                     result.stdout)


def test_statuses_are_worked_out_again_only_when_facts_or_reference_change(tmp_path, monkeypatch):
    """fact_currency is rebuilt after an ingest that changed facts or when the reference
    changed; a no-op ingest leaves it (it would parse the whole reference again)."""
    import shutil

    from studycli.database import ensure_database
    from studycli.reference.currency import refresh_currency
    from studycli.store.currency import stamp

    from .helpers import REPO

    ref = tmp_path / "ref"
    shutil.copytree(REPO / "data" / "reference", ref)
    monkeypatch.setenv("STUDYCLI_REFERENCE", str(ref))
    db = ensure_database(tmp_path / "s.db")
    first = stamp(db.conn)
    assert first and refresh_currency(db) == -1  # nothing changed since the build
    flagged = db.conn.execute("SELECT count(*) FROM fact_currency WHERE status IN "
                              "('outdated', 'wrong')").fetchone()[0]
    assert flagged > 0
    (ref / "sqs.toml").unlink()  # the reference changed: SQS facts have no verdict any more
    assert refresh_currency(db) >= 0 and stamp(db.conn) != first
    left = db.conn.execute("SELECT count(*) FROM fact_currency WHERE status IN "
                           "('outdated', 'wrong')").fetchone()[0]
    assert 0 < left < flagged


def test_the_reference_line_fits_80_columns_when_its_dates_differ():
    """A new user saw "... last checked 2026-12-02 (oldest" / "2026-12-01)" at 80 columns."""
    from studycli.ui.check_view import reference_line

    line = reference_line({"entries": 683, "verified": 656, "last_checked": "2026-12-02",
                           "oldest_checked": "2026-12-01"}).plain
    assert line.endswith("checked 2026-12-01 to 2026-12-02") and len(line) <= 80, line
