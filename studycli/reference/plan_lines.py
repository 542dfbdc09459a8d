"""AWS Support plan lines, read from the note text itself for `studycli check`.

AWS Support is no service in data/services.json: its plans are named by everyday words
("Developer", "Business", "Enterprise", "Basic") that, as service aliases, took the words
that tell the plans apart out of lookup queries and filed unrelated lines under Support
(data/reference/README.md). So the parser writes no Support facts, and a plan line
("Business - from $100/mo, 24x7 phone") reaches no reference entry through a fact.

Here a note line is read as a plan line only when it names a plan and says "support" or
"plan" itself, or sits under a heading, outline parent or block opening line that does
("Support Plans (!!! always on exam)" over "• Developer – from $29/mo"; "Q2. Which support
plan ..." over "note: Developer = business hours email only"). Each such line becomes one
pseudo fact of service `SUPPORT`, whose only reference entries are claim entries
(data/reference/support.toml): what a line says is judged by their patterns alone.
"""

from __future__ import annotations

import re

from studycli.kinds import Kind

SUPPORT = "Support"  # the service name of support.toml's entries; no data/services.json entry
ATTRIBUTE = "support plan"

# A plan named as a plan ("Business support", "Developer –", "Enterprise On-Ramp"); the
# claim patterns decide which plan and what the line says of it.
_PLAN_NAME = re.compile(r"\b(developer|business|enterprise|basic)\b", re.I)
_CONTEXT = re.compile(r"\bsupport\b|\bplans?\b", re.I)
# What readiness counts as a support plan line: "support" itself said on it or over it.
# "plan" alone has other senses that name a plan word too ("Compute Savings Plans: good for
# business workloads", "business continuity plan", "enterprise DR plan", "basic auth plans for
# developer accounts"): check reads such a line only to run support.toml's claim patterns on
# it, but counted as AWS Support's facts they made up coverage of the Billing domain.
SUPPORT_CONTEXT = re.compile(r"\bsupport\b", re.I)
_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s")
_BLOCK_LINES = 3  # how many opening lines of a paragraph give context to its later lines
# A list item opens no context for the items after it: "- Developer support: ..." says
# nothing of "- CAF perspectives (6): business, people, ..." below it.
_LIST_ITEM = re.compile(r"^([-*+•▪◦→>✓✗]|o\s|\d+[.)]\s)")


class PlanLine:
    """A note line read as a support plan line: the fields `assess` and `check` read."""

    __slots__ = ("line", "snippet", "source", "value")

    service = SUPPORT
    subject = ""
    attribute = ATTRIBUTE
    qualifier = ""
    kind = Kind.FACT
    number = None
    low = None
    high = None
    unit = ""

    def __init__(self, source: str, line: int, text: str):
        self.source = source
        self.line = line
        self.snippet = text.strip()
        self.value = self.snippet

    def get(self, name: str, default=None):
        return getattr(self, name, default)


def plan_lines(rows, context: re.Pattern[str] = _CONTEXT) -> list[PlanLine]:
    """The support plan lines among `rows` ((source, line, text), each source's lines in
    order): lines naming a plan with `context` said on them or over them."""
    out: list[PlanLine] = []
    source = None
    heading, last = "", 0
    parents: list[tuple[int, str]] = []  # (indent, text) of the lines this one is nested in
    block: list[str] = []  # the lines of this paragraph so far
    for src, number, text in rows:
        if src != source:
            source, heading, parents, block, last = src, "", [], [], 0
        stripped = text.strip()
        if not stripped or number != last + 1:
            block = []  # a blank line (the store keeps none: a gap in the numbers) ends one
        last = number
        if not stripped:
            continue
        found = _MD_HEADING.match(text)
        if found:
            # A document's title (a level-1 heading on its first line) covers everything
            # under it ("lecture 9 + 10 (billing, support, orgs)"): it gives no context.
            heading = "" if (len(found.group(1)) == 1 and number <= 1) else stripped
            parents, block = [], []
            continue
        indent = len(text) - len(text.lstrip())
        while parents and parents[-1][0] >= indent:
            parents.pop()
        if _PLAN_NAME.search(stripped) and (
                context.search(stripped) or context.search(heading)
                or any(context.search(p) for _, p in parents)
                or any(context.search(b) for b in block[:_BLOCK_LINES]
                       if not _LIST_ITEM.match(b))):
            out.append(PlanLine(src, number, stripped))
        parents.append((indent, stripped))
        block.append(stripped)
    return out


def note_plan_lines(conn, sources: set[str] | None,
                    context: re.Pattern[str] = _CONTEXT) -> list[PlanLine]:
    """The support plan lines of the stored notes (`sources`, or all of them)."""
    rows = conn.execute("SELECT source, line, text FROM note_lines ORDER BY source, line")
    if sources is not None:
        rows = (r for r in rows if r[0] in sources)
    return plan_lines(rows, context)
