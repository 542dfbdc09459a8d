"""What the AWS docs say about a lookup the notes do not answer: studycli's curated reference
(data/reference/), set apart from the notes and never printed as an answer (`--json` stays
`[]`). Computed here, not in a renderer, so that any program using `lookup` gets the same
lines; read only when asked for (`LookupResult.docs`), so an abstention in `--json` costs
nothing more.
"""

from __future__ import annotations

import re

DOC_KEYS = ("id", "service", "statement", "url", "checked")


def aws_docs_say(query: str, service: str | None = None, limit: int = 1) -> list[dict]:
    """Verified reference entries that answer `query`, best first, each as a dict of
    DOC_KEYS. With `service` (the `--service` filter, canonical name) only that service's
    entries: a query that names other services and not this one gets none, since what it
    asks and the filter disagree. Never raises: the reference is a bonus here, and a broken
    file must not break a lookup."""
    try:
        from studycli.reference import entries_for_query
        from studycli.services import find_services

        text = query
        if service:
            named = {m.name.lower() for m in find_services(query)}
            if named and service.lower() not in named:
                return []
            if not named:  # the filter names the service the query leaves implicit
                text = f"{service} {query}"
        from studycli.lookup.lexicon import lexicon
        from studycli.lookup.query import understand

        q = understand(text, lexicon())  # once: each entry is weighed against it
        # every candidate, a restated fact's entry too: the "does this answer?" filter comes
        # before repeated facts are removed ('fast health check interval default' lost the
        # fast-claim entry to its default-interval original, which the filter then dropped)
        entries = entries_for_query(text, limit=max(limit, CANDIDATES), once=False)
        if service:
            entries = [e for e in entries if e.service.lower() == service.lower()]
        entries = ([e for e in entries if answers(e, text, q)]
                   or _answering_entries(text, service, q))
        # ranked as they answered, then each fact once at its entry's rank: the original an
        # entry restates may carry another qualifier, and must not be ranked again by it
        entries = _each_fact_once(_qualifier_asked_first(entries, q))
    except Exception:  # noqa: BLE001  (see the docstring)
        return []
    return [{k: getattr(e, k) for k in DOC_KEYS} for e in entries[:limit]]


CANDIDATES = 10  # reference entries weighed; the first that answers is shown


def _each_fact_once(entries: list) -> list:
    """`entries` (those that answer, ranked) with a fact stated twice (a claim entry, an
    any-line copy) listed once, as the entry it restates gives it, at the better rank
    (reference.query.each_fact_once)."""
    if not any(e.restates for e in entries):
        return entries
    from studycli.reference.loader import load_reference
    from studycli.reference.query import each_fact_once

    return each_fact_once(entries, load_reference(services={e.service for e in entries}))


def answers(entry, text: str, q=None) -> bool:
    """Whether a reference entry states the quantity asked, by the test a note's fact must
    pass to be an answer (lookup/answer.py): the subject it is of, if any, is one the query
    names ("lambda concurrency limit" is not the event source mapping's MaximumConcurrency),
    and as a fact it reaches the answer threshold (its measure, its qualifier: "max" asked
    is not answered by a default's entry of another measure)."""
    from studycli.lookup.answer import THRESHOLD, answer_features, confidence
    from studycli.lookup.lexicon import lexicon
    from studycli.lookup.query import understand

    lex = lexicon()
    q = understand(text, lex) if q is None else q
    if entry.subject and not _names_subject(entry, q):
        return False
    if not _names_counted(entry, q):
        return False
    fact = {"service": entry.service, "subject": entry.subject, "attribute": entry.attribute,
            "kind": entry.kind, "qualifier": entry.qualifier, "value": entry.value,
            "number": entry.number, "low": entry.low, "unit": entry.unit,
            "snippet": entry.statement}
    return confidence(answer_features(fact, q, lex)) >= THRESHOLD


def _qualifier_asked_first(entries: list, q) -> list:
    """The entries whose qualifier is the one the query asks, said or implied ("how long can
    a lambda function run": the maximum), before the others, each group in the reference's
    order: the reference's ties fall by id, and "default" sorts before "max"."""
    asked = q.qualifier
    if not asked:
        return entries
    return sorted(entries, key=lambda e: e.qualifier != asked)


def _answering_entries(text: str, service: str | None, q) -> list:
    """When the reference's own matcher finds no entry that answers (it wants two thirds of
    the words typed in the entry's name: "sqs message retention default" says "message"),
    every verified entry of the services named that answers, those whose name says most of
    the query first."""
    from studycli.lookup.text import stem
    from studycli.reference.loader import load_reference
    from studycli.services import find_services

    names = [m.name for m in find_services(text)]
    if service:
        names = [n for n in names if n.lower() == service.lower()]
    if not names:
        return []
    terms = set(q.terms)
    scored = []
    for e in load_reference(services=names).entries:
        if not e.verified or e.service not in names or not answers(e, text, q):
            continue
        words = {stem(w) for w in f"{e.subject} {e.attribute}".lower().replace("-", " ").split()}
        share = len(words & terms) / len(words) if words else 0.0
        if share:  # an entry whose name says nothing asked answers another question
            scored.append((-share, e.id, e))
    return [e for _, _, e in sorted(scored)]


def _names_counted(entry, q) -> bool:
    """An entry that counts things per something ("egress-only internet gateways per
    Region") answers only a query that names some word of what it counts: "max vpcs per
    region" shares "region" with it, and its statement may mention VPCs, but 5 is the
    gateways' quota, and a student shown it would take it for the VPCs'. Entries of another
    shape pass."""
    from studycli.lookup.text import stem

    counted, per, _ = entry.attribute.lower().partition(" per ")
    if not per:
        return True
    words = {stem(w) for w in re.findall(r"[a-z0-9]+", counted)}
    said = set(q.terms) | {stem(t) for t in q.tokens}
    return not words or bool(words & said)


def _names_subject(entry, q) -> bool:
    """The query names the entry's subject: as a subject the lookup reads ("fifo" for FIFO
    queue), or by every word of its name."""
    from studycli.lookup.text import stem

    subject = entry.subject.lower()
    if any(service == entry.service and sub.lower() == subject for service, sub in q.subjects):
        return True
    words = {stem(w) for w in subject.replace("-", " ").split()}
    return bool(words) and words <= set(q.terms)
