"""`studycli stats` for people: counts, forecast and a 30-day chart."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from studycli.ui.table_notes import with_notes

BARS = " ▁▂▃▄▅▆▇█"


def sparkline(values: list[int]) -> Text:
    top = max(values) if values else 0
    if not top:
        return Text("·" * len(values), style="dim")
    return Text("".join(BARS[0 if v == 0 else max(1, round(v / top * 8))] for v in values),
                style="cyan")


def _retention(ret: float | None, reviews_total: int) -> str:
    """Retention is measured on reviews of learned cards (past their learning steps), so
    answers to new cards alone do not give a figure: say so rather than "no reviews"."""
    if ret is not None:
        return f"{ret:.0%}"
    if reviews_total:
        return "– (only reviews of learned cards count; none yet)"
    return "– (no reviews yet)"


def render_stats(d: dict) -> RenderableType:
    cards = Table(title="Cards", title_justify="left", show_edge=False)
    for col in ("total", "new", "learning", "review", "suspended", "flagged"):
        cards.add_column(col, justify="right")
    missing = d.get("missing", 0)
    unaskable = d.get("unaskable", 0)
    # the total is what the columns add up to ("111" over 87 new, 17 learning and 3 review
    # confused a new user): a set-aside sample card is no card of yours, and the ones no
    # question is built for are the caption's "N more" (--json's "cards" counts both)
    cards.add_row(str(sum(d[k] for k in ("new", "learning", "review", "suspended"))),
                  *(str(d[k]) for k in ("new", "learning", "review", "suspended", "flagged")))
    ret = d["retention_30d"]
    captions = []
    if unaskable:
        # not in the table: the student suspended none of these, and none is waiting
        captions.append(f"{unaskable} more card{'s' if unaskable != 1 else ''} the quiz can "
                        "build no question for (left out of the quiz and readiness)")
    if missing:
        captions.append(f"{missing} card{'s' if missing != 1 else ''} not counted: "
                        f"{'their facts are' if missing != 1 else 'its fact is'} no longer in "
                        "your notes (set-aside sample notes, deleted lines; "
                        "`studycli cards --all` lists them)")
    if captions:  # doctor counts every card kept: say how the two totals meet
        n = d.get("cards", 0)
        captions.append(f"{n} card{'s' if n != 1 else ''} in all, as `studycli doctor` counts "
                        "them")
    notes: list[str | Text] = list(captions)
    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="dim")
    facts.add_column()
    today = str(d["reviews_today"])
    if d.get("cram_today"):
        n = d["cram_today"]
        today += f"  (and {n} cram answer{'s' if n != 1 else ''}: the schedule is unchanged)"
    facts.add_row("Reviews today", today)
    facts.add_row("Reviews in total", str(d["reviews_total"]))
    facts.add_row("Retention, 30 days", _retention(ret, d["reviews_total"]))
    facts.add_row("Streak", f"{d['streak_days']} day{'s' if d['streak_days'] != 1 else ''}")
    per_day = [p["reviews"] for p in d["reviews_per_day"]]
    chart = Text()
    chart.append_text(sparkline(per_day))
    chart.append(f"  max {max(per_day) if per_day else 0}/day", style="dim")
    facts.add_row("Reviews, 30 days", chart)
    forecast = Table(title="Due each day, today (overdue included) and the next 6",
                     title_justify="left", show_edge=False)
    for day in d["due_forecast"]:
        forecast.add_column(day["date"][5:], justify="right")
    forecast.add_row(*(str(day["due"]) for day in d["due_forecast"]))
    if d.get("unvouched"):
        n = d["unvouched"]
        notes.append(f"{n} of the new cards are not drilled: the AWS reference cannot "
                     "vouch for their facts (`studycli quiz --as-written` drills them)")
    # (under the table, not its caption: ui/table_notes.py)
    parts: list[RenderableType] = [with_notes(cards, notes), Text(""), facts, Text(""),
                                   forecast]
    if d["weakest_services"]:
        weak = Table(title="Weakest services (most lapses)", title_justify="left", show_edge=False)
        weak.add_column("service")
        weak.add_column("lapses", justify="right")
        weak.add_column("cards", justify="right")
        for w in d["weakest_services"]:
            weak.add_row(Text(_service(w["service"])), str(w["lapses"]), str(w["cards"]))
        parts += [Text(""), weak]
    return Group(*parts)


def _service(name: str) -> str:
    from studycli.services import canonical_service
    from studycli.ui.names import display_service

    return display_service(canonical_service(name) or name)
