"""`search aurora` finds the lines of an "## Aurora" section that do not say "Aurora", after
the lines that do, marked with the heading, a few per section."""

from __future__ import annotations

import json

from tests.helpers import run_here

NOTE = ("# Databases\n\n## Aurora\n\n- Up to 15 read replicas, failover under 30 s\n"
        "- Storage grows in 10 GB steps to 128 TB\n\n### Serverless v2\n\n"
        "- Scales in fine-grained increments\n\n## RDS\n\n- Up to 5 read replicas for MySQL\n"
        "- Aurora is faster than RDS MySQL\n\n## Long section about Aurora\n\n"
        + "".join(f"- point {i}\n" for i in range(12)))


def _search(tmp_path, *words: str) -> list[dict]:
    (tmp_path / "n").mkdir(exist_ok=True)
    (tmp_path / "n" / "db.md").write_text(NOTE, encoding="utf-8")
    db = str(tmp_path / "s.db")
    run_here("ingest", str(tmp_path / "n"), "--db", db)
    shown = run_here("search", *words, "--json", "--db", db)
    assert shown.returncode == 0, shown.stderr
    return json.loads(shown.stdout)


def test_a_section_is_found_by_its_heading_below_the_lines_that_say_the_word(tmp_path):
    hits = _search(tmp_path, "aurora")
    lines = [h["line"] for h in hits]
    said = [h for h in hits if h["matches"]]
    under = [h for h in hits if h.get("heading")]
    assert {3, 15, 17} <= {h["line"] for h in said}  # the headings and the line saying it
    assert hits[:len(said)] == said  # every line that says the word comes first
    assert {5, 6, 10} <= {h["line"] for h in under}  # its subsection's line too
    assert all(h["heading"] == "Aurora" for h in under if h["line"] < 12)
    assert 13 not in lines and 14 not in lines  # RDS's own lines are not Aurora's
    # a long section shows a few of its lines, not all twelve
    assert sum(1 for h in under if h["heading"] == "Long section about Aurora") == 5


def test_a_heading_hit_is_marked_in_the_text_output(tmp_path):
    _search(tmp_path, "aurora")
    shown = run_here("search", "aurora", "--db", str(tmp_path / "s.db"), env={"COLUMNS": "120"})
    line = next(x for x in shown.stdout.splitlines() if "15 read replicas" in x)
    assert "(under “Aurora”)" in line
