"""Normalized keys: an entry and a note fact meet on (service, subject, attribute, qualifier),
with the alias tables the parser and lookup use (data/services.json, data/attributes.json)."""

from __future__ import annotations

import json
import re
from functools import lru_cache

from studycli.paths import data_dir
from studycli.services import catalog

_SPACES = re.compile(r"\s+")
# Qualifier words written into an attribute ("max message size") belong to the qualifier.
_QUALIFIER_WORDS = re.compile(r"^(?:max(?:imum)?|min(?:imum)?|default)\s+", re.IGNORECASE)


def norm_service(name: str) -> str:
    """Canonical service for a name or exact alias; unknown names are kept, lower-cased."""
    key = _SPACES.sub(" ", name.strip().lower())
    return catalog().service_aliases.get(key, key).lower()


def norm_subject(service: str, subject: str) -> str:
    key = _SPACES.sub(" ", subject.strip().lower())
    if not key:
        return ""
    cat = catalog()
    owner_subject = cat.subject_aliases.get(key)
    if owner_subject and owner_subject[0].lower() == service:
        return owner_subject[1].lower()
    # An invocation mode's subject is the invoking service ("s3", "Amazon SNS").
    return cat.service_aliases.get(key, key).lower()


@lru_cache(maxsize=1)
def _attribute_names() -> dict[str, str]:
    raw = json.loads((data_dir() / "attributes.json").read_text(encoding="utf-8"))["attributes"]
    return {a["name"].lower(): a["name"].lower() for a in raw}


@lru_cache(maxsize=4096)
def norm_attribute(attribute: str) -> str:
    """Lower case, single spaces, qualifier words moved out ("max message size" is the
    parser's "message size" with qualifier max). Nothing fuzzier: two attributes that merely
    share a word ("delivery latency", "delivery semantics") must never meet."""
    phrase = _SPACES.sub(" ", _QUALIFIER_WORDS.sub("", attribute.strip())).lower()
    return _attribute_names().get(phrase, phrase)


def fact_key(service: str, subject: str, attribute: str) -> tuple[str, str, str]:
    s = norm_service(service)
    return s, norm_subject(s, subject), norm_attribute(attribute)


RETIRED = "end of support"  # an entry with this attribute retires its whole service


class Index:
    __slots__ = ("by_key", "claims_by_service", "retired")

    def __init__(self):
        self.by_key: dict[tuple[str, str, str], list] = {}
        self.claims_by_service: dict[str, list] = {}
        self.retired: dict[str, object] = {}  # service -> its end-of-support entry


def build_index(entries) -> Index:
    index = Index()
    for e in entries:
        key = fact_key(e.service, e.subject, e.attribute)
        index.by_key.setdefault(key, []).append(e)
        # One verified value, many phrasings: an alias is the same quantity under the key the
        # parser writes for another phrasing ("storage size" for gp3's "volume size").
        for subject, attribute in e.aliases:
            alias = fact_key(e.service, subject, attribute)
            family = index.by_key.setdefault(alias, [])
            if alias != key and e not in family:
                family.append(e)
        if e.supported_by or e.contradicted_by:
            index.claims_by_service.setdefault(key[0], []).append(e)
        if key[2] == RETIRED and e.verified:
            index.retired[key[0]] = e
    return index
