"""`studycli check`'s findings are counted the same way everywhere: one per note line and thing
checked ("from 0B to 5TB" is one finding, not a range and a max).

- The fact base's own currency rows (status_counts) carry the findings of lines that hold
  facts: a finding `check` reads off the text of a line with no fact (an any-line claim, a bare
  line under a service's heading: reference/line_claims.py) has no fact to carry it, so only
  lines with facts are compared with them.
- The ingest summary's "AWS check" line is `check`'s own tally (commands._aws_tally), so it
  counts every finding `check` lists, those of lines with no fact included: a summary that
  said fewer than `check` lists would tell a student a stale line is fine."""

import json
import re
import sqlite3

from studycli.store.currency import status_counts
from tests.review.harness import shipped_db

from .helpers import run_here


def test_currency_rows_count_what_check_lists_on_lines_with_facts(shipped_copy):
    db = shipped_copy
    store = shipped_db(db)  # opens the copy (already ingested)
    counts = status_counts(store.conn)
    with_facts = set(store.conn.execute("SELECT DISTINCT source, line FROM facts").fetchall())
    store.conn.close()
    r = run_here("check", "--json", db=db)
    listed = [x for x in json.loads(r.stdout) if (x["source"], x["line"]) in with_facts]
    assert counts is not None and counts["outdated"] + counts["wrong"] > 0
    assert counts["outdated"] == sum(1 for x in listed if x["status"] == "outdated")
    assert counts["wrong"] == sum(1 for x in listed if x["status"] == "wrong")


def test_ingest_summary_counts_a_finding_on_a_line_with_no_fact(tmp_path):
    # "inflight fifo: 20000" under "## SQS" holds no fact (no unit, no service named): only
    # the section's SQS claim reads it (20,000 in flight is FIFO's old quota)
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "sqs.md").write_text("# Study\n\n## SQS\n- inflight fifo: 20000\n"
                                  "- Snowcone: 8 TB\n", encoding="utf-8")
    db = tmp_path / "s.db"
    summary = run_here("ingest", str(notes), db=db).stdout
    with sqlite3.connect(db) as conn:
        with_facts = {line for (line,) in conn.execute("SELECT DISTINCT line FROM facts")}
    listed = json.loads(run_here("check", "--json", db=db).stdout)
    flagged = [x for x in listed if x["status"] in ("outdated", "wrong")]
    assert 4 not in with_facts and any(x["line"] == 4 for x in flagged), (with_facts, listed)
    tally = re.search(r"AWS check\s+(\d+) outdated, (\d+) wrong", summary)
    assert tally is not None, summary
    assert int(tally[1]) == sum(1 for x in flagged if x["status"] == "outdated"), summary
    assert int(tally[2]) == sum(1 for x in flagged if x["status"] == "wrong"), summary
