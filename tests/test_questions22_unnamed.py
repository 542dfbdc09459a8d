"""A fact with no qualifier whose note line gives another value of its unit that no fact of
the line accounts for makes no question (questions/ambiguity.unnamed_alternative): "health
checkers check every 30 sec by default, fast option 10 sec" gave "interval: 10 s" alone, and
"What is the interval for Amazon Route 53?" keyed 10 s taught the fast option as the interval
(session 21 reviewers; session 22 review of the development sets)."""

import random

from studycli.model import Fact, Kind
from studycli.questions import FactPool, build_question
from studycli.questions.ambiguity import unnamed_alternative


def _fact(attribute: str, value: str, number: float, snippet: str, unit: str = "s",
          qualifier: str = "", service: str = "Route 53", subject: str = "") -> Fact:
    return Fact(service=service, subject=subject, attribute=attribute, kind=Kind.LIMIT,
                qualifier=qualifier, value=value, number=number, unit=unit, source="n.md",
                line=3, snippet=snippet)


LOST = "Route 53 health checkers check every 30 sec by default, fast option 10 sec"


def test_a_value_whose_naming_words_were_lost_is_not_asked():
    fast = _fact("interval", "10 s", 10, LOST)
    assert unnamed_alternative(fast, [fast])
    assert build_question(fast, "recall", FactPool.from_facts([fast]), random.Random(1)) is None


def test_a_value_another_fact_of_the_line_states_is_accounted_for():
    fast = _fact("interval", "10 s", 10, LOST)
    default = _fact("interval", "30 s", 30, LOST, qualifier="default")
    other_measure = _fact("timeout", "30 s", 30, LOST)
    for accounted in (default, other_measure):
        assert not unnamed_alternative(fast, [fast, accounted])


def test_a_qualified_fact_a_restated_value_and_grouped_thousands_are_still_asked():
    maximum = _fact("interval", "10 s", 10, LOST, qualifier="max")
    restated = _fact("timeout", "900 s", 900, "Timeout: 900 sec (15 min)", service="Lambda")
    grouped = _fact("throughput", "4000 MB/s", 4000 * 2**20,
                    "- io2 Block Express: 4.000 MB/s, milisaniye altı latency", unit="B",
                    service="EBS", subject="io2")
    # a subject says which value is asked; a value in another sentence, or struck through, is
    # no rival (each of these was dropped by a first version of the rule on unseen52-57)
    subject = _fact("availability", "99.99%", 99.99, "S3 Standard is designed for 99.99% "
                    "availability, Standard-IA for 99.9%", unit="%", service="S3",
                    subject="S3 Standard")
    other_sentence = _fact("durability", "99.999999999%", 99.999999999, "Every class has "
                           "99.999999999% durability. Standard-IA is 99.9% available", unit="%",
                           service="S3")
    struck = _fact("integration timeout", "29 s", 29, "- 504 -> hit the ~~30 s~~ 29 s timeout",
                   service="API Gateway")
    for fact in (maximum, restated, grouped, subject, other_sentence, struck):
        assert not unnamed_alternative(fact, [fact]), fact.snippet
    pool = FactPool.from_facts([restated], as_written=True)
    q = build_question(restated, "recall", pool, random.Random(1))
    assert q is not None and q.answer_text == "900 s"


def test_the_quiz_of_an_ingested_note_leaves_the_lost_value_unasked(tmp_path):
    from studycli.store.db import connect
    from tests.helpers import ingest_text
    from tests.review.harness import quiz_items

    _notes, db, _ = ingest_text(tmp_path, LOST + " (costs more)\n\nSQS visibility timeout: "
                                "default 30 seconds\n", "a.txt")
    items = quiz_items(connect(db))
    assert not [it for it in items if "Route 53" in it["stem"]]
    assert [it for it in items if "visibility timeout" in it["stem"]]


def test_a_value_the_line_gives_to_another_name_is_not_asked_under_that_name():
    # "Object size | max 5 TB<br>single PUT max 5 GB" parsed as "single PUT upload size: 5 TB"
    # was asked as "the maximum object size in a single PUT" keyed 50 TB (today's object size)
    from studycli.questions.askable import askable

    row = "| 📦 Object size | max **5 TB**<br>single PUT max 5 GB<br>multipart > 100 MB |"
    put = _fact("single PUT upload size", "5 TB", 5 * 2**40, row, unit="B", qualifier="max",
                service="S3")
    assert not askable(put)
    right = _fact("single PUT upload size", "5 GB", 5 * 2**30, row, unit="B", qualifier="max",
                  service="S3")
    assert askable(right)
    # a number said to be another bound is no rival: "default 30 days (60 min - 10 years)"
    token = _fact("refresh token validity", "10 years", 10 * 365 * 86400,
                  "- refresh token: default 30 days (60 min - 10 years)", qualifier="max",
                  service="Cognito")
    assert askable(token)
