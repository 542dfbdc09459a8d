"""Tables of facts and of conflicts."""

from __future__ import annotations

from rich.console import Group
from rich.table import Table
from rich.text import Text


def render_facts(facts) -> Table | Text:
    if not facts:
        return Text("No facts match.")
    table = Table(show_edge=False, show_lines=False, pad_edge=False)
    table.add_column("service", no_wrap=True)
    table.add_column("subject", max_width=18)
    table.add_column("attribute", max_width=28)
    table.add_column("kind", no_wrap=True)
    table.add_column("value", ratio=1)
    table.add_column("source", no_wrap=True, overflow="ellipsis", max_width=34)
    for f in facts:
        kind = f"{f.kind} ({f.qualifier})" if f.qualifier and f.qualifier != f.kind else f.kind
        table.add_row(Text(f.service), Text(f.subject), Text(f.attribute), Text(kind, style="dim"),
                      Text(f.value, style="bold"), Text(f"{f.source}:{f.line}", style="dim"))
    return table


def render_conflicts(groups) -> Group | Text:
    if not groups:
        return Text("No conflicts: your notes agree with each other.")
    parts = []
    for group in groups:
        head = group[0]
        title = " / ".join(x for x in (head.service, head.subject, head.attribute, head.qualifier) if x)
        parts.append(Text(title, style="bold yellow"))
        for f in group:
            line = Text("  ")
            line.append(f.value, style="bold")
            line.append(f"  {f.source}:{f.line}  ", style="dim")
            line.append(f.snippet)
            parts.append(line)
    return Group(*parts)
