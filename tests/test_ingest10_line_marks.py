"""Issue #12: not_a_limit skips the searches a line cannot match (no ">" in it, no "every", no
"last"...), found once per line (attribution._line_marks). Skipping must never change a reason:
every line is read again with every search made, and the reasons must be the same."""

from __future__ import annotations

from pathlib import Path

import pytest

from studycli.extract import attribution
from studycli.extract.attribution import not_a_limit
from studycli.extract.cues import words
from studycli.extract.quantities import find_quantities

REPO = Path(__file__).resolve().parent.parent
EVERY_MARK = frozenset({"<", ">", "(", "[", "=", "every", "free", "last", "like", "unit",
                        "month"})

# one line per skipped search, each in the case and characters a note may write it in
LINES = [
    "5 min - 36 hours (was 8 hours)", "[was 60 s] now 900 s",
    "throttles if traffic > 2x the previous peak within 30 min", "only if size < 5 GB then 10 min",
    "scales on the peak of the LAST 30 days", "usage over the Past 14 days",
    "payload > 6 MB", "use Step Functions when the workflow > 15 min",
    "1,000 execution environments EVERY 10 seconds", "runs every 30 seconds",
    "1 WCU = 1 KB write per second", "One write capacity unit equals one 1 KB write per second",
    "EC2 750 hours per month on the FREE tier", "12 months free (t3.micro 750 hrs/mo)",
    "EC2 750 hours per month for 12 months",
    "1 RCU: one strongly consistent read per second of up to 4 KB",
    "a WCU is one 1 KB write per second", "burst credits: 5.4 million",
    "target tracking, like keep average CPU at 40 percent", "scale out (LIKE 10 shards)",
    "schedule rate(5 minutes) for the cleanup", "e.g. 30 seconds for most jobs",
    "max visibility timeout 12 hours", "retention 14 days (default 4 days)",
]


def _reasons(lines: list[str]) -> list[tuple[str, str, str]]:
    return [(line, q.text, not_a_limit(q, line)) for line in lines for q in find_quantities(line)]


def _variants(line: str) -> list[str]:
    # an ASCII line is prefiltered by its lower-cased text; another is always searched
    return [line, line.upper(), f"• {line}", f"ſ {line}"]


def _note_lines() -> list[str]:
    lines = [v for line in LINES for v in _variants(line)]
    for path in sorted((REPO / "content").iterdir()):
        lines += [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return lines


def test_the_example_lines_keep_their_reasons():
    reasons = {(line, text): why for line, text, why in _reasons(LINES)}
    assert reasons[("5 min - 36 hours (was 8 hours)", "8 hours")] == attribution.OLD_VALUE
    assert reasons[("payload > 6 MB", "6 MB")] == "a threshold"
    assert reasons[("1 WCU = 1 KB write per second", "1 WCU")] == "a unit definition"
    assert reasons[("scales on the peak of the LAST 30 days", "30 days")].startswith(
        "a look-back window")
    assert reasons[("max visibility timeout 12 hours", "12 hours")] == ""
    assert reasons[("scale out (LIKE 10 shards)", "10 shards")] == "an example"
    assert reasons[("schedule rate(5 minutes) for the cleanup", "5 minutes")] == "an example"
    # (a monthly allowance on the free tier is no limit: session 16's reviewer finding)
    assert reasons[("EC2 750 hours per month on the FREE tier", "750 hours")] == (
        "a free-tier allowance")
    assert reasons[("EC2 750 hours per month for 12 months", "12 months")] == (
        "a free-tier allowance")
    assert reasons[("12 months free (t3.micro 750 hrs/mo)", "12 months")] == "a free-tier allowance"


def test_every_free_tier_cue_holds_the_mark_that_lets_it_be_searched():
    # _line_marks looks for "free" before the free-tier cues (data/cues.json) are searched
    assert all("free" in word.lower() for word in words("free_tier_cues"))


def test_skipping_searches_changes_no_reason(monkeypatch: pytest.MonkeyPatch):
    lines = _note_lines()
    skipped = _reasons(lines)
    monkeypatch.setattr(attribution, "_line_marks", lambda line: EVERY_MARK)
    searched = _reasons(lines)
    assert skipped == searched
    assert sum(1 for *_, why in searched if why) >= 50  # the lines do give reasons
