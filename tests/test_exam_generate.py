"""Exam structure over many seeds, on notes written to disk and stored as the parser would."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from studycli.exam.generate import askable_facts, generate_exam, gives_away, load_pool
from studycli.exam.profiles import get_profile, profiles
from studycli.questions import FactPool
from studycli.questions.stems import leaks
from studycli.store.facts import list_facts
from tests.exam_data import build_big_db, build_db

SEEDS = range(15)


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    """The big base, built once for the module: its tests only draw from it."""
    folder = tmp_path_factory.mktemp("big")
    notes = folder / "notes"
    db = build_big_db(folder / "big.db", notes)
    return db, notes


class _Drawn:
    """exams[seed] and exams[:n]: the saa-c03 exam of each seed, drawn from `pool` when first
    read and kept. The everyday tier's tests read the first ten seeds; only the thorough
    sweep (test_structure_over_many_seeds) reads all of SEEDS, so only it pays for the rest."""

    def __init__(self, pool):
        self._pool = pool
        self._made: dict[int, object] = {}

    def __getitem__(self, which):
        if isinstance(which, slice):
            return [self[seed] for seed in SEEDS[which]]
        if which not in self._made:
            self._made[which] = generate_exam(self._pool, get_profile("saa-c03"), which)
        return self._made[which]


@pytest.fixture(scope="module")
def saa_exams(big):
    """The saa-c03 exams of SEEDS, drawn in turn from one as-written pool of the big base:
    drawn once for the module's tests that read them (a pool drawn from again and again gives
    what fresh pools give: test_exam_draw_kept_work), each when a test first reads it."""
    db, _ = big
    return _Drawn(load_pool(db, as_written=True))


def check_distinct_and_in_range(exam):
    for q in exam.questions:
        if q.multi:
            assert len(q.options) >= 5 and len(q.answers) in (2, 3), q
            word = {2: "TWO", 3: "THREE"}[len(q.answers)]
            assert word in q.stem
        else:
            assert len(q.options) == 4 and len(q.answers) == 1, q
        assert len({o.strip().lower() for o in q.options}) == len(q.options), q.options
        assert all(0 <= a < len(q.options) for a in q.answers)
        assert len(set(q.answers)) == len(q.answers)
        for a in q.answers:
            assert not leaks(q.stem, q.options[a]), (q.stem, q.options[a])
        assert q.explanation and q.source and q.line > 0


def check_no_giveaways(exam):
    for i, a in enumerate(exam.questions):
        for b in exam.questions[i + 1:]:
            assert not gives_away(a, b), (a.stem, b.stem)
            if a.qtype != "multi_invocation":  # its answers are service names
                for r in (a.options[k] for k in a.answers):
                    assert not leaks(b.stem, r)


def check_no_fact_twice(exam, facts_by_id):
    keys = [facts_by_id[fid].key for q in exam.questions for fid in q.fact_ids]
    assert len(keys) == len(set(keys)), "a fact asked twice"


def check_structure(exam, facts_by_id, notes: Path):
    check_distinct_and_in_range(exam)
    check_no_giveaways(exam)
    seen_facts, seen_keys = set(), set()
    for q in exam.questions:
        # Traceable: the note line the question cites states the fact.
        lines = (notes / q.source).read_text(encoding="utf-8").splitlines()
        assert lines[q.line - 1] == q.snippet
        assert q.fact_ids and facts_by_id[q.fact_ids[0]].line == q.line
        for fid in q.fact_ids:
            fact = facts_by_id[fid]
            text = (notes / fact.source).read_text(encoding="utf-8")
            note_line = text.splitlines()[fact.line - 1]
            assert fact.value in note_line
            assert fid not in seen_facts and fact.key not in seen_keys, "a fact asked twice"
            seen_facts.add(fid)
            seen_keys.add(fact.key)


@pytest.mark.parametrize("name", ["saa-c03", "quick"])
def test_structure_over_many_seeds(big, saa_exams, name):
    db, notes = big
    pool = load_pool(db, as_written=True)
    facts_by_id = {f.id: f for f in list_facts(db)}
    profile = get_profile(name)
    for seed in SEEDS:
        exam = saa_exams[seed] if name == "saa-c03" else generate_exam(pool, profile, seed)
        assert exam.seed == seed and exam.profile == name
        assert len(exam.questions) == profile.questions
        check_structure(exam, facts_by_id, notes)
        multi = sum(q.multi for q in exam.questions)
        if profile.questions == 65:
            assert 5 <= multi <= 10  # about 10-15%, never fewer than 5
        else:
            assert multi >= 1


def test_small_base_gives_a_shorter_exam_that_is_still_sound(_private_db, tmp_path):
    notes = tmp_path / "notes"
    db = build_db(_private_db, notes)
    pool = load_pool(db, as_written=True)
    facts_by_id = {f.id: f for f in list_facts(db)}
    for seed in range(8):
        exam = generate_exam(pool, get_profile("saa-c03"), seed)
        assert 20 <= len(exam.questions) <= 65
        check_structure(exam, facts_by_id, notes)


def test_same_seed_same_exam_other_seed_other_exam(big):
    db, _ = big
    profile = get_profile("dva-c02")
    one = generate_exam(load_pool(db, as_written=True), profile, 42).to_json()
    again = generate_exam(load_pool(db, as_written=True), profile, 42).to_json()
    other = generate_exam(load_pool(db, as_written=True), profile, 43).to_json()
    assert json.dumps(one) == json.dumps(again)
    assert [q["id"] for q in one["questions"]] != [q["id"] for q in other["questions"]]


def spread_in_proportion(pool, seeds: range) -> None:
    """Without a blueprint, the exams of `seeds` ask each service about as often as the fact
    base states its facts."""
    share = Counter(f.service for f in askable_facts(pool))
    total = sum(share.values())
    counts: Counter = Counter()
    for seed in seeds:
        exam = generate_exam(pool, get_profile("quick").with_overrides(questions=65), seed)
        counts.update(q.service for q in exam.questions)
    asked = sum(counts.values())
    for service, n in share.items():
        expected = asked * n / total
        assert abs(counts[service] - expected) <= max(5, 0.25 * expected), (service, counts)


def test_without_a_blueprint_questions_spread_in_proportion_over_ten_seeds(big):
    """The sweep (thorough tier): 650 questions; the everyday test below draws four exams."""
    spread_in_proportion(load_pool(big[0], as_written=True), range(10))


def test_without_a_blueprint_questions_spread_in_proportion_to_the_fact_base(big, saa_exams):
    db, _ = big
    pool = load_pool(db, as_written=True)
    spread_in_proportion(pool, range(4))
    kinds = Counter(q.kind for exam in saa_exams[:5] for q in exam.questions)
    # a Solutions Architect exam asks no error-code meanings (data/exam_profiles.json)
    assert {"limit", "default", "invocation_mode"} <= set(kinds) and "error_code" not in kinds
    dva = generate_exam(pool, get_profile("dva-c02"), 0)
    assert "error_code" in {q.kind for q in dva.questions}  # the Developer exam's troubleshooting


def test_multiple_response_example_and_scenario_stems(saa_exams):
    stems = [q for exam in saa_exams[:10] for q in exam.questions]
    assert any(q.multi and "invoke an AWS Lambda function" in q.stem for q in stems)
    assert any(q.multi and "statements about" in q.stem for q in stems)
    openings = ("A team", "A developer", "Clients", "An app", "An API")
    scenario = [q for q in stems if q.stem.startswith(openings)]
    assert len(scenario) > len(stems) // 4


def test_service_filter_and_conflicts(_private_db, tmp_path):
    from studycli.model import Fact, ParsedNote
    from studycli.store.facts import replace_source

    notes = tmp_path / "notes"
    db = build_db(_private_db, notes)
    # Another note disagrees on the Lambda timeout: the exam asserts neither side.
    replace_source(db, ParsedNote("old.md", facts=[
        Fact("Lambda", "", "timeout", "limit", "max", "5 minutes", 300, "s", source="old.md",
             line=1, snippet="- Lambda timeout 5 minutes")]), "y")
    pool = load_pool(db, as_written=True)
    for seed in range(10):
        exam = generate_exam(pool, get_profile("quick"), seed, service="Lambda")
        assert {q.service for q in exam.questions} == {"Lambda"}
        assert not any("maximum timeout" in q.stem or "maximum timeout" in " ".join(q.options)
                       for q in exam.questions)


def test_profiles_are_as_the_issue_says():
    p = profiles()
    assert (p["saa-c03"].questions, p["saa-c03"].minutes, p["saa-c03"].pass_mark) == (65, 130, 720)
    assert (p["dva-c02"].questions, p["dva-c02"].minutes, p["dva-c02"].pass_mark) == (65, 130, 720)
    assert (p["clf-c02"].questions, p["clf-c02"].minutes, p["clf-c02"].pass_mark) == (65, 90, 700)
    assert (p["quick"].questions, p["quick"].minutes) == (10, 15)
    assert all((x.scale_low, x.scale_high) == (100, 1000) for x in p.values())
    assert 5 <= p["saa-c03"].multi_count() <= round(65 * 0.15)


def test_wrong_options_are_never_values_the_notes_state(_private_db, tmp_path):
    wrong_options_over_seeds(_private_db, tmp_path, range(10))


def test_wrong_options_are_never_values_the_notes_state_over_more_seeds(_private_db, tmp_path):
    """The sweep's other 30 seeds (thorough tier): the everyday test draws the first ten."""
    wrong_options_over_seeds(_private_db, tmp_path, range(10, 40))


def wrong_options_over_seeds(_private_db, tmp_path, seeds: range):
    from studycli.exam.truths import Truths, faithful
    from studycli.model import Fact, ParsedNote
    from studycli.store.facts import replace_source

    db = build_db(_private_db, tmp_path / "notes")
    extra = [
        Fact("Lambda", "", "retries", "limit", "", "3 times", 3, "count", source="r.md", line=1,
             snippet="- Lambda retries 3 times"),
        Fact("Lambda", "", "retries", "limit", "max", "2 times", 2, "count", source="r.md", line=2,
             snippet="- Lambda retries max 2 times"),
        Fact("S3", "", "availability", "limit", "", "99.99%", 99.99, "%", source="r.md", line=3,
             snippet="- S3 availability 99.99%"),
    ]
    replace_source(db, ParsedNote("r.md", facts=extra), "z")
    truths = Truths(FactPool.from_facts(extra))
    assert truths.numbers(extra[1]) == {2, 3}
    assert not faithful(extra[2], "100%") and faithful(extra[2], "99.99%")
    pool = load_pool(db, as_written=True)
    asked: Counter[str] = Counter()  # the seeds must ask the retries and the availability
    for seed in seeds:
        for q in generate_exam(pool, get_profile("quick"), seed, service="Lambda").questions:
            asked["retries"] += "retries" in q.stem or any("retries" in o for o in q.options)
            for i, option in enumerate(q.options):
                if "retries" in option and i not in q.answers:
                    assert not option.endswith((" 2.", " 3.")), option
            if "retries" in q.stem:
                assert not {"2", "3"} & {o for i, o in enumerate(q.options) if i not in q.answers}
        for q in generate_exam(pool, get_profile("quick"), seed, service="S3").questions:
            asked["availability"] += "availability" in q.stem
            assert "100%" not in [q.options[i] for i in q.answers]
    assert asked["retries"] and asked["availability"], asked


def test_the_quiz_lazy_pool_makes_a_sound_exam_too(big):
    db, notes = big
    pool = FactPool.load(db)
    pool.as_written = True  # made-up facts: no AWS reference entry vouches for them
    exam = generate_exam(pool, get_profile("saa-c03"), 9)
    assert len(exam.questions) == 65
    check_structure(exam, {f.id: f for f in list_facts(db)}, notes)


def test_two_notes_names_for_one_quota_are_one_topic():
    # "account-level throttle quota" (one note) and "account throttle limit" (another) are
    # one measure: an exam asked a new user both, keyed 10,000/s twice
    from studycli.exam.generate import _topic
    from studycli.model import Fact, Kind

    def fact(attribute: str) -> Fact:
        return Fact(service="API Gateway", subject="", attribute=attribute, qualifier="default",
                    kind=Kind.DEFAULT, value="10,000 requests/s", number=10000, unit="per_s",
                    source="n.md", line=1, snippet="-")

    assert _topic(fact("account-level throttle quota")) == _topic(fact("account throttle limit"))
    assert _topic(fact("burst limit")) != _topic(fact("account throttle limit"))
