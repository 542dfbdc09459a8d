"""Session 47's blind question reviews: what an AWS-certified reviewer would not sign, each
fixed as a general rule. Facts written for the test."""

from __future__ import annotations

import random

from studycli.model import Fact, Kind
from studycli.questions import FactPool, build_question


def _count(service: str, attribute: str, number: float, qualifier: str = "max") -> Fact:
    said = f"{number:g}"
    return Fact(service=service, subject="", attribute=attribute, kind=Kind.LIMIT,
                qualifier=qualifier, value=said, number=number, unit="count", low=None,
                high=None, source="n.md", line=3, snippet=f"- {attribute}: {qualifier} {said}")


def test_a_whole_count_is_offered_whole_counts_only():
    # "1.6" IP addresses and "4.3" targets stood beside a keyed 5 (a note's ratio or version
    # number, read as a count, borrowed as a near value)
    asked = _count("EventBridge", "targets per rule", 5)
    pool = FactPool.from_facts([asked, _count("EventBridge", "targets ratio", 4.3),
                                _count("EventBridge", "targets weight", 1.6),
                                _count("EventBridge", "targets per bus", 6.5)])
    for seed in range(8):
        q = build_question(asked, "choice", pool, random.Random(seed))
        assert q is not None
        assert all("." not in o for o in q.options), q.options


def test_a_figure_filed_under_one_subject_is_not_keyed_with_anothers_value():
    # "gp2/gp3 size 1 GiB - 16 TiB" is filed under gp2, where 16 TiB is right; gp3's 64 TiB
    # entry reads the whole line and flags it, and keyed with it the exam asked "the allowed
    # range of the volume size for Amazon EBS (gp2)" with 1 GB to 64 TB as the answer
    from studycli.questions import card_types_for

    gp2 = Fact(service="EBS", subject="gp2", attribute="object size", kind=Kind.RANGE,
               qualifier="range", value="1 GiB \u2013 16 TiB", number=None, unit="B",
               low=2.0 ** 30, high=16 * 2.0 ** 40, source="n.md", line=48,
               snippet="\u2013 gp2/gp3 size 1 GiB - 16 TiB")
    others = [Fact(service="EBS", subject=s, attribute="throughput", kind=Kind.LIMIT,
                   qualifier="max", value=f"{n} MiB/s", number=n * 2.0 ** 20, unit="B/s",
                   low=None, high=None, source="n.md", line=50 + i,
                   snippet=f"- {s} max throughput {n} MiB/s")
              for i, (s, n) in enumerate((("st1", 500), ("sc1", 250)))]
    pool = FactPool.from_facts([gp2, *others])
    assert card_types_for(gp2)
    for card in card_types_for(gp2):
        q = build_question(gp2, card, pool, random.Random(1))
        assert q is None or "64" not in q.answer_text, (q.stem, q.answer_text)


def test_as_written_keys_the_note_and_says_what_aws_gives_now():
    # tester, session 47: `--as-written` keyed "256 KB" for SQS's message size with only "The
    # message size for Amazon SQS is 256 KB." as its explanation, a figure `check` flags
    asked = Fact(service="SQS", subject="", attribute="message size", kind=Kind.LIMIT,
                 qualifier="max", value="256 KB", number=256 * 1024.0, unit="B", low=None,
                 high=None, source="n.md", line=4, snippet="- SQS max message size 256 KB")
    others = [_count("SQS", "messages per batch", 10), _count("SQS", "inflight messages", 120000)]
    pool = FactPool.from_facts([asked, *others], as_written=True)
    q = build_question(asked, "choice", pool, random.Random(1))
    assert q is not None and q.answer_text.startswith("256 KB")
    assert "1 MiB" in q.explanation and "docs.aws.amazon.com" in q.explanation
    # a current figure gets no such sentence
    right = _count("SQS", "messages per batch", 10)
    pool = FactPool.from_facts([right, asked, *others], as_written=True)
    q = build_question(right, "choice", pool, random.Random(1))
    assert q is None or "AWS docs now give" not in q.explanation


def test_a_measure_written_in_lower_case_names_aurora_and_acronyms_as_aws_does():
    # blind reviewers, session 47: "What is the maximum number of aurora replicas for Amazon
    # Aurora per DB cluster?"
    from studycli.questions.stems import attribute_phrase

    fact = _count("Aurora", "aurora replicas", 15)
    assert "Aurora replicas" in attribute_phrase(fact)
    assert "FIFO" in attribute_phrase(_count("SQS", "fifo queues", 1000))


def test_as_written_says_a_maximum_that_is_still_the_default_so():
    # read-through: SNS's 256 KB was told "the AWS docs now give 1 MiB", though 256 KiB is
    # still SNS's default, as check says; and the sentence ran on after the quote
    asked = Fact(service="SNS", subject="", attribute="message size", kind=Kind.LIMIT,
                 qualifier="max", value="256 KB", number=256 * 1024.0, unit="B", low=None,
                 high=None, source="n.md", line=4, snippet="- SNS max message size 256 KB")
    others = [_count("SNS", "subscriptions per topic", 12500000),
              _count("SNS", "topics per account", 100000)]
    q = build_question(asked, "choice", FactPool.from_facts([asked, *others], as_written=True),
                       random.Random(1))
    assert q is not None and "still the default" in q.explanation
    assert "256 KB. Drilled" in q.explanation


def test_a_bound_of_a_maximum_keeps_its_rules_name():
    # read-through: "What is the minimum lowest allowed maximum event age for AWS Lambda?"
    from studycli.questions.stems import _kind_unsaid

    rule = {"name": "Maximum event age setting", "measures": ["maximum event age"]}
    assert not _kind_unsaid("lowest allowed maximum event age",
                            frozenset(rule["measures"]), rule, "")
    assert _kind_unsaid("elastic ip addresses", frozenset({"ip addresses"}),
                        {"name": "IP addresses AWS reserves in each subnet"}, "")


def test_a_name_spelled_in_stems_is_still_a_kind_of_thing_in_an_aside():
    # read-through: with FIFO and Aurora in the measures' acronym table, "batch size (FIFO)"
    # could no longer be said plainly, and its card was not asked
    from studycli.questions.asides import said_plainly

    assert said_plainly("batch size (FIFO)") == "FIFO batch size"
    assert said_plainly("replicas (Aurora)") == "Aurora replicas"
