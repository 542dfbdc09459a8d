"""Which invokers each mode word of a line governs, in a line that names several modes:
"S3 invokes Lambda synchronously; SQS is polled via event source mapping", "API Gateway (sync),
S3 (async), SQS (poll)", "Lambda is invoked synchronously by API Gateway and asynchronously by
S3". Read as one, the line's strongest mode went to every service in it; here the line is cut
into one stretch per mode word, at the break between two mode words, and each stretch's
services take its word's mode. A line that cannot be cut so gives no mode to any service (a
neighbour's mode is never a service's).

Pure text work: the caller (extract/invocation.py) finds the mode words and the services.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Breaks between two mode words' stretches, strongest first: a table cell or a clause
# ("|", ";", a sentence's end), a list item (","), a conjunction ("and SQS ...")
_BREAK_LEVELS = (
    re.compile(r"[|;\n]|(?<![A-Za-z]\.[A-Za-z])(?<!\be\.g)(?<!\bi\.e)\.(?=\s|$)"),
    re.compile(r","),
    re.compile(r"\b(?:and|while|whereas|but|then)\b|&", re.IGNORECASE),
)
# after a mode word, what opens the list it governs: "sync:", "async = S3", "ESM (SQS",
# "sync -> API GW", "Async (event): S3"
_ARROW = re.compile(r"->|→|=>|⇒")
_OPENS = re.compile(r"[\w\s/-]{0,24}?(?::|\(|->|→|=>|=)")


@dataclass(frozen=True)
class ModeWord:
    """A mode word (or a group said together) of a line: where it is and the mode it names."""

    start: int
    end: int
    mode: str


@dataclass(frozen=True)
class Named:
    """A service a line names (not Lambda): where, and its canonical name."""

    start: int
    end: int
    name: str


def _flat(text: str) -> str:
    """Text with every bracket's inside blanked (same length): "ESM (SQS, Kinesis)" lists
    inside its bracket; a break in there divides no two modes."""
    return re.sub(r"\([^()]*\)", lambda m: "(" + " " * (len(m.group(0)) - 2) + ")", text)


def _groups(text: str, words: list[ModeWord], names: list[Named]) -> list[ModeWord]:
    """Mode words with nothing but words between them said together: "polled by Lambda (event
    source mapping)", "Async (event)", and words of one mode with no break between ("event
    source mapping (SQS, Kinesis) = Lambda polls"); one group, the first word's mode unless
    another is an event source mapping (how the mapping invokes is not a third invoker's
    mode)."""
    flat = _flat(text)
    out: list[ModeWord] = []
    for w in words:
        if out:
            last = out[-1]
            gap = flat[last.end:w.start]
            between = any(last.end <= n.start < w.start for n in names)
            if (w.mode == last.mode or not between) and not any(
                    level.search(gap) for level in _BREAK_LEVELS[:2]):
                mode = last.mode if last.mode == w.mode else _stronger(last.mode, w.mode)
                out[-1] = ModeWord(last.start, w.end, mode)
                continue
        out.append(w)
    return out


_STRENGTH = ("event source mapping", "asynchronous", "synchronous")


def _stronger(a: str, b: str) -> str:
    return a if _STRENGTH.index(a) <= _STRENGTH.index(b) else b


def _opens_list(text: str, word: ModeWord, names: list[Named], until: int) -> bool:
    """Whether `word` governs the services after it: a list opener right after it and a
    service before the next mode word."""
    opens = _OPENS.match(text, word.end)
    return opens is not None and any(opens.end() <= n.start < until for n in names)


def _boundary(flat: str, left: ModeWord, right: ModeWord, left_opens: bool,
              right_opens: bool) -> int | None:
    """Where the stretch of `left` ends and that of `right` begins: the strongest break
    between them; the last such break when `right` opens a list ("sync: API GW, ALB, async:
    S3"), the first when `left` is said after its services ("S3 is async, SQS is polled")."""
    for level in _BREAK_LEVELS:
        breaks = [m.start() for m in level.finditer(flat, left.end, right.start)]
        if breaks:
            if right_opens:
                return breaks[-1]
            return breaks[0] if not left_opens else breaks[-1]
    return None


# a mode said of a pronoun, right before the mode word
_PRONOUN = re.compile(r"\b(?:it|they|this|that|these)(?:\s+(?:is|are|was|were)|'s)\s+(?:\w+\s+)?$",
                      re.IGNORECASE)


def _said_after(flat: str, word: ModeWord, cut: int) -> int:
    """Where a mode word said after its services stops reaching: the first break after it
    ("invoked synchronously by API Gateway and ..."), not the sentences that follow ("256 KB
    for async. API GW payload max is 10 MB")."""
    breaks = [m.start() for level in _BREAK_LEVELS for m in level.finditer(flat, word.end, cut)]
    return min(breaks, default=cut)


def _said_before(flat: str, word: ModeWord, cut: int) -> int:
    """Where a mode word said after its services starts reaching: its own clause ("S3, SNS:
    async"), not a cell or sentence before it ("RDS: backup 7d | Multi-AZ sync")."""
    breaks = [m.end() for m in _BREAK_LEVELS[0].finditer(flat, cut, word.start)]
    return max(breaks, default=cut)


def modes_by_stretch(text: str, words: list[ModeWord],
                     names: list[Named]) -> list[tuple[str, list[str]]] | None:
    """Each mode of the line with the services its stretch names, in order. None when the
    line names fewer than two modes apart (not a line for this reading); [] when it names
    several but cannot be cut between them (no service takes a mode from it)."""
    groups = _groups(text, words, names)
    if len({g.mode for g in groups}) < 2:
        return None
    flat = _flat(text)
    ends = [g.start for g in groups[1:]] + [len(text)]
    opens = [_opens_list(text, g, names, end) for g, end in zip(groups, ends, strict=True)]
    cuts = [0]
    for k in range(len(groups) - 1):
        cut = _boundary(flat, groups[k], groups[k + 1], opens[k], opens[k + 1])
        if cut is None:
            return []
        cuts.append(cut)
    cuts.append(len(text))
    out: list[tuple[str, list[str]]] = []
    for k, group in enumerate(groups):
        if _PRONOUN.search(text, 0, group.start):
            return []  # "S3 -> Lambda is sync. IT IS ASYNC": said of what the line cannot tell
        if opens[k]:
            start, end = group.start, cuts[k + 1]
        else:
            start, end = _said_before(flat, group, cuts[k]), _said_after(flat, group, cuts[k + 1])
        inside = [n for n in names if start <= n.start < end]
        pairs = zip(inside, inside[1:], strict=False)
        if any(_ARROW.search(text, a.end, b.start) for a, b in pairs):
            return []  # "go async: API Gateway → SQS → worker": a flow, not who invokes
        if inside:
            out.append((group.mode, list(dict.fromkeys(n.name for n in inside))))
    return out
