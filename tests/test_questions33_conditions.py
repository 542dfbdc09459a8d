"""Error-code questions never offer, as a wrong option, a meaning that names the asked
condition in other words: an AWS-certified reviewer judged "A developer finds error 503 from
Amazon S3 ... What does it mean?" ambiguous when "Throttled, the request throughput limit was
exceeded" (a 429's meaning) stood wrong beside the keyed "Slow Down: the request rate on a
prefix is too high": both say the request was throttled."""

from __future__ import annotations

import re

import pytest

from studycli.questions.distractors import same_condition
from tests.helpers import note_db

NOTE = """# Error codes to know

## S3
- 503 Slow Down: too many requests per prefix, back off and retry
- 403 Access Denied: bucket policy or ACL denies the request
- 404 NoSuchKey: the object key does not exist

## API Gateway
- 429 Too Many Requests: throttled, the request throughput limit was exceeded
- 502 Bad Gateway: the Lambda function returned a malformed response
- 504 Gateway Timeout: integration timed out after 29 seconds
- 400 Bad Request: the request is malformed
"""


# the test's own words for throttling, apart from the code under test
THROTTLING = re.compile(r"throttl|slow down|too many requests", re.IGNORECASE)


def _drawn(folder, seeds: range) -> list:
    """The questions of a DVA-C02 exam drawn from NOTE with each of `seeds` (~20 ms each)."""
    from studycli.exam.generate import generate_exam, load_pool
    from studycli.exam.profiles import get_profile
    from studycli.store.db import connect

    db = connect(note_db(folder, NOTE))
    pool = load_pool(db)
    out = [q for seed in seeds
           for q in generate_exam(pool, get_profile("dva-c02"), seed).questions]
    db.conn.close()
    return out


@pytest.fixture(scope="module")
def error_questions(tmp_path_factory):
    # eight draws here (both kinds of question among them: a 503 or 429 stem, and a
    # throttling meaning's); sixteen more in the thorough tier (test_..._over_more_seeds)
    return _drawn(tmp_path_factory.mktemp("q33"), range(1, 9))


def test_throttling_worded_two_ways_is_one_condition():
    assert same_condition("Slow Down: the request rate on a prefix is too high",
                          "Throttled, the request throughput limit was exceeded")
    assert same_condition("Too Many Requests", "ProvisionedThroughputExceededException: rate")
    assert not same_condition("Slow Down: the request rate on a prefix is too high",
                              "Integration failure or integration timeout")
    for name in ("TooManyRequestsException: reserved concurrency exhausted",
                 "RequestLimitExceeded", "ReadProvisionedThroughputExceeded",
                 "429 Limit Exceeded: usage plan quota exceeded"):
        assert same_condition(name, "Throttled"), name
    # a size limit exceeded is 413's, not throttling (a last read)
    assert not same_condition("Request payload size limit exceeded (6 MB)", "Too Many Requests")


def test_a_throttling_code_is_offered_no_other_throttling_meaning(error_questions):
    asked = [q for q in error_questions if "error 503" in q.stem or "error 429" in q.stem]
    assert asked, "the notes make no question on 503 or 429"
    for q in asked:
        wrong = [o for i, o in enumerate(q.options) if i not in q.answers]
        assert not [o for o in wrong if THROTTLING.search(o)], (q.stem, q.options)


def test_a_throttling_meaning_is_offered_no_other_throttling_code(error_questions):
    asked = [q for q in error_questions if "Which error code" in q.stem
             and THROTTLING.search(q.stem)]
    assert asked, "the notes make no question asking the code of a throttling meaning"
    for q in asked:
        wrong = {o for i, o in enumerate(q.options) if i not in q.answers}
        assert not wrong & {"429", "503"}, (q.stem, q.options)


def test_throttling_codes_and_meanings_over_more_seeds(tmp_path):
    """The two tests above over the other sixteen draws (thorough tier)."""
    more = _drawn(tmp_path, range(9, 25))
    test_a_throttling_code_is_offered_no_other_throttling_meaning(more)
    test_a_throttling_meaning_is_offered_no_other_throttling_code(more)
