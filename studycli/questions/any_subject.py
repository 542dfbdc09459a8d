"""A note's subject left out of a stem where AWS states the measure for every subject.

A reference entry with an alias of subject "*" ("retention period" of Kinesis Data Streams,
SQS's message size) states its quantity for any subject a note files it under: the note's
subject narrows nothing, and a stem that names it asks of a thing the measure is not set on.
"What is the maximum retention period for Amazon Kinesis Data Streams (shard)?" (a stream's
retention, read off "1 MB/s in per shard; retention 24 h -> 7 d") and "... record size for
Amazon Kinesis Data Streams (shard) when the stream's MaxRecordSize is raised?" were such
stems. A subject the entry names itself (its own, or an alias's: SQS's "FIFO queue") is kept.
"""

from __future__ import annotations

from dataclasses import replace

from studycli.model import Fact


def without_any_subject(fact: Fact, reference_id: str) -> Fact:
    """`fact` without its subject where the entry `reference_id` vouching for it states its
    measure for every subject and names no subject of the note's; else `fact` itself."""
    subject = fact.subject.strip().lower()
    if not subject or not reference_id:
        return fact
    from studycli.questions.currency import own_entry

    entry = own_entry(reference_id, fact.service)
    if entry is None or (entry.subject or "").strip():
        return fact
    attribute = fact.attribute.strip().lower()
    aliases = [(s.strip().lower(), a.strip().lower()) for s, a in entry.aliases]
    if any(s == subject for s, _ in aliases):
        return fact
    if ("*", attribute) not in aliases:
        return fact
    return replace(fact, subject="")
