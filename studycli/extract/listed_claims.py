"""Under a heading that lists services ("# messaging (SQS / SNS / Kinesis)"), a line that
names no service is still one listed service's when it names a measure only that service has
(a short curated list: "visibility timeout max 12 hours" is SQS's, "40,000 WCU" DynamoDB's).
Such a line is not about the service the lines before it were (after "Remember: SNS max message
size 256 KB", SNS's visibility timeout was taught), nor the first the heading lists."""

from __future__ import annotations

import re

from studycli.extract.context import lists_services
from studycli.notes.blocks import Block

# Measures that truly belong to one service whatever the notes around them say, of the
# services the catalog knows (Amazon Keyspaces, which it does not, has RCUs and WCUs too:
# https://docs.aws.amazon.com/keyspaces/latest/devguide/ReadWriteCapacityMode.Provisioned.html).
# Curated, not read from data/attributes.json: its rules' "services" say where a parse rule
# applies, not who alone has the measure ("write throughput" is Kinesis's rule and DynamoDB's
# quota too). Subjects are not claimed either: many are shared ("FIFO" is SQS's and SNS's,
# "read replica" RDS's and Aurora's).
_OWNED: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), service) for pattern, service in (
        (r"\bvisibility timeout\b", "SQS"),
        (r"\blong[- ]poll(?:ing)?\b", "SQS"),
        (r"\bin[- ]?flight messages\b", "SQS"),
        (r"\bbuffer interval\b", "Data Firehose"),
        (r"\b[WR]CUs?\b", "DynamoDB"),
        (r"\bintegration timeout\b", "API Gateway"),
        (r"\bderegistration delay\b", "ELB"),
        (r"\bconnection draining\b", "ELB"),
        (r"\b(?:provisioned|reserved) concurrency\b", "Lambda"),
    ))


def _claims(text: str) -> set[str]:
    """The services the line's words belong to alone, where the clause holding the words
    names no service itself."""
    from studycli.services import find_services

    claims = set()
    for pattern, service in _OWNED:
        for m in pattern.finditer(text):
            start = max(text.rfind(mark, 0, m.start()) for mark in _CLAUSE_MARKS) + 1
            ends = [e for e in (text.find(mark, m.end()) for mark in _CLAUSE_MARKS) if e >= 0]
            if not find_services(text[start:min(ends, default=len(text))]):
                claims.add(service)
    return claims


# where a clause ends: "Remember: SNS max message size 256 KB. The visibility timeout max is
# 12 hours" names SNS in its first clause only, and the second is SQS's (final reader of
# session 41: SNS was taught a visibility timeout, SQS's was lost)
_CLAUSE_MARKS = (". ", "; ", ", ")


def claimed(text: str, block: Block, blocks: list[Block], current: str) -> tuple[str, str] | None:
    """The (service, subject) other than `current` that `text` (a line or a sentence of
    `block`) claims by its words alone, of the services the nearest enclosing item or heading
    that names any lists, `current` among them. None when that text names services without
    listing them (under "## SNS" the section is SNS's whatever its words; under "## Lambda
    and Kinesis", "parallelization factor up to 10 batches per shard" is Lambda's, though a
    shard is Kinesis's), when the clause holding the words names a service itself, or when
    its words are none of the listed services' ("delivery delay" is SQS's and SNS's: in no
    list). A claimed line has no subject of its own: the measures claim services only."""
    from studycli.services import find_services

    listed: set[str] = set()
    for outer in [blocks[p].text for p in reversed(block.parents)] + list(reversed(block.headings)):
        named = find_services(outer)
        if named:
            if not lists_services(outer):
                return None
            listed = {m.name for m in named}
            break
    if current not in listed:
        # (a line whose service is none the heading lists has it from its own words or the
        # lines right above: "Lambda@Edge: viewer trigger max 5 sec, origin trigger max 30
        # sec" under "## CloudFront / Global Accelerator / Route 53" is no CloudFront origin's;
        # a clause naming a service is its own, _claims)
        return None
    owners = _claims(text) & listed
    if len(owners) != 1 or current in owners:
        return None  # (the line's own subject stands: "idle timeout" under the ALB's term)
    return owners.pop(), ""
