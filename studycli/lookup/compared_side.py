"""Whose figure is it, on a line comparing two services?

"Secrets Manager vs Parameter Store: SM = auto rotation, $0.40/secret/mo; PS = free standard
tier (10,000 params, 4 KB value), advanced 8 KB" is filed under Secrets Manager, the first
service it names, yet its 4 KB and 8 KB are Parameter Store's: asked "secrets manager max
secret size", they are a confident wrong number. On a line that compares ("vs", "versus"),
a figure belongs to the service named last before it in its own part of the line (up to a
';' or a sentence's end), or to the one its part's label abbreviates ("PS = ...", the
initials of "Parameter Store" as the line writes it); the names a heading of the
comparison lists ("CloudTrail vs CloudWatch vs Config: ...") own no figure. A figure no
service is named before in its part is left alone; so is any line that compares nothing.
Stdlib only: runs on the lookup fast path.
"""

from __future__ import annotations

from studycli.lazy_regex import lazy_compile
from studycli.note_numbers import number_spans

_COMPARES = lazy_compile(r"(?i)\b(?:vs\.?|versus)\s")
_PART_END = lazy_compile(r";|[.?!](?:\s|$)")
_LABEL = lazy_compile(r"\s*(?:[-*•]\s*)?([A-Za-z][\w ]{0,30}?)\s*(?:=|:|->|→)")
# a comparison's heading: the names compared, up to a colon, no figure
_HEADER = lazy_compile(r"[^:\d]*\b(?:vs\.?|versus)\s[^:\d]*:")
_QUANTITY_KINDS = frozenset({"limit", "default", "range"})


def of_other_side(fact: dict, asked: list[str], dimensions: set[str] | frozenset[str]) -> bool:
    """Whether `fact`'s figures (a quantity's own; a statement's of the dimensions asked)
    are each, on a comparing line, of a service the query does not ask."""
    snippet = fact.get("snippet") or ""
    if not asked or not _COMPARES.search(snippet):
        return False
    from studycli.services import canonical_service, find_services

    mentions = [(m.start, m.end, (canonical_service(m.name) or m.name).lower(),
                 snippet[m.start:m.end]) for m in find_services(snippet)]
    if len({name for _a, _b, name, _t in mentions}) < 2:
        return False
    # the names a heading of the comparison lists ("CloudTrail vs CloudWatch vs Config:
    # Trail = ... 90 days ...") own no figure after it: the parts under it say whose each is
    header = _HEADER.match(snippet)
    after = header.end() if header else 0
    wanted = {a.lower() for a in asked}
    spots = _figure_spots(fact, snippet, dimensions)
    if not spots:
        return False
    owners = [_owner(snippet, at, mentions, after) for at in spots]
    return all(owner and owner not in wanted for owner in owners)


def _figure_spots(fact: dict, snippet: str, dimensions: set[str] | frozenset[str]
                  ) -> list[int]:
    """Where on its line the fact's figures start: a quantity's number (its first place);
    a statement's figures of a unit asked."""
    spans = [(n, u, a + len(snippet[a:b]) - len(snippet[a:b].lstrip()))
             for n, u, a, b in number_spans(snippet)]
    if fact.get("kind") in _QUANTITY_KINDS:
        wanted = [v for v in (fact.get("number"), fact.get("low"), fact.get("high"))
                  if v is not None]
        found = [a for n, u, a in spans
                 if any(abs(n - w) <= 1e-6 * max(1.0, abs(w)) for w in wanted)
                 and (not fact.get("unit") or u == fact.get("unit"))]
        return found[:1]
    return [a for _n, u, a in spans if u and u in dimensions]


def _owner(snippet: str, at: int, mentions: list[tuple[int, int, str, str]],
           after: int) -> str:
    """The service the figure at `at` is of, "" when its part names none before it (past
    the comparison's heading, which ends at `after`) nor abbreviates one by its label."""
    start = max((m.end() for m in _PART_END.finditer(snippet, 0, at)), default=0)
    before = [name for a, b, name, _t in mentions if max(start, after) <= a and b <= at]
    if before:
        return before[-1]
    label = _LABEL.match(snippet, max(start, after))
    if not label or label.end() > at:
        return ""
    # the label, or its first word ("PS standard = free, ... advanced = 8 KB")
    shorts = {label.group(1).replace(" ", ""), label.group(1).split()[0]}
    for _a, _b, name, text in mentions:
        words = [w for w in text.split() if w[:1].isalpha()]
        initials = "".join(w[0].upper() for w in words) if len(words) >= 2 else ""
        if initials in shorts or text.lower().replace(" ", "") in {x.lower() for x in shorts}:
            return name
    return ""
