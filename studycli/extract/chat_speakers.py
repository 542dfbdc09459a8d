"""The speakers of a chat kept as a note: study buddies texting each other, copied without
the times a chat export writes (those the normalizer takes off: notes/normalize.py).

    jake: ok quiz me on sqs
    me: visibility timeout default 30 sec, max 12 hours
    jake: cool. what about kinesis
    me: retention 24h default, up to 365 days

Read as a note's own lines, "jake:" was a label that the line defines, and a service the line
named after it a thing named in passing ("jake: what about kinesis" was read as saying what
"jake" is): the chat stayed on the first service it named, and Kinesis's retention was filed
under SQS. A speaker's name says who is talking, never what about: the message after it is the
line, and a question one speaker asks is what the other's reply on the next line answers.

A note is a chat where at least two names open lines, each more than once, and the speaker
changes from line to line at least twice, and where those speakers open at least half the
note's lines and three in four of the lines any such label opens: a service's name ("SQS:
...") is a label of its facts, a key/value note's keys ("timeout: 15 min") each open one line,
and a cheat sheet's "Overview:" and "Pricing:" a few lines among many labels.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from studycli.notes.blocks import Block

# "jake: ...", "Me: ...", "dev_kev: ...": a short name, a colon, the message
SPEAKER = re.compile(r"^\W{0,3}([A-Za-z][\w.-]{0,15})[ \t]*:[ \t]+(?=\S)")
# labels that open a note's own lines, never a speaker: flashcards, asides, a mistakes log's
_NOT_SPEAKERS = frozenset("""q a ans answer question note notes tip tips eg ex example why
wrong right correct todo ps fyi edit update summary important remember key limit limits default
max min info warning warn caution pro con pros cons rule source ref see also""".split())
_LEAST_TURNS = 2  # lines each speaker opens, and changes of speaker


def chat_speakers(blocks: list[Block]) -> frozenset[str]:
    """The names (lower case) of the speakers of a chat note; none when it is no chat."""
    from studycli.services import find_services

    order: list[str] = []
    lines = 0
    for block in blocks:
        if block.kind == "heading":
            continue
        lines += 1
        m = SPEAKER.match(block.text)
        if m is not None:
            order.append(m.group(1).lower())
    if len(order) < 2 * _LEAST_TURNS:
        return frozenset()
    names = {name for name in set(order) if order.count(name) >= _LEAST_TURNS
             and name not in _NOT_SPEAKERS and not find_services(name)}
    turns = [name for name in order if name in names]
    if 2 * len(turns) < lines or 4 * len(turns) < 3 * len(order):
        # a chat's speakers open most of its lines, and most of the lines any label opens: a
        # cheat sheet's "Overview:" and "Pricing:" (unseen62), a changelog's "added:", a
        # ticket's "status:" open a few lines among many labels and lines of their own
        return frozenset()
    changes = sum(1 for a, b in zip(turns, turns[1:], strict=False) if a != b)
    return frozenset(names) if len(names) >= 2 and changes >= _LEAST_TURNS else frozenset()


def message(text: str, speakers: frozenset[str]) -> str:
    """`text` without the speaker's name it opens with, where that is one of `speakers`."""
    if not speakers:
        return text
    m = SPEAKER.match(text)
    return text[m.end():] if m is not None and m.group(1).lower() in speakers else text
