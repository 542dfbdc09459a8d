"""Past attempts and their trend."""

from __future__ import annotations

from studycli.exam.scoring import has_verdict

TREND_WINDOW = 5


def trend(attempts: list[dict], window: int = TREND_WINDOW) -> dict:
    """Change in scaled score over the last `window` attempts (oldest first in `attempts`)."""
    recent = attempts[-window:]
    out = {"attempts": len(attempts), "window": len(recent), "change": None,
           "average": None, "best": None, "passed": sum(1 for a in attempts
                                                    if a["passed"] and has_verdict(a["questions"]))}
    if recent:
        scores = [a["scaled"] for a in recent]
        out["average"] = round(sum(scores) / len(scores))
        out["best"] = max(a["scaled"] for a in attempts)
    if len(recent) >= 2:
        out["change"] = recent[-1]["scaled"] - recent[0]["scaled"]
    return out
