"""Service and subject names: the alias table in data/services.json, matched as whole words.

Stdlib only (json, re): the lookup fast path imports it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from studycli.paths import data_dir


@dataclass(frozen=True)
class Mention:
    name: str          # canonical service (or subject) name
    start: int
    end: int
    alias: str


@dataclass(frozen=True)
class Catalog:
    full_names: dict[str, str]                 # service -> "Amazon SQS"
    service_aliases: dict[str, str]            # alias -> service
    subject_aliases: dict[str, tuple[str, str]]  # alias -> (service, subject)
    service_pattern: re.Pattern
    subject_pattern: re.Pattern


def _pattern(aliases) -> re.Pattern:
    # Longest first so "kinesis data firehose" wins over "kinesis".
    ordered = sorted(aliases, key=len, reverse=True)
    body = "|".join(re.escape(a) for a in ordered)
    return re.compile(rf"(?<![\w@/-])(?:{body})(?![\w@-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def catalog() -> Catalog:
    raw = json.loads((data_dir() / "services.json").read_text(encoding="utf-8"))["services"]
    full, service_aliases, subject_aliases = {}, {}, {}
    for name, entry in raw.items():
        full[name] = entry.get("full", name)
        for alias in [name, entry.get("full", name), *entry.get("aliases", [])]:
            service_aliases.setdefault(alias.lower(), name)
        for subject, aliases in entry.get("subjects", {}).items():
            for alias in [subject, *aliases]:
                subject_aliases.setdefault(alias.lower(), (name, subject))
    return Catalog(full, service_aliases, subject_aliases,
                   _pattern(service_aliases), _pattern(subject_aliases))


def canonical_service(text: str | None) -> str | None:
    """The canonical service for a name or alias typed on its own ("apigw" -> "API Gateway")."""
    if not text:
        return None
    cat = catalog()
    key = text.strip().lower()
    if key in cat.service_aliases:
        return cat.service_aliases[key]
    found = find_services(text)
    return found[0].name if found else None


# Cached: a note's headings and list parents are looked up again for every line under them.
@lru_cache(maxsize=4096)
def _service_mentions(text: str) -> tuple[Mention, ...]:
    cat = catalog()
    return tuple(Mention(cat.service_aliases[m.group(0).lower()], m.start(), m.end(), m.group(0))
                 for m in cat.service_pattern.finditer(text))


@lru_cache(maxsize=4096)
def _subject_mentions(text: str) -> tuple[tuple[str, Mention], ...]:
    cat = catalog()
    out = []
    for m in cat.subject_pattern.finditer(text):
        owner, subject = cat.subject_aliases[m.group(0).lower()]
        out.append((owner, Mention(subject, m.start(), m.end(), m.group(0))))
    return tuple(out)


def find_services(text: str) -> list[Mention]:
    """Every service mentioned in `text`, in order of appearance."""
    return list(_service_mentions(text))


def find_subjects(text: str, service: str | None = None) -> list[Mention]:
    """Subjects mentioned in `text` (of `service` only, when given)."""
    return [m for owner, m in _subject_mentions(text) if service is None or owner == service]


def full_name(service: str) -> str:
    return catalog().full_names.get(service, service)
