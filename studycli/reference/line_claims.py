"""Note lines `studycli check` judges by their text alone, whatever facts the parser wrote for
them (none, or facts filed under another service).

A claim entry's patterns are otherwise tried only on the lines of facts of its own service
(studycli/reference/assess.py `_claims_on_line`). Stale claims are often on lines the parser
reads no fact from (a wrapped sentence, a flashcard answer: "KMS request quota (5,500 /
10,000 / 30,000 rps ...)") or files under another service (a Site-to-Site VPN line under
Direct Connect, a list of databases under its first one, ElastiCache, though it ends with
QLDB). Two kinds of entry are therefore read against every note line:

- a claim entry with `claim_any_line = true`: its patterns name what they are about
  themselves ("vpn ... max 1.25 gbps"), so they need no fact to say which service a line is
  about;
- a retired service's end-of-support entry (keys.RETIRED), for a line that names that service
  (services.find_services) and does not itself say it is retired.

Each finding is a pseudo fact of the entry's own key, so it merges with a finding the same
entry made through a fact of that line (findings.find_all keeps one per line and entry).
"""

from __future__ import annotations

import re

from studycli.kinds import Kind


class NoteLine:
    """A note line read against one entry: the fields `check`'s records read."""

    __slots__ = ("attribute", "line", "service", "snippet", "source", "subject", "value")

    qualifier = ""
    kind = Kind.FACT
    number = None
    low = None
    high = None
    unit = ""

    def __init__(self, source: str, line: int, text: str, entry):
        self.source = source
        self.line = line
        self.snippet = text.strip()
        self.value = self.snippet
        self.service, self.subject, self.attribute = entry.service, entry.subject, \
            entry.attribute

    def get(self, name: str, default=None):
        return getattr(self, name, default)


def line_findings(rows, reference, service: str | None = None) -> list[tuple]:
    """(NoteLine, Assessment) for each note line of `rows` ((source, line, text)) that an
    any-line claim entry or a retired service's entry judges; only `service`'s entries when
    given."""
    from studycli.reference.assess import assess_line

    index = reference.index()
    claims = [e for e in index.any_line_claims if service is None or e.service == service]
    retired = _retired_names(index, service)
    prefilter = _prefilter(claims, retired)
    if prefilter is None:
        return []
    out: list[tuple] = []
    for source, number, text in rows:
        if not text or prefilter.search(text) is None:
            continue
        for entry in claims:
            found = assess_line(entry, text)
            if found is not None:
                out.append((NoteLine(source, number, text, entry), found))
        if retired:
            out += _retired_on_line(source, number, text, retired)
    return out


def _retired_names(index, service: str | None) -> dict:
    """Canonical service name -> its end-of-support entry, for the retired services."""
    from studycli.services import canonical_service

    out = {}
    for entry in index.retired.values():
        name = canonical_service(entry.service) or entry.service
        if service is None or name == service:
            out[name] = entry
    return out


def _prefilter(claims, retired: dict) -> re.Pattern | None:
    """One pattern a line must match to be worth reading: any entry's trigger, or a retired
    service's alias; None when there is nothing to look for."""
    from studycli.reference.assess import _trigger
    from studycli.services import catalog

    parts = [f"(?:{_trigger(p)})" for e in claims for p in (*e.supported_by, *e.contradicted_by)]
    aliases = [a for a, name in catalog().service_aliases.items() if name in retired]
    if aliases:
        parts.append(r"\b(?:" + "|".join(map(re.escape, sorted(aliases, key=len, reverse=True)))
                     + r")\b")
    if not parts:
        return None
    try:
        return re.compile("|".join(parts), re.IGNORECASE)
    except re.error:  # a pattern that does not compile: the schema test reports it
        return re.compile("")


def _retired_on_line(source: str, number: int, text: str, retired: dict) -> list[tuple]:
    from studycli.reference.assess import retired_line
    from studycli.services import canonical_service, find_services

    out = []
    for name in dict.fromkeys(canonical_service(m.name) or m.name for m in find_services(text)):
        entry = retired.get(name)
        found = retired_line(entry, text) if entry is not None else None
        if found is not None:
            out.append((NoteLine(source, number, text, entry), found))
    return out
