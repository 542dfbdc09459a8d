"""What a code means, said as a meaning (session 22 review of the development sets):
"ProvisionedThroughputExceededException -> retry w/ exponential backoff, better partition key,
or split shard" made "what does the code mean?" answer with the advice; ALB's 502 noted in
Polish was the one option not in English among English meanings."""

import random

from studycli.model import Fact, Kind
from studycli.questions import FactPool, build_question
from studycli.questions.option_text import gives_advice

ADVICE = "retry w/ exponential backoff, better (high cardinality) partition key, or split shard"


def _code(code: str, meaning: str, service: str, subject: str = "") -> Fact:
    return Fact(service=service, subject=subject, attribute=code, kind=Kind.ERROR_CODE,
                qualifier="", value=meaning, number=None, unit="", low=None, high=None,
                source="n.md", line=7, snippet=f"- `{code}` → {meaning}")


def _others() -> list[Fact]:
    return [_code("503", "The target groups have no registered targets", "ELB", "ALB"),
            _code("504", "The target did not respond in time", "ELB", "ALB"),
            _code("403", "Access denied by the authorizer", "API Gateway"),
            _code("429", "Too many requests: throttled or over quota", "API Gateway")]


def test_advice_is_no_meaning():
    assert gives_advice(ADVICE) and gives_advice("Use exponential backoff")
    for meaning in ("Request rate for the stream too high", "The target did not respond in time",
                    "Throttled: too many requests", "Settings rejected by the service"):
        assert not gives_advice(meaning), meaning


def test_a_code_whose_note_gives_advice_is_answered_in_aws_words_or_not_asked():
    ptee = _code("ProvisionedThroughputExceededException", ADVICE, "Kinesis Data Streams")
    pool = FactPool.from_facts([ptee, *_others()])
    q = build_question(ptee, "code_to_meaning", pool, random.Random(1))
    assert q is not None and not gives_advice(q.answer_text)
    assert "too high" in q.answer_text  # the AWS reference's meaning of the code
    # with no AWS words at hand, no question at all (--as-written drills the note's words)
    unknown = _code("ShardIteratorStaleException", ADVICE, "Kinesis Data Streams")
    pool = FactPool.from_facts([unknown, *_others()])
    for card_type in ("code_to_meaning", "meaning_to_code"):
        assert build_question(unknown, card_type, pool, random.Random(1)) is None


def test_advice_is_never_a_wrong_option():
    advice = _code("ThrottlingException", "Use exponential backoff and retry the call",
                   "DynamoDB")
    asked = _code("LimitExceededException", "Too many table operations at the same time",
                  "DynamoDB")
    named = [_code(code, meaning, "DynamoDB") for code, meaning in (
        ("ConditionalCheckFailedException", "The expected attribute value did not match"),
        ("ValidationException", "A parameter of the call is malformed"),
        ("TransactionCanceledException", "One item of the batch clashed, so none was written"),
        ("ResourceInUseException", "The table is being created or deleted right now"))]
    pool = FactPool.from_facts([asked, advice, *named], as_written=True)
    for seed in range(8):
        q = build_question(asked, "code_to_meaning", pool, random.Random(seed))
        assert q is not None and len(q.options) == 4
        assert not any(gives_advice(o) for o in q.options), q.options


def test_a_meaning_in_another_language_is_not_asked_as_the_answer_to_choose():
    polish = _code("502", "target zwrócił złą odpowiedź / zamknął połączenie", "ELB", "ALB")
    pool = FactPool.from_facts([polish, *_others()])
    assert build_question(polish, "code_to_meaning", pool, random.Random(1)) is None
    which = build_question(polish, "meaning_to_code", pool, random.Random(1))
    assert which is not None and which.options[which.answers[0]] == "502"
