"""A chat with an AI assistant kept as a note (ChatGPT's "You said:" / "ChatGPT said:", a
"User:" / "Assistant:" transcript pasted from Claude or another chatbot), line for line.

    You said:
    sqs max msg size and retention

    ChatGPT said:
    ### Amazon SQS key limits
    - **Max message size:** 256 KB

Read as plain text, the student's questions were lines of the note (a question ranked as the
answer to itself: "s3 error when bucket name already taken?"), "Assistant: ## Invocation
types" was no heading, "Assistant: - default **7 days**" no list item, and a heading of one
answer ("### Event source mapping") went on over every later question, so API Gateway's
throttling and Step Functions' durations were filed under Lambda's event source mapping. Here
each question of the student is a heading: what the answer below it is about, and where the
answer before it ends. A question that names no service ("in flight limit?", "default read
consistency?") follows up the last one that did: it is a heading under that one, so its answer
is of the service the conversation is about. The assistant's own headings go below the
question's; the speaker labels are blank (or taken off the line they open). The student's
remarks after an answer ("NOTE: this is wrong, real limit is ...") stay where they are, under
the question they remark on.

A chat pasted under a heading of the student's own ("## SQS" / "Asked ChatGPT to double-check:")
nests under it: its questions one level below that heading and about its service, so the
answers keep it; after the last turn, a heading of the note's level or above ("## RDS") is the
note's own again, read as written.

A note is read so only on evidence a hand-written note does not give: the student's turns and
those of an assistant named as one, alternating at least twice (a dialogue of "Teacher:" and
"Student:" lines is the student's own writing, and so are an IAM glossary's "User: ..."
definitions beside an "AI:" line or two, read as written).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from studycli.fences import in_fence_mask

if TYPE_CHECKING:
    from studycli.model import ParsedNote

# the student's turn and the assistant's, as chat exports and copy-pastes label them: alone on
# a line ("You said:"), or opening the turn's first line ("User: lambda limits pls"), maybe bold
_LABEL = (r"^[ \t]*(?P<bold>\*\*|__)?[ \t]*(?P<who>"
          r"you[ \t]+said|user|human|you|me|prompt"
          r"|(?:chat[ \t]?gpt|gpt-?\d[\w.-]*|claude|gemini|copilot|bard|perplexity|assistant|ai)"
          r"(?:[ \t]+said)?)"
          r"[ \t]*(?(bold)(?:\*\*|__)?)[ \t]*:[ \t]*(?(bold)(?:\*\*|__)?)(?P<rest>.*)$")
TURN = re.compile(_LABEL, re.IGNORECASE)
_STUDENT = re.compile(r"you[ \t]+said|user|human|you|me|prompt", re.IGNORECASE)
_HEADING = re.compile(r"^(#{1,6})[ \t]+(\S.*)$")
# evidence enough: a chat has turns of both sides, more than one each
MIN_TURNS = 2
# the level of a question's heading and the first of the answer's own (a follow-up's is one
# below the question's), in a chat under no heading of the note's deeper than "#"
QUESTION, ANSWER = 2, 4


def _turns(lines: list[str]) -> list[tuple[int, bool, str]]:
    """Each turn's label line outside code fences: (index, the student's?, the rest)."""
    out = []
    for k, (line, fenced) in enumerate(zip(lines, in_fence_mask(lines), strict=True)):
        if fenced or ":" not in line[:40]:
            continue
        m = TURN.match(line)
        if m:
            out.append((k, _STUDENT.fullmatch(m.group("who").strip()) is not None,
                        m.group("rest").strip()))
    return out


def is_chat(lines: list[str]) -> bool:
    """Whether `lines` are a chat with an AI assistant (the module docstring): the student's
    turns and the assistant's alternate, at least twice. A glossary's "User: an IAM identity
    ...", "User: max 5000 IAM users" beside "AI: ..." and "Assistant: ..." lines does not."""
    sides = [own for _, own, _ in _turns(lines)]
    # (the assistant's turns are labelled by its name or "Assistant": a "Teacher:" of the
    # student's own dialogue is none)
    exchanges = sum(1 for a, b in zip(sides, sides[1:], strict=False) if a and not b)
    return exchanges >= MIN_TURNS


def _topic(question: str, current: str, asked: bool) -> tuple[bool, str, bool]:
    """Whether a question follows up the one before (its heading one level deeper), the
    service the chat is about from it on, and whether a question opened it: a question naming
    a service opens that service's section; one that names none, or only parts of the service
    a question before asked about ("standard vs fifo queue" after "sqs max msg size"), follows
    it up under the question that opened it. `asked`: whether `current` was opened by a
    question, not by the note's own heading the chat is pasted under (its questions are all of
    that heading's service, side by side)."""
    from studycli.services import find_services, find_subjects, subject_entry

    services = find_services(question)
    if services:
        return False, services[0].name, True
    owners = [subject_entry(m)[0] for m in find_subjects(question)]
    if current and all(owner == current for owner in owners):
        return asked, current, asked
    return False, owners[0] if owners else "", bool(owners)


def _enclosing(lines: list[str], fenced: list[bool], first: int) -> tuple[int, str]:
    """The level of the note's own heading a chat starting at line `first` is pasted under
    (0: none), and the service it names ("## SQS" / "You said: ..." / "what is the default
    retention period?" is SQS's)."""
    from studycli.services import find_services

    for k in range(first - 1, -1, -1):
        m = _HEADING.match(lines[k].strip()) if not fenced[k] else None
        if m:
            services = find_services(m.group(2))
            return len(m.group(1)), services[0].name if services else ""
    return 0, ""


def chat_to_markdown(lines: list[str]) -> list[str]:
    """A chat's `lines` as markdown, line for line (the module docstring); any other note's as
    they are. The chat nests under the note's heading it is pasted under: a question one level
    below it (never above QUESTION), a follow-up one deeper, the answer's headings deeper
    again; after the last turn, a heading of the note's own level or above is the note's again
    ("## RDS" of the student's own after a chat under "## DynamoDB")."""
    if not is_chat(lines):
        return lines
    out = list(lines)
    fenced = in_fence_mask(lines)
    found = _turns(lines)
    turns = {k: (own, rest) for k, own, rest in found}
    own_level, topic = _enclosing(lines, fenced, found[0][0])  # the service the chat is about
    question_level = max(QUESTION, own_level + 1)
    answer_level = question_level + ANSWER - QUESTION
    last = found[-1][0]
    asking = False  # in a student's turn whose words have not yet been read
    answering = False
    asked = False  # whether `topic` was opened by a question of the chat
    for k, line in enumerate(lines):
        if k in turns:
            own, rest = turns[k]
            out[k] = ""
            answering = not own
            asking = own
            if not rest:
                continue
            line = rest
        if fenced[k]:
            continue
        if asking and line.strip():
            asking = False
            question = _HEADING.sub(r"\2", line.strip())
            follows, topic, asked = _topic(question, topic, asked)
            out[k] = "#" * min(6, question_level + follows) + " " + question
            continue
        if answering:
            m = _HEADING.match(line.strip())
            if m and k > last and len(m.group(1)) <= max(own_level, 1):
                answering = False  # the note's own heading again: read as written
                continue
            if m:
                level = min(6, answer_level - 1 + len(m.group(1)))
                out[k] = "#" * level + " " + m.group(2)
                continue
            if k in turns:
                out[k] = line
    return out


def cited_as_written(note: ParsedNote, read: str, written: str) -> ParsedNote:
    """`note`, parsed from a chat's `read` markdown, with a question's or an answer's heading
    cited as the note has it: "what is the default retention period?" where the line read
    "### what is the default retention period?" (the marks are the chat's structure, not the
    student's words; the snippet is the note's line). Any other note's as it is."""
    if read == written:
        return note
    from studycli.notes.normalize import split_lines

    lines, as_is = split_lines(read), split_lines(written.lstrip("\ufeff"))
    if len(lines) != len(as_is) or not is_chat(as_is):
        return note
    shown: dict[int, tuple[str, str, str]] = {}  # line -> read, its words, the note's line
    for k, (line, own) in enumerate(zip(lines, as_is, strict=True)):
        m = _HEADING.match(line.strip()) if line != own else None
        if m and own.strip().endswith(m.group(2).strip()):
            shown[k + 1] = (line.strip(), m.group(2).strip(), own.strip())
    if not shown:
        return note
    facts = []
    for fact in note.facts:
        read_as = shown.get(fact.line)
        if read_as and fact.snippet == read_as[0]:
            fact = replace(fact, snippet=read_as[2],
                           value=read_as[1] if fact.value == read_as[0] else fact.value)
        facts.append(fact)
    note.facts = facts
    return note
