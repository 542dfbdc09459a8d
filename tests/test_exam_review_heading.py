"""The exam review after submitting: what was answered wrong is told apart from what was
skipped, and a note line the explanation already quotes is not printed a second time."""

from __future__ import annotations

import re

from rich.console import Console

from studycli.exam.model import ExamQuestion
from studycli.exam.scoring import Miss, Result
from studycli.ui.exam_view import render_review


def _question(i: int, explanation: str) -> ExamQuestion:
    return ExamQuestion(id=f"q{i}", service="SQS", kind="limit", stem=f"Stem {i}?",
                        options=("1 s", "2 s", "3 s", "4 s"), answers=(1,), multi=False,
                        explanation=explanation, source="sqs.md", line=7 + i,
                        snippet=f"- the note line number {i}")


def _shown(misses: list[Miss]) -> str:
    result = Result(profile="quick", seed=1, raw=0, total=len(misses), scaled=100,
                    pass_mark=720, passed=False, misses=misses)
    console = Console(width=80, record=True, color_system=None)
    for part in render_review(result):
        console.print(part)
    return console.export_text()


def test_the_heading_tells_wrong_answers_from_skipped_questions():
    wrong, blank = Miss(0, _question(0, "Because."), (2,)), Miss(1, _question(1, "Because."), ())
    assert "Review: 1 answered wrong, 1 unanswered" in _shown([wrong, blank])
    assert "Review: 2 unanswered" in _shown([blank, Miss(2, _question(2, "x"), ())])
    assert "Review: 1 missed" in _shown([wrong])


def test_a_quoted_note_line_is_not_repeated_under_the_explanation():
    quoted = _question(0, 'Your notes: "- the note line number 0" (sqs.md:7).')
    text = _shown([Miss(0, quoted, (2,))])
    assert text.count("the note line number 0") == 1
    assert "note: " not in text
    unquoted = _question(1, "Visibility timeout hides a received message.")
    text = _shown([Miss(1, unquoted, (2,))])
    assert "note: - the note line number 1" in text and "sqs.md:8" in text


def test_the_review_names_each_option_by_the_keys_the_question_screen_showed():
    """A new user's "Choose THREE" question showed its sixth option as "6" (letters stop at e:
    f flags), and the review then named the key "F. Elastic Load Balancing"."""
    from dataclasses import replace

    from studycli.ui.exam_view import render_question

    six = replace(_question(0, "Because."),
                  options=("Amazon SQS", "Amazon Data Firehose", "Amazon Cognito", "Amazon SNS",
                           "AWS Batch", "Elastic Load Balancing"), answers=(1, 2, 5), multi=True)
    text = _shown([Miss(0, six, (0,))])
    flat = " ".join(text.replace("│", " ").split())
    assert "2/b Amazon Data Firehose; 3/c Amazon Cognito; 6 Elastic Load Balancing" in flat, text
    assert "F." not in text and "1/a Amazon SQS" in text

    class Session:  # what render_question reads
        question, current, chosen, flagged, exam = six, 0, {}, set(), None

        def remaining(self):
            return 60.0

        def answered(self):
            return 0

    Session.exam = type("E", (), {"questions": [six]})()
    screen = Console(width=80, record=True, color_system=None)
    screen.print(render_question(Session()))
    shown = screen.export_text()
    assert "2/b" in shown and re.search(r"\b6\s+Elastic Load Balancing", shown), shown
    assert "1-6 (a-e for 1-5)" in shown, shown  # the letters stop where the screen's do
