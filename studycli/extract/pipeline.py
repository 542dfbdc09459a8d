"""The parse pipeline: normalize → markdown-it blocks (notes/) → facts and comparisons.

Blocks go through the line rules (extract/rules.py), wrapped prose sentence by sentence;
tables through the table layouts (extract/table_layouts.py); then comparisons.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from studycli.extract.chat_speakers import (
    answered_turn,
    chat_speakers,
    corrected_turns,
    spoken_blocks,
    unnamed_blocks,
)
from studycli.extract.collector import collector_paused
from studycli.extract.compared_heading import SidesRead
from studycli.extract.comparisons import section_comparisons, sibling_comparisons, table_comparisons
from studycli.extract.context import (
    ARROW_AFTER_WORDS,
    Context,
    compares,
    lead_end,
    lists_services,
    named_after_its_numbers,
    named_in_a_later_clause,
    opens_with_topic,
    read_topic_headings,
    resolve,
    topic_of,
    trail_owner,
    trail_subject,
)
from studycli.extract.error_owners import error_owner, line_owner
from studycli.extract.fan_out import run_parts
from studycli.extract.footnote_marks import FOOTNOTE_DEF, footnotes_by_mark
from studycli.extract.limits import forget_read_lines, infer_defaults, restated_defaults
from studycli.extract.line_runs import run_of_lines
from studycli.extract.list_lead import LABEL, NO_LEAD, under_lead
from studycli.extract.listed_claims import claimed
from studycli.extract.lost_cases import drop_unsure_quantities
from studycli.extract.note_topic import file_service, opens_with_status_code
from studycli.extract.operation_owners import operation_owner
from studycli.extract.own_labels import defines_names, led_sections, opens_with_unknown_label
from studycli.extract.question_headings import QuestionHeadings
from studycli.extract.replies import corrected_by_replies, corrected_in_turns
from studycli.extract.retrieval_tiers import name_retrieval_tiers
from studycli.extract.rules import Scope, block_facts
from studycli.extract.table_dittos import with_dittos_read
from studycli.extract.table_footnotes import with_footnotes_read
from studycli.extract.table_layouts import table_facts, table_service
from studycli.model import Fact, ParsedNote, Warning_
from studycli.notes.blocks import Block, to_blocks
from studycli.notes.normalize import normalize, split_lines
from studycli.notes.prose import prose_groups, sentences
from studycli.notes.tables import Table

# a sentence that goes on about what the one before was about
_GOES_ON = re.compile(r"\W*(?:it|its|it's|they|their|these|those|this|that|such|each|both|"
                      r"also|here|there|then)\b", re.IGNORECASE)


def parse_note(text: str, source: str, workers: int = 1) -> ParsedNote:
    """Parse one note's text into facts, comparisons and warnings. Never raises on text.
    `workers` > 1: the lines' and tables' facts are read on that many cores (extract/fan_out),
    worth it for a large note only; the result is the same."""
    # parsing makes hundreds of thousands of short-lived, acyclic objects (tokens, blocks,
    # facts): the collector's passes cost a quarter of a large note's time
    forget_read_lines()  # a line's limits are remembered within one note only
    with collector_paused():
        return _parse(text, source, workers)


def _parse(text: str, source: str, workers: int = 1) -> ParsedNote:
    note = ParsedNote(source=source)
    if not text.strip():
        note.warnings.append(Warning_(source, "empty note: nothing to read"))
        return note
    normalized = normalize(text)
    raw_lines = split_lines(text)
    for line in normalized.long_lines:
        note.warnings.append(Warning_(source, "line is very long; only its first "
                                              "20,000 characters were read", line))
    for token, service, count in normalized.shorthand:
        note.warnings.append(Warning_(source, f"read '{token}' as {service} (a shorthand opening "
                                              f"{count} line{'s' if count > 1 else ''})"))
    for token, count in normalized.unread_openers:
        note.warnings.append(Warning_(source, f"'{token}' opens {count} lines but names no "
                                              "service studycli knows: those lines are filed under "
                                              "no service (if it stands for a service, write that "
                                              "service's name to file them)"))
    blocks, tables = to_blocks(normalized.text, normalized.tables)
    # a chat kept as a note: each line read as its message, who says it known by its index
    speakers = chat_speakers(blocks)
    blocks, said_by = spoken_blocks(blocks, speakers)
    # a sender kept for a chat that is read as none (messages over several lines, a sender
    # named "Max"): the name is no word of the message ("Min: 256 KB message size")
    blocks, unnamed = unnamed_blocks(blocks, normalized.talkers - speakers)
    read_topic_headings(blocks, tables)  # the headings that claim no line of their sections
    # a ditto mark ('"', "do.") is the cell it repeats: read so by facts and comparisons alike
    # and a footnote's mark ("32,000³") is no part of its cell's value
    tables = [with_dittos_read(with_footnotes_read(table, raw_lines), table_service(table))
              for table in tables]

    makers: dict[int, Callable[..., Fact]] = {}  # a table row's cells share their line's

    def maker(line: int):
        known = makers.get(line)
        if known is not None:
            return known
        snippet = raw_lines[line - 1].strip() if 0 < line <= len(raw_lines) else ""

        def make(**fields) -> Fact:
            return Fact(source=source, line=line, snippet=snippet, **fields)
        makers[line] = make
        return make

    # Each block's context is worked out when first asked for: a wrapped paragraph's later
    # lines are read sentence by sentence in its first line's context, and only a comparison
    # may ask for theirs (a transcript's lines are most of it)
    contexts: list[Context | None] = [None] * len(blocks)

    def context_of(i: int) -> Context:
        ctx = contexts[i]
        if ctx is None:
            ctx = contexts[i] = resolve(blocks[i], blocks)
        return ctx

    jobs: list[_LineJob | Table] = [
        *footnotes_by_mark(_line_jobs(blocks, context_of, file_service(source), said_by),
                           normalized.text),
        *tables]
    facts = [f for part in run_parts(_parts(jobs, blocks, maker, workers)) for f in part]
    # a reply's "14d not 7" takes back the 7 days a text before it gave (extract/replies.py)
    facts = corrected_by_replies(facts, _messages(normalized.text.split("\n"), blocks,
                                                    [*said_by, *unnamed]))
    # a chat's "No — 5 TB" takes back the guess or answer before it (extract/chat_speakers.py)
    facts = corrected_in_turns(facts, corrected_turns(blocks, said_by))
    # (a default restated in a summary: on the facts kept, a quiz's wrong options dropped)
    note.facts = restated_defaults(
        drop_unsure_quantities(name_retrieval_tiers(infer_defaults(facts))))
    service_of = lambda i: context_of(i).service  # noqa: E731
    note.comparisons = (section_comparisons(blocks, service_of, source)
                        + sibling_comparisons(blocks, service_of, source))
    for table in tables:
        note.comparisons.extend(table_comparisons(table, table_service(table), source))
    if not note.facts and not note.comparisons:
        note.warnings.append(Warning_(source, "no facts found (no AWS service, limit or "
                                              "comparison this parser recognises)"))
    return note


def _messages(lines: list[str], blocks: list[Block], said: list[int]) -> list[str]:
    """The note's `lines`, a chat's each its message (`said`: the blocks read without their
    speaker's name; a reply "priya: that's old, it's 10 GB now" opens with its verdict:
    extract/replies.py)."""
    for index in said:
        if 0 < blocks[index].line <= len(lines):
            lines[blocks[index].line - 1] = blocks[index].text
    return lines


# A line job: a block (or one sentence of wrapped prose, as a block of its own line) and the
# context its rules read it in. Working the contexts out is cheap and goes in note order (a
# paragraph's topic carries into the next); reading facts is most of the time and each job's
# facts depend on nothing but the job, so the jobs can be shared among cores.
_LineJob = tuple[Block, Context]


def _parts(jobs: list, blocks: list[Block], maker, workers: int) -> list[Callable[[], list[Fact]]]:
    """The jobs cut into `workers` runs of about equal text, in order, each a callable that
    returns its facts."""
    def run(chunk: list) -> Callable[[], list[Fact]]:
        def facts() -> list[Fact]:
            out: list[Fact] = []
            for job in chunk:
                if isinstance(job, Table):
                    out.extend(table_facts(job, maker))
                else:
                    block, ctx = job
                    out.extend(block_facts(block, Scope(ctx, blocks, maker(block.line))))
            return out
        return facts

    if workers < 2 or len(jobs) < 2:
        return [run(jobs)]
    sizes = [sum(len(c) for row in job.rows for c in row) if isinstance(job, Table)
             else len(job[0].text) for job in jobs]
    share = sum(sizes) / workers
    chunks: list[list] = [[]]
    done = 0
    for job, size in zip(jobs, sizes, strict=True):
        if done >= share * len(chunks) and len(chunks) < workers:
            chunks.append([])
        chunks[-1].append(job)
        done += size
    return [run(chunk) for chunk in chunks if chunk]


def _line_jobs(blocks: list[Block], context_of: Callable[[int], Context],
               note_service: str = "", said_by: dict[int, str] | None = None) -> list[_LineJob]:
    """The jobs, each block with the context it is read in (`context_of`: a block's, by its
    index). `note_service`: the one service the note's file name names, for lines nothing
    else gives a service. `said_by`: in a chat, who says each message (by its index)."""
    jobs: list[_LineJob] = []
    groups = {group[0]: group for group in prose_groups(blocks)}
    in_prose = {index for group in groups.values() for index in group}
    # The service paragraphs are about, per section. Only the service carries over: a subject
    # one sentence names ("... use the SQS Extended Client Library") is that sentence's, not
    # the topic of the paragraphs after it ("Retention: 4 days by default").
    carried: dict[tuple[str, ...], tuple[str, str]] = {}
    # "Slide 3 – S3 basics" or "Kinesis. ugh, the numbers." on the line right above a list:
    # the service of a one-line paragraph a list follows straight after, for its items
    lead = NO_LEAD
    # per section, the service the questions of a Q&A thread are about ("> 5. what is /tmp
    # size?" under "> 4. env vars limit?"): each answer goes back to it, not to a service the
    # answer before named in passing ("encrypt w/ KMS if secrets": /tmp was KMS's)
    thread: dict[tuple[str, ...], str] = {}
    runs: dict[tuple[str, ...], tuple[str, int]] = {}  # per section: a run's service, last line
    asked = QuestionHeadings()
    said_by = said_by or {}  # "jake:", "me:": who talks, in a chat kept as a note
    turns: dict[int, Context] = {}  # a chat's messages' contexts, for the replies to them
    led = led_sections(blocks)  # a cheat sheet's sections, one service a line
    compared = SidesRead(blocks)  # under "X vs Y": the side each line is of (compared_heading.py)
    for index, block in enumerate(blocks):
        if index in in_prose and index not in groups:
            continue  # a wrapped paragraph's later line: read in its first line's job
        ctx, lead = under_lead(index, blocks, context_of(index), lead, context_of)
        ctx = _in_thread(block, ctx, thread, carried)
        ctx = _talked_of(index, block, ctx, said_by)
        # "CF   TTL default 24 h" after "ELB  idle timeout 60 s" on a cheat sheet: a line led
        # by an abbreviation studycli cannot read names its own service, not the line
        # before's (CloudFront's TTL was the load balancer's: extract/own_labels.py)
        own_label = (block.kind == "para" and not block.parents and not ctx.service
                     and block.headings in led and opens_with_unknown_label(block.text))
        if own_label:
            carried.pop(block.headings, None)
        if (block.kind == "para" and not own_label
                and (not ctx.service or (ctx.listed and not defines_names(block.text))
                     or _goes_on_talking(index, block, ctx, said_by))
                and block.headings in carried
                and not any(blocks[p].kind == "item" for p in block.parents)):
            # Prose that does not repeat the service goes on about the one before it; a line
            # under a list item ("o business-critical system down < 30 min" under "Enterprise
            # On-Ramp") is about that item, not about the prose before the list.
            ctx = Context(*carried[block.headings], ctx.ancestors)
        elif _item_of_the_run(index, blocks, ctx, carried):
            # "**Limits:**" / "- failed deliveries are retried for up to 24 hours and up to 185
            # times, then sent to a DLQ (SQS)" in a run of lines about EventBridge: a list item
            # that names no service, or one only after its numbers, is the run's (the retries
            # were SQS's, the event size nobody's)
            ctx = Context(*carried[block.headings], ctx.ancestors)
        elif (block.kind != "heading" and opens_with_status_code(block.text)
              and not trail_owner(ctx.ancestors)):
            # "403 acess denied / WAF", "502 bad gateway - lambda bad output" in a list of the
            # note's codes: the service named after the code is its cause, not the code's
            # owner, and the lines after it are still about the note's service
            outer = carried.get(block.headings, (note_service, ""))
            if outer[0]:
                ctx = Context(*outer, ctx.ancestors)
        else:
            ctx = run_of_lines(index, blocks, ctx, runs)
        ctx = asked.context_of(block, ctx)
        if not ctx.service and note_service:
            ctx = Context(note_service, "", ctx.ancestors)
        if index in groups:
            # a run of wrapped lines right after another, in one paragraph, goes on about the
            # topic the lines before it ended on
            # (not a line led by its own abbreviation, nor a legend's: "GA = Global
            # Accelerator, KDF = ..." under "SG = security group" was the VPC's)
            continued = carried.get(block.headings, ("", "")) if (
                index and not own_label and not defines_names(block.text)
                and blocks[index - 1].kind == "para" and block.kind == "para"
                and blocks[index - 1].line == block.line - 1
                and blocks[index - 1].headings == block.headings) else ("", "")
            sentence_jobs, topic = _prose_jobs(groups[index], blocks, ctx, continued[0])
            # under "X vs Y": the side each sentence is of, else the pair's
            jobs.extend(compared.sentences(block, sentence_jobs, ctx.ancestors))
            if topic[0]:
                carried[block.headings] = (topic[0], "")
        elif index not in in_prose:
            ctx = _own_context(index, blocks, ctx, carried, said_by, turns)
            ctx = _claimed_by_words(block.text, block, blocks, ctx)
            # under "X vs Y": the side the line names, else the pair (extract/compared_heading.py)
            jobs.append((block, compared.line(block, block.text, ctx)))
    return _filed_under_error_owners(_footnotes_of_citers(jobs))


def _item_of_the_run(index: int, blocks: list[Block], ctx: Context,
                     carried: dict[tuple[str, ...], tuple[str, str]]) -> bool:
    """A top-level list item, under no heading or item that names a service, in a section
    whose lines have been about one, the list led by a field's label ("**Limits:**"; not a
    new topic's: "**Networking (I was weak here)**"): it names no service, or names one only
    in a later clause than its first number ("24 hours ..., then sent to a DLQ (SQS)"; not
    "5 VPCs per region": what the number counts)."""
    block = blocks[index]
    if block.kind != "item" or block.headings not in carried or not carried[block.headings][0] \
            or any(blocks[p].kind == "item" for p in block.parents) \
            or trail_owner(ctx.ancestors):
        return False
    above = index - 1
    while above >= 0 and blocks[above].kind == "item":
        above -= 1
    if above < 0 or blocks[above].kind != "para" \
            or not blocks[above].text.rstrip(" *_`").endswith(":") \
            or not _run_names(blocks, above, carried[block.headings][0]):
        return False
    if not ctx.service:
        return True
    return ctx.service != carried[block.headings][0] and not ctx.listed \
        and named_in_a_later_clause(block.text, ctx.service)


def _run_names(blocks: list[Block], last: int, service: str) -> bool:
    """Does a line of the run of paragraph lines ending at blocks[last] (no blank line between)
    name `service`, and none name two services or compare? ("Kinesis Data Streams" /
    "**Overview:** ..." / "**Limits:**" does; the lines after a blank and "— CLOUD CONCEPTS —"
    do not go on about S3 a checklist named.)"""
    from studycli.services import find_services, find_subjects, subject_entry

    i = last
    names = False
    while i >= 0 and blocks[i].kind == "para" and (
            i == last or blocks[i].line == blocks[i + 1].line - 1):
        text = blocks[i].text
        if compares(text) or lists_services(text) \
                or len({m.name for m in find_services(text)}) >= 2:
            # "SQS vs Kinesis Data Streams: ...", "SQS and SNS are often used together": the
            # run is about two services, and the list under its label is not the one it
            # named first's (SQS's "retention up to 365 days" was Kinesis's)
            return False
        if any(m.name == service for m in find_services(text)) or any(
                subject_entry(m)[0] == service
                for m in find_subjects(text)):
            names = True
        i -= 1
    return names


# "Teacher: ...", "Student: ...", "Me: ...": a dialogue's speaker, opening the line
_SPEAKER = re.compile(r"^\W{0,3}([A-Z][a-z]{1,15}|Q|A)\s*:\s+\S")


def _answering(index: int, blocks: list[Block], ctx: Context) -> Context:
    """A dialogue's answer ("Teacher: Starts at 5 Gbps and scales up to 45 Gbps.") is about
    what the question on the line before asks ("Student: NAT gateway bandwidth is 10 Gbps
    max?"): the question is read as the answer's enclosing text, for the words that name its
    numbers and its subject (they were named "teacher" and "starts"). The question's own
    numbers stay unread. ("Q: ..." / "A: ..." pairs are linked by blocks already; "Lambda:
    ...?" / "SQS: ..." are labels of services, no speakers.)"""
    block = blocks[index]
    if block.kind != "para" or not index or not ctx.service or index - 1 in block.parents:
        return ctx
    answer, question = _SPEAKER.match(block.text), _SPEAKER.match(blocks[index - 1].text)
    if answer is None or question is None:
        return ctx
    return _with_question(blocks, index, ctx, answer.group(1), question.group(1))


def _own_context(index: int, blocks: list[Block], ctx: Context,
                 carried: dict[tuple[str, ...], tuple[str, str]], said_by: dict[int, str],
                 turns: dict[int, Context]) -> Context:
    """The context of a line outside wrapped prose (_own_line, _answering); in a chat, a
    message's is kept in `turns` for the answers to it, and an answer is read with its question
    (_chat_answering)."""
    on = carried.get(blocks[index].headings)
    ctx = _answering(index, blocks, _own_line(blocks[index], ctx, carried))
    if not said_by:
        return ctx
    question = answered_turn(index, blocks, said_by)
    ctx = turns[index] = _chat_answering(index, blocks, ctx, question, turns)
    if question is not None and on is not None:
        # a service an answer names is what the question asks ("Transfer Acceleration
        # uses?" / "CloudFront edge locations."): the talk stays on the question's (the EBS
        # volumes asked after were CloudFront's)
        carried[blocks[index].headings] = on
    return ctx


def _talked_of(index: int, block: Block, ctx: Context, said_by: dict[int, str]) -> Context:
    """A chat's message is of the service it names, wherever in it ("Block storage now. EBS gp3
    baseline?", "Up to 15 Aurora replicas"), not of the note's heading's ("# S3 / EBS / EFS
    — the library scene"): a chat moves from topic to topic as its messages do."""
    if index not in said_by or block.kind != "para":
        return ctx
    from studycli.services import find_services

    named = [m.name for m in find_services(block.text)]
    if not named or _names(block.text, ctx.service):
        return ctx
    return Context(named[0], "", ctx.ancestors)


def _goes_on_talking(index: int, block: Block, ctx: Context, said_by: dict[int, str]) -> bool:
    """Whether a chat's message is of a service its own words do not name (its heading's):
    it goes on about the one the chat is on (the last a message named), not the note's
    heading's ("# Databases (RDS, Aurora, DynamoDB)" over "DynamoDB maximum item size?" / ...
    / "Streams retention?")."""
    return index in said_by and not _names(block.text, ctx.service)


def _names(text: str, service: str) -> bool:
    """Whether `text` names `service`, or a part of it ("gp2: 3 IOPS per GB" is EBS's)."""
    from studycli.services import find_services, find_subjects, subject_entry

    return any(m.name == service for m in find_services(text)) \
        or any(subject_entry(m)[0] == service for m in find_subjects(text))


def _chat_answering(index: int, blocks: list[Block], ctx: Context, asked: int | None,
                    turns: dict[int, Context]) -> Context:
    """A chat's answer read with the question it answers (`asked`, its index:
    extract/chat_speakers.answered_turn, the question right before it, past a guess; or the
    one the asker takes up again): the
    question is its enclosing text, for the words that name its figures, and the answer is
    of the question's service and subject where its own words do not name the one it is
    read of ("DynamoDB maximum item size?" / "400 KB, including attribute names")."""
    block = blocks[index]
    if block.kind != "para" or not ctx.service or index - 1 in block.parents:
        return ctx
    if asked is None or blocks[asked].text in ctx.ancestors[:1]:
        return ctx
    question = turns.get(asked, ctx)
    service, subject = ctx.service, ctx.subject
    if question.service and question.service != service \
            and not _names(block.text[:lead_end(block.text) + len(service) + 1], service):
        # (an answer is of its own service where it opens with it; one it names later is
        # part of the answer: "429 Too Many Requests ... 502 when Lambda returns a malformed
        # response" answers "Error when throttled?" of API Gateway)
        service, subject = question.service, question.subject
    subject = subject or question.subject if question.service == service else subject
    subject = subject or trail_subject((blocks[asked].text,), service)
    return Context(service, subject, (blocks[asked].text, *ctx.ancestors), ctx.listed)


def _with_question(blocks: list[Block], index: int, ctx: Context, answer: str,
                   question: str) -> Context:
    """The context of an answer (`answer`: its speaker) read with the question on the line
    before it (`question`: its asker), where another speaker asks it."""
    block, asked = blocks[index], blocks[index - 1]
    if (asked.kind != "para" or asked.line != block.line - 1 or answer == question
            or not asked.text.rstrip(" *_`").endswith("?")):
        return ctx
    from studycli.services import find_services
    if find_services(answer) or find_services(question):
        return ctx
    subject = ctx.subject or trail_subject((asked.text,), ctx.service)
    return Context(ctx.service, subject, (asked.text, *ctx.ancestors), ctx.listed)


_FOOTNOTE_REF = re.compile(r"\[\^([^\]\s]{1,20})\](?!:)")


def _filed_under_error_owners(jobs: list[_LineJob]) -> list[_LineJob]:
    """A line naming an error only one service returns ("ConditionalCheckFailedException ->
    condition expression false", "503 SlowDown"), and no other service than that one, is that
    service's (extract/error_owners.py): not the heading's that lists several ("DB MISTAKES --
    rds / aurora / dynamo" gave it to RDS), nor the line before's; a heading or an item naming
    one service keeps it ("# EMR": "InsufficientInstanceCapacity -> use instance fleets").
    So is a line naming an API operation only one service has ("BatchWriteItem max 25 items"
    in `sqs_worker.py`), on the same terms (extract/operation_owners.py)."""
    out: list[_LineJob] = []
    for block, ctx in jobs:
        owner = (line_owner(block.text, ctx.service, ctx.ancestors, error_owner)
                 or line_owner(block.text, ctx.service, ctx.ancestors, operation_owner)) \
            if block.kind != "heading" else ""
        if owner:
            ctx = Context(owner, "", ctx.ancestors)
        out.append((block, ctx))
    return out


def _footnotes_of_citers(jobs: list[_LineJob]) -> list[_LineJob]:
    """"Per shard limits[^12]." under "## Kinesis" ... "[^12]: 1 MB/s or 1,000 records/s in":
    a footnote that names no service of its own is about what the line citing it is about
    (read where it stands, at the note's end, it took the service of the section above it:
    Kinesis's shard limits were EventBridge's)."""
    if not any("[^" in block.text for block, _ in jobs):
        return jobs  # most notes: no footnote
    from studycli.services import find_services

    cited: dict[str, str] = {}
    out: list[_LineJob] = []
    for block, ctx in jobs:
        own = FOOTNOTE_DEF.match(block.text)
        if own and cited.get(own.group(1)) and not find_services(block.text):
            ctx = Context(cited[own.group(1)], "", ctx.ancestors)
        elif not own and ctx.service:
            for ref in _FOOTNOTE_REF.finditer(block.text):
                cited.setdefault(ref.group(1), ctx.service)
        out.append((block, ctx))
    return out


_PART_OF = re.compile(r"\b(?:for|of|in|on|over|with)\s+(?:the\s+)?$", re.IGNORECASE)


def _part_of(text: str, ctx: Context, before: str) -> bool:
    """"DAX = in-memory cache for dynamo" in a run of lines about DynamoDB: a line about a
    feature of the service the lines are about (named after a preposition) does not move them
    off it; the "Streams: records kept 24 hours" after it were DAX's."""
    if not before or before in ctx.service or trail_owner(ctx.ancestors):
        return False  # ("Aurora Serverless ... of Aurora": a kind of it, that the lines go on to)
    from studycli.services import find_services

    return any(m.name == before and _PART_OF.search(text, 0, m.start)
               for m in find_services(text))


def _own_line(block: Block, ctx: Context,
              carried: dict[tuple[str, ...], tuple[str, str]]) -> Context:
    """The context a line outside wrapped prose is read in; a paragraph line that names a
    service moves the section's carried topic to it, unless it names it in passing. (A chat's
    line is its message, its speaker's name taken off: "jake: what about kinesis" moves the
    chat to Kinesis; extract/chat_speakers.spoken_blocks.)"""
    if block.kind != "para" or not ctx.service:
        return ctx
    before = carried.get(block.headings, ("", ""))[0]
    text = block.text
    if defines_names(text):
        return ctx  # a legend's line names its services as what its shorthand stands for
    passing = _named_in_passing(text, ctx, before)
    if passing:
        # "on-demand vs provisioned (provisioned + auto scaling)" between a ticket's DynamoDB
        # lines: the lines after it go on about DynamoDB (they were Auto Scaling's);
        # "Streams: records kept 24 hours, trigger lambda", "export to S3 takes up to 12 hrs"
        # in a fragment about CloudWatch Logs: its own numbers too, named before the service
        # or of what goes to it
        if passing in (_PASSING_TO, _PASSING_LABEL) \
                or named_after_its_numbers(text, ctx.service):
            return Context(before, "", ctx.ancestors)
        return ctx  # _PASSING_NAMED among them: the line is its service's, the run goes on
    if not _part_of(text, ctx, before):
        carried[block.headings] = (ctx.service, "")
    return ctx


# "export to S3", "auto rotation w/ Lambda": where something goes, what it works with;
# "replaces SQS when you need replay", "instead of SQS": what the run's service stands in for
_WHERE_TO = re.compile(r"\b(?:to|into|with|w/|via|using|replac(?:es|ing)|instead\s+of)\s+"
                       r"(?:the\s+|an?\s+)?[*_`]*$", re.IGNORECASE)
_PASSING_TO, _PASSING_ASIDE, _PASSING_LABEL = "to", "aside", "label"
_PASSING_NAMED = "named"


def _named_in_passing(text: str, ctx: Context, before: str) -> str:
    """How a one-line paragraph names its service only in passing, in a run of lines about
    another service that no heading or enclosing item names: _PASSING_TO after a preposition,
    _PASSING_LABEL after the label the line opens with and defines, _PASSING_NAMED right after
    a label's dash, arrow or "=" (the line is that service's, not the run's), _PASSING_ASIDE
    in an open
    aside, after an arrow that follows words, or after a measured value; "" when it names it
    as its topic."""
    if not before or not ctx.service or ctx.service == before or ctx.listed:
        return ""
    if trail_owner(ctx.ancestors) or opens_with_topic(text, ctx.service):
        return ""
    from studycli.services import find_services, find_subjects, subject_entry

    first = next((m.start for m in find_services(text) if m.name == ctx.service), None)
    if first is None:
        return ""
    head = text[:first]
    if _WHERE_TO.search(head):
        return _PASSING_TO
    label = LABEL.match(head)
    # (a label naming a part of another service is a field's name: "Destinations: S3,
    # Redshift, OpenSearch" in a run about Firehose is no Lambda destination nor S3's line)
    if label and not find_services(label.group(1)) and not any(
            subject_entry(m)[0] in (ctx.service, before)
            for m in find_subjects(label.group(1))) \
            and _defines_label(text, label, head):
        # the label is what the line is about, in the run of lines about the service before:
        # a service its definition names is what it uses or where it goes (the cooldown and
        # grace period after "Simple / Step - CloudWatch alarm based" were CloudWatch's, an
        # email's DynamoDB capacity modes Auto Scaling's, EC2 partitions Kafka's)
        return _PASSING_NAMED if _names_one_service(text, label, head) else _PASSING_LABEL
    if head.count("(") > head.count(")") or ARROW_AFTER_WORDS.search(head):
        return _PASSING_ASIDE
    from studycli.extract.quantities import find_quantities

    return _PASSING_ASIDE if any(q.dimension != "count" for q in find_quantities(head)) else ""


_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")


def _names_one_service(text: str, label: re.Match[str], head: str) -> bool:
    """The definition after a label's dash, arrow or "=" opens on one service, the only one
    its first sentence names ("backups - Aurora keeps backups up to 35 days" in a run about
    RDS, "scaling consumers - Lambda concurrency limit is 1000 per region" in one about SQS):
    the line says what that service does and is its, though the run goes on about the other
    (it was filed under RDS, under SQS). Words before the service ("provisioned = you set
    RCU/WCU, can add auto scaling") or two services ("targets - EC2, Lambda") define the label
    with what it uses: the run's."""
    from studycli.services import find_services

    if head[label.end():].strip(" *_`") or label.group(0).rstrip().endswith(":"):
        return False
    return len({m.name for m in find_services(_SENTENCE_END.split(text[label.end():], 1)[0])}) == 1


def _defines_label(text: str, label: re.Match[str], head: str) -> bool:
    """The line defines its label by what follows it: words before the service ("provisioned
    = you set RCU/WCU, can add auto scaling"), services its first sentence lists ("targets:
    EC2, IP addresses, Lambda"), or a description after a dash or an arrow ("Simple / Step -
    CloudWatch alarm based"). A service right after a field's colon is the field's value,
    what the lines go on about ("Summary: DynamoDB capacity + limits", "numbers: parameter
    store standard ...")."""
    from studycli.services import find_services

    if head[label.end():].strip(" *_`"):
        return True
    first_sentence = _SENTENCE_END.split(text[label.end():], 1)[0]
    if len({m.name for m in find_services(first_sentence)}) >= 2:
        return True
    # "integration = Lambda timeout 15 minutes" defines its label too (the API Gateway payload
    # limit after it was Lambda's); only a colon's service is the field's value
    return not label.group(0).rstrip().endswith(":")


def _in_thread(block: Block, ctx: Context, thread: dict[tuple[str, ...], str],
               carried: dict[tuple[str, ...], tuple[str, str]]) -> Context:
    """A question item of a Q&A thread sets the section's topic (its own service, else the one
    the thread is about); an answer whose numbers come before the service it names ("4 KB
    total for all env vars together. encrypt w/ KMS if secrets") is about the thread's."""
    if block.kind == "item" and not block.parents and _ASKS.search(block.text):
        asked = topic_of(block.text)[0] or thread.get(block.headings) or carried.get(
            block.headings, ("", ""))[0]
        if asked:
            thread[block.headings] = asked
            carried[block.headings] = (asked, "")
    elif (block.kind == "para" and block.headings in thread and ctx.service
          and ctx.service != thread[block.headings] and not ctx.listed
          and named_after_its_numbers(block.text, ctx.service)):
        return Context(thread[block.headings], "", ctx.ancestors)
    return ctx


# a question of a Q&A thread: a short numbered or bulleted line that ends asking ("> 4. env vars
# limit?", "> 12. annotations vs metadata???"); a flashcard's "Q: ...?" has its own answers
_ASKS = re.compile(r"^(?=.{3,120}$)(?!\W*Q\s*\d*\s*[:.)])[^.!]*\?+[\s*_`]*$", re.IGNORECASE)


def _claimed_by_words(text: str, block: Block, blocks: list[Block], ctx: Context) -> Context:
    """A line under a heading that only lists services, whose words are another listed
    service's alone ("visibility timeout max 12 hours" after "Remember: SNS max message size
    256 KB"), is that service's (listed_claims)."""
    if not ctx.service:
        return ctx
    owner = claimed(text, block, blocks, ctx.service)
    return ctx if owner is None else Context(*owner, ctx.ancestors)


def _prose_jobs(group: list[int], blocks: list[Block], paragraph: Context,
                continued: str = "") -> tuple[list[_LineJob], tuple[str, str]]:
    """A wrapped paragraph, sentence by sentence; a sentence that names a service moves the
    paragraph's topic to it. Returns a job per sentence and the topic the paragraph ends on.
    `continued`: the service the lines just before (the same paragraph) ended on."""
    head = blocks[group[0]]
    service, subject = paragraph.service, paragraph.subject
    if continued:
        service, subject = continued, paragraph.subject if continued == paragraph.service else ""
    out: list[_LineJob] = []
    previous = ""
    topics = {service}  # the services this paragraph has been about
    for index, (text, line) in enumerate(sentences(group, blocks)):
        own_service, own_subject = topic_of(text)
        in_passing: tuple[str, str] | None = None
        if own_service and (index or continued) and service and lists_services(text):
            # "Firehose is the load-it-somewhere service: S3, Redshift, OpenSearch, Splunk.":
            # a list of three or more services (its destinations, sources, targets) moves no
            # topic; Firehose's buffer interval in the next sentence was S3's
            own_service, own_subject = "", ""
        if own_service and (index or continued) and service and own_service not in topics \
                and not opens_with_topic(text, own_service):
            # "Auto Scaling groups. ... Step scaling uses CloudWatch alarms. ... The default
            # cooldown is 300 seconds.": a service a later sentence names in passing is not
            # what the paragraph goes on about (one it was about before can be come back to:
            # "Note that SNS to Lambda is asynchronous"). The sentence itself is read with it,
            # unless it refers back ("It loads into S3, Redshift, ...") or names it only after
            # its numbers
            if not (_GOES_ON.match(text) or named_after_its_numbers(text, own_service)):
                in_passing = (own_service, own_subject)
            own_service, own_subject = "", ""
        if own_service:
            topics.add(own_service)
            service, subject = own_service, own_subject
        elif subject and subject != paragraph.subject and not _GOES_ON.match(text):
            # "The identity pool is different, ... When a user tries too many wrong passwords
            # you'll see NotAuthorizedException": a new sentence that does not refer back
            # ("It", "Its", "This one") is about the service, not the subject the sentence
            # before named (the heading's subject still holds)
            subject = paragraph.subject if service == paragraph.service else ""
        ctx = Context(*(in_passing or (service, subject)),
                      ((previous,) if previous else ()) + paragraph.ancestors)
        if not in_passing:
            ctx = _claimed_by_words(text, head, blocks, ctx)
        sentence = Block(line, text, "para", head.headings, head.parents)
        out.append((sentence, ctx))
        previous = text
    return out, (service, subject)
