"""`search aurora` lists an "## Aurora" section's lines, but a `# comment` in a code fence is
no heading: it listed RDS's and DynamoDB's limits "under" a shell comment. A note's lone H1
is its title and names every service in it: its lines are not all "under" one service."""

from __future__ import annotations

import json

from tests.helpers import run_here

NOTE = ("# DVA cram sheet: Aurora / RDS / DynamoDB\n\n## Aurora\n\n- up to 15 replicas\n\n"
        "```bash\n# create the aurora cluster\naws rds create-db-cluster --engine aurora\n```\n\n"
        "## RDS\n\n- up to 5 read replicas (MySQL)\n- max storage 64 TB\n\n"
        "## DynamoDB\n\n- max item size 400 KB\n")


def test_a_fenced_comment_is_no_heading_and_a_lone_title_no_section(tmp_path):
    (tmp_path / "n").mkdir()
    (tmp_path / "n" / "db.md").write_text(NOTE, encoding="utf-8")
    db = str(tmp_path / "s.db")
    run_here("ingest", str(tmp_path / "n"), "--db", db)
    shown = run_here("search", "aurora", "--json", "--db", db)
    assert shown.returncode == 0, shown.stderr
    under = {h["text"]: h["heading"] for h in json.loads(shown.stdout) if h.get("heading")}
    assert under == {"- up to 15 replicas": "Aurora"}  # nothing of RDS, DynamoDB or the code
