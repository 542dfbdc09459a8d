"""lookup names a service whose short name is an everyday word by its full name ("AWS
Config", not "Config"), as facts, cards and stats do (ui/names.py); --json keeps the key."""

from __future__ import annotations

import json

from .helpers import run_here


def test_lookup_shows_aws_config_by_its_full_name(tmp_path):
    note = tmp_path / "config.md"
    note.write_text("# AWS Config\n- Config aggregator max 50 accounts\n", encoding="utf-8")
    db = tmp_path / "c.db"
    assert run_here("ingest", str(note), db=db).returncode == 0
    shown = run_here("lookup", "config aggregator max accounts", db=db)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.splitlines()[1].startswith("AWS Config / accounts (max)")
    data = json.loads(run_here("lookup", "config aggregator max accounts", "--json",
                               db=db).stdout)
    assert data[0]["service"] == "Config"  # the fact's key, as facts --json gives it
