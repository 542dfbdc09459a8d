"""`conflicts` and `compare` mark a side only where the quiz's own rule vouches for it
(store.currency.VOUCHED, asked for the facts on screen only)."""

from __future__ import annotations

from studycli.store.currency import for_facts, vouched_ids
from studycli.store.db import connect


def test_vouched_among_some_facts_is_the_rule_applied_to_them(shipped_db_file):
    conn = connect(shipped_db_file, readonly=True).conn
    every = vouched_ids(conn)
    ids = [r[0] for r in conn.execute("SELECT id FROM facts ORDER BY id")][:1200]
    among = vouched_ids(conn, ids)
    assert among == every & set(ids) and among
    # and it vouches for no fact the reference did not meet
    met = {i for i, row in for_facts(conn, ids).items()
           if row["status"] in ("current", "outdated", "wrong")}
    assert among <= met
