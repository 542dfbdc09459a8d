"""Under a heading that lists services ("# messaging (SQS / SNS / Kinesis)"), a line that
names no service is still one listed service's when its words are that service's alone: a thing
of it ("FIFO throughput 300 msg/s" is SQS's) or a measure only it has ("visibility timeout max
12 hours"). Such a line is not about the service the lines before it were (after "Remember:
SNS max message size 256 KB", SNS's visibility timeout and FIFO throughput were taught), nor the
first the heading lists."""

from __future__ import annotations

import re
from functools import lru_cache

from studycli.extract.context import lists_services
from studycli.notes.blocks import Block


@lru_cache(maxsize=1)
def _owned_measures() -> tuple[tuple[re.Pattern[str], frozenset[str]], ...]:
    """The measures (data/attributes.json) that only some services have, by their own name
    ("visibility timeout": SQS), each the services it belongs to. A name that any rule gives to
    every service ("retention period") belongs to none. Only the names: the rules' other
    patterns ("hidden", "items") read a quantity of a service already known."""
    from studycli.paths import load_json

    raw = load_json("attributes.json")
    owners: dict[str, set[str]] = {}
    shared: set[str] = set()
    for rule in raw["attributes"]:
        if rule.get("services"):
            owners.setdefault(rule["name"], set()).update(rule["services"])
        else:
            shared.add(rule["name"])
    return tuple((re.compile(rf"\b{re.escape(name)}\b", re.IGNORECASE), frozenset(services))
                 for name, services in sorted(owners.items()) if name not in shared)


def _claims(text: str) -> dict[str, str]:
    """The services the line's words belong to, each with the thing of it they name ("")."""
    from studycli.services import find_subjects, subject_entry

    found: dict[str, str] = {}
    for m in find_subjects(text):
        service, subject = subject_entry(m)
        found.setdefault(service, subject)
    for pattern, services in _owned_measures():
        if pattern.search(text):
            for service in sorted(services):
                found.setdefault(service, "")
    return found


def claimed(text: str, block: Block, blocks: list[Block], current: str) -> tuple[str, str] | None:
    """The (service, subject) other than `current` that `text` (a line or a sentence of
    `block`) claims by its words alone, of the services the nearest enclosing item or heading
    that names any lists, `current` among them. None when that text names services without
    listing them (under "## SNS" the section is SNS's whatever its words; under "## Lambda
    and Kinesis", "parallelization factor up to 10 batches per shard" is Lambda's, though a
    shard is Kinesis's), when the line names a service itself, or when its words are none
    of the listed services' or two of them' ("delivery delay" is SQS's and SNS's)."""
    from studycli.services import find_services

    listed: set[str] = set()
    for outer in [blocks[p].text for p in reversed(block.parents)] + list(reversed(block.headings)):
        named = find_services(outer)
        if named:
            if not lists_services(outer):
                return None
            listed = {m.name for m in named}
            break
    if current not in listed or find_services(text):
        # (a line whose service is none the heading lists has it from its own words or the
        # lines right above: "Lambda@Edge: viewer trigger max 5 sec, origin trigger max 30
        # sec" under "## CloudFront / Global Accelerator / Route 53" is no CloudFront origin's)
        return None
    claims = _claims(text)
    owners = [s for s in claims if s in listed]
    if len(owners) != 1 or owners[0] == current:
        return None  # (the line's own subject stands: "idle timeout" under the ALB's term)
    return owners[0], claims[owners[0]]
