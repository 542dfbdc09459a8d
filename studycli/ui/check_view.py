"""What `studycli check` prints: findings grouped by note, each with file:line, the note's own
line, what it says, what AWS says now and since when, and the page it was verified against.

Everything taken from a note goes through `safe()`: a note's escape sequences or Rich markup
never reach the terminal as anything but text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from itertools import groupby

from rich.console import Group, RenderableType
from rich.text import Text

from studycli.model import Kind
from studycli.sanitize import readable
from studycli.store.currency import still_default_said
from studycli.ui.console import Unwrapped
from studycli.ui.hanging import Hanging, wrap_keeping_urls
from studycli.ui.links import place
from studycli.ui.verdict_words import aws_word, stale_tally, verdict_label

_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_STYLE = {"wrong": "bold red", "outdated": "bold yellow", "current": "green", "unknown": "dim"}


def safe(text: str) -> str:
    """Control and format characters (ESC, BEL, bidi overrides) shown as '?'; tabs as spaces."""
    text = str(text).replace("\t", " ")
    if text.isprintable():  # no character of categories Cc or Cf (nor Cs, Co, Cn, Z but space)
        return text.strip()  # most text: one pass in C, not a category per character
    out = []
    for ch in text:
        out.append("?" if unicodedata.category(ch) in ("Cc", "Cf") else ch)
    return "".join(out).strip()


SNIPPET_CHARS = 240  # a pasted paragraph is one "line" of a note; show its start


def _shorten(text: str) -> str:
    return text if len(text) <= SNIPPET_CHARS else text[:SNIPPET_CHARS - 1].rstrip() + "…"


def month_year(changed: str) -> str:
    """'2025-08' -> 'Aug 2025'; '2025-08-14' -> '14 Aug 2025'."""
    parts = changed.split("-")
    try:
        month = _MONTHS[int(parts[1]) - 1]
    except (IndexError, ValueError):
        return changed
    return f"{int(parts[2])} {month} {parts[0]}" if len(parts) == 3 else f"{month} {parts[0]}"


def reference_line(summary: dict) -> Text:
    """summary: the reference's entries, verified, last_checked and oldest_checked."""
    if not summary["entries"]:
        return Text("The AWS reference is empty: nothing to check your notes against.",
                    style="yellow")
    # "checked OLDEST to LAST": one line at 80 columns ("... (oldest" wrapped mid-aside)
    last, oldest = summary["last_checked"] or "-", summary["oldest_checked"]
    when = f"checked {oldest} to {last}" if oldest and oldest != last else f"last checked {last}"
    return Text(f"AWS reference: {summary['entries']} entries "
                f"({summary['verified']} verified), {when}")


def _key(x: dict) -> str:
    # A statement matched by a claim pattern is named by the entry: the note's own attribute
    # is whatever heading it sat under (the record holds the right names already).
    parts = list(x["key"])
    if x.get("how") == "claim" and parts:  # "retention period line claim" is the entry's
        # own name, kept apart from the measure's key family: the student reads the measure
        parts[-1] = _CLAIM_SUFFIX.sub("", parts[-1])
    key = " / ".join(safe(p) for p in parts if p)
    return f"{key} ({x['qualifier']})" if x["qualifier"] else key


_CLAIM_SUFFIX = re.compile(r"(?:\s+line)?\s+claim$")


def _misfiled(x: dict) -> bool:
    if not x.get("suspect"):
        return False
    from studycli.reference.suspect import MISFILED

    return x["suspect"].startswith(MISFILED)


def _label(x: dict) -> str:
    if x.get("note_default") and x["status"] == "outdated":
        # "SNS max message size 256 KB": 256 KiB is still AWS's default, 1 MiB the maximum
        # only a raised setting reaches; "OUTDATED" told the student to unlearn a right
        # default (lookup and the quiz say "still the default" of the same line)
        return STILL_DEFAULT
    return verdict_label(x.get("verdict") or x["status"]).upper()


STILL_DEFAULT = "STILL THE DEFAULT"


def _finding(x: dict) -> Group:
    where = Text(f"  {safe(x['source'])}:{x['line']}", style="bold")
    head = Text()
    ends = x.get("takes_effect") or ""
    if ends:  # AWS has announced a change and its date; the rest of the line is not vouched for
        head.append(f"CHANGES {month_year(ends).upper()}", style="bold yellow")
    else:
        head.append(_label(x), style=_STYLE[x["status"]])
    rows = _Rows()
    snippet, value = safe(readable(x["snippet"])), safe(x["value"])
    rows.add_row("note", Text(_shorten(snippet)))
    if value.lower() not in snippet.lower() or x["kind"] != Kind.FACT:
        rows.add_row("says", Text(value))
    now = Text(safe(x["aws_now"]))
    if x["status"] in ("outdated", "wrong") and x["changed"]:
        on = "on" if x["changed"].count("-") == 2 else "in"  # on 1 Jan 2027; in Aug 2025
        now.append(f"  (AWS changed this {on} {month_year(x['changed'])})")
    if ends:
        rows.add_row("AWS docs", now)
        rows.add_row("from", Text(f"{month_year(ends)}: AWS makes this change then, so what "
                                  "your line names (the plan) is offered until that day"))
    elif x["status"] != "unknown" or not _misfiled(x):  # a misfiled number is not the
        # measure's: AWS's value for the measure would read as the right one for this line.
        # "now" tells of a change: only an outdated line was ever right
        # (of a default that is still one, AWS's figure is the raised maximum, no change)
        rows.add_row("AWS max" if _label(x) == STILL_DEFAULT else aws_word(x["status"]), now)
    if x.get("suspect"):  # undecided, and why: lookup marks the same number so
        rows.add_row("doubt", Text(safe(x["suspect"])))
    if x.get("note_default"):  # what the quiz says of the same line (questions/currency.py)
        rows.add_row("default", Text(still_default_said(safe(x["note_default"]),
                                                        safe(x["current_value"]))))
    if x["exam_note"] and (x["status"] == "outdated" or ends):
        rows.add_row("exam", Text(safe(x["exam_note"])))
    return Group(_Head(where, head, Text(_key(x))), rows)


class _Head:
    """A finding's first line: its file:line and verdict, then what it is about. What does not
    fit beside them goes whole on a line of its own under them, at the labels' indent and
    wrapping under itself: wrapped at the edge it hung under the verdict's column ("API
    Gateway / integration" over "timeout limit" at column 48) or split a file name that
    has spaces."""

    def __init__(self, where: Text, verdict: Text, key: Text) -> None:
        self.where, self.verdict, self.key = where, verdict, key

    def __rich_console__(self, console, options):
        width = options.max_width
        line = self.where + Text("  ") + self.verdict
        if line.cell_len + 2 + self.key.cell_len <= width:
            yield line + Text("  ") + self.key
            return
        if line.cell_len <= width:
            yield line
            yield Hanging(Text("    ") + self.key, indent=6)
            return
        # A file:line as wide as the screen: the verdict goes under it, with what the finding
        # is about (wrapped after the name, it stood alone at column 0, read as no finding's)
        yield Hanging(self.where, indent=4)
        yield Hanging(Text("    ") + self.verdict + Text("  ") + self.key, indent=6)

    def __rich_measure__(self, console, options):
        from rich.measure import Measurement

        return Measurement.get(console, options,
                               self.where + Text("  ") + self.verdict + Text("  ") + self.key)


def _source(url: str) -> Unwrapped:
    """The page the finding was verified against, whole (a folded URL cannot be opened): on
    the "source" row when it fits there, else on a line of its own under the label."""
    def lines(width: int) -> list[Text]:
        at = _Rows.INDENT + _Rows.LABEL + 1
        label = Text(" " * _Rows.INDENT + f"{'source':<{_Rows.LABEL}} ", style="dim")
        if at + len(url) <= width:
            return [label + Text(url)]
        label.rstrip()
        return [label, Text(place(url, _Rows.INDENT, width))]

    return Unwrapped(lines)


class _Rows(Unwrapped):
    """Labelled lines, indented 4: a dim label in 9 columns, then the text wrapped under
    itself. What a Rich grid table would print, at a fraction of its layout cost (a check
    prints hundreds of these). Laid out here for the console's width and printed unfolded
    (console.emit), so a web address in a note line longer than the room is printed whole,
    on a line of its own from column 0 (links.place), not folded mid-name under the label."""

    INDENT, LABEL = 4, 9

    def __init__(self) -> None:
        super().__init__(self._lines)
        self.rows: list[tuple[str, Text]] = []

    def add_row(self, label: str, text: Text) -> None:
        self.rows.append((label, text))

    def _lines(self, total: int) -> list[Text]:
        from studycli.ui.console import console

        width = max(10, total - self.INDENT - self.LABEL - 1)
        out: list[Text] = []
        for label, text in self.rows:
            for i, line in enumerate(wrap_keeping_urls(console(), text, width)):
                head = Text(" " * self.INDENT)
                head.append(f"{label if i == 0 else '':<{self.LABEL}} ", style="dim")
                if line.cell_len > width:  # an address longer than the room: whole
                    if i == 0:
                        head.rstrip()
                        out.append(head)
                    out.append(Text(place(line.plain, self.INDENT, total), style=line.style))
                else:
                    out.append(head + line)
        return out


def render_check(findings: list[dict], result: dict) -> Iterator[RenderableType]:
    """findings: the records to show; result: the whole check (studycli/checking.py).
    The parts one by one, so the first is printed before the rest are laid out."""
    yield reference_line(result["reference"])
    yield Text("")
    for source, group in groupby(findings, key=lambda x: x["source"]):
        yield Text(safe(source), style="bold underline")
        for x in group:
            yield _finding(x)
            yield _source(safe(x["url"]))
        yield Text("")
    tally = result["tally"]
    flagged = tally["outdated"] + tally["wrong"]
    summary = Text()
    if flagged:
        defaults = sum(_label(x) == STILL_DEFAULT for x in result.get("findings", findings))
        said = stale_tally(tally)
        if defaults:  # "1 outdated" alone over a STILL THE DEFAULT finding miscounts it
            said = said.replace(" outdated", f" outdated ({defaults} of them still AWS's "
                                "default)", 1)
        summary.append(said, style="bold")
    else:
        summary.append("Nothing outdated or wrong", style="bold green")
    if tally.get("upcoming"):
        summary.append(f"; {tally['upcoming']} current until an announced AWS change",
                       style="bold")
    checked = result["facts_checked"]
    # a line's claims are read without any fact of it (reference/line_claims.py): "1 facts
    # checked" beside 2 findings read as a miscount
    listed = any(x["status"] == "unknown" for x in findings)
    doubtful = sum(x["status"] == "unknown" and bool(x.get("suspect"))
                   for x in result.get("findings", findings))
    undecided = undecided_words(tally["unknown"], doubtful, listed)
    summary.append(f"; {tally['current']} current, {undecided}. "
                   f"{checked} fact{'' if checked == 1 else 's'} and every note line "
                   "checked; those the reference does not cover are not listed.")
    yield summary


def undecided_words(total: int, doubtful: int, listed: bool) -> str:
    """The summary's undecided count, split so that it agrees with what `--all` lists: only
    the numbers with a doubt lookup marks are listed ("1 undecided" alone once hid a default
    the AWS docs give otherwise); the rest (a line about another subject, an entry the
    reference is unsure of, docs that disagree) say nothing against the note: counted, never
    listed ("4 undecided (... lists 1)"
    read as a miscount)."""
    if not total:
        return "0 undecided"
    where = "listed above" if listed else "`studycli check --all` lists them"
    unsure = total - doubtful
    quiet = (f"{unsure} the reference cannot judge, with nothing against your notes, not listed"
             if unsure else "")
    if not doubtful:
        return f"{total} undecided ({quiet})"
    marked = f"{doubtful} with the doubt lookup marks: {where}"
    return f"{total} undecided ({marked}; {quiet})" if unsure else f"{total} undecided ({marked})"
