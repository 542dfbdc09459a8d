"""A line that ends in "?" is a question only if it asks: one that states a quantity and says
no word that asks is the student doubting a figure ("SQS max retention 14 days?"), and its fact
is read (marked unsure), so that lookup finds it and `check` can tell whether it still holds.
A new user's doubted "memory 128 MB to 3008 MB   <- check this??" had made no fact at all."""

from __future__ import annotations

import json

from .helpers import ingest_text, run_here

NOTES = """## SQS
- SQS max retention 14 days?
- How long can a message stay in the queue?
## Lambda
- memory 128 MB to 3008 MB   <- check this??
- isnt it 3 retries?
- Q10 (missed): Fargate with 40 GB RAM needed?
- Route 53 SLA?
- What is the max timeout in minutes, 15?
"""


def _by_line(db) -> dict[int, set[tuple[str, str, str]]]:
    facts = json.loads(run_here("facts", "--json", db=db).stdout)
    out: dict[int, set[tuple[str, str, str]]] = {}
    for f in facts:
        if f["kind"] != "fact":
            out.setdefault(f["line"], set()).add((f["service"], f["attribute"], f["value"]))
    return out


def test_a_doubted_figure_is_read_and_a_question_is_not(tmp_path):
    _, db, _ = ingest_text(tmp_path, NOTES)
    by_line = _by_line(db)
    assert ("SQS", "retention period", "14 days") in by_line[2]
    assert any(s == "Lambda" and "memory" in a and v.endswith("3008 MB") for s, a, v in by_line[5])
    # questions: a word that asks, a practice question's number, no quantity to doubt
    for line in (3, 6, 7, 8, 9):
        assert line not in by_line, (line, by_line.get(line))


def test_lookup_answers_from_the_doubted_line_and_says_it_is_unsure(tmp_path):
    _, db, _ = ingest_text(tmp_path, NOTES)
    shown = run_here("lookup", "sqs max retention", db=db).stdout
    assert "14 days" in shown.split("\n")[0]
    assert "unsure" in shown


def test_an_aside_that_asks_marks_the_figure_unsure(tmp_path):
    # a new user's "integration timeout 29 sec (can be raised for REST now?)": the student
    # doubts the figure is the whole story, and the answer should say so
    _, db, _ = ingest_text(tmp_path, "## API Gateway\n"
                                     "- integration timeout 29 sec (can be raised for REST now?)\n")
    shown = run_here("lookup", "api gateway integration timeout", db=db).stdout
    assert "29" in shown.split("\n")[0]
    assert "unsure" in shown


def test_an_aside_asking_about_something_else_leaves_the_figure_sure(tmp_path):
    _, db, _ = ingest_text(tmp_path, "## API Gateway\n"
                                     "- integration timeout 29 sec (what about HTTP APIs?)\n")
    shown = run_here("lookup", "api gateway integration timeout", db=db).stdout
    assert "29" in shown.split("\n")[0]
    assert "unsure" not in shown


def test_which_asides_doubt_the_figure():
    from studycli.ui.lookup_plain import hedged

    for line in ("timeout 29 sec (still?)", "retention 14 days (or is it 7?)",
                 "max 10 (can be raised?)", "max 10 (?)", "limit 5 (15 now?)"):
        assert hedged(line), line
    assert not hedged("timeout 29 sec (what about HTTP APIs?)")
