"""Which service the items of a list are about when the one-line paragraph right above it
(the list's lead) says: "Slide 3 – S3 basics" over "- max object size 5 TB", a glossary
entry's term ("**ALB (Application Load Balancer)** — layer 7, ...") over the items under it,
a diary day's "time: 2h30. mood: DynamoDB brain melt" over that day's list.

A lead gives its service to items that have none; under a heading that only lists services
("# compute glossary (EC2 / ELB / ASG)"), a lead that says which one its list is about (a
term that is a service's name, or the one service a label's line names) outranks the first
service the heading lists, which is all the items had."""

from __future__ import annotations

import re
from collections.abc import Callable

from studycli.extract.context import (
    Context,
    lead_end,
    lists_services,
    names_only_services,
    trail_subject,
)
from studycli.extract.window import opening_of
from studycli.notes.blocks import Block

# (service, the lead's text, whether it outranks a heading that only lists services)
Lead = tuple[str, str, bool]
NO_LEAD: Lead = ("", "", False)

# a line that opens by naming what it defines or labels: a few words, then ":", "=", "->" or
# a spaced dash ("targets: EC2, IP addresses, Lambda", "provisioned = you set RCU/WCU")
_NAME = r"[A-Za-z][\w/&+.' -]{0,30}?"
_MARK = r"\s*(:(?!//)|=(?![>=])|->|=>|→|\s[-–—]\s)"
LABEL = re.compile(rf"^\W{{0,3}}({_NAME}){_MARK}")
# the same with the expansion a glossary's term may carry ("ALB (Application Load Balancer)
# — layer 7"); a label with an aside elsewhere is no field's name ("Q12 (got it wrong) —
# correct answer C: SQS visibility timeout" names SQS as its answer, not in passing)
_TERM = re.compile(rf"^\W{{0,3}}({_NAME}(?:\s*\([^()\n]{{1,40}}\))?){_MARK}")
# a glossary entry's term is followed by a colon or a dash; an arrow or "=" after a name says
# where it goes or what it is ("S3 -> Lambda: async"), which defines no term
_DEFINES = frozenset(":-–—")

_LEAD_WORDS = 12
_ASIDE = re.compile(r"\([^()]*\)")
# "Site-to-Site VPN / Direct Connect": a line about two things (one the catalog may not know)
_TWO_TOPICS = re.compile(r"\s(?:/|&|\+|and|or|vs\.?|versus)\s", re.IGNORECASE)


def under_lead(index: int, blocks: list[Block], ctx: Context, lead: Lead,
               context_of: Callable[[int], Context]) -> tuple[Context, Lead]:
    """The context of an item of a list a one-line paragraph names the service of, and the
    lead while its list goes on."""
    block = blocks[index]
    if block.kind != "item":
        return ctx, NO_LEAD
    before = blocks[index - 1] if index else None
    if before is not None and before.kind == "para" and not block.parents \
            and before.line == block.line - 1:
        service, outranks = lead_service(index - 1, blocks, context_of)
        lead = (service, before.text, outranks)
    service, text, outranks = lead
    if not service or (ctx.service and not (ctx.listed and outranks)) \
            or (ctx.service and _opens_with_a_part(block.text, ctx.service)):
        # (an item naming a thing of the listed service stays its: "Multi-AZ: sync standby,
        # failover 60-120 sec" is RDS's under "mood: aurora is confusing")
        return ctx, lead
    # (its words name what the items measure: "Q11. RDS automated backups retention?")
    inner = len(ctx.ancestors) - len(block.headings)  # the enclosing items' texts
    # (and the thing a glossary entry's term names: "ALB (Application Load Balancer) — layer
    # 7 ..." over "idle timeout default 60 sec" is the ALB's, no NLB's; its definition's words
    # name no subject: "shard" in KDS's is not what "retention" is of)
    term = _TERM.match(text)
    return Context(service, trail_subject((term.group(1),), service) if term else "",
                   (*ctx.ancestors[:inner], text, *ctx.ancestors[inner:])), lead


def _opens_with_a_part(text: str, service: str) -> bool:
    """Does the line open with a thing of `service` ("Multi-AZ: ..." of RDS)?"""
    from studycli.services import find_subjects, subject_entry

    return any(m.start == 0 and subject_entry(m)[0] == service
               for m in find_subjects(opening_of(text, lead_end(text))))


def lead_service(index: int, blocks: list[Block],
                 context_of: Callable[[int], Context]) -> tuple[str, bool]:
    """The one service a one-line paragraph outside any list is about (not one it lists
    among others, nor one it only compares with), and whether the line says so plainly
    enough to outrank a heading that only lists services."""
    block = blocks[index]
    if block.parents or block.wrapped_from is not None or (
            index + 1 < len(blocks) and blocks[index + 1].wrapped_from == index):
        return "", False
    ctx = context_of(index)
    if not ctx.service or ctx.listed or lists_services(block.text):
        return "", False
    from studycli.services import find_services, find_subjects

    label = _TERM.match(block.text)
    term = label.group(1) if label is not None and label.group(2).strip() in _DEFINES else ""
    if term and names_only_services(term) and {m.name for m in find_services(term)} == {
            ctx.service}:
        # "**ALB (Application Load Balancer)** — layer 7, ... target groups (EC2, Lambda)": a
        # glossary entry whose term is a service's name, however long its definition, is what
        # the items under it are about ("idle timeout default 60 sec" was EC2's, the first
        # its heading listed)
        return ctx.service, True
    if len(block.text.split()) > _LEAD_WORDS or _TWO_TOPICS.search(block.text):
        return "", False
    # "Unlike SQS, Kinesis keeps data in order.": a line naming two services leads neither's
    # list (one named in an aside, "ElastiCache (as in the S3 lecture)", does not count)
    named = {m.name for m in find_services(_ASIDE.sub(" ", block.text))}
    if len(named) > 1:
        return "", False
    if named and not (term and (find_services(term) or find_subjects(term))):
        # "time: 2h30. mood: DynamoDB brain melt" over a day's list, under "# diary week 4 —
        # databases (RDS, Aurora, DynamoDB, ...)": the one service the line names, not the
        # first its heading lists (DynamoDB's item size was RDS's). Not where a term names a
        # thing the definition goes on from: under "**SNS fan-out target** — SNS pushes
        # copies into the queue." the retention is the queue's, not SNS's
        return named.pop(), True
    return ctx.service, False
