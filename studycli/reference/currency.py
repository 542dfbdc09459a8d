"""Every fact of the fact base assessed against the reference, as rows for the fact_currency
table: written at ingest, read by lookup (and anything else that shows a fact)."""

from __future__ import annotations

from studycli.reference.assess import assess
from studycli.reference.loader import load_reference


def currency_rows(facts) -> list[dict]:
    """One row per fact the reference has a firm opinion on (unknown is left out)."""
    reference = load_reference()
    rows = []
    for fact in facts:
        a = assess(fact, reference)
        if a is None or a.status == "unknown":
            continue
        rows.append({"fact_id": fact.id, "status": a.status, "current_value": a.current_value,
                     "url": a.url, "checked": a.checked, "changed": a.changed or "",
                     "reference_id": a.entry_id, "statement": a.statement})
    return rows
