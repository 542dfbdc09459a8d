"""Where a note names the service asked though the parser filed the line under another.

The parser files a line under the service it reads last, and a student's line often names
its own service by a short name ("default max accounts per org = 10", filed under IAM from
the line before) or not at all, under a heading that does ("## CodePipeline" over "manual
approval action: expires after 7 days", filed under ECS). The answer score
(answer._service) reads both as the service asked, for less than a line filed under it.

- `line_names_asked`: the line names a service asked by a name of the lexicon's alias table
  (the names the query itself is read by: "org", "TGW"), not only as the query typed it.
- `heading_names_asked`: a line that names no service at all, under a heading (lookup/
  section_heads.py, read only for lookups that would otherwise abstain) naming one asked.
  A line naming a service is about it, whatever the heading says ("use SNS when: same event
  to many targets" under "# SQS" is no SQS fact); a heading speaks only for lines that name
  none, not where it names the service the line is filed under too, and not for a table's
  row (its cells are their columns' services).

Stdlib and lookup's own light modules only (variants, already loaded by answer.py): runs
on the lookup fast path.
"""

from __future__ import annotations

import re

from studycli.lookup import variants
from studycli.lookup.lexicon import Lexicon
from studycli.lookup.query import _ngrams, service_spans
from studycli.lookup.text import normalize, tokens
from studycli.lookup.words import stems

_TABLE_ROW = re.compile(r"\s*(?:\||<t[rd]\b)", re.IGNORECASE)  # markdown or HTML table row


def _lexicon_names(text: str, lex: Lexicon) -> set[str]:
    """The services `text` names by the lexicon's aliases (query.service_spans)."""
    return {name for _, _, name in service_spans(text, lex)[1]}


def _catalog_names(text: str) -> set[str]:
    """The services `text` names by the service catalog's patterns (as the parser reads)."""
    # deferred, as answer.py does: the service catalog builds its patterns on import, which a
    # lookup answered without reaching this rule should not pay for
    from studycli.services import find_services

    return {m.name for m in find_services(text)}


# a list item's opening: its marker and any emphasis after it
_ITEM_OPEN = re.compile(r"\s*(?:[-*+\u2022]|\d+[.)])\s+[*_`]*")


def _item_labelled_by(context: str, service: str, lex: Lexicon) -> bool:
    """Whether a list item of `context` (the parent item, lookup/context.py) names `service`
    as its label: in the words before its first ":" or in the words it opens with."""
    if not service:
        return False
    for line in context.split("\n"):
        opening = _ITEM_OPEN.match(line)
        if not opening:
            continue  # a caption or a wrapped line over it, no parent item ("lambda deploy
            # configs :: ..." over a flashcard's "canary vs linear :: ...")
        text = line[opening.end():]
        label = text.split(":", 1)[0] if ":" in text else ""
        if label and service in _lexicon_names(label, lex) | _catalog_names(label):
            return True
        if any(a == 0 and name == service for a, _, name in service_spans(text, lex)[1]):
            return True
    return False


def line_names_asked(snippet: str, asked: list[str], lex: Lexicon) -> bool:
    """Whether a note line names a service asked by any alias the lexicon knows."""
    return bool(snippet) and bool(_lexicon_names(snippet, lex) & set(asked))


def heading_names_asked(fact: dict, asked: list[str], lex: Lexicon, query: str) -> bool:
    """Whether a fact's line names no service and its section heading names one asked. A
    variant the query names ("nlb", "gp3") the heading must name too: a heading of the
    family ("## Which load balancer") tells not which variant's a line under it is."""
    section = fact.get("section") or ""
    if not section:
        return False
    snippet = fact.get("snippet") or ""
    if _TABLE_ROW.match(snippet):
        return False  # a table's cell is its column's service ("| Retention | 4 days | no
        # retention |" under "| | SQS | SNS |"), whatever heading the table sits under
    if _lexicon_names(snippet, lex) or _catalog_names(snippet):
        return False
    if _item_labelled_by(fact.get("context") or "", fact.get("service") or "", lex):
        return False  # the parent item is labelled by the service the line is filed under
        # ("- API Gateway in front:" over "- timeout 29 s" under "## Lambda"): the line is
        # of that service, not the heading's
    variants_asked = {key: members for key, members in variants.named(query).items()
                      if key[0] in asked}  # of the service asked: "provisioned capacity"
    # of DynamoDB is no Kinesis mode
    if variants_asked and not all(
            variants.named(section).get(key, frozenset()) & members
            for key, members in variants_asked.items()):
        return False  # "nlb idle timeout" and "idle timeout default 60 sec" under "## Which
        # load balancer", an item of the ALB's: the heading names no variant
    named = _lexicon_names(section, lex) | _catalog_names(section)
    # a heading naming the service the line is filed under too ("Databases - RDS Aurora DDB
    # ElastiCache", "Secrets Manager vs Parameter Store") tells not which of them it is of
    if not named & set(asked) or (fact.get("service") or "") in named:
        return False
    if len(named) == 1:
        return True
    # one naming several besides ("SQS vs SNS") speaks for the one asked only where the line's
    # own words pick it and say nothing of the others': "message retention up to 14 days"
    # under it is SQS's, and answered "sns retention max" (review of svc51)
    return any(picks_service(snippet, a, named - {a}, lex) for a in named & set(asked))


def picks_service(snippet: str, service: str, others: set[str], lex: Lexicon) -> bool:
    """Whether a line under a heading naming `service` and `others` is about `service` by
    its own words: a word of its name (or full name) no other's holds ("secret" of Secrets
    Manager) or a thing the lexicon files under it ("delay queue" of SQS), and nothing of
    the others' (says_another)."""
    if says_another(snippet, service, others, lex):
        return False
    theirs = frozenset().union(*(_name_words(o, lex) for o in others))
    return bool(stems(snippet, lex.stopwords) & (_name_words(service, lex) - theirs)) \
        or service in _owners_of_things_said(snippet, lex)


def says_another(snippet: str, service: str, others: set[str], lex: Lexicon) -> bool:
    """Whether a line under a heading naming `service` and `others` ("Secrets Manager vs
    Parameter Store", "SQS / SNS") says it is about one of the others: a word of an other's
    name (or full name) that `service`'s does not hold, or a thing the lexicon files under
    an other ("secret max size 64 KB" is no Parameter Store figure; "delay queue: max 15
    min" says neither's: picks_service reads whether it says the asked one's)."""
    own = _name_words(service, lex)
    theirs = frozenset().union(*(_name_words(o, lex) for o in others))
    return bool(stems(snippet, lex.stopwords) & (theirs - own)
                or _owners_of_things_said(snippet, lex) & others)


def _owners_of_things_said(snippet: str, lex: Lexicon) -> set[str]:
    """The services owning the things (the lexicon's subjects: "delay queue", "io1") a line
    says, read longest first as the query is."""
    return {owner for _, _, (owner, _) in _ngrams(tokens(normalize(snippet)), lex.subjects)}


_VENDOR = frozenset({"aws", "amazon"})  # words of full names that tell no service from another


def _name_words(service: str, lex: Lexicon) -> frozenset[str]:
    """The stems of a service's canonical and full names ("SQS", "Amazon Simple Queue
    Service"), less the vendor's name."""
    from studycli.services import full_name  # deferred: the catalog builds its patterns

    return stems(f"{service} {full_name(service)}", lex.stopwords) - _VENDOR
