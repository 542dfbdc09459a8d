"""A cheat sheet's own shorthand for a service ("LMB max TO 15m", "SecMgr secret max 64KB"):
a token written as a shorthand (shorthand_shape.py: capitals with no vowel past the first,
"LMB", or camel case of short parts, "SecMgr") that stands where a service name stands
is read as the one service whose name or alias it abbreviates: an all-capitals token is the
opening of a one-word name's skeleton (its first letter, then its consonants in order, none
skipped: L-M-B of LaMBda, A-P-G-W of "apigw"; letters picked anywhere in a name read HDD as
Health Dashboard and SWF as Snow Family), a camel-case one holds the name's letters in order
(Sec-Mgr in SECrets ManaGeR: each capital after the first opens a word of the name).
Read as written, every such line was filed under no service.

Where a token stands for a service: it opens three lines of the note or more, or it opens a
line of a note whose lines mostly open with a service's name (a cheat sheet, one service a
line). Carefully: never a known alias or subject, never a word the lookup knows
(data/lookup_synonyms.json: "TTL", "RCU", "dflt") or a common term of AWS or of measures
(_TERMS: "IOPS", "CIDR"), never a token of fewer than three letters, and only where exactly
one service fits. A note's legend ("abbr: LMB = Lambda",
notes/legend.py) is applied before, and wins.

A token that opens three lines or more and is read as no service is told (unread_openers):
ingest says so, so that a student can tell why those lines are not found under a service.
"""

from __future__ import annotations

import re
from functools import lru_cache

from studycli.shorthand_shape import OPENER, shaped
from studycli.shorthand_shape import names as stands_for

_MIN_LINES = 3          # a token opening this many lines stands for something
_LED_SHARE = 0.5        # a note whose lines mostly open with a service's name
_LED_MIN = 5
# words of measures and of AWS that open lines and are neither services nor in the lookup's
# vocabulary
_TERMS = frozenset("""iops cidr http https json yaml html xml csv sql nosql dns tls ssl ssh
tcp udp icmp ipv4 ipv6 url uri arn arns sdk sdks cli api apis gui saml oidc oauth jwt ldap mfa
acl acls sla slas rpo rto cdc etl ttl faq todo tbd note notes tip tips pro con cons pros faqs
gib mib kib tib gb mb kb tb ms sec min hr hrs""".split())


@lru_cache(maxsize=1)
def _known() -> tuple[frozenset[str], tuple[tuple[str, str], ...]]:
    """Words never read as a shorthand, and the (alias, service) pairs a shorthand may stand
    for."""
    from studycli.paths import load_json
    from studycli.services import catalog

    cat = catalog()
    words: set[str] = set(_TERMS)
    for phrase in _strings(load_json("lookup_synonyms.json")):
        words.update(re.findall(r"[a-z0-9]+", phrase.lower()))
    words.update(cat.service_aliases)
    words.update(cat.subject_aliases)
    for alias in [*cat.service_aliases, *cat.subject_aliases]:
        words.update(alias.split())
    names = [(alias, service) for alias, service in cat.service_aliases.items()]
    names += [(full.lower(), service) for service, full in cat.full_names.items()]
    names += [(service.lower(), service) for service in cat.full_names]
    return frozenset(words), tuple(names)


def _strings(node) -> list[str]:
    """Every word and phrase of the lookup's vocabulary (data/lookup_synonyms.json: its keys
    and listed values, not its "_doc" prose): the words a student's lookups are read by."""
    if isinstance(node, str):
        return [node]
    if isinstance(node, list):
        return [s for item in node for s in _strings(item)]
    if isinstance(node, dict):
        return [s for k, v in node.items() if not k.startswith("_")
                for s in [k, *_strings(v)]]
    return []


def _is_known(low: str) -> bool:
    """A word lookup knows, or its plural ("MBS" of "mb"): no shorthand, and not reported as
    one that names no service."""
    words = _known()[0]
    return low in words or low.rstrip("s") in words


@lru_cache(maxsize=4096)
def service_of(token: str) -> str | None:
    """The one service the shorthand `token` stands for, or None (not shaped as one, a known
    word, none or several services fit)."""
    if not shaped(token):
        return None
    low = token.lower()
    _words, names = _known()
    if _is_known(low):
        return None
    # "LMB": the opening of one word's consonants (l-m-b of LaMBDa); "SecMgr" by its parts
    fit = {service for alias, service in names if stands_for(token, alias)}
    return fit.pop() if len(fit) == 1 else None


def _openers(lines: list[str], fenced: list[bool]) -> tuple[dict[str, list[int]], int, int]:
    """Each first word's lines; how many lines open with a service's name, of how many."""
    from studycli.services import find_services

    by_token: dict[str, list[int]] = {}
    led = counted = 0
    for i, line in enumerate(lines):
        if fenced[i] or not line.strip():
            continue
        m = OPENER.match(line)
        if m is None:
            continue
        counted += 1
        tok = m.group("tok")
        found = find_services(line[m.start("tok"):m.start("tok") + 40])
        if found and found[0].start == 0:
            led += 1
            continue
        by_token.setdefault(tok, []).append(i)
    return by_token, led, counted


def read_service_shorthand(lines: list[str], fenced: list[bool]) -> tuple[
        list[tuple[str, str, int]], list[tuple[str, int]]]:
    """Rewrite, in place, each shorthand for a service as the service's name (never inside a
    code fence); return what was read (token, service, lines it opens) and the tokens that
    open three lines or more and were read as no service (token, lines)."""
    by_token, led, counted = _openers(lines, fenced)
    if not by_token:
        return [], []
    service_led = led >= _LED_MIN and led >= _LED_SHARE * counted
    read: dict[str, str] = {}
    told: list[tuple[str, str, int]] = []
    unread: list[tuple[str, int]] = []
    for tok, at in by_token.items():
        if len(at) < _MIN_LINES and not service_led:
            continue
        service = service_of(tok)
        if service is not None:
            read[tok] = service
            told.append((tok, service, len(at)))
        elif len(at) >= _MIN_LINES and shaped(tok) and not _is_known(tok.lower()):
            unread.append((tok, len(at)))
    if read:
        pattern = re.compile(r"(?<![A-Za-z0-9_/.@-])(?:"
                             + "|".join(re.escape(t) for t in sorted(read, key=len, reverse=True))
                             + r")(?![A-Za-z0-9_@])")
        for i, line in enumerate(lines):
            if not fenced[i] and line.strip():
                lines[i] = pattern.sub(lambda m: read[m.group(0)], line)
    return told, unread
