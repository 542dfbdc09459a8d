"""Names that stand for more than one thing AWS sells today (data/ambiguous_names.json).

"S3 Glacier" now means Glacier Instant Retrieval or Glacier Flexible Retrieval, whose figures
differ: "Which has a 99.9% SLA: S3 Glacier or One Zone-IA?" is right for one member and wrong
for the other. A question generator asks about such a name only where every member gives the
same answer; `member_values` gives it what it needs to tell, or None when it cannot.
"""

from __future__ import annotations

import re
from functools import lru_cache

from studycli.paths import load_json


@lru_cache(maxsize=1)
def _table() -> dict[str, dict]:
    raw = load_json("ambiguous_names.json")  # no json import on a lookup's path
    return {name.lower(): entry for name, entry in raw.items() if not name.startswith("_")}


def _words(text: str) -> set[str]:
    # "Availability Zones" and "AZ" count as "zone" / "az": plurals are folded.
    return {w[:-1] if len(w) > 3 and w.endswith("s") else w
            for w in re.findall(r"[a-z0-9]+", text.lower())}


def is_ambiguous(name: str) -> bool:
    return name.strip().lower() in _table()


def members(name: str) -> list[str]:
    entry = _table().get(name.strip().lower())
    return list(entry["members"]) if entry else []


def related(one: str, other: str) -> bool:
    """Whether either name is a family whose classes include the other (case ignored):
    "glacier" and "S3 Glacier Flexible Retrieval" either way round."""
    a, b = one.strip().lower(), other.strip().lower()
    return (b in (m.lower() for m in members(a))) or (a in (m.lower() for m in members(b)))


def url(name: str) -> str:
    entry = _table().get(name.strip().lower())
    return entry["url"] if entry else ""


def member_values(name: str, aspect: str) -> dict[str, str] | None:
    """member -> its current value of `aspect`, for an ambiguous `name`; None when the name
    is ambiguous and the aspect is not one the data knows (nothing safe to ask), or when the
    name is not ambiguous at all (check is_ambiguous first)."""
    entry = _table().get(name.strip().lower())
    if entry is None:
        return None
    words = _words(aspect)
    for item in entry["aspects"]:
        if any(set(group) <= words for group in item["words"]):
            return dict(zip(entry["members"], item["values"], strict=True))
    return None
