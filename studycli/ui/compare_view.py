"""Rendering comparisons: the side-by-side table, the list of pairs, the drill."""

from __future__ import annotations

from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text


def _cell(cell) -> Text:
    if not cell.value:
        return Text("")  # a trait stated for the other side only
    if cell.parts:  # the notes disagree: every value with its own line
        text = Text("notes disagree:", style="yellow")
        for value, source, line in cell.parts:
            text.append("\n")
            text.append(value)
            text.append(f"  {source}:{line}", style="dim")
        return text
    text = Text(cell.value)
    if cell.where:
        text.append(f"\n{cell.where}", style="dim")
    return text


def one_sided(row) -> bool:
    """A row with a value on one side only: a property the notes state for that side."""
    return not (row.left.value and row.right.value)


def _one_side_list(label: str, cells) -> Text:
    text = Text(f"Stated for {label} only:", style="bold")
    for cell in cells:
        text.append("\n  • ")
        text.append(cell.value)
        if cell.where:
            text.append(f"  {cell.where}", style="dim")
    return text


def render_table(table) -> Table | Text | Group:
    """Side by side: one row per aspect both sides have a value for, each cell with the note
    line it came from. A property stated for one side only (a bullet under "SQS" in an
    "SQS vs Kinesis" section) is listed under that side, not shown as a row with an empty
    cell, which would read as "the other side lacks it"."""
    if not table.rows:
        return Text(f"Your notes have nothing that compares {table.left.label} and "
                    f"{table.right.label}. Try `studycli compare` for the pairs they can compare.")
    both = [r for r in table.rows if not one_sided(r)]
    lefts = [r.left for r in table.rows if one_sided(r) and r.left.value]
    rights = [r.right for r in table.rows if one_sided(r) and r.right.value]
    parts: list[RenderableType] = []
    title = Text(f"{table.left.label} vs {table.right.label}", style="bold")
    if both:
        out = Table(title=title, show_lines=True, expand=False)
        out.add_column("aspect", style="bold", overflow="fold", max_width=24)
        out.add_column(Text(table.left.label), overflow="fold", ratio=1)
        out.add_column(Text(table.right.label), overflow="fold", ratio=1)
        for row in both:
            out.add_row(Text(row.aspect or "—"), _cell(row.left), _cell(row.right))
        parts.append(out)
    else:
        parts.append(title)
    for label, cells in ((table.left.label, lefts), (table.right.label, rights)):
        if cells:
            parts.append(_one_side_list(label, cells))
    return Group(*parts)


def render_pairs(pairs) -> Table | Text:
    if not pairs:
        return Text("Nothing to compare yet: ingest notes with \"X vs Y\" sections or tables.")
    out = Table(title="Pairs your notes can compare", show_edge=False)
    out.add_column("compare")
    out.add_column("rows from comparisons", justify="right")
    out.add_column("shared attributes", justify="right")
    for p in pairs:
        out.add_row(Text(f"{p.left.label} vs {p.right.label}"), str(p.comparison_rows),
                    str(p.shared_attributes))
    return out


def render_drill_question(number: int, total: int, q) -> Group:
    head = Text(f"{number}/{total}  ", style="dim")
    head.append(q.stem)
    keys = Text("  ")
    for i, label in enumerate(q.options, start=1):
        keys.append(f"{i}", style="bold cyan")
        keys.append(f" {label}   ")
    keys.append("q", style="bold cyan")
    keys.append(" quit", style="dim")
    return Group(head, keys)


def render_drill_feedback(q, right: bool) -> Text:
    if right:
        return Text("  ✓ right", style="green")
    text = Text("  ✗ ", style="red")
    text.append(f"{q.options[q.answer]}", style="bold")
    cell = (q.row.left, q.row.right)[q.answer]
    if cell.where:
        text.append(f"  {cell.where}", style="dim")
    return text


def render_drill_result(result, table) -> Group:
    parts: list[RenderableType] = [
        Text(f"Score: {result.correct}/{result.asked}", style="bold")]
    if result.missed:
        from studycli.compare import CompareTable

        parts.append(Text("Rows to look at again:", style="yellow"))
        parts.append(render_table(CompareTable(table.left, table.right, list(result.missed))))
    return Group(*parts)


def run_drill(questions, keys, console: Console, table):
    """Ask each question, read the answer from `keys`, then show the score and the misses."""
    from studycli.compare import DrillResult

    result = DrillResult()
    for n, q in enumerate(questions, start=1):
        console.print(render_drill_question(n, len(questions), q))
        choice = None
        while choice is None:
            try:
                key = keys.read()
            except EOFError:
                key = "q"
            if key in ("q", "esc"):
                console.print(render_drill_result(result, table))
                return result
            choice = {"1": 0, "2": 1, "l": 0, "r": 1, "left": 0, "right": 1}.get(key or "")
        right = result.record(q, choice)
        console.print(render_drill_feedback(q, right))
    console.print(render_drill_result(result, table))
    return result
