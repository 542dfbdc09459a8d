"""Of values of one measure tied at the top, the one whose line speaks of another service last.

A note often files a few lines of one service under another's heading or file: a glossary of
messaging terms lists "**Kinesis Data Streams (KDS)**" with its items ("- retention default
24 hours, max 7 days") in a file the parser reads as SQS's; a diary's day says "- Kinesis
Data Streams: shard = 1 MB/s ..." and then "- retention default 24 hrs, max 365 days"; a
journal writes "Remember: KDS retention default 24 hrs, max 7 days" among SQS lessons. Each
line's figure is then filed as SQS's retention, beside SQS's own, and the two rank alike for
"sqs retention max": the first of them is a matter of a hundredth of a point.

Such a tie is broken by what the line sits in: the services the line names before its first
figure, else those its parent names (for a list item, the term or line the list hangs
from; not its siblings, which name services in passing: "bigger -> Extended Client Library
w/ S3"). A tied hit whose line speaks only of services other than its own and the one
asked goes after the tied hits whose line speaks of the one asked or of none, and only where
one of those names the one asked (or sits under a term naming it): a line of no service is no
surer than one under "**SNS fan-out target** — SNS pushes copies into the queue", where SQS
is "the queue", so between those two the tie keeps its order. Nothing else moves: a hit ahead
by more than a tie keeps its place, whatever its line says.
"""

from __future__ import annotations

from studycli.lazy_regex import lazy_compile

# scores within 2% of the first hit's are a tie: the ties seen on the development sets (a
# line filed under the wrong service beside the right one) differ by 0.01-0.03 on scores near
# 14, about 0.2%; 2% is a margin over those, small enough that only such near-ties move
TIE = 0.02
LOOK_UP = 6      # lines read over a hit's line: an item's parent or the block's opening line
_BREAKS = ("#", "---", "===")
# a list item, with its indentation; typed notes and pasted slides bullet with dashes and
# dots as often as with "-" ("– retention default 24 hrs", "· max 5 per rule")
_ITEM = lazy_compile(r"^(\s*)(?:[-–—*+•·▪◦‣o]|\d+[.)])\s")
# a setext heading's underline; its own pattern, not notes.plain_sections.UNDERLINE: importing
# studycli.notes puts the parser's package on lookup's fast path (tests/test_lookup.py)
_UNDERLINE = lazy_compile(r"^\s*(?:={2,}|-{2,})\s*$")  # a setext heading's underline


def line_services(lines: dict[int, str], at: int) -> frozenset[str]:
    """The services line `at` speaks of: those it names before its first figure, else those
    its parent names (for an item, the nearest line over it that is less indented or no
    item: a glossary's term, a list's opening line); its sibling items say nothing of it.
    Every service named there, not the first: "Lambda polls SQS: visibility timeout ..." and
    "Compared with Kinesis, SQS is a plain queue:" speak of SQS too. An item under an
    underlined heading ("SQS facts" over "=====") speaks of what the heading names. Empty
    when none is named, or a blank line, a "#" heading, a rule or LOOK_UP lines come first."""
    from studycli.services import find_services

    own = lines.get(at) or ""
    named = find_services(own)
    # on the line itself, only a service named before its first figure is what it speaks of:
    # "max item size is 400 KB ... anything bigger -> S3" is DynamoDB's, S3 said in passing
    spans = [(m.start, m.end) for m in named]
    first = next((i for i, c in enumerate(own) if c.isdigit()
                  and not any(a <= i < b for a, b in spans)), len(own))
    before = frozenset(m.name for m in named if m.start < first)
    if before:
        return before
    item = _ITEM.match(own)
    if not item:
        return frozenset()
    indent = len(item.group(1))
    for n in range(at - 1, at - LOOK_UP - 1, -1):
        text = lines.get(n)
        if text is not None and _UNDERLINE.match(text):
            # "SQS facts p.34" over "==============": a plain-text heading underlined
            # (setext), which names the block as a "#" heading would; a rule under a list
            # item or a heading is a rule, and ends the block ("- Kinesis: retention 24 hrs"
            # over "-----" names no block of the items under it)
            return frozenset(m.name for m in find_services(_underlined(lines.get(n - 1))))
        if text is None or not text.strip() or text.lstrip().startswith(_BREAKS):
            return frozenset()  # the line index keeps no blank line: a gap ends the block
        above = _ITEM.match(text)
        if above and len(above.group(1)) >= indent:
            continue  # a sibling item, or an item of one
        return frozenset(m.name for m in find_services(text))
    return frozenset()


def _underlined(text: str | None) -> str:
    """The heading a line over an underline writes: the line itself when it is a paragraph's
    line, "" when it is blank, a list item or a heading (the underline is then a rule)."""
    if not text or not text.strip() or _ITEM.match(text) \
            or text.lstrip().startswith(_BREAKS):
        return ""
    return text


def _measure(h: dict) -> tuple:
    return (h.get("service"), (h.get("subject") or "").lower(),
            (h.get("attribute") or "").lower(), h.get("qualifier") or "", h.get("kind"))


def block_named_first(conn, ranked: list[dict], asked: list[str]) -> list[dict]:
    """`ranked` with the hits tied with the first on its measure reordered: those whose
    block speaks of another service than their own and the one asked go last among them,
    where one of the others' blocks speaks of the one asked (or of their own service)."""
    if len(ranked) < 2 or not asked:
        return ranked
    first = ranked[0]
    if first.get("score") is None or first["score"] <= 0 or first.get("number") is None:
        return ranked
    floor = first["score"] * (1 - TIE)
    tied = [i for i, h in enumerate(ranked)
            if h.get("score", 0) >= floor and _measure(h) == _measure(first)]
    if len(tied) < 2 or tied != list(range(len(tied))):
        return ranked  # only a run of tied hits at the very top is reordered
    from studycli.store.lookup_lines import line_texts

    places = {(h["source"], h["line"] - k) for h in ranked[:len(tied)]
              if h.get("source") and h.get("line") for k in range(LOOK_UP + 1)}
    texts = line_texts(conn, sorted(places))
    if not texts:
        return ranked

    asked_set = set(asked)
    run = ranked[:len(tied)]
    named = [line_services({n: t for (s, n), t in texts.items() if s == h.get("source")},
                           h.get("line") or 0) for h in run]
    # away only when what the line speaks of holds neither its own service nor one asked
    away = [bool(n) and h.get("service") not in n and not n & asked_set
            for h, n in zip(run, named, strict=True)]
    if not away[0] or all(away):
        return ranked
    # a line that names the service asked, or sits under a term naming it, must be there to
    # give way to: a line of no service ("- retention ..." under "**Streams**") is no surer
    # than one under "**SNS fan-out target** — SNS pushes copies into the queue"
    if not any(h.get("service") in n or n & asked_set
               for h, n, a in zip(run, named, away, strict=True) if not a):
        return ranked
    return ([h for h, a in zip(run, away, strict=True) if not a]
            + [h for h, a in zip(run, away, strict=True) if a] + ranked[len(tied):])
