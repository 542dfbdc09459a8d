"""A measure a note names in its own language is asked by AWS's English name for it. A Czech
student's "Logs Insights: dotaz timeout 15 min" (dotaz: query) was asked "What is the maximum
dotaz timeout?" (an AWS-certified reviewer of session 44's blind sets: garbled, twice). The
reference entry vouching for the figure names the measure; the stem uses that name."""

from __future__ import annotations

import random

import pytest

from tests.helpers import note_db

NOTE = """# CloudWatch
- Logs Insights: dotaz timeout 15 min
- CloudWatch Logs: χρόνος ερωτήματος Insights timeout 15 min
- SQS visibility timeout default 30 s, max 12 h
"""


@pytest.fixture(scope="module")
def conn(tmp_path_factory):
    from studycli.database import ensure_database

    return ensure_database(note_db(tmp_path_factory.mktemp("english"), NOTE))


def _asked(conn, service: str):
    from studycli.exam.generate import load_pool
    from studycli.questions import build_question
    from studycli.store.facts import list_facts

    pool = load_pool(conn)
    asked = []
    for fact in list_facts(conn):
        if fact.service == service and fact.number is not None:
            for seed in range(6):
                q = build_question(fact, "choice", pool, random.Random(seed))
                if q is not None:
                    asked.append(q)
    return asked


def test_a_measure_named_in_another_language_is_asked_by_its_english_name(conn):
    asked = _asked(conn, "CloudWatch Logs")
    assert asked, "the query timeout is asked"
    for q in asked:
        assert "dotaz" not in q.stem and "dotaz" not in q.explanation, q.stem
        assert "Logs Insights query timeout" in q.stem, q.stem
        assert q.options[q.answers[0]] == "1 hour", q.options


def test_an_english_name_keeps_the_notes_words(conn):
    stems = {q.stem for q in _asked(conn, "SQS")}
    assert stems and all("visibility timeout" in s for s in stems), stems


def test_foreign_words_tells_a_name_no_english_source_uses():
    from studycli.questions.english_names import foreign_words

    assert foreign_words("dotaz timeout") == ["dotaz"]
    assert foreign_words("czas retencji") == ["czas", "retencji"]
    assert foreign_words("χρόνος timeout") == ["χρόνος"]
    # English the reference writes, in the forms notes write it
    assert foreign_words("message retention period") == []
    assert foreign_words("retries") == []
    # known only through an ending: the reference writes "rotate", never "rotating"
    assert foreign_words("rotating") == []
    assert foreign_words("rotated") == []
    assert foreign_words("msg ttl") == []
    # the vouching entry's own words count without the whole reference
    assert foreign_words("zorblax timeout", "the zorblax timeout of a thing") == []



def test_in_another_language_needs_a_foreign_word_and_the_same_head():
    from studycli.questions.english_names import in_another_language

    assert in_another_language("dotaz timeout", "Logs Insights query timeout")
    assert in_another_language("czas retencji", "message retention period")
    # an English head AWS's name does not share: the note's name names the figure
    assert not in_another_language("zorblax interval", "detailed monitoring")
    # an aside is not the name ("interval (paid)": paid detailed monitoring's interval)
    assert not in_another_language("interval (zaplacený)", "detailed monitoring")
    assert not in_another_language("visibility timeout", "visibility timeout")
