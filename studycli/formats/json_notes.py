"""Notes exported by a note app as JSON (Google Keep's Takeout, a Joplin or Simplenote export, a
script's dump of flashcards), read as the text they hold.

Only string values a person wrote are kept: a value with a space in it (an id, a timestamp, a
tag, a colour or an enum has none), a number with its unit ("400KB"), or a title. A key
naming a title (`title`, `heading`, `subject`) makes its value a heading placed where its
object opens, before the object's text whatever the key order (Keep writes `textContent`
before `title`), so the note's facts are filed under it. Numbers, booleans and keys are not
notes (a template's `"Timeout": 30` is a setting).

Line for line: each line of the file gives the text of the strings on it (a flashcard's
question and answer on one line), joined by " · " (a pause the parser
reads between statements), so a fact cites the line of the file that holds it; a body of
several lines in one string is laid out one line a line from its own (_spilled). A file packed
with several notes, or a note's title and text, on a line (a minified export)
has no useful line numbers: it is read note by note, one line per line of text, its lines
counted so (as a packed HTML page is: formats/html.py). A file that is not JSON at all is
read as the plain text it is. A file of figures kept as JSON (`"dynamodb": {"itemSizeMaxKB":
400, ...}`) holds no such text: it is read as the key-value note it is (formats/json_data.py).
"""

from __future__ import annotations

import json
import re

from studycli.formats.json_data import (
    ANSWER_KEYS,
    QUESTION_KEYS,
    TITLE_KEYS,
    data_to_markdown,
    is_data_map,
)

# a JSON string literal (and whether a ":" follows: a key), or an object's brace
_TOKEN = re.compile(r'"((?:[^"\\\n]|\\.){0,100000})"(\s*:)?|([{}\[\]])')
_JOIN = " · "
# who wrote a chat's message ("from": "Ravi K"): a name, not a note ("from" only in a chat's
# export: a lifecycle rule's "from": "S3 Standard" is a storage class)
_PERSON_KEYS = frozenset({"author", "actor", "sender", "forwarded_from", "saved_from"})
_CHAT_PERSON_KEYS = _PERSON_KEYS | {"from"}
_CHAT = re.compile(r'"messages"\s*:\s*\[')
# a flashcard's short answer ("400KB", "14d", "1.5GB"): a number and its unit, kept though it
# has no space (an id or a timestamp is no such thing)
_QUANTITY = re.compile(r"\s*\d[\d.,]*\s*[A-Za-z%/]{1,12}\s*$")


def json_to_markdown(lines: list[str]) -> list[str]:
    if not _is_json("\n".join(lines)):
        return lines
    if is_data_map(lines):
        return data_to_markdown(lines)
    pieces, opens, cards = _pieces(lines)
    # line for line unless a line holds a title with text, or several notes' text
    if all(len(texts) <= 1 or (opens[i] <= 1 and not any(t.startswith("## ") for t in texts))
           for i, texts in enumerate(pieces)) \
            and all(opens[q] <= 1 for q, _, _, _ in cards):
        return _cards(_spilled(pieces), cards)
    for q_line, question, _, answer in cards:  # packed: each card one text where it opens
        pieces[q_line].append(card_text(question, answer.split("\n")))
    return [part.rstrip() for texts in pieces for text in texts for part in text.split("\n")]


def card_text(question: str, answer: list[str]) -> str:
    """A card's question and its answer's first line, as one statement ("IGW per VPC? 1 per
    VPC"; "subnets per VPC (default quota): 200"), and the answer's other lines under it."""
    first, *rest = [_BULLET.sub("", a.strip()) for a in answer if a.strip()] or [""]
    question = " ".join(question.split())
    glue = " " if question.endswith(("?", ":", "=")) else ": "
    return "\n".join(["- " + question + glue + first, *("  - " + r for r in rest)])


def _cards(out: list[str], cards: list[Card]) -> list[str]:
    """Each flashcard on its question's line, its answer's other lines on the lines below
    that hold nothing else (its answer's line among them), the rest joined on the last."""
    taken = {q_line for q_line, _, _, _ in cards}  # each card's own line, kept for it
    for q_line, question, _, answer in cards:
        parts = card_text(question, answer.split("\n")).split("\n")
        room = 1
        while q_line + room < len(out) and room < len(parts) and not out[q_line + room] \
                and q_line + room not in taken:
            room += 1
        placed = parts[:room - 1] + [_JOIN.join(p.strip(" -") if k else p for k, p in
                                                enumerate(parts[room - 1:]))]
        if out[q_line]:  # another text of the line (a card's note) after the card
            placed[0] += _JOIN + out[q_line]
        out[q_line:q_line + room] = placed
    return out


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except (ValueError, RecursionError):  # "[[[[..." nests past the decoder's depth
        return False
    return True


_BULLET = re.compile(r"^[-*•]\s+")  # an answer's own list marker: its lines are items here
Card = tuple[int, str, int, str]  # a flashcard: its question's line and text, its answer's


def _pieces(lines: list[str]) -> tuple[list[list[str]], list[int], list[Card]]:
    """Per line of the file, the headings and texts it gives, in order (a title's heading
    goes where its object opens), how many objects open on it, and the flashcards (objects
    with a question and an answer), whose texts are not among the pieces."""
    reader = _Reader(len(lines), any(_CHAT.search(line) for line in lines[:50]))
    for number, line in enumerate(lines):
        for match in _TOKEN.finditer(line):
            reader.token(number, *match.groups())
    return reader.pieces, reader.opens, reader.cards


class _Reader:
    """The strings of a JSON file, token by token, as the texts of its lines (_pieces)."""

    def __init__(self, count: int, chat: bool) -> None:
        self.people = _CHAT_PERSON_KEYS if chat else _PERSON_KEYS
        self.pieces: list[list[str]] = [[] for _ in range(count)]
        self.opens = [0] * count
        self.opened: list[tuple[int, int]] = []  # per open object: its line, its place on it
        # per open object: a card's sides, each the values under its keys (line, text, place)
        self.sides: list[dict[str, list[tuple[int, str, int]]]] = []
        self.cards: list[Card] = []
        self.rich = _RichText()
        self.key = ""

    def token(self, number: int, literal: str | None, colon: str | None,
              brace: str | None) -> None:
        if self.rich.open:
            text = self.rich.take(literal, colon, brace)
            if text is not None:
                if text.strip():
                    self.pieces[self.rich.line].append(text)
                self.key = ""
        elif brace:
            self._brace(number, brace)
        else:
            value = _decoded(literal or "")
            if value is None:
                return
            if colon:
                self.key = value.lower()
                return
            self._value(number, value)
            self.key = ""

    def _brace(self, number: int, brace: str) -> None:
        if brace == "[" and self.key == "text":
            self.rich.start(number)
        elif brace == "{":
            self.opened.append((number, len(self.pieces[number])))
            self.sides.append({})
            self.opens[number] += 1
        elif brace == "}" and self.opened:
            self.opened.pop()
            self._close_card(self.sides.pop())
        if brace in "{}":
            self.key = ""

    def _close_card(self, sides: dict[str, list[tuple[int, str, int]]]) -> None:
        """A closing object's card, if it has both sides; every text held for a card and not
        in it goes back at its line: a quiz's question with no answer key ("question" beside
        "options" and "correct"), a "prompt" with an "explanation", a second "term" of a
        card are the student's text, not to be dropped."""
        held = [*sides.get("q", []), *sides.get("a", [])]
        if sides.get("q") and sides.get("a"):
            (q_line, question, _), (a_line, answer, _) = sides["q"][0], sides["a"][0]
            self.cards.append((q_line, question, a_line, answer))
            held = [*sides["q"][1:], *sides["a"][1:]]
        # latest first: each goes back where it was read, before what came after it
        for number, text, place in sorted(held, key=lambda h: (h[0], h[2]), reverse=True):
            if _is_note_text(text):
                self.pieces[number].insert(place, text)

    def _value(self, number: int, value: str) -> None:
        key = self.key
        side = "q" if key in QUESTION_KEYS else "a" if key in ANSWER_KEYS else ""
        if side and self.sides and value.strip():
            # placed with its other side (_cards), or back at its line if it has none
            self.sides[-1].setdefault(side, []).append(
                (number, value, len(self.pieces[number])))
        elif key in TITLE_KEYS and value.strip():
            at_line, place = self.opened[-1] if self.opened \
                else (number, len(self.pieces[number]))
            self.pieces[at_line].insert(place, "## " + " ".join(value.split()))
        elif key not in self.people and _is_note_text(value):
            self.pieces[number].append(value)


def _is_note_text(value: str) -> bool:
    """Whether a string is text a person wrote: words with a space between, or a quantity
    ("400KB"); an id, a timestamp, a tag or an enum is neither."""
    return any(c.isspace() for c in value.strip()) or bool(_QUANTITY.match(value))


class _RichText:
    """A chat export's formatted text (Telegram's "text": ["max timeout is ", {"type":
    "bold", "text": "15 minutes"}, ", default 3 s"]): its plain strings and its entities'
    texts are one sentence, read whole at the line its array opens on (as pieces, "max
    timeout is" and "15 minutes" were two statements, the second of no subject). A link's
    address (a "link" entity's text, a "text_link"'s "href"), an entity's type are not
    text."""

    def __init__(self) -> None:
        self.open, self.line, self.depth = False, 0, 0
        self.parts: list[str] = []
        self.key = ""
        self.entity: list[str] | None = None  # the texts of the entity being read
        self.entity_type = ""

    def start(self, line: int) -> None:
        self.open, self.line, self.depth, self.parts, self.key = True, line, 1, [], ""
        self.entity, self.entity_type = None, ""

    def take(self, literal: str | None, colon: str | None, brace: str | None) -> str | None:
        """Read one token of the array; its whole text once the array closes, else None."""
        if brace:
            self.depth += {"[": 1, "]": -1}.get(brace, 0)
            self.key = ""
            if brace == "{" and self.depth == 1:
                self.entity, self.entity_type = [], ""
            elif brace == "}" and self.depth == 1 and self.entity is not None:
                if self.entity_type not in _ADDRESS_ENTITIES:
                    self.parts += self.entity
                self.entity = None
            if self.depth == 0:
                self.open = False
                return "".join(self.parts)
            return None
        value = _decoded(literal or "")
        if value is None:
            return None
        if colon:
            self.key = value.lower()
        else:
            if self.key == "type":
                self.entity_type = value.lower()
            elif self.key in ("", "text"):
                (self.parts if self.entity is None else self.entity).append(value)
            self.key = ""
        return None


# entities whose text is an address, not words of the sentence
_ADDRESS_ENTITIES = frozenset({"link", "email", "phone"})


def _decoded(literal: str) -> str | None:
    try:
        return json.loads(f'"{literal}"')
    except ValueError:
        return None


def _spilled(pieces: list[list[str]]) -> list[str]:
    """Line for line: each line's texts joined by " · ", but a text of several lines (a
    Keep note's body: "Support plans" / "- Basic: ... 7 core Trusted Advisor checks" /
    "- Developer: from $29/mo ...") laid on its own line and the lines below it that hold no
    text (its note's tags, timestamps, closing braces), one line of text a line, so its
    list stays a list: joined on one line, every item of it was filed under the service one
    of them names. What does not fit is joined on the last line it may use."""
    out = [""] * len(pieces)
    for i, texts in enumerate(pieces):
        parts = [part.strip() for text in texts for part in text.split("\n") if part.strip()]
        if not parts:
            continue  # (a line a text above may have spilled onto)
        if len(texts) != 1 or len(parts) <= 1:
            out[i] = _JOIN.join(parts)  # a card's question and answer: one line, as written
            continue
        room = 1
        while i + room < len(pieces) and not pieces[i + room] and room < len(parts):
            room += 1
        if not any(_MARKED.match(part) for part in parts):
            parts = ["- " + part for part in parts]  # lines of their own: see _MARKED
        out[i:i + room] = parts[:room - 1] + [_JOIN.join(parts[room - 1:])]
    return out


# A note's line that markdown reads as a line of its own. In a note app a line break ends a
# thought, where markdown runs a paragraph's lines on as one (and would file "data transfer
# IN is free" under the service the line above names): a body whose lines are all unmarked
# is read as a list, a line an item; a body with its own list keeps its shape.
_MARKED = re.compile(r"^(?:[-*+•#>|]|\d+[.)]\s)")
