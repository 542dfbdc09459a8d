"""What the AWS docs say about a lookup the notes do not answer: studycli's curated reference
(data/reference/), set apart from the notes and never printed as an answer (`--json` stays
`[]`). Computed here, not in a renderer, so that any program using `lookup` gets the same
lines; read only when asked for (`LookupResult.docs`), so an abstention in `--json` costs
nothing more.
"""

from __future__ import annotations

DOC_KEYS = ("id", "service", "statement", "url", "checked")


def aws_docs_say(query: str, service: str | None = None, limit: int = 1) -> list[dict]:
    """Verified reference entries that answer `query`, best first, each as a dict of
    DOC_KEYS. With `service` (the `--service` filter, canonical name) only that service's
    entries: a query that names other services and not this one gets none, since what it
    asks and the filter disagree. Never raises: the reference is a bonus here, and a broken
    file must not break a lookup."""
    try:
        from studycli.reference import entries_for_query
        from studycli.services import find_services

        text = query
        if service:
            named = {m.name.lower() for m in find_services(query)}
            if named and service.lower() not in named:
                return []
            if not named:  # the filter names the service the query leaves implicit
                text = f"{service} {query}"
        entries = entries_for_query(text, limit=limit if not service else max(limit, 10))
    except Exception:  # noqa: BLE001  (see the docstring)
        return []
    if service:
        entries = [e for e in entries if e.service.lower() == service.lower()]
    return [{k: getattr(e, k) for k in DOC_KEYS} for e in entries[:limit]]
