"""Whose figure is it, on a line comparing two services?

"Secrets Manager vs Parameter Store: SM = auto rotation, $0.40/secret/mo; PS = free standard
tier (10,000 params, 4 KB value), advanced 8 KB" is filed under Secrets Manager, the first
service it names, yet its 4 KB and 8 KB are Parameter Store's: asked "secrets manager max
secret size", they are a confident wrong number. On a line that compares ("vs", "versus"),
a figure belongs to the service named last before it in its own part of the line (up to a
';' or a sentence's end), or to the one its part's label abbreviates ("PS = ...", the
initials of "Parameter Store" as the line writes it); the names a heading of the
comparison lists ("CloudTrail vs CloudWatch vs Config: ...") own no figure. Only the
services on either side of a "vs" own figures: one named in passing ("failover flips the
DNS record in Route 53, takes 60-120 seconds") owns none, and a line comparing no two
services ("RDS Multi-AZ vs read replicas") is left alone. An aside in brackets that opens
on "vs" ("SQS retention 4 days default (vs Kinesis 24 h), max 14 days") owns only the
figures inside it. A figure no service is named before in its part is left alone; so is
any line that compares nothing. A line opening on its "vs" ("- vs SSM Parameter Store ...
(8 KB)" among the Secrets Manager lines) compares the service the parser filed its fact under
with the one after it; where the parser filed it under the service after the "vs" ("# SQS",
"- vs SNS: SQS retention up to 14 days, SNS none", filed as SNS's), the line compares none
here and is left alone (the heading's service is not known to a fact). A line with no "vs"
whose services each open a part of it ("message retention: SQS 4 days default, SNS none",
"SNS max payload 256 KB / Step Functions max payload 256 KB": the parser files it under
the first) compares them too: each figure is the side's whose part it is in, so SQS's 4 days is no
answer to "sns message retention" (session 52); a figure whose own part names no side
("approval action, SNS notify, pipeline waits up to 7 days") is no side's, and a slash glued
to the word before it ("w/ lambda", "SQS/SNS") opens no part (session 53). A quantity
stated alike by both sides ("SNS max payload 256 KB; Step Functions max payload 256 KB",
both 256 KiB; SQS's own maximum message is now 1 MiB) is at a place of each: the fact
filed under one side is that side's figure.
Runs on the lookup fast path: stdlib and lookup.features (imported there already, by
attribute_said); studycli.services is imported, and find_services run, only for a line
that may compare: one saying "vs" or holding a part's mark (, ; / or |), to keep the fast
path's import cheap.
"""

from __future__ import annotations

from studycli.lazy_regex import lazy_compile
from studycli.lookup.features import _QUANTITY_KINDS
from studycli.note_numbers import every_number_said, number_spans

_COMPARES = lazy_compile(r"(?i)\b(?:vs\.?|versus)\s")
_PART_END = lazy_compile(r";|[.?!](?:\s|$)")
_LABEL = lazy_compile(r"\s*(?:[-*•]\s*)?([A-Za-z][\w ]{0,30}?)\s*(?:=|:|->|→)")
# a comparison's heading: the names compared, up to a colon, no figure
_HEADER = lazy_compile(r"[^:\d]*\b(?:vs\.?|versus)\s[^:\d]*:")
# what may come before a line's own words: a list's mark
_OPENER = lazy_compile(r"[\s\-*•>+]+")
# a line setting services side by side without "vs": a mark between two parts. A slash
# is one only with a space before it ("SQS 256 KB / SNS 256 KB"): glued to the word before,
# it writes a word ("w/ lambda", "b/c") or a pair of names ("SQS/SNS", "CLI/SDK")
_MARK = r"[,;|]|(?<!\S)/"
_PART_MARK = lazy_compile(_MARK)
# what sets a line out in clauses, each of its own service: a ";" or a "|" (with or without
# spaces around it)
_CLAUSE_MARK = lazy_compile(r"[;|]")
# what comes right before a service opening a part: the line's start (a list's mark, a
# label "message retention:"), or a part's mark
_PART_OPENING = lazy_compile(
    r"(?:^[\s\-*•>+]*(?:[A-Za-z][\w ()-]{0,30}:\s*)?|(?:" + _MARK + r")\s*)$")
_AFTER_MARK = lazy_compile(r"(?:" + _MARK + r")\s*$")
# a part that says something of its service before the next part: not a list's member
# ("S3, SNS, EventBridge -> Lambda retries 2 times" sets no services side by side), nor a
# name glued to a slash, which names a pair and says nothing of it alone (unseen261's
# "async invoke: s3 events, sns, eventbridge/cloudwatch events -> lamda retries 3 times":
# EventBridge opens no part, and the 3 retries stay Lambda's)
_PART_SAYS = lazy_compile(r"(?:(?!" + _MARK + r")[^/])*?\w")
# an aside comparing in passing: "(vs Kinesis 24 h)"
_ASIDE = lazy_compile(r"(?i)\(\s*(?:vs\.?|versus)\s[^()]*\)")


def of_other_side(fact: dict, asked: list[str], dimensions: set[str] | frozenset[str]) -> bool:
    """Whether `fact`'s figures (a quantity's own; a statement's of the dimensions asked)
    are each, on a comparing line, of a service the query does not ask."""
    snippet = fact.get("snippet") or ""
    if not asked:
        return False
    versus = _COMPARES.search(snippet) is not None
    if not versus and not _PART_MARK.search(snippet):
        return False
    from studycli.services import canonical_service, find_services

    mentions = [(m.start, m.end, (canonical_service(m.name) or m.name).lower(),
                 snippet[m.start:m.end]) for m in find_services(snippet)]
    own = (fact.get("service") or "").lower()
    sides = _sides(snippet, mentions, own) if versus else _part_openers(snippet, mentions)
    if len(sides) < 2:
        return False  # compares no two services ("RDS Multi-AZ vs read replicas")
    mentions = [m for m in mentions if m[2] in sides]
    # the names a heading of the comparison lists ("CloudTrail vs CloudWatch vs Config:
    # Trail = ... 90 days ...") own no figure after it: the parts under it say whose each is
    header = _HEADER.match(snippet)
    after = header.end() if header else 0
    wanted = {a.lower() for a in asked}
    spots = _figure_spots(fact, snippet, dimensions)
    if not spots:
        return False
    asides = [(m.start(), m.end()) for m in _ASIDE.finditer(snippet)]
    if versus:
        owners = [_owner(snippet, at, _in_part(at, mentions, asides),
                         _part_start(at, asides, after)) for at in spots]
    else:
        owners = [_part_owner(snippet, at, mentions) for at in spots]
    # a figure both sides state alike ("SNS max payload 256 KB; Step Functions max payload
    # 256 KB") is at one place per side: a quantity filed under one side is its own side's,
    # and answers for that side only (Step Functions' fact is no answer to "sns max payload
    # size")
    if fact.get("kind") in _QUANTITY_KINDS and own in owners:
        return own not in wanted
    return all(owner and owner not in wanted for owner in owners)


def _sides(snippet: str, mentions: list[tuple[int, int, str, str]], filed: str = "") -> set[str]:
    """The services a "vs" compares: the one named last before it (in an earlier part too:
    "Secrets Manager: ...; vs SSM Parameter Store ...") and the one named right after it.
    "DynamoDB provisioned vs on-demand: ... CloudWatch alarms" has no service right after
    its "vs", so it compares none. A line that opens on its "vs" ("- vs SSM Parameter Store
    ...", under the Secrets Manager lines it is filed with) compares the service it is
    filed under, `filed`, with the one after it."""
    out: set[str] = set()
    for vs in _COMPARES.finditer(snippet):
        before = [name for _a, b, name, _t in mentions if b <= vs.start()]
        if not before and filed and not _OPENER.sub("", snippet[:vs.start()]):
            before = [filed]
        after = [name for a, _b, name, _t in mentions
                 if a >= vs.end() and not snippet[vs.end():a].strip(" (")]
        if before and after and before[-1] != after[0]:
            out.update({before[-1], after[0]})
    return out


def _part_openers(snippet: str, mentions: list[tuple[int, int, str, str]]) -> set[str]:
    """The services a line with no "vs" sets side by side, each opening its own part:
    "SQS 4 days default, SNS none", "SNS max 256 KB / Step Functions max 256 KB", "message
    retention: SQS 4 days, SNS none" (each part after the line's start, its label, or a
    ',', ';', '/' or '|') and saying something of it before the next; none unless two or
    more do. A service named inside a part ("Lambda polls SQS, batch size 10") opens none,
    nor does a list's member ("S3, SNS, EventBridge -> Lambda retries 2 times")."""
    openers: list[str] = []
    for a, b, name, _t in mentions:
        # the first part opens the line (after its label); each later one a part's mark:
        # "CloudWatch metrics: EC2 default = 5 min" is CloudWatch's line on EC2
        opening = _AFTER_MARK if openers else _PART_OPENING
        if opening.search(snippet[:a]) is not None and _PART_SAYS.match(snippet, b):
            openers.append(name)
    return set(openers) if len(set(openers)) >= 2 else set()


def _in_part(at: int, mentions: list[tuple[int, int, str, str]],
             asides: list[tuple[int, int]]) -> list[tuple[int, int, str, str]]:
    """The names that may own the figure at `at`: an aside's names own only its own figures."""
    return [m for m in mentions if not any(
        a <= m[0] < b and not a <= at < b for a, b in asides)]


def _part_start(at: int, asides: list[tuple[int, int]], after: int) -> int:
    """Where the figure at `at`'s part may begin at the earliest: an aside's own start."""
    return max([after] + [a for a, b in asides if a <= at < b])


def _figure_spots(fact: dict, snippet: str, dimensions: set[str] | frozenset[str]
                  ) -> list[int]:
    """Where on its line the fact's figures start: each place the line states a quantity's
    number (both sides of "SNS ... 256 KB; SQS ... 256 KB" give it: the first alone made
    SQS's fact SNS's); a statement's figures of a unit asked."""
    if fact.get("kind") in _QUANTITY_KINDS:
        # found as attribute_said finds it: one way to find a figure on its line
        out, start, last, base = [], 0, None, -1
        for clause, at in every_number_said(snippet, fact.get("number"), fact.get("low"),
                                            fact.get("high"), fact.get("unit")):
            if clause != last:  # clauses come in order: a repeated clause's next place
                base = snippet.find(clause, start)
                last, start = clause, (base + len(clause) if base >= 0 else start)
            if base >= 0:
                out.append(base + at)
        return out
    return [a + len(snippet[a:b]) - len(snippet[a:b].lstrip())
            for _n, u, a, b in number_spans(snippet) if u and u in dimensions]


def _part_owner(snippet: str, at: int, mentions: list[tuple[int, int, str, str]]) -> str:
    """On a line setting services side by side without "vs", the side whose name is in the
    figure's own part (from the last part's mark before it), "" where its part names none:
    "approval action, SNS notify, pipeline waits up to 7 days" gives SNS no 7 days, nor
    "auto rotation w/ lambda (...), secret max 64 KB" Lambda the 64 KB (a figure in a part
    naming no side is left to the rest of the answer score, as on a line comparing none)."""
    # then, on a line set out in clauses ("Secrets Manager ..., $0.40/secret/mo; Parameter
    # Store std = free, 4KB values"), a figure naming no side in its own part is the
    # service's its clause names before it (the 4 KB is Parameter Store's, no answer to
    # "secrets manager max secret size"); in the line's first clause, no one's
    for mark, first in ((_PART_MARK, 0), (_CLAUSE_MARK, None)):
        start = max((m.end() for m in mark.finditer(snippet, 0, at)), default=first)
        if start is None:
            return ""
        before = [name for a, b, name, _t in mentions if start <= a and b <= at]
        if before:
            return before[-1]
    return ""


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
