"""What a code means (session 22 review of questions22): the advice detector read nouns as
orders ("call rate too high ..."), missed advice after a code's name ("SlowDown: reduce your
request rate"), and a note in another language was keyed in the HTTP phrase even in
--as-written mode, which drills the note's own words."""

import random

from studycli.model import Fact, Kind
from studycli.questions import FactPool, build_question
from studycli.questions.build import meaning_text, why_not_asked
from studycli.questions.option_text import gives_advice


def _code(code: str, meaning: str, service: str, subject: str = "") -> Fact:
    return Fact(service=service, subject=subject, attribute=code, kind=Kind.ERROR_CODE,
                qualifier="", value=meaning, number=None, unit="", low=None, high=None,
                source="n.md", line=7, snippet=f"- `{code}` → {meaning}")


def _kinesis() -> list[Fact]:
    return [_code(code, meaning, "Kinesis Data Streams") for code, meaning in (
        ("ExpiredIteratorException", "The shard iterator has expired and must be renewed"),
        ("ResourceNotFoundException", "The stream named in the call does not exist"),
        ("InvalidArgumentException", "A parameter of the call is not valid for it"),
        ("KMSDisabledException", "The KMS key that encrypts the stream is disabled"))]


def test_a_cause_is_no_advice_and_an_order_after_a_code_name_is():
    for meaning in ("call rate too high for the control plane",
                    "set reserved concurrency too high",
                    "Increase in KMS calls hit the quota",
                    "Check on the condition expression failed",
                    "use of a deleted KMS key", "set of keys too large",
                    "Request rate for the stream too high"):
        assert not gives_advice(meaning), meaning
    for meaning in ("SlowDown: reduce your request rate", "retry w/ exponential backoff",
                    "Reduce the request rate, the quota was hit", "check IAM policy",
                    "Retry when the rate is too high", "Use exponential backoff"):
        assert gives_advice(meaning), meaning


def test_advice_answered_in_aws_words_keys_that_option():
    ptee = _code("ProvisionedThroughputExceededException", "retry w/ exponential backoff, "
                 "better (high cardinality) partition key, or split shard", "Kinesis Data Streams")
    pool = FactPool.from_facts([ptee, *_kinesis()])
    for seed in range(4):
        q = build_question(ptee, "code_to_meaning", pool, random.Random(seed))
        assert q is not None
        # the option a choice keys is the recall answer (the other codes here have no AWS
        # words, so this pool offers recall only)
        assert meaning_text(ptee, pool) == q.answer_text
        assert all(q.options[i] == q.answer_text for i in q.answers)
        assert "too high" in q.answer_text and not gives_advice(q.answer_text)


def test_a_cause_worded_like_an_order_is_asked_as_written():
    cause = _code("ThrottlingException", "call rate too high for the control plane",
                  "Kinesis Data Streams")
    pool = FactPool.from_facts([cause, *_kinesis()], as_written=True)
    assert why_not_asked(cause, pool) == ""
    q = build_question(cause, "code_to_meaning", pool, random.Random(1))
    assert q is not None and q.options[q.answers[0]] == q.answer_text
    assert "call rate too high" in q.answer_text.lower()


def test_advice_not_asked_says_as_written_drills_it():
    slow = _code("SlowDown", "SlowDown: reduce your request rate", "S3")
    pool = FactPool.from_facts([slow, *_kinesis()])
    assert "--as-written" in why_not_asked(slow, pool)
    assert build_question(slow, "code_to_meaning", pool, random.Random(1)) is None


def test_a_meaning_in_another_language_is_keyed_as_written_in_as_written_mode():
    polish = _code("502", "target zwrócił złą odpowiedź / zamknął połączenie", "ELB", "ALB")
    others = [_code("503", "The target groups have no registered targets", "ELB", "ALB"),
              _code("504", "The target did not respond in time", "ELB", "ALB"),
              _code("403", "Access denied by the authorizer", "API Gateway"),
              _code("429", "Too many requests: throttled or over quota", "API Gateway")]
    pool = FactPool.from_facts([polish, *others], as_written=True)
    q = build_question(polish, "code_to_meaning", pool, random.Random(1))
    assert q is not None and q.options
    assert q.options[q.answers[0]] == q.answer_text
    assert "zwrócił" in q.answer_text and "Bad Gateway" not in q.options


def test_a_success_codes_text_is_never_a_wrong_meaning_of_an_error():
    # review 33 (finding 4): "Function error: still" (a 200 read from "function error: still
    # returns 200 but ...") was offered on a 403 card, and "Status code mapping: backend
    # error" (a 200) on a 502 one, where it is arguably right
    from studycli.questions.distractors import meaning_candidates

    apigw = [_code("403", "Missing authentication token or WAF blocked it", "API Gateway"),
             _code("502", "Malformed Lambda proxy response from the backend", "API Gateway"),
             _code("429", "Too many requests, throttled by the usage plan", "API Gateway"),
             _code("200", "Status code mapping: backend error", "API Gateway"),
             _code("202", "Asynchronous invocation accepted by Lambda", "Lambda")]
    pool = FactPool.from_facts(apigw)
    for asked in apigw[:3]:
        offered = {f.attribute for f in meaning_candidates(asked, set(), pool)}
        assert offered and not offered & {"200", "202"}, (asked.attribute, offered)
