"""A figure that names no member of a family, which the AWS reference knows as one member's.

Notes often give a figure with no variant named: "execution history retention 90 days"
under Step Functions, "integration timeout 29 s" under API Gateway. Whether it answers a
question naming a member ("express workflow history retention", "http api integration
timeout") depends on the measure: SQS's 256 KB message size holds for FIFO queues too, but
the 90 days are a Standard workflow's (an Express workflow keeps no execution history) and
the 29 s a REST API's (an HTTP API's is 30 s). A careful reader does not carry a figure
over to a member it is not known to hold for. The AWS reference (data/reference/) says which
member an unnamed figure is: at ingest each fact is matched to the reference entry of its
key, and an entry of a member matches the member's figure written with no member named
(its subject, or the subject its aliases give: "integration timeout" is stated of REST
APIs). Where that member and the one asked are two of one family (lookup/variants.py),
the figure is another member's and answers nothing; a figure the reference knows of no
member, or of the family as a whole, keeps its answer.
"""

from __future__ import annotations

import re

from studycli.kinds import Kind
from studycli.lookup import variants
from studycli.lookup.currency_rows import CurrencyRows
from studycli.lookup.query import Query


def other_members(currency: CurrencyRows, answers: list[dict], q: Query) -> set[int]:
    """The ids (`id()`) of the answers that are another member's (of_another_member), with
    the statements of their lines whose only figure is theirs: "Standard keeps execution
    history 90 days. Express goes to CloudWatch Logs." gives no Express workflow's
    retention, while "timeout 29 s (REST API), 30 s (HTTP)" still gives the HTTP API's.
    `currency`: the lookup's status rows, which the answers' are read into at once."""
    if _members_asked(q):
        currency.of(h.get("id", "") for h in answers)
    others = {id(h) for h in answers if of_another_member(currency, h, q)}
    figures = {(h.get("source"), h.get("line")): _figures(h.get("value") or "")
               for h in answers if id(h) in others}
    for h in answers:
        dropped = figures.get((h.get("source"), h.get("line")))
        if dropped and h.get("kind") == Kind.FACT and _figures(h.get("value") or "") == dropped:
            others.add(id(h))
    return others


def _figures(text: str) -> list[str]:
    """The numbers `text` writes, in order (a figure twice is two)."""
    return [m.replace(",", "") for m in _NUMBER.findall(text)]


_NUMBER = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?")


def _members_asked(q: Query) -> dict:
    """family key -> the one member `q` names of it ({} for a comparison)."""
    if q.compared:
        return {}
    return {key: members for key, members in variants.named(q.raw).items()
            if len(members) == 1}


def of_another_member(currency: CurrencyRows, hit: dict, q: Query) -> bool:
    """Whether `hit` is filed under no member of a family `q` names one of, and the
    reference entry its figure was matched to at ingest is of another member of it."""
    asked = _members_asked(q)
    if not asked or not hit.get("id"):
        return False
    # a figure filed under a member is matched to that member's entry, and told apart by
    # answer.py; one filed under none may still name one in passing on its line ("Standard
    # keeps execution history 90 days. Express goes to CloudWatch Logs."): the entry says
    # whose it is
    own = variants.named(f"{hit.get('subject') or ''} {hit.get('attribute') or ''}")
    if any(key in own for key in asked) or _figures(hit.get("snippet") or "") != _figures(
            hit.get("value") or ""):
        # a line of several figures ("integration timeout 29 s (REST), 30 s (HTTP)") says
        # in its clauses whose each is (answer.py reads them)
        return False
    member = _entry_members(currency, hit)
    return any(key in member and not member[key] & members
               for key, members in asked.items())


def _entry_members(currency: CurrencyRows, hit: dict) -> dict:
    """The members the reference entry matched to `hit` is of: those its subject names,
    else, in a family the subjects of its aliases name, those its statement names ({}
    where none)."""
    ref = (currency.of([hit["id"]]).get(hit["id"]) or {}).get("reference_id") or ""
    if not ref:
        return {}
    from studycli.reference import load_reference

    try:
        entries = load_reference(services=[hit["service"]]).entries
    except Exception:  # noqa: BLE001 (no reference to read: the figure stays)
        return {}
    entry = next((e for e in entries if e.id == ref), None)
    if entry is None:
        return {}
    if entry.subject:
        return variants.named(entry.subject)
    # an entry of no subject is of the service as a whole: its aliases are the spellings
    # notes file the figure under ("ALB deregistration delay"), not whose it is, unless its
    # statement names that member too ("A REST API integration times out after 29
    # seconds"); ELB's 300-second deregistration delay is an NLB's as well
    # (then every member it names: "REST and HTTP APIs: 10 MB" is both's)
    stated = variants.named(entry.statement or "")
    return {key: stated[key] for subject, _attribute in entry.aliases
            for key in variants.named(subject or "") if key in stated}
