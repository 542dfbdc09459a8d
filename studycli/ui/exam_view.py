"""Rendering practice exams: the question screen with its countdown, results, review, history.

Every piece of note text goes through rich.text.Text, never into a markup string.
"""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from studycli.exam.export import LETTERS, choose_word
from studycli.exam.scoring import SCALED_NOTE, VERDICT_MIN_QUESTIONS
from studycli.sanitize import readable, shown_line, unmarked
from studycli.ui.console import WithLinks
from studycli.ui.hanging import Hanging
from studycli.ui.links import footnote

# Two lines, each well inside 80 columns: as one line the hint was 96 wide and wrapped
# mid-phrase on a standard terminal. Answering keys first, moving about second.
ANSWER_HELP = "x clear · f flag · s submit"
MOVE_HELP = "n/→ next · p/← back · u next open · g N go to"


def key_help(q) -> str:
    """Only the keys this question has: "1-4 or a-d" on four options (letters stop at e:
    f flags the question)."""
    n = len(q.options)
    letters = min(n, 5)
    answer = f"1-{n} or a-{LETTERS[letters - 1].lower()}" if n > 1 else "1 or a"
    if n > letters:
        answer = f"1-{n} (a-e for 1-5)"
    toggles = " (toggles)" if q.multi else ""
    return f"{answer} answer{toggles} · {ANSWER_HELP}\n{MOVE_HELP}"


def clock_text(seconds: float) -> str:
    s = max(0, int(seconds + 0.999))  # show 0:00 only once time is really up
    h, rest = divmod(s, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m:02d}:{s:02d}"


def status_line(session) -> Text:
    n = len(session.exam.questions)
    left = session.remaining()
    line = Text()
    line.append(f"⏱ {clock_text(left)} left", style="bold red" if left < 300 else "bold cyan")
    line.append(f"   question {session.current + 1}/{n}", style="bold")
    line.append(f"   answered {session.answered()}/{n}")
    if session.flagged:
        line.append(f"   flagged {len(session.flagged)}", style="yellow")
    if session.current in session.flagged:
        line.append("   ⚑ flagged", style="bold yellow")
    return line


def render_question(session, message: str = "") -> Group:
    q = session.question
    chosen = session.chosen.get(session.current, set())
    stem = Text(q.stem)
    if q.multi:
        stem.append(f"  (Choose {choose_word(q.choose)}.)", style="bold")
    parts: list[RenderableType] = [status_line(session), Text(""), stem, Text("")]
    for i, option in enumerate(q.options):
        line = Text()
        mark = ("[x]" if i in chosen else "[ ]") if q.multi else ("(•)" if i in chosen else "( )")
        line.append(f"  {mark} ", style="bold green" if i in chosen else "dim")
        key = option_key(i) if i < 5 else f"{i + 1}  "
        line.append(f"{key}  ", style="cyan")
        text_at = len(line.plain)
        line.append(option, style="bold" if i in chosen else "")
        parts.append(Hanging(line, indent=text_at))  # a long option wraps under its own text
    parts += [Text(""), Text(key_help(q), style="dim")]
    if message:
        parts.append(Text(message, style="yellow"))
    return Group(*parts)


def render_confirm(session) -> Text:
    open_ = len(session.unanswered())
    text = Text("Submit the exam? ", style="bold")
    if open_:
        text.append(f"{open_} unanswered (they count as wrong). ", style="yellow")
    if session.flagged:
        text.append(f"{len(session.flagged)} flagged. ", style="yellow")
    # On a line of its own: after the counts it ran past 80 columns and wrapped.
    text.append("\ny to submit, any other key to go back.")
    return text


# A fact kind as a student says it: "By kind: fact 2/2" was the parser's word for a question
# on a statement of the notes, "invocation_mode" its code
KIND_WORDS = {"limit": "limits and quotas", "default": "default values",
              "range": "allowed ranges", "error_code": "error codes",
              "invocation_mode": "how a service is invoked", "fact": "statements in your notes"}


def _tally_table(title: str, tallies: dict, column: str = "") -> Table:
    table = Table(title=title, show_edge=False, title_justify="left")
    table.add_column(column or title.split()[-1])
    table.add_column("right", justify="right")
    table.add_column("%", justify="right")
    for name, t in tallies.items():
        style = "red" if t.percent < 70 else ""
        table.add_row(Text(name), f"{t.right}/{t.total}", Text(f"{t.percent:.0f}", style=style))
    return table


def render_score_line(result) -> Text:
    """The score in one line, repeated under a long review: "Score 16/59 · scaled 344 ·
    FAIL (pass mark 720)"."""
    line = Text(f"Score {result.raw}/{result.total} \u00b7 scaled {result.scaled} \u00b7 ",
                style="bold")
    if not result.judged:
        return line.append(NO_VERDICT, style="yellow")
    line.append("PASS" if result.passed else "FAIL",
                style="bold green" if result.passed else "bold red")
    line.append(f" (pass mark {result.pass_mark})")
    return line


# What an exam too short for a verdict says in place of PASS or FAIL (scoring.has_verdict)
NO_VERDICT = "no pass/fail verdict"


def too_short(total: int) -> str:
    """Why an exam of `total` questions has no verdict, in one sentence."""
    return (f"{total} question{'' if total == 1 else 's'} cannot measure an exam: "
            f"{NO_VERDICT} under {VERDICT_MIN_QUESTIONS} questions (readiness counts its "
            "answers, not its score)")


def render_results(result) -> Group:
    head = Text()
    head.append(f"Raw score {result.raw}/{result.total}   ", style="bold")
    head.append(f"scaled {result.scaled} ", style="bold")
    head.append(f"({SCALED_NOTE})   ", style="dim")
    if result.judged:
        head.append(f"pass mark {result.pass_mark}: ")
        head.append_text(Text("PASS", style="bold green") if result.passed
                         else Text("FAIL", style="bold red"))
    else:
        head.append(f"\n{too_short(result.total)}", style="yellow")
    parts: list[RenderableType] = [head]
    notes = []
    if result.timed_out:
        notes.append("time ran out")
    if result.unanswered:
        notes.append(f"{result.unanswered} unanswered, counted wrong")
    if notes:
        parts.append(Text("; ".join(notes), style="yellow"))
    grid = Table.grid(padding=(0, 4))
    grid.add_row(_tally_table("By service", result.by_service),
                 _tally_table("By what was asked", {KIND_WORDS.get(kind, kind): t for kind, t
                                                    in result.by_kind.items()}, "asked"))
    parts += [Text(""), grid]
    return Group(*parts)


def option_key(i: int) -> str:
    """The keys that choose option i, as the question screen shows them: "2/b"; from the sixth
    option on the number alone (letters stop at e: f flags the question)."""
    return f"{i + 1}/{LETTERS[i].lower()}" if i < 5 else f"{i + 1}"


def _options_text(q, indices) -> str:
    # Labelled as on the question screen: a review naming "F." for an option shown as "6"
    # named a key the student never saw
    if not indices:
        return "(no answer)"
    return "; ".join(f"{option_key(i)} {q.options[i]}" for i in indices)


def render_review(result) -> list[RenderableType]:
    """The missed questions, one panel each; the pages an explanation cites are marked "[1]"
    in it and printed whole under its panel (print the parts with ui.console.emit)."""
    if not result.misses:
        return [Text("No misses: every question was answered right.", style="green")]
    parts: list[RenderableType] = [Text(_review_heading(result.misses), style="bold")]
    for miss in result.misses:
        q = miss.question
        body = Text()
        body.append(q.stem)
        body.append("\nyour answer:  ", style="dim")
        body.append(_options_text(q, miss.chosen), style="red")
        body.append("\nright answer: ", style="dim")
        body.append(_options_text(q, q.answers), style="bold green")
        body.append("\nwhy: ", style="dim")
        pages: list[str] = []
        body.append(footnote(readable(q.explanation), pages))
        where = f"{q.source}:{q.line}"
        if where not in q.explanation:  # an explanation that quotes the line needs no repeat
            if q.snippet:
                body.append("\nnote: ", style="dim")
                body.append(footnote(unmarked(shown_line(q.snippet)).strip(), pages),
                            style="italic")
            body.append(f"\n{where}", style="cyan")
        panel = Panel(body, title=Text(f"Q{miss.index + 1} · {q.service} · {q.kind}"),
                      title_align="left", border_style="red")
        parts.append(WithLinks(panel, pages) if pages else panel)
    return parts


def _review_heading(misses) -> str:
    """'Review: 2 answered wrong, 7 unanswered': a student who submitted early sees that most
    of what follows is what they skipped, not what they got wrong."""
    blank = sum(1 for miss in misses if not miss.chosen)
    wrong = len(misses) - blank
    if not blank:
        return f"Review: {wrong} missed"
    if not wrong:
        return f"Review: {blank} unanswered"
    return f"Review: {wrong} answered wrong, {blank} unanswered"


SPARKS = "▁▂▃▄▅▆▇█"


def sparkline(values: list[int], low: int = 100, high: int = 1000) -> str:
    span = max(1, high - low)
    return "".join(SPARKS[min(7, max(0, int((v - low) / span * 8)))] for v in values)


# An attempt's id as --history shows it and --discard takes it: 6 hex digits tell apart
# thousands of attempts (discard_attempt refuses a prefix that names two)
ID_SHOWN = 6


def history_verdict(attempt: dict) -> str:
    """An attempt's result column: pass, fail, interrupted (Ctrl-C: not a result, whatever
    its score) or no verdict (too few questions to measure an exam)."""
    if attempt.get("interrupted"):
        return "interrupted"
    if attempt["passed"] is None:
        return "no verdict"
    return "pass" if attempt["passed"] else "fail"


def render_history(attempts: list[dict], trend: dict) -> Group | Text:
    if not attempts:
        return Text("No exams taken yet: run `studycli exam` (or `studycli exam --profile quick`).")
    table = Table(title="Practice exams", show_edge=False)
    widest_verdict = max(len(history_verdict(a)) for a in attempts)
    for col in ("id", "finished", "profile", "seed", "raw", "scaled", "result", "time"):
        # at 80 columns the finish time goes under its date and "(time out)" under its
        # verdict, rather than a word cut short
        table.add_column(col, justify="right" if col in ("raw", "scaled", "seed") else "left",
                         no_wrap=col not in ("finished", "result"),
                         min_width={"finished": 10, "result": widest_verdict}.get(col))
    for a in attempts:
        word = history_verdict(a)
        verdict = Text(word, style={"pass": "green", "fail": "red"}.get(word, "yellow"))
        if a["timed_out"]:
            verdict.append(" (time out)", style="yellow")
        minutes, seconds = divmod(int(a["seconds"] or 0), 60)
        table.add_row(a["id"][:ID_SHOWN], a["finished_at"][:16].replace("T", " "),
                      Text(a["profile"]), str(a["seed"]), f"{a['raw']}/{a['questions']}",
                      # no score for an exam never submitted: "scaled 280" beside it read as
                      # a failed exam
                      "–" if a.get("interrupted") else str(a["scaled"]), verdict,
                      f"{minutes}:{seconds:02d}")
    parts: list = [table]
    stopped = [a for a in attempts if a.get("interrupted")]
    if stopped:
        answered = ", ".join(f"{a['id'][:ID_SHOWN]}: {a['questions'] - a['unanswered']} of "
                             f"{a['questions']} answered" for a in stopped[-3:])
        parts.append(Text(f"interrupted: ended by Ctrl-C before it was submitted ({answered}); "
                          "left out of the trend", style="yellow"))
    parts.append(Text("`studycli exam --discard ID` (or `last`) removes an attempt taken by "
                      "mistake", style="dim"))
    line = Text("Trend: ", style="bold")
    from studycli.exam.history import in_trend
    from studycli.exam.scoring import has_verdict

    short = [a for a in attempts if not a.get("interrupted") and not has_verdict(a["questions"])]
    if short:
        parts.append(Text(f"no verdict: under {VERDICT_MIN_QUESTIONS} questions, left out of "
                          "the trend", style="yellow"))
    scores = [a["scaled"] for a in attempts if in_trend(a)]
    if not scores:
        return Group(*parts, line.append("none yet: no exam with a verdict was submitted"
                                         if short else "none yet: no exam was submitted"))
    line.append(sparkline(scores), style="cyan")
    if trend.get("change") is not None:
        change = trend["change"]
        arrow = "↑" if change > 0 else ("↓" if change < 0 else "→")
        line.append(f"  {arrow} {change:+d} scaled over the last {trend['window']} attempts",
                    style="green" if change > 0 else ("red" if change < 0 else ""))
    line.append(f"  ({SCALED_NOTE})", style="dim")
    return Group(*parts, line)
