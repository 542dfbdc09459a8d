"""A question pointed back at a line with an arrow doubts its figure only when it asks whether
the line holds ("<- hard limit?", "<- still true now?"): one that asks for something else
("<- what's the limit for FIFO?", "<- which one is right: SQS or SNS?") or whose doubt word
sits in a clause before the question ("<- hard limit. What about the DLQ?") does not."""

from __future__ import annotations

import pytest

from studycli.ui.lookup_plain import hedged

from .helpers import ingest_text, run_here


@pytest.mark.parametrize("line", [
    "- API GW timeout 29 sec <- hard limit?",
    "- API GW timeout 29 sec <- still true now?",
    "- max 5 GB <- still 1.5 GB now?",  # a point inside a number ends no clause
    "- retention 14 days <- is that correct for FIFO too?",
    "- retention 14 days ← still right?",
    "- max message size 256 KB <-- now 1 MiB?",
])
def test_a_question_whether_the_line_holds_doubts_it(line):
    assert hedged(line)


@pytest.mark.parametrize("line", [
    "- visibility timeout 30 s <- what's the limit for FIFO?",
    "- visibility timeout 30 s <- (what is the limit for FIFO?)",
    "- max 10 <- how do I raise the limit?",
    "- fan-out <- which one is right: SQS or SNS?",
    "- retention 14 days <- hard limit. What about the DLQ?",
    "- max 10 <- right; and for FIFO?",
])
def test_a_question_asking_for_something_else_leaves_the_figure_sure(line):
    assert not hedged(line)


# (the parser reads no fact from a line whose arrow asks "what's the limit for FIFO?")
@pytest.mark.parametrize("arrow, unsure", [("hard limit. What about the DLQ?", False),
                                           ("hard limit?", True)])
def test_lookup_says_so_only_for_the_doubting_arrow(tmp_path, arrow, unsure):
    _, db, _ = ingest_text(tmp_path, f"## SQS\n- visibility timeout max 12 hours <- {arrow}\n")
    shown = run_here("lookup", "sqs visibility timeout max", db=db).stdout
    assert "12" in shown.split("\n")[0], shown
    assert ("unsure" in shown) == unsure, shown
