"""Each fact's AWS status row (fact_currency, worked out at ingest), read once in a lookup.

A lookup asks it twice: a default asked drops a bare figure the reference reads as the
setting's maximum (core._reference_max_for_default, of every answer), and the answers kept
are then marked with what AWS says (core._attach_currency, with their conflicts' sides).
Each asked its own rows, one query an answer for the first; here the answers' rows are read
in one query and kept, and a later question reads only the facts not asked before.
Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

import _sqlite3 as sqlite3  # sqlite3 less its datetime import: store/__init__.py
from collections.abc import Iterable


class CurrencyRows:
    """fact id -> its status row, read from `conn` at most once a fact."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._rows: dict[str, dict] = {}
        self._asked: set[str] = set()

    def of(self, fact_ids: Iterable[str]) -> dict[str, dict]:
        """fact id -> its status row, for the ids that have one (store.currency.for_facts)."""
        ids = [i for i in dict.fromkeys(fact_ids) if i]
        new = [i for i in ids if i not in self._asked]
        if new:
            from studycli.store.currency import for_facts

            self._rows.update(for_facts(self._conn, new))
            self._asked.update(new)
        return {i: self._rows[i] for i in ids if i in self._rows}
