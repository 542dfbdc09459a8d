"""Options and keys an expert would sign: a zero or whole-second answer is not set against
millisecond figures; a maximum read off a range a note rounds ("1 day - 10 years") keys AWS's
bound; only error statuses are offered as error codes; a one-second minimum is not asked."""

from __future__ import annotations

import random

import pytest

from studycli.model import Kind
from tests.helpers import note_db

NOTE = """# Messaging and logs
- SQS delay queue: up to 15 minutes, the default is 0 seconds.
- SQS long polling wait time 1 to 20 seconds.
- ALB duration-based stickiness cookie: minimum duration 1 second, maximum 7 days.
- API Gateway integration timeout minimum 50 ms; Lambda cold start adds about 100 ms.
- CloudFront origin response timeout 30 seconds by default.
- CloudWatch Logs retention: never expire by default, 1 day to 10 years.
- DynamoDB partition key length: minimum 1 byte, maximum 2048 bytes.
- Lambda: 250 ms of init, SnapStart restores in 200 ms; 5 seconds of tail latency.
- API Gateway errors: 302 = sent on to the login page, 429 = too many requests,
  502 = bad gateway, 504 = integration timeout
"""


@pytest.fixture(scope="module")
def conn(tmp_path_factory):
    from studycli.database import ensure_database

    return ensure_database(note_db(tmp_path_factory.mktemp("grain"), NOTE))


def _pool(conn):
    from studycli.exam.generate import load_pool

    return load_pool(conn)


def _questions(conn, predicate, card_type):
    from studycli.questions import build_question
    from studycli.store.facts import list_facts

    pool = _pool(conn)
    out = []
    for fact in list_facts(conn):
        if predicate(fact):
            for seed in range(6):
                q = build_question(fact, card_type, pool, random.Random(seed))
                if q is not None:
                    out.append(q)
    return out


def test_a_zero_default_is_not_set_against_milliseconds(conn):
    qs = _questions(conn, lambda f: f.service == "SQS" and f.kind == Kind.DEFAULT
                    and f.attribute == "delivery delay", "default")
    assert qs, "the delay's default is asked"
    for q in qs:
        assert q.options[q.answers[0]] == "0 seconds"
        assert not any(o.endswith(" ms") for o in q.options), q.options


def test_a_maximum_read_off_a_rounded_range_keys_the_reference_bound(conn):
    qs = _questions(conn, lambda f: f.service == "CloudWatch Logs" and f.kind == Kind.LIMIT
                    and f.qualifier == "max", "choice")
    assert qs
    for q in qs:
        # AWS's longest retention is 3,653 days (10 years); 3,650 days is no setting it has
        # (retentionInDays: docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/
        # API_PutRetentionPolicy.html). The note says "10 years", so the options are in years
        # (session 50, issue 12): the key is that bound, said as the note says it
        assert q.options[q.answers[0]] == "10 years", q.options
        assert "3,650 days" not in q.options
        assert all(o.endswith((" year", " years")) for o in q.options), q.options
        # "10 years" reads 3,650 days as well: the key must still be AWS's bound (review)
        assert q.answer_text.startswith("3,653 days"), q.answer_text


def test_a_one_second_or_one_byte_minimum_is_not_asked(conn):
    from studycli.questions.askable import askable
    from studycli.store.facts import list_facts

    ones = [f for f in list_facts(conn) if f.qualifier == "min" and f.unit in ("s", "B")
            and f.number == 1]
    assert {f.unit for f in ones} == {"s", "B"}, "the note states one-second and one-byte minimums"
    assert not any(askable(f) for f in ones)
    fifty = [f for f in list_facts(conn) if f.qualifier == "min" and f.unit == "s"
             and f.number == 0.05]
    assert all(askable(f) for f in fifty)  # a real minimum stays (API Gateway's 50 ms)


def test_only_error_statuses_are_error_codes_to_learn_or_offer(conn):
    from studycli.questions.askable import askable
    from studycli.store.facts import list_facts

    codes = {f.attribute: f for f in list_facts(conn) if f.kind == Kind.ERROR_CODE}
    assert "302" in codes and not askable(codes["302"])
    qs = _questions(conn, lambda f: f.kind == Kind.ERROR_CODE and f.attribute == "504",
                    "meaning_to_code")
    assert qs
    for q in qs:
        assert all(o.startswith(("4", "5")) for o in q.options), q.options


STEMS_NOTE = """# Networking
## ELB
- target group health check default interval 30 s
## API Gateway
- endpoint types: edge-optimized (default), regional, private
"""


def test_stems_name_what_pins_the_default(tmp_path):
    from studycli.database import ensure_database
    from studycli.questions import build_question
    from studycli.store.facts import list_facts

    db = ensure_database(note_db(tmp_path, STEMS_NOTE))
    pool = _pool(db)
    stems = {}
    for fact in list_facts(db):
        for card_type in card_types(fact):
            q = build_question(fact, card_type, pool, random.Random(1))
            if q is not None:
                stems[(fact.service, fact.attribute)] = q.stem
    interval = [s for (svc, attr), s in stems.items() if "interval" in attr]
    assert interval and all("Application or Network Load Balancer" in s for s in interval), stems
    endpoint = [s for (svc, attr), s in stems.items() if "endpoint" in attr]
    assert endpoint and all("REST API" in s for s in endpoint), stems


def card_types(fact):
    from studycli.questions.build import card_types_for

    return [t for t in card_types_for(fact) if t != "recall"] or card_types_for(fact)


def test_a_code_of_other_digits_is_no_status_and_no_crash():
    """'²' is a digit to str.isdigit but no number int() reads (hypothesis found it)."""
    from studycli.extract.codes import _a_status
    from studycli.model import Fact
    from studycli.questions.askable import askable

    fact = Fact(service="API Gateway", subject="", attribute="²", kind=Kind.ERROR_CODE,
                qualifier="", value="Too many requests", number=None, unit="", low=None,
                high=None, source="n.md", line=1, snippet="")
    askable(fact)  # raised ValueError: int('²')
    _a_status("²", "meaning")  # the parser's check takes the same guard
    assert not _a_status("250", "MB unzipped") and _a_status("504", "Integration timeout")
