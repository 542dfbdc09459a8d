"""Another number on a fact's line is a rival of its value only when nothing tells the two
apart (session 22 review of questions22's scope-words and unnamed-alternative rules): right
facts whose numbers carry their own labels ("6 MB sync, 256 KB async") or measure other things
("billed per 64 KB chunk") were dropped, and a good correcting question (Lambda's async payload,
1 MB today) with them."""

import random

from studycli.model import Fact, Kind
from studycli.questions import FactPool, build_question
from studycli.questions.ambiguity import unnamed_alternative
from studycli.questions.askable import askable
from studycli.questions.attribution import misattributed

KB, MB, GB, TB, DAY = 2**10, 2**20, 2**30, 2**40, 86400


def _fact(service: str, attribute: str, value: str, number: float, unit: str, snippet: str,
          qualifier: str = "") -> Fact:
    return Fact(service=service, subject="", attribute=attribute,
                kind=Kind.DEFAULT if qualifier == "default" else Kind.LIMIT,
                qualifier=qualifier, value=value, number=number, unit=unit, source="n.md",
                line=3, snippet=snippet)


PAYLOAD = "- Lambda invocation payload 6 MB sync, 256 KB async"
PACKAGE = "- deployment package 50 MB zipped, 250 MB unzipped"
PART = "- multipart part 5 MB - 5 GB"
BACKUP = "- automated backup retention 1 day (CLI) / 7 days (console); 35 days max"
RETENTION = "- SQS message retention 4 days, max 14 days"


def test_a_number_labelled_as_another_case_or_bound_is_no_rival():
    kept = [
        _fact("Lambda", "invocation payload size (async)", "256 KB", 256 * KB, "B", PAYLOAD),
        _fact("Lambda", "invocation payload size (sync)", "6 MB", 6 * MB, "B", PAYLOAD),
        _fact("Lambda", "deployment package size (unzipped)", "250 MB", 250 * MB, "B", PACKAGE),
        _fact("Lambda", "deployment package size (zipped)", "50 MB", 50 * MB, "B", PACKAGE),
        _fact("S3", "multipart part size", "5 GB", 5 * GB, "B", PART, "max"),
        _fact("S3", "multipart part size", "5 MB", 5 * MB, "B", PART, "min"),
        _fact("RDS", "automated backup retention period", "35 days", 35 * DAY, "s", BACKUP,
              "max"),
        _fact("SQS", "message retention period", "14 days", 14 * DAY, "s", RETENTION, "max"),
        _fact("SQS", "message retention period", "4 days", 4 * DAY, "s", RETENTION, "default"),
    ]
    for fact in kept:
        assert not misattributed(fact) and askable(fact), (fact.attribute, fact.value)


def test_the_async_payload_is_asked_with_todays_value():
    asynchronous = _fact("Lambda", "invocation payload size (async)", "256 KB", 256 * KB, "B",
                         PAYLOAD)
    sync = _fact("Lambda", "invocation payload size (sync)", "6 MB", 6 * MB, "B", PAYLOAD)
    pool = FactPool.from_facts([asynchronous, sync])
    q = build_question(asynchronous, "recall", pool, random.Random(1))
    assert q is not None and "async" in q.stem.lower()
    assert "256 KB" in q.answer_text  # the note's value, corrected or drilled
    # the line's own values are never wrong options for the other
    for seed in range(6):
        q = build_question(asynchronous, "choice", pool, random.Random(seed))
        if q is not None and q.options:
            wrong = {o for i, o in enumerate(q.options) if i not in q.answers}
            assert "6 MB" not in wrong, q.options


def test_a_number_the_scope_words_give_is_still_that_names():
    # "Object size | max 5 TB<br>single PUT max 5 GB": never "single PUT => 5 TB"
    for row in ("| Object size | max 5 TB<br>single PUT max 5 GB |",
                "| Object size | max 5 TB<br>single PUT max 5 GB, multipart > 100 MB |"):
        put = _fact("S3", "single PUT upload size", "5 TB", 5 * TB, "B", row, "max")
        assert misattributed(put) and not askable(put), row
        right = _fact("S3", "single PUT upload size", "5 GB", 5 * GB, "B", row, "max")
        assert askable(right), row


def test_a_number_whose_words_measure_something_else_is_no_alternative():
    for service, attribute, value, number, unit, snippet in (
            ("Aurora", "storage size", "128 TB", 128 * TB, "B",
             "Aurora storage 128 TB, auto grows in 10 GB increments"),
            ("SQS", "message size", "256 KB", 256 * KB, "B",
             "SQS message size 256 KB, billed per 64 KB chunk"),
            ("S3", "object size", "5 TB", 5 * TB, "B",
             "S3 object 5 TB, multipart recommended > 100 MB"),
            ("Lambda", "execution timeout", "900 s", 900, "s",
             "Lambda timeout 900 s but API GW integration only 29 sec")):
        fact = _fact(service, attribute, value, number, unit, snippet)
        assert not unnamed_alternative(fact, [fact]), snippet


def test_a_value_offered_as_an_option_is_still_an_alternative():
    for snippet in ("Route 53 health checkers check every 30 sec by default, fast option 10 sec",
                    "health checks every 30 sec or 10 sec (fast)",
                    "interval standard 30 s vs fast 10 s"):
        fast = _fact("Route 53", "interval", "10 s", 10, "s", snippet)
        assert unnamed_alternative(fast, [fast]), snippet
        pool = FactPool.from_facts([fast])
        assert build_question(fast, "recall", pool, random.Random(1)) is None


def test_a_value_the_line_states_is_never_a_wrong_option_on_a_line_still_asked():
    line = "- Lambda /tmp storage 512 MB default, up to 10 GB"
    default = _fact("Lambda", "ephemeral storage size", "512 MB", 512 * MB, "B", line, "default")
    maximum = _fact("Lambda", "ephemeral storage size", "10 GB", 10 * GB, "B", line, "max")
    for as_written in (False, True):
        pool = FactPool.from_facts([default, maximum], as_written=as_written)
        asked = 0
        for seed in range(8):
            q = build_question(maximum, "choice", pool, random.Random(seed))
            if q is None or not q.options:
                continue
            asked += 1
            wrong = [o for i, o in enumerate(q.options) if i not in q.answers]
            assert "512 MB" not in wrong, q.options
        assert asked, as_written  # the line is still asked


def test_a_capacity_stated_for_the_snow_family_alone_is_not_asked():
    # "Snowmobile = truck, 100 PB, use for > 10 PB" under "Snow family": the 10 PB threshold
    # names no alternative, but the 100 PB is one device's, not the family's (nor is 80 TB)
    line = "  - Snowmobile = truck, 100 PB, use for > 10 PB"
    family = _fact("Snow Family", "storage capacity", "100 PB", 100 * 1024 * TB, "B", line)
    assert not unnamed_alternative(family, [family])
    assert not askable(family)
    edge = Fact(service="Snow Family", subject="Snowball Edge Storage Optimized",
                attribute="storage capacity", kind=Kind.LIMIT, qualifier="", value="80 TB",
                number=80 * TB, unit="B", source="n.md", line=2,
                snippet="  - Snowball Edge Storage Optimized 80 TB")
    assert askable(edge)
