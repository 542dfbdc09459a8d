"""A notes folder may hold what is not a file: a named pipe would block the read for ever,
a device never ends. Both are skipped with a warning, and the rest of the folder is read."""

from __future__ import annotations

import json
import os

import pytest

from .helpers import run_cli, run_here


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_or_a_device_named_like_a_note_is_skipped_not_waited_on(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    os.mkfifo(notes / "pipe.md")
    (notes / "ok.md").write_text("# Amazon SQS\n- Max message size is 256 KB\n")
    if os.path.exists("/dev/zero"):
        (notes / "zero.md").symlink_to("/dev/zero")
    db = tmp_path / "p.db"
    for args in (["ingest", str(notes), "--follow-links"],
                 ["ingest", str(notes / "pipe.md"), str(notes / "ok.md")]):
        result = run_cli(*args, "--json", db=db, timeout=30)
        assert result.returncode == 0, result.stderr
        report = json.loads(result.stdout)
        skipped = {s["path"]: s["reason"] for s in report["skipped"]}
        assert "not a regular file" in skipped["pipe.md"]
        assert report["facts"] >= 1


def test_a_named_link_that_leads_nowhere_is_said_as_such_and_the_rest_goes_on(tmp_path):
    (tmp_path / "loop1.md").symlink_to(tmp_path / "loop2.md")
    (tmp_path / "loop2.md").symlink_to(tmp_path / "loop1.md")
    (tmp_path / "gone.md").symlink_to(tmp_path / "missing" / "x.md")
    ok = tmp_path / "ok.md"
    ok.write_text("# Amazon SQS\n- Max message size is 256 KB\n")
    result = run_here("ingest", str(tmp_path / "loop1.md"), str(tmp_path / "gone.md"), str(ok),
                      "--json", db=tmp_path / "l.db")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert sum("leads nowhere" in w for w in report["warnings"]) == 2
    assert [s["path"] for s in report["sources"]] == ["ok.md"]
