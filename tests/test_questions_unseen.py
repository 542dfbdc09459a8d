"""Questions and exams from notes the parser reads less cleanly: the unseen notes
(tests/data/unseen_notes, eight very different styles) and the shipped notes, every card of
every fact. Each question must read as an exam item, not give itself away, and offer
plausible, distinct, false distractors."""

from __future__ import annotations

import itertools
import random
import re
from pathlib import Path

import pytest

from studycli.exam.generate import generate_exam, load_pool
from studycli.exam.profiles import get_profile
from studycli.model import Fact
from studycli.questions import FactPool, build_question, card_types_for
from studycli.questions.stems import leaks
from studycli.store.db import connect
from studycli.store.facts import list_facts

from .conftest import copy_of
from .test_exam_generate import (
    check_distinct_and_in_range,
    check_no_fact_twice,
    check_no_giveaways,
)
from .test_questions import all_questions, check_question

UNSEEN = Path(__file__).parent / "data" / "unseen_notes"

# Words a measure's name never ends with: a stem "What is the bulk within for ..." or
# "the failover takes for ..." came from a sentence, not from a name.
NOT_A_NAME_END = {"within", "under", "over", "after", "before", "between", "than", "to", "from",
                  "by", "at", "of", "usually", "typically", "takes", "lasts", "last", "cut",
                  "scales", "is", "are", "and", "or"}

_TIME = {"ms": 0.001, "second": 1, "minute": 60, "hour": 3600, "day": 86400,
         # a note's own unit, where it gives its figure in one (questions/said_units.py)
         "week": 7 * 86400, "month": 30 * 86400, "year": 365 * 86400}
_SIZE = {"byte": 1, "KB": 1024, "MB": 1024**2, "GB": 1024**3, "TB": 1024**4}


def quantity(option: str):
    """(dimension, value) of an option text, or None when it is not a single quantity."""
    m = re.fullmatch(r"([\d,.]+)\s*(.*)", option.strip())
    if not m:
        return None
    number, rest = float(m.group(1).replace(",", "")), m.group(2).strip()
    if rest == "":
        return ("count", number)
    if rest == "%":
        return ("%", number)
    if rest in ("per second", "IOPS"):
        return ("per_s", number)
    if rest.rstrip("s") in ("character", "char", "letter", "digit", "word", "line", "token"):
        return ("count", number)  # a count in its unit (build._UNIT_NOUNS): "6,144 characters"
    word = rest.rstrip("s") if rest not in ("ms",) else rest
    if word in _TIME:
        return ("s", number * _TIME[word])
    bare = rest.removesuffix("/s")
    bare = bare if bare in _SIZE else bare.rstrip("s")
    if bare in _SIZE:
        return ("B/s" if rest.endswith("/s") else "B", number * _SIZE[bare])
    return None


def check_reads_well(fact: Fact, card_type: str, q) -> None:
    """What a student would object to, beyond the structural checks of check_question."""
    check_question(fact, card_type, q)
    words = re.findall(r"\(?[\w@/-]+\)?", q.stem.lower())
    assert not any(a == b for a, b in itertools.pairwise(words)), q.stem  # "gp gp size"
    m = re.search(r"What (?:is|are) the (.+?) for ", q.stem)
    if m:
        name = re.sub(r"\([^)]*\)", "", m.group(1)).split()
        assert name and name[-1].lower() not in NOT_A_NAME_END, q.stem
    assert q.answer_text.strip(), q
    if fact.kind in ("limit", "default", "range") and fact.number is not None:
        assert re.search(r"\d", q.answer_text), (q.stem, q.answer_text)
    if not q.options:
        return
    if q.qtype in ("choice", "default"):
        _check_quantity_options(q)
    if q.qtype in ("code_to_meaning", "meaning_to_code"):
        _check_code_options(fact, q)


def _check_quantity_options(q) -> None:
    """One unit family, and no two wrong options that read as the same answer."""
    rights = {q.options[i] for i in q.answers}
    parsed = {o: quantity(o) for o in q.options}
    assert all(parsed.values()), q.options
    dims = {d for d, _ in parsed.values()}
    assert len(dims) == 1, q.options  # one unit family
    for a in q.options:
        for b in q.options:
            if a < b and not (a in rights and b in rights):
                va, vb = parsed[a][1], parsed[b][1]
                # "1,000 KB" next to "1 MB" reads as the same answer twice; percentages
                # near 100 differ in their nines (99.99% vs 99.999999999%).
                pairs = [(va, vb)] + ([(100 - va, 100 - vb)] if dims == {"%"} else [])
                assert any(abs(x - y) > 0.029 * max(x, y) for x, y in pairs), (
                    q.stem, q.options)


def _check_code_options(fact: Fact, q) -> None:
    if q.qtype == "code_to_meaning":
        code = fact.attribute.strip().lower()
        for i, o in enumerate(q.options):
            # A flashcard's front is not a meaning; a trailing "?" (the student's doubt) is.
            assert not re.search(r"^(what|which|how)\b|\?\s*\S", o, re.IGNORECASE), o
            assert "→" not in o, o
            if i not in q.answers:
                assert code not in o.lower(), (q.stem, q.options)
    if q.qtype == "meaning_to_code":
        for i, o in enumerate(q.options):
            if i not in q.answers:
                assert not leaks(q.stem, o), (q.stem, q.options)


@pytest.fixture(scope="module")
def unseen(dev_notes_copy):
    db = dev_notes_copy(UNSEEN.name)  # the folder ingested: the same facts as its files
    return db, list_facts(db)


@pytest.fixture(scope="module")
def shipped(tmp_path_factory, shipped_db_file):
    """The shipped notes (ingested once per test session: conftest.shipped_db_file)."""
    db = connect(copy_of(shipped_db_file, tmp_path_factory.mktemp("shipped")))
    return db, list_facts(db)


def test_every_question_from_the_unseen_notes_reads_well(unseen):
    _, facts = unseen
    assert len(list(UNSEEN.iterdir())) == 8
    questions = all_questions(facts, seed=3)
    # The rules leave most facts askable: a gate that dropped everything would pass the rest.
    assert len(questions) >= 400, len(questions)
    for fact, card_type, q in questions:
        check_reads_well(fact, card_type, q)
    assert {"limit", "default", "range", "error_code", "invocation_mode"} <= {
        f.kind for f, _, _ in questions}


def test_every_question_from_the_second_unseen_set_reads_well(dev_notes_copy):
    """A held-out set the rules were not written against (six more note styles)."""
    notes = UNSEEN.parent / "unseen2_notes"
    if not notes.is_dir():
        pytest.skip("no second unseen set")
    facts = list_facts(dev_notes_copy(notes.name))
    questions = all_questions(facts, seed=5)
    assert len(questions) >= 200, len(questions)
    for fact, card_type, q in questions:
        check_reads_well(fact, card_type, q)


def test_every_question_from_the_shipped_notes_reads_well(shipped):
    _, facts = shipped
    for seed in (1, 2):
        for fact, card_type, q in all_questions(facts, seed=seed):
            check_reads_well(fact, card_type, q)


def test_unasked_facts_are_the_ones_whose_words_make_no_question(unseen):
    """A limit the unseen notes give is left unasked for its name only when the name is not
    one (other facts are also left out for what their line says: questions/attribution.py)."""
    from studycli.questions.askable import sensible_attribute

    _, facts = unseen
    def name(f):  # a bare generic word is askable with a subject and a qualifier only
        return (f.attribute, bool(f.subject.strip()), bool(f.qualifier))

    skipped = {name(f) for f in facts
               if f.kind in ("limit", "default", "range") and not sensible_attribute(f)}
    asked = {name(f) for f in facts
             if f.kind in ("limit", "default", "range") and card_types_for(f)}
    assert skipped and asked
    assert {a for a, *_ in asked} >= {"message size", "visibility timeout", "integration timeout"}
    assert skipped.isdisjoint(asked)


def _limit(attribute, subject="", unit="s", number=60.0, service="S3"):
    return Fact(service, subject, attribute, "limit", "max", "x", number, unit,
                source="n.md", line=1, snippet=f"- {attribute}: x")


@pytest.mark.parametrize("attribute, subject, unit", [
    ("bulk within", "S3 Glacier", "s"),            # a preposition inside
    ("failover takes", "Multi-AZ", "s"),           # a verb
    ("usually", "", "s"),                          # an adverb
    ("deep archive", "", "s"),                     # a noun, but no measure
    ("gp gp size", "gp2", "B"),                    # a word twice
    ("lower latency", "HTTP API", "%"),            # a comparative
    ("minutes", "user pool", "count"),             # a unit is not what is counted
    ("size", "", "B"),                             # a bare generic word without a subject
    ("retries", "", "s"),                          # a vocabulary name in another dimension
    ("memory", "Functions:: JS only, < 1 ms", "B"),  # a subject that is a clause
])
def test_attributes_that_are_not_names_make_no_card(attribute, subject, unit):
    assert card_types_for(_limit(attribute, subject, unit)) == []


@pytest.mark.parametrize("attribute, subject, unit", [
    ("message size", "", "B"),                     # the attribute vocabulary
    ("read replicas", "", "count"),                # a plural count
    ("executions per second", "", "per_s"),        # a plural rate
    # a short noun phrase ending in a measure ("failover time" was the example: how long an
    # operation takes is a typical figure, no bound, and makes no card: questions/typical.py)
    ("backtrack window", "Aurora", "s"),
    ("size", "gp2", "B"),                          # generic, but the subject says of what
    ("maximum RPO", "Global Database", "s"),       # an acronym measure
    ("retries", "", "count"),                      # a vocabulary name in its dimension
])
def test_noun_phrases_naming_a_measure_make_cards(attribute, subject, unit):
    assert "recall" in card_types_for(_limit(attribute, subject, unit))


@pytest.mark.parametrize("meaning", [
    "What error do you get when writing too fast to a Kinesis shard?",
    "If target times out",
    "And if they sign up with an existing name you get UsernameExistsException",
    "400 — Bad parameter, e.g. item > 400 KB — No",
    "DDB → backoff",
    "Q10. Lambda gets on sync invoke",
])
def test_error_meanings_that_are_not_meanings_make_no_card(meaning):
    code = Fact("DynamoDB", "", "ValidationException", "error_code", "", meaning,
                source="n.md", line=1, snippet="x")
    assert card_types_for(code) == []


def test_a_default_stated_in_words_names_a_setting():
    fact = Fact("Lambda", "", "invocation type", "default", "default", "RequestResponse",
                source="n.md", line=1, snippet="x")
    assert card_types_for(fact) == ["recall"]
    assert card_types_for(Fact("Lambda", "", "usually", "default", "default", "RequestResponse",
                               source="n.md", line=1, snippet="x")) == []


def test_plural_counts_and_rates_are_asked_as_a_number_of():
    pool = FactPool.from_facts([_limit("executions per second", unit="per_s", number=2000.0),
                                _limit("azs", unit="count", number=3.0, service="Aurora")],
                               as_written=True)
    stems = [build_question(f, "recall", pool, random.Random(0)).stem for f in pool.facts]
    assert stems[0] == "What is the maximum number of executions per second for Amazon S3?"
    assert stems[1] == "What is the maximum number of AZs for Amazon Aurora?"


def test_values_in_another_unit_are_not_a_disagreement():
    a = Fact("DynamoDB", "", "rcu", "limit", "", "4 KB", 4096.0, "B", source="a.md", line=1,
             snippet="x")
    b = Fact("DynamoDB", "", "rcu", "limit", "", "3000", 3000.0, "count", source="b.md", line=1,
             snippet="x")
    pool = FactPool.from_facts([a, b])
    assert not pool.in_conflict(a) and not pool.in_conflict(b)


@pytest.mark.parametrize("profile, seeds", [("saa-c03", range(4)), ("quick", range(4))])
def test_exams_from_the_unseen_notes(unseen, profile, seeds):
    db, facts = unseen
    by_id = {f.id: f for f in facts}
    pool = load_pool(db)
    for seed in seeds:
        exam = generate_exam(pool, get_profile(profile), seed)
        assert exam.questions
        check_distinct_and_in_range(exam)
        check_no_giveaways(exam)
        check_no_fact_twice(exam, by_id)
        for q in exam.questions:
            for fid in q.fact_ids:
                fact = by_id[fid]
                if fact.kind in ("limit", "default", "range", "error_code"):
                    assert card_types_for(fact), (q.stem, fact)  # only askable facts
            words = re.findall(r"\(?[\w@/-]+\)?", q.stem.lower())
            assert not any(a == b for a, b in itertools.pairwise(words)), q.stem
            for text in (q.stem, *q.options):
                assert not re.search(r"per second.* per second", text), text
