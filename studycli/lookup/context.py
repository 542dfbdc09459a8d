"""The lines a fact's note line answers or sits under: read when no fact answers outright.

A practice journal answers on the line after its question ("**Q22.** GetSessionToken
duration?" / "✓ 15 minutes to 36 hours, default 12 hours"); a table row is read by its
header ("| Setting | SQS Standard | SQS FIFO |" / "| In-flight messages | 120,000 | 20,000 |");
a list often follows its caption ("Kinesis Data Streams, per shard:"). The parser files the
fact under the words of its own line; what the question or the header says is context, and
the answer score counts it for less (answer.CONTEXT). Read from the `note_lines` index, one
query per note, only for the few candidates of a lookup that would otherwise abstain.
"""

from __future__ import annotations

import re
import sqlite3

LOOK_BACK = 12      # lines read above a fact: a table's header may be a dozen rows up
CAPTION_LINES = 3   # how far above a question or caption still speaks for a line
_QUESTION_ENDS = ("?", ":")


def attach_context(conn: sqlite3.Connection, facts: list[dict]) -> None:
    """Set each fact's `context`: the table header over its row and the question or
    caption just above its line ("" when there is none or the line index is missing)."""
    by_source: dict[str, list[dict]] = {}
    for f in facts:
        if "context" not in f and f.get("source") and f.get("line"):
            by_source.setdefault(f["source"], []).append(f)
    for source, group in by_source.items():
        low = min(f["line"] for f in group) - LOOK_BACK
        high = max(f["line"] for f in group)
        try:
            rows = conn.execute("SELECT line, text FROM note_lines WHERE source = ? AND line "
                                "BETWEEN ? AND ? ORDER BY line", [source, low, high]).fetchall()
        except sqlite3.OperationalError:  # a database from before the line index
            rows = []
        lines = dict(rows)
        for f in group:
            f["context"] = context_of(lines, f["line"])
            f["paragraph"] = paragraph_opening(lines, f["line"])


def context_of(lines: dict[int, str], at: int) -> str:
    """The header of the table holding line `at` (if it is a row) and the nearest question
    or caption above it (or above its table) within CAPTION_LINES lines."""
    parts = []
    top = at
    if lines.get(at, "").lstrip().startswith("|"):
        n = at - 1
        while n in lines and lines[n].lstrip().startswith("|"):
            top = n
            n -= 1
        if top != at:
            parts.append(lines[top])  # the first row of the block: its header
    for n in range(top - 1, top - 1 - CAPTION_LINES, -1):
        text = lines.get(n, "").strip().rstrip("*_ ")
        if text.endswith(_QUESTION_ENDS):
            parts.append(text)
            break
    parent = _parent_item(lines, at)
    if parent:
        parts.append(parent)
    elif not parts:
        wrapped = _wrapped_from(lines, at)
        if wrapped:
            parts.append(wrapped)
    return "\n".join(parts)


_SENTENCE_ENDS = (".", "!", "?", ":", ";")


def _wrapped_from(lines: dict[int, str], at: int) -> str:
    """The line that line `at` goes on from, when the note wraps one item over lines (a
    scan or a hard-wrapped email: "User data runs once at first boot, as root," / "max 16
    KB"; "Deregistration delay (connection draining)" / "default 300 s, range 1-3600 s"):
    line `at` opens in lower case (or with a number under a short label line), with no
    bullet, and the line right above it is no heading, table row or finished sentence. ""
    otherwise."""
    text = lines.get(at, "").strip()
    above = lines.get(at - 1, "").strip()
    if not text or not above or _bullet(text) or text[:2].lower() in ("q:", "a:"):
        return ""
    if not (text[0].islower() or (text[0].isdigit() and is_label_line(above))):
        return ""
    if above.startswith(("#", "|", ">", "<", "=")) or above.endswith(_SENTENCE_ENDS):
        return ""
    return above


# A label line names one setting, a noun phrase of a few words ("Default cooldown", "Health
# check grace period": 4); a longer line says something of its own, and the value under it is
# not the label's.
LABEL_WORDS = 4


def is_label_line(text: str) -> bool:
    """A short line with no number, that a value on the line below goes on ("Health check
    grace period" over "default 300 s", "Default cooldown" over "300 seconds (simple
    scaling)": a slide's lines, one thought a line), or a slide's or a transcript's title
    ("Auto Scaling groups.")."""
    return len(text.split()) <= LABEL_WORDS and not any(c.isdigit() for c in text)


def paragraph_opening(lines: dict[int, str], at: int) -> str:
    """The first line of the prose paragraph holding line `at`, when it is another line: a
    lecture transcript names its topic once ("Auto Scaling groups. You define ...") and
    goes on for lines that name other services in passing; "" for an item, a table row, a
    heading, or a line that opens its paragraph."""
    if not _prose(lines.get(at, "")):
        return ""
    top = at
    for n in range(at - 1, at - 1 - LOOK_BACK, -1):
        text = lines.get(n)
        if text is None or not text.strip():
            break  # a blank line (the line index keeps none) ends the paragraph
        if not _prose(text):
            return ""  # a paragraph under an item or a table is no transcript's
        top = n
    else:
        return ""
    return lines[top].strip() if top != at else ""


def _prose(text: str) -> bool:
    """A line of running text: no item, table row, heading or quote, and no journal's
    question or marked answer ("Q4. Aurora read replicas max?", "✓ 15")."""
    stripped = text.strip()
    return bool(stripped) and not _bullet(text) and not stripped.startswith(
        ("#", "|", ">", "<", "=", "-", "*", "✓", "✔", "✗", "✘", "(")) and not \
        _JOURNAL_LINE.match(stripped) and not stripped.endswith(("?", ":"))


_JOURNAL_LINE = re.compile(r"(?:\*\*)?(?:q\s*\d+\b|q\s*:|a\s*:|answer\s*:)", re.IGNORECASE)


def _parent_item(lines: dict[int, str], at: int) -> str:
    """The item an outline's line sits under: the nearest line above of another bullet
    ("o Business - from $100/month" over "▪ production system down < 1 hr" in a OneNote
    export, whose indentation is lost but whose bullets tell the levels); "" when the line
    is no item or no such line is near."""
    mark = _bullet(lines.get(at, ""))
    if not mark:
        return ""
    depth = _depths(lines, at)
    run = True  # still in the run of items of this line's bullet
    for n in range(at - 1, at - 1 - LOOK_BACK, -1):
        text = lines.get(n)
        if text is None or not text.strip():
            return ""  # a blank line ends the list
        other = _bullet(text)
        if other and depth.get(other, -1) > depth.get(mark, -1) >= 0:
            continue  # an item of an earlier sibling ("4. Predictive" over "B. Cooldown")
        if other and other != mark:
            return text.strip()
        if run and not other and not text.lstrip().startswith(("#", "|", "=", "-")):
            return text.strip()  # the line that opens the list: "CloudWatch = monitoring
            # (metrics, logs, ...)" over "- Logs: retention default = never expire"
        run = run and other == mark
    return ""


def _depths(lines: dict[int, str], at: int) -> dict[str, int]:
    """The level of each bullet or numbering of the list holding line `at`, as the order
    in which the list first uses them ("III." before "A." before "1.": an outline's levels
    lost their indentation in the line index); {} when the list's first line is out of
    reach, and its levels cannot be told."""
    top = None
    for n in range(at - 1, at - 1 - LOOK_BACK, -1):
        text = lines.get(n)
        if text is None or not text.strip():
            top = n + 1
            break
    if top is None:
        return {}
    out: dict[str, int] = {}
    for n in range(top, at + 1):
        mark = _bullet(lines.get(n, ""))
        if mark and mark not in out:
            out[mark] = len(out)
    return out


_BULLETS = frozenset("•◦▪▫‣·o-*+")
# A numbered outline's levels (a word processor's "1. / a. / i."): the kind of its numbering
# is the level's mark, as a bullet is.
_ROMAN = frozenset("i ii iii iv v vi vii viii ix x xi xii".split())


def _bullet(text: str) -> str:
    """The bullet an outline item starts with ("•", "o", "▪", "-"), or the kind of number a
    numbered outline's item starts with ("1.", "a.", "i.": digit, letter, roman); ""."""
    text = text.lstrip()
    if len(text) > 1 and text[0] in _BULLETS and text[1] == " ":
        return text[0]
    number, dot, rest = text.partition(". ")
    if not dot or not rest.strip() or len(number) > 4:
        return ""
    if number.isdigit():
        return "1."
    if number.lower() in _ROMAN:
        return "i."
    if len(number) == 1 and number.isalpha():
        return "a."
    return ""
