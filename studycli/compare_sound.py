"""Which side of a compare row a question may ask, so that an expert would sign the question
("Which one is “128KB”, S3 Glacier or S3 One Zone-IA?"). Shared by the compare cards and by
`compare --drill`, which ask the same rows.

A side's value is not asked when:
- a side's own name gives the answer away: "One Zone-IA" answers "Availability Zones: 1"
  (a word of the name, numbers spelt out, is a word of the aspect or of that side's value);
- a value names a side or its vocabulary: a service's subjects count as its name ("FIFO
  queues only" names SQS, "per shard" Kinesis; compare_model.mask_value), so the value is cut
  by the mask (below);
- the row is opinion rather than a checkable value: its aspect is a quality nobody can check
  ("Flexibility", "Architectural style") or a cell grades with a quality word ("less
  flexible", "simplified", "more complex");
- the value is a pasted paragraph: more than PROSE_WORDS words, or cut by the mask ("…"). A
  paragraph with a bold heading ("Best-Effort Ordering – Occasionally, ...") is asked by its
  heading when the row's aspect is made of the two headings;
- the AWS reference finds either cell wrong and gives no current value (the note's claim
  cannot be taught, and the other side may answer too);
- a side's name stands for several things today (studycli/ambiguous_names.py) whose values
  would make a second answer right, or whose values are not known for the aspect.
"""

from __future__ import annotations

import re

from studycli import ambiguous_names
from studycli.compare_model import Row, Side, is_placeholder, mask_value, same_value

PROSE_WORDS = 12
# Aspects that name a quality, not a measure or a feature.
VAGUE_ASPECTS = {"flexibility", "simplicity", "complexity", "ease of use", "usability",
                 "architectural style", "style", "programmatic model", "programming model",
                 "philosophy", "approach", "developer experience", "maturity", "power"}
# Words that grade a side without saying anything checkable.
OPINION_WORDS = {"flexible", "flexibility", "inflexible", "simplified", "simple", "simpler",
                 "simplest", "complex", "complicated", "scalable", "powerful", "robust", "easy",
                 "easier", "lightweight", "heavyweight", "mature", "modern", "elegant",
                 "intuitive", "convenient", "versatile"}
NUMBER_WORDS = {"one": "1", "single": "1", "two": "2", "dual": "2", "three": "3"}
# "Best-Effort Ordering – Occasionally, ..." : a short heading, then a dash or colon.
_HEADING = re.compile(r"^\s*([^–—:.]{2,40}?)\s+[–—-]\s+\S")


def _tokens(text: str) -> set[str]:
    out = set()
    for word in re.findall(r"[a-z0-9]+(?:\.\d+)?", text.lower()):
        word = NUMBER_WORDS.get(word, word)
        out.add(word[:-1] if len(word) > 3 and word.endswith("s") else word)
    return out


def _spells_out(acronym: str, text: str) -> bool:
    """ "fifo" in "First-In-First-Out delivery": consecutive words with its initials."""
    words = re.findall(r"[a-z]+", text.lower())
    n = len(acronym)
    return n >= 3 and any("".join(w[0] for w in words[i:i + n]) == acronym
                          for i in range(len(words) - n + 1))


def leaks(row: Row, labels: tuple[str, str]) -> bool:
    """A word only one side's name has is a word of the aspect, or of that side's value, or
    an acronym its value spells out. The whole row goes: asking the other side's value
    would be answered by elimination ("which one is ≥3 AZs: One Zone-IA or Standard-IA?")."""
    names = (_tokens(labels[0]), _tokens(labels[1]))
    aspect = _tokens(row.aspect)
    for i, cell in enumerate((row.left, row.right)):
        own = names[i] - names[1 - i]
        if own & (aspect | _tokens(cell.asked)):
            return True
        if any(w.isalpha() and _spells_out(w, cell.asked) for w in own):
            return True
    return False


def vague(row: Row) -> bool:
    aspect = " ".join(row.aspect.lower().split())
    if aspect in VAGUE_ASPECTS or aspect.rsplit(" ", 1)[-1] in VAGUE_ASPECTS:
        return True  # "Design philosophy", "Coding style": the head word names a quality
    words = set(re.findall(r"[a-z]+", f"{row.left.asked} {row.right.asked}".lower()))
    return bool(words & OPINION_WORDS)


def heading(value: str) -> str:
    m = _HEADING.match(value)
    return m.group(1).strip() if m else ""


def asked_text(row: Row, side: int, sides: tuple[Side, Side]) -> str | None:
    """The value a question shows for `side`, masked; None when it is a paragraph."""
    value = (row.left, row.right)[side].asked.strip()
    head = heading(value)
    if head and head.lower() in row.aspect.lower():
        value = head  # the aspect is "best-effort ordering / first-in-first-out delivery"
    masked = mask_value(value, sides)
    if "…" in masked or len(masked.split()) > PROSE_WORDS:
        return None
    return masked


def _family_ok(row: Row, side: int, labels: tuple[str, str]) -> bool:
    """Asking `side`'s value keeps one answer whatever each ambiguous name stands for."""
    cells = (row.left, row.right)
    asked = cells[side].asked.strip()
    for i, label in enumerate(labels):
        if not ambiguous_names.is_ambiguous(label):
            continue
        values = ambiguous_names.member_values(label, row.aspect)
        if values is None:
            return False
        # A member the other side names is that side, not this name ("Glacier" vs "Deep Archive").
        values = {m: v for m, v in values.items() if m.lower() != labels[1 - i].lower()}
        if i == side:  # the name is the answer: every member must hold the value
            if not all(same_value(v, asked) for v in values.values()):
                return False
        elif any(same_value(v, asked) for v in values.values()):
            return False  # a member holds the other side's value: a second right answer
    return True


def askable_sides(row: Row, sides: tuple[Side, Side]) -> tuple[int, ...]:
    """The sides (0 left, 1 right) whose value a question may ask; () when none."""
    labels = (sides[0].label, sides[1].label)
    cells = (row.left, row.right)
    if any(c.disputed for c in cells) or vague(row) or leaks(row, labels):
        return ()
    out = []
    for side in (0, 1):
        if is_placeholder(cells[side].asked) or not cells[side].asked.strip():
            continue  # "Which one is “N/A”?" asks nothing
        if asked_text(row, side, sides) is None or not _family_ok(row, side, labels):
            continue
        out.append(side)
    return tuple(out)
