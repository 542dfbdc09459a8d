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


# A pure function of the (once loaded) catalog, asked twice for every fact of an ingest's AWS
# check; a note names a few dozen services and subjects.
@lru_cache(maxsize=4096)
def norm_service(name: str) -> str:
    """Canonical service for a name or exact alias; unknown names are kept, lower-cased."""
    key = _SPACES.sub(" ", name.strip().lower())
    return catalog().service_aliases.get(key, key).lower()


@lru_cache(maxsize=4096)
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

# An alias subject that stands for every subject of the entry's service: the entry states a
# quantity that does not depend on the subject (a Step Functions payload is 256 KiB in a
# Standard and an Express workflow alike), so a note may file it under any of them.
ANY_SUBJECT = "*"

# Words that only join an attribute's words: "items (per transaction)" and "transaction items"
# name one quantity; "per" alone never tells two quantities apart once the words around it
# are kept ("requests per second" keeps "second").
_JOINING_WORDS = frozenset({"a", "an", "the", "of", "per", "in", "for", "each", "on"})
_BAG_WORD = re.compile(r"[a-z0-9@]+")


# One word, two spellings: a note's "URL expiry" is AWS's "URL expiration"; "msg/s" is
# messages. Only spellings of one word, never two words that name different things.
_SAME_WORD = {"expiry": "expiration", "expire": "expiration", "ttl": "expiration",
              "msg": "message",
              "message": "message", "sec": "second", "second": "second", "req": "request",
              "request": "request", "conn": "connection", "connection": "connection",
              "vol": "volume"}

# Words of a subject that only say what kind of thing it is: "on-demand mode" is on-demand,
# "Standard workflow" is Standard, "FIFO queue" is FIFO, once the subject's words join the
# attribute's (combined_bag).
_SUBJECT_KIND_WORDS = frozenset({"mode", "workflow", "queue", "class", "type", "tier"})


def _bag_words(text: str) -> set[str]:
    out = set()
    for w in _BAG_WORD.findall(text.lower()):
        if w in _JOINING_WORDS:
            continue
        w = w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
        out.add(_SAME_WORD.get(w, w))
    return out


# AWS quotas are per account and Region unless they say otherwise, so a note's "(per
# region)" or "per AWS account" names the same quantity as the entry's bare phrase.
_DEFAULT_SCOPE = re.compile(r"\(?\s*\bper\s+(?:aws\s+)?(?:region|account)\s*\)?",
                            re.IGNORECASE)


@lru_cache(maxsize=4096)
def attribute_bag(attribute: str) -> str:
    """An attribute phrase as its content words, sorted, a plural 's' dropped: the same words
    in another order or with a parenthesis ("items (per transaction)", "transaction items")
    give one bag. Every word counts, so "read throughput" never meets "throughput"."""
    return " ".join(sorted(_bag_words(_DEFAULT_SCOPE.sub(" ", norm_attribute(attribute)))))


@lru_cache(maxsize=8192)
def combined_bag(service: str, subject: str, attribute: str) -> str:
    """A key's subject and attribute as one bag of words: the parser writes "AssumeRole" +
    "session duration" where the reference says "" + "AssumeRole session duration", and
    "on-demand mode" + "write throughput" for "" + "on-demand write throughput". The
    service's own name and words that only say what kind of subject it is are left out.
    Empty when the key has no subject words (the attribute bag already covers it)."""
    service_words = _bag_words(service)
    subject_words = _bag_words(subject) - _SUBJECT_KIND_WORDS - service_words
    if not subject_words:
        return ""
    return " ".join(sorted(subject_words | set(attribute_bag(attribute).split())))


_ALTERNATIVES = re.compile(r"^([A-Za-z][\w-]*)\s*/\s*([A-Za-z][\w-]*)(\s+.+)$")


def alternatives(attribute: str) -> tuple[str, ...]:
    """The quantities an attribute written with a slash names: "ID/access token validity" is
    the ID token's validity and the access token's ("" when it has no such slash)."""
    m = _ALTERNATIVES.match(attribute.strip())
    if m is None:
        return ()
    return (m.group(1) + m.group(3), m.group(2) + m.group(3))


# An API operation name the parser writes as a subject ("TransactWriteItems", "GetRecords",
# "PutMetricData"): two or more capitalised words run together.
_OPERATION = re.compile(r"^(?:[A-Z][a-z0-9]+){2,}$")


def is_operation(subject: str) -> bool:
    return _OPERATION.match(subject.strip()) is not None


class Index:
    __slots__ = ("any_line_claims", "by_bag", "by_combined", "by_key", "by_service",
                 "claims_by_service", "families", "measures", "retired")

    def __init__(self):
        self.by_key: dict[tuple[str, str, str], list] = {}
        # (service, subject, attribute_bag): the same keys, their attribute's words unordered
        self.by_bag: dict[tuple[str, str, str], list] = {}
        # (service, combined_bag): the subject's words and the attribute's, as one bag
        self.by_combined: dict[tuple[str, str], list] = {}
        self.families: dict[tuple[str, str, str], list] = {}  # family()'s answers
        self.claims_by_service: dict[str, list] = {}
        self.retired: dict[str, object] = {}  # service -> its end-of-support entry
        self.any_line_claims: list = []  # verified claim entries tried on every note line
        # (service, qualifier, unit, number) -> the entries stating that measure in a family
        # with a default, in by_key's order: the keyed measure a claim entry restates
        self.measures: dict[tuple, list] = {}
        # service -> its (key, family) pairs of by_key: a measure looked for among one
        # service's entries, not the whole reference's
        self.by_service: dict[str, list[tuple]] = {}


def build_index(entries) -> Index:
    index = Index()
    for e in entries:
        key = fact_key(e.service, e.subject, e.attribute)
        index.by_key.setdefault(key, []).append(e)
        _add(index.by_bag, (key[0], key[1], attribute_bag(e.attribute)), e)
        _add_combined(index, key[0], e.subject, e.attribute, e)
        # One verified value, many phrasings: an alias is the same quantity under the key the
        # parser writes for another phrasing ("storage size" for gp3's "volume size").
        for subject, attribute in e.aliases:
            alias = fact_key(e.service, subject, attribute)
            family = index.by_key.setdefault(alias, [])
            if alias != key and e not in family:
                family.append(e)
            _add(index.by_bag, (alias[0], alias[1], attribute_bag(attribute)), e)
            if subject != ANY_SUBJECT:
                _add_combined(index, alias[0], subject, attribute, e)
        if e.supported_by or e.contradicted_by:
            for service in dict.fromkeys((key[0], *map(norm_service, e.claim_services))):
                index.claims_by_service.setdefault(service, []).append(e)
        if key[2] == RETIRED and e.verified:
            index.retired[key[0]] = e
        if e.claim_any_line and e.verified and (e.supported_by or e.contradicted_by):
            index.any_line_claims.append(e)
    _index_measures(index)
    return index


def _index_measures(index: Index) -> None:
    """Index.measures: the numeric entries of families with a default, by what they state;
    Index.by_service: each service's families."""
    for key, family in index.by_key.items():
        index.by_service.setdefault(key[0], []).append((key, family))
    for family in index.by_key.values():
        if any(x.qualifier == "default" for x in family):
            for e in family:
                if e.number is not None:
                    stated = index.measures.setdefault(measure(e), [])
                    if e not in stated:
                        stated.append(e)


def measure(e) -> tuple:
    """What a numeric entry states, whatever its key: the same service, qualifier, unit and
    number is one measure (kinesis.record-size.claim restates kinesis.record-size.max)."""
    return (e.service, e.qualifier, e.unit, e.number)


def _add_combined(index: Index, service: str, subject: str, attribute: str, e) -> None:
    bag = combined_bag(service, subject, attribute) or attribute_bag(attribute)
    # A subject that adds no word ("read replica" of "read replicas") would let every
    # subjectless fact of the attribute meet a subject's entry ("RDS for Oracle: up to 5 read
    # replicas" met the MySQL-family 15): such an entry is met by its key, not its words.
    if bag and not (subject and bag == attribute_bag(attribute)):
        _add(index.by_combined, (service, bag), e)
    # A service named after another ("CloudWatch Logs" after "CloudWatch"): notes file its
    # facts under the parent with the extra word in the attribute ("log event size").
    for parent, extra in _parent_services(service):
        joined = " ".join(sorted(set(bag.split()) | extra))
        _add(index.by_combined, (parent, joined), e)


@lru_cache(maxsize=256)
def _parent_services(service: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """(parent, the words the service's name adds) for each canonical service whose name
    this one extends by whole words."""
    names = {n.lower() for n in catalog().service_aliases.values()}
    return tuple((p, frozenset(_bag_words(service[len(p):]))) for p in sorted(names)
                 if service.startswith(p + " ") and _bag_words(service[len(p):]))


def _add(table: dict, key: tuple, e) -> None:
    family = table.setdefault(key, [])
    if e not in family:
        family.append(e)


def family(index: Index, service: str, subject: str, attribute: str) -> list:
    """The entries about a note fact's quantity, most specific first:
    - its exact key (service, subject, attribute), or an alias's;
    - else the same attribute words in another order or wording of joins ("items (per
      transaction)" for "transaction items");
    - else, for a fact filed under one of the service's API operations ("TransactWriteItems"),
      the service-wide entries (subject ""): an operation's quantity is the service's;
    - else the entries that state their quantity for every subject (alias subject "*").
    Never another subject's entry: Glacier's minimum storage duration is not Standard-IA's."""
    asked = (service, subject, attribute)
    found = index.families.get(asked)
    if found is None:
        found = index.families[asked] = _family(index, service, subject, attribute)
    return found


def _family(index: Index, service: str, subject: str, attribute: str) -> list:
    key = fact_key(service, subject, attribute)
    found = index.by_key.get(key)
    if found:
        return found
    bag = attribute_bag(attribute)
    if not bag:
        return []
    found = index.by_bag.get((key[0], key[1], bag))
    if found:
        return found
    if not key[1]:
        # No subject: the attribute may carry one's words ("on-demand write throughput" for
        # an entry filed under the on-demand mode's "write throughput").
        return index.by_combined.get((key[0], bag), [])
    combined = combined_bag(key[0], subject, attribute)
    if combined:
        found = index.by_combined.get((key[0], combined))
        if found:
            return found
    if is_operation(subject):
        found = [e for e in index.by_key.get((key[0], "", key[2]), [])
                 + index.by_bag.get((key[0], "", bag), []) if not e.subject]
        if found:
            return list(dict.fromkeys(found))
    return index.by_key.get((key[0], ANY_SUBJECT, key[2])) or \
        index.by_bag.get((key[0], ANY_SUBJECT, bag), [])

