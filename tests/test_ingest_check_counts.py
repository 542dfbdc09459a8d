"""The ingest summary's "AWS check" line counts findings as `studycli check` does: one per
note line and thing checked ("from 0B to 5TB" is one finding, not a range and a max)."""

import json

from studycli.store.currency import status_counts
from tests.review.harness import shipped_db

from .helpers import run_here


def test_the_ingest_summary_counts_what_check_lists(shipped_copy):
    db = shipped_copy
    store = shipped_db(db)  # opens the copy (already ingested)
    counts = status_counts(store.conn)
    store.conn.close()
    r = run_here("check", "--json", db=db)
    listed = json.loads(r.stdout)
    assert counts is not None and counts["outdated"] + counts["wrong"] > 0
    assert counts["outdated"] == sum(1 for x in listed if x["status"] == "outdated")
    assert counts["wrong"] == sum(1 for x in listed if x["status"] == "wrong")
