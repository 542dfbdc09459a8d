"""Past attempts and their trend."""

from __future__ import annotations

from studycli.exam.scoring import has_verdict

TREND_WINDOW = 5


def trend(attempts: list[dict], window: int = TREND_WINDOW) -> dict:
    """Change in scaled score over the last `window` attempts (oldest first in `attempts`:
    those with a verdict, as exam_history passes them; `passed` is None for the others)."""
    recent = attempts[-window:]
    out = {"attempts": len(attempts), "window": len(recent), "change": None,
           "average": None, "best": None, "passed": sum(1 for a in attempts if a["passed"])}
    if recent:
        scores = [a["scaled"] for a in recent]
        out["average"] = round(sum(scores) / len(scores))
        out["best"] = max(a["scaled"] for a in attempts)
    if len(recent) >= 2:
        out["change"] = recent[-1]["scaled"] - recent[0]["scaled"]
    return out


def in_trend(attempt: dict) -> bool:
    """Whether an attempt's score speaks of progress: submitted (not ended by Ctrl-C, its
    unanswered questions counted wrong) and long enough for a verdict (a 3-question exam
    scores only 100, 400, 700 or 1000: one of them beside a full exam read as "-90")."""
    return not attempt["interrupted"] and has_verdict(attempt["questions"])
