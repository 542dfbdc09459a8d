"""The question generator over hand-built facts of every kind (and over the shipped notes)."""

import random
import re

import pytest

from studycli.questions import FactPool, build_question, card_types_for, format_quantity
from studycli.questions.build import why_not_asked
from studycli.questions.stems import leaks

from .quiz_facts import sample_facts


def all_questions(facts, seed=7):
    # Every question the facts can make, as --as-written asks them: these tests hold the
    # wording rules, whatever the AWS reference vouches for (tests/test_vouched.py holds that).
    pool = FactPool.from_facts(facts, as_written=True)
    rng = random.Random(seed)
    out = []
    for fact in facts:
        for card_type in card_types_for(fact):
            q = build_question(fact, card_type, pool, rng)
            if q is None:
                # A stem that would also ask for a more specific fact's value is not asked.
                from studycli.questions.build import why_not_asked

                assert why_not_asked(fact, pool), (fact, card_type)
                continue
            out.append((fact, card_type, q))
    return out


def check_question(fact, card_type, q):
    """The properties every question must have, whatever fact it came from."""
    assert q.stem.endswith(("?", "give.")), q.stem
    assert q.stem[0].isupper(), q.stem
    assert "  " not in q.stem and " ?" not in q.stem and "()" not in q.stem, q.stem
    assert not re.search(r"\b(a|an|the) (a|an|the)\b", q.stem), q.stem
    if fact.service:
        from studycli.services import full_name

        assert any(w in q.stem for w in (fact.service, full_name(fact.service), "Lambda")), q.stem
    if q.options:
        assert len(q.options) == len(set(o.lower() for o in q.options)), q.options
        assert q.answers and all(0 <= i < len(q.options) for i in q.answers)
        assert len(q.options) >= 3
        assert q.multi == (len(q.answers) > 1)
        for i in q.answers:
            assert not leaks(q.stem, q.options[i]), (q.stem, q.options[i])
    if card_type != "meaning_to_code":
        assert not leaks(q.stem, fact.value), (q.stem, fact.value)
    assert q.source == fact.source and q.line == fact.line


def test_every_kind_makes_its_card_types():
    types = {(f.kind, t) for f in sample_facts() for t in card_types_for(f)}
    assert {("limit", "choice"), ("limit", "recall"), ("default", "default"),
            ("range", "range"), ("error_code", "code_to_meaning"),
            ("error_code", "meaning_to_code"), ("invocation_mode", "invocation")} <= types
    assert not any(kind == "fact" for kind, _ in types)


def test_questions_are_well_formed():
    for fact, card_type, q in all_questions(sample_facts()):
        check_question(fact, card_type, q)


def test_stem_names_service_subject_and_qualifier():
    facts = [f for f in sample_facts() if f.subject == "FIFO queue"]
    # as written: the mechanism, whatever the AWS reference says of the sample's numbers
    q = build_question(facts[0], "choice", FactPool.from_facts(sample_facts(), as_written=True),
                       random.Random(1))
    # the condition the value holds under is stated (data/categories.json stem_conditions)
    assert q.stem == ("What is the maximum throughput for Amazon SQS (FIFO queue) "
                      "without high-throughput mode?")


def test_numeric_distractors_same_unit_family_and_not_another_truth():
    facts = sample_facts()
    pool = FactPool.from_facts(facts)
    pool.as_written = True  # the notes verbatim: 256 KB is keyed though AWS now allows 1 MiB
    size = next(f for f in facts if f.attribute == "message size")
    for seed in range(20):
        q = build_question(size, "choice", pool, random.Random(seed))
        assert q.options[q.answers[0]] == "256 KB"
        assert all(o.endswith(("KB", "MB", "bytes")) for o in q.options), q.options
        assert "1 MB" not in q.options  # true in AWS today: never offered as a wrong option
    timeout = next(f for f in facts if f.attribute == "timeout" and f.source == "sample.md")
    for seed in range(20):
        q = build_question(timeout, "choice", pool, random.Random(seed))
        right = {q.options[i] for i in q.answers}
        # Both stated values are right answers; neither can appear as a wrong option.
        assert right == {"15 minutes", "5 minutes"}
        assert q.multi and "disagree" in q.stem
        assert {c["value"] for c in q.conflict} == {"5 minutes"}


def test_real_values_of_the_same_measure_are_preferred_as_distractors():
    facts = sample_facts()
    pool = FactPool.from_facts(facts)
    visibility = next(f for f in facts if f.attribute == "visibility timeout"
                      and f.kind == "default")
    seen = set()
    for seed in range(30):
        q = build_question(visibility, "default", pool, random.Random(seed))
        seen |= set(q.options) - {"30 seconds"}
    # the notes' other timeouts (visibility timeout, Lambda's timeouts), never the long
    # polling wait time's 20 seconds or a retention
    timeouts = {format_quantity(f.number, "s") for f in facts
                if f.unit == "s" and f.number and "timeout" in f.attribute}
    assert seen and seen <= timeouts, seen


def test_another_measures_values_are_never_borrowed_as_distractors():
    # reviewers: Lambda's 1,769 MB (memory per vCPU) as an S3 part size, EventBridge's 185
    # retries as a BatchGetItem item count: the long polling wait time gets made-up
    # neighbours, not the visibility timeout's 30 s or API Gateway's 29 s
    facts = sample_facts()
    pool = FactPool.from_facts(facts)
    wait = next(f for f in facts if f.attribute == "long polling wait time")
    seen = set()
    for seed in range(30):
        q = build_question(wait, "choice", pool, random.Random(seed))
        seen |= set(q.options) - {"20 seconds"}
    assert "29 seconds" not in seen and "15 minutes" not in seen and "24 hours" not in seen, seen


def test_invocation_question():
    facts = sample_facts()
    s3 = next(f for f in facts if f.kind == "invocation_mode" and f.subject == "S3")
    q = build_question(s3, "invocation", FactPool.from_facts(facts), random.Random(0))
    assert q.stem == "How is an AWS Lambda function invoked for events from Amazon S3?"
    assert [o.split(":")[0] for o in q.options] == [
        "Synchronous", "Asynchronous", "Event source mapping"]
    assert q.answers == [1]


def test_a_polled_source_is_not_said_to_call_the_function():
    """An event source mapping invokes synchronously once Lambda has polled: the options say
    who calls whom, so "Synchronous" is not also right for a queue."""
    facts = sample_facts()
    polled = [f for f in facts if f.kind == "invocation_mode"
              and f.value.lower() == "event source mapping"]
    assert polled
    q = build_question(polled[0], "invocation", FactPool.from_facts(facts), random.Random(0))
    right = q.options[q.answers[0]]
    assert right.startswith("Event source mapping") and "polls" in right
    assert any("calls the function and waits" in o for o in q.options)
    assert " invoke " not in q.stem.replace("invoked", "")


def test_error_codes_both_directions():
    facts = sample_facts()
    pool = FactPool.from_facts(facts)
    e504 = next(f for f in facts if f.attribute == "504")
    q = build_question(e504, "code_to_meaning", pool, random.Random(0))
    # The AWS reference states 504's meaning: its wording is the option, the note's line is
    # in the explanation; drilled as written, the note's own wording is the option.
    assert q.options[q.answers[0]] == "Integration failure or integration timeout"
    assert "504" in q.stem and "Integration timeout" in q.explanation
    written = FactPool.from_facts(facts, as_written=True)
    q = build_question(e504, "code_to_meaning", written, random.Random(0))
    assert q.options[q.answers[0]] == "Integration timeout"
    # Wrong options too: another code's meaning in AWS's words where the reference has it.
    notes_429 = "Too many requests (throttled)"
    for seed in range(20):
        q = build_question(e504, "code_to_meaning", pool, random.Random(seed))
        assert notes_429 not in q.options
        # AWS's 429 meaning without its HTTP phrase ("Too Many Requests" names the code)
        if "THROTTLED or QUOTA_EXCEEDED" in q.options:
            break
    else:
        raise AssertionError("429 was never offered in twenty draws")
    q = build_question(e504, "meaning_to_code", pool, random.Random(0))
    # the stem quotes the meaning in AWS's words too; as written, in the note's
    assert q.options[q.answers[0]] == "504"
    assert "Integration failure or integration timeout" in q.stem
    q = build_question(e504, "meaning_to_code", written, random.Random(0))
    assert "Integration timeout" in q.stem
    assert all(o.isdigit() for o in q.options)


def test_leaking_stem_gets_no_card():
    from studycli.model import Fact

    leaky = Fact("SQS", "", "256 KB limit", "limit", "max", "256 KB", 262144, "B")
    assert card_types_for(leaky) == []
    code = Fact("API Gateway", "", "504", "error_code", "", "504 Integration timed out")
    assert card_types_for(code) == ["code_to_meaning"]


def test_same_seed_same_question():
    facts = sample_facts()
    a = [q.to_dict() for _, _, q in all_questions(facts, seed=3)]
    b = [q.to_dict() for _, _, q in all_questions(facts, seed=3)]
    assert a == b


@pytest.mark.parametrize("number,unit,text", [
    (262144, "B", "256 KB"), (900, "s", "15 minutes"), (29, "s", "29 seconds"),
    (1, "s", "1 second"), (0.1, "s", "100 ms"), (1209600, "s", "14 days"),
    (3000, "per_s", "3,000 per second"), (10, "%", "10%"), (1000, "count", "1,000"),
    (10 * 1024**3, "B", "10 GB"), (5 * 1024**2, "B/s", "5 MB/s"),
])
def test_format_quantity(number, unit, text):
    assert format_quantity(number, unit) == text


@pytest.fixture(scope="module")
def shipped_facts(tmp_path_factory, shipped_db_file):
    """The shipped notes' facts (ingested once per test session: conftest.shipped_db_file)."""
    from studycli.store.db import connect
    from studycli.store.facts import list_facts

    from .conftest import copy_of

    db = connect(copy_of(shipped_db_file, tmp_path_factory.mktemp("shipped")))
    facts = list_facts(db)
    db.close()
    return facts


def test_every_question_from_the_shipped_notes_is_well_formed(shipped_facts):
    assert shipped_facts, "the shipped notes give no facts"
    questions = all_questions(shipped_facts, seed=11)
    assert questions
    for fact, card_type, q in questions:
        check_question(fact, card_type, q)
    kinds = {fact.kind for fact, _, _ in questions}
    assert {"limit", "error_code", "invocation_mode"} <= kinds


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from studycli.model import KINDS, Fact  # noqa: E402
from tests.helpers import examples  # noqa: E402

_words = st.text(alphabet=st.characters(codec="utf-8", categories=("L", "N", "P", "S", "Zs")),
                 max_size=40)


@st.composite
def any_fact(draw):
    kind = draw(st.sampled_from(KINDS))
    number = draw(st.one_of(st.none(), st.floats(0, 1e12, allow_nan=False)))
    low = draw(st.one_of(st.none(), st.floats(0, 1e6, allow_nan=False)))
    high = None if low is None else low + draw(st.floats(0, 1e6, allow_nan=False))
    return Fact(
        service=draw(st.sampled_from(["SQS", "Lambda", "API Gateway", "", "Nonexistent"])),
        subject=draw(_words), attribute=draw(_words), kind=kind,
        qualifier=draw(st.sampled_from(["max", "min", "default", "range", ""])),
        value=draw(st.one_of(_words, st.sampled_from(["asynchronous", "synchronous"]))),
        number=number, unit=draw(st.sampled_from(["s", "B", "B/s", "count", "per_s", "%", ""])),
        low=low, high=high, source="h.md", line=1, snippet=draw(_words),
    )


@settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(any_fact(), min_size=1, max_size=6), st.integers(0, 1000))
def test_any_fact_gives_a_sane_question_or_none(facts, seed):
    # as written: any fact, vouched for by the AWS reference or not
    pool = FactPool.from_facts(facts + sample_facts(), as_written=True)
    rng = random.Random(seed)
    for fact in facts:
        for card_type in card_types_for(fact):
            q = build_question(fact, card_type, pool, rng)
            assert q is not None
            if q.options:
                assert len(q.options) == len({o.lower() for o in q.options})
                assert q.answers and all(0 <= i < len(q.options) for i in q.answers)
            if card_type != "meaning_to_code" and not q.conflict:
                assert not leaks(q.stem, fact.value)


@pytest.mark.parametrize("number,unit,text", [
    (99.999999999, "%", "99.999999999%"), (99.99, "%", "99.99%"), (99.5, "%", "99.5%"),
    (1769 * 1024**2, "B", "1,769 MB"), (2.5 * 1024**3, "B", "2.5 GB"), (1.5, "s", "1.5 seconds"),
])
def test_format_quantity_keeps_precision(number, unit, text):
    assert format_quantity(number, unit) == text


def test_a_number_the_reference_doubts_makes_no_question():
    """A note that calls Lambda's 1,000 concurrent executions a maximum: the AWS docs call it
    a default that can be raised, so no card drills "maximum 1,000"; the reason is given."""
    from studycli.model import Fact

    cap = Fact("Lambda", "", "concurrent executions", "limit", "max",
               "1000 concurrent executions", 1000, "count", source="n.md", line=1,
               snippet="- max 1000 concurrent executions")
    pool = FactPool.from_facts([cap, *sample_facts()])
    assert "default you can change" in why_not_asked(cap, pool)
    assert all(build_question(cap, t, pool, random.Random(0)) is None
               for t in card_types_for(cap))
    assert card_types_for(cap)  # askable in itself: it is the reference that keeps it out


def test_a_stale_note_value_is_never_drilled_as_true():
    """The sample note's SQS 256 KB is out of date (1 MiB): the question keys the current
    value and its explanation names the note, what AWS says now and the page."""
    facts = sample_facts()
    size = next(f for f in facts if f.attribute == "message size")
    for seed in range(10):
        q = build_question(size, "choice", FactPool.from_facts(facts), random.Random(seed))
        assert [q.options[i] for i in q.answers] == ["1 MB"]  # the stale value is no answer
        assert q.explanation.startswith("Your note (sample.md:1) says 256 KB")
        assert "https://docs.aws.amazon.com/" in q.explanation
        assert q.fact_id == size.id  # still the note's fact, as `facts --json` lists it


def test_lazy_pool_from_the_database_asks_the_same_questions(_private_db):
    from studycli.store.db import connect

    from .quiz_facts import store_samples

    db = connect(_private_db)
    store_samples(db)
    lazy, eager = FactPool.load(db), FactPool.from_facts(sample_facts())
    for fact in sample_facts():
        for card_type in card_types_for(fact):
            a = build_question(fact, card_type, lazy, random.Random(5))
            b = build_question(fact, card_type, eager, random.Random(5))
            assert (a is None) == (b is None)  # both refuse a number the reference doubts
            assert a is None or a.to_dict() == b.to_dict()
    assert len(lazy.facts) == len(sample_facts())


def test_two_values_on_one_line_are_not_a_disagreement():
    one = Fact("Lambda", "", "retry interval", "limit", "", "1 min", 60, "s", source="n.md", line=3)
    two = Fact("Lambda", "", "retry interval", "limit", "", "2 min", 120, "s", source="n.md",
               line=3)
    q = build_question(one, "choice",
                       FactPool.from_facts([one, two] + sample_facts(), as_written=True),
                       random.Random(0))
    assert q.stem.startswith("Your notes give more than one value here.")
    assert "disagree" not in q.stem and q.multi
    assert {q.options[i] for i in q.answers} == {"1 minute", "2 minutes"}


def test_wrong_meanings_are_only_ones_in_aws_words():
    """Beside a right answer in the reference's words, a note's own wording ("From API GW
    usually = lambda returned malformed response") reads as a fragment: not offered."""
    facts = sample_facts()
    noted = Fact("API Gateway", "", "418", "error_code", "",
                 "From API GW usually = lambda returned malformed response")
    pool = FactPool.from_facts([*facts, noted])
    e504 = next(f for f in facts if f.attribute == "504")
    for seed in range(20):
        q = build_question(e504, "code_to_meaning", pool, random.Random(seed))
        if q is not None:
            assert not any(o.startswith("From API GW") for o in q.options), q.options
    written = FactPool.from_facts([*facts, noted], as_written=True)
    seen = set()
    for seed in range(20):
        q = build_question(e504, "code_to_meaning", written, random.Random(seed))
        seen.update(q.options if q is not None else [])
    assert any(o.startswith("From API GW") for o in seen)  # the notes' words, as written


def test_wrong_meanings_are_told_apart_by_what_they_show():
    """Two codes whose meanings read alike once worded AWS's way never both appear, and never
    beside the right answer's same words."""
    from studycli.questions import distractors

    def code(attribute: str, value: str) -> Fact:
        return Fact("S3", "", attribute, "error_code", "", value)

    asked = code("500", "Internal error")
    others = [code("503", "Slow down please"), code("SlowDown", "Reduce your request rate"),
              code("403", "Access denied"), code("404", "No such key")]
    pool = FactPool.from_facts([asked, *others], as_written=True)
    same = {"503": "Slow Down", "SlowDown": "Slow Down", "403": "Access Denied",
            "404": "Internal Error"}  # 404 here shows the right answer's words
    for seed in range(20):
        got = distractors.meanings(asked, set(), pool, 3, random.Random(seed), {"internal error"},
                                   others, text=lambda f: same[f.attribute])
        assert len(got) == len(set(got)) and "Internal Error" not in got, got
