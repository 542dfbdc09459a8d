"""A question on a typed fact names the type. "- sc1 min size 125 GiB" under an EBS heading is
filed under sc1, but a stem rule names the measure AWS's way ("volume size") and the stem
dropped sc1 because the note's own attribute ("sc1 size") had it: "What is the minimum volume
size for Amazon EBS?" asks what differs per volume type (reviewers judged such questions
ambiguous)."""

from __future__ import annotations

import random

import pytest

from studycli.database import ensure_database
from studycli.model import Fact, Kind
from studycli.questions import FactPool, build_question
from studycli.questions.stems import context
from tests.helpers import note_db


def _fact(subject: str, attribute: str) -> Fact:
    return Fact(service="EBS", subject=subject, attribute=attribute, kind=Kind.LIMIT,
                qualifier="min", value="125 GiB", number=125 * 2**30, unit="B",
                source="n.md", line=3, snippet="- sc1 min size 125 GiB")


def test_a_type_the_renamed_measure_no_longer_says_stays_in_the_context():
    assert context(_fact("sc1", "sc1 size")) == "Amazon EBS (sc1)"


def test_a_type_the_asked_measure_says_is_not_said_twice():
    # "throughput" is not renamed: a subject the attribute's own words carry is still said once
    assert context(_fact("st1", "st1 throughput")) == "Amazon EBS"


@pytest.mark.parametrize("line,type_", [("- sc1 min size 125 GiB", "sc1"),
                                        ("- io1 vol size 4 GiB – 16 TiB", "io1")])
def test_the_question_on_a_typed_ebs_line_names_the_volume_type(tmp_path, line, type_):
    pool = FactPool.load(ensure_database(note_db(tmp_path, f"# EBS\n\n{line}\n")))
    asked = [q for f in pool.facts if f.subject == type_ and f.kind != Kind.FACT
             for q in [build_question(f, "recall", pool, random.Random(1))] if q is not None]
    assert asked, [(f.subject, f.attribute, f.kind) for f in pool.facts]
    for q in asked:
        assert f"({type_})" in q.stem, q.stem
