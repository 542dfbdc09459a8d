"""The readiness report at 80 columns: the forecast, a bar per domain, what to study next and
how earlier forecasts compared with the practice exams that followed."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.text import Text

from studycli.readiness import Readiness
from studycli.ui.charts import bars


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{x * 100:.0f}%"


def render_readiness(r: Readiness, plain: bool = False) -> RenderableType:
    verdict = ("above it" if r.low >= r.pass_mark else "below it" if r.high < r.pass_mark
               else ("below" if r.scaled < r.pass_mark else "above")
               + " it, but the band includes it")
    head = Text()
    head.append(f"Readiness for {r.profile.upper()}\n", style="bold")
    head.append(f"Forecast if you sat the exam today: {r.scaled} (likely {r.low}–{r.high})\n")
    head.append(f"Pass mark {r.pass_mark}: the forecast is {verdict}.\n")
    head.append("A guide, not a prediction: AWS does not publish its scaling, and what\n"
                "your notes do not cover is counted as unknown.", style="dim")
    if r.other_profiles and not any(d.practice_answers for d in r.domains):
        sat = ", ".join(f"{n} {name}" for name, n in r.other_profiles.items())
        head.append(f"\nYour practice exams ({sat}) count toward their own profile only:\n"
                    f"take `studycli exam --profile {r.profile}` to count here.", style="yellow")
    # A domain with no card studied and no practice answer has no projection to draw: its
    # share is the prior the forecast counts it at, said as such, never a bar to rank
    rows = [(_short(d.name), d.p * 100, f"{d.p * 100:.0f}% ({d.weight:.0f}% of exam)")
            if d.measured else
            (_short(d.name), 0.0, f"no data yet ({d.weight:.0f}% of exam)")
            for d in r.domains]
    parts: list[RenderableType] = [head, Text(""), Text("Expected share right, by domain",
                                                        style="bold"),
                                   bars(rows, width=34, plain=plain, label_width=_LABEL_WIDTH,
                                        scale_max=100), Text("")]
    # a domain no submitted exam touched, beside one it did, has no answers of its own yet:
    # "no practice exams yet" there denied the exam the student sat
    submitted = any(d.practice_accuracy is not None for d in r.domains)
    for d in r.domains:
        t = Text()
        t.append(f"{d.name}", style="bold")
        t.append(f"  weight {d.weight:.0f}%\n")
        # what is counted, said: in-scope services with a fact, never the topics the notes
        # file under no service ("0 of 1 services" read as if support plans did not count).
        # Cards on a line of their own: beside the coverage's words, 412 cards wrapped the
        # recall onto a line by itself at 80 columns
        scope = len(d.services_in_scope)
        # the verb agrees with the services that have facts ("1 of its 5 services has")
        t.append(f"  coverage {_pct(d.coverage)}: {len(d.services)} of its {scope} "
                 f"service{'' if scope == 1 else 's'} "
                 f"{'has' if len(d.services) == 1 else 'have'} facts\n")
        t.append(f"  cards {d.cards}  studied {d.studied}  recall {_pct(d.recall_studied)}\n")
        practice = (f"{_pct(d.practice_accuracy)} of {d.practice_answers} answer"
                    f"{'s' if d.practice_answers != 1 else ''}"
                    if d.practice_accuracy is not None
                    else "no practice answers in this domain yet" if submitted
                    else _no_practice(r.interrupted))
        trend = " → ".join(_pct(x) for x in d.practice_trend[-4:])
        t.append(f"  practice {practice}" + (f" (trend {trend})" if len(d.practice_trend) > 1
                                            else ""))
        if not d.measured:
            what = "no cards" if not d.cards else "no card studied"
            t.append(f"\n  {what}, no practice answers: the forecast counts it at "
                     f"{_pct(d.p)}, a guess", style="dim")
        _services_said(t, d)
        parts.append(_hanging_lines(t))
    if r.next:
        parts += [Text(""), Text("Study next", style="bold")]
        for step in r.next:
            t = Text(f"• {step['domain']} (up to {step['up_to_points']} points)")
            for command in step["commands"]:
                t.append(f"\n    {command}", style="cyan")
            if step["services_missing"]:
                t.append("\n    add notes on: "
                         + ", ".join(map(_shown, step["services_missing"])))
            parts.append(_hanging_lines(t))
    if r.calibration:
        inside = sum(c["inside_band"] for c in r.calibration)
        mean = sum(c["error"] for c in r.calibration) / len(r.calibration)
        exams = "practice exam" if len(r.calibration) == 1 else "practice exams"
        t = Text(f"\nCalibration: {len(r.calibration)} {exams} after a forecast, "
                 f"{inside} inside the band, mean error {mean:+.0f}", style="bold")
        for c in r.calibration[-5:]:
            t.append(f"\n  {c['exam_at'][:10]}  forecast {c['forecast']} "
                     f"({c['low']}–{c['high']})  scored {c['scaled']}", style="")
        parts.append(t)
    return Group(*parts)


def _no_practice(interrupted: int) -> str:
    """What a domain with no practice answer says: an exam ended by Ctrl-C is left out, and
    said so ("no practice exams yet" after sitting one read as if it had been lost)."""
    if not interrupted:
        return "no practice exams yet"
    return f"no submitted practice exam yet ({interrupted} interrupted, left out)"


def _short(name: str) -> str:
    """'Design Secure Architectures' -> 'Secure'; short labels keep the bars inside 80 columns."""
    words = [w for w in name.replace(",", "").split()
             if w.lower() not in {"design", "architectures", "with", "aws", "and", "services"}]
    short = " ".join(words) or name
    # Whole words only: "Troubleshooting Optimization" cut at the bars' label width read as
    # "Troubleshooting Op"
    while len(short) > _LABEL_WIDTH and " " in short:
        short = short.rsplit(" ", 1)[0]
    return short


_LABEL_WIDTH = 18


def _services_said(t: Text, d) -> None:
    """A domain's services: in the notes, not in them, and named only in passing."""
    # the coverage count alone ("1 of its 11 services") left the student to guess which one
    if d.services:
        t.append(f"\n  in your notes: {_few([s['service'] for s in d.services])}")
    unnamed = [_shown(s) for s in d.services_missing if s not in d.services_named]
    if unnamed:
        t.append(f"\n  not in your notes: {_few(unnamed)}", style="yellow")
    if d.services_named:
        t.append(f"\n  in your notes only in passing (no fact of their own): "
                 f"{_few(d.services_named)}", style="yellow")


def _shown(service: str) -> str:
    """A service to add notes on, with the name AWS gives it today where it renamed it
    (services.shown_name): readiness told a student to add notes on "Kinesis Data
    Analytics", whose Flink applications are Managed Service for Apache Flink since."""
    from studycli.services import shown_name

    return shown_name(service)


def _hanging_lines(t: Text) -> Group:
    """Each line of a block wrapping under its own text, not back at column 0 ("Parameter Store
    / and 3 more" at 80 columns read as a line of its own)."""
    from studycli.ui.hanging import Hanging

    return Group(*(Hanging(line, indent=len(line.plain) - len(line.plain.lstrip()) + 2)
                   for line in t.split("\n")))


def _few(names: list[str]) -> str:
    """Up to four names, then how many more."""
    more = len(names) - 4
    return ", ".join(names[:4]) + (f" and {more} more" if more > 0 else "")
