"""Exams and comparisons on the shipped notes, parsed by the real parser."""

from __future__ import annotations

import re

import pytest

from studycli import compare as lib
from studycli.database import ensure_database
from studycli.exam.generate import generate_exam, load_pool
from studycli.exam.profiles import get_profile
from studycli.paths import content_dir
from studycli.store.facts import list_facts
from tests.helpers import full_or_capacity
from tests.test_exam_generate import (
    check_distinct_and_in_range,
    check_no_fact_twice,
    check_no_giveaways,
)

from .conftest import copy_of


@pytest.fixture(scope="module")
def shipped(tmp_path_factory, shipped_db_file):
    db = ensure_database(copy_of(shipped_db_file, tmp_path_factory.mktemp("shipped")))
    return db, load_pool(db), {f.id: f for f in list_facts(db)}


def _states(line: str, fact) -> bool:
    """The note line holds the fact: its numbers (1000 may be written 1K) or its code."""
    if fact.kind == "error_code":
        return fact.attribute in line
    if fact.kind == "invocation_mode":
        return True  # the invoker may be named by any alias; the line is checked by snippet
    flat = line.replace(",", "")
    for token in re.findall(r"\d+(?:[.,]\d+)*", fact.value):
        token = token.replace(",", "")
        if token not in flat and not (token.endswith("000") and f"{token[:-3]}K" in flat):
            return False
    return True


def test_full_exams_on_the_shipped_notes(shipped):
    db, pool, facts = shipped
    lines = {}
    for seed in range(8):
        exam = generate_exam(pool, get_profile("saa-c03"), seed)
        # The shipped notes' vouched facts fill 65 questions only without multiple response
        # (five or six facts a question): a full exam comes first; a shorter one carries some
        # (test_questions_round2.test_one_question_per_measure_while_the_notes_have_room).
        full_or_capacity(exam, 65)
        assert sum(q.multi for q in exam.questions) <= 10
        check_distinct_and_in_range(exam)
        check_no_giveaways(exam)
        check_no_fact_twice(exam, facts)
        for q in exam.questions:
            for fid in q.fact_ids:
                fact = facts[fid]
                text = lines.setdefault(fact.source, (content_dir() / fact.source).read_text(
                    encoding="utf-8-sig").splitlines())
                note_line = text[fact.line - 1]
                assert note_line.strip() == fact.snippet.strip()
                assert _states(note_line, fact), (fact, note_line)
            assert (facts[q.fact_ids[0]].source, facts[q.fact_ids[0]].line) == (q.source, q.line)


def test_issue_pairs_on_the_shipped_notes(shipped):
    db = shipped[0]
    sqs_kinesis = lib.compare(db, "sqs", "kinesis")
    assert any("multiple consumers" in r.right.value for r in sqs_kinesis.rows)
    fifo = lib.compare(db, "standard queue", "fifo queue")
    assert len(fifo.rows) >= 3
    sns = lib.compare(db, "sqs", "sns")
    assert any(r.aspect == "max message size" for r in sns.rows)
    assert lib.compare(db, "standard workflow", "express workflow").rows
    assert lib.compare(db, "short polling", "long polling").rows
