"""The quiz deck as plain rows: one per active card, with the question the quiz asks, its
answer, the note line it comes from and tags (service, kind, exam domain per profile).

Questions are built exactly as the quiz builds them, with an rng seeded by the card id, so an
export is reproducible and a card's text changes only when its note does."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from studycli.compare_cards import CARD_TYPE as COMPARE
from studycli.compare_cards import DrillCard, build_question_for_export, load_drill_cards
from studycli.domains import domain_map, profiles_with_domains
from studycli.questions import FactPool, build_question
from studycli.sanitize import is_safe, readable, safe_text
from studycli.store.cards import list_cards


@dataclass(frozen=True)
class DeckRow:
    """One card as an exported deck's row."""
    card_id: str
    service: str
    kind: str
    question: str            # the stem, then lettered options for a choice card
    answer: str              # the right option(s), or the note's value for a recall card
    note_line: str           # the note's own line
    source: str              # file:line
    tags: tuple[str, ...]
    # What the AWS reference says of the note line cited, when it is out of date or wrong
    # ("Your note (…) says 256 KB: it is out of date …"): a printed card citing a stale line
    # beside today's answer must say why they differ
    note_status: str = ""

    def __post_init__(self) -> None:
        # Every text of an exported deck passes here: an escape sequence in a note or a file
        # name (a clipboard write, a screen clear) must not reach a CSV, a Markdown deck or
        # an Anki note that a student prints with `cat` or opens in a terminal
        for name in ("service", "kind", "question", "answer", "note_line", "source",
                     "note_status"):
            text = getattr(self, name)
            if not is_safe(text):
                object.__setattr__(self, name, safe_text(text))
        if not all(is_safe(tag) for tag in self.tags):
            object.__setattr__(self, "tags", tuple(safe_text(tag) for tag in self.tags))

    def to_dict(self) -> dict:
        return {"card_id": self.card_id, "service": self.service, "kind": self.kind,
                "question": self.question, "answer": self.answer, "note_line": self.note_line,
                "source": self.source, "tags": list(self.tags), "note_status": self.note_status}


def _tag(text: str) -> str:
    """Anki tags cannot hold spaces; '::' makes a hierarchy."""
    return re.sub(r"[^\w:.-]+", "_", text.strip()).strip("_")


def deck_rows(db, service: str | None = None, left_out: list | None = None) -> list[DeckRow]:
    """The rows of the active cards that make a question. `left_out`, when given, receives the
    ids of active cards that make none (the AWS reference cannot vouch for them, or their
    fact no longer makes a clean question): an export says how many it left out."""
    pool = FactPool.load(db)
    maps = [domain_map(p) for p in profiles_with_domains()]
    rows = []
    drill_cards = None
    for card in list_cards(db, service=service):
        if card["suspended"] or card["missing"]:
            continue
        if card["card_type"] == COMPARE:
            drill_cards = drill_cards if drill_cards is not None else load_drill_cards(db)
            row = _compare_row(drill_cards[card["id"]], maps) if card["id"] in drill_cards else None
            if row is not None:
                rows.append(row)
            elif left_out is not None:
                left_out.append(card["id"])
            continue
        key = (card["service"], card["subject"], card["attribute"], card["qualifier"])
        fact = pool.first(key)
        q = None if fact is None else build_question(fact, card["card_type"], pool,
                                                      random.Random(card["id"]))
        if fact is None or q is None:
            if left_out is not None:
                left_out.append(card["id"])
            continue
        letters = "abcdefgh"
        if q.options:
            question = q.stem + "\n" + "\n".join(
                f"{letters[i]}) {opt}" for i, opt in enumerate(q.options))
            answer = "; ".join(f"{letters[i]}) {q.options[i]}" for i in q.answers)
        else:
            question, answer = q.stem, q.answer_text
        tags = [f"service::{_tag(fact.service or 'unknown')}", f"kind::{_tag(fact.kind)}"]
        for m in maps:
            tags += [f"{m.profile}::{_tag(d)}" for d in m.of(fact.service, fact.subject, fact.kind)]
        rows.append(DeckRow(card["id"], fact.service, fact.kind, question, answer,
                            readable(fact.snippet).strip(), f"{fact.source}:{fact.line}",
                            tuple(tags),
                            _note_status(q.explanation)))
    return rows


def _compare_row(card: DrillCard, maps) -> DeckRow | None:
    """A compare-drill card: the stem with its two sides lettered, the row side by side; None
    when there is nothing true to ask (AWS has since made the two sides alike), as the quiz
    does not ask it either."""
    q = build_question_for_export(card)
    if q is None:
        return None
    question = q.stem + "\n" + "\n".join(f"{'ab'[i]}) {o}" for i, o in enumerate(q.options))
    answer = "; ".join(f"{'ab'[i]}) {q.options[i]}" for i in q.answers)
    tags = [f"service::{_tag(card.left.service)}", f"kind::{_tag(COMPARE)}"]
    for m in maps:
        tags += [f"{m.profile}::{_tag(d)}"
                 for d in m.of(card.left.service, card.left.subject, "comparison")]
    return DeckRow(card.id, card.left.service, COMPARE, question, answer, readable(q.snippet),
                   f"{q.source}:{q.line}", tuple(dict.fromkeys(tags)),
                   _compare_status(q.explanation))


def _compare_status(explanation: str) -> str:
    """The correction a compare card's explanation carries ("Your note says 7 days for
    Kinesis Data Streams; AWS now: 365 days (page)."), "" when the row is current: the
    answer asks today's value beside a note line that still says the old one."""
    at = explanation.find("Your note says ")
    return explanation[at:] if at >= 0 else ""


def _note_status(explanation: str) -> str:
    """The correction or line caveat a question's explanation carries ("" when none)."""
    from studycli.questions.currency import caveat_in

    if explanation.startswith("Your note ("):  # questions/currency.correction
        return explanation
    return caveat_in(explanation)
