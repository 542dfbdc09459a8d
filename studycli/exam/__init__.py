"""Practice exams: profiles, generation, the timed session, scoring, storage and export.

`last_missed_fact_ids(db)` is what `studycli quiz --missed` drills.
"""

from __future__ import annotations


def last_missed_fact_ids(db) -> list[str]:
    """Fact ids behind the questions missed in the most recent finished exam (may be empty)."""
    from studycli.store.exams import last_missed_fact_ids as _query

    return _query(db)
