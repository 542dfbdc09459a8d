"""Review round 9/10 defect classes: each rule in other wording than the notes that showed it."""

from __future__ import annotations

from studycli.model import Fact, Kind
from studycli.questions.askable import askable


def fact(service, subject, attribute, kind, qualifier, value, number=None, unit="", line=1,
         low=None, high=None):
    return Fact(service, subject, attribute, kind, qualifier, value, number, unit, low, high,
                "n.md", line, f"- {attribute}: {value}")


def test_a_status_class_is_never_asked_whatever_its_meaning_says():
    def code(attribute, value):
        return fact("Elastic Load Balancing", "", attribute, Kind.ERROR_CODE, "", value)

    # More words than the class name: still only the HTTP standard's class.
    assert not askable(code("4XX", "Caller problem - malformed or unauthorised call"))
    assert not askable(code("5xx", "Backend failure while the request itself was valid"))
    assert askable(code("503", "Target group has no registered targets"))


def test_option_text_is_a_clean_answer_and_fragments_are_not_asked():
    import random

    from studycli.questions import FactPool, build_question
    from studycli.questions.option_text import clean_meaning

    assert clean_meaning("Quota exceeded.. see console (Defualt: 5K)") == "Quota exceeded"
    assert clean_meaning("=> Backend sent malformed JSON.") == "Backend sent malformed JSON"

    def code(attribute, value, line):
        return fact("AppSync", "", attribute, Kind.ERROR_CODE, "", value, line=line)

    codes = [code("401", "Unauthorized - token missing.. Cognito pool", 1),
             code("409", "Conflict when two mutations race", 2),
             code("413", "Payload too large for a resolver", 3),
             code("429", "Shrink", 4),
             code("500", "= Resolver threw an unhandled error", 5)]
    assert not askable(codes[3])  # one word: a fragment, not a meaning
    pool = FactPool.from_facts(codes)
    pool.as_written = True
    seen = set()
    for seed in range(30):
        q = build_question(codes[1], "code_to_meaning", pool, random.Random(seed))
        if q is not None:
            seen.update(q.options)
    assert "Unauthorized - token missing" in seen
    assert not any(".." in o or o.startswith("=") or o == "Shrink" for o in seen), seen
