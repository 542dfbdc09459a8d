"""A service's name typed after "per", and "per <unit of time>" said of billing.

"max security groups per vpc" asks a count per VPC: "5 SGs per ENI" is per another thing.
Only a service that is itself a resource made many times (a VPC, a load balancer, a transit
gateway: RESOURCE_SERVICES) is read as the scope so; "per dynamodb", "per cloudformation",
"per lambda" name no one thing their counts are per ("20 GSIs per table", "500 resources
per stack", "75 GB per region" all answer them), so they ask no scope. A scope asked by such
a name is said by a word of the service's names no other service's name holds ("per alb":
"per load balancer"); a count stated per region or account does not answer it (target groups
are 3,000 per Region but 100 per Application Load Balancer:
https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-limits.html).

"ec2 per second billing minimum", "ec2 billing per second minimum": "per <unit of time>"
beside a word of billing, with a service named, says how finely time is billed, no rate asked
("60 second minimum" answers; with no service, "billing per second" is still a rate:
lookup/query.py); a price asked ("ec2 price per hour", "$ per hour billing") keeps the rate.
Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

from studycli.lookup.lexicon import Lexicon
from studycli.lookup.text import stem

# Services that are themselves resources a count can be per, by the lexicon's names
RESOURCE_SERVICES = frozenset({"VPC", "ELB", "Transit Gateway"})
_NAME_OPENERS = frozenset({"aws", "amazon"})

# Words of how a thing is billed; after "per <unit>" any of these, before it only the first
# ones ("ec2 pricing per hour" asks a price per hour)
BILLED_BEFORE = frozenset({"billing", "billed", "bill"})
_BILLED_AFTER = BILLED_BEFORE | {"pricing", "priced", "charge", "charged", "charging",
                                 "charges"}
# A price asked: the rate is then what is asked ("$ per hour billing")
_PRICE_WORDS = frozenset({"$", "usd", "price", "cost", "costs", "pricing", "priced", "much"})
TIME_UNIT_WORDS = frozenset({"s", "sec", "secs", "second", "seconds", "minute", "minutes",
                             "min", "hour", "hours", "hr", "hrs", "ms", "millisecond",
                             "milliseconds"})


def billed_per(toks: list[str], start: int, end: int, per_words: frozenset[str]) -> bool:
    """Whether toks[start:end] is "per <unit of time>" beside a word of billing ("per-second
    billing", "billing per second") in a query asking no price: a charge's granularity."""
    if not (end - start == 2 and toks[start] in per_words and toks[start + 1] in TIME_UNIT_WORDS):
        return False
    if _PRICE_WORDS.intersection(toks):
        return False
    return ((end < len(toks) and toks[end] in _BILLED_AFTER)
            or (start > 0 and toks[start - 1] in BILLED_BEFORE))


def is_resource(service: str) -> bool:
    """Whether a count can be per one `service` (a VPC, a load balancer)."""
    return service in RESOURCE_SERVICES


def scope_words(lex: Lexicon) -> dict[str, frozenset[str]]:
    """Stem of a one-word name of a resource service -> the stems of its one-word names and
    of the last word of its longer names that no other service's name holds ("alb" -> "alb",
    "elb", "nlb", "balancer", ...; "tgw" -> "transit"; never "network" of "network load
    balancer", which "per network interface" says, nor "gateway", API Gateway's too)."""
    words: dict[str, set[str]] = {}
    for key, service in lex.services.items():
        words.setdefault(service, set()).update(stem(w) for w in key if w not in _NAME_OPENERS)
    owners: dict[str, int] = {}
    for ws in words.values():
        for w in ws:
            owners[w] = owners.get(w, 0) + 1
    said: dict[str, set[str]] = {}
    for key, service in lex.services.items():
        if is_resource(service):
            # the last word of the name no other service's name holds ("transit gateway":
            # "transit")
            own = [w for w in map(stem, key) if owners.get(w) == 1]
            said.setdefault(service, set()).update(own[-1:])
    return {stem(key[0]): frozenset(said[service]) | {stem(key[0])}
            for key, service in lex.services.items() if len(key) == 1 and is_resource(service)}
