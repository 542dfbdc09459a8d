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
