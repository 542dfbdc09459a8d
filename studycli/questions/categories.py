"""data/categories.json, read once per process: the measures whose value depends on a context
(stem_conditions), invokers asked in one mode or named by one feature, families of subjects, the
scenario requirements. Every reader takes its part from here."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def categories() -> dict:
    """The parsed file; {} when it is missing or damaged (no question then needs it)."""
    import json

    from studycli.paths import read_data

    try:
        data = json.loads(read_data("categories.json"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}
