"""Tables drawn with Unicode box-drawing characters, pasted from a terminal, line for line.

    $ aws-limits show --svc sqs
    ┌──────────────────┬────────────────┐
    │ Quota            │ Value          │
    ├──────────────────┼────────────────┤
    │ Max message size │ 256 KB (bigger │
    │                  │ -> S3 pointer) │
    └──────────────────┴────────────────┘

Read as written, such a table is no table to the parser: every row was dropped, and a cell
wrapped over two lines is two halves of a sentence. Here each table becomes an HTML table
(formats/rows.py): a row (the lines between two rules, or a line and the lines under it whose
first cell is empty where no rule parts rows) on its first line, its cells' wrapped lines
joined, the other lines blank, so each fact cites the line its row starts on. A command right
above a table (the prompt line of the tool that drew it) heads it: the facts under it are of
what it names ("--svc sqs"). A box of one column (a banner, a diagram's node) is no table and
is left as it is, as is a table whose rows do not have its columns. A table in a code fence
is code, but for a fence that holds only drawn tables: a terminal's output pasted in a fence.
A table drawn in ASCII ("+------+------+" rules, "|" sides, "+======+" under a header) is read
the same way, its cells cut where its top rule's "+" are.
"""

from __future__ import annotations

import re

from studycli.fences import FENCE, in_fence_mask
from studycli.formats.rows import place_table
from studycli.notes.terminal_log import CLI_NAMESPACES

# a table's top, rules and bottom: corners and junctions of light, heavy, double or rounded lines
_TOP = re.compile(r"^\s*[┌┏╔╒╓╭][─━═┬┳╦╤╥┯┰╈╇\s]*[┐┓╗╕╖╮]\s*$")
_RULE = re.compile(r"^\s*[├┣╠╞╟┝┠][─━═┼╋╬╪╫┿╂\s]*[┤┫╣╡╢┥┨]\s*$")
_BOTTOM = re.compile(r"^\s*[└┗╚╘╙╰][─━═┴┻╩╧╨┷┸\s]*[┘┛╝╛╜╯]\s*$")
_JUNCTION = re.compile(r"[┬┳╦╤╥┯┰]")
# a rule under a title that spans the table, where its columns start ("╠════╦════╣")
_SPLIT_RULE = re.compile(r"^\s*[├┣╠╞╟┝┠][─━═┬┳╦╤╥┯┰\s]*[┬┳╦╤╥┯┰][─━═┬┳╦╤╥┯┰\s]*[┤┫╣╡╢┥┨]\s*$")
# an ASCII table's top of one cell ("+---------+"), over a title that spans the table
_ASCII_TOP = re.compile(r"^\s*\+[-=]{3,}\+\s*$")
# a title row: one cell between the two sides
_TITLE_ROW = re.compile(r"^\s*(?P<side>[│┃║|])(?P<title>[^│┃║|]*\S[^│┃║|]*)(?P=side)\s*$")
_VERTICAL = "│┃║"
_ROW = re.compile(rf"^\s*[{_VERTICAL}].*[{_VERTICAL}]\s*$")
_SPLIT = re.compile(rf"[{_VERTICAL}]")
# a shell prompt's command ("$ aws service-quotas list-service-quotas"): a command opens on a
# letter, a path or "./"; "$ 0.023 per GB" is a price
_PROMPT = re.compile(r"^\s*\$\s+([A-Za-z./~][\w./~-]*(?:\s.*)?)$")
_WRAPPED_AT_HYPHEN = re.compile(r"\w-$")  # "us-" over "west-2" is "us-west-2"


# the same drawn in ASCII: "+------+------+" rules, "|" sides, a "+======+" rule under the
# header (a grid table); each "+" of the top is where a column ends
_ASCII_RULE = re.compile(r"^\s*\+(?:[-=]{2,}\+){2,}\s*$")
_ASCII_ROW = re.compile(r"^\s*\|.*\|\s*$")


def box_tables_to_markdown(lines: list[str]) -> list[str]:
    out = list(lines)
    fenced = _fenced_unless_tables(lines, out)
    i = 0
    while i < len(lines):
        if not fenced[i] and (_TOP.match(lines[i]) or _ASCII_TOP.match(lines[i])):
            end = _read_titled_table(lines, i, out)
            if end is not None:
                i = end + 1
                continue
        if not fenced[i] and _TOP.match(lines[i]):
            end = _read_table(lines, i, out)
            if end is not None:
                i = end + 1
                continue
        if not fenced[i] and _ASCII_RULE.match(lines[i]):
            end = _read_ascii_table(lines, i, out)
            if end is not None:
                i = end + 1
                continue
        i += 1
    return out


def _read_titled_table(lines: list[str], top: int, out: list[str]) -> int | None:
    """A table under a title row that spans it, its columns opening on the rule below the
    title (merged cells, as pretty-printers draw a table's name):

        ╔══════════════════════════════╗      +--------------------------+
        ║  IAM LIMITS                  ║      |        RDS basics        |
        ╠═════════════════╦════════════╣      +------------+-------------+
        ║ users per acct  ║ 5,000      ║      | engines    | MySQL, ...  |

    Read from the top, the title's box had one column: no table, and every row of it was
    prose ("║ groups a user can be in ║ 10 ║"). The rows are read as the table drawn from the
    rule down, and the title is written alone on its line, just above the table: what the
    table is about (the line above a table is its caption). The index of its bottom, or
    None (nothing written)."""
    k = top + 1
    titles: list[str] = []
    while k < len(lines) and (m := _TITLE_ROW.match(lines[k])):
        titles.append(" ".join(m.group("title").split()))
        k += 1
    if not titles or k >= len(lines):
        return None
    boxed = _TOP.match(lines[top]) is not None
    if boxed and not (_SPLIT_RULE.match(lines[k]) and _TOP_JUNCTIONS_FREE.match(lines[top])):
        return None
    if not boxed and not _ASCII_RULE.match(lines[k]):
        return None
    scratch = list(out)
    end = _read_table(lines, k, scratch) if boxed else _read_ascii_table(
        lines, k, scratch)
    if end is None:
        return None
    out[top:end + 1] = scratch[top:end + 1]
    out[top] = ""
    for j in range(top + 1, k - 1):
        out[j] = ""
    out[k - 1] = " ".join(titles)
    return end


# a top with no column's junction: a title's box
_TOP_JUNCTIONS_FREE = re.compile(r"^[^┬┳╦╤╥┯┰]*$")


def _read_ascii_table(lines: list[str], top: int, out: list[str]) -> int | None:
    """The table drawn in ASCII whose top rule is on line `top`, as _read_table reads one drawn
    in box characters: its cells are cut where the top's "+" are (a cell may hold a "|" of its
    own: "simple | weighted"); the index of its bottom rule, or None."""
    border = lines[top]
    bounds = [j for j, c in enumerate(border) if c == "+"]
    rows: list[list[tuple[int, list[str]]]] = [[]]
    rules = 0
    header = False
    k = top + 1
    while k < len(lines):
        line = lines[k]
        if _ASCII_RULE.match(line):
            if [j for j, c in enumerate(line) if c == "+"] != bounds:
                return None  # another table's columns
            if k + 1 >= len(lines) or not _ASCII_ROW.match(lines[k + 1]):
                break  # the bottom
            header = header or "=" in line and rules == 0
            rules += 1
            rows.append([])
        elif _ASCII_ROW.match(line) and all(j < len(line) and line[j] == "|" for j in bounds):
            edges = zip(bounds, bounds[1:], strict=False)
            rows[-1].append((k, [line[a + 1:b].strip() for a, b in edges]))
        else:
            return None
        k += 1
    if k >= len(lines) or not any(rows):
        return None
    return _place(lines, out, top, k, rows, rules, len(bounds) - 1, header)


def _fenced_unless_tables(lines: list[str], out: list[str]) -> list[bool]:
    """Which lines are in a code fence, but for a fence that holds only drawn tables (and the
    commands that drew them): a terminal's output pasted in a fence is data, not code, and its
    fence lines are blanked in `out` so the tables are read as any other."""
    mask = in_fence_mask(lines)
    i = 0
    while i < len(lines):
        if not (mask[i] and FENCE.match(lines[i])):
            i += 1
            continue
        end = i + 1
        while end < len(lines) and mask[end] and not FENCE.match(lines[end]):
            end += 1
        inside = [line for line in lines[i + 1:end] if line.strip()]
        if end < len(lines) and any(_TOP.match(x) for x in inside) and all(
                _TOP.match(x) or _RULE.match(x) or _BOTTOM.match(x) or _ROW.match(x)
                or _PROMPT.match(x) for x in inside):
            out[i] = out[end] = ""
            mask[i:end + 1] = [False] * (end + 1 - i)
        i = end + 1
    return mask


def _read_table(lines: list[str], top: int, out: list[str]) -> int | None:
    """Rewrite the table whose top border is on line `top` into `out` (or a rule under a
    title: _read_titled_table); the index of its bottom border, or None (nothing written)
    when the lines below are no table of its columns."""
    columns = len(_JUNCTION.findall(lines[top])) + 1
    if columns < 2:
        return None
    rows: list[list[tuple[int, list[str]]]] = [[]]  # groups of row lines, split at rules
    rules = 0
    k = top + 1
    while k < len(lines) and not _BOTTOM.match(lines[k]):
        if _RULE.match(lines[k]):
            rules += 1
            rows.append([])
        elif _ROW.match(lines[k]):
            cells = _SPLIT.split(lines[k].strip())[1:-1]
            if len(cells) != columns:
                return None
            rows[-1].append((k, [c.strip() for c in cells]))
        else:
            return None
        k += 1
    if k == len(lines):
        return None
    return _place(lines, out, top, k, rows, rules, columns)


def _place(lines: list[str], out: list[str], top: int, k: int,
           rows: list[list[tuple[int, list[str]]]], rules: int, columns: int,
           header: bool = False) -> int:
    """Write the table of `rows` (groups of lines, split at rules) from line `top` to its
    bottom `k` into `out` as an HTML table; `k`."""
    groups = [g for g in rows if g]
    header = header or bool(rules) and len(rows[0]) > 0
    if rules <= 1:
        # a rule under the header only (or none): each line is a row, a line whose first cell
        # is empty continues the row above it (the tool wrapped its cells)
        body = [line for g in groups[1 if header else 0:] for line in g]
        split: list[list[tuple[int, list[str]]]] = []
        for line in body:
            if split and not line[1][0]:
                split[-1].append(line)
            else:
                split.append([line])
        groups = (groups[:1] if header else []) + split
    merged = [(g[0][0], [_joined([cells[c] for _, cells in g]) for c in range(columns)])
              for g in groups]
    for j in range(top, k + 1):
        out[j] = ""
    place_table(out, merged, top, k, header)
    above = top - 1
    if above >= 0 and (prompt := _PROMPT.match(lines[above])):
        # the command that drew it heads it
        out[above] = "## " + _NAMESPACE_OPTION.sub(_named_service, prompt.group(1).strip())
    return k


# the service a command is asked about: "aws events ...", "--svc events", "--service-code
# logs" (Service Quotas' service codes are the CLI's namespaces)
_NAMESPACE_OPTION = re.compile(
    r"(?:^aws|--(?:svc|service|service-code|service-name))(?:\s+|=)([a-z][a-z0-9-]*)\b")


def _named_service(m: re.Match[str]) -> str:
    """The option with its namespace written as the service's name where the namespace is no
    name of it ("events" is EventBridge's: a table under "--svc events" was nobody's)."""
    name = CLI_NAMESPACES.get(m.group(1))
    return m.group(0) if name is None else m.group(0)[:m.start(1) - m.start()] + name


def _joined(parts: list[str]) -> str:
    """A cell's wrapped lines as the one line they were before the tool wrapped them."""
    text = ""
    for part in parts:
        if part:
            glue = "" if not text or _WRAPPED_AT_HYPHEN.search(text) else " "
            text += glue + part
    return text
