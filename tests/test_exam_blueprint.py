"""The exam blueprint, caps, reproducibility across processes, and the exam CLI's edges."""

from __future__ import annotations

import time
from collections import Counter

import pytest
from typer.testing import CliRunner

from studycli.cli import app
from studycli.database import ensure_database
from studycli.exam.blueprint import blueprint, subject_of
from studycli.exam.generate import generate_exam, load_pool
from studycli.exam.profiles import get_profile
from studycli.model import Kind
from studycli.store.facts import list_facts
from studycli.ui.exam_view import key_help
from tests.helpers import SHIPPED_CLF_FLOOR, SHIPPED_EXAM_FLOOR, full_or_capacity

from .conftest import copy_of

runner = CliRunner()


def message(r) -> str:
    """What the student reads on stderr (entry.py prints a StudyError as one line)."""
    from studycli.errors import StudyError

    assert "Traceback" not in r.output
    return r.stderr + (str(r.exception) if isinstance(r.exception, StudyError) else "")


@pytest.fixture(scope="module")
def shipped(tmp_path_factory, shipped_db_file):
    db_path = copy_of(shipped_db_file, tmp_path_factory.mktemp("bp"))
    db = ensure_database(db_path)
    return db_path, load_pool(db), {f.id: f for f in list_facts(db)}


def test_blueprint_weights_are_the_exam_guides():
    expected = {
        "saa-c03": [30, 26, 24, 20], "dva-c02": [32, 26, 24, 18], "clf-c02": [24, 30, 34, 12]}
    for profile, weights in expected.items():
        plan = blueprint(profile)
        assert [d.weight for d in plan.domains] == weights
        assert sum(plan.quotas(65).values()) == 65
        assert plan.quotas(65) == plan.quotas(65)
    assert blueprint("quick") is None


@pytest.mark.parametrize("profile", ["saa-c03", "dva-c02", "clf-c02"])
def test_caps_and_domains_on_the_shipped_notes(shipped, shipped_fresh_exam, profile):
    caps_and_domains(shipped, shipped_fresh_exam, profile, (1,))


@pytest.mark.parametrize("profile", ["saa-c03", "dva-c02", "clf-c02"])
def test_caps_and_domains_on_the_shipped_notes_over_more_seeds(shipped, shipped_fresh_exam,
                                                              profile):
    """The sweep's other seeds (thorough tier): the everyday test draws seed 1."""
    caps_and_domains(shipped, shipped_fresh_exam, profile, (2, 3))


def caps_and_domains(shipped, shipped_fresh_exam, profile: str, seeds: tuple[int, ...]) -> None:
    _, _, facts = shipped
    plan = blueprint(profile)
    assert plan is not None
    names = {d.name for d in plan.domains}
    for seed in seeds:
        # the exam a fresh pool of the shipped notes draws, drawn once a session
        # (test_scenario_questions reads the same draws)
        exam = shipped_fresh_exam(get_profile(profile), seed)
        n = full_or_capacity(exam, 65,
                             SHIPPED_CLF_FLOOR if profile == "clf-c02" else SHIPPED_EXAM_FLOOR)
        services = Counter(q.service for q in exam.questions)
        assert max(services.values()) <= 0.45 * n, services
        subjects = Counter((q.service, q.subject.lower()) for q in exam.questions)
        assert max(subjects.values()) <= 6, subjects
        keys = [facts[i].key for q in exam.questions for i in q.fact_ids]
        assert len(keys) == len(set(keys)), "a fact asked twice"
        for q in exam.questions:
            assert q.domain is None or q.domain in names
            lead = facts[q.fact_ids[0]]
            # a scenario is about the service or feature it asks for
            assert q.subject == (subject_of(lead) if q.qtype != "scenario"
                                 else q.options[q.answers[0]].removeprefix("An ")
                                 .removeprefix("A ").removeprefix("The "))
            assert q.style == ("multi" if q.multi
                               else "scenario" if q.qtype == "scenario" else "choice")


def test_thin_domains_are_named(shipped):
    _, pool, _ = shipped
    exam = generate_exam(pool, get_profile("saa-c03"), 4)
    # The shipped notes are serverless: nothing on IAM, KMS, VPC... for Secure Architectures.
    assert any("Design Secure Architectures" in line and "other domains" in line
               for line in exam.notes), exam.notes


# One process per hash seed runs the console entry (studycli.entry.main) for each exam in turn,
# each exam's stdout caught apart: three processes instead of nine, the same draws compared.
_EXAMS_IN_ONE_PROCESS = """
import contextlib, hashlib, io, json, sys
from studycli.entry import main
digests = {}
for profile, seed in json.loads(sys.argv[1]):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["exam", "--profile", profile, "--seed", str(seed), "--json",
                     "--db", sys.argv[2]])
    assert code == 0, (profile, code)
    digests[profile] = hashlib.sha256(out.getvalue().encode()).hexdigest()
print(json.dumps(digests))
"""


def test_byte_identical_json_across_processes_and_hash_seeds(shipped):
    import json
    import os
    import subprocess
    import sys

    from tests.helpers import REPO

    db_path, _, _ = shipped
    exams = [("saa-c03", 7), ("dva-c02", 11), ("clf-c02", 5)]
    digests: dict[str, set[str]] = {profile: set() for profile, _ in exams}
    for hash_seed in ("1", "2", "31337"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONPATH": str(REPO)}
        r = subprocess.run([sys.executable, "-c", _EXAMS_IN_ONE_PROCESS, json.dumps(exams),
                            str(db_path)], capture_output=True, text=True, env=env, cwd=REPO,
                           timeout=120)
        assert r.returncode == 0, r.stderr
        for profile, digest in json.loads(r.stdout).items():
            digests[profile].add(digest)
    assert all(len(d) == 1 for d in digests.values()), digests
    assert len({d for each in digests.values() for d in each}) == len(exams)  # three exams


def test_more_questions_never_give_fewer_and_stay_fast(shipped):
    _, pool, _ = shipped
    got = []
    for n in (65, 100, 200, 300, 100_000):
        start = time.process_time()  # CPU: a loaded machine does not fail it
        exam = generate_exam(pool, get_profile("saa-c03").with_overrides(questions=n), 1)
        assert time.process_time() - start < 5
        got.append(len(exam.questions))
    assert got == sorted(got), got
    assert got[0] == 65 or got[0] >= SHIPPED_EXAM_FLOOR


def test_export_refuses_to_overwrite_or_follow_links(tmp_path, shipped_copy, monkeypatch):
    monkeypatch.setenv("STUDYCLI_DB", str(shipped_copy))  # not built again from the notes
    target = tmp_path / "exam.md"
    target.write_text("keep me")
    r = runner.invoke(app, ["exam", "--export", str(target), "--seed", "1", "-n", "5"])
    assert r.exit_code == 1 and "already exists" in message(r) and "--force" in message(r)
    assert target.read_text() == "keep me"
    r = runner.invoke(app, ["exam", "--export", str(target), "--seed", "1", "-n", "5", "--force"])
    assert r.exit_code == 0, r.output
    assert "Answer key" in target.read_text()
    secret = tmp_path / "secret.txt"
    secret.write_text("untouched")
    link = tmp_path / "link.md"
    link.symlink_to(secret)
    for extra in ([], ["--force"]):
        r = runner.invoke(app, ["exam", "--export", str(link), "-n", "5", *extra])
        assert r.exit_code == 1 and "symbolic link" in message(r)
    assert secret.read_text() == "untouched"


@pytest.mark.parametrize("flag", ["--json", "--history"])
def test_export_with_json_or_history_says_so(tmp_path, flag):
    target = tmp_path / "exam.md"
    r = runner.invoke(app, ["exam", "--export", str(target), flag])
    assert r.exit_code == 1 and flag in message(r)
    assert not target.exists()


def test_key_help_offers_only_the_question_s_keys():
    class Q:
        def __init__(self, n, multi=False):
            self.options, self.multi = ["x"] * n, multi

    assert key_help(Q(4)).startswith("1-4 or a-d answer")
    assert key_help(Q(5, True)).startswith("1-5 or a-e answer (toggles)")
    assert key_help(Q(6, True)).startswith("1-6 (a-e for 1-5) answer")


def test_new_quiz_cards_interleave_services(shipped):
    """A first quiz session is not one note's first section: new cards come one service at a
    time, each service's cards in note order."""
    from studycli.store.cards import new_cards
    from studycli.store.db import connect

    db_path, _, _ = shipped
    rows = new_cards(connect(db_path), 12)
    services = [r["service"] for r in rows]
    first_round = services[: len(set(services))]
    assert len(set(first_round)) == len(first_round) >= 5, services


def test_which_of_these_questions_have_exactly_their_right_options(shipped):
    """ "In Amazon S3, which of these has a minimum storage duration of 90 days?": the options are
    subjects whose values the notes state, and only the right ones hold the asked value."""
    import random

    from studycli.exam.generate import askable_facts
    from studycli.exam.which import families, sound_members, which_question

    # The mechanism, on every fact of the notes (as --as-written asks them): the AWS reference
    # vouches for too few storage classes of the shipped notes to make a family of four.
    pool = load_pool(ensure_database(shipped[0]), as_written=True)
    fams = families(askable_facts(pool), pool)
    assert fams
    made = 0
    for members in fams.values():
        members = sound_members(members, pool)
        for multi in (False, True):
            built = which_question(members, random.Random(3), set(), multi)
            if built is None:
                continue
            made += 1
            q = built.question
            by_subject = {f.subject.strip(): f for f in members}
            right = {(by_subject[q.options[i]].number) for i in q.answers}
            assert len(right) == 1
            wrong = {by_subject[o].number for i, o in enumerate(q.options) if i not in q.answers}
            assert not right & wrong
            assert not any(o.lower() in q.stem.lower() for o in q.options)
            assert len(q.answers) == (1 if not multi else len(q.answers)) and (multi == q.multi)
    assert made >= 3


def test_one_measure_with_one_answer_is_asked_once_whatever_the_subject():
    """"Default delivery delay for Amazon SQS" and "... for Amazon SQS (delay queue)", both
    0 seconds, read as the same question twice: a draft accepts the first only."""
    from studycli.exam.blueprint import Caps
    from studycli.exam.generate import _Draft
    from studycli.exam.model import ExamQuestion
    from studycli.model import Fact, Kind

    def question(subject: str, answer: str, line: int):
        fact = Fact("SQS", subject, "delivery delay", Kind.DEFAULT, "default", answer, 0.0, "s",
                    source="n.md", line=line, snippet="x")
        named = f"Amazon SQS ({subject})" if subject else "Amazon SQS"
        q = ExamQuestion(id=f"q{line}", service="SQS", kind=Kind.DEFAULT,
                         stem=f"What is the default delivery delay for {named}?",
                         options=("0 seconds", "1 second", "5 seconds", "10 seconds")
                         if answer == "0 s" else ("2 seconds", "1 second", "5 seconds", "9 s"),
                         answers=(0,), multi=False, explanation="x", source="n.md", line=line,
                         fact_ids=(fact.id,), qtype="default")
        return q, fact

    draft = _Draft(Caps(65), None)
    draft.relaxed = True  # the pass that lets one topic be asked again
    first, second, other = question("", "0 s", 1), question("delay queue", "0 s", 2), \
        question("FIFO queue", "2 s", 3)
    assert draft.accept(first[0], [first[1]])
    assert not draft.accept(second[0], [second[1]])
    assert draft.accept(other[0], [other[1]])  # another answer is another question


def test_a_cloud_practitioner_exam_asks_no_developer_detail(shipped_fresh_exam):
    """The CLF-C02 guide puts troubleshooting and coding out of scope: no error-code meanings
    and no invocation modes in its exams; the associate exams still ask them. (The exams a
    fresh pool of the shipped notes draws, drawn once a session: seed 1's are
    test_caps_and_domains_on_the_shipped_notes's too.)"""
    def kinds(profile: str, seed: int) -> set:
        return {q.kind for q in shipped_fresh_exam(get_profile(profile), seed).questions}

    for seed in (1, 2):
        assert not kinds("clf-c02", seed) & {Kind.ERROR_CODE, Kind.INVOCATION_MODE}
    assert Kind.ERROR_CODE in kinds("dva-c02", 1) | kinds("dva-c02", 2)


def test_notes_of_error_codes_only_tell_a_cloud_practitioner_why_there_is_no_exam(tmp_path):
    """--as-written would not help: the profile leaves codes out, and the message says so."""
    from studycli.errors import StudyError
    from tests.helpers import note_db

    db = note_db(tmp_path, "# API Gateway\n- 504: integration timeout\n- 429: throttled\n"
                           "- 502: bad gateway from the integration\n")
    pool = load_pool(ensure_database(db))
    with pytest.raises(StudyError) as error:
        generate_exam(pool, get_profile("clf-c02"), 1)
    assert "--as-written" not in str(error.value)
    assert "asks no error codes" in str(error.value)


def test_one_fact_worded_twice_is_asked_once(tmp_path):
    """Reviewers: one note line's "sync payload 6 MB request / 6 MB response", read as a
    request payload size and an invocation payload size, was asked twice in one exam: both
    facts meet one AWS reference entry, with one answer."""
    from studycli.exam.blueprint import Caps
    from studycli.exam.generate import _Draft
    from studycli.exam.model import ExamQuestion
    from studycli.model import Fact, Kind
    from studycli.questions import FactPool

    sizes = [Fact("Lambda", "", f"{name} payload size (synchronous)", Kind.LIMIT, "", "6 MB",
                  6 * 1024 ** 2, "B", source="n.md", line=89,
                  snippet="Lambda   sync payload   6 MB request / 6 MB response")
             for name in ("request", "invocation")]
    pool = FactPool.from_facts(sizes)  # statuses from the AWS reference itself

    def question(fact: Fact) -> ExamQuestion:
        return ExamQuestion(id=fact.id, service="Lambda", kind=Kind.LIMIT,
                            stem=f"What is the maximum {fact.attribute} for AWS Lambda?",
                            options=("6 MB", "1 MB", "256 KB", "20 MB"), answers=(0,),
                            multi=False, explanation="x", source=fact.source, line=fact.line,
                            fact_ids=(fact.id,), qtype="choice")

    draft = _Draft(Caps(65), None)
    draft.pool = pool
    assert draft.accept(question(sizes[0]), [sizes[0]])
    assert not draft.accept(question(sizes[1]), [sizes[1]])


def test_one_note_lines_invokers_of_one_mode_are_asked_once():
    """Reviewers: "SQS, DynamoDB Streams, MSK: event source mapping" made three questions in
    one exam, each answered by the same line; another line's invoker is still asked."""
    from studycli.exam.blueprint import Caps
    from studycli.exam.generate import _Draft
    from studycli.exam.model import ExamQuestion
    from studycli.model import Fact, Kind

    def question(invoker: str, line: int):
        fact = Fact("Lambda", invoker, "invocation", Kind.INVOCATION_MODE, "",
                    "event source mapping", source="n.md", line=line, snippet="x")
        q = ExamQuestion(id=f"q{invoker}", service="Lambda", kind=Kind.INVOCATION_MODE,
                         stem=f"An application uses {invoker} to trigger an AWS Lambda "
                              f"function. How is the function invoked for its events?",
                         options=("Event source mapping", "Synchronous", "Asynchronous",
                                  "Through a Lambda function URL"), answers=(0,), multi=False,
                         explanation="x", source="n.md", line=line, fact_ids=(fact.id,),
                         qtype="invocation")
        return q, fact

    draft = _Draft(Caps(65), None)
    sqs, msk, kinesis = question("SQS", 4), question("MSK", 4), question("Kinesis", 9)
    assert draft.accept(*sqs[:1], [sqs[1]])
    assert not draft.accept(*msk[:1], [msk[1]])
    assert draft.accept(*kinesis[:1], [kinesis[1]])


def test_a_cloud_practitioner_exam_asks_which_service_fits_not_per_resource_quotas(tmp_path):
    """Reviewers: CLF-C02 exams asked EBS io2 throughput and Step Functions history sizes
    while a Cloud Practitioner's "GuardDuty = threat detection" lines made no question."""
    from tests.helpers import note_db

    db = ensure_database(note_db(tmp_path, (
        "# CLF notes\n\n- GuardDuty = threat detection (VPC flow logs, DNS logs, CloudTrail)\n"
        "- Macie = find PII in S3\n- Inspector = vuln scanning EC2/ECR/Lambda\n"
        "- Shield Standard = free DDoS L3/L4\n- Athena = SQL on S3, serverless\n"
        "- Spot: can be interrupted with 2-minute warning\n\n# EBS\n\n"
        "- io2 max IOPS 256,000 per volume\n- gp3 max throughput 1,000 MB/s per volume\n")))
    pool = load_pool(db)
    clf = generate_exam(pool, get_profile("clf-c02"), 1)
    asked = {q.service for q in clf.questions}
    assert "EBS" not in asked, [q.stem for q in clf.questions]
    scenarios = [q for q in clf.questions if q.qtype == "scenario"]
    assert {q.service for q in scenarios} >= {"GuardDuty", "Macie", "Inspector", "Shield"}
    assert all(q.domain in {d.name for d in blueprint("clf-c02").domains} for q in clf.questions)
    assert {q.domain for q in scenarios if q.service == "Macie"} == {"Security and Compliance"}
    saa = generate_exam(pool, get_profile("saa-c03"), 1)
    assert "EBS" in {q.service for q in saa.questions}  # the associate exams still ask them


def test_the_scenario_categories_name_their_profiles_domains():
    from studycli.exam.profiles import profiles
    from studycli.exam.requirements import requirements

    names = {p: {d.name for d in blueprint(p).domains} for p in ("saa-c03", "dva-c02", "clf-c02")}
    for r in requirements():
        for profile, domain in r.category.domains.items():
            assert domain in names[profile], (r.category.name, profile, domain)
    known = {r.category.name for r in requirements()}
    for p in profiles().values():
        assert set(p.scenario_categories) <= known, p.name
