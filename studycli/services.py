"""Service and subject names: the alias table in data/services.json, matched as whole words.

Stdlib only (re; the data through paths.load_json): the lookup fast path imports it.
"""

from __future__ import annotations

import re
from collections import namedtuple
from functools import lru_cache

from studycli.ambiguous_names import members
from studycli.match_key import FOLDS_TO_ASCII as _FOLDS_TO_ASCII
from studycli.match_key import table_entry
from studycli.paths import load_json
from studycli.regex_trie import trie_pattern

# A plain namedtuple and class rather than dataclasses: `dataclasses` pulls in `inspect`
# (~10 ms), a tenth of the lookup fast path's whole budget.
Mention = namedtuple("Mention", "name start end alias")
Mention.__doc__ = "A service (or subject) mentioned in text: canonical name, span, alias matched."


class Catalog:
    """The alias table. The big alias regexes are compiled on first use only."""

    __slots__ = ("full_names", "service_aliases", "subject_aliases", "yielding", "shown",
                 "_service_re",
                 "_subject_re", "_ascii_aliases", "_service_lower_re", "_subject_lower_re")

    def __init__(self, full_names: dict[str, str], service_aliases: dict[str, str],
                 subject_aliases: dict[str, tuple[str, str]],
                 yielding: frozenset[str] = frozenset(), shown: dict[str, str] | None = None):
        self.full_names = full_names                # service -> "Amazon SQS"
        self.shown = shown or {}                    # service -> readiness' name (renamed)
        self.yielding = yielding                    # services a text names only alone
        self.service_aliases = service_aliases      # alias -> service
        self.subject_aliases = subject_aliases      # alias -> (service, subject)
        self._service_re: re.Pattern | None = None
        self._subject_re: re.Pattern | None = None
        self._ascii_aliases: tuple[str, ...] | None = None  # lower-cased; None: not yet known
        self._service_lower_re: re.Pattern | None = None
        self._subject_lower_re: re.Pattern | None = None

    @property
    def service_pattern(self) -> re.Pattern:
        if self._service_re is None:
            self._service_re = _pattern(self.service_aliases)
        return self._service_re

    @property
    def service_pattern_lower(self) -> re.Pattern:
        """service_pattern without re.IGNORECASE, for ASCII text lower-cased (alias_spans)."""
        if self._service_lower_re is None:
            self._service_lower_re = _lower_pattern(self.service_aliases)
        return self._service_lower_re

    def may_name_a_service(self, text: str) -> bool:
        """False only when service_pattern cannot match `text`: an ASCII text that holds no
        alias (all ASCII), whatever its case. Microseconds, against ~5 ms to compile the
        pattern, which a command reading a line or two with no service in it (the quiz's
        first card) need not pay."""
        if self._ascii_aliases is None:
            lowered = tuple(a.lower() for a in self.service_aliases)
            self._ascii_aliases = lowered if all(a.isascii() for a in lowered) else ()
        if not text.isascii() or not self._ascii_aliases:
            return True
        low = text.lower()
        return any(a in low for a in self._ascii_aliases)

    @property
    def subject_pattern(self) -> re.Pattern:
        if self._subject_re is None:
            self._subject_re = _pattern(self.subject_aliases)
        return self._subject_re

    @property
    def subject_pattern_lower(self) -> re.Pattern:
        """subject_pattern without re.IGNORECASE, for ASCII text lower-cased (alias_spans)."""
        if self._subject_lower_re is None:
            self._subject_lower_re = _lower_pattern(self.subject_aliases)
        return self._subject_lower_re


def _pattern(aliases, flags: int = re.IGNORECASE) -> re.Pattern:
    # A trie-shaped alternation: the engine follows one branch per letter instead of trying
    # every alias at every position (a note line costs a few µs, not tens). Its optional tails
    # are greedy, so the longest alias wins ("kinesis data firehose" over "kinesis"). A name
    # glued to an arrow, of any length, is still a name: "Lambda-> 1 million requests",
    # "Lambda--> ..." (not "lambda-based", "Lambda--based", "Lambda-- note").
    return re.compile(rf"(?<![\w@/-])(?:{trie_pattern(a.lower() for a in aliases)})"
                      rf"(?![\w@]|-(?!-*>))", flags)


def _lower_pattern(aliases) -> re.Pattern:
    # An alias with a letter other than ASCII ("ſ" folds to "s") needs case ignored even in
    # lower-cased ASCII text; none has one today
    return _pattern(aliases, 0 if all(a.isascii() for a in aliases) else re.IGNORECASE)


def alias_spans(text: str, subjects: bool = False) -> list[tuple[int, int]]:
    """The spans of the service (or subject) alias pattern's matches in `text` (finditer).
    A text is searched lower-cased (str.lower), with the pattern that does not ignore case:
    the same matches (the aliases are ASCII lower case, ignoring case on ASCII letters is
    ASCII case folding, `\\w` and the look-arounds read no case, and the other characters
    stay as they read: below) in half the time (the engine compares letters as they are
    instead of folding each one), unless it holds one of the four letters that fold to an
    ASCII one. The IGNORECASE pattern is then compiled only for such a text (a command
    compiled both: ~5 ms)."""
    cat = catalog()
    if not text.isascii() and any(c in text for c in _FOLDS_TO_ASCII):
        pattern = cat.subject_pattern if subjects else cat.service_pattern
        return [m.span() for m in pattern.finditer(text)]
    # str.lower lower-cases characters other than ASCII too: each of them stays one character
    # other than ASCII, a word character or not as it was (checked over every code point by
    # tests/test_speed14_reader_gates.py), so none matches an alias's letter and the
    # look-arounds read them as the pattern does; str.lower is C, where translate with a
    # table was a dictionary look-up per character (~30 us a line with an arrow or a dash)
    lowered = text.lower()
    lower = cat.subject_pattern_lower if subjects else cat.service_pattern_lower
    return [m.span() for m in lower.finditer(lowered)]


@lru_cache(maxsize=8192)  # a line's words are blanked for several of its numbers' readers
def blank_services(text: str, fill: str | None = None) -> str:
    """`text` with each service name replaced by spaces as long as it (positions stay where
    they were), or by `fill`: service_pattern.sub(...), from alias_spans."""
    spans = alias_spans(text)
    if not spans:
        return text
    parts, last = [], 0
    for start, end in spans:
        parts.append(text[last:start])
        parts.append(" " * (end - start) if fill is None else fill)
        last = end
    parts.append(text[last:])
    return "".join(parts)


@lru_cache(maxsize=1)
def catalog() -> Catalog:
    raw = load_json("services.json")["services"]
    full: dict[str, str] = {}
    service_aliases: dict[str, str] = {}
    subject_aliases: dict[str, tuple[str, str]] = {}
    yielding: set[str] = set()
    for name, entry in raw.items():
        full[name] = entry.get("full", name)
        if entry.get("yields_to_services", False):
            yielding.add(name)
        # A name that is also an everyday word ("Batch", "Config") is matched only by its
        # aliases ("aws batch"), never on its own.
        own = [name] if entry.get("name_is_alias", True) else []
        for alias in [*own, entry.get("full", name), *entry.get("aliases", [])]:
            service_aliases.setdefault(alias.lower(), name)
        for subject, aliases in entry.get("subjects", {}).items():
            for alias in [subject, *aliases]:
                subject_aliases.setdefault(alias.lower(), (name, subject))
    shown = {name: entry["shown"] for name, entry in raw.items() if entry.get("shown")}
    return Catalog(full, service_aliases, subject_aliases, frozenset(yielding), shown)


@lru_cache(maxsize=512)  # more than the catalog has services
def subjects_of(owner: str) -> frozenset[str]:
    """The subjects the catalog files under service `owner`, lowercased: a comparison line's
    sides ask it once each, at ingest, over every subject alias."""
    return frozenset(sub.lower() for o, sub in catalog().subject_aliases.values() if o == owner)


@lru_cache(maxsize=1)
def multiword_aliases() -> tuple[tuple[str, ...], re.Pattern]:
    """Every service and subject alias of two or more words, longest first, and a pattern that
    finds one at the end of a text (a glued web table's header ends with one)."""
    cat = catalog()
    words = tuple(a for a in sorted({*cat.subject_aliases, *cat.service_aliases}, key=len,
                                    reverse=True) if " " in a)
    return words, re.compile(rf"(?:{trie_pattern(words)})\Z")


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


# Cached: a note's headings and list parents are looked up again for every line under them,
# and each line again when its facts are read, after every line's context (a 1 MB note's
# ~40,000 texts: a 4,096 cache had lost its first lines by then).
@lru_cache(maxsize=65536)
def _service_mentions(text: str) -> tuple[Mention, ...]:
    cat = catalog()
    if text.isascii():
        if cat._service_lower_re is None and not cat.may_name_a_service(text):
            return ()  # the pattern is compiled when a text may need it
    found = tuple(Mention(_aliased(cat.service_aliases, text[s:e]), s, e, text[s:e])
                  for s, e in alias_spans(text))
    return _without_yielding(found, cat.yielding)


def _without_yielding(found: tuple[Mention, ...], yielding: frozenset[str]) -> tuple[Mention, ...]:
    """`found` less the services that yield to any other (data/services.json
    "yields_to_services": a framework such as the Well-Architected Framework, which holds no
    facts of its own), when another is named: "AWS Well-Architected Framework: Reliability
    pillar -> RDS Multi-AZ failover takes 60-120 seconds" is RDS's line."""
    if not yielding or not any(m.name in yielding for m in found):
        return found
    others = tuple(m for m in found if m.name not in yielding)
    return others or found


def _aliased(table: dict, matched: str):
    """The entry of the alias the pattern matched. Its case-insensitive match also takes
    letters whose lower case is no ASCII letter ("ſqs", "\u212aMS", "ıam"): those find their
    alias by the pattern's own rule (a KeyError used to end the ingest)."""
    return table_entry(table, matched)


@lru_cache(maxsize=1)
def _descriptive_aliases() -> frozenset[str]:
    """Subject aliases that are also words of a property other subjects have
    (data/services.json "descriptive_aliases"): "instant retrieval" is Glacier Instant
    Retrieval, and also what "One Zone-IA: instant retrieval, min 30 days" says One Zone-IA
    gives."""
    raw = load_json("services.json")["services"]
    return frozenset(a.lower() for entry in raw.values()
                     for a in entry.get("descriptive_aliases", []))


@lru_cache(maxsize=65536)
def _subject_mentions(text: str) -> tuple[tuple[str, Mention], ...]:
    cat = catalog()
    descriptive = _descriptive_aliases()
    out: list[tuple[str, Mention]] = []
    for s, e in alias_spans(text, subjects=True):
        owner, subject = _aliased(cat.subject_aliases, text[s:e])
        if text[s:e].lower() in descriptive and any(
                o == owner and m.name != subject and subject not in members(m.name)
                for o, m in out):
            continue  # another class named before it: the words say what that one gives
        out.append((owner, Mention(subject, s, e, text[s:e])))
    return tuple(out)


def find_services(text: str) -> list[Mention]:
    """Every service mentioned in `text`, in order of appearance."""
    return list(_service_mentions(text))


def without_service_names(text: str) -> str:
    """`text` with every service name it mentions cut out: the "53" of "Route 53" and the "3"
    of "S3" are part of a name, not a number the text states."""
    for m in reversed(find_services(text)):
        text = text[:m.start] + text[m.end:]
    return text


def subject_mentions(text: str) -> tuple[tuple[str, Mention], ...]:
    """Subjects mentioned in `text`, each with the service it is of, in order."""
    return _subject_mentions(text)


def find_subjects(text: str, service: str | None = None) -> list[Mention]:
    """Subjects mentioned in `text` (of `service` only, when given)."""
    return [m for owner, m in _subject_mentions(text) if service is None or owner == service]


def subject_entry(mention: Mention) -> tuple[str, str]:
    """The (service, subject) a subject mention stands for. Its `alias` is the text as the note
    spells it, found ignoring case: "fİfo", "replıca" or "bucketſ" lower-case to no key of the
    alias table (.lower() of "İ" is two letters), so the entry is found by the pattern's rule."""
    return _aliased(catalog().subject_aliases, mention.alias)


def full_name(service: str) -> str:
    return catalog().full_names.get(service, service)


def shown_name(service: str) -> str:
    """The name readiness suggests adding notes on: the canonical name with AWS's current
    one where AWS renamed (part of) the service since ("Kinesis Data Analytics (now Managed
    Service for Apache Flink)"; data/services.json's "shown"), else the canonical name."""
    return catalog().shown.get(service, service)


SubService = namedtuple("SubService", "service subject parents parent_attributes")
SubService.__doc__ = ("A service (or distinctive subject) notes file under a parent's heading, "
                      "and the attributes only its parent has (data/sub_services.json).")


@lru_cache(maxsize=1)
def sub_services() -> dict[str, SubService]:
    """By the name a line mentions (a service, or a subject such as "Lambda@Edge")."""
    raw = load_json("sub_services.json")["within"]
    out: dict[str, SubService] = {}
    for name, entry in raw.items():
        owner = entry.get("subject_of", "")
        attributes = entry.get("parent_attributes", [])
        out[name] = SubService(owner or name, name if owner else "", tuple(entry["parents"]),
                               re.compile("|".join(attributes), re.IGNORECASE) if attributes
                               else None)
    return out
