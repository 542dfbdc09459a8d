"""Whose figure a parsed quantity is, read by the clause of its line that writes it.

The parser files a line's figures under the service the line (or the heading over it)
opens with; a line that goes on to another service gives that one's figures to the first:
"Secrets Manager auto rotation w/ Lambda, $0.40/secret/mo; Parameter Store std = free, 4KB
values" files "4 KB" under Secrets Manager, and "secrets manager max secret size" was
answered by Parameter Store's value size. As answer._about_other_service reads a statement's
clauses, the last service named up to the clause holding the figure is what it is about.

Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

import re

from studycli.kinds import Kind
from studycli.lookup.lexicon import Lexicon
from studycli.lookup.query import Query, service_spans
from studycli.lookup.text import numbers_with_units

# Clauses of a line (answer._STATEMENT_SPLIT): a table row's cells stay one clause
_SPLIT = re.compile(r";|\s/\s|,(?!\d{3}(?!\d))|→|->|[.?!](?:\s|$)")
_MEASURED = frozenset({Kind.LIMIT, Kind.DEFAULT, Kind.RANGE})


def figure_of_unasked_service(fact: dict, q: Query, lex: Lexicon) -> bool:
    """Whether every clause of the fact's line that writes its figure speaks of a service
    other than the fact's own (the last one named up to it), and one the query does not
    ask about, though it asks about some: "SQS batch size up to 10,000" filed under Lambda
    is SQS's for "lambda kinesis batch size" but Lambda's own business for "lambda sqs
    batch size". A statement is read by each clause that writes a number."""
    service = fact.get("service") or ""
    asked = set(q.all_services())
    if not service or not asked:
        return False
    if fact["kind"] == Kind.FACT:
        text, figures = fact.get("value") or "", None
    elif fact["kind"] in _MEASURED:
        text = fact.get("snippet") or ""
        figures = [f for f in (fact.get("number"), fact.get("low"), fact.get("high"))
                   if f is not None]
        if not figures:
            return False
    else:
        return False
    current: set[str] = set()
    holding: list[set[str]] = []
    for part in _SPLIT.split(text):
        named = {name for _, _, name in service_spans(part, lex)[1]}
        if named:
            current = named
        said = [n for n, _, _ in numbers_with_units(part.lower())]
        if said if figures is None else any(abs(n - f) <= 1e-6 * max(1.0, abs(f))
                                            for n in said for f in figures):
            holding.append(current)
    return bool(holding) and all(about and service not in about and not about & asked
                                 for about in holding)
