"""A subject named by the rest of its name under its own service's heading: "streams keep
records 24 hours" under "## DynamoDB" is DynamoDB Streams' (it was DynamoDB's, with no
subject, and answered "how long does dynamodb keep data"); "functions run at edge
locations" under "## CloudFront" is CloudFront Functions'.

The short names come from the alias table itself (data/services.json): a subject alias that
opens with one of its service's names ("dynamodb streams") gives the rest ("streams"). Alone,
such a word names nothing ("streams" is also Kinesis'); only its service's context does."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from studycli.services import catalog


@lru_cache(maxsize=1)
def _short_names() -> dict[str, list[tuple[str, str]]]:
    """service -> (short name, subject), longest short name first."""
    cat = catalog()
    # each service's aliases, in the catalog's order: a subject's alias is tried against its
    # own service's only (against all of them, a cold ingest spent ~5 ms here)
    aliases_of: dict[str, list[str]] = {}
    for service_alias, service in cat.service_aliases.items():
        aliases_of.setdefault(service, []).append(service_alias)
    names: dict[str, dict[str, str]] = {}
    for alias, (owner, subject) in cat.subject_aliases.items():
        for service_alias in aliases_of.get(owner, ()):
            if alias.startswith(service_alias + " "):
                names.setdefault(owner, {})[alias[len(service_alias) + 1:]] = subject
    # A short name of two services' subjects ("standard": S3 Standard, an SQS standard queue)
    # is a plain word of each, not a name: "Standard retrieval: 3-5 hours" under S3 is
    # Glacier's retrieval tier, not S3 Standard's
    seen = Counter(short for shorts in names.values() for short in shorts)
    return {service: sorted(((k, v) for k, v in short.items() if seen[k] == 1),
                            key=lambda kv: -len(kv[0]))
            for service, short in names.items()}


def short_subject(text: str, service: str) -> str:
    """The subject of `service` that `text` opens with by its short name, else ""."""
    head = text.lstrip(" \t-*+•>#_`").lower()
    for short, subject in _short_names().get(service, ()):
        if head.startswith(short) and not _WORD_GOES_ON.match(head, len(short)):
            return subject
    return ""


_WORD_GOES_ON = re.compile(r"[\w@-]")
