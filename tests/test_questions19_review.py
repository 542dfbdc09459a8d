"""What AWS-certified reviewers of 144 generated questions (questions19) named, each pinned."""

from __future__ import annotations

import json

from .helpers import check_findings, run_here

DAX_NOTE = """# DynamoDB notes

## DAX
- DAX cluster max 10 nodes (1 primary + 9 read replicas)

## More DAX
- DAX: up to 11 nodes per cluster, primary + 10 replicas
"""


def test_a_value_the_aws_pages_disagree_on_is_never_called_out_of_date(tmp_path):
    # The DAX cluster components page says 11 nodes (1 + 10), the console guide and the
    # CreateCluster API 10 (1 + 9): an explanation told a student with either figure that
    # the note was wrong. Neither line is flagged, and no question keys one side.
    notes = tmp_path / "dax.md"
    notes.write_text(DAX_NOTE, encoding="utf-8")
    result, found = check_findings(notes, db=tmp_path / "d.db")
    assert [x for x in found if x["status"] in ("outdated", "wrong")] == [], found
    # (with a fact the reference does vouch for beside them, so the exam has questions to
    # look at: on the DAX lines alone it draws none, and a loop over none checked nothing)
    (tmp_path / "more.md").write_text("## DynamoDB limits\n- TransactWriteItems up to 100 "
                                      "items\n", encoding="utf-8")
    assert run_here("ingest", str(tmp_path / "more.md"), db=tmp_path / "d.db").returncode == 0
    exam = run_here("exam", "--json", "--seed", "7", db=tmp_path / "d.db")
    assert exam.returncode == 0, exam.stderr
    questions = json.loads(exam.stdout)["questions"]
    assert questions
    for q in questions:
        assert "nodes" not in q["stem"].lower(), q["stem"]
        assert "out of date" not in q["explanation"], q["explanation"]


def test_an_entry_whose_pages_disagree_flags_and_vouches_for_nothing():
    from studycli.reference.entry import Entry

    raw = {"id": "x.y.max", "service": "DAX", "attribute": "nodes per cluster",
           "qualifier": "max", "kind": "limit", "value": "10 nodes", "number": 10,
           "unit": "count", "statement": "s", "url": "https://docs.aws.amazon.com/x.html",
           "checked": "2026-12-03", "verified": True}
    assert Entry(raw, "f.toml").verified
    disputed = Entry({**raw, "docs_disagree": "page B says 11: https://docs.aws.amazon.com/b.html"},
                     "f.toml")
    assert not disputed.verified
    assert disputed.docs_disagree.startswith("page B")


def test_the_schema_asks_a_disagreement_to_cite_the_other_page():
    from studycli.reference.schema import validate_entry

    raw = {"id": "dax.nodes-per-cluster.max", "service": "DAX", "subject": "",
           "attribute": "nodes per cluster", "qualifier": "max", "kind": "limit",
           "value": "10 nodes", "number": 10, "unit": "count", "statement": "s",
           "url": "https://docs.aws.amazon.com/x.html", "checked": "2026-12-03",
           "verified": True}
    assert validate_entry(raw) == []
    assert validate_entry({**raw, "docs_disagree": "another page says 11"})
    assert validate_entry({**raw, "docs_disagree": "https://docs.aws.amazon.com/b.html: 11"}) \
        == []


FIREHOSE_LINE = ("# Data Firehose\n\n- buffer size 1 MB to 128 MB, buffer interval 60 to 900 "
                 "seconds\n")


def test_a_question_on_the_buffer_size_tells_the_buffer_interval_only_in_an_aside(tmp_path):
    # the line's 60 s interval minimum is out of date (0 s now): a remark for a question on
    # the interval, off topic on one about the size (reviewers)
    import random

    from studycli.database import ensure_database
    from studycli.exam.generate import load_pool, single_question
    from studycli.exam.truths import Truths

    from .helpers import note_db

    pool = load_pool(ensure_database(note_db(tmp_path, FIREHOSE_LINE)))
    asked = {}
    for fact in pool.facts:
        for seed in range(3):
            q = single_question(fact, pool, Truths(pool), random.Random(seed))
            if q is not None:
                asked[(fact.attribute, fact.qualifier)] = q.explanation
                break
    sizes = [e for (attribute, _), e in asked.items() if attribute == "buffer size"]
    intervals = [e for (attribute, _), e in asked.items() if attribute == "buffer interval"]
    assert sizes and intervals, asked
    # the interval's staleness only as a short aside with AWS's value, its full correction
    # (page, date) left to `check`; no command to run (reviewers of session 17)
    assert all("figure, 60–900 s, is out of date (AWS docs: 0–900 s)." in e
               and "https://" not in e and "studycli" not in e for e in sizes), sizes
    assert all("out of date" in e for e in intervals), intervals


def test_a_count_asked_of_an_entry_that_counts_per_something_says_per_what(tmp_path):
    # "- user -> max 10 groups" was asked "the maximum number of groups for AWS IAM" keyed 10:
    # an account may have 300 groups; the entry that vouches is the per-user limit
    import random

    from studycli.database import ensure_database
    from studycli.questions import FactPool, build_question

    from .helpers import note_db

    pool = FactPool.load(ensure_database(note_db(tmp_path, "# IAM\n\n- user -> max 10 groups\n")))
    fact = next(f for f in pool.facts if f.attribute == "groups" and f.number == 10)
    q = build_question(fact, "choice", pool, random.Random(1))
    assert q is not None and "per user" in q.stem, q and q.stem


def test_the_scope_of_an_entrys_count_is_read_from_its_attribute_or_its_id():
    from studycli.questions.currency import _id_scope

    assert _id_scope("iam.groups-per-user.claim") == "user"
    assert _id_scope("dynamodb.gsi.gsis-per-table.max") == "table"
    assert _id_scope("x.requests-per-second.max") == ""  # a rate, not a count's scope
    assert _id_scope("sqs.message-size.max") == ""


def test_an_availability_in_nines_gets_wrong_options_in_nines():
    # reviewers: "50%" beside S3 One Zone-IA's 99.5% availability stands out as wrong
    from studycli.questions.distractors import _synthetic_numbers, number_candidates
    from studycli.questions.pool import FactPool

    made = _synthetic_numbers(99.5, "%", {99.5})
    assert made and all(n >= 99 for n in made), made
    # nor is a note's 90% discount borrowed for it
    pool = FactPool.from_facts([])
    pool._numbers = {"%": [90.0, 99.9]}  # noqa: SLF001 - the notes' percentages
    real, _ = number_candidates(99.5, "%", {99.5}, pool)
    assert real == [99.9], real


def test_made_up_neighbours_stay_within_a_few_times_the_answer_first():
    # "25 GB" of memory per vCPU beside a 2 GB answer: a tenfold neighbour comes last
    from studycli.questions.quantities import synthetic_neighbours

    first = synthetic_neighbours(2 * 1024**3, "B")[:6]
    assert all(0.2 <= n / (2 * 1024**3) <= 5 for n in first), first


def test_a_fact_a_multiple_response_question_states_is_not_asked_again():
    # one exam asked Lambda's 6 MB synchronous payload three times, once inside a
    # multiple-response question: a note line the parser named apart ("request payload
    # size (synchronous)") meets the same AWS measure
    import random

    from studycli.exam.blueprint import Caps
    from studycli.exam.generate import _Draft, single_question
    from studycli.exam.multi import statement_question
    from studycli.exam.truths import Truths
    from studycli.model import Fact, Kind
    from studycli.questions import FactPool

    mb = 1048576.0

    def limit(attribute, value, number, unit, line, qualifier="max"):
        return Fact(service="Lambda", subject="", attribute=attribute, kind=Kind.LIMIT,
                    qualifier=qualifier, value=value, number=number, unit=unit, low=None,
                    high=None, source="n.md", line=line,
                    snippet=f"- {attribute} {qualifier} {value}")

    facts = [limit("execution timeout", "900 s", 900.0, "s", 3),
             limit("memory", "10,240 MB", 10240 * mb, "B", 4),
             limit("memory", "128 MB", 128 * mb, "B", 5, "min"),
             limit("ephemeral storage (/tmp)", "10 GB", 10240 * mb, "B", 6),
             limit("environment variables size", "4 KB", 4096.0, "B", 7),
             limit("invocation payload size", "6 MB", 6 * mb, "B", 8)]
    other = limit("request payload size (synchronous)", "6 MB", 6 * mb, "B", 12)
    pool = FactPool.from_facts([*facts, other])
    truths = Truths(pool)
    tried = 0
    for seed in range(60):
        built = statement_question("Lambda", facts, pool, truths, random.Random(seed), set())
        if built is None or facts[-1] not in built.used:
            continue
        draft = _Draft(Caps(65, per_service=65), None)
        draft.pool = pool
        assert draft.accept(built.question, list(built.used))
        single = next(q for s in range(9)
                      if (q := single_question(other, pool, truths, random.Random(s))))
        assert not draft.accept(single, [other]), single.stem
        tried += 1
        if tried == 3:
            break
    assert tried, "no multiple-response question stated the payload"


def test_measure_words_are_singular_for_ies_plurals_too():
    from studycli.questions.distractors import measure_words

    # "retries" was "retrie" and shared no word with "retry attempts"
    assert measure_words("retries") & measure_words("retry attempts") == {"retry"}
    assert measure_words("managed policies per role") == {"managed", "policy", "role"}
    assert measure_words("items (per transaction)") == {"item", "transaction"}
    assert measure_words("part size") == {"part"}
