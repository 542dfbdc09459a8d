"""Lookups the notes answer, read where they were passed over (session 53): an exam debrief's
"q: <question> -> <the answer it led to>" line states its answer (notes/blocks.py), where
the whole line had been read as a question, no fact of it read; a two-word service name
whose first word is misspelled ("# dinamo db") is the service (notes/service_typos.py)."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from studycli.cli import app
from tests.helpers import notes_conn

DEBRIEF = (
    "# Lambda\n"
    "* q: function needs more CPU -> increase memory. memory goes 128 MB up to 10,240 MB\n"
    "* q: what is the max memory?\n"
)


def _rows(conn):
    return [tuple(r) for r in conn.execute(
        "SELECT service, attribute, qualifier, value, line FROM facts").fetchall()]


def test_a_question_line_states_the_answer_after_its_arrow(tmp_path):
    rows = _rows(notes_conn(tmp_path, DEBRIEF, name="debrief.txt"))
    assert ("Lambda", "memory", "max", "10,240 MB", 2) in rows, rows
    assert not [r for r in rows if r[-1] == 3], rows  # a question with no answer says nothing


def test_the_question_before_the_arrow_gives_no_figure(tmp_path):
    text = "# Lambda\n- q: zip is 80 MB and upload fails -> direct upload max is 50 MB zipped\n"
    values = {r[3] for r in _rows(notes_conn(tmp_path, text, name="debrief.txt"))}
    assert "50 MB" in values and "80 MB" not in values, values


def test_lookup_answers_from_the_answer_of_a_debriefs_question(tmp_path, monkeypatch):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "debrief.txt").write_text(DEBRIEF)
    monkeypatch.setenv("STUDYCLI_DB", str(tmp_path / "cli.db"))
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(notes)]).exit_code == 0
    result = runner.invoke(app, ["lookup", "lambda memory max", "--json"])
    assert result.exit_code == 0, result.output
    first = json.loads(result.output)[0]
    assert (first["value"], first["line"]) == ("10,240 MB", 2)


def test_a_misspelled_first_word_of_a_two_word_name_is_the_service(tmp_path):
    text = "# dinamo db\n- item size max 400 KB\n"
    rows = _rows(notes_conn(tmp_path, text, name="db.md"))
    assert ("DynamoDB", "item size", "max", "400 KB", 2) in rows, rows


def test_a_plural_or_a_name_of_its_own_is_no_misspelled_first_word(tmp_path):
    from studycli.notes.service_typos import repair_service_typos

    lines = ["- lambdas function urls", "- Amazon DB notes", "- Dinamo DB", "- Dinamo Connect"]
    repair_service_typos(lines)
    assert lines == ["- lambdas function urls", "- Amazon DB notes", "- Dynamo DB",
                     "- Dinamo Connect"]


def test_an_arrow_inside_what_a_question_asks_is_no_answer(tmp_path):
    # (review of session 53) the arrows of a flow the question describes, its "?" after them:
    # the line is the question whole, and the answer under it is read as before
    text = ("# Kinesis\n"
            "Q: producer -> Kinesis -> Firehose -> S3, buffer interval max?\n"
            "A: 900 seconds\n")
    rows = _rows(notes_conn(tmp_path, text, name="debrief.txt"))
    assert [r for r in rows if r[3] == "900 s"] and all(
        r[1:4] == ("interval", "max", "900 s") for r in rows if r[3] == "900 s"), rows
    assert not [r for r in rows if r[-1] == 2], rows


def test_ordinary_words_before_a_names_second_word_stay_as_written():
    from studycli.notes.service_typos import repair_service_typos

    lines = ["- dynamic db schema", "- the cloud front-end calls the API", "- healthy dashboard",
             "- could watch the queue", "- stage machine", "- secret manager role",
             "- even bridge traffic", "- transmit gateway", "- trustee advisor",
             "- kinetic stream", "- cloudy front"]
    written = list(lines)
    repair_service_typos(lines)
    assert lines == written
