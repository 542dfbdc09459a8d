"""A card's answer read with its question: a cue line and the answer line(s) under it.

Students keep flashcard-like notes: typed index cards ("FRONT: SQS max msg size" / "BACK: 256
KB"), "Q:"/"A:" pairs, FAQ entries ("Q. How long does SQS keep messages?" / "A. 4 days default,
max 14"), a question ending in "?" with its answer on the next line or in a bullet under it.
Read line by line, the answer ("256 KB") says neither which service nor which measure it gives:
lookup abstained, or the figure was filed as a "size" of nothing in particular, and the quiz
asked the question line back as a fact.

Here each answer line is read with its cue in front of it, as the label a cheat sheet's line
would carry ("SQS max msg size: 256 KB"): the answer block's text becomes "CUE: ANSWER". Its
line, and so the fact's cited line and snippet, stay the answer's own. The cue line then states
no fact of its own (`Block.struck`): its words are what its answer's facts measure.

Not joined: a "Q:"/"A:" pair notes/blocks already links (the pipeline reads its question as
the answer's enclosing text, and a long answer on its own), a cue with no answer under it
(an empty "BACK:", a question left unanswered, the
next line another question: a bullet list of questions), a heading and the paragraph under it,
a list under a label ending in ":" (only a lone figure on the next line is a label's value), a
cue that compares ("REST API vs HTTP API": its answer lines carry their own labels, "REST =
full features"), an answer that opens with a label of its own ("sync: API Gateway, ALB"), a
multiple choice's last option over its key ("D. 10 reads/s" over "ANSWER: A"), and a line that
only looks like a side ("Front-end:" / "Back-end:"). A card left unjoined still loses its sides'
words ("FRONT:", "BACK:"), and a front with an empty back states nothing.

A continuation line with no figure ("name must end in .fifo !!") keeps its own words: it is a
remark on the card, not the value its cue asks.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from studycli.marked_wrong import CROSS_NOT_TIMES, WRONG_SIGNS, WRONG_WORDS

if TYPE_CHECKING:
    from studycli.notes.blocks import Block

# The words a card's two sides are marked with, in the languages students write notes in:
# English, German, French, Spanish, Portuguese, Italian. Single letters pair with each other
# only (Q/A, F/A, P/R, D/R): a lone "A." is as often an outline's first point.
_CUE_WORDS = (r"front|question|prompt|frage|vorderseite|recto|pregunta|pergunta|frente|"
              r"domanda|fronte")
_ANSWER_WORDS = (r"back|answer|ans|antwort|r[üu]ckseite|r[ée]ponse|verso|respuesta|resposta|"
                 r"reverso|risposta|retro")
# (a hyphen marks a side only before a space: "Front-end:" / "Back-end:" name an app's tiers)
_SIDE_MARK = r"(?:[:.)–—]|-(?![\w-]))"
_CUE = re.compile(rf"^\W{{0,3}}(?:(?P<word>{_CUE_WORDS})|(?P<letter>[QFPD]))\s*\d{{0,3}}\s*"
                  rf"{_SIDE_MARK}\s*(?P<text>\S.*)?$", re.IGNORECASE)
_ANSWER = re.compile(rf"^\W{{0,3}}(?:(?P<word>{_ANSWER_WORDS})|(?P<letter>[AR]))\s*\d{{0,3}}\s*"
                     rf"{_SIDE_MARK}\s*(?P<text>\S.*)?$", re.IGNORECASE)
# a cue that compares: its answer's lines say which side each is of
_COMPARES = re.compile(r"\b(?:vs\.?|versus|compared?|difference|differ)\b",
                       re.IGNORECASE)
# an answer that opens with a label of its own ("sync: API Gateway", "HTTP API = cheaper"): it
# already reads right, and the cue in front would make two labels of one line
_OWN_LABEL = re.compile(r"^[^\W\d][\w./@'()-]*(?:[ \t]+[\w./@'()-]+){0,3}[ \t]*(?::|=(?!=))\s")
# a lone figure, a label's value: "256 KB", "~15 min", "1,000 (soft)"
_FIGURE_FIRST = re.compile(r"^\W{0,2}\d")
# a cue's own marks that say nothing of what it asks: ticks, a card's number
_CUE_NOISE = re.compile(r"[✓✔☑✗✘]+|\s#\d+\b")
# the second option of a multiple choice: "B.", "b)", "B:"
_CHOICE_B = re.compile(r"^\W{0,3}B\s*[.):]\s*\S", re.IGNORECASE)
# the second option on the first's line: "A. Basic  B. Developer  C. Business", "(a) On-Demand
# (b) Reserved"
_CHOICE_B_INLINE = re.compile(r"\s\(?B\s*[.)]\s+\S", re.IGNORECASE)
# an option of a multiple choice: "A. ...", "c) ..."
_OPTION = re.compile(r"^\W{0,3}[A-Ea-e]\s*[.):]\s*\S")
# an answer key's letters: "A", "B, D", "A and C"
_KEY_LETTERS = re.compile(r"^\(?[A-E]\)?(?:\s*(?:[,/&+]|and)\s*\(?[A-E]\)?)*\W*$")
# an error's name, which its reader files the line's words under as they stand
_NAMES_ERROR = re.compile(r"\b[A-Z][a-z]+(?:[A-Z][a-z]*)*(?:Exception|Error|Fault)\b")
# a line the student marks as the wrong choice ("✗ I picked A", "wrong: Rolling"): the marks
# of studycli/marked_wrong.py, and the words of a picked choice
_MARKED_WRONG = re.compile(rf"^\s*(?:[{WRONG_SIGNS}]|{CROSS_NOT_TIMES}|{WRONG_WORDS}"
                           r"|\b(?:your\s+answer|i\s+picked)\b)", re.IGNORECASE)
# how many lines an answer may run on below its first (a card's continuation lines)
_MORE_LINES = 6


def join_cue_answers(blocks: list[Block]) -> None:
    """Read each answer line under a cue with the cue as its label (see the module)."""
    i = 0
    while i < len(blocks) - 1:
        cue = _cue_text(blocks, i)
        if cue is None:
            i += 1
            continue
        answers = _answer_lines(blocks, i)
        # (an "A:" under its "Q:" is linked already, notes/blocks._link_answers: its question
        # is read as its enclosing text, and a long answer on its own)
        linked = bool(answers) and i in blocks[answers[0][0]].parents
        if not answers or linked or _COMPARES.search(cue):
            if not linked:
                _drop_card_words(blocks, i)
            i += 1
            continue
        for n, (k, text) in enumerate(answers):
            # "ThrottlingException — quota ...": an error's reader files the line under the
            # error it names and keeps its words as they stand; so does a continuation line
            # that gives no figure ("name must end in .fifo": a remark on the card, not the
            # value its cue asks); the cue goes in front of the words of any other answer
            keep = _NAMES_ERROR.search(text) or (n > 0 and not any(ch.isdigit() for ch in text))
            blocks[k].text = text if keep else f"{cue}: {text}"
            if i not in blocks[k].parents:
                # the cue is the answer's context, as a "Q:" is an "A:"'s (notes/blocks.py):
                # the service it names is the answer's, not the heading's above both
                blocks[k].parents = blocks[k].parents + (i,)
        blocks[i].struck = True
        # the cue is its answers' context: its words without its card mark ("FRONT:") are
        # what they measure
        blocks[i].text = cue
        i = answers[-1][0] + 1


def _cue_text(blocks: list[Block], i: int) -> str | None:
    """The cue block i asks, cleaned of its marks, or None when it is no cue."""
    block = blocks[i]
    if block.kind == "heading" or block.struck:
        return None
    text = block.text.strip()
    m = _CUE.match(text)
    if m is not None:
        if m.group("letter") and (not _pairs(m.group("letter"), blocks, i)
                                  or _after_an_option(blocks, i)):
            return None
        body = m.group("text") or ""
    elif text.endswith("?") or not any(ch.isdigit() for ch in text) \
            and (text.endswith(":") or _term_alone(blocks, i)) and _lone_figure_under(blocks, i):
        # (a label that states a number of its own, "Lambda timeout 15 min:", asks nothing)
        if _ANSWER.match(text):
            return None
        body = text
    else:
        return None
    body = _CUE_NOISE.sub(" ", body).strip().rstrip("?:").strip()
    return body if len(body) >= 3 and any(ch.isalpha() for ch in body) else None


def _pairs(letter: str, blocks: list[Block], i: int) -> bool:
    """A one-letter cue ("Q.", "P:") only where the next line answers it with a letter or word."""
    nxt = _next(blocks, i)
    if nxt is None:
        return False
    m = _ANSWER.match(blocks[nxt].text.strip())
    if m is None:
        return False
    return letter.upper() in "QF" if (m.group("letter") or "").upper() == "A" else True


def _after_an_option(blocks: list[Block], i: int) -> bool:
    """Block i follows an option of a multiple choice on the line before ("C. 2 reads" over "D.
    10 reads/s"): a letter there is the next option, no card's side."""
    return i > 0 and blocks[i - 1].line == blocks[i].line - 1 \
        and _OPTION.match(blocks[i - 1].text.strip()) is not None


def _next(blocks: list[Block], i: int) -> int | None:
    """The block after i when it is on the same line or the line straight after (no blank)."""
    if i + 1 >= len(blocks):
        return None
    nxt = blocks[i + 1]
    return i + 1 if nxt.line in (blocks[i].line, blocks[i].line + 1) else None


def _term_alone(blocks: list[Block], i: int) -> bool:
    """A paragraph's first line, after a blank line or a heading ("concurrency limit per region
    (default)" over "1,000 concurrent executions"): a card's front, written plain, where it
    states no figure (the caller's test)."""
    block = blocks[i]
    return block.kind == "para" and _opens_paragraph(blocks, i)


def _opens_paragraph(blocks: list[Block], i: int) -> bool:
    """Block i is the first of its lines: after a blank line, a heading, or the note's start."""
    return i == 0 or blocks[i - 1].kind == "heading" or blocks[i - 1].line < blocks[i].line - 1


def _lone_figure_under(blocks: list[Block], i: int) -> bool:
    """"Max message size:" over "256 KB" alone: the figure is the label's value."""
    nxt = _next(blocks, i)
    if nxt is None or blocks[nxt].kind == "heading":
        return False
    after = _next(blocks, nxt)
    return _FIGURE_FIRST.match(blocks[nxt].text) is not None and (
        after is None or blocks[after].kind == "heading")


def _answer_lines(blocks: list[Block], i: int) -> list[tuple[int, str]]:
    """The answer under cue i: (index, text without its mark) per line, [] when none."""
    first = _next(blocks, i)
    if first is None or blocks[first].kind == "heading":
        return []
    text = blocks[first].text.strip()
    m = _ANSWER.match(text)
    if m is not None:
        text = (m.group("text") or "").strip()
    elif _CUE.match(text) or text.endswith("?"):
        return []  # the next line asks too: a list of questions, or one left unanswered
    elif _CUE.match(blocks[i].text.strip()):
        return []  # "FRONT: ..." whose next line is no "BACK:" (a card with no back)
    if m is not None and _of_a_multiple_choice(m, text, blocks, first):
        return []
    if m is None:
        # a bare line under a plain question: a card of its own, the two lines alone between
        # blank lines (a question mid-paragraph is a remark of a cheat sheet: "one more - EBS
        # gp2 max IOPS?" over "st1/sc1 can't be boot volumes"), one line only (not the first
        # of a list, a multiple choice's options), no practice log's line (its own readers
        # take those)
        nxt = _next(blocks, first)
        if blocks[first].question is not None or not _opens_paragraph(blocks, i) or (
                nxt is not None and blocks[nxt].kind != "heading"):
            return []
    out = [(first, text)] if text else []
    k = first
    while m is not None and len(out) <= _MORE_LINES:
        nxt = _next(blocks, k)
        if nxt is None or blocks[nxt].kind == "heading":
            break
        more = blocks[nxt].text.strip()
        if _CUE.match(more) or _ANSWER.match(more) or more.endswith("?") \
                or not any(ch.isalnum() for ch in more) or more.startswith("#"):
            break
        out.append((nxt, more))
        k = nxt
    if any(_MARKED_WRONG.match(blocks[k].text) for k, _ in out):
        return []  # "✗ I picked A": a practice log's wrong choice, read as such elsewhere
    return [(k, t) for k, t in out if not _OWN_LABEL.match(t)]


def _of_a_multiple_choice(m: re.Match[str], text: str, blocks: list[Block], first: int) -> bool:
    """Whether the answer line `first` (its mark matched by `m`, `text` without it) is of a
    multiple choice: "ANSWER: A" under "D. 10 reads/s" (the choice's key, no card's back),
    "A. 5 Gbps" over "B. 1 Gbps", "A) 10   B) 15   C) 20" (its options, no answer)."""
    if _KEY_LETTERS.match(text):
        return True
    return bool(m.group("letter")) and (_CHOICE_B.match(_text_after(blocks, first)) is not None
                                         or _CHOICE_B_INLINE.search(text) is not None)


def _text_after(blocks: list[Block], i: int) -> str:
    nxt = _next(blocks, i)
    return blocks[nxt].text.strip() if nxt is not None else ""


def _drop_card_words(blocks: list[Block], i: int) -> None:
    """A card left as written still loses its sides' words ("FRONT: GSI vs LSI" over "BACK: LSI
    = same PK"): they say which side of the card a line is, never what it says (read as a
    label, "FRONT" named what the line defines)."""
    m = _CUE.match(blocks[i].text.strip())
    if m is None or not m.group("word") or not m.group("text"):
        return
    nxt = _next(blocks, i)
    answer = _ANSWER.match(blocks[nxt].text.strip()) if nxt is not None else None
    if nxt is None or answer is None or not answer.group("word"):
        return
    blocks[i].text = m.group("text").strip()
    if answer.group("text"):
        blocks[nxt].text = answer.group("text").strip()
    else:
        blocks[i].struck = True  # an empty back: the front asks, and nothing answers it

