"""Only what the AWS reference vouches for is drilled (studycli.questions.currency.vouched).

A number or code from a student's notes makes a quiz card or an exam question only when a
verified reference entry meets it: its value agrees, or the entry says what AWS says today (then
today's value is keyed). Everything else stays in lookup, search and `facts`, and `--as-written`
drills it as the notes say.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from studycli.cli import app
from studycli.database import ensure_database
from studycli.exam.generate import askable_facts, load_pool
from studycli.store.facts import list_facts
from tests.helpers import note_db, run_here

runner = CliRunner()

# Lines the reference meets (Lambda's timeout, SQS's retention) and lines it has no entry for:
# made-up measures of real services, which the parser reads as limits all the same.
NOTE = """# Serverless notes

- Lambda max timeout: 900 seconds
- Lambda default timeout: 3 seconds
- SQS max message retention: 14 days
- SQS default message retention: 4 days
- SQS max visibility timeout: 12 hours

# Our team's conventions

- Lambda max widget size: 37 MB
- SQS max gadget size: 77 KB
"""

MADE_UP = ("widget", "gadget")


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    return note_db(tmp_path_factory.mktemp("vouched"), NOTE)


def _made_up(text: str) -> bool:
    return any(w in text.lower() for w in MADE_UP)


def test_the_parser_reads_both_kinds_of_line(db_path):
    """The test would prove nothing if the made-up lines were not facts at all."""
    facts = list_facts(ensure_database(db_path))
    assert sum(_made_up(f.attribute) for f in facts if f.number is not None) == 2
    assert sum(not _made_up(f.attribute) and f.number is not None for f in facts) >= 4


def test_an_exam_asks_only_vouched_facts_unless_as_written(db_path):
    db = ensure_database(db_path)
    vouched = askable_facts(load_pool(db))
    every = askable_facts(load_pool(db, as_written=True))
    assert vouched and not any(_made_up(f.attribute) for f in vouched)
    assert sum(_made_up(f.attribute) for f in every) == 2
    for args, made_up_asked in (([], False), (["--as-written"], True)):
        r = runner.invoke(app, ["exam", "--json", "--seed", "3", "--db", str(db_path), *args])
        assert r.exit_code == 0, r.output
        stems = [q["stem"] for q in json.loads(r.stdout)["questions"]]
        assert stems
        assert any(_made_up(s) for s in stems) is made_up_asked, stems


def test_the_quiz_drills_only_vouched_cards_unless_as_written(db_path):
    import random
    from datetime import UTC, datetime

    from studycli.quiz.session import QuizOptions, Session

    db = ensure_database(db_path)
    for as_written in (False, True):
        s = Session(db, QuizOptions(new=50, fuzz=False, as_written=as_written),
                    clock=lambda: datetime(2026, 12, 1, tzinfo=UTC), rng=random.Random(0))
        queued = [c["attribute"] for c in s.queue]
        assert queued and any(_made_up(a) for a in queued) is as_written, queued
        # what is queued is asked: the budget is not spent on cards that make no question
        seen = []
        while (item := s.next()) is not None:
            seen.append(item.question.stem)
            s.skipped.add(item.card["id"])  # move on without answering
            s.queue = type(s.queue)(c for c in s.queue if c is not item.card)
        assert len(seen) == len(queued), (seen, queued)


def test_notes_the_reference_cannot_vouch_for_say_so(tmp_path):
    path = note_db(tmp_path, "# Conventions\n\n- Lambda max widget size: 37 MB\n"
                             "- SQS max gadget size: 77 KB\n")
    r = run_here("exam", "--json", db=path)
    assert r.returncode == 1 and r.stdout == ""
    assert "vouches for none" in r.stderr and "--as-written" in r.stderr
    assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1
    r = run_here("exam", "--json", "--as-written", db=path)
    assert r.returncode == 0 and json.loads(r.stdout)["questions"]


def test_stats_say_how_many_new_cards_are_not_drilled(db_path):
    r = run_here("stats", "--json", db=db_path)
    data = json.loads(r.stdout)
    cards = json.loads(run_here("cards", "--json", db=db_path).stdout)
    made_up = [c for c in cards if _made_up(c["attribute"])]
    assert len(made_up) == 4  # the two made-up limits, a recall and a choice card each
    assert data["unvouched"] == 4 and data["new"] > data["unvouched"]
    r = run_here("stats", db=db_path)
    assert "4 of the new cards are not drilled" in " ".join(r.stdout.split())


def test_a_default_vouches_only_for_a_default(tmp_path):
    """"A cache policy's maximum TTL defaults to one year" meets a note's "max TTL 1 year": asked
    as CloudFront's maximum TTL it would teach a limit AWS does not have."""
    path = note_db(tmp_path, "# CloudFront\n\n- CloudFront default TTL: 24 hours\n"
                             "- CloudFront max TTL: 1 year\n")
    db = ensure_database(path)
    every = {(f.attribute, f.qualifier) for f in askable_facts(load_pool(db, as_written=True))
             if f.service == "CloudFront"}
    asked = {(f.attribute, f.qualifier) for f in askable_facts(load_pool(db))
             if f.service == "CloudFront"}
    assert every == {("cache TTL", "default"), ("cache TTL", "max")}
    assert asked == {("cache TTL", "default")}


def test_readiness_counts_only_the_cards_the_quiz_drills(db_path):
    from studycli.store.readiness import active_cards

    cards = active_cards(ensure_database(db_path))
    every = json.loads(run_here("cards", "--json", db=db_path).stdout)
    assert cards and len(cards) == len(every) - 4  # the made-up limits' four cards
    drilled = {c["id"] for c in cards}
    assert all(_made_up(c["attribute"]) for c in every if c["id"] not in drilled)


def test_a_number_the_reference_vouches_for_as_a_maximum_is_asked_as_one(tmp_path):
    """"DynamoDB item size: 400 KB" says no qualifier; the reference knows it as the maximum, and
    "What is the item size for Amazon DynamoDB?" has no single answer (items are any size up
    to it)."""
    import random

    from studycli.questions import FactPool, build_question

    path = note_db(tmp_path, "# DynamoDB\n\n- DynamoDB item size: 400 KB\n")
    db = ensure_database(path)
    fact = next(f for f in list_facts(db) if f.attribute == "item size")
    assert fact.qualifier == ""  # the premise: the note names no qualifier
    q = build_question(fact, "recall", FactPool.load(db), random.Random(0))
    assert q is not None and "maximum item size" in q.stem, q and q.stem
    from studycli.model import card_id

    assert q.card_id == card_id(fact.key, "recall")  # the card stays the note's
    r = runner.invoke(app, ["exam", "--json", "--seed", "1", "--service", "DynamoDB",
                            "--db", str(path)])
    stems = [x["stem"] for x in json.loads(r.stdout)["questions"] if "item size" in x["stem"]]
    assert stems and all("maximum item size" in s for s in stems), stems


def test_a_note_that_agrees_only_rounded_is_asked_at_aws_exact_figure():
    """"1 day - 10 years" reads as 3,650 days; CloudWatch Logs' longest retention is 3,653
    days: the question keys AWS's figure, says why, and offers no rounded copy of it."""
    import random

    from studycli.model import Fact, Kind
    from studycli.questions import FactPool, build_question
    from studycli.questions.currency import Currency, exactly

    note = Fact(service="CloudWatch Logs", subject="", attribute="retention", qualifier="range",
                kind=Kind.RANGE, value="1 day - 10 years", low=86400, high=3650 * 86400,
                unit="s", source="n.md", line=3, snippet="- retention 1 day - 10 years")
    cur = Currency("current", "1 day to 3,653 days (10 years)", "https://x", "2026-12-01", "",
                   None, "s", 86400, 3653 * 86400, kind="range", qualifier="range")
    keyed = exactly(note, cur)
    assert (keyed.low, keyed.high) == (86400, 3653 * 86400)
    assert exactly(note, Currency("outdated", "x", "u", "c", "", None, "s", 1, 2, kind="range",
                                  qualifier="range")) is note  # flagged: keyed_fact's job
    # another measure whose range is the note's, rounded: a real range of the notes, offered
    # as a wrong option were it not AWS's own once rounded
    other = Fact(service="CloudWatch Logs", subject="", attribute="export window",
                 qualifier="range", kind=Kind.RANGE, value="x", low=86400, high=3650 * 86400,
                 unit="s",
                 source="m.md", line=1, snippet="-")
    pool = FactPool.from_facts([keyed, other], as_written=True)
    for seed in range(10):
        q = build_question(keyed, "range", pool, random.Random(seed))
        assert q is not None and "1 day to 3,650 days" not in q.options, q.options
