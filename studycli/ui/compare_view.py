"""Rendering comparisons: the side-by-side table, the list of pairs, the drill."""

from __future__ import annotations

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.measure import Measurement
from rich.table import Table
from rich.text import Text

from studycli.ui.console import Unwrapped, emit
from studycli.ui.hanging import CodeKept
from studycli.ui.links import footnote_lines
from studycli.ui.names import fit_location
from studycli.ui.table_notes import with_notes


class Location:
    """A note's `file:line` that is never broken across lines: it asks its column for its
    whole width (wide characters count two cells); a table too narrow for it names the note
    by a mark instead ("note 1:10", _NoteMarks). Only where a column is narrower still is the
    file name shortened ("001_9038…:318"), never the line number. A web page (an
    AWS-reference cell, no line number) folds as text does."""

    def __init__(self, where: str, style: str = "dim") -> None:
        self.where = where
        self.style = style

    def _fits(self) -> bool:
        name, _, line = self.where.rpartition(":")
        return bool(name) and line.isdigit()

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        wide = cell_len(self.where)
        return Measurement(wide if self._fits() else 1, wide)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        if self._fits():
            text = fit_location(self.where, max(options.max_width, 1))
            yield Text(text, style=self.style, no_wrap=True, overflow="ellipsis")
        else:
            yield Text(self.where, style=self.style, overflow="fold")


def _cell(cell, pages: list[str], links: list[str], named: dict[str, str] | None = None
          ) -> RenderableType:
    """A value with its note line; `pages` collects the AWS pages cited, as footnotes, and
    `links` the addresses in the note's own words (_note_text); `named` names a note by its
    mark where the table has no room for its file name (_NoteMarks)."""
    named = named or {}
    if not cell.value:
        return Text("")  # a trait stated for the other side only
    if cell.parts:  # several values: every value with its own line
        # "disagree" only for what `studycli conflicts` calls a conflict (one rule)
        sides: list[RenderableType] = [Text("notes disagree:", style="yellow")
                                       if cell.conflict else Text("your notes give:")]
        marks = cell.part_marks or (("", "", ""),) * len(cell.parts)
        for (value, source, line), mark in zip(cell.parts, marks, strict=True):
            sides.append(_note_text(value, links))
            said = _part_mark(mark, pages)
            if said is not None:
                sides.append(said)
            sides.append(Location(f"{named.get(source, source)}:{line}"))
        return Group(*sides)
    parts: list[RenderableType] = [_note_text(cell.value, links)]
    if cell.aws or cell.disputed:  # out of date or wrong: say so, with the page checked
        mark = Text(_stale_said(cell), style="yellow")
        if cell.aws_url:
            if cell.aws_url not in pages:
                pages.append(cell.aws_url)
            mark.append(f" [{pages.index(cell.aws_url) + 1}]")
        parts.append(mark)
    if cell.where:
        parts.append(Location(f"{named[cell.source]}:{cell.line}" if cell.source in named
                              else cell.where))
    return Group(*parts) if len(parts) > 1 else parts[0]


def _stale_said(cell) -> str:
    """What a stale cell is told, as `check` tells its line: today's value, or, for an old
    maximum that is still the default ("SNS: 256 KB"), that it is the default and what the
    maximum is now (a bare "AWS now: 1 MiB" read as "256 KB is wrong")."""
    if cell.aws_default:
        return f"still AWS's default; the max is now {cell.aws}"
    return stale_words(cell.aws_verdict, cell.aws)


def stale_words(verdict: str, now: str) -> str:
    """A stale value's mark in check's words: "outdated; AWS now: 1 MiB", "wrong; AWS says:
    20 s", "not what AWS says; AWS says: 5 layers" ("now" only where AWS changed it)."""
    from studycli.store.currency import said_now  # "AWS now: none" read as no documentation
    from studycli.ui.verdict_words import aws_word, verdict_label

    if verdict in ("", "stale"):  # no check's verdict (the quiz's stored statuses)
        return f"AWS now: {said_now(now)}" if now else "AWS: not so"
    label = verdict_label(verdict)
    if not now:
        return f"{label}; AWS: not so"
    return f"{label}; {aws_word(verdict)}: {said_now(now)}"


def _part_mark(mark: tuple[str, str, str], pages: list[str]) -> Text | None:
    """Which side of a disagreement the AWS reference supports, cited as other cells are."""
    status, now, url = mark
    if not status:
        return None
    text = (Text("AWS docs agree", style="green") if status == "current"
            else Text(stale_words(status, now), style="yellow"))
    if url:
        if url not in pages:
            pages.append(url)
        text.append(f" [{pages.index(url) + 1}]")
    return text


def _footnotes(pages: list[str]) -> Group:
    """The AWS pages a table cites, numbered as its cells mark them, each address whole
    (printed through ui.console.emit: a folded address cannot be opened)."""
    return Group(Text("Checked against the AWS documentation:", style="dim"),
                 Unwrapped(lambda width: [Text(line, style="dim")
                                          for line in footnote_lines(pages, 2, width)]))


def one_sided(row) -> bool:
    """A row with a value on one side only: a property the notes state for that side."""
    return not (row.left.value and row.right.value)


def said_of_both(row) -> bool:
    """A note line that names both sides ("X vs Y -> Y is cheaper"), one cell on both sides:
    listed once under both, not as a row whose two cells say the same. The same value from
    the same line, whatever each cell was linked to or marked with: a fact the line gives one
    side ("gp3 ... 3000 IOPS") made the cells differ, and the line a row of "trait"."""
    return row.of_both


def _aspect_shown(aspect: str) -> str:
    """A row's aspect as the table heads it: "—" for none, nor for the parser's "trait" (a
    one-line comparison's two halves: "SQS vs SNS -> pull vs push")."""
    from studycli.compare_model import TRAIT

    return "—" if not aspect or aspect.lower() == TRAIT else aspect


def _with_aspect(row):
    """A shared cell read out of its table row ("≥3" under "Availability Zones" of a storage
    class table) says nothing on its own: it is listed with its aspect, unless it names it."""
    from dataclasses import replace

    aspect = _aspect_shown((row.aspect or "").strip())
    # "trait" is the parser's word for a row of no aspect: never shown ("trait: Federated
    # Identities - ..." under Said of both)
    if aspect == "—" or aspect.lower() in row.left.value.lower():
        return row.left
    return replace(row.left, value=f"{aspect}: {row.left.value}")


NOTE_LINK = "link "  # "[link 1]": an address in a note's words, apart from AWS's pages "[1]"


def _note_text(value: str, links: list[str]) -> Text:
    """A note's words in a cell or a bullet, each web address in them replaced by "[link n]"
    and printed whole under the table (_note_links): folded in a cell, it could not be
    opened or copied."""
    from studycli.ui.links import footnote

    return Text(footnote(value, links, NOTE_LINK))


def _note_links(links: list[str]) -> Group:
    return Group(Text("Addresses in these lines:", style="dim"),
                 Unwrapped(lambda width: [Text(line, style="dim") for line in
                                          footnote_lines(links, 2, width, NOTE_LINK)]))


def _one_side_list(label: str, cells, links: list[str], head: str = "") -> Group:
    """Each bullet wraps under itself; its `file:line` sits at the right, whole, or under
    the bullet's text where it leaves the text too little room (_Bullets)."""
    said = [(_note_text(cell.value, links), cell.where) for cell in cells]
    return Group(Text(head or f"Stated for {label} only:", style="bold"), _Bullets(said))


BULLET_TEXT = 30  # the least room a bullet's text keeps beside its file:line, in cells


class _Bullets:
    """Bullets laid out for the width they are given: the file:line beside the text when
    both fit, else on the line under the text, whole ("AWS Certified Developer Associate –…:6"
    was cut beside a bullet at 80 columns)."""

    def __init__(self, said: list[tuple[Text, str]]) -> None:
        self.said = said

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        wide = max((cell_len(where) for _, where in self.said), default=0)
        beside = len("  • ") + BULLET_TEXT + 1 + wide <= options.max_width
        bullets = Table.grid(padding=(0, 1))
        bullets.add_column(no_wrap=True)  # the bullet mark
        bullets.add_column(ratio=1)
        if beside:  # the text column gives way, never the file:line
            # beside the text's last line: at its first, a wrapped bullet read "bulk 48
            # week1/storage.txt:7" / "hrs", the place mid-sentence
            bullets.add_column(justify="right", no_wrap=True, min_width=wide,
                               vertical="bottom")
        for text, where in self.said:
            place = Location(where) if where else Text("")
            if beside:
                bullets.add_row("  •", text, place)
            else:
                bullets.add_row("  •", Group(text, place) if where else text)
        yield bullets

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement(1, options.max_width)


def render_table(table) -> Group:
    """The notes' rows, then the AWS reference's (see render_notes, render_reference)."""
    parts: list[RenderableType] = [render_notes(table)]
    reference = render_reference(table)
    if reference is not None:
        parts.append(reference)
    return Group(*parts)


def _sides_table(title: Text, table) -> Table:
    out = Table(title=title, show_lines=True, expand=False)
    out.add_column("aspect", style="bold", overflow="fold", max_width=ASPECT_WIDTH)
    out.add_column(Text(table.left.label), overflow="fold")
    out.add_column(Text(table.right.label), overflow="fold")
    return out


def render_notes(table, whole: bool = True, thin: bool = True) -> RenderableType:
    """Side by side: one row per aspect both sides have a value for, each cell with the note
    line it came from. A property stated for one side only (a bullet under "SQS" in an
    "SQS vs Kinesis" section) is listed under that side, not shown as a row with an empty
    cell, which would read as "the other side lacks it"."""
    rows = [r for r in table.rows if r.origin != "reference"]
    if not table.from_notes:
        return CodeKept(f"Your notes have nothing that compares {table.left.label} and "
                        f"{table.right.label}. Try `studycli compare` for the pairs they can "
                        "compare.")
    shared = [_with_aspect(r) for r in rows if said_of_both(r)]
    both = [r for r in rows if not one_sided(r) and not said_of_both(r)]
    lefts = [r.left for r in rows if one_sided(r) and r.left.value]
    rights = [r.right for r in rows if one_sided(r) and r.right.value]
    links: list[str] = []  # addresses in the notes' words, printed whole at the end
    parts: list[RenderableType] = []
    title = Text(f"{table.left.label} vs {table.right.label}", style="bold")
    if both:
        sides = _NoteMarks(title, table, both, links)
        parts += [sides, sides.legend]
        if sides.pages:
            parts.append(_footnotes(sides.pages))
    else:
        parts.append(title)
    for label, cells in ((table.left.label, lefts), (table.right.label, rights)):
        if cells:
            parts.append(_one_side_list(label, cells, links=links))
    if shared:
        parts.append(_one_side_list("both", shared, head="Said of both:", links=links))
    if links:
        parts.append(_note_links(links))
    # Only of the whole table: under a drill's "Rows to look at again" (the rows missed, a
    # part of it) it told a student who had just been asked three rows that "only these 2
    # aspects" were in the notes. `thin` False: the caller prints it after (render_thin_note)
    note = render_thin_note(table) if whole and thin else None
    if note is not None:
        parts.append(note)
    return Group(*parts)


class _NoteMarks:
    """The table of rows with a value for both sides, laid out for the width it is given: a
    note whose `file:line` is wider than a side's column is named by a mark in the cells
    ("note 1:10") and in full under the table (`legend`: "note 1: misc – weird chars &
    émojis 🚀.md"), never cut ("misc – weird chars & émo…:10" at 80 columns) nor split. The
    legend and the AWS pages cited (`pages`) are parts of their own, printed whole by emit."""

    def __init__(self, title: Text, table, both: list, links: list[str]) -> None:
        self.title, self.table, self.both, self.links = title, table, both, links
        self.pages: list[str] = []
        for row in both:  # the pages and the notes' addresses, in order, for the caller
            _cell(row.left, self.pages, links), _cell(row.right, self.pages, links)
        self.legend = Unwrapped(lambda width: [Text(f"{mark}: {source}", style="dim")
                                               for source, mark in self._marks(width).items()])

    def _marks(self, width: int) -> dict[str, str]:
        """Each note whose widest `file:line` in the cells is wider than a side's column at
        `width` -> its mark."""
        wide: dict[str, int] = {}
        for row in self.both:
            for cell in (row.left, row.right):
                for _, source, line in cell.parts or ((cell.value, cell.source, cell.line),):
                    if source and line:
                        wide[source] = max(wide.get(source, 0), cell_len(f"{source}:{line}"))
        aspect = min(ASPECT_WIDTH, max(cell_len(_aspect_shown(r.aspect)) for r in self.both))
        room = (width - TABLE_FRAME - max(aspect, len("aspect"))) // 2
        marks: dict[str, str] = {}
        for source, cells in wide.items():
            if cells > room:
                marks[source] = f"note {len(marks) + 1}"
        return marks

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        marks = self._marks(options.max_width)
        out = _sides_table(self.title, self.table)
        pages: list[str] = []  # numbered again as __init__ numbered them: the same order
        for row in self.both:  # the notes' addresses keep the numbers __init__ gave them (the
            # list under the table): a fresh list per cell made every cell's first "[link 1]"
            out.add_row(Text(_aspect_shown(row.aspect)), _cell(row.left, pages, self.links, marks),
                        _cell(row.right, pages, self.links, marks))
        yield out


ASPECT_WIDTH = 24  # the aspect column's widest
TABLE_FRAME = 10  # a three-column table's borders and padding, in cells


def render_thin_note(table) -> CodeKept | None:
    """The line under a table of a row or two (see _thin_note), or None: printed last of the
    notes' part, after the rows (the fast path works out its search once they show)."""
    rows = [r for r in table.rows if r.origin != "reference"]
    if not table.from_notes:
        return None
    shared = sum(1 for r in rows if said_of_both(r))
    both = sum(1 for r in rows if not one_sided(r) and not said_of_both(r))
    one = sum(1 for r in rows if one_sided(r) and (r.left.value or r.right.value))
    return _thin_note(table, both + one + shared, both)


def _thin_note(table, shown: int, paired: int) -> CodeKept | None:
    """A table of a row or two is all the notes hold on the pair, not a summary of the
    differences: say so, and where to read the rest (a student took "SQS vs SNS: max message
    size 256 KB / 256 KB" for everything that tells the two apart). `paired`: the rows with
    a value for each side (one-sided bullets and "Said of both" lines are not)."""
    from studycli.compare_reference import MIN_ROWS

    if not shown or shown >= MIN_ROWS:
        return None
    left, right = table.left, table.right
    if paired:
        aspects = "this aspect has" if paired == 1 else f"these {paired} aspects have"
        which = f"only {aspects} a value for both"
    else:
        which = "no aspect has a value for both"
    said = f"Your notes hold little else to compare on {left.label} and {right.label} ({which})"
    if not table.search:  # no line names both: a search would show lines naming either
        return CodeKept(said + ".", style="dim")
    return CodeKept(f"{said}: `studycli search {table.search}` finds the lines that name both.",
                    style="dim")


def render_reference(table) -> RenderableType | None:
    """What the AWS reference states for both sides where the notes compare little: a table
    of its own, each value citing its page as a footnote, never mixed with the notes' rows."""
    from studycli.compare_reference import MARK

    rows = [r for r in table.rows if r.origin == "reference"]
    if not rows:
        return None
    out = _sides_table(Text("From the AWS documentation (not in your notes)", style="bold"),
                       table)
    pages: list[str] = []
    for row in rows:
        cells = []
        for cell in (row.left, row.right):
            if cell.source not in pages:
                pages.append(cell.source)
            cells.append(Text(f"{cell.value} [{pages.index(cell.source) + 1}]"))
        aspect = row.aspect[:-len(MARK)] if row.aspect.endswith(MARK) else row.aspect
        out.add_row(Text(aspect), *cells)
    return Group(out, _footnotes(pages))


def render_pairs(pairs) -> RenderableType:
    if not pairs:
        return Text("Nothing to compare yet: ingest notes with \"X vs Y\" sections or tables.")
    # Short headers, explained under the table: a pair's name needs the width, at 80 columns
    # "S3 Glacier Deep Archive vs S3 Intelligent-Tiering" fits on one line.
    out = Table(title="Pairs your notes can compare", show_edge=False)
    out.add_column("compare", overflow="fold")
    out.add_column("compared", justify="right", no_wrap=True)
    out.add_column("shared", justify="right", no_wrap=True)
    for p in pairs:
        out.add_row(Text(f"{p.left.label} vs {p.right.label}"), str(p.comparison_rows),
                    str(p.shared_attributes))
    return with_notes(out, ["compared: rows of your notes' \"X vs Y\" sections and tables; "
                            "shared: attributes both have facts for"])


def render_drill_intro() -> Text:
    """Said before the first question: the drill asks the notes' rows as they state them."""
    return Text("Rows as your notes state them: their author's claims, not checked against "
                "AWS (a value AWS is known to have changed is marked). Only rows the AWS "
                "reference vouches for become quiz cards.", style="dim")


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


def render_drill_feedback(q, right: bool, next_due=None, now=None) -> Text:
    # "✗ FIFO queue" read as "FIFO queue is wrong" when FIFO queue was the answer: the miss and
    # the right answer are said in words
    text = Text("  ✓ right", style="green") if right else Text("  ✗ not quite: it is ",
                                                                 style="red")
    if not right:
        text.append(f"{q.options[q.answer]}", style="bold")
        cell = (q.row.left, q.row.right)[q.answer]
        if cell.where:
            text.append(f"  {cell.where}", style="dim")
    if next_due is not None and now is not None:
        from studycli.scheduler import format_interval

        text.append(f"  · next review in {format_interval(next_due - now)}", style="dim")
    return text


def render_drill_result(result, table) -> Group:
    parts: list[RenderableType] = [
        Text(f"Score: {result.correct}/{result.asked}", style="bold")]
    if result.missed:
        from studycli.compare import CompareTable

        parts.append(Text("Rows to look at again:", style="yellow"))
        parts.append(render_notes(CompareTable(table.left, table.right, list(result.missed)),
                                  whole=False))
    return Group(*parts)


class DrillView:
    """What app.drill.run_drill shows, printed to `console`."""

    def __init__(self, console: Console) -> None:
        self.console = console

    def intro(self) -> None:
        self.console.print(render_drill_intro())

    def question(self, number: int, total: int, q) -> None:
        self.console.print(render_drill_question(number, total, q))

    def feedback(self, q, right: bool, next_due, now) -> None:
        self.console.print(render_drill_feedback(q, right, next_due, now))

    def result(self, result, table) -> None:
        emit(self.console, render_drill_result(result, table))  # its pages whole
