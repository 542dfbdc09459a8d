"""A spreadsheet saved as TSV (Google Sheets' "download as .tsv") whose first column is a
section written once over its rows (a merged cell), and whose header may be repeated under
each section, read row by row, line for line.

    Section        Item                   Value          notes
    Organizations  default account quota  10 accounts    can request increase
                   OU nesting             5 levels deep
    Section        Item                   Value          notes

Read as one table, a row whose section cell was blank was of no section, or of the one a
cell above it happened to name ("10 accounts" filed under Budgets), and each repeated header
was a row of facts. Here each row is an item that says its section ("Organizations / default
account quota: 10 accounts; can request increase"), a repeated header is blank, and every
line keeps its number. A sheet without such a column (a flashcard deck of two columns, a
table of full rows) is read as it was.
"""

from __future__ import annotations

MIN_COLUMNS = 3
MIN_MERGED = 2  # rows under a section that leave its cell blank, to read the column so


def sheet_to_markdown(lines: list[str]) -> list[str]:
    rows = [line.split("\t") for line in lines]
    header = rows[0] if rows else []
    if len(header) < MIN_COLUMNS or not all(c.strip() for c in header) \
            or any(ch.isdigit() for ch in lines[0]):
        return lines
    merged = sum(1 for k in range(2, len(rows)) if len(rows[k]) >= MIN_COLUMNS
                 and not rows[k][0].strip() and any(c.strip() for c in rows[k][1:]))
    repeated = sum(1 for line in lines[1:] if line == lines[0])
    if merged < MIN_MERGED and not repeated or _is_tag_column(lines, rows):
        return lines
    out = [""]
    section = ""
    for line, cells in zip(lines[1:], rows[1:], strict=True):
        cells = [c.strip() for c in cells]
        if line == lines[0] or not any(cells):
            out.append("")
            continue
        if len(cells) < 2:
            out.append(line)
            continue
        section = cells[0] or section
        out.append("- " + _row_text(section, [c for c in cells[1:] if c]))
    return out


def _is_tag_column(lines: list[str], rows: list[list[str]]) -> bool:
    """Whether the first column is a tag set on some rows ("★", "exam", "TODO") rather than a
    section written once over its rows: its first row leaves it blank, or a value comes back
    after rows that left it blank (a merged cell's section is written once). Its tag carried
    down, every row under a starred one was filed under "★"."""
    firsts = [cells[0].strip() for line, cells in zip(lines[1:], rows[1:], strict=True)
              if line != lines[0] and any(c.strip() for c in cells) and len(cells) >= 2]
    if firsts and not firsts[0]:
        return True
    seen: set[str] = set()
    for k, value in enumerate(firsts):
        if value and value.lower() in seen and not firsts[k - 1]:
            return True
        seen.add(value.lower())
    return False


def _row_text(section: str, cells: list[str]) -> str:
    """A row as one statement: its section and item, then its value and notes."""
    if not cells:
        return section
    if len(cells) == 1:  # a note of the section's own ("trick q: ...")
        return f"{section}: {cells[0]}" if section else cells[0]
    item, *rest = cells
    subject = f"{section} / {item}" if section and section.lower() != item.lower() else item
    return f"{subject}: {'; '.join(rest)}"
