"""Charts as Rich renderables: a review calendar (heatmap), horizontal bars and a retention
line. Each fits 80 columns; `plain=True` (output that is not a terminal) draws with ASCII and
no colour so it reads in a file or a pipe."""

from __future__ import annotations

from datetime import date, timedelta

from rich.console import Group, RenderableType
from rich.text import Text

SHADES = ("grey30", "green4", "green3", "green1", "bright_green")
BLOCK, PLAIN_LEVELS = "■", " .:*#"
WEEKDAYS = ("Mon", "", "Wed", "", "Fri", "", "Sun")


def _level(n: int, top: int) -> int:
    if n <= 0 or top <= 0:
        return 0
    return min(4, 1 + int(3 * (n - 1) / max(1, top - 1))) if top > 1 else 4


def heatmap(calendar: dict, plain: bool = False) -> RenderableType:
    first, today = date.fromisoformat(calendar["first"]), date.fromisoformat(calendar["today"])
    days = calendar["days"]
    weeks = (today - first).days // 7 + 1
    top = max(days.values(), default=0)
    # Month names over the week in which each month starts (the week holding its 1st, not
    # the month of the week's Monday: a December begun on a Tuesday went unnamed, the labels
    # stopping at Nov), the first column named by its own month, never overlapping.
    header = [" "] * (4 + 2 * weeks + 2)
    free_from = 0

    def begun(w: int) -> date | None:  # the 1st of a month in week w, up to today
        monday = first + timedelta(weeks=w)
        return next((d for d in (monday + timedelta(days=i) for i in range(7))
                     if d.day == 1 and d <= today), None)

    for w in range(weeks):
        col = 4 + 2 * w
        # the first week by its Monday's month only when the next week begins no month: its
        # label would take the columns the next month's needs (a 1st in the second week went
        # unnamed, "Mar       May")
        named = begun(w) or (first if w == 0 and (weeks < 2 or begun(1) is None) else None)
        if named is not None and col >= free_from:
            header[col:col + 3] = named.strftime("%b")
            free_from = col + 4
    months = Text("".join(header).rstrip())
    rows = [months]
    for wd in range(7):
        row = Text(f"{WEEKDAYS[wd]:<4}")
        for w in range(weeks):
            d = first + timedelta(days=7 * w + wd)
            if d > today:
                row.append("  ")
                continue
            level = _level(days.get(d.isoformat(), 0), top)
            if plain:
                row.append(PLAIN_LEVELS[level] + " ")
            else:
                row.append(BLOCK + " ", style=SHADES[level])
        rows.append(row)
    total = sum(days.values())
    active = sum(1 for n in days.values() if n)
    reviews = "review" if total == 1 else "reviews"
    days = "day" if active == 1 else "days"
    legend = Text(f"    {total} {reviews} on {active} {days}; busiest day {top}. Less ")
    for level in range(5):
        if plain:
            legend.append(PLAIN_LEVELS[level] if level else "_")
        else:
            legend.append(BLOCK, style=SHADES[level])
    legend.append(" More")
    return Group(*rows, legend)


def bars(rows: list[tuple[str, float, str]], width: int = 40, plain: bool = False,
         label_width: int = 12, scale_max: float | None = None) -> RenderableType:
    """One bar per (label, value, annotation), scaled to the largest value (or scale_max)."""
    top = scale_max if scale_max is not None else max((v for _, v, _ in rows), default=0)
    lines = []
    for label, value, note in rows:
        filled = 0 if top <= 0 else round(width * min(value, top) / top)
        line = Text(f"{label[:label_width]:<{label_width}} ")
        line.append(("#" if plain else "█") * filled, style=None if plain else "cyan")
        line.append(("." if plain else "·") * (width - filled), style=None if plain else "grey30")
        line.append(f" {note}")
        lines.append(line)
    return Group(*lines)


def due_bars(forecast: list[dict], plain: bool = False) -> RenderableType:
    """The next 30 days as one column chart of 6 rows: a day per column. Every day with a
    card due gets at least one block (one card beside fifteen must still show), and the only
    figure on the scale is the tallest column's count, at its top."""
    counts = [d["due"] for d in forecast]
    top = max(counts, default=0)
    height = 6
    tall = [0 if n <= 0 or top <= 0 else max(1, round(n * height / top)) for n in counts]
    lines = []
    for level in range(height, 0, -1):
        line = Text(f"{top if level == height else '':>4} ")
        for rows in tall:
            on = rows >= level
            line.append(("#" if plain else "█") if on else " ", style=None if plain else "cyan")
            line.append(" ")
        lines.append(line)
    axis = Text("     ")
    for i in range(len(forecast)):
        axis.append(("^" if i == 0 else ("|" if i % 7 == 0 else " ")) + " ")
    lines.append(axis)
    lines.append(Text(f"     today{' ' * 9}+7d{' ' * 11}+14d{' ' * 10}+21d"))
    lines += [Text("     " + line) for line in due_summary(forecast)]
    return Group(*lines)


def due_summary(forecast: list[dict]) -> list[str]:
    """What the chart shows, in words that add up: today's count (overdue cards included),
    then each later day that has cards due."""
    today = forecast[0]["due"] if forecast else 0
    later = [(date.fromisoformat(d["date"]), d["due"]) for d in forecast[1:] if d["due"]]
    total = today + sum(n for _, n in later)
    lines = [f"{total} card{'s' if total != 1 else ''} due in {len(forecast)} days: "
             f"{today} today (overdue included)"]
    if later:
        days = ", ".join(f"{n} on {d.strftime('%b')} {d.day}" for d, n in later[:4])
        more = f" and {len(later) - 4} more days" if len(later) > 4 else ""
        lines.append(f"then {days}{more}")
    return lines


def retention_line(weeks: list[dict], plain: bool = False) -> RenderableType:
    rows = [(w["week"][5:], (w["retention"] or 0) * 100,
             f"{w['retention'] * 100:.0f}% of {w['reviews']}" if w["retention"] is not None
             else "no reviews") for w in weeks]
    return bars(rows, width=40, plain=plain, label_width=6, scale_max=100)


def render_stats_charts(charts: dict, plain: bool = False) -> RenderableType:
    """The three charts `stats` shows under its figures; a chart with nothing to draw is one
    line saying so."""
    parts: list[RenderableType] = [Text(""), Text("Reviews, last 26 weeks", style="bold")]
    if charts["calendar"]["days"]:
        parts.append(heatmap(charts["calendar"], plain))
    else:
        parts.append(Text("  No reviews yet: `studycli quiz` starts today's session."))
    parts += [Text(""), Text("Due, next 30 days", style="bold")]
    if any(d["due"] for d in charts["due_forecast_30d"]):
        parts.append(due_bars(charts["due_forecast_30d"], plain))
    else:
        parts.append(Text("  Nothing due in the next 30 days."))
    weeks = charts["retention_weekly"]
    first = next((i for i, w in enumerate(weeks) if w["reviews"]), None)
    parts += [Text(""), Text("Retention by week (reviews of cards you had learnt)", style="bold")]
    if first is None:
        parts.append(Text("  None yet: retention counts reviews of cards past their learning "
                          "steps."))
    else:
        parts.append(retention_line(weeks[first:], plain))
    return Group(*parts)
