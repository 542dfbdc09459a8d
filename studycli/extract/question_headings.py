"""A Q&A journal's question headings ("### How big can /tmp be?" after "### How much memory
can I give a Lambda?"): a question that names no service asks on about the one the question
before it named, and the lines under it are that service's."""

from __future__ import annotations

from studycli.extract.context import Context, named_in_a_later_clause, trail_owner
from studycli.notes.blocks import Block


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
        if service and (not ctx.service or (
                not ctx.listed and not trail_owner(ctx.ancestors)
                and named_in_a_later_clause(block.text, ctx.service))):
            return Context(service, "", ctx.ancestors)
        return ctx

    def _follow(self, heading: Block, ctx: Context) -> None:
        if not heading.text.rstrip(" *_`").endswith("?"):
            self._last.pop(heading.headings, None)  # a section that asks nothing ends the thread
        elif ctx.service and not ctx.listed:
            self._last[heading.headings] = ctx.service
        elif not ctx.service and heading.headings in self._last:
            self._inherited[(*heading.headings, heading.text)] = self._last[heading.headings]
