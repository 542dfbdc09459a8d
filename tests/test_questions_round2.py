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
    # cleaned, and without 401's own HTTP phrase ("Unauthorized" names the code)
    assert "Token missing" in seen
    assert not any(".." in o or o.startswith("=") or o == "Shrink" for o in seen), seen


def test_a_measure_with_several_contexts_says_which_or_is_not_asked():
    from studycli.exam.multi import _statement
    from studycli.questions.ambiguity import needs_context
    from studycli.questions.stems import value_stem

    batch = fact("SQS", "", "max batch size", Kind.LIMIT, "max", "10", 10, "count")
    stem = value_stem(batch)
    assert "batch API request" in stem, stem
    assert "batch API request" in _statement(batch, "10")
    # A word default whose value differs by where the SDK runs names no context: not asked.
    tracing = fact("X-Ray", "", "default context missing strategy", Kind.DEFAULT, "default",
                   "RUNTIME_ERROR")
    assert needs_context(tracing)


def test_a_raised_maximum_explanation_says_the_default_and_the_setting():
    from studycli.questions.currency import Currency, correction

    note = fact("SNS", "", "max message size", Kind.LIMIT, "max", "256 KB", 262144, "B", line=7)
    cur = Currency("outdated", "1 MiB (topic MaximumMessageSize)", "https://example.invalid",
                   "2026-12-01", "", 1048576, "B", None, None, Kind.LIMIT, "max",
                   note_default="256 KiB")
    text = correction(note, cur)
    assert "still the default (256 KiB)" in text and "raising" in text, text


def test_one_question_per_measure_while_the_notes_have_room(shipped_copy):
    """A setting's range beside its maximum, or its maximum twice, is a near-duplicate: one
    question per (service, subject, measure) for as long as the notes hold other measures (the
    shipped notes' facts the AWS reference vouches for hold about 35 beside a few
    multiple-response questions)."""
    import dataclasses
    from collections import Counter

    from studycli.database import ensure_database
    from studycli.exam.generate import generate_exam, load_pool
    from studycli.exam.profiles import get_profile
    from studycli.questions.askable import attribute_base
    from studycli.store.facts import list_facts

    db = ensure_database(shipped_copy)
    pool, facts = load_pool(db), {f.id: f for f in list_facts(db)}
    for profile in ("saa-c03", "dva-c02", "clf-c02"):
        # A Cloud Practitioner exam asks no error codes, invocation modes or per-resource
        # quotas (exam_profiles.json): the shipped notes, written for the associate exams,
        # make about ten of its questions and no "Choose TWO".
        size, least = (8, 0) if profile == "clf-c02" else (35, 2)
        for seed in (3, 11):
            exam = generate_exam(pool, dataclasses.replace(get_profile(profile), questions=size),
                                 seed)
            # Only facts the AWS reference vouches for are asked: fewer "Choose TWO" fit.
            assert len(exam.questions) == size and sum(q.multi for q in exam.questions) >= least
            measures: Counter = Counter()
            for q in exam.questions:
                measures.update({(f.service, f.subject.lower(), attribute_base(f.attribute))
                                 for f in (facts[i] for i in q.fact_ids if i in facts)
                                 if f.kind in (Kind.LIMIT, Kind.DEFAULT, Kind.RANGE)})
            twice = [m for m, c in measures.items() if c > 1]
            assert not twice, (profile, seed, twice)


def test_a_point_on_a_proportional_scale_is_asked_as_that_point():
    from studycli.questions.stems import value_stem

    ratio = fact("Lambda", "", "memory per vCPU", Kind.LIMIT, "", "1769 MB", 1769 * 1024 ** 2, "B")
    assert "equivalent of one vCPU" in value_stem(ratio)


def test_a_default_of_an_optional_feature_says_the_feature_is_on():
    from studycli.questions.stems import value_stem

    ttl = fact("API Gateway", "", "default cache TTL", Kind.DEFAULT, "default", "300 s", 300, "s")
    assert "once caching is enabled" in value_stem(ttl)
