"""Runs of one-line paragraphs (notes typed line by line, no bullets, no blank lines): the
service a line heading the run names goes on to the lines after it that name none."""

from __future__ import annotations

import re

from studycli.extract.context import (
    Context,
    lead_end,
    names_only_services,
    owner_of,
    trail_owner,
)
from studycli.notes.blocks import Block
from studycli.services import find_services, find_subjects, subject_entry

# "S3 = object storage", "EBS ----", "EFS: managed NFS": a line that opens by naming a service
# and saying what it is, heading the lines after it
# (a word of digits only as part of a service's name: "Route 53" heads its lines as "Route53"
# does, checked in _digits_in_a_name)
_RUN_HEAD = re.compile(r"[*_`]*([A-Za-z][\w@/.-]*(?:[ \t]+(?:[A-Za-z][\w@/.-]*|\d+))"
                       r"{0,3})[*_`]*[ \t]*(?:=(?![>=])|:(?!//)|-{2,}|[ \t][-–—][ \t]|$)")
_DIGITS = re.compile(r"(?<![\w.])\d+(?![\w.])")


def _digits_in_a_name(head: str) -> bool:
    """Whether every word of digits in a run head is part of a service's name ("Route 53"),
    never a number of a line that states one ("Lambda timeout 15 min: ...")."""
    names = find_services(head)
    return all(any(m.start <= d.start() and d.end() <= m.end for m in names)
               for d in _DIGITS.finditer(head))


def run_of_lines(index: int, blocks: list[Block], ctx: Context,
                  runs: dict[tuple[str, ...], tuple[str, int]]) -> Context:
    """The context of a one-line paragraph in a run of such lines (no blank line, no list):
    a line that heads the run with another service than its heading's ("1:45 S3 = object
    storage" under "SAA-C03 storage + ec2 crash course") carries that service to the lines
    after it that do not name their own ("3:30 object max size 5 TB" was EC2's), until the run
    ends or a line heads it with another service or names the heading's."""
    block = blocks[index]
    if block.kind != "para" or block.parents or block.wrapped_from is not None \
            or not ctx.service:
        return ctx
    run_service, last = runs.get(block.headings, ("", -1))
    if last != block.line - 1:
        run_service = ""
    heading_service = trail_owner(block.headings)
    names = {m.name for m in find_services(block.text)}
    names |= {subject_entry(m)[0] for m in find_subjects(block.text)}
    head = _RUN_HEAD.match(block.text, lead_end(block.text))
    if head and not _digits_in_a_name(head.group(1)):
        head = None
    if head and ctx.service != heading_service \
            and _may_head_a_run(block, head, heading_service, names) and any(
            m.start == 0 and m.name == ctx.service for m in find_services(head.group(1))):
        run_service = ctx.service
    elif ctx.service in names:
        if ctx.service == heading_service:
            run_service = ""  # back on the heading's service
    elif run_service and ctx.service == heading_service and run_service != ctx.service:
        # ("15:48 Glacier Deep Archive: min 180 days": a part of the run's service it opens with)
        owner, subject = owner_of(block.text)
        ctx = Context(run_service, subject if owner == run_service else "", ctx.ancestors)
    runs[block.headings] = (run_service, block.line)
    return ctx


# "1:45 ", "[01:02:10] ": a line of notes typed while watching a video
_TIMESTAMPED = re.compile(r"^\W{0,3}\d{1,2}:\d{2}(?::\d{2})?\b")


def _may_head_a_run(block: Block, head: re.Match[str], heading_service: str,
                    names: set[str]) -> bool:
    """May this line move the run off its heading's service? Not when it names that service
    too ("SQS: queue, Lambda polls it" under "# Lambda" is about Lambda's source), nor when
    the headings are about one service and the line only says what the other service is
    ("DynamoDB Streams - trigger source" under "## Lambda" is one of Lambda's topics: the
    timeout and memory after it stayed Lambda's). A title naming no service or several, a
    video's timestamps ("1:45 S3 = object storage" under "storage + ec2 crash course"), or a
    line that is a bare label of what follows ("SNS:", "**SNS**" under "# SQS") does let it."""
    if heading_service and heading_service in names:
        return False
    if _TIMESTAMPED.match(block.text):
        return True
    titled = {m.name for text in block.headings for m in find_services(text)}
    return len(titled) != 1 or _is_a_label(block.text, head)


def _is_a_label(text: str, head: re.Match[str]) -> bool:
    """Is this run head a label over the lines after it rather than a line saying what a
    service is? Only a service's name alone on its line ("SNS:", "**SNS**", "Firehose").
    "X: a fact with a number" ("SNS: 12,500,000 subscriptions per topic" under "# SQS") is a
    fact about X on its own line: the plain lines after it stay the heading's service's (a
    student read "visibility timeout max 12 hours" as SNS's). Not "X - what it is" nor a
    label naming more than the service ("lambda transform: blueprint" under "--- FIREHOSE ---"
    is a Firehose feature)."""
    if not names_only_services(head.group(1)):
        return False
    return not text[head.end():].strip(" \t*_`")
