"""A default stated in words, in any of the ways notes say it (session 22 review of
questions22): the worded-default rule knew only "X (default)", "default: X", "defaults to X"
and "default is X", and dropped "Edge-optimized is the default endpoint type" (API Gateway)
and the shipped "Short polling is the default." (SQS)."""

import random
from pathlib import Path

from studycli.model import Fact, Kind
from studycli.questions import FactPool, build_question
from studycli.questions.askable import askable, default_said_of
from studycli.questions.build import card_types_for


def _default(service: str, attribute: str, value: str, snippet: str) -> Fact:
    return Fact(service=service, subject="", attribute=attribute, kind=Kind.DEFAULT,
                qualifier="default", value=value, number=None, unit="", low=None, high=None,
                source="n.md", line=4, snippet=snippet)


def test_every_way_of_marking_a_value_as_the_default_is_read():
    for snippet in ("- X is the default endpoint type", "X is default", "X = default",
                    "X - default", "X by default", "default \u2192 X", "default -> X",
                    "default value: X", "by default, X", "- By default X is used",
                    "* **X** is the default.", "mode: default => X"):
        assert default_said_of("X", snippet), snippet


def test_by_default_said_of_what_comes_before_marks_no_value():
    for snippet in ("* data events: lambda Invoke - NOT logged by default, cost extra",
                    "lambda Invoke NOT logged by default cost extra",
                    "data events not logged by default: cost extra"):
        assert not default_said_of("cost extra", snippet), snippet
    # another value of the line is not the one the line marks
    for value, snippet in (("Regional", "Edge-optimized is the default, Regional in-region"),
                           ("stop", "interruption behavior: terminate (default), stop")):
        assert not default_said_of(value, snippet), snippet


def test_edge_optimized_is_the_default_endpoint_type_is_asked(tmp_path: Path):
    from studycli.ingest import ingest_paths
    from studycli.store.db import connect
    from studycli.store.facts import list_facts

    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "apigw.md").write_text("# API Gateway\n\n"
                                    "- Edge-optimized is the default endpoint type\n\n"
                                    "# SQS\n\n\u2022 Short polling is the default.\n")
    db = connect(tmp_path / "s.db")
    ingest_paths(db, [notes])
    facts = [f for f in list_facts(db) if f.qualifier == "default" and f.number is None]
    # (SQS's default polling type is drilled --as-written: the AWS reference vouches for the
    # endpoint type only)
    pool = FactPool.from_facts(list_facts(db), as_written=True)
    asked = {}
    for fact in facts:
        assert askable(fact) and card_types_for(fact), fact
        q = build_question(fact, card_types_for(fact)[0], pool, random.Random(1))
        assert q is not None
        asked[fact.service] = q.answer_text
    assert asked == {"API Gateway": "Edge-optimized", "SQS": "Short polling"}
    edge = next(f for f in facts if f.service == "API Gateway")
    q = build_question(edge, "recall", FactPool.from_facts(list_facts(db)), random.Random(1))
    assert q is not None and q.answer_text == "Edge-optimized"
    cards = {row[0] for row in db.conn.execute("SELECT service FROM cards WHERE qualifier = ?",
                                               ("default",))}
    assert cards == {"api gateway", "sqs"}  # each default has its card


def test_a_value_after_a_negated_by_default_stays_unasked():
    trail = _default("CloudTrail", "invocation type", "cost extra",
                     "* data events: lambda Invoke - NOT logged by default, cost extra")
    assert not askable(trail) and card_types_for(trail) == []
