"""The fact base's own currency rows count findings as `studycli check` does: one per note line
and thing checked ("from 0B to 5TB" is one finding, not a range and a max). A finding `check`
reads off the text of a line that holds no fact (an any-line claim, a bare line under a
service's heading: line_claims.py) has no fact to carry it, so only lines with facts are
compared; the ingest summary's "AWS check" line is `check`'s own tally (commands._aws_tally)."""

import json

from studycli.store.currency import status_counts
from tests.review.harness import shipped_db

from .helpers import run_here


def test_the_ingest_summary_counts_what_check_lists(shipped_copy):
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
