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
and a cheat sheet's "Overview:" and "Pricing:" a few lines among many labels. A screenplay or
a Socratic dialogue ("MARCUS: Biggest single object in S3?") is such a chat, and so is a chat
export whose senders take turns (notes/normalize.py keeps their names).

Each message is read without its speaker's name (spoken_blocks), with the question it answers
(answered_turn: the other speaker's question before it, past a guess such as "5 GB?", or the
one the asker takes up again in a correction or remark), and a reply that says the message
before it is wrong ("No — 5 TB for an object", "Close — 29 seconds max") takes it back
(corrected_turns; extract/replies.corrected_in_turns).
"""

from __future__ import annotations

import re
from dataclasses import replace
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


# a stage direction between the speaker's name and the words: "MARCUS: (whispering) Presigned
# URL max expiry?", "PRIYA: (summary, to herself) Object 5 TB" (it was read as the figure's
# qualifier: "object size (herself)")
_DIRECTION = re.compile(r"\([^()\n]{1,60}\)[ \t]*(?=\S)")
# a speaker named in a direction that opens the line: "(GLAUCON, summing up:) RDS backups 7"
_DIRECTED = re.compile(r"^\W{0,3}\(([A-Za-z][\w.-]{0,15})\b[^()\n]{0,60}\)[ \t]*(?=\S)")


def _stage_direction(bracket: str) -> bool:
    """Whether a bracket after a speaker's name is a stage direction ("(whispering)"), not
    words of the message: one holding a figure, a bound ("me: (max) 12 hours", "(default)",
    "(máximo)") or a service's name ("(sqs) 4 days") says what the figure is."""
    from studycli.conflicts import qualifier_meaning
    from studycli.services import find_services

    words = re.findall(r"\w+", bracket)
    return not any(ch.isdigit() for ch in bracket) and not find_services(bracket) \
        and not any(qualifier_meaning(word) in ("max", "min", "default") for word in words)


def spoken(text: str, speakers: frozenset[str]) -> tuple[str, str]:
    """Who says `text` (lower case; "" when it opens with none of `speakers`) and what they
    say: the line without the speaker's name and the stage direction after it."""
    m = SPEAKER.match(text)
    if m is not None and m.group(1).lower() in speakers:
        said = text[m.end():]
        direction = _DIRECTION.match(said)
        staged = direction is not None and _stage_direction(direction[0])
        return m.group(1).lower(), said[direction.end():] if staged and direction else said
    m = _DIRECTED.match(text)
    if m is not None and m.group(1).lower() in speakers:
        return m.group(1).lower(), text[m.end():]
    return "", text


def spoken_blocks(blocks: list[Block],
                  speakers: frozenset[str]) -> tuple[list[Block], dict[int, str]]:
    """A chat's blocks with each message for its line's text, and who says it (by the block's
    index). A speaker's name and a stage direction are no words of what is said: read as the
    line's, "priya" and "herself" were words of the facts' attributes ("priya: 5 gb?", "object
    size (herself)"), and "GLAUCON" the meaning of a code ("ConditionalCheckFailedException:
    GLAUCON"). Each message is a line of its own, never a wrapped line of the one before. The
    note's own line stays each fact's snippet."""
    if not speakers:
        return blocks, {}
    out: list[Block] = []
    said_by: dict[int, str] = {}
    for index, block in enumerate(blocks):
        who, said = spoken(block.text, speakers) if block.kind != "heading" else ("", "")
        if who:
            # (a message is no hard-wrapped line of the one before: "dev: max single file
            # size 47.9 TiB lol who needs that" / "aisha: EFS vs EBS: ..." opened in lower case)
            said_by[index] = who
            block = replace(block, text=said, wrapped_from=None)
        out.append(block)
    return out, said_by


def unnamed_blocks(blocks: list[Block], senders: frozenset[str]) -> tuple[list[Block], list[int]]:
    """`blocks` with the name of each of `senders` (a chat export's, kept by
    notes/normalize.py) taken off the lines it opens, where the note is read as no chat: the
    name is no word of the message ("[21:07] Min: 256 KB message size" is no minimum); and
    the indices of the blocks it was taken off."""
    if not senders:
        return blocks, []
    out: list[Block] = []
    unnamed: list[int] = []
    for index, block in enumerate(blocks):
        m = SPEAKER.match(block.text) if block.kind != "heading" else None
        if m is not None and m.group(1).lower() in senders:
            block = replace(block, text=block.text[m.end():])
            unnamed.append(index)
        out.append(block)
    return out, unnamed


# a figure standing alone ("5 GB?", "like 15 minutes?"), not a name's digit ("gp2?", "io2")
_FIGURE = re.compile(r"(?<![\w.])\d[\d,.]*")
_WORDS = re.compile(r"[A-Za-z]+")
_GUESS_WORDS = 3  # "so 15 minutes then?": the figure, its unit and a word or two


def _question(text: str) -> bool:
    return text.rstrip(" *_`").endswith("?")


def guess(text: str) -> bool:
    """Whether a message offers a figure as its answer, asking ("5 GB?", "like 15 minutes?"):
    no question of its own, but an answer to the one before it, which the next speaker's reply
    ("No — 5 TB for an object") answers as well."""
    return _question(text) and _FIGURE.search(text) is not None \
        and len(_WORDS.findall(text)) <= _GUESS_WORDS


def answered_turn(index: int, blocks: list[Block], said_by: dict[int, str]) -> int | None:
    """The index of the question the message blocks[index] answers, in a chat whose lines'
    speakers are `said_by` (None where it answers none): the question right before it of
    another speaker ("Biggest single object in S3?" / "5 TB"), past another's guess ("5 GB?"
    between them: "No — 5 TB for an object"); or, where the asker takes up another's answer
    to it, that question: a correction or a remark naming no service of its own ("Close — 29
    seconds max" after "30 seconds." answered "API Gateway integration timeout?"; "Default is 3
    seconds though." after "5 minutes." answered "Lambda max timeout?") is of what the
    question asks, as the answer was."""
    text = blocks[index].text
    if index not in said_by or (_question(text) and not guess(text)):
        return None
    asked = _direct_question(index, blocks, said_by)
    if asked is not None:
        return asked
    before = _turn_before(index, blocks, said_by)
    if before is None or said_by[before] == said_by[index] or _question(blocks[before].text) \
            or _NARROWING.search(text):
        return None  # (a remark that says the answer was of another case, or gives its own
        # figure one, is of that case: "no, that's for REST, http is 30 sec")
    asked = _direct_question(before, blocks, said_by)
    if asked is None or said_by[asked] != said_by[index]:
        return None  # (the answerer's next words go on past the question: "So anything
        # over 100 MB I should be doing multipart" is no object's size)
    from studycli.services import find_services

    return None if find_services(text) else asked


def _direct_question(index: int, blocks: list[Block], said_by: dict[int, str]) -> int | None:
    """The question of another speaker right before blocks[index], or right before another
    speaker's guess there ("Biggest single object in S3?" / "5 GB?" / "No — 5 TB")."""
    before = _turn_before(index, blocks, said_by)
    if before is None or said_by[before] == said_by[index]:
        return None
    if not _question(blocks[before].text):
        return None
    if not guess(blocks[before].text):
        return before
    asked = _turn_before(before, blocks, said_by)
    if asked is None or said_by[asked] == said_by[before] \
            or not _question(blocks[asked].text) or guess(blocks[asked].text):
        return before  # a figure asked about, answering nothing: "And 403?" after an answer
    return asked


def _turn_before(index: int, blocks: list[Block], said_by: dict[int, str]) -> int | None:
    """The message right before blocks[index] in its section (no heading, scene line or stage
    direction between them: a scene's first line answers nothing of the scene before)."""
    before = index - 1
    if before < 0 or before not in said_by or blocks[before].kind != blocks[index].kind \
            or blocks[before].headings != blocks[index].headings:
        return None
    return before


# a reply that says the message before it is wrong: "No — 5 TB for an object", "Close — 29
# seconds max", "Nope, 15 min", "Actually it's 20", "Not quite: 14 days"
_CORRECTING = re.compile(r"\W{0,3}(?:no|nope|nah|wrong|incorrect|close|almost|not[ \t]+quite|"
                         r"actually)\b[ \t]*(?:[,.!:;\u2013\u2014]|-(?!\w)|it'?s\b|its\b)",
                         re.IGNORECASE)


# a reply that narrows the answer rather than taking it back: it says what the answer's figure
# was of ("no, that's for REST, http is 30 sec") or gives its own figure a condition ("no, 1
# day default if you use the CLI": 7 days by the console is still right); not a verdict on it
# ("That's the one everyone says. Default is 3 seconds though.")
_NARROWING = re.compile(r"\b(?:that'?s|thats|that[ \t]+is)[ \t]+(?:for|only|just|per|in|on)\b"
                        r"|\b(?:if|when|unless|using|via)\b", re.IGNORECASE)


def corrected_turns(blocks: list[Block],
                    said_by: dict[int, str]) -> list[tuple[int, int, bool, int]]:
    """The chat's corrections: (the correcting message's line, the line of the message it
    corrects, whether that one was a guess, the line of the corrected speaker's next message
    or 0: where it states the figure again, the correction is disputed). A reply opening
    "No —", "Close —", "Actually" corrects the message right before it of another speaker,
    where that one answered or guessed (a question's own "No, ephemeral." answers it:
    "Instance store survives stop?"), and where it does not only narrow it (_NARROWING)."""
    out: list[tuple[int, int, bool, int]] = []
    for index, who in said_by.items():
        if not _CORRECTING.match(blocks[index].text) or _NARROWING.search(blocks[index].text):
            continue
        before = _turn_before(index, blocks, said_by)
        if before is None or said_by[before] == who:
            continue
        text = blocks[before].text
        if not _question(text) or guess(text):
            after = index + 1 if said_by.get(index + 1) == said_by[before] \
                and _turn_before(index + 1, blocks, said_by) == index else None
            out.append((blocks[index].line, blocks[before].line, guess(text),
                        blocks[after].line if after is not None else 0))
    return out
