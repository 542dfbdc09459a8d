"""What a comparison is made of: its two sides, the cells and rows of its table, and the small
text rules every user of a row shares (one value written two ways, a placeholder cell, the
sides' names masked in a value). Kept apart from compare.py so that the rules that judge a row
(compare_sound) and the table builder (compare) both read it without importing each other."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from studycli.model import Fact
from studycli.services import catalog

TRAIT = "trait"  # the parser's aspect for a row that states one side's property


@dataclass(frozen=True, order=True)
class Side:
    """One side of a comparison: a service, or a subject of one."""
    service: str
    subject: str = ""

    @property
    def label(self) -> str:
        if not self.subject:
            return self.service
        if any(c.isdigit() for c in self.subject.split()[0]):
            return self.subject  # a type name as AWS writes it: "gp2", "io2" ("Io2" read wrong)
        return self.subject[:1].upper() + self.subject[1:]

    def owns(self, fact: Fact) -> bool:
        if fact.service.lower() != self.service.lower():
            return False
        return fact.subject.lower() == self.subject.lower()


@dataclass(frozen=True)
class Cell:
    """What the notes say of one side for one aspect, and the line that says it."""
    value: str
    source: str
    line: int
    # When notes state more than one value (a conflict), each with its own line.
    parts: tuple[tuple[str, str, int], ...] = ()
    fact_ids: tuple[str, ...] = ()  # the facts behind a shared-attribute cell
    # The current AWS value when the note's is outdated or wrong (data/reference), and its page.
    aws: str = ""
    aws_url: str = ""
    # The note's value, stale as a maximum, is still AWS's default (`aws` the raised maximum):
    # "SNS messages <= 256 KB" (studycli check says the same of the line)
    aws_default: str = ""
    # The AWS reference finds the note's value wrong (or outdated) and has no value to put in
    # its place: shown as such, never asked (aws_url is the page that says so).
    disputed: bool = False
    # Per part of a conflict (parallel to `parts`): its fact ids, and what the AWS reference
    # says of it: ("current", "", url), (VERDICT, today's value or "", url) where VERDICT is
    # check's (outdated, wrong, differs) or "stale" where none is known, or ("", "", "").
    part_ids: tuple[tuple[str, ...], ...] = ()
    part_marks: tuple[tuple[str, str, str], ...] = ()
    # The parts are a conflict by the rule `studycli conflicts`, ingest and lookup apply
    # (studycli.conflicts): not when they are, say, one line's two contexts
    conflict: bool = False
    # What `check` calls the line of a stale cell: outdated, wrong or differs (not what AWS
    # says), or "" where the mark came from no check (the quiz's stored statuses).
    aws_verdict: str = ""

    @property
    def asked(self) -> str:
        """The value a drill keys: the current AWS value where the note's is out of date."""
        return self.aws or self.value

    @property
    def where(self) -> str:
        if not self.source:
            return ""
        # A note cell cites file:line; an AWS-reference cell (line 0) cites its page.
        return f"{self.source}:{self.line}" if self.line else self.source


@dataclass(frozen=True)
class Row:
    """One aspect of a comparison: both sides' cells."""
    aspect: str
    left: Cell
    right: Cell
    origin: str  # "comparison" (a note's X vs Y section or table) or "fact" (shared attribute)

    @property
    def of_both(self) -> bool:
        """One value of one note line in both cells: a line said of both sides, whatever
        each cell was linked to or marked with."""
        a, b = self.left, self.right
        return bool(a.value) and (a.value, a.source, a.line) == (b.value, b.source, b.line)

    def to_json(self) -> dict:
        # design.md's shape has one source per row: the left cell's (the same line for a
        # comparison row; for a shared-attribute row the right cell's is in the table view).
        return {"aspect": self.aspect, "left": self.left.value, "right": self.right.value,
                "source": self.left.source, "line": self.left.line}


@dataclass
class CompareTable:
    """Everything the notes compare between two sides, row by row."""
    left: Side
    right: Side
    rows: list[Row] = field(default_factory=list)
    # words `studycli search` finds lines naming both sides with ("" when none does): a
    # table of a row or two names the search, which must not fall back to any-word lines
    search: str = ""

    def to_json(self) -> dict:
        # Notes only when the notes compare nothing, as lookup prints [] when they answer
        # nothing: a script reading rows with exit 1 was handed the AWS reference's values as
        # if found (the text shows them apart, "not in your notes"). Beside the notes' own
        # rows they stay rows, marked "(AWS docs)", as before.
        rows = self.rows if self.from_notes else []
        return {"left": self.left.label, "right": self.right.label,
                "rows": [r.to_json() for r in rows]}

    @property
    def from_notes(self) -> bool:
        """Whether the notes compare the pair: the AWS reference's own rows, shown beside,
        do not make a "found" (exit 1 otherwise, as lookup and search)."""
        return any(r.origin != "reference" for r in self.rows)


def same_value(a: str, b: str) -> bool:
    """ "128KB" and "128 KB", "1,000" and "1000": one value written two ways."""
    def norm(text: str) -> str:
        return re.sub(r"[\s,]+", "", text.lower())
    return norm(a) == norm(b)


# A cell that says "nothing here" ("N/A", "–"): a drill asks the other side's value, never
# "Which one is “–”?".
PLACEHOLDERS = {"-", "\u2013", "\u2014", "n/a", "na", "none", "?", "x"}


def is_placeholder(value: str) -> bool:
    return value.strip().lower() in PLACEHOLDERS


def mask_value(value: str, sides: tuple[Side, Side]) -> str:
    """Hide the sides' own names in a value so the value does not give the answer away. A
    service's vocabulary is part of its name: the things inside it (data/services.json
    subjects: "FIFO queues" are SQS's, "shards" Kinesis's) name it as surely, so "FIFO queues
    only" is masked in SQS vs SNS. Two subjects of one service share its vocabulary: only
    their own names are masked."""
    names = set()
    cat = catalog()
    for side in sides:
        names.add(side.label.lower())
        names.add(side.service.lower())
        if side.subject:
            owner = (side.service, side.subject)
            names.update(a for a, s in cat.subject_aliases.items() if s == owner)
        else:
            names.update(a for a, s in cat.service_aliases.items() if s == side.service)
            names.update(a for a, s in cat.subject_aliases.items() if s[0] == side.service)
    out = value
    for name in sorted(names, key=len, reverse=True):
        if len(name) < 3:
            continue
        out = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", "…", out, flags=re.IGNORECASE)
    return out
