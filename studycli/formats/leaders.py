"""Quick-reference cards set with dot leaders: a name, a run of dots, its figure.

    Timeout max .................. 15 min (900 s)
    Deployment pkg zip (direct) .. 50 MB
    health check failure threshold . 3

Read as written, the dots are words of the line: "Timeout max ....... 15 min" named no
timeout and bounded nothing, where "Timeout max: 15 min" is Lambda's maximum timeout. Here a
leader between a name and its figure is a colon, as in a boxed panel (formats/panels.py), in
a line of its own, a list item or a tree's branch. A leader of four dots or more (or two
ellipses, or three middle dots) is one wherever it stands; a short one (" .. ", " . "), where
a long name left no room for more, only on a card: a line within two of it has a long one. A
prose ellipsis ("~100 ms... no, ultra low") is glued to its word and three dots long: no
leader. Line for line.

A card is often kept in a code fence so that its dots line up: formats/drawings.py reads a
fence with no language that holds only such rows (and drawing) as the card it is.
"""

from __future__ import annotations

import re

# a line's opening that is no part of the name: indentation, a bullet or a number
_LEAD = r"(?P<lead>\s*(?:[-*+•]\s+|\d{1,2}[.)]\s+)?)"
# the name opens on a word, never on dots; the value on something other than a dot
_LONG = re.compile(_LEAD + r"(?P<name>[^\s.…·].*?)\s*(?:\.{4,}|…{2,}|·{3,})\s*"
                   r"(?P<value>[^\s.…·].*)$")
_SHORT = re.compile(_LEAD + r"(?P<name>[^\s.…·].*?)\s+(?:\.{1,3}|…)\s+(?P<value>[^\s.…·].*)$")
# how many lines away a long leader makes a short one a card's
_CARD_REACH = 2


def is_leader_row(line: str) -> bool:
    """Whether `line` is a card's row with a long leader ("max msg size ...... 256 KB")."""
    return _long(line) is not None


def _long(line: str) -> re.Match[str] | None:
    if "...." not in line and "…" not in line and "···" not in line:
        return None  # (most lines: no regex)
    if _TABLE_ROW.match(line):
        return None  # "| retention max .... | 14 days |": a table's cells, read as cells
    m = _LONG.match(line)
    return m if m and not _leader_in(m.group("value")) else None


_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")


def _leader_in(text: str) -> bool:
    """A second leader in what would be the value: two names on one line, no card's row."""
    return bool(re.search(r"\.{4,}|…{2,}|·{3,}", text))


def leaders_to_colons(lines: list[str], fenced: list[bool] | None = None) -> list[str]:
    """`lines` with each card row outside a fence (`fenced`) written "name: value"."""
    out = list(lines)
    for k, m in card_rows(lines, fenced).items():
        out[k] = f"{m.group('lead')}{m.group('name')}: {m.group('value')}"
    return out


def card_rows(lines: list[str], fenced: list[bool] | None = None) -> dict[int, re.Match[str]]:
    """The rows of cards among `lines` outside a fence: each long leader's line, and each
    short leader's within _CARD_REACH lines of one."""
    long_rows = [k for k, line in enumerate(lines)
                 if not (fenced and fenced[k]) and _long(line)]
    long_rows = _without_contents(lines, long_rows)
    rows: dict[int, re.Match[str]] = {}
    near = sorted({j for k in long_rows for j in range(k - _CARD_REACH, k + _CARD_REACH + 1)
                   if 0 <= j < len(lines)})
    for k in near:
        if not (fenced and fenced[k]) and (m := _long(lines[k]) or _short_row(lines[k])):
            rows[k] = m
    return rows


def _without_contents(lines: list[str], rows: list[int]) -> list[int]:
    """`rows` less a table of contents copied from a book: three rows or more in a run, each
    line within _CARD_REACH of the next, whose figures are all bare whole numbers rising
    ("S3 storage classes ....... 118", "Lambda concurrency ....... 240"): page numbers, which
    as "name: value" would be the setting's figure ("SQS visibility timeout: 301"). A card of
    bare counts that happen to rise stays as written, as before cards were read."""
    runs: list[list[int]] = []
    for k in rows:
        if runs and k - runs[-1][-1] <= _CARD_REACH:
            runs[-1].append(k)
        else:
            runs.append([k])
    contents: set[int] = set()
    for run in runs:
        pages = [m.group("value").strip() if (m := _long(lines[k])) else "" for k in run]
        if len(run) >= 3 and all(_PAGE.match(p) for p in pages) and all(
                int(a) < int(b) for a, b in zip(pages, pages[1:], strict=False)):
            contents.update(run)
    return [k for k in rows if k not in contents]


_PAGE = re.compile(r"^\d{1,4}$")
# a figure just before a short leader and one just after: a range ("1 min .. 14 days"), no
# leader
_FIGURE_END = re.compile(r"(?:^|\s)[~≈<>]?\d[\d,.]*\s*[^\W\d_%/]{0,8}%?$")
_FIGURE_START = re.compile(r"^[~≈<>]?\d")


def _short_row(line: str) -> re.Match[str] | None:
    m = _SHORT.match(line) if ("." in line or "…" in line) and not _TABLE_ROW.match(
        line) else None
    if m is None or ":" in m.group("name") or _leader_in(m.group("value")):
        return None  # ("note: see below . then": a name with a colon is said already)
    name = m.group("name").rstrip()
    if name.endswith((".", "…", "·")):
        return None  # "wait . . . the GSI limit": dots of a pause, no leader
    if _FIGURE_END.search(name) and _FIGURE_START.match(m.group("value")):
        return None  # "Retention 1 min .. 14 days": a range
    return m
