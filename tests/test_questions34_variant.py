"""A limit whose note line gives the same measure another value for a variant a service names
("max template size 50 KB, max S3 template size 1 MB") makes no question: its stem "What is the
maximum template size for AWS CloudFormation?" would teach a limit that holds one way only
(questions/ambiguity.variant_on_line; a session-34 reviewer judged it ambiguous)."""

import random

from studycli.model import Fact, Kind
from studycli.questions import FactPool, build_question
from studycli.questions.ambiguity import variant_on_line
from studycli.questions.build import why_not_asked

LINE = "- max template size 50 KB, max S3 template size 1 MB"


def _fact(attribute: str, value: str, number: float, qualifier: str = "max",
          snippet: str = LINE, service: str = "CloudFormation", unit: str = "B") -> Fact:
    return Fact(service=service, subject="", attribute=attribute, kind=Kind.LIMIT,
                qualifier=qualifier, value=value, number=number, unit=unit, source="n.md",
                line=2, snippet=snippet)


def test_the_unnamed_variant_is_not_asked_and_the_named_one_is():
    body = _fact("template size", "50 KB", 50 * 1024)
    s3 = _fact("s3 template size", "1 MB", 2**20)
    pool = FactPool.from_facts([body, s3], as_written=True)
    assert variant_on_line(body, [body, s3])
    assert "variant" in why_not_asked(body, pool)
    assert build_question(body, "recall", pool, random.Random(1)) is None
    assert not variant_on_line(s3, [body, s3])
    q = build_question(s3, "recall", pool, random.Random(1))
    assert q is not None and q.answer_text == "1 MB"


def test_other_measures_other_bounds_and_other_lines_are_no_variant():
    timeout = _fact("timeout", "900 s", 900, unit="s", snippet="timeout 900 s, init timeout 10 s")
    init = _fact("init timeout", "10 s", 10, unit="s", snippet=timeout.snippet)
    assert not variant_on_line(timeout, [timeout, init])  # "init" names no service
    body = _fact("template size", "50 KB", 50 * 1024)
    s3_min = _fact("s3 template size", "1 KB", 1024, qualifier="min")
    assert not variant_on_line(body, [body, s3_min])  # another bound
    same = _fact("s3 template size", "50 KB", 50 * 1024)
    assert not variant_on_line(body, [body, same])  # the same value: no rival
    other_service = _fact("s3 template size", "1 MB", 2**20, service="S3")
    assert not variant_on_line(body, [body, other_service])
