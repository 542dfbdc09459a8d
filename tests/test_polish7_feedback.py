"""A missed multiple-choice card names the right option as it was shown, not the note's raw
text (which follows, under "From your notes:")."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from rich.console import Console

from studycli.model import Fact, Kind
from studycli.questions import card_types_for
from studycli.quiz.session import Result
from studycli.ui import quiz_view as view

from .test_quiz_view import COUNTS, item_for

NOW = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
RAW = ("Integration failure/timeout(Dault: 29S) - If lambda is providing backing compute "
       "then 29s")


def _screen(renderable) -> str:
    out = io.StringIO()
    Console(file=out, width=200, color_system=None).print(renderable)
    return out.getvalue()


def test_a_missed_choice_names_the_option_shown():
    fact = Fact("API Gateway", "", "504", Kind("error_code"), "", RAW, None, None,
                source="n.md", line=7, snippet=f"504 - {RAW}")
    checked = 0
    for card_type in card_types_for(fact):
        item = item_for(fact, card_type, as_written=True)
        q = item.question
        if not q.options:
            continue
        right = [q.options[i] for i in q.answers]
        wrong = next(i for i in range(len(q.options)) if i not in q.answers)
        screen = _screen(view.result_panel(Result(item, 1, False, {wrong}, NOW, 1, NOW), COUNTS))
        verdict = next(line for line in screen.splitlines() if "Not quite" in line)
        assert verdict.split("Answer: ", 1)[1].strip(" │") == " · ".join(right)
        assert "From your notes:" in screen and "n.md:7" in screen
        checked += 1
    assert checked == 2  # code to meaning, and meaning to code
