"""Which service and subject a line is about: the line's own words, its enclosing list
items and its heading trail, innermost first."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from studycli.extract.cues import whole_words
from studycli.extract.quantities import find_quantities
from studycli.extract.scan import SHORT, last_end, tail_start
from studycli.extract.short_subjects import short_subject
from studycli.extract.window import opening_of
from studycli.frozen_init import quick_init
from studycli.notes.blocks import Block
from studycli.notes.tables import Table
from studycli.services import (
    Mention,
    blank_services,
    catalog,
    find_services,
    find_subjects,
    sub_services,
    subject_entry,
)
from studycli.study_schedule import without_schedule

# "health check": a subject name several services use names none of them (data/cues.json)
_SHARED_SUBJECT = whole_words("shared_subject_names")
_VS = re.compile(r"\bvs\.?\b|\bversus\b", re.IGNORECASE)
# "DynamoDB (vs RDS)", "SQS [versus SNS]": what the heading's own subject is compared with
_COMPARED_ASIDE = re.compile(r"[(\[]\s*(?:vs\.?|versus|compared\s+(?:to|with))\s", re.IGNORECASE)
_NUMBERING = re.compile(r"^\s*(?:\d{1,3}[.)]|[a-z][.)])\s+")
_LIST_MARK = re.compile(r"[,;|]")


@quick_init
@dataclass(frozen=True)
class Context:
    """What a line is about: its service, subject and enclosing texts."""
    service: str
    subject: str
    ancestors: tuple[str, ...]  # enclosing item texts then headings, innermost first
    # the service is only the first of those a heading lists ("SQS, SNS, Kinesis and
    # DynamoDB"): the prose before the line says better what it is about
    listed: bool = False


def ancestors(block: Block, blocks: list[Block]) -> tuple[str, ...]:
    wrapped: list[str] = []
    i = block.wrapped_from
    while i is not None and len(wrapped) < 3:  # a sentence broken over lines: its first half
        wrapped.append(blocks[i].text)
        i = blocks[i].wrapped_from
    parents = tuple(blocks[i].text for i in reversed(block.parents))
    return tuple(wrapped) + parents + tuple(reversed(block.headings))


def trail_owner(trail: tuple[str, ...]) -> str:
    """The service the enclosing items and headings are about ("" if none names one)."""
    for text in trail:
        if not _names_two(text):
            service, _ = _owner(text)
            if service:
                return service
    return ""


# ("why: API GW integration timeout is 29 s" under a question about Lambda: a practice
# journal's explanation labels name no topic, and the service after them opens the line)
# ("1:45 S3 = object storage", "[01:02:10] Kinesis ..." in notes taken while watching a video:
# the timestamp opening the line is no word of it, and the service after it opens the line)
_LEAD_WORDS = re.compile(r"^\W*(?:\d{1,2}:\d{2}(?::\d{2})?\]?\)?[\s\-–:|]+\W*)?"
                         r"(?:(?:e\.?g\.?|i\.?e\.?|note\d?|tip|q|a|answer|also|alternative|alt|"
                         r"instead|option|better|fix|why|because|reason|explanation|correct|"
                         r"right)\s*[:.)-]\s*|"
                         r"(?:the|an?)\s+)?", re.IGNORECASE)


def lead_end(text: str) -> int:
    """Where the text starts after its lead words ("e.g.:", "Note:", "the") and the date or
    clock time of the student's schedule opening it ("Fri 7 Jun — 19:00-20:00 CloudFormation
    quick": the service after them opens the line); 0 if none."""
    m = _LEAD_WORDS.match(without_schedule(text) if _SCHEDULE_OPENING.match(text) else text)
    assert m is not None  # every part of the pattern is optional: it always matches
    return m.end()


_lead_end = lead_end
# what a schedule's opening starts with (a figure, a weekday, "Day", "Week", "wk", "T-"): only
# such a line is read for one
_SCHEDULE_OPENING = re.compile(r"^\W*(?:\d|Mon|Tue|Wed|Thu|Fri|Sat|Sun|MON|TUE|WED|THU|FRI|SAT"
                               r"|SUN|day\b|week\b|wk|T-)", re.IGNORECASE)


# the lines of a section or list share their enclosing items and headings: asked again by each
@lru_cache(maxsize=8192)
def _enclosing_owner(texts: tuple[str, ...], wrapped: tuple[str, ...],
                     titled: bool = False, headings: int = 0,
                     topics: frozenset[str] = frozenset()) -> tuple[str, str, str]:
    """The service (and subject) the innermost of `texts` (the line's own heading, enclosing
    items, headings) that names one is about, and the text listing services it came from
    when only such a text names one ("" otherwise). `titled`: the last of `texts` is the
    document's outermost heading; `headings`: how many of the last of `texts` are headings;
    `topics`: the note's headings that list their sections' topics (topic_headings)."""
    listed = ""
    compared: set[str] = set()  # the services the nearest "X vs Y" compares
    sole = ""  # the service whose parts the nearest "X vs Y" sets side by side
    for text in texts:
        if _names_two(text):
            # "SQS vs Kinesis" names two services, neither owns the lines below; nor does a
            # heading farther out about another service ("## Lambda" over "### DynamoDB vs
            # S3" gave "max item 400 KB" to Lambda). "DynamoDB (vs RDS)" compares in an
            # aside: DynamoDB's section.
            aside = _COMPARED_ASIDE.search(text)
            if aside and not _names_two(text[:aside.start()]):
                service, subject = _owner(text[:aside.start()])
                if service:
                    return service, subject, ""
            if not compared:
                compared = _compared_services(text)
                # (not a title listing topics: "Lab 8 — custom VPC, subnets, SG vs NACL, NAT
                # GW" compares across no list mark, compared_heading.py)
                sole = sole or ("" if compared or _LIST_MARK.search(text) else _sole_owner(text))
            continue
        if headings and text in topics and text in texts[-headings:]:
            continue
        if text not in wrapped and lists_services(text):
            # "# What I wish I knew about SQS, SNS, Kinesis and ...", or an item above the line
            # ("asynchronous: S3 events, SNS, EventBridge, CloudWatch Logs")
            listed = listed or text
            continue
        service, subject = _pick_above(text) or _owner(text)
        if service:
            service, subject = _parent_of_a_listed_part(text, texts, service, subject)
            if subject and text not in wrapped:
                service, subject = _outer_service_part(
                    text, texts[:-1] if titled and not names_only_services(texts[-1])
                    else texts, service, subject)
            # (under "## CloudFront", "### Lambda@Edge vs CloudFront Functions" is still
            # CloudFront's section)
            return (service, subject, "") if not compared or service in compared else ("", "", "")
    if sole:
        # "## DynamoDB on-demand vs provisioned" under a title naming no service: parts of one
        # service side by side, that service's section ("both: item size max 400 KB" was no
        # service's); a heading farther out naming a service still owns it, as before
        # ("task IAM role vs task execution role" under "ECS")
        return sole, "", ""
    return (*_owner(listed), listed) if listed else ("", "", "")


# "==== Streams / TTL / DAX ====": a heading that lists a section's topics, one of them a
# service notes file under another's heading (data/sub_services.json); each topic a few words
_TOPIC = re.compile(r"[A-Za-z][A-Za-z0-9'-]*(?: [A-Za-z][A-Za-z0-9'-]*){0,2}")
_TOPIC_GLUE = re.compile(r"\s*[/,|&+]\s*")


# what a heading may say besides a service's name and still be only that service's section
_NAME_DRESSING = re.compile(r"\([^()]*\)|\[[^\[\]]*\]|\b(?:amazon|aws)\b|[^\w\s]+",
                            re.IGNORECASE)


def names_only_services(text: str) -> bool:
    """Is this heading a service's name alone ("# ElastiCache", "## Amazon ElastiCache
    (Redis)"), so the parts under it are that service's, rather than a document's title that
    names a service among other words ("# My EC2 study notes": its "## Read replicas" are no
    EC2 part)?"""
    return bool(find_services(text)) and not _NAME_DRESSING.sub(" ", blank_services(text)).strip()


def _parent_of_a_listed_part(text: str, texts: tuple[str, ...], service: str,
                             subject: str) -> tuple[str, str]:
    """Such a heading inside its parent's notes is the parent's section: its lines that do
    not name the part ("Streams retention: 24 hours" under "Streams / TTL / DAX" in DynamoDB
    notes) are the parent's, not DAX's. (A line naming the part still opens with it.)"""
    part = sub_services().get(service)
    if part is None or subject:
        return service, subject
    items = _TOPIC_GLUE.split(text.strip(" #=*_:`-"))
    if (len(items) < 3 or not all(_TOPIC.fullmatch(i) for i in items)
            or sum(bool(find_services(i)) for i in items) != 1):
        return service, subject  # ("SQS / SNS / Kinesis" lists services: lists_services)
    for outer in texts[texts.index(text) + 1:]:
        for mention in find_services(outer):
            if mention.name in part.parents:
                return mention.name, ""
    return service, subject


def _outer_service_part(text: str, texts: tuple[str, ...], service: str,
                        subject: str) -> tuple[str, str]:
    """"- ElastiCache / - Redis / - read replicas / - up to 5 replicas per shard": an
    enclosing item that names a part by its own name only ("read replicas", no service
    named) right inside an item or heading that names one other service is that service's part
    (the replicas per shard were RDS's)."""
    if find_services(text) or text not in texts:  # (the title itself has nothing outside it)
        return service, subject
    # only the nearest enclosing item or heading, and never the document's title: they are
    # about more than this part ("## Read replicas" under "# My EC2 study notes" was EC2's)
    # (a title that is a service's name alone stays: "# ElastiCache" / "## Read replicas")
    for outer in texts[texts.index(text) + 1:][:1]:
        if _names_two(outer) or lists_services(outer):
            return service, subject
        named = find_services(outer)
        if named:
            # (the part keeps its name: DynamoDB's "on-demand mode" is no Kinesis one, but
            # a student asks for it by that name)
            return named[0].name, subject
    return service, subject


def _compared_services(text: str) -> set[str]:
    """The services (and owners of the subjects) an "X vs Y" text names, when two or more
    ("502 vs 504 in API Gateway" compares no services)."""
    names = {m.name for m in find_services(text)}
    names |= {subject_entry(m)[0] for m in find_subjects(text)}
    return names if len({m.name for m in find_services(text)}) >= 2 else set()


def _unnamed_owner(text: str, texts: tuple[str, ...]) -> tuple[str, str]:
    """The service (and subject) of a line none of its headings and items gives one: its own
    words', a subject coded in letters and digits, else the service whose parts the nearest
    "X vs Y" of `texts` compares."""
    service, subject = _owner(_before_destination(text))
    if not service:
        service, subject = coded_subject(text)
    if not service:
        service = _compared_parts_owner(texts)
    return service, subject


def _compared_parts_owner(texts: tuple[str, ...]) -> str:
    """The service whose parts the nearest "X vs Y" of a line's headings and items compares
    (_sole_owner), for a line nothing else gives a service: "Express: max duration 5 minutes"
    under "## step functions standard vs express" is Step Functions'."""
    nearest = next((text for text in texts if _names_two(text)), "")
    return _sole_owner(nearest) if nearest else ""


def _sole_owner(text: str) -> str:
    """The one service whose parts an "X vs Y" text sets side by side ("SQS standard vs
    FIFO", "step functions standard vs express", "REST API vs HTTP API"), else "": its lines
    are that service's, whichever part they are of. Each side must name the service or a part
    of it ("CNAME vs Alias" names Route 53's CNAME by no name we know, and "alias" alone may be
    a Lambda alias's). A side that names nothing is another part of the service the other
    side names one part of ("DynamoDB on-demand vs provisioned", "Lambda sync vs async": the
    "both:" lines under it were no service's), not where that side names the service alone
    ("Lambda vs containers" compares it with something else)."""
    sides = _VS.split(text)
    owners: set[str] = set()
    bare: list[str] = []
    for side in sides:
        # (a side naming a service names its parts: "DynamoDB on-demand" is no Kinesis mode)
        named = {m.name for m in find_services(side)} or {
            subject_entry(m)[0] for m in find_subjects(side)}
        if not named:
            if not _PART_NAME.fullmatch(side.strip(" \t#*_:.-")):
                return ""
            bare.append(side)
        owners |= named
    if bare and (sides[0] in bare or len(sides) - len(bare) != 1
                 or not _names_a_part(sides[0])):
        return ""
    return next(iter(owners)) if len(owners) == 1 else ""


# a part's name on a side of its own: a word or two ("provisioned", "async", "Standard-IA")
_PART_NAME = re.compile(r"[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?")


# a part that is a thing in the plural ("instances", "tables", "Reserved Instances"), not a
# mode ("on-demand", "sync", "Multi-AZ", "Serverless", "Express")
_PLURAL_THING = re.compile(r"[A-Za-z]{2,}[^sS\W][sS]")


def _names_a_part(side: str) -> bool:
    """Does the side name one service and a part of it ("DynamoDB on-demand"), not the
    service alone ("Lambda", "Amazon SQS") nor a part alone ("Alias")? Nor things of it in
    the plural ("EC2 instances vs containers", "DynamoDB tables vs files"): the other side's
    things may be another service's (a container's storage is Fargate's or ECS's), where a
    mode's other side is another mode of the same service."""
    part = _NAME_DRESSING.sub(" ", blank_services(side)).strip()
    return (len({m.name for m in find_services(side)}) == 1 and bool(_PART_NAME.fullmatch(part))
            and not _PLURAL_THING.fullmatch(part.split()[-1]))


def resolve(block: Block, blocks: list[Block]) -> Context:
    trail = ancestors(block, blocks)
    # the first half of a sentence broken over lines is no enclosing item or heading
    wrapped = trail[:len(trail) - len(block.parents) - len(block.headings)]
    own = (block.text,) if block.kind == "heading" else ()
    service, subject, listed = _enclosing_owner(own + trail, wrapped, bool(block.headings),
                                                len(block.headings) + len(own), _TOPIC_HEADINGS)
    # A line that opens with a service is about it, whatever the heading says
    # ("- SNS max message size is 256 KB" under "## SQS / SNS"), or with a subject whose name
    # is its own ("Lambda@Edge functions ..." under "## CloudFront").
    lead = _lead_end(block.text)
    head = opening_of(block.text, lead)
    opens = any(m.start == 0 for m in find_services(head)) or any(
        m.start == 0 and "@" in m.alias for m in find_subjects(head))
    if not opens and (listed or not service):
        # (only where no heading or item names the line's one service: under "# Lambda",
        # "Remember S3 invokes async, retries 2 times" is Lambda's retry count, and under
        # "# API Gateway" "Also Lambda integration timeout max 29 s" the API's timeout; a
        # heading's own words come first among its texts, so a heading is never `listed`
        # by another's list when it names a service itself)
        lead = _past_opening_words(block.text, lead)
        opens = lead > _lead_end(block.text)
    opening = _opening_owner(block.text, lead)
    # (a practice log's answer: the need stated, then the service that meets it; a line that
    # opens with a service is about it: "CloudTrail log files delivered to: S3" is
    # CloudTrail's, "Lambda dead-letter queue target: SQS" Lambda's)
    if not service and block.kind != "heading" and not opens:
        opening = _picked_service(block.text) or opening
    if opening[0] and opening[0] != service and (opens or not service) \
            and not _an_event_source_of(service, block.text) \
            and not _of_a_part_named_after(opening[0], service, subject, block.text):
        service, subject = opening
    if service in catalog().yielding and block.kind != "heading":
        service, subject = _past_a_framework(block.text, service, subject)
    if not service:
        service, subject = _unnamed_owner(block.text, own + trail)
    else:
        service, subject = (_mapping_of_a_source(service, block.text)
                            or nested_topic(block.text, service) or (service, subject))
    if block.question is not None and block.kind != "heading":
        service, subject = _question_topic(block, blocks, service, subject)
    if service and block.kind != "heading" and not find_services(head):
        service, subject = _subject_of_a_named_service(head, trail, service, subject)
    if service and not subject:
        subject = trail_subject(own + trail, service)
    if service and block.kind != "heading" and not opens:
        service, subject = (label_compound(block.text[lead:], service, bool(subject))
                            or (service, subject))
    if service and not subject and block.kind != "heading":
        subject = _member_of_group(block, blocks, service)
    if service and not subject and block.kind != "heading":
        subject = short_subject(block.text[lead:], service)  # "streams ..." under DynamoDB
    weak = bool(listed) and service == _owner(listed)[0] and not find_services(block.text)
    return Context(service, subject, trail, weak)


# "share secrets + auto rotation for RDS: Secrets Manager", "stream to S3, no code ->
# Kinesis Data Firehose": a need, then the service that meets it, alone after the last colon
# or arrow of the line
_PICK_MARK = re.compile(r"\s*(?::|->|=>|[→⇒])\s*")
_PICK_WORDS = 5
_PICK_OWN_WORDS = 2


def _picked_service(text: str) -> tuple[str, str] | None:
    """The service a line of a practice log's answers picks for the need it states, where
    nothing above the line names a service: the answer, not a service the need names ("for
    RDS", "to S3": the row was filed as RDS's, and a lookup of Parameter Store's rotation
    listed it as RDS's). A line with a figure is no such pick."""
    if any(c.isdigit() for c in blank_services(text)):  # ("S3", "EC2" are no figures)
        return None
    marks = list(_PICK_MARK.finditer(text))
    if not marks or not text[:marks[-1].start()].strip():
        return None
    tail = text[marks[-1].end():].strip(" *_`.")
    if not tail or len(tail.split()) > _PICK_WORDS:
        return None
    named = find_services(tail)
    if not named or named[0].start != 0:
        return None
    # the service alone, or with a word or two of its own ("SQS FIFO", "Cognito user
    # pools"); not a list or a clause ("-> Kinesis/Lambda/Firehose for real-time processing"
    # names where logs may go, no pick)
    if len(named) > 1 or len(tail[named[0].end:].split()) > _PICK_OWN_WORDS:
        return None
    head = {m.name for m in find_services(text[:marks[-1].start()])}
    if named[0].name in head:
        return None
    return _owner(tail)


# an arrow: a decision tree's branch has one ("HTTP/HTTPS, path routing, lambda targets -> ALB")
_ARROW = re.compile(r"->|=>|[→⇒]")


def _pick_above(text: str) -> tuple[str, str] | None:
    """The service a decision tree's branch above a line leads to: the lines under "path or
    host routing, lambda targets -> ALB" ("idle timeout default 60 sec") go on about the ALB
    picked, not about Lambda, which the need names first. Only a branch of one arrow: a chain
    ("Kinesis -> Firehose -> S3") names where data goes, no pick; as _picked_service reads a
    pick (no figure on the branch, the service alone after the arrow). A branch opening
    with a service is a flow from it ("S3 → Lambda": S3 invokes Lambda, the lines below
    say how), the opening service's as before; so is one whose arrow follows a service's
    name alone after a label ("Serverless: API Gateway -> Lambda", "Pattern: SNS -> SQS
    fan-out"): a flow between two services, not a need's pick."""
    arrows = list(_ARROW.finditer(text))
    if len(arrows) != 1:
        return None
    opening = text.lstrip(" \t-*+>#•·[]")
    if any(m.start == 0 for m in find_services(opening)):
        return None
    source = _FLOW_LABEL.split(text[:arrows[0].start()])[-1]
    if names_only_services(source):
        return None
    return _picked_service(text)


# what ends a label before a flow's source ("Serverless: API Gateway -> Lambda") or a need's
# clause before the next ("path routing, lambda targets -> ALB")
_FLOW_LABEL = re.compile(r"[:;,(]")


def _of_a_part_named_after(opening: str, service: str, subject: str, text: str) -> bool:
    """Under a part of `service` named after the service the line opens with ("- can
    transform with Lambda" / "  - lambda invocation timeout up to 5 min for transform" under
    "## Kinesis Data Firehose": Firehose's Lambda transform), a line that names the part by a
    word of its own ("transform", "authorizer") details that part: the 5 minutes were filed
    as Lambda's own maximum timeout, a false conflict with its 15 and a false "outdated" in
    check. A feature of A that names B is A's fact about B, not B's. A line that names only B
    stays B's: "Lambda timeout max 15 min" under "## API Gateway / - Lambda authorizer" is
    Lambda's own maximum, not the authorizer's (it was filed as API Gateway's 15 min
    integration timeout, and a lookup of the authorizer's timeout answered 15 min)."""
    if not service or not subject:
        return False
    low = subject.lower()
    if not any(re.search(rf"(?<![\w@]){re.escape(alias)}(?![\w@])", low)
               for alias in _aliases_of(opening)):
        return False
    line = text.lower()
    return any(re.search(rf"(?<![\w@]){re.escape(word)}", line)
               for word in _own_words_of(service, subject, opening))


_PART_WORD_MIN = 5  # a word of a part's name of its own: no "with", "for", "type"


@lru_cache(maxsize=256)
def _own_words_of(service: str, subject: str, other: str) -> tuple[str, ...]:
    """The words a part's names have besides the other service's ("transform", "processor"
    of Firehose's "Lambda transform"; "authorizer" of API Gateway's "Lambda authorizer")."""
    names = [subject.lower()] + [alias for alias, owner in catalog().subject_aliases.items()
                                 if owner == (service, subject)]
    others = {w for alias in _aliases_of(other) for w in re.findall(r"[a-z0-9]+", alias)}
    return tuple(sorted({w for name in names for w in re.findall(r"[a-z0-9]+", name)
                         if len(w) >= _PART_WORD_MIN and w not in others}))


@lru_cache(maxsize=256)
def _aliases_of(service: str) -> tuple[str, ...]:
    return tuple(alias for alias, name in catalog().service_aliases.items() if name == service)


def _past_opening_words(text: str, lead: int) -> int:
    """Where a service starts right after the words a sentence may open with ("Remember: KDS
    retention default 24 hrs", "So ALB idle timeout ..."): it opens the line as well (KDS's
    retention was SQS's, the first of the services its heading lists); else `lead`."""
    after = _OPENING_WORDS.match(text, lead).end()  # type: ignore[union-attr]
    if after > lead and any(m.start == 0 for m in find_services(opening_of(text, after))) \
            and not _REFERS_BACK.search(text, after):
        return after
    return lead


# "Plus S3 events invoke it async, retries 2 times", "Also SQS triggers it, batch size 10": a
# line that says "it" of the run's service names another only as what acts on it; the figures
# are the run's service's (they were filed as S3's retries and SQS's batch size: fix review)
_REFERS_BACK = re.compile(r"\b(?:it|its)\b", re.IGNORECASE)


def _an_event_source_of(service: str, text: str) -> bool:
    """In Lambda's notes, "SQS event source batch size default 10, max 10,000" opens with the
    queue but sets the event source mapping's batch size: Lambda's (filed as the queue's, a
    student was taught an SQS batch size of 10,000). Only a line with a number: "Kinesis Data
    Streams uses an event source mapping" stays a statement about the stream, as before.
    The event source must be named right before one of the mapping's own settings (_MAPPING):
    "SQS as event source: visibility timeout ..., retention max 14 days" under Lambda states
    the queue's own measures (filed as Lambda's, "lambda max retention" answered 14 days)."""
    return service == "Lambda" and _MAPPING.search(text) is not None and any(
        c.isdigit() for c in text)


# Lambda's event source mapping named right before one of its own settings ("ESM batch size",
# "event source mapping max concurrency", "SQS event source: batch size 10"). A bare "trigger"
# or an "ESM" elsewhere on the line is no such subject: "as a Lambda trigger: visibility timeout
# ..." and "ESM polls ...; max wait time 20 sec" state the queue's own measures.
_MAPPING = re.compile(
    r"(?:\bevent[\s-]*sources?(?:[\s-]*mappings?)?|\bESM)(?:'s)?[\s:–-]+"
    r"(?:(?:max(?:imum)?|min(?:imum)?|default)\s+)?"
    r"(?:batch(?:ing)?[\s-]*(?:size|window)|concurrency|bisect\w*|retr(?:y|ies)\b)",
    re.IGNORECASE)


@lru_cache(maxsize=1)
def _mapping_sources() -> frozenset[str]:
    """The services Lambda reads through an event source mapping (data/categories.json)."""
    from studycli.paths import load_json

    return frozenset(load_json("categories.json")["event_source_mapping_sources"]["services"])


def _mapping_of_a_source(service: str, text: str) -> tuple[str, str] | None:
    """"ESM batch size SQS default 10" under "# SQS": a line whose subject, named before its
    first number, is a setting of Lambda's event source mapping of the queue or stream sets
    Lambda's setting, not the source's own (filed as SQS's batch size, it was checked against
    SQS's ReceiveMessage batch of 1 and called far off)."""
    if service not in _mapping_sources():
        return None
    mapping = _MAPPING.search(text)
    number = _NUMBER.search(text)
    if mapping is None or number is None or number.start() < mapping.start():
        return None
    return "Lambda", "event source mapping"


# "so big files -> EFS": an arrow after some words leads to where something goes
ARROW_AFTER_WORDS = re.compile(r"(?<=\w)[\s)*_`]*(?:->|=>|[→⇒➔])")


def _subject_of_a_named_service(head: str, trail: tuple[str, ...], service: str,
                                subject: str) -> tuple[str, str]:
    """"* io2 block express up to 256,000 IOPS" under "## EC2 / EBS": a line that opens with a
    subject of another service its heading names is that service's (io2 was EC2's, the first
    the heading names, with no subject)."""
    opening = [m for m in find_subjects(head) if m.start == 0]
    if not opening or subject:
        return service, subject
    owner = subject_entry(opening[0])[0]
    if owner == service or not any(m.name == owner for m in find_services(" ".join(trail))):
        return service, subject
    return owner, opening[0].name


def _before_destination(text: str) -> str:
    """The part of a line before an arrow that follows its words, when it states a number: a
    line that names no service before it is not about the one its numbers lead to ("/tmp is
    512 MB, so big files -> EFS" was EFS's object size). A line of words that points to a
    service is about that pick ("key-value, serverless -> DynamoDB")."""
    m = ARROW_AFTER_WORDS.search(text) if ">" in text or not text.isascii() else None
    return text[:m.start()] if m and _A_DIGIT.search(text, 0, m.start()) else text


_A_DIGIT = re.compile(r"\d")


def coded_subject(text: str) -> tuple[str, str]:
    """A line nothing else gives a service, naming a subject whose name is a code of letters
    and digits ("gp3: baseline 3,000 IOPS", "st1 / sc1 = HDD"): such a name is one service's
    (an EBS volume type), never an everyday word as "standard" or "origin" can be."""
    for m in find_subjects(text):
        if any(c.isdigit() for c in m.alias) and any(c.isalpha() for c in m.alias):
            return subject_entry(m)
    return "", ""


def trail_subject(texts: tuple[str, ...], service: str) -> str:
    """The first of the service's subjects the line's enclosing items and headings name.
    A heading or item listing it among three or more names ("## VPC, Subnets, NACL",
    "networking - vpc / nacl / sg / elb") says what its section covers, as "SQS vs SNS" does:
    it lends none of them to a line below (the first lent its name to every line: "5 IPs
    reserved per subnet" was the NACL's). Two subjects listed alone ("versions & aliases")
    still lend the first: lending none made "can weight 2 versions" an answer to how many
    versions a function may have, which the notes never say (unseen28).
    One that opens with a subject and names another in passing ("nacl = stateless, subnet
    level") is about the first, as before."""
    for text in texts:
        if _names_two(text):
            continue
        subs = find_subjects(text, service)
        if subs and not _lists_subjects(text, subs):
            return subs[0].name
        opened = _bare_subject_word(text, service) if text is texts[0] else ""
        if opened:
            return opened  # (the line's own parent only: "# Compute" names no EC2 subject)
    return ""


_BARE_ITEM = re.compile(r"[\s#*_`>-]*([A-Za-z][\w-]*)[\s*_`]*:?[\s*_`]*")


def _bare_subject_word(text: str, service: str) -> str:
    """An enclosing item or heading that is one word, the first of one subject's name of
    the service ("- Standard" under Step Functions, over "max duration 1 year" and "history
    kept 90 days", beside "- Express"): that subject (Standard workflow), as the same item
    names a side of a comparison (extract/comparisons.py). Not a word opening the names of
    two subjects."""
    if not service:
        return ""
    m = _BARE_ITEM.fullmatch(text)
    if not m or find_services(m.group(1)):
        return ""  # (a service's own name: "DynamoDB" opens "DynamoDB Streams" too)
    return _subjects_opened(service).get(m.group(1).lower(), "")


# the kind words a one-word item leaves unsaid ("- Standard" under Step Functions: Standard
# workflow; "- FIFO" under SQS: FIFO queue). A name's other words say what the variant is
# ("Standard-IA" is "standard infrequent access", "function URL", "message timer",
# "execution context"): an item saying the first of them alone is no such variant ("- Standard"
# under S3 is S3 Standard, "- Function" under Lambda the function, "- Message" the message).
_KIND_WORDS = frozenset({"workflow", "workflows", "queue", "queues", "instance", "instances"})


@lru_cache(maxsize=512)
def _subjects_opened(service: str) -> dict[str, str]:
    """First word of the service's two-word subject names whose second word is only the kind
    of thing (_KIND_WORDS) -> the subject, where the word opens no other subject's names
    ("standard" -> Standard workflow under Step Functions; none under S3, where "standard"
    opens "standard infrequent access")."""
    found: dict[str, set[str]] = {}
    kinded: set[str] = set()
    for alias, (owner, subject) in catalog().subject_aliases.items():
        words = alias.split()
        if owner == service and len(words) > 1:
            found.setdefault(words[0], set()).add(subject)
            if len(words) == 2 and words[1] in _KIND_WORDS:
                kinded.add(words[0])
    return {word: next(iter(names)) for word, names in found.items()
            if len(names) == 1 and word in kinded}


# the marks that list names ("VPC, Subnets", "vpc / nacl", "versions & aliases"): what
# _SEPARATOR looks for between two names and _LIST_GLUE allows there (besides its arrows)
_LIST_MARKS = r",|/|&|\+|;"
_SEPARATOR = re.compile(rf"{_LIST_MARKS}|\b(?:and|or)\b", re.IGNORECASE)


_TOPIC_OPENING = re.compile(r"[\s#*_`>-]*")
_TOPIC_DASH = re.compile(r"\s*[-–—:]\s*")


def _lists_subjects(text: str, subs: list[Mention]) -> bool:
    """Whether `text` lists a subject beside another name, a separator between them, where it
    names three or more ("VPC, Subnets, NACL")."""
    names = sorted([m for m in find_services(text)
                    if all(m.end <= s.start or m.start >= s.end for s in subs)] + subs,
                   key=lambda m: m.start)
    if len(names) > 1 and _TOPIC_OPENING.fullmatch(text, 0, names[0].start) \
            and _TOPIC_DASH.fullmatch(text, names[0].end, names[1].start):
        # "## RDS - Multi-AZ and read replicas": the service the section is about, then what
        # of it the section covers: the service is no third name of a list
        names = names[1:]
    if len({m.name for m in names}) < 3:
        return False
    subjects = {id(m) for m in subs}
    for a, b in zip(names, names[1:], strict=False):
        if a.name == b.name or not (id(a) in subjects or id(b) in subjects):
            continue
        if _LIST_GLUE.fullmatch(text, a.end, b.start) and _SEPARATOR.search(text, a.end, b.start):
            return True
    return False


# "spread - max 7 instances per AZ" under "Placement groups": a short label, then a dash (or
# an "=": "cluster = same rack"), then what is said of it
_MEMBER_LABEL = re.compile(r"^\W*(?:o\s+)?([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2})\s+[-–—=]\s")
_GROUP = re.compile(r"^\W*((?:[A-Za-z][\w-]*\s+)?[A-Za-z][\w-]*s)\W*$")
# an API operation ("BatchGetItem - 100 items") is the subject limits.py reads itself
_CAMEL = re.compile(r"[a-z][A-Z]")
_NOT_MEMBERS = re.compile(r"\b(?:max(?:imum)?|min(?:imum)?|default|limits?|quotas?|note|tips?|"
                          r"why|pros|cons|use|uses|cost|price|pricing|example|e\.g)\b",
                          re.IGNORECASE)


def _member_of_group(block: Block, blocks: list[Block], service: str) -> str:
    """A line naming one member of the group its parent item names is about that member:
    "cluster - same rack" under "Placement groups" is the cluster placement group's, and a
    number on it is not the service's own ("max 7 instances per AZ" is a spread placement
    group's, not EC2's). The subject is the label and the group's name in the singular."""
    if not block.parents:
        return ""
    parent = blocks[block.parents[-1]]
    if parent.kind != "item":
        return ""
    member = _MEMBER_LABEL.match(block.text)
    if member is None:
        return ""  # (before the parent's services are blanked: most lines have no label)
    group = _GROUP.match(blank_services(parent.text, " ").strip())
    if group is None or _NOT_MEMBERS.search(member.group(1)) \
            or _NOT_MEMBERS.search(group.group(1)) or find_services(member.group(1)) \
            or _CAMEL.search(member.group(1)):
        return ""
    known = find_subjects(member.group(1), service)
    if known:
        return known[0].name  # "gp3 - baseline 3,000 IOPS" under "Volume types": gp3
    return f"{member.group(1)} {_singular(group.group(1))}".lower()


def _singular(plural: str) -> str:
    return plural[:-2] if plural.endswith(("sses", "xes", "ches", "shes")) else plural[:-1]


# where something goes, what it is compared with or what it is not: a service named after
# these is not what the line is about
_IN_PASSING = re.compile(r"\b(?:with|w/|from|via|using|into|through|behind|than|like|unlike|"
                         r"for|to|not|no|instead\s+of|over|vs\.?|versus|in\s+front\s+of|"
                         r"replacement\s+for)\s+(?:the\s+|an?\s+)?[*_`]*$", re.IGNORECASE)


def _question_topic(block: Block, blocks: list[Block], service: str,
                    subject: str) -> tuple[str, str]:
    """A line under a practice question whose every service is named in passing (in brackets,
    after "for", "to", "than", "not" ...: "-> multivalue = up to 8 records, NOT a replacement
    for ELB") is about the question's service, not those."""
    assert block.question is not None
    question = blocks[block.question].text
    if _names_two(question):
        return service, subject
    asked = _owner(question)
    mentions = find_services(block.text)
    if not asked[0] or asked[0] == service or not mentions:
        return service, subject
    text = block.text
    opening = len(text) - len(text.lstrip())
    if text[opening:opening + 1] == "(":  # "(RDS MySQL read replicas = 5 ...)": the whole line
        text = text[:opening] + " " + text[opening + 1:]
    for m in mentions:
        before = text[:m.start]
        if not (before.count("(") > before.count(")") or _IN_PASSING.search(before)):
            return service, subject
    return asked


# a number, not the digit of a name ("EC2", "S3")
_NUMBER = re.compile(r"(?<![A-Za-z])\d")
# "unlike Fargate", "than Aurora": what the line is compared with, not what it is about
_COMPARED_BEFORE = re.compile(r"\b(?:unlike|than|vs\.?|versus|compared\s+(?:to|with)|instead\s+of|"
                              r"not)\s+(?:the\s+|an?\s+)?[*_`]*$", re.IGNORECASE)


def named_in_comparison(text: str, start: int) -> bool:
    """Whether the name at `start` is what `text` compares something with ("~20% pricier than
    RDS", "unlike Fargate"), not what it is about."""
    return _COMPARED_BEFORE.search(text, 0, start) is not None


# "Logs: retention never expires", "Streams = 24 h retention": a label of one or two words
# opening the line, then ":", "=" or a dash
_LABEL = re.compile(r"^[*_`\s]*([A-Za-z][\w-]*(?:[ \t]+[A-Za-z][\w-]*)?)[*_`]*[ \t]*"
                    r"(?::|=|[ \t][-–—])[ \t]")


@lru_cache(maxsize=8192)
def label_compound(text: str, service: str, has_subject: bool = False) -> tuple[str, str] | None:
    """A line under `service` labelled by the rest of another service's or a subject's name
    is about that one: "Logs: retention default = never expire" under CloudWatch is
    CloudWatch Logs', "Streams: 24 h" under DynamoDB is DynamoDB Streams'. The service's name
    and the label must read as one name the catalog knows, longer than the service's own. A
    subject the lines above give stands: "standard:: 3-5 hours" under "Glacier retrieval" is
    a Glacier retrieval tier, not S3 Standard."""
    m = _LABEL.match(text)
    if m is None:
        return None
    joined = f"{service} {m.group(1)}"
    services = find_services(joined)
    if services and services[0].start == 0 and services[0].end > len(service):
        return (services[0].name, "") if services[0].name != service else None
    if has_subject or find_subjects(m.group(1), service):
        # a label that is a whole subject name already ("Standard queue: ...") is read where
        # the line's own words are (limits.py); only a label that needs the service's name
        # to be one ("Streams:", "Standard —") is read here
        return None
    subjects = find_subjects(joined, service)
    if subjects and subjects[0].start == 0 and subjects[0].end > len(service):
        return service, subjects[0].name
    return None


@lru_cache(maxsize=8192)
def nested_topic(text: str, parent: str) -> tuple[str, str] | None:
    """The sub-service (data/sub_services.json) a line under `parent`'s heading is about:
    "With Fargate a task gets up to 16 vCPU" under "## ECS" is Fargate's. Only when the line
    names it before its first number, names neither the parent nor any other service, and does
    not name it as what something is compared with."""
    table = sub_services()
    own_subjects = [(m.start, m.end) for m in find_subjects(text, parent)]
    named: list[tuple[str, str, int]] = []  # service, subject, where
    for m in find_services(text):
        if not any(s <= m.start < e for s, e in own_subjects):  # "Fargate launch type" is ECS's
            named.append((m.name, "", m.start))
    for m in find_subjects(text):
        entry = table.get(m.name)
        if entry and entry.subject:
            named.append((entry.service, entry.subject, m.start))
    if not named or len({service for service, _, _ in named}) != 1:
        return None
    service = named[0][0]
    subject = next((sub for _, sub, _ in named if sub), "")
    entry = table.get(subject or service)
    if entry is None or parent not in entry.parents:
        return None
    first = min(start for _, _, start in named)
    number = _NUMBER.search(text)
    if (number and number.start() < first) or _COMPARED_BEFORE.search(text, 0, first):
        return None
    return service, subject


# what joins the names of a list: "SQS, SNS, Kinesis and DynamoDB", "SAM / CloudFormation"
# (a word may finish a name before its separator: "S3 events, SNS, EventBridge")
_LIST_GLUE = re.compile(r"[\s*_`]*(?:(?:[A-Za-z]+[\s*_`]*)?(?:" + _LIST_MARKS + r"|->|→)[\s*_`]*"
                        r"(?:(?:and|or)[\s*_`]+)?|(?:and|or|&)[\s*_`]+)?", re.IGNORECASE)


@lru_cache(maxsize=4096)
def lists_services(text: str) -> bool:
    """A heading that lists three or more services, names only between them ("SQS, SNS,
    Kinesis and DynamoDB"): like "SQS vs SNS", it says which services the section covers, not
    which one owns a line below it. (Two are too often one thing and its use: "Lambda + S3",
    "ECS / ECR", "DynamoDB / IAM policies" own the lines below them.)"""
    found = [m for m in find_services(text) if not _a_name_not_an_acronym(text, m)]
    if len({m.name for m in found}) < 3:
        return False
    return all(_LIST_GLUE.fullmatch(text, a.end, b.start) is not None
               for a, b in zip(found, found[1:], strict=False))


# a heading's trailing asides ("(watched 3 Dec)", "(SAA / DVA)"), its label ("Week 6 - ",
# "Section 7: ") and the glue between the topics it lists ("decoupling + DynamoDB")
_TRAILING_ASIDE = re.compile(r"\s*[(\[][^()\[\]]*[)\]][\s*_`]*$")
_HEADING_LABEL = re.compile(r".*(?::\s|\s[-–—]+\s)")
_WORD = re.compile(r"\w+")
_TOPIC_ITEM_GLUE = re.compile(r"\s*(?:[,+&/;]|\band\b)\s*", re.IGNORECASE)


@lru_cache(maxsize=4096)
def lists_topics(text: str) -> bool:
    """A heading that lists a section's topics, a service only one of them and not the first
    ("Week 6 - decoupling + DynamoDB", "Section 7: Global infra, CloudFront, support plans"):
    like a list of services, it says what the section covers, not whose each line is (its SQS
    rows were filed as DynamoDB's, its IAM, Spot and support-plan lines as CloudFront's). Only
    among three topics or more, or after a label ("Week 6 -") a topic in lower case, a field
    of study rather than a thing's name: "Networking / VPC", "VPN & Direct Connect", "Hybrid:
    VPN + Direct Connect" and "Part 2 - Launch template + ASG" are one service's section."""
    t = text.strip(" #=*_`")
    while (m := _TRAILING_ASIDE.search(t)) is not None and m.start() > 0:
        t = t[:m.start()]
    label = _HEADING_LABEL.match(t)
    head, tail = (t[:label.end()], t[label.end():]) if label else ("", t)
    if find_services(head):
        return False
    items = [item for item in _TOPIC_ITEM_GLUE.split(tail) if item.strip()]
    if len(items) < 2 or (len(items) < 3 and (len(_WORD.findall(head)) < 2
                                              or not items[0].islower())):
        return False
    named = [m.name for item in items[1:] for m in find_services(item)]
    # ("Streams / TTL / DAX" in DynamoDB's notes is DynamoDB's: _parent_of_a_listed_part)
    return (not find_services(items[0]) and not find_subjects(items[0]) and bool(named)
            and not any(name in sub_services() for name in named))


# the note being read's headings that list their sections' topics (read_topic_headings)
_TOPIC_HEADINGS: frozenset[str] = frozenset()


def read_topic_headings(blocks: list[Block], tables: Sequence[Table]) -> frozenset[str]:
    """Note the headings of a note (its blocks and tables) that list their sections' topics
    and claim no line (resolve, table_service), and return them: those that lists_topics and
    whose sections name another service than theirs. A section that names no other is the
    service's own, whatever else its heading lists ("# Week 4 - serverless + Lambda" over
    "- timeout max 15 min", "## Section 5: intro, CloudFront, pricing" over "- default TTL
    24 hours": the Lambda and CloudFront limits were lost); one whose lines name SQS, or IAM
    and Trusted Advisor, is a course's week or section of several ("# Week 6 - decoupling +
    DynamoDB" over SQS rows). Set anew for each note (called once a note)."""
    global _TOPIC_HEADINGS
    texts = {text for b in blocks for text in b.headings}
    texts |= {b.text for b in blocks if b.kind == "heading"}
    texts |= {text for table in tables for text in table.headings}
    listing = [text for text in texts if lists_topics(text)]
    found = set()
    for heading in listing:
        own = {m.name for m in find_services(heading)}
        section = {b.text for b in blocks if heading in b.headings}
        section |= {text for table in tables if heading in table.headings
                  for text in (table.context, *(cell for row in table.rows for cell in row))}
        if any(m.name not in own for text in section for m in find_services(text)):
            found.add(heading)
    _TOPIC_HEADINGS = frozenset(found)
    return _TOPIC_HEADINGS


def over_topics(text: str) -> bool:
    """Is `text` a heading of the note being read that lists its section's topics and claims
    no line (read_topic_headings)?"""
    return text in _TOPIC_HEADINGS


@lru_cache(maxsize=8192)
def _names_two(text: str) -> bool:
    return _VS.search(text) is not None


def compares(text: str) -> bool:
    """Does the text set things side by side ("SQS vs Kinesis Data Streams: ...")?"""
    return _names_two(text)


@lru_cache(maxsize=8192)
def _owner(text: str) -> tuple[str, str]:
    """The service a text is about, and the subject when a distinctive one names it first
    ("Lambda@Edge" under "Edge functions attached on CloudFront" is Lambda's)."""
    services = [m for m in find_services(text) if not _a_name_not_an_acronym(text, m)]
    distinctive = [m for m in find_subjects(text) if (" " in m.alias or "@" in m.alias)
                   and not _SHARED_SUBJECT.fullmatch(m.alias)
                   and not _of_another_product(text, m.start)]
    if distinctive and (not services or distinctive[0].start <= services[0].start):
        owner, subject = subject_entry(distinctive[0])
        return owner, subject
    return (services[0].name, "") if services else ("", "")


# "Neptune global database: up to 5 secondary regions": a capitalised name right before a
# subject's name, no service we know, names the product the thing is of (Neptune's global
# database is no Aurora Global Database). Words that open a sentence are no such name.
_NAME_BEFORE = re.compile(r"(?<![\w-])([A-Z][A-Za-z]+)[ \t]+$")
_SENTENCE_WORDS = frozenset("""the a an each every any all use using with for in on your my our
    this that these those its no one new old cross multi enable enabled create global regional
    primary secondary standard max min default note tip if when and or but so also only up to
    per via by from then both either amazon aws""".split())


def _of_another_product(text: str, start: int) -> bool:
    m = _NAME_BEFORE.search(text, 0, start)
    return (m is not None and m.group(1).lower() not in _SENTENCE_WORDS
            and not find_services(m.group(1)))


# Acronyms that, written as a capitalised word, are first of all a person's name ("Sam",
# "Dax"): "## Sqs" or "## Kms" is still the service, as a student's heading writes it.
_ALSO_A_NAME = frozenset({"SAM", "DAX"})


def _a_name_not_an_acronym(text: str, m: Mention) -> bool:
    """"Practice journal (Sam)": a service whose acronym is also a person's name ("SAM")
    written as a capitalised word ("Sam") is the person, not the service; notes write the
    acronym in capitals or all lower case."""
    if m.name not in _ALSO_A_NAME:
        return False
    written = text[m.start:m.end]
    return (written.lower() == m.name.lower() and len(written) > 1
            and written[0].isupper() and written[1:].islower())


# "Unzipped incl. layers", "plus provisioned concurrency": a subject added on, not the one
# the number is of
_ADDED_ON = re.compile(r"\b(?:incl(?:\.|uding|udes?)?|plus|w/|with)\s*$", re.IGNORECASE)
# the most characters other than spaces, `*_`~,.` and digits a match of _ADDED_ON holds
# ("including"): it is searched only in the tail of the text before a subject (scan.tail_start)
_ADDED_ON_LETTERS = 9


def subject_near(text: str, service: str, position: int) -> str | None:
    """The subject mentioned closest before `position` in the line, if any; not one named as
    what a subject named before it is for ("Recycle Bin for snapshots: retention 1 day to 1
    year", "Recycle Bin: retain deleted snapshots ..." is the bin's retention, not the
    snapshots': they have none)."""
    best, best_start, best_end = None, 0, 0
    for m in find_subjects(text, service):
        if m.start <= position \
                and not _ADDED_ON.search(text, tail_start(text, m.start, _ADDED_ON_LETTERS),
                                         m.start) \
                and not _in_closed_aside(text, m.start, position) \
                and not (best and _SERVED.fullmatch(text, best_end, m.start)) \
                and not (best and _labels_its_clause(text, best_start, best_end)
                         and _counted_in_an_earlier_clause(text, m.start, m.end, position)):
            best, best_start, best_end = m.name, m.start, m.end
    if best is not None and _item_closed(text, best_end, position):
        # "Recycle Bin for accidental delete (1 day - 1 yr retention), Archive tier 75%
        # cheaper (restore 24-72 h)": an aside with its number, closed, and a comma end the
        # subject's item (the archive's restore time was the bin's)
        return None
    if best is not None and _counts_another_after_a_clause(text, service, best, best_start,
                                                           best_end, position):
        # "container image up to 10 GB; max 5 layers per function": a count of another of
        # the service's parts, in a later clause than the one that gave the subject its own
        # number, is that part's, not the subject's (container images can use no layers)
        return ""
    if best is not None and _sentence_ended(text, best_start, best_end, position):
        # "container image up to 10 GB. /tmp storage 512 MB. Up to 5 layers.": a subject
        # whose sentence gave its own number ends with that sentence (the layers were asked
        # "for AWS Lambda (container image)", which can use none). "", not None: the line's
        # own mention of it is no subject for this number either (subject_from_line)
        return ""
    return best


# "5 layers", "up to 15 read replicas": a number counting what the name after it names (a
# number ends on a digit: "max 16,000. gp3: ..." ends a sentence, it counts no gp3 volumes)
_COUNTED_NAME = re.compile(r"\d(?:[\d,.]*\d)?\s*\+?\s*(?:[*_`]+\s*)?$")
# a clause's end: a comma or semicolon, not a number's thousands separator ("10,000")
_CLAUSE_END = re.compile(r"(?<!\d),|,(?!\d)|;")


def _counts_another_after_a_clause(text: str, service: str, subject: str, subject_start: int,
                                   subject_end: int, position: int) -> bool:
    """Does the number at `position` count another of the service's parts (named right after
    it: "5 layers"), in a clause after the one where `subject` got a number of its own
    ("container image up to 10 GB, up to 5 layers")? A subject that labels its line or
    clause ("alias: weighted 90/10, max 2 versions", "Lambda@Edge: 1 MB package, 0 layers")
    scopes every clause after the label; a clause that refers back ("16 read replicas
    each", "... for it") is still the subject's."""
    counted = next((m for m in find_subjects(text, service) if m.start > position
                    and _COUNTED_NAME.match(text, position, m.start)), None)
    if counted is None or counted.name == subject:
        return False
    if _labels_its_clause(text, subject_start, subject_end):
        return False
    breaks = list(_CLAUSE_END.finditer(text, subject_end, position))
    if not breaks or not _NUMBER.search(text, subject_end, breaks[0].start()):
        return False
    clause_end = _CLAUSE_END.search(text, counted.end)
    rest = text[breaks[-1].end():clause_end.start() if clause_end else len(text)]
    return _REFERS_BACK.search(rest) is None and _EACH.search(rest) is None


def _labels_its_clause(text: str, start: int, end: int) -> bool:
    """Is the subject at text[start:end] the label its line or clause opens with ("alias:
    ...", "...; Lambda@Edge: ...")? (Bullets, numbering and service names may come before.)"""
    clause_start = last_end(_CLAUSE_END, text, start)  # (the whole head scanned once a line)
    return (not _LETTER.search(blank_services(text[clause_start:start], ""))
            and _LABEL_AFTER.match(text, end) is not None)


# a number right before a name: "0 layers", "up to 15 read replicas"
_COUNTED_BEFORE = re.compile(r"(?<![A-Za-z])\d(?:[\d,.]*\d)?\s*\+?\s*(?:[*_`]+\s*)?$")


def _counted_in_an_earlier_clause(text: str, start: int, end: int, position: int) -> bool:
    """"Lambda@Edge: 0 layers; 1 MB package": a part a number counted ("0 layers"), in a clause
    before `position`'s, under a label (the caller's test), is what that number counts, no new
    owner of the label's later clauses (the 1 MB was the layers'). With no label before it,
    it may be: "Up to 15 Aurora Replicas, replica lag under 100 ms"."""
    return (_COUNTED_BEFORE.search(text, max(0, start - 16), start) is not None
            and _CLAUSE_END.search(text, end, position) is not None)


_EACH = re.compile(r"\beach\b", re.IGNORECASE)


def subject_from_line(near: str | None, ctx: Context, service: str) -> str | None:
    """The subject `subject_near` found (`near`), or None to take the context's. Where it
    found the line's subject ended with its sentence (""), the context's subject still holds
    when a heading or an enclosing item names it, not when only this line does."""
    if near != "":
        return near
    named_above = any(m.name == ctx.subject for text in ctx.ancestors
                      for m in find_subjects(text, service or None))
    return None if ctx.subject and named_above else ""


# a full stop that ends a sentence (not an abbreviation's: "indep. of size", "approx. 5"), as
# the next one begins with a capital or a path ("/tmp"); before a small letter only where the
# sentence it ends gave a number: in notes that do not capitalise, "creds. from console max 12
# hrs" may go on about the same thing, but "container image up to 10 GB. max 5 layers per
# function" has moved on (the layers were the image's; container images can use none)
_ABBREVIATIONS = ("indep", "approx", "incl", "excl", "e.g", "i.e", "etc", "vs", "min", "max",
                  "sec", "secs", "hr", "hrs", "def", "avg", "est", "ca", "no", "esp", "resp",
                  "config", "std")
_SENTENCE_END = re.compile("".join(rf"(?<!\b{re.escape(a)})" for a in _ABBREVIATIONS)
                           + r"[.!?]\s+(?:[*_`(\[]*[A-Z]|/[a-z]|(?P<small>[*_`(\[]*[a-z]))")
_NUMBER = re.compile(r"(?<![A-Za-z\d])\d")  # not a name's digit ("S3", "io2")


def sentence_ends_between(text: str, pos: int, endpos: int) -> list[tuple[int, int]]:
    """The spans of `_SENTENCE_END.finditer(text, pos, endpos)` (a stop before a small letter
    only after a number: _sentence_end_spans), from the text's matches found once (a pasted
    paragraph's numbers each asked for those after a subject named early). A
    match opens with its one character of [.!?]: no attempt inside another match succeeds, so
    a search from `pos` finds the whole text's matches from there on; and an attempt reads
    nothing past its match's end, so those ending by `endpos` are the cut text's, and one
    running past it cannot match there (what would end it is cut off)."""
    if endpos - pos <= SHORT:  # a short stretch: searched, which costs less than looking up
        found = list(_SENTENCE_END.finditer(text, pos, endpos))
        if not any(m["small"] for m in found):  # (one before a small letter needs what came
            return [m.span() for m in found]     # before `pos`: looked up below)
    starts, spans = _sentence_end_spans(text)
    out = []
    for k in range(bisect_left(starts, pos), len(starts)):
        if spans[k][1] > endpos:
            break
        out.append(spans[k])
    return out


@lru_cache(maxsize=16)
def _sentence_end_spans(text: str) -> tuple[list[int], list[tuple[int, int]]]:
    """The text's sentence ends, found once: their starts (to bisect) and their spans. A stop
    before a small letter ends a sentence only where a number came since the last end."""
    spans: list[tuple[int, int]] = []
    for m in _SENTENCE_END.finditer(text):
        if not m["small"] or _NUMBER.search(text, spans[-1][1] if spans else 0, m.start()):
            spans.append(m.span())
    return [start for start, _ in spans], spans


# a line's own label: "Presigned URL: ...", "**Spot** — ...", "gp3 = ..."
# ("User pool tokens: ...", "Redis cluster mode enabled: ...": a few words may follow it)
_LABEL_AFTER = re.compile(r"(?:[*_`]*[ \t-]+[A-Za-z][\w/-]*){0,3}[*_`]*\s*(?:[:=—–]|\s-\s|->|→)")
# a sentence that refers back to the one before ("You can set it from 1 to 4000 seconds")
_REFERS_BACK = re.compile(r"\b(?:it|its|it's|they|them|their|these|those|this one)\b",
                          re.IGNORECASE)


_LETTER = re.compile(r"[^\W\d_]")  # before a line's label: bullets, numbering, a timestamp


def _sentence_ended(text: str, start: int, end: int, position: int) -> bool:
    """Did the sentence the subject (text[start:end]) is named in give a number of its own
    and end before `position`, and the new sentence not refer back to it? A subject that
    labels the whole line ("Presigned URL: default 3600 s. Console max is 12 hours"), a table row's
    cells, and a sentence that is only the subject's name ("FIFO queues. 300 TPS") hold on."""
    if "|" in text:
        return False
    opens = not _LETTER.search(blank_services(text[:start], ""))
    if opens and _LABEL_AFTER.match(text, end):
        return False
    ends = sentence_ends_between(text, end, position)
    starts = [end] + [mark_end - 1 for _, mark_end in ends]
    # the subject's own sentence gave a number; or, for one named mid-line ("DynamoDB — ...
    # Global tables (multi-region). PITR up to 35 days. TTL ... 48 hrs"), a sentence after
    # it did. A subject the line opens with is what its prose goes on about ("S3
    # Intelligent-Tiering is the answer when .... You pay ... 30 days .... Small objects
    # under 128 KB ...") until its own sentence gives a number
    said = list(zip(starts, ends, strict=False))[:1 if opens else None]
    # (a number counting the subject is its own too: "max 5 layers per function. console
    # editor limit 3 MB": the 3 MB is no layer's)
    counted = bool(ends) and _COUNTED_BEFORE.search(text, max(0, start - 16), start) is not None
    if not counted and not any(_NUMBER.search(text, a, mark) for a, (mark, _) in said):
        return False
    return _REFERS_BACK.search(text, starts[-1], position) is None


# (an aside that held the subject's own number: "Recycle Bin (rules per Region), retention 1
# day to 1 year" is still the bin's item)
_ITEM_CLOSED = re.compile(r"\([^()]*\d[^()]*\)[*_`]*\s*[,;]")
# "default expiry 3600 s (1 hr), max 7 days", "(1h); CLI max 168 hours (7 days)": a bound,
# maybe of a named case, is the item's own bound, not a new item (to the clause's end)
# ("CLI/SDK max 7 days (604800 s), console max 12 hours": a bound the item said already
# begins another case of it, not the item's own)
_BOUND_GOES_ON = re.compile(r"\s*(?:[\w/-]+\s+){0,2}?(?P<bound>max|min|up to)(?:imum)?\b[^,;]*",
                            re.IGNORECASE)


def _holds_an_amount(aside: str) -> bool:
    """"(1 hr)", "(frames of 32 KB)": an aside stating an amount, after which a bound goes on
    about the same item; not "(push over HTTP/2, SubscribeToShard), max 20 EFO consumers per
    stream", whose digit is a version and whose bound is the stream's."""
    return any(q.unit for q in find_quantities(aside))


def _item_closed(text: str, start: int, position: int) -> bool:
    """Did an aside holding a number, closed and followed by a comma, end the subject's item
    (text[start:position])?"""
    for m in _ITEM_CLOSED.finditer(text, start, position):
        goes_on = _BOUND_GOES_ON.fullmatch(text, m.end(), position)
        if goes_on is None or not _holds_an_amount(m[0]) or re.search(
                rf"\b{goes_on['bound']}(?:imum)?\b", text[start:m.start()], re.IGNORECASE):
            return True
    return False


# between a subject and what it is for, in one clause: "Recycle Bin for snapshots", "Recycle
# Bin: retain deleted snapshots", "Recycle Bin for AMIs and snapshots" ("... ALB and NLB.
# Cookie names: AWSALB for ALB" is a new sentence: ALB is its subject)
_SERVED = re.compile(r"[^.;!?,()]{0,20}?\b(?:for|deleted)\s+(?:(?:the|all|your|accidentally)\s+)?"
                     r"(?:deleted\s+)?(?:[\w-]+\s*(?:,|/|&|\band\b|\bor\b)\s*)?[*_`]*",
                     re.IGNORECASE)


def _in_closed_aside(text: str, start: int, position: int) -> bool:
    """"(0 means short polling, which is the default). ... up to 10 messages": a subject
    inside a bracket closed before the number is an aside, not what the number is of."""
    opening = text.rfind("(", 0, start)
    closing = text.find(")", start, position)
    if opening < 0 or closing < 0 or ")" in text[opening:start]:
        return False
    # a label in brackets ("Integration timeout (HTTP API) | 30 s") names the row's case; an
    # aside is a phrase of its own
    return len(text[opening + 1:closing].split()) >= 4


@lru_cache(maxsize=8192)  # the same headings and parents are cleaned for every line under them
def clean_topic(text: str, asked_of: str | None = None) -> str:
    """A heading or item as a short topic phrase: numbering, service names and noise removed.

    With `asked_of` (the service a card's answer is filed under), a question keeps the other
    services its prepositions ask about: "Q: what do appspec hooks do for lambda?" is no
    question as "q: what do appspec hooks do for ?". Its own service goes, as in any topic
    ("max payload for API Gateway?" under API Gateway), and so does a name the question only
    sets beside another ("Parameter Store vs Secrets Manager?")."""
    t = _NUMBERING.sub("", without_schedule(text))  # "Tue 14 May, 09:00-10:30 SQS": no topic
    t = _LEAD_TAG.sub("", t)
    t = _COUNTED.sub("", t)
    if asked_of is not None and _QUESTION.search(t):
        t = catalog().service_pattern.sub(lambda m: _unless_asked_about(m, asked_of), t)
    else:
        t = blank_services(t, "")
    if _VS_WORD.search(t):
        # "SQS vs SNS vs Kinesis" with its names blanked is a comparison's section, "vs", as
        # "SQS vs SNS" is (lookup reads it so for "sqs vs sns"), not "vs vs"
        t = _VS_RUN.sub(" vs ", t)
    t = _INTRO_WORDS.sub("", t)
    t = _PICTOGRAPHS.sub(" ", t)
    t = _EDGE_MARKS.sub("", t)
    t = _SPACES.sub(" ", t)
    return t.strip()


def _unless_asked_about(m: re.Match[str], service: str) -> str:
    if not _GOVERNED.search(m.string, 0, m.start()):
        return ""
    found = find_services(m.group(0))
    return "" if not found or found[0].name == service else m.group(0)


# compiled once (not looked up in re's cache per call): a line's enclosing prose sentence
# misses clean_topic's cache every time
_GOVERNED = re.compile(r"\b(?:for|to|in|on|into|from|with|behind|by|using|via)\s+(?:the\s+|an?\s+)?"
                       r"$", re.IGNORECASE)
_QUESTION = re.compile(r"\?[\s*_`]*$|^[\s*_`#-]*Q[:.]\s", re.IGNORECASE)
_COUNTED = re.compile(r"\((?:\d+|default)\)", re.IGNORECASE)
# "[set3] CFN limits", "[TD #4] ...": a log's tag saying where the entry came from
_LEAD_TAG = re.compile(r"^\s*\[[^\[\]\n]{1,20}\]\s*")
_INTRO_WORDS = re.compile(r"\b(?:features?|introduction|overview|basics)\b", re.IGNORECASE)
_EDGE_MARKS = re.compile(r"^[\s\-–:|/&,.>()\[\]*#~=+]+|[\s\-–:|/&,.!>(\[*#~=+]+$")
_SPACES = re.compile(r"\s{2,}")
# a heading's emoji ("# 🚀 Route 53", "## ✅ SQS tips") decorates it and names no topic: the
# letterlike (ℹ), technical (⏱), pictographs, dingbats and symbol blocks, with the joiner,
# variation selector and skin tones
# that build one emoji of several code points
_PICTOGRAPHS = re.compile("[\u2100-\u214f\u2300-\u23ff\u2600-\u27bf\u2b00-\u2bff\u200d\ufe0f"
                          "\U0001f000-\U0001faff]+")
_VS_WORD = re.compile(r"\b(?:vs|versus)\b", re.IGNORECASE)
_VS_RUN = re.compile(r"(?:\s*\b(?:vs\.?|versus)(?!\w)\s*){2,}", re.IGNORECASE)


def _opening_owner(text: str, lead: int) -> tuple[str, str]:
    """The service (and subject) a line opens with, within its first 40 characters after its
    lead. A framework yields to a service the line names after it ("AWS Well-Architected
    Framework: Reliability pillar -> RDS Multi-AZ failover takes 60-120 seconds" is RDS's
    line: data/services.json "yields_to_services", services._without_yielding)."""
    opening = _owner(opening_of(text, lead))
    return _owner(text[lead:]) if opening[0] in catalog().yielding else opening


def _past_a_framework(text: str, service: str, subject: str) -> tuple[str, str]:
    """Under a framework's heading, a line that names a service is that service's."""
    named = _owner(text)
    return named if named[0] and named[0] not in catalog().yielding else (service, subject)


def owner_of(text: str) -> tuple[str, str]:
    """The service (and subject) a sentence is about: the one it opens with, else the first
    it names."""
    lead = _lead_end(text)
    opening = _owner(opening_of(text, lead))
    return opening if opening[0] else _owner(text)


# where something goes or what it is compared with; not "to" or "about": "Let's move on to
# Route 53." does move the topic
_PREPOSITION_BEFORE = re.compile(r"\b(?:with|from|via|using|into|through|behind|than|like|"
                                 r"unlike)\s+(?:the\s+|an?\s+)?[*_`]*$", re.IGNORECASE)


# "anything bigger has to go to S3 or EFS", "logs get shipped to CloudWatch": where data is sent
# is not what the sentence is about; "Now let's go to Route 53." still moves the topic
_DESTINATION_BEFORE = re.compile(
    r"\b(?:go(?:es)?|going|gone|sen[dt]s?|sending|deliver(?:s|ed|ing)?|offload(?:s|ed|ing)?|"
    r"push(?:es|ed|ing)?|ship(?:s|ped|ping)?|spill(?:s|ed|ing)?|export(?:s|ed|ing)?|"
    r"archive[sd]?|archiving|dump(?:s|ed|ing)?|stream(?:s|ed|ing)?|forward(?:s|ed|ing)?)"
    r"\s+(?:(?:it|them|data|those|that|everything)\s+)?(?:(?:over|on|along)\s+)?to\s+(?:the\s+|an?\s+)?"
    r"[*_`]*$", re.IGNORECASE)
_MOVES_ON = re.compile(r"^\W*(?:(?:ok(?:ay)?|so|now|alright|right|next)\b[\s,]*)*"
                       r"(?:let'?s|let\s+us|we(?:'ll|\s+will)|i(?:'ll|\s+will))\b", re.IGNORECASE)

# ("CloudWatch Logs or S3": a word may finish the name before the next one)
def _sends_to_first(text: str, lead: int) -> bool:
    """"Logs get shipped to CloudWatch Logs": the first service of the opening is a destination."""
    first = find_services(opening_of(text, lead))
    return bool(first) and _DESTINATION_BEFORE.search(text, 0, lead + first[0].start) is not None \
        and not _MOVES_ON.match(text)


_LISTED_WITH = re.compile(r"[*_`]*(?:\s+[A-Za-z]+)?\s*(?:,|/|&|\bor\b|\band\b)\s*(?:the\s+)?[*_`]*")


def topic_of(text: str) -> tuple[str, str]:
    """The service (and subject) a sentence moves the topic to: the one it opens with, else the
    first it names as what it is about. A service in brackets or after "with", "from", "than"
    ("then DLQ (SQS standard queue)", "the key difference with Kinesis Data Streams") is where
    something goes or what it is compared with, not what the sentence's numbers are of; so is
    one after a verb that sends something to it ("has to go to S3"), unless the sentence moves
    on ("Now let's go to Route 53.")."""
    lead = _lead_end(text)
    opening = _owner(opening_of(text, lead))
    if opening[0] and not _sends_to_first(text, lead):
        return opening
    sent_to = -1  # where the last destination named ends ("go to S3 or EFS": both are)
    for m in find_services(text):
        before = text[:m.start]
        if before.count("(") > before.count(")") or _PREPOSITION_BEFORE.search(before):
            continue
        if (_DESTINATION_BEFORE.search(before) or (
                sent_to >= 0 and _LISTED_WITH.fullmatch(text, sent_to, m.start))) \
                and not _MOVES_ON.match(text):
            sent_to = m.end
            continue
        return _owner(text[m.start:])
    return "", ""


# words a sentence may open with before its topic: "So ALB ...", "Last thing, CloudFront.",
# "Remember: KDS ..."
_OPENERS = (r"so|now|ok(?:ay)?|alright|right|and|but|also|then|next|first|finally|plus|"
            r"remember|reminder|last\s+thing|one\s+more\s+thing|moving\s+on")


def _words_before_topic(words: str) -> re.Pattern[str]:
    return re.compile(rf"(?:(?:{words})(?=[\s,:;])[\s,:;-]*)*", re.IGNORECASE)


# with the prepositions and articles a topic may follow ("For Lambda, ..."): where a sentence
# that moves a paragraph's topic names it
_DISCOURSE = _words_before_topic(_OPENERS + r"|for|with|in|on|the|an?")
# without them: what a line of its own opens with ("For SQS queues Lambda adds 60 instances
# per minute" is Lambda's scaling, "Remember: KDS retention 24 hrs" the stream's)
_OPENING_WORDS = _words_before_topic(_OPENERS)


# "When you call STS AssumeRole, ...": a clause opening the sentence sets what it is about
_OPENING_CLAUSE = re.compile(r"(?:when|whenever|if|once|after|before|while|unless)\b[^,.;:]{0,60},",
                             re.IGNORECASE)


def opens_with_topic(text: str, service: str) -> bool:
    """A sentence that can move a paragraph's topic to `service`, the one it names: it opens
    with the service or one of its subjects ("Network Load Balancer is layer 4", "So ALB
    versus NLB: ...", "For Lambda, ..."), names it in an opening clause ("When you call STS
    AssumeRole, ..."), is a topic line of a few words ("Auto Scaling groups.", "Last thing,
    CloudFront.") or moves on ("Okay, let's get started with VPC."). A service named later in
    the sentence ("Step scaling uses CloudWatch alarms", "Origins can be S3, an ALB, ...") is
    named in passing."""
    if len(text.split()) <= 4 or _MOVES_ON.match(text):
        return True
    lead = _lead_end(text)
    start = _DISCOURSE.match(text, lead).end()  # type: ignore[union-attr]
    clause = _OPENING_CLAUSE.match(text, start)
    if clause is not None and any(m.name == service for m in find_services(clause.group(0))):
        return True  # "When you call STS AssumeRole, the default session duration is 1 hour"
    head = opening_of(text, start)
    return any(m.start == 0 and m.name == service for m in find_services(head)) or any(
        m.start == 0 and subject_entry(m)[0] == service
        for m in find_subjects(head))


_CLAUSE_BREAK = re.compile(r"[,;(]|->|→|\.\s")


def named_in_a_later_clause(text: str, service: str) -> bool:
    """"failed deliveries are retried for up to 24 hours, then sent to a DLQ (SQS)": the line
    names `service` only in a later clause than its first number's, so the numbers are not
    that service's ("5 VPCs per region" names what its number counts)."""
    if not named_after_its_numbers(text, service):
        return False
    number = _NUMBER.search(text)
    first = next(m.start for m in find_services(text) if m.name == service)
    return number is not None and _CLAUSE_BREAK.search(text, number.end(), first) is not None


def named_after_its_numbers(text: str, service: str) -> bool:
    """"The buffer size is 1 MB to 128 MB [... when it lands in S3 ...]": the sentence's first
    number comes before it names `service`, so the numbers are not that service's."""
    number = _NUMBER.search(text)
    first = next((m.start for m in find_services(text) if m.name == service), None)
    return number is not None and first is not None and number.start() < first
