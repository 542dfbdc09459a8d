"""An exam never asks a range beside a maximum or default it holds, whatever subject the notes
filed them under: "What is the allowed range of the delivery delay (delay queue)? 0 to 15
minutes" gives away "What is the maximum delivery delay for Amazon SQS?" (a new user's
finding: all three in one exam, seed 7 of dva-c02 on the shipped notes)."""

from __future__ import annotations

import pytest

from studycli.database import ensure_database
from studycli.exam.generate import _bound, _range_gives_bound, generate_exam, load_pool
from studycli.exam.profiles import get_profile
from studycli.model import Fact, Kind
from studycli.store.facts import list_facts
from tests.conftest import copy_of


def _fact(subject: str, kind: Kind, number=None, low=None, high=None) -> Fact:
    return Fact(service="SQS", subject=subject, attribute="delivery delay", qualifier="",
                kind=kind, value="x", number=number, low=low, high=high, unit="s",
                source="n.md", line=1, snippet="-")


def test_a_range_and_a_bound_it_holds_give_each_other_away():
    asked: dict = {}
    key, bound = _bound(_fact("delay queue", Kind.RANGE, low=0, high=900))
    asked.setdefault(key, []).append(bound)
    assert _range_gives_bound(_fact("", Kind.LIMIT, number=900), asked)  # another subject
    assert _range_gives_bound(_fact("", Kind.DEFAULT, number=0), asked)
    assert not _range_gives_bound(_fact("", Kind.LIMIT, number=600), asked)
    assert not _range_gives_bound(_fact("delay queue", Kind.RANGE, low=0, high=900), asked)


@pytest.fixture(scope="module")
def shipped(tmp_path_factory, shipped_db_file):
    db = ensure_database(copy_of(shipped_db_file, tmp_path_factory.mktemp("giveaway")))
    return load_pool(db), {f.id: f for f in list_facts(db)}


@pytest.mark.parametrize("profile,seed", [("dva-c02", 7), ("saa-c03", 7), ("dva-c02", 12)])
def test_no_shipped_exam_asks_a_range_beside_a_bound_it_holds(shipped, profile, seed):
    pool, by_id = shipped
    exam = generate_exam(pool, get_profile(profile), seed)
    facts = [by_id[i] for q in exam.questions for i in q.fact_ids if i in by_id]
    for r in (f for f in facts if f.kind == Kind.RANGE):
        for f in facts:
            same = (f.service, f.unit) == (r.service, r.unit) and f.kind in (Kind.LIMIT,
                                                                             Kind.DEFAULT)
            assert not (same and f.number in (r.low, r.high)
                        and f.attribute.split()[-1] == r.attribute.split()[-1]), \
                (r.subject, r.attribute, r.value, f.subject, f.attribute, f.value)
