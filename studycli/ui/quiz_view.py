"""Rich renderables for the quiz. Note text (stems, options, snippets) always goes in Text(),
never into a markup string, so "[bold]" in a note shows as written."""

from __future__ import annotations

from datetime import datetime, timedelta

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.text import Text

from studycli.sanitize import readable, shown_line, unmarked
from studycli.scheduler import GRADE_NAMES, format_interval
from studycli.ui.console import WithLinks
from studycli.ui.links import footnote

TYPE_CHECKING = False
if TYPE_CHECKING:  # rich.table (with fractions and decimal) is imported when a table is made:
    from rich.table import Table  # a recall card's first screen has none

KEYS = "1234"
LETTERS = "abcd"
QTYPE_LABEL = {
    "recall": "recall", "choice": "multiple choice", "default": "default value",
    "range": "range", "code_to_meaning": "error code", "meaning_to_code": "error code",
    "invocation": "invocation mode", "compare": "compare",
}


def header(counts: dict, item, cram: bool = False, width: int | None = None) -> Text:
    """"3 done · 12 left · new 5 · learning 2 · review 5 · 4 back later". `item`: the card on
    screen, still unanswered, is one of those left, counted in its own state (the one its tag
    shows), so the figures add up; learning steps not due yet are counted apart ("back later"),
    so "left" goes down as the cards due now are done. A cram header drops the states (nothing
    is scheduled). With `width`, the longest wording that fits it: at 80 columns a header with
    cards back later and a card asked early was cut mid-word ("· early: d")."""
    forms = _header_forms(counts, item, cram)
    if width is None:
        return forms[0]
    return next((f for f in forms if f.cell_len <= width), forms[-1])


def _header_forms(counts: dict, item, cram: bool) -> list[Text]:
    """The header's wordings, longest first; each says every figure the first does."""
    counts = dict(counts)
    early = getattr(item, "early", None)
    if item is not None and early is None:
        counts[_bucket(item.card["state"])] += 1
        counts["left"] += 1
    later = counts.get("later", 0)  # learning steps not due yet: counted apart, after the rest
    forms = []
    for words in _HEADER_WORDS:
        t = Text()
        t.append(f"{counts['done']} done", style="bold")
        t.append(f" · {counts['left'] - later} left · ")
        if cram:
            t.append(words["cram"], style="yellow")
            forms.append(t)
            continue
        t.append(words["new"].format(counts["new"]), style="cyan")
        t.append(" · ")
        t.append(words["learning"].format(counts["learning"] - later), style="red")
        t.append(" · ")
        t.append(words["review"].format(counts["review"]), style="green")
        if later:
            t.append(words["later"].format(later), style="dim")
        if early is not None:
            # the card on screen is not due yet: not one of those "left" to do now
            t.append(words["early"].format(format_interval(early)), style="yellow")
        forms.append(t)
    return forms


_HEADER_WORDS = (
    {"cram": "cram: schedule untouched", "new": "new {}", "learning": "learning {}",
     "review": "review {}", "later": " · {} back later", "early": " · early: due in {}"},
    {"cram": "cram", "new": "new {}", "learning": "learning {}", "review": "review {}",
     "later": " · {} later", "early": " · early, due {}"},
    {"cram": "cram", "new": "{} new", "learning": "{} learn", "review": "{} rev",
     "later": " · {} later", "early": " · early {}"},
)


class _FittedPanel(Panel):
    """A quiz panel whose title is the header's longest wording that fits the panel as drawn
    (the width is known only when Rich renders it)."""

    def __init__(self, *args, header_of=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._header_of = header_of

    def compact(self) -> _FittedPanel | None:
        """The same panel with fewer blank rows, for a screen too short for it
        (console.fit_screen): first without the padding above and below, then without the
        spacers between its parts too; None when none is left to drop."""
        from copy import copy

        from rich.console import Group

        out = copy(self)
        if self.padding != (0, 2):
            out.padding = (0, 2)
        elif isinstance(self.renderable, Group) and any(
                isinstance(part, Text) and not part.plain for part in self.renderable.renderables):
            out.renderable = Group(*(part for part in self.renderable.renderables
                                     if not (isinstance(part, Text) and not part.plain)))
        else:
            return None
        return out

    def __rich_console__(self, console, options):
        if self._header_of is not None:
            # Panel draws its title between the corners with a space each side
            self.title = self._header_of(options.max_width - 6)
        yield from super().__rich_console__(console, options)


def _panel(body, counts: dict, item, cram: bool, **kwargs) -> Panel:
    # the title is made when the panel is drawn, at the width it is drawn at
    return _FittedPanel(body, title=None, title_align="left",
                        header_of=lambda width: header(counts, item, cram, width), **kwargs)


def early_notice(item) -> Text | None:
    """Why a card comes back before the interval its last grade gave: nothing else is left,
    and a learning step due within minutes is asked now rather than the session ending
    (Anki's "learn ahead"). The student may stop instead and take it when it is due."""
    if getattr(item, "early", None) is None:
        return None
    return Text(f"Asked {format_interval(item.early)} before it is due, as nothing else is "
                "left in this session; q stops here and it waits until it is due.",
                style="yellow")


def _bucket(state: int) -> str:
    return {0: "new", 2: "review"}.get(state, "learning")  # 1 learning, 3 relearning


def _card_tag(item) -> Text:
    state = {0: "new", 1: "learning", 2: "review", 3: "relearning"}.get(item.card["state"], "")
    # answered in a cram before: not new, never scheduled. One word: the header line is
    # service · kind · state, and "crammed before, not yet scheduled" made it ~96 columns
    # in a 74-column panel
    if getattr(item, "crammed", False):
        state = "crammed"
    tag = Text(f"{item.question.service} · {QTYPE_LABEL.get(item.question.qtype, '')} · {state}",
               style="dim")
    if item.card.get("flagged"):
        tag.append("  ⚑ flagged", style="yellow")
    return tag


def options_table(question, chosen: set[int] | None = None, reveal: bool = False) -> Table:
    from rich.table import Table

    table = Table.grid(padding=(0, 1))
    table.add_column(no_wrap=True)
    table.add_column()
    for i, option in enumerate(question.options):
        key = Text(f" {KEYS[i]} ", style="bold reverse")
        text = Text(option)
        if reveal:
            if i in question.answers:
                text.stylize("bold green")
                text.append("  ✓ your answer" if chosen and i in chosen else "  ✓", style="green")
            elif chosen and i in chosen:
                text.stylize("red strike")
                text.append("  ✗ your answer", style="red")
        elif chosen and i in chosen:
            text.stylize("bold")
        table.add_row(key, text)
    return table


def question_panel(item, counts: dict, cram: bool = False, notice: str = "",
                   chosen: set[int] | None = None) -> Panel:
    q = item.question
    parts: list[RenderableType] = [_card_tag(item), Text(""), Text(q.stem, style="bold")]
    early = early_notice(item)
    if early is not None:
        parts[1:1] = [early]
    conflict = _conflict(q) if q.conflict else None
    if conflict is not None:
        parts.append(conflict)
    parts.append(Text(""))
    if q.options:
        parts.append(options_table(q, chosen))
        parts.append(Text(""))
        parts.append(Text(f"{answer_keys(q)} · u undo · f flag · s suspend · q quit",
                          style="dim"))
    else:
        parts.append(Text("space or enter to show the answer · u undo · f flag · s suspend · "
                          "q quit", style="dim"))
    if notice:
        parts.append(Text(notice, style="yellow"))
    return _panel(Group(*parts), counts, item, cram, border_style="blue", padding=(1, 2))


def _conflict(q) -> Text | None:
    """Where the notes disagree; None when the values all come from one line (the stem
    already says the line gives more than one)."""
    places = list(dict.fromkeys(
        f"{side['source']}:{side['line']}" for side in [{"source": q.source, "line": q.line},
                                                          *q.conflict]))
    if len(places) < 2:
        return None
    return Text("Your notes disagree: " + " · ".join(places), style="yellow")


def source_lines(q, pages: list[str]) -> Table:
    """The note line(s) the answer came from: file:line, then the line as written (wrapped
    under itself, not under the file name), a web address in it marked "[n]" and added to
    `pages`, printed whole under the panel (folded in the panel, it could not be opened)."""
    from rich.table import Table

    table = Table.grid(padding=(0, 2))
    table.add_column(no_wrap=True, style="cyan")
    table.add_column()
    sides = [(q.source, q.line, q.snippet)] + [
        (s["source"], s["line"], s["snippet"]) for s in q.conflict]
    for source, line, snippet in dict.fromkeys(sides):  # one row per note line
        said = unmarked(shown_line(snippet)).strip() or "(no text)"
        table.add_row(Text(f"{source}:{line}"),
                      Text(footnote(said, pages), style="italic"))
    return table


def next_text(next_due: datetime | None, reviewed_at: datetime, early: int = 0) -> Text:
    """When the card is next due; with `early` cards to be asked before they are due (nothing
    else left), that this session brings them forward, so "in 10m" and the card back at once
    do not read as a contradiction."""
    if next_due is None:
        return Text("Cram review: the schedule is unchanged.", style="dim")
    t = Text(f"Next review in {format_interval(next_due - reviewed_at)}.", style="dim")
    if early:
        t.append(" Nothing else is left, so this session asks cards due within minutes early; "
                 "q stops here.", style="yellow")
    return t


def result_panel(result, counts: dict, cram: bool = False,
                 notice: str = "") -> Panel | WithLinks:
    q = result.item.question
    parts: list[RenderableType] = [_card_tag(result.item), Text(""), Text(q.stem, style="bold"),
                                   Text("")]
    parts.append(options_table(q, result.chosen, reveal=True))
    parts.append(Text(""))
    if result.correct:
        verdict = Text("✓ Correct", style="bold green")
        if result.rating == 4:
            verdict.append("  (you graded it Easy)", style="green")
    else:
        verdict = Text("✗ Not quite. ", style="bold red")
        verdict.append(Text("Answer: ", style="bold"))
        verdict.append(Text(right_answer(q)))
    pages: list[str] = []
    parts += [verdict, Text("From your notes:", style="dim"), source_lines(q, pages),
              *aws_update(q, pages), next_text(result.next_due, result.reviewed_at,
                                               counts.get("early", 0))]
    easy = getattr(result, "easy_in", None)
    if easy is not None and result.rating == 3:
        # a right pick is graded Good: Easy only when the student says it was no guess
        parts.append(Text(f"No guess, knew it cold? 4 grades it Easy: next review in "
                          f"{format_interval(easy)}.", style="dim"))
    parts.append(Text(""))
    keys = "enter next · 4 Easy · u undo" if easy is not None and result.rating == 3 \
        else "enter next · u undo"
    parts.append(Text(f"{keys} · f flag · s suspend · q quit", style="dim"))
    if notice:
        parts.append(Text(notice, style="yellow"))
    return with_links(_panel(Group(*parts), counts, None, cram,
                             border_style="green" if result.correct else "red", padding=(1, 2)),
                      pages)


def right_answer(q) -> str:
    """The right answer as the student was shown it: for a choice question its option(s),
    as printed above (an option may be a cleaned-up form of the note's text, which follows
    under "From your notes:"); for a recall card the answer as the notes state it."""
    if q.options and q.answers:
        return " · ".join(q.options[i] for i in q.answers)
    return q.answer_text


def aws_update(q, pages: list[str]) -> list[RenderableType]:
    """When the note is out of date the card keys the current AWS value: say so, with the
    page (questions/currency.correction wrote the sentence); when another number of the line
    shown is, say that (questions/currency.line_caveat). The page's address is marked
    "[1]" here and added to `pages`, to be printed whole under the panel."""
    from studycli.questions.currency import caveat_in

    if q.explanation.startswith("Your note ("):
        return [Text(footnote(readable(q.explanation), pages), style="yellow")]
    # Another number of the note line shown above is out of date (questions/currency.line_caveat)
    caveat = caveat_in(q.explanation)
    return [Text(footnote(readable(caveat), pages), style="yellow")] if caveat else []


def with_links(panel: Panel, pages: list[str]) -> Panel | WithLinks:
    return WithLinks(panel, pages) if pages else panel


def grade_bar(preview: dict[int, timedelta] | None) -> Text:
    """"1 Again 1m · 2 Hard 6m · 3 Good 10m · 4 Easy 4d"."""
    t = Text()
    styles = {1: "red", 2: "yellow", 3: "green", 4: "cyan"}
    for rating, name in GRADE_NAMES.items():
        if rating > 1:
            t.append(" · ", style="dim")
        t.append(f" {rating} ", style="bold reverse")
        t.append(f" {name}", style=styles[rating])
        if preview is not None:
            t.append(f" {format_interval(preview[rating])}")
    return t


def answer_panel(item, counts: dict, preview, cram: bool = False,
                 notice: str = "") -> Panel | WithLinks:
    """A recall card with its answer shown, waiting for a grade."""
    q = item.question
    parts: list[RenderableType] = [_card_tag(item), Text(""), Text(q.stem, style="bold"),
                                   Text("")]
    early = early_notice(item)
    if early is not None:
        parts[1:1] = [early]
    answer = Text("Answer: ", style="bold")
    answer.append(Text(q.answer_text, style="bold green"))
    pages: list[str] = []
    parts += [answer, Text("From your notes:", style="dim"), source_lines(q, pages),
              *aws_update(q, pages), Text("")]
    parts.append(Text("How well did you know it?" if not cram else "How well did you know it? "
                      "(cram: the schedule is unchanged)"))
    parts.append(grade_bar(None if cram else preview))
    parts.append(Text("u undo · f flag · s suspend · q quit", style="dim"))
    if notice:
        parts.append(Text(notice, style="yellow"))
    return with_links(_panel(Group(*parts), counts, item, cram, border_style="magenta",
                             padding=(1, 2)), pages)


def _when(due: datetime, now: datetime) -> str:
    here = due.astimezone()
    return f"in {format_interval(due - now)} ({here:%a %d %b %H:%M})"


def nothing_due(next_due: datetime | None, new_left: int, now: datetime,
                service: str | None = None, s=None) -> Text:
    from studycli.quiz import service_name

    name = service_name(service) if service else None
    t = Text("Nothing due right now.", style="bold")
    if next_due is not None:
        t.append(f" The next card is due {_when(next_due, now)}.")
    askable = new_left if s is None or s.new_askable is None else s.new_askable
    if askable and s is not None and s.new_today >= s.new_limit:
        t.append(f" You have studied {_cards(s.new_today, 'new card')} today, the day's "
                 f"limit ({s.new_limit}); `--new N` sets a higher one.")
    elif askable and s is not None and s.new_askable is not None:
        t.append(f" The {_cards(askable, 'new card')} left "
                 f"{'waits' if askable == 1 else 'wait'} for another day: "
                 + ("a card of the same fact was" if askable == 1
                    else "cards of the same facts were") + " studied today.")
    elif askable:
        t.append(f" {_cards(askable, 'new card')} {'is' if askable == 1 else 'are'} waiting "
                 "for another day.", style="dim")
    if s is not None and s.not_drilled and not askable:
        on = f' on {name}' if name else ""
        arg = f' --service "{name}"' if name and " " in name else (f" --service {name}"
                                                                   if name else "")
        n = s.not_drilled
        t.append(f" Your {n} new card{'s' if n != 1 else ''}{on} {'are' if n != 1 else 'is'} "
                 "not drilled: the AWS reference cannot vouch for what they ask. "
                 f"`studycli quiz{arg} --as-written` drills your notes "
                 "as written.")
    elif next_due is None and not askable:
        if service:
            # The filter found nothing, not the database: "run ingest" would send a student
            # with 237 cards to re-ingest them
            t.append(f" Your notes make no quiz cards on {name}; "
                     "`studycli cards` lists the services that have some.")
        else:
            t.append(" No cards yet: run `studycli ingest` on your notes.")
    return t


def _cards(n: int, noun: str) -> str:
    """"1 new card", "2 new cards", "0 new cards": a count and its noun, agreeing."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def summary_panel(s, now: datetime, service: str | None = None) -> RenderableType:
    if s.missed_note is not None and s.reviewed == 0 and not s.left:
        # --missed with nothing to ask: "Nothing due right now" spoke of the schedule
        return Text(s.missed_note or "Nothing missed: no wrong answer in the last practice "
                    "exam, nor in the quiz over the last 7 days.")
    if s.reviewed == 0 and s.left:
        cards = f"{s.left} card{'s' if s.left != 1 else ''}"
        if s.cram:  # a cram schedules nothing: nothing of it waits for today
            return Text(f"Nothing answered this time; {cards} of this cram not asked (a cram "
                        "schedules nothing: `studycli quiz` shows what is due).")
        return Text(f"Nothing answered this time; {cards} still waiting for today.")
    if s.reviewed == 0:
        return nothing_due(s.next_due, s.new_left, now, service, s)
    from rich.table import Table

    table = Table.grid(padding=(0, 2))
    table.add_column(style="dim")
    table.add_column()
    acc = f"{s.accuracy:.0%} ({s.correct}/{s.graded})" if s.accuracy is not None else "–"
    minutes, seconds = divmod(int(s.seconds), 60)
    # answers, and the cards they were on where some card was asked again (its learning step
    # come due): "Reviewed 30" for 18 cards read as 30 cards
    repeats = s.reviewed - s.cards if s.cards else 0
    table.add_row("Reviewed", str(s.reviewed) if repeats <= 0 else
                  f"{_cards(s.cards, 'card')}, {s.reviewed} answers ({repeats} asked again)")
    table.add_row("Accuracy", acc)
    table.add_row("Time", f"{minutes}m {seconds:02d}s")
    table.add_row("Streak", f"{s.streak_days} day{'s' if s.streak_days != 1 else ''}")
    if s.due_today:
        table.add_row("Due later today", str(s.due_today))
    new_waiting = 0 if s.cram else min(s.new_left, max(0, s.new_limit - s.new_today))
    if s.new_queued is not None:
        # the session took every new card today allows; the others wait as siblings of facts
        # studied today (it said so on its first screen): "up to 12" counted them as well
        new_waiting = min(new_waiting, s.new_queued)
        if new_waiting:
            table.add_row("New cards left today", f"{new_waiting} (run the quiz again)")
    elif new_waiting:
        # "up to": a card whose fact was studied today waits for tomorrow, which only
        # building every card's question would tell (0.2 s); the count is a ceiling
        table.add_row("New cards left today", f"up to {new_waiting} (run the quiz again)")
    table.add_row("Due tomorrow", str(s.due_tomorrow))
    table.add_row("Next 7 days after today", str(s.due_week))
    if s.next_due is not None:
        table.add_row("Next card", _when(s.next_due, now))
    title = "Session done" + (" (cram: schedule untouched)" if s.cram else "")
    if service:  # every count below is of this service's cards: say so
        from studycli.quiz import service_name

        title += f" · {service_name(service)} cards only"
    return Panel(table, title=title, title_align="left", border_style="cyan", padding=(1, 2))


def answer_keys(q) -> str:
    """The keys this question takes, "1-3 or a-c to answer": the panel's hint and the
    notice after a wrong key say the same (a notice of "1-4" on a three-option card sent
    the student to a key it then refused)."""
    n = len(q.options)
    return (f"1-{n} to pick, enter to submit" if q.multi
            else f"1-{n} or a-{LETTERS[n - 1]} to answer")
