"""One exam asks one question per note line, unless the notes are too thin to fill it.

Independent reviewers of session 17 found near-duplicates drawn from one line: three questions
on one SQS delay-queue line (its maximum, its range and a delay-queue scenario), three on one
API Gateway cache line, three availability figures of one S3 line. Another question from a
line already asked waits until every other line has had its turn."""

from __future__ import annotations

from collections import Counter

import pytest

from studycli.database import ensure_database
from studycli.exam.generate import generate_exam, load_pool
from studycli.exam.profiles import get_profile
from studycli.store.facts import list_facts
from tests.helpers import note_db


def _lines_asked(exam, facts) -> Counter:
    """How many questions ask or quote each note line (every fact a question uses)."""
    return Counter(line for q in exam.questions
                   for line in {(facts[i].source, facts[i].line) for i in q.fact_ids})


@pytest.mark.parametrize("profile", ["saa-c03", "dva-c02"])
def test_a_full_exam_asks_each_note_line_once(dev_notes_copy, profile):
    # unseen10's notes fill a 65-question exam; before, seed 1 asked five to seven lines twice
    # (an EBS table row's size, IOPS and throughput; a delay queue's range and its scenario)
    db = dev_notes_copy("unseen10_notes")
    pool, facts = load_pool(db), {f.id: f for f in list_facts(db)}
    exam = generate_exam(pool, get_profile(profile), 1)
    assert len(exam.questions) == 65
    twice = {line: n for line, n in _lines_asked(exam, facts).items() if n > 1}
    assert not twice, twice


def test_notes_too_thin_to_fill_an_exam_still_ask_a_line_twice(tmp_path):
    # One line, two measures the reference vouches for: the exam asks both rather than one
    db = ensure_database(note_db(tmp_path, "# Lambda\n\n- Lambda timeout default 3 seconds, "
                                           "max 15 minutes, memory 128 MB to 10,240 MB\n"))
    pool, facts = load_pool(db), {f.id: f for f in list_facts(db)}
    exam = generate_exam(pool, get_profile("saa-c03"), 1)
    assert len(exam.questions) >= 2
    assert _lines_asked(exam, facts) == Counter({("n.md", 3): len(exam.questions)})


MULTI_LINE = ("# Notes\n\n"
              "- Lambda timeout default 3 seconds, max 15 minutes, memory 128 MB to 10,240 MB\n"
              "- SQS visibility timeout default 30 seconds, max 12 hours\n"
              "- DynamoDB item size max 400 KB\n"
              "- SQS message retention default 4 days, max 14 days\n")


def test_a_trimmed_exam_keeps_each_lines_first_question_before_any_second(tmp_path):
    # A short exam is its notes' capacity draw trimmed to the caps and the length; the trim
    # took the draw's questions in order, so a line's second question ahead of another
    # line's first (a topic's other key comes after the line-relaxed draws) was kept and
    # that first dropped. The draw is reversed here to put the Lambda line's second first.
    from collections import defaultdict

    from studycli.exam.blueprint import blueprint
    from studycli.exam.generate import _best_draw, _Draft, _lines_of, _within_caps, exam_basis
    from studycli.exam.truths import Truths

    pool = load_pool(ensure_database(note_db(tmp_path, MULTI_LINE)))
    facts, scenarios = exam_basis(pool)
    by_service = defaultdict(list)
    for f in facts:
        by_service[f.service].append(f)
    plan = blueprint("saa-c03")
    draft, rng, drawn = _best_draw([("1/capacity", 0, False)], len(facts) + len(scenarios),
                                   by_service, pool, Truths(pool), plan, None, scenarios)
    lines = [frozenset(_lines_of(q, pool)) for q in draft.questions]
    distinct = len(set().union(*lines))
    assert len(lines) > distinct >= 3, lines  # some line asked twice by the full draw
    backwards = _Draft(draft.caps, plan)
    backwards.pool = pool
    backwards.questions, backwards.leads = draft.questions[::-1], draft.leads[::-1]
    kept = _within_caps((backwards, rng, drawn), distinct, plan, False)[0]
    asked = Counter(line for q in kept.questions for line in _lines_of(q, pool))
    assert len(kept.questions) == distinct and set(asked.values()) == {1}, asked


def test_a_thin_multi_line_exam_asks_every_line_before_any_twice(tmp_path):
    db = ensure_database(note_db(tmp_path, MULTI_LINE))
    pool, facts = load_pool(db), {f.id: f for f in list_facts(db)}
    for seed in range(1, 4):
        exam = generate_exam(pool, get_profile("saa-c03"), seed)
        asked = _lines_asked(exam, facts)
        assert len(asked) == 4, asked  # every line asked
