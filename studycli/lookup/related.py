"""The note lines shown under "Not in your notes" as related (never answers): lines about the
service asked. A line of another service that shares only an attribute word ("max read
replicas" and a Kinesis shard's "read"; "kms max plaintext size" and SQS's message size) is
no relation a student can use, and read under a question reads as its answer. When the
notes file nothing under a service asked, the lookup says so instead of listing others.
"""

from __future__ import annotations

import sqlite3


def asked_services(q, only: list[str] | None) -> set[str]:
    """The services the lookup is about (lower-cased): those the query names, else the
    `--service` filter's; empty when it names none."""
    return {s.lower() for s in (q.services or only or [])}


WEIGHED = 40  # ranked facts read for a related line: a few more than are ever shown


def of_services(facts: list[dict], services: set[str]) -> list[dict]:
    """The facts about one of `services`: filed under it as their service or their subject
    (an invoker: "SQS" on a Lambda line), or on a line that names it ("Lambda to access VPC
    resources (RDS, ...)"); all of them when no service was asked."""
    if not services:
        return facts
    from studycli.services import canonical_service, find_services

    def names(text: str) -> set[str]:
        return {(canonical_service(m.name) or m.name).lower() for m in find_services(text)}

    return [f for f in facts[:WEIGHED] if (f.get("service") or "").lower() in services
            or (f.get("subject") or "").lower() in services
            or names(f.get("snippet") or "") & services]


def unfiled(conn: sqlite3.Connection, q) -> list[str]:
    """The services the query names that no fact of the notes is filed under (as service or
    subject), in the query's order."""
    out = []
    for name in q.services:
        row = conn.execute("SELECT 1 FROM facts WHERE service = ? COLLATE NOCASE OR "
                           "subject = ? COLLATE NOCASE LIMIT 1", (name, name)).fetchone()
        if row is None:
            out.append(name)
    return out
