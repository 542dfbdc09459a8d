"""Which compare rows the AWS reference vouches for, so that a quiz card asks only what it
can stand behind.

A note's "X vs Y" row is its author's claim, checked by nothing: a reviewer found rows teaching
a Kinesis record of "1 MB" (10 MiB today), "no backups" for Memcached (ElastiCache Serverless
has them), "archive + replay" as EventBridge's (Kinesis replays too). A compare card asks
"which one is V, X or Y?" and shows both sides after the answer, so it teaches both cells and
that V is not the other side's. Only a measure keeps all three checkable:

- each cell is a measure: one quantity (or one range), nothing else but filler words ("up
  to", "max", "~"). A feature, a yes/no, a price or a sentence is no measure: the reference
  cannot say that the other side lacks a feature ("archive + replay"), nor whether a "no" is
  still true ("no backups");
- for each side, a verified reference entry for that side's quantity meets the cell as a fact
  card's would (studycli.questions.currency.vouched: current, or outdated with today's value,
  which the card then asks, the note's value named in the explanation);
- today's values of the two sides differ, so V belongs to one side only.

The side's quantity is the row's aspect as that side's attribute ("Max execution duration"
of Express workflows), named the way the parser names a quantity in a line, or a fact the
parser read from the row's own line for that side with the cell's number. Rows that fail stay
in `compare` and `compare --drill` (as the notes state them) and in `quiz --as-written`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from studycli.compare_model import Cell, Row, Side
from studycli.model import Fact, Kind

# Words a measure cell may carry besides its quantity: they say nothing a reference could
# disagree with ("up to 5", "30 s max", "~200 ms").
FILLER = frozenset({"up", "to", "max", "maximum", "min", "minimum", "about", "approx",
                    "approximately", "around", "roughly", "default", "by", "of", "per", "a",
                    "an", "each", "only", "at", "most", "least"})
_QUALIFIER_WORD = {"max": "max", "maximum": "max", "min": "min", "minimum": "min",
                   "default": "default"}
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_BARE = re.compile(r"^\s*(?:up\s+to\s+|~\s*)?(\d[\d,]*(?:\.\d+)?)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Measure:
    """A cell read as one quantity, in canonical units."""
    text: str          # the quantity as written ("5 minutes")
    start: int
    end: int
    number: float | None
    unit: str
    low: float | None
    high: float | None
    qualifier: str
    dimension: str


@dataclass(frozen=True)
class Voucher:
    """What the reference says of one cell: the value a card asks for it (the note's when
    current, today's when the note's is out of date), and the page that says so."""
    status: str        # current | outdated | wrong
    asked: str
    url: str
    changed: str = ""
    entry: str = ""    # the entry's id: two rows vouched by the same entries ask one thing
    qualifier: str = ""  # the entry's: max, min, default, range or ""
    number: float | None = None
    unit: str = ""
    low: float | None = None
    high: float | None = None


def measure(value: str, aspect: str = "") -> Measure | None:
    """The one quantity a cell states, or None when it states none, several, or more than a
    quantity (a feature, a caveat: "1–365 days, replay yes"). A bare number takes its unit
    from the aspect ("16,000" under "Max IOPS" is a rate, under "In-flight messages" a count)."""
    from studycli.extract.quantities import find_quantities

    text = value.strip()
    bare = _BARE.match(text)
    if bare:
        written = bare.group(1)
        number = float(written.replace(",", ""))
        qualifier = "max" if text.lower().startswith("up") else ""
        head = re.sub(r"^\s*(?:max(?:imum)?|min(?:imum)?|default)\s+", "", aspect,
                      flags=re.IGNORECASE)
        named = find_quantities(f"{written} {head}") if head else []
        if named and named[0].start == 0 and named[0].number is not None:
            q = named[0]
            return Measure(written, bare.start(1), bare.end(1), q.number, q.unit, None, None,
                           qualifier, q.dimension)
        return Measure(written, bare.start(1), bare.end(1), number, "count", None, None,
                       qualifier, "count")
    found = find_quantities(text)
    if len(found) != 1:
        return None
    q = found[0]
    rest = text[:q.start] + " " + text[q.end:]
    if _NUMBER.search(rest):
        return None  # "300 msg/s (3,000 batched)": a second number the card would assert
    words = re.findall(r"[a-z]+", rest.lower())
    if any(w not in FILLER for w in words):
        return None
    qualifier = q.qualifier or next((_QUALIFIER_WORD[w] for w in words if w in _QUALIFIER_WORD),
                                    "")
    return Measure(q.text, q.start, q.end, q.number, q.unit, q.low, q.high, qualifier,
                   q.dimension)


def _aspect_qualifier(aspect: str) -> str:
    first = aspect.strip().split(maxsplit=1)
    return _QUALIFIER_WORD.get(first[0].lower().rstrip("."), "") if first else ""


def _attributes(side: Side, aspect: str, m: Measure,
                line_facts: list[Fact]) -> list[tuple[str, str]]:
    """(attribute, qualifier) phrasings of the side's quantity, most specific first."""
    from studycli.extract.attributes import name_quantity
    from studycli.reference.keys import norm_attribute

    qualifier = _aspect_qualifier(aspect) or m.qualifier
    out: list[tuple[str, str]] = []
    for f in line_facts:  # what the parser itself read from the row's line for this side
        if side.owns(f) and f.unit == m.unit and _same_quantity(f, m):
            out.append((f.attribute, f.qualifier or qualifier))
    out.append((norm_attribute(aspect), qualifier))
    line = f"{aspect}: {m.text}"
    start = len(aspect) + 2
    try:
        named = name_quantity(line, start, start + len(m.text), m.dimension, side.service, ())
    except Exception:  # the parser's naming is a second guess; never a reason to fail
        named = ""
    if named:
        out.append((named, qualifier))
    return list(dict.fromkeys((a.lower(), q) for a, q in out if a))


def _same_quantity(f: Fact, m: Measure) -> bool:
    from studycli.reference.values import close

    if m.number is not None:
        return close(f.number, m.number, m.unit)
    return close(f.low, m.low, m.unit) and close(f.high, m.high, m.unit)


def _as_fact(side: Side, attribute: str, qualifier: str, cell: Cell, m: Measure,
             aspect: str) -> Fact:
    if m.number is None:
        kind, qualifier = Kind.RANGE, "range"
    else:
        kind = Kind.DEFAULT if qualifier == "default" else Kind.LIMIT
    return Fact(side.service, side.subject, attribute, kind, qualifier, m.text,
                number=m.number, unit=m.unit, low=m.low, high=m.high, source=cell.source,
                line=cell.line, snippet=f"{aspect}: {cell.value.strip()}")


def vouch_cell(side: Side, aspect: str, cell: Cell, line_facts: list[Fact],
               reference) -> Voucher | None:
    """The reference's word on one cell, or None when it cannot vouch for it."""
    m = measure(cell.value, aspect)
    if m is None or not m.unit:
        return None
    for attribute, qualifier in _attributes(side, aspect, m, line_facts):
        fact = _as_fact(side, attribute, qualifier, cell, m, aspect)
        found = _voucher(fact, reference)
        if found is not None:
            return found
    return None


def _voucher(fact: Fact, reference) -> Voucher | None:
    """As a fact card's question is vouched for (questions.currency.vouched, keyed_fact)."""
    from studycli.questions.currency import Currency, keyed_fact, vouched
    from studycli.reference.assess import assess
    from studycli.reference.suspect import suspicion

    a = assess(fact, reference)
    if a is None or a.status not in ("current", "outdated", "wrong"):
        return None
    e = a.entry
    cur = Currency(a.status, a.current_value or "", a.url or "", a.checked or "",
                   a.changed or "", a.number, a.unit or "", a.low, a.high, e.kind or "",
                   e.qualifier or "", "" if a.status != "current" else suspicion(fact, reference))
    if not vouched(cur, fact):
        return None
    if a.status == "current":
        return Voucher("current", fact.value, cur.url, "", a.entry_id, e.qualifier or "",
                       fact.number, fact.unit, fact.low, fact.high)
    keyed = keyed_fact(fact, cur)
    if keyed is None:
        return None  # today's value cannot be asked the same way: nothing true to ask
    return Voucher(a.status, keyed.value, cur.url, cur.changed, a.entry_id, e.qualifier or "",
                   keyed.number, keyed.unit, keyed.low, keyed.high)


def _differ(a: Voucher, b: Voucher) -> bool:
    from studycli.reference.values import close

    if a.unit != b.unit:
        return True
    if a.number is not None and b.number is not None:
        return not close(a.number, b.number, a.unit)
    return not (close(a.low, b.low, a.unit) and close(a.high, b.high, a.unit))


def vouch_row(left: Side, right: Side, row: Row, line_facts: list[Fact],
              reference) -> tuple[Voucher, Voucher] | None:
    """Both cells' vouchers when the reference vouches for the whole question (each side's
    value, and that they differ today); None otherwise."""
    lv = vouch_cell(left, row.aspect, row.left, line_facts, reference)
    if lv is None:
        return None
    rv = vouch_cell(right, row.aspect, row.right, line_facts, reference)
    if rv is None or not _differ(lv, rv):
        return None
    if lv.qualifier != rv.qualifier:
        # One side's default against the other's maximum: "Retention: which one is 24 hours,
        # Kinesis or SQS?" keys Kinesis's default, yet an SQS queue may keep messages 24 hours.
        return None
    return lv, rv


# Words that already say which measure a value is (a maximum, a minimum, a default).
_SAYS_QUALIFIER = re.compile(r"\b(?:max(?:imum)?|min(?:imum)?|default|up\s+to|"
                             r"at\s+(?:most|least)|longest|shortest|largest|smallest|"
                             r"highest|lowest)\b", re.IGNORECASE)
_QUALIFIER_SHOWN = {"max": "Max", "min": "Min", "default": "Default"}


def qualified_aspect(aspect: str, value: str, qualifier: str) -> str:
    """The aspect as a vouched card's stem names it: with the measure the reference vouched
    for when neither the aspect nor the value says it ("Retention" of two defaults is asked
    as "Default retention": the other side may be set to the value too)."""
    shown = _QUALIFIER_SHOWN.get(qualifier)
    if not shown or _SAYS_QUALIFIER.search(aspect) or _SAYS_QUALIFIER.search(value):
        return aspect
    return f"{shown} {aspect[:1].lower()}{aspect[1:]}"


def vouched_row(row: Row, vouchers: tuple[Voucher, Voucher]) -> Row:
    """The row as a vouched card asks it: a cell AWS has changed carries today's value and
    its page (Cell.aws), the note's value kept for the explanation."""
    from dataclasses import replace

    def cell(c: Cell, v: Voucher) -> Cell:
        if v.status == "current":
            return replace(c, aws="", aws_url="", disputed=False)
        return replace(c, aws=v.asked, aws_url=v.url, disputed=False)

    return replace(row, left=cell(row.left, vouchers[0]), right=cell(row.right, vouchers[1]))


def reference_for(sides) -> object:
    """The reference entries of the sides' services (only their files are read)."""
    from studycli.reference.loader import load_reference

    return load_reference(services=sorted({s.service for s in sides}))
