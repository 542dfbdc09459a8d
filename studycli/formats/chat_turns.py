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

A note is read so only on evidence a hand-written note does not give: two turns of the student
and two of an assistant named as one (a dialogue of "Teacher:" and "Student:" lines is the
student's own writing, read as written).
"""

from __future__ import annotations

import re

from studycli.fences import in_fence_mask

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
# the level of a question's heading, of a follow-up's, and the first of the answer's own
QUESTION, FOLLOW_UP, ANSWER = 2, 3, 4


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
    """Whether `lines` are a chat with an AI assistant (the module docstring)."""
    turns = _turns(lines)
    student = sum(1 for _, own, _ in turns if own)
    assistant = len(turns) - student
    # the assistant named as one: "Me:" and "You:" alone label any dialogue
    named = any(not own and not lines[k].lstrip(" *_").lower().startswith(("you", "me"))
                for k, own, _ in turns)
    return student >= MIN_TURNS and assistant >= MIN_TURNS and named


def _topic(question: str, current: str) -> tuple[int, str]:
    """The level of a question's heading and the service the chat is about from it on: a
    question naming a service opens that service's section; one that names none, or only parts
    of the service the chat is about ("standard vs fifo queue" after "sqs max msg size"),
    follows it up under the question that opened it."""
    from studycli.services import find_services, find_subjects, subject_entry

    services = find_services(question)
    if services:
        return QUESTION, services[0].name
    owners = [subject_entry(m)[0] for m in find_subjects(question)]
    if current and all(owner == current for owner in owners):
        return FOLLOW_UP, current
    return QUESTION, owners[0] if owners else ""


def chat_to_markdown(lines: list[str]) -> list[str]:
    """A chat's `lines` as markdown, line for line (the module docstring); any other note's as
    they are."""
    if not is_chat(lines):
        return lines
    out = list(lines)
    fenced = in_fence_mask(lines)
    turns = {k: (own, rest) for k, own, rest in _turns(lines)}
    asking = False  # in a student's turn whose words have not yet been read
    answering = False
    topic = ""  # the service the chat is about
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
            level, topic = _topic(question, topic)
            out[k] = "#" * level + " " + question
            continue
        if answering:
            m = _HEADING.match(line.strip())
            if m:
                level = min(6, ANSWER - 1 + len(m.group(1)))
                out[k] = "#" * level + " " + m.group(2)
                continue
            if k in turns:
                out[k] = line
    return out
