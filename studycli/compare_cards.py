"""Compare-drill cards: each row of a note's own comparison that states both sides becomes a
quiz card of its own ("Which of HTTP API / REST API supports canary deployments?"), scheduled
by FSRS like a fact's card.

Which rows: the notes' "X vs Y" tables and sections (not rows the tool derives from two
services sharing an attribute: each of those facts already has its own card), with a value on
both sides that differ, between a real pair (two services, or two subjects of one service).
A one-sided bullet ("Stated for SQS only") is drilled in `compare --drill` but makes no card:
it tells nothing about the other side.

Identity: a card's key is the pair (sorted, so `compare a b` and `compare b a` share cards)
and the row's aspect, never its values or line, so re-ingesting the notes, editing a value or
moving the table keeps the card's schedule and history; a row that disappears leaves its card
missing (kept, not asked), like a fact's card.

Which cards the quiz asks: a row is its author's claim, so the quiz (and every count of what it
drills: new and due cards, stats, readiness) takes only the cards whose row the AWS reference
vouches for (studycli.compare_vouch: both cells measures it agrees with, or gives today's
value for); `quiz --as-written` asks every card as the notes state it. Which cards *exist* does
not depend on the reference, so a row that stops qualifying keeps its card and history, simply
not asked.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from studycli import ambiguous_names
from studycli.compare import (
    TRAIT,
    Cell,
    Row,
    Side,
    checked_rows,
    is_placeholder,
    pick_side,
    real_pair,
    resolve_pair,
    stem_for,
)
from studycli.compare_model import same_value
from studycli.compare_sound import askable_sides, asked_text
from studycli.compare_vouch import Voucher, reference_for, vouch_row, vouched_row
from studycli.model import Comparison, card_id, stable_id

CARD_TYPE = "compare"


@dataclass(frozen=True)
class DrillCard:
    """A compare row kept as a card of its own."""
    id: str
    left: Side   # the pair in sorted order: the card's orientation, whatever order was typed
    right: Side
    row: Row
    # The AWS reference's word on both cells (compare_vouch.vouch_row); None: not vouched for,
    # asked only as written.
    vouchers: tuple[Voucher, Voucher] | None = None

    @property
    def key(self) -> tuple[str, str, str, str]:
        return card_key(self.left, self.right, self.row.aspect)


def card_key(left: Side, right: Side, aspect: str) -> tuple[str, str, str, str]:
    """The cards-table key of a row: (service, subject, attribute, qualifier), lower-cased as
    a fact's key is. The first side's service keeps `quiz --service` working; the qualifier
    names the other side."""
    a, b = sorted((left, right))
    other = b.service + (f" / {b.subject}" if b.subject else "")
    return (a.service.lower(), a.subject.lower(), " ".join(aspect.lower().split()),
            f"vs {other}".lower())


def drill_card_id(left: Side, right: Side, aspect: str) -> str:
    return card_id(card_key(left, right, aspect), CARD_TYPE)


def tells_apart(left: str, right: str) -> bool:
    """Two stated values that differ, not both "nothing" ("N/A" and "–")."""
    return (bool(left and right) and left.lower() != right.lower()
            and not (is_placeholder(left) and is_placeholder(right)))


def cardable(row: Row, left: Side, right: Side) -> bool:
    """A row both sides of which the notes state, with values that tell the sides apart and
    a side whose value an expert would sign as a question (compare_sound)."""
    return (row.origin == "comparison" and row.aspect.lower() != TRAIT
            and tells_apart(row.left.value.strip(), row.right.value.strip())
            and bool(askable_sides(row, (left, right))))


def _neighbours(comparisons: list[Comparison]) -> set[tuple[str, int, str, str, str]]:
    """The pairs of one table row worth a card. A row of a table with more than two compared
    columns (six S3 storage classes) is stored as every pair of its columns; a card for each
    would drill one cell many times ("One Zone-IA: 99.5%" against each other class). Cards
    are made for neighbouring columns only, the ones a table sets side by side to be told
    apart (Standard-IA / One Zone-IA, Glacier / Deep Archive)."""
    columns: dict[tuple[str, int, str], list[str]] = {}
    for c in comparisons:
        order = columns.setdefault((c.source, c.line, c.aspect.lower()), [])
        for side in (c.left, c.right):
            if side not in order:
                order.append(side)
    keep = set()
    for (source, line, aspect), order in columns.items():
        for x, y in zip(order, order[1:], strict=False):
            keep.add((source, line, aspect, x, y))
    return keep


def drill_cards(comparisons: list[Comparison]) -> dict[str, DrillCard]:
    """Every card the notes' comparisons give, by id, in note order (the first statement of a
    row wins when two notes state it)."""
    out: dict[str, DrillCard] = {}
    neighbours = _neighbours(comparisons)
    for c in comparisons:
        if (c.source, c.line, c.aspect.lower(), c.left, c.right) not in neighbours:
            continue
        a, b = resolve_pair(c.left, c.right)
        if a is None or b is None or not real_pair(a, b):
            continue
        lv, rv = c.left_value, c.right_value
        if b < a:
            a, b, lv, rv = b, a, rv, lv
        row = Row(c.aspect, Cell(lv, c.source, c.line), Cell(rv, c.source, c.line),
                  "comparison")
        if not cardable(row, a, b):
            continue
        cid = drill_card_id(a, b, c.aspect)
        out.setdefault(cid, DrillCard(cid, a, b, row))
    return out


def load_drill_cards(db, as_written: bool = False) -> dict[str, DrillCard]:
    """The cards with their rows as the quiz asks them, each with the reference's vouchers
    where it vouches for the row: a vouched row carries today's value where AWS has changed a
    cell; any other row is marked as its facts' currency is (compare.checked_rows). With
    `as_written`, rows exactly as the notes state them. Which cards exist depends on neither."""
    from dataclasses import replace

    from studycli.store.comparisons import facts_at, list_comparisons

    cards = drill_cards(list_comparisons(db))
    places = {(c.row.left.source, c.row.left.line) for c in cards.values()}
    by_place: dict[tuple[str, int], list] = {}
    for f in facts_at(db, places) if places else []:
        by_place.setdefault((f.source, f.line), []).append(f)
    checked = checked_rows(db, [(c.left, c.right, c.row) for c in cards.values()])
    out = {}
    asks: set[tuple] = set()  # what the vouched cards ask: the pair and the entries vouching
    # Read once for every pair's services (entries are matched by service): per card, more
    # pairs than the loader keeps parsed the same files again
    reference = reference_for([s for c in cards.values() for s in (c.left, c.right)])
    for (cid, card), marked in zip(cards.items(), checked, strict=True):
        facts = by_place.get((card.row.left.source, card.row.left.line), [])
        vouchers = vouch_row(card.left, card.right, card.row, facts, reference)
        if vouchers is not None and _contradicted(marked, vouchers):
            vouchers = None
        if vouchers is not None:
            # Two notes' rows on one quantity ("Max duration", "Max execution time" of
            # Express and Standard workflows) would ask one thing twice: the first is asked.
            asks_what = (card.left, card.right, vouchers[0].entry, vouchers[1].entry)
            if asks_what in asks:
                vouchers = None
            asks.add(asks_what)
        if as_written:
            row = card.row
        else:
            row = marked if vouchers is None else vouched_row(marked, vouchers)
        out[cid] = replace(card, row=row, vouchers=vouchers)
    return out


def _contradicted(marked: Row, vouchers: tuple[Voucher, Voucher]) -> bool:
    """The facts the parser read from the row's own cells (their currency, fact_currency)
    disagree with the reference's word on the cells: a cell called wrong with nothing in its
    place, or a different value for today. Two readings that disagree vouch for nothing."""
    for cell, voucher in zip((marked.left, marked.right), vouchers, strict=True):
        if cell.disputed:
            return True
        if cell.aws and (voucher.status == "current" or not same_value(cell.aws, voucher.asked)):
            return True
    return False


def wanted_cards(db) -> list[dict]:
    """Rows for store.cards.sync, as cards.wanted_cards gives for facts; `vouched`: the AWS
    reference vouches for the card's row (store.cards.DRILLED asks only those)."""
    rows = []
    for card in load_drill_cards(db).values():
        service, subject, attribute, qualifier = card.key
        rows.append({"id": card.id, "service": service, "subject": subject,
                     "attribute": attribute, "qualifier": qualifier, "card_type": CARD_TYPE,
                     "vouched": card.vouchers is not None})
    return rows


def card_for_row(left: Side, right: Side, row: Row) -> str | None:
    """The card id of a drill row, or None when the row is practice only."""
    return drill_card_id(left, right, row.aspect) if cardable(row, left, right) else None


def build_question(card: DrillCard, rng: random.Random, as_written: bool = False):
    """The quiz question of a compare card: one side's value, the two sides as options; the
    explanation sets both sides side by side with the note line. None for a card the AWS
    reference does not vouch for, unless `as_written` (the card's row must then be loaded
    as written too: load_drill_cards)."""
    from studycli.questions import Question

    if card.vouchers is None and not as_written:
        return None

    sides = (card.left, card.right)
    labels = (card.left.label, card.right.label)
    cells = (card.row.left, card.row.right)
    asked = (cells[0].asked.strip(), cells[1].asked.strip())
    if not tells_apart(*asked):
        return None  # AWS has since made the two sides alike: nothing true to ask
    ok = askable_sides(card.row, sides)  # again: AWS may have called a cell wrong since
    if not ok:
        return None
    answer = ok[0] if len(ok) == 1 else pick_side(asked, rng)
    value = asked_text(card.row, answer, sides) or ""
    other = 1 - answer
    where = cells[answer].where
    explanation = (f"{labels[answer]}: {asked[answer].rstrip('.')}; "
                   f"{labels[other]}: {asked[other].rstrip('.')}"
                   + (f" ({where})" if where else "") + ".")
    for label in labels:  # what a name that stands for several things means today
        values = ambiguous_names.member_values(label, card.row.aspect) or {}
        if values:
            # "S3 Glacier" was renamed Glacier Flexible Retrieval; Instant Retrieval is a class
            # of its own that a note's "Glacier" may mean too: the card says both values.
            explanation += (f" \u201c{label}\u201d may mean "
                            + " or ".join(f"{m} ({v})" for m, v in values.items())
                            + f" ({ambiguous_names.url(label)}).")
    if any(c.aws for c in cells):
        changed = (tuple(v.changed for v in card.vouchers) if card.vouchers is not None
                   else ("", ""))
        explanation += " " + " ".join(
            _correction(c, label, since)
            for c, label, since in zip(cells, labels, changed, strict=True) if c.aws)
    elif card.vouchers is not None and not as_written:
        pages = " and ".join(dict.fromkeys(v.url for v in card.vouchers if v.url))
        explanation += f" Both values agree with the AWS docs ({pages})." if pages else ""
    return Question(
        id=stable_id("question", card.id, str(answer)), card_id=card.id, fact_id="",
        service=f"{labels[0]} vs {labels[1]}", kind="comparison", qtype=CARD_TYPE,
        stem=stem_for(_with_service(_stem_row(card, value), sides, labels), value, labels),
        options=list(labels),
        answers=[answer],
        answer_text=labels[answer], explanation=explanation, source=cells[answer].source,
        line=cells[answer].line, snippet=side_by_side(card))


def _with_service(row: Row, sides: tuple, labels: tuple[str, str]) -> Row:
    """The row's aspect with the service both sides belong to, when neither the aspect nor a
    side's name says it: "Max IOPS: which one is 256,000, io2 or st1?" never named EBS."""
    service = sides[0].service
    if service != sides[1].service or not (sides[0].subject and sides[1].subject):
        return row
    from dataclasses import replace

    from studycli.questions.stems import has_word, service_name

    name = service_name(service)
    said = f"{row.aspect} {labels[0]} {labels[1]}".lower()
    if has_word(said, service.lower()) or has_word(said, name.lower()):
        return row
    aspect = row.aspect[:1].lower() + row.aspect[1:] if row.aspect[1:2].islower() else row.aspect
    return replace(row, aspect=f"{name} {aspect}")


def _stem_row(card: DrillCard, value: str) -> Row:
    """The row as the stem names it: a vouched card's aspect carries the measure the reference
    vouched for (compare_vouch.qualified_aspect); the card's key keeps the note's aspect."""
    if card.vouchers is None:
        return card.row
    from dataclasses import replace

    from studycli.compare_vouch import qualified_aspect

    return replace(card.row, aspect=qualified_aspect(card.row.aspect, value,
                                                     card.vouchers[0].qualifier))


def _correction(cell: Cell, label: str, changed: str) -> str:
    """The note's value named beside today's, as a fact card's explanation names it."""
    from studycli.questions.currency import when

    since = f" (AWS changed this in {when(changed)})" if changed else ""
    return (f"Your note says {cell.value.strip()} for {label}{since}; AWS now: {cell.aws} "
            f"({cell.aws_url}).")


def side_by_side(card: DrillCard) -> str:
    """The row as one line, both sides: what the quiz shows once the card is answered."""
    return (f"{card.row.aspect}: {card.left.label}: {card.row.left.value.strip()} | "
            f"{card.right.label}: {card.row.right.value.strip()}")


def card_lines(db, rows: list[dict]) -> None:
    """Give each compare card in `rows` (cards-table dicts, as `studycli cards` lists them)
    the note line its row comes from, in the shape of the fact lines a fact card lists."""
    cards = None
    for r in rows:
        if r["card_type"] != CARD_TYPE:
            continue
        cards = cards if cards is not None else load_drill_cards(db)
        card = cards.get(r["id"])
        r["facts"] = [] if card is None else [{
            "service": card.left.service, "subject": card.left.subject,
            "attribute": card.row.aspect, "source": card.row.left.source,
            "line": card.row.left.line, "snippet": side_by_side(card)}]


def question_for_card(cards: dict[str, DrillCard], card_row: dict, rng: random.Random,
                      as_written: bool = False):
    """The question of a cards-table row of this type (`cards`: load_drill_cards, read once
    per session with the same `as_written`), or None when its row is gone or, unless
    `as_written`, not vouched for."""
    card = cards.get(card_row["id"])
    return build_question(card, rng, as_written) if card else None


def build_question_for_export(card: DrillCard):
    """The question as exports write it: the same for the same card, every time (seeded by
    its id, as a fact card's export question is); None for a card the quiz does not ask."""
    return build_question(card, random.Random(card.id))
