"""A flashcard's answer on the line under its question, after an arrow ("Q: max visibility
timeout?" / "-> 12 h"), is the value of what the question asks, as an "A:" line's is: read
alone, "-> 12 h" was a duration of whatever the heading named, and "sqs max visibility
timeout" was answered with the Lambda timeout of the card below it (issue 10)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from studycli.cli import app
from studycli.extract import parse_note
from tests.helpers import note_db, run_here

CARDS = """\
# SQS
Q: max visibility timeout?
-> 12 h

Q: default retention period?
→ 4 days

Q: Lambda max timeout?
=> 15 minutes
"""


def _facts(text: str) -> set[tuple[str, str, str, str, int]]:
    return {(f.service, f.attribute, f.qualifier, f.value, f.line)
            for f in parse_note(text, "cards.md").facts}


def test_an_arrow_answer_is_the_value_its_question_asks():
    facts = _facts(CARDS)
    assert ("SQS", "visibility timeout", "max", "12 h", 3) in facts
    assert ("SQS", "retention period", "default", "4 days", 6) in facts
    # the question names its own service: the heading's is not the answer's
    assert ("Lambda", "execution timeout", "max", "15 min", 9) in facts


def test_lookup_answers_each_card_with_its_own_answer(tmp_path):
    note = tmp_path / "cards.md"
    note.write_text(CARDS, encoding="utf-8")
    db = tmp_path / "s.db"
    assert run_here("ingest", str(note), db=db).returncode == 0
    hits = json.loads(run_here("lookup", "sqs max visibility timeout", "--json", db=db).stdout)
    assert hits and hits[0]["value"] == "12 h" and hits[0]["line"] == 3
    retention = json.loads(run_here("lookup", "sqs retention default", "--json", db=db).stdout)
    assert retention and retention[0]["value"] == "4 days"


def test_arrow_lines_that_answer_no_question_above_are_read_as_before():
    # a practice log's explanation under a question that does not end in "?"
    log = ("# SQS\nQ12 (got it wrong) - correct answer C: visibility timeout\n"
           "-> 12 h\n")
    assert not any(f[1] == "visibility timeout" and f[3] == "12 h" for f in _facts(log))
    # an arrow two lines below its question, past another line, answers nothing of it
    apart = "# SQS\nQ: max visibility timeout?\nsee chapter 3\n-> 12 h\n"
    assert not any(f[1] == "visibility timeout" and f[2] == "max" for f in _facts(apart))


def test_an_arrow_answer_marked_wrong_or_doubted_answers_nothing():
    # the student's own wrong or unsure answer under the card: never the question's value
    for card in ("# SQS\nQ: max visibility timeout?\n-> 15 min ✗\n",
                 "# SQS\nQ: max visibility timeout?\n-> 15 min (wrong)\n",
                 "# SQS\nQ: max visibility timeout?\n-> 15 min?? not sure\n"):
        assert not any(f[1] == "visibility timeout" and f[3] == "15 min"
                       for f in _facts(card)), card



@pytest.mark.parametrize("card", [
    "# SQS\n\nQ: sqs max visibility timeout?\n-> 15 min (wrong)\n",
    "# SQS\n\nq: sqs max visibility timeout -> 15 min (wrong)\n",
])
def test_lookup_abstains_on_an_arrow_answer_marked_wrong(tmp_path, card):
    # (review of session 53) the wrong answer made a fact, stored though linked to no card:
    # "sqs max visibility timeout" answered 15 min; the one-line form split it off unchecked
    db = note_db(tmp_path, card, name="cards.md")
    out = CliRunner().invoke(app, ["lookup", "sqs max visibility timeout", "--json",
                                   "--db", str(db)])
    assert out.exit_code == 1 and json.loads(out.output) == [], out.output


def test_a_cross_strikes_an_answer_but_a_times_sign_does_not():
    # "×" is a student's cross ("-> 15 min ×") and a multiplication sign ("12 × 60",
    # "retries 2×"): only the cross makes the answer the student's wrong one
    crossed = "# SQS\nQ: max visibility timeout?\n-> 15 min ×\n"
    assert not any(f[1] == "visibility timeout" and f[3] == "15 min" for f in _facts(crossed))
    for card in ("# SQS\nQ: max visibility timeout?\n-> 12 h, i.e. 720 min (12 × 60)\n",
                 "# SQS\nQ: max visibility timeout?\n-> 12 h, 2× what I guessed\n"):
        assert any(f[1] == "visibility timeout" and f[3] == "12 h" for f in _facts(card)), card


def test_lookup_answers_a_one_line_card_whose_answer_multiplies(tmp_path):
    # lookup's own reading of "q: ... -> answer" lines strikes a crossed answer, not a product
    card = "# SQS\n\nq: sqs max visibility timeout -> 12 h, i.e. 720 min (12 × 60)\n"
    db = note_db(tmp_path, card, name="cards.md")
    out = CliRunner().invoke(app, ["lookup", "sqs max visibility timeout", "--json",
                                   "--db", str(db)])
    assert out.exit_code == 0 and json.loads(out.output)[0]["value"] == "12 h", out.output
