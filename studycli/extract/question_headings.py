"""A Q&A journal's question headings ("### How big can /tmp be?" after "### How much memory
can I give a Lambda?"): a question that names no service asks on about the one the question
before it named, and the lines under it are that service's."""

from __future__ import annotations

import re

from studycli.extract.context import Context, named_in_a_later_clause, trail_owner
from studycli.notes.blocks import Block
from studycli.services import find_services

# "### Q2: What is the retention max?": a numbered question of a practice set is a question of
# its own, not a follow-up of the one before it
_NUMBERED = re.compile(r"^\W*Q\s*\d+\b", re.IGNORECASE)
# "### Q2: And the default?", "Q3 - What about the max?": one that says it goes on all the same
_FOLLOW_UP = re.compile(r"^\W*Q\s*\d+\b\W*(?:and|(?:what|how)\s+about)\b", re.IGNORECASE)
# "encrypted at rest w/ KMS": a service the answer uses, not the one it is about
_TOOL_BEFORE = re.compile(r"\b(?:with|w/|via|using|through)\s+(?:the\s+|an?\s+)?[*_`]*$",
                          re.IGNORECASE)
# "min 0 s for CloudFront", "365 days in Kinesis": the service the answer's numbers are of
_OWNER_BEFORE = re.compile(r"\b(?:for|in|on|of|about|per)\s+(?:the\s+|an?\s+)?[*_`]*$",
                           re.IGNORECASE)
# "### Q2: And the default?", "What about the max?": a follow-up that names only which bound it
# asks. Its answer is of the question before's setting, but a heading's bound is not read as
# the answer's qualifier: "4 days" under it was filed as SQS's limit "duration" (`lookup sqs
# max duration` answered it). Its answers are filed under no service rather than that.
_ONLY_A_BOUND = re.compile(
    r"[\W\d]*(?:Q\s*\d+\b[\W]*)?(?:(?:and|what|how|about|is|it|its|the|a|one|then|so|value|"
    r"limits?|defaults?|max(?:imum)?|min(?:imum)?|upper|lower|bound)\b[\W]*)+",
    re.IGNORECASE)
_CLAUSE_START = re.compile(r"(?:[,;(]|->|→|\.\s)(?!.*(?:[,;(]|->|→|\.\s))", re.DOTALL)


class QuestionHeadings:
    """Per parent section, the service the last question heading that named one asked about;
    per question heading that names none, the service it asks on about."""

    def __init__(self) -> None:
        self._last: dict[tuple[str, ...], str] = {}
        self._inherited: dict[tuple[str, ...], str] = {}

    def context_of(self, block: Block, ctx: Context) -> Context:
        """`ctx`, or for a line under a question heading that names no service, one with the
        service asked about (the 512 MB of /tmp was nobody's; "env vars: 4 KB total,
        encrypted w/ KMS" KMS's)."""
        if block.kind == "heading":
            self._follow(block, ctx)
            return ctx
        service = self._inherited.get(block.headings)
        if not service:
            return ctx
        named = find_services(block.text)
        if not named:
            return Context(service, "", ctx.ancestors) if not ctx.service else ctx
        # an answer naming a service is about it ("24 hours; min 0 s for CloudFront." was
        # Lambda's, the question before it), unless it names it only in passing
        if all(_in_passing(block.text, m.name, m.start, m.end) for m in named) and (
                not ctx.service or (not ctx.listed and not trail_owner(ctx.ancestors)
                                    and named_in_a_later_clause(block.text, ctx.service))):
            return Context(service, "", ctx.ancestors)
        return ctx

    def _follow(self, heading: Block, ctx: Context) -> None:
        if not heading.text.rstrip(" *_`").endswith("?"):
            self._last.pop(heading.headings, None)  # a section that asks nothing ends the thread
        elif ctx.service and not ctx.listed:
            self._last[heading.headings] = ctx.service
        elif _NUMBERED.match(heading.text) and not _FOLLOW_UP.match(heading.text):
            self._last.pop(heading.headings, None)  # a question of its own asks on about nothing
        elif not ctx.service and heading.headings in self._last \
                and not _ONLY_A_BOUND.fullmatch(heading.text):
            self._inherited[(*heading.headings, heading.text)] = self._last[heading.headings]


def _in_passing(text: str, service: str, start: int, end: int) -> bool:
    """Does the answer name `service` (at `start`) only as what it uses ("encrypted at rest
    w/ KMS"), after its numbers' clause as what else to do ("512 MB, fixed -> mount EFS if
    you need more"), or in an aside after them ("14 days (Kinesis: up to 365 days)", "15 min
    (Step Functions if longer)", "14 days; Kinesis: 365")? Not when the service opens the
    answer's clause or the numbers are said to be its ("min 0 s for CloudFront")."""
    before = text[:start]
    if _TOOL_BEFORE.search(before):
        return True
    if _OWNER_BEFORE.search(before) or not named_in_a_later_clause(text, service):
        return False
    clause = _CLAUSE_START.search(before)
    if clause and before[clause.end():].strip(" \t*_`"):
        return True
    # the aside's own numbers are the named service's; the answer's, before it, are not
    return bool(clause and (clause.group(0) == "(" or _LABELS_AN_ASIDE.match(text, end)))


# "Kinesis: up to 365 days": a service named as the label of an aside
_LABELS_AN_ASIDE = re.compile(r"[*_`]*\s*[:=]")
