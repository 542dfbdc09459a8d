"""A self-quiz's answer key: the numbered questions first, their answers under "Answers" at
the end ("1. What is the max Lambda timeout?" ... "Answers" / "1. 15 minutes").

Read alone, "15 minutes" is a number about nothing, or about whatever the heading above the
key names; its question, twenty lines up, says what it measures and of which service. Each
numbered answer is linked to the question of its number, as a flashcard's "A:" line is to
its "Q:": the question is the answer's context, the answer line the fact's citation.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from studycli.notes import case_blind

if TYPE_CHECKING:
    from studycli.notes.blocks import Block

# The words an answer key opens with, in the languages students write notes in
_KEY_WORDS = (r"(?:answers?(?:\s+key)?|answer\s+sheet|solutions?|antworten|lösungen|réponses|"
              r"reponses|respuestas|respostas|soluzioni|risposte|corrigé)")
# A line that opens an answer key: the word alone (or "Key"), maybe with a colon or an aside
# ("Answers (don't peek!)")
_KEY = re.compile(rf"^\W{{0,4}}(?:{_KEY_WORDS}|key)\s*(?:\([^()\d]{{0,40}}\))?"
                  r"\s*[:.\-–—]?\W{0,4}$", re.IGNORECASE)
# The key's word with its first answer on the same line: "Answers: 1) 4 KB"
_KEY_LEAD = re.compile(rf"^\W{{0,4}}{_KEY_WORDS}\s*[:.\-–—]\s*"
                       r"(?=(?:Q|A|#)?\s?\d{1,3}\s*[).:\-–—=]\s*\S)", re.IGNORECASE)
# A note that may hold a key holds one of the words (a search of the whole text, so that most
# notes are passed over at once)
_MAY_HOLD_KEY = re.compile(r"answer|key|solution|antwort|lösung|r[ée]ponse|respuesta|resposta|"
                           r"soluzion|rispost|corrig", re.IGNORECASE)


def may_hold_key(text: str) -> bool:
    return case_blind.search(_MAY_HOLD_KEY, text) is not None  # (the whole note: lower-cased)


# "1. ...", "2) ...", "- 3: ...", "**4.** ...", "Q5 - ...": a numbered line, by its number
_NUMBERED = re.compile(r"^\s{0,8}(?:[-*+•]\s+)?(?:\*\*)?(?:Q|A|#)?\s?(\d{1,3})\s*(?:\*\*)?"
                       r"\s*[.):\-–—=]\s*(?:\*\*)?\s*\S", re.IGNORECASE)
# A key answers at least this many of the questions above it (one match can be chance)
_LEAST = 2


def link_answer_key(blocks: list[Block], lines: list[str]) -> None:
    """Link each numbered answer under an answer key to the numbered question above the key
    with its number (`lines`: the note's lines, which keep the numbers the blocks' text has
    lost to markdown's list markers)."""
    keys = [(i, bool(_KEY_LEAD.match(block.text))) for i, block in enumerate(blocks)
            if block.kind in ("heading", "para")
            and (_KEY.match(block.text) or _KEY_LEAD.match(block.text))]
    after = -1  # questions are looked for after the key before, for a note of several quizzes
    for key, first_on_it in keys:
        asked = _numbered(blocks, lines, range(after + 1, key))
        under = _under(blocks, key)
        answers = _numbered(blocks, lines, range(key, under.stop) if first_on_it else under)
        linked = [(answers[n], asked[n]) for n in answers if n in asked]
        # a key answers questions: "## Key" over a numbered list after another is no key
        asking = sum(blocks[q].text.rstrip(" *_`").endswith("?") for _, q in linked)
        if len(linked) >= _LEAST and asking * 2 >= len(linked):
            for answer, question in linked:
                _answers(blocks[answer])
                blocks[answer].parents = (question,)
                blocks[answer].question = question
        after = key


# the number a paragraph's text still opens with ("2 - 30 seconds": no list marker took it)
_NUMBER_PREFIX = re.compile(r"^(?:\*\*)?(?:Q|A|#)?\s?\d{1,3}\s*(?:\*\*)?\s*[.):\-–—=]"
                            r"\s*(?:\*\*)?\s*", re.IGNORECASE)


def _answers(answer: Block) -> None:
    """The answer's text without its number ("2 - 30 seconds" was a 2-30 s range), marked as
    a flashcard's answer ("A: 30 seconds"), which the rules read with its question
    (extract/rules.py: "Default SQS visibility timeout: 30 seconds")."""
    text = _KEY_LEAD.sub("", answer.text, count=1)
    text = _NUMBER_PREFIX.sub("", text, count=1) if answer.kind == "para" else text
    answer.text = f"A: {text}"


def _numbered(blocks: list[Block], lines: list[str], indexes: range) -> dict[int, int]:
    """number -> index of the last block of `indexes` that opens a line numbered so"""
    found: dict[int, int] = {}
    for i in indexes:
        block = blocks[i]
        if block.kind == "heading" or (i and blocks[i - 1].line == block.line):
            continue  # a heading, or the second block of one line
        text = lines[block.line - 1] if block.line <= len(lines) else ""
        lead = _KEY_LEAD.match(text)  # "Answers: 1) 4 KB": the first answer after the word
        match = _NUMBERED.match(text[lead.end():] if lead else text)
        if match:
            found[int(match.group(1))] = i
    return found


def _under(blocks: list[Block], key: int) -> range:
    """The blocks of the key: from the line after it up to the next heading."""
    end = key + 1
    while end < len(blocks) and blocks[end].kind != "heading":
        end += 1
    return range(key + 1, end)
