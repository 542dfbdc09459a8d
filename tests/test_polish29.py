"""A new user's week with studycli (session 29): addresses at 80
columns, quizzes that skip removed facts, search's and check's summaries, repaired typos in
compare and exam."""

from __future__ import annotations

from .helpers import ingested_folder, notes_conn, run_here


def test_checks_undecided_count_agrees_with_what_all_lists(tmp_path):
    import re
    import shutil

    from .helpers import REPO

    notes, db = tmp_path / "notes", tmp_path / "c.db"
    notes.mkdir()
    shutil.copy(REPO / "tests/data/unseen55_notes/a_dva_sqs_sns_lambda_apigw_notes.md", notes)
    assert run_here("ingest", str(notes), db=db).returncode == 0
    wide = {"COLUMNS": "400"}
    summary = " ".join(run_here("check", db=db, env=wide).stdout.split())
    listed = run_here("check", "--all", db=db, env=wide).stdout
    said = re.search(r"(\d+) undecided \((\d+) with the doubt lookup marks: `studycli check "
                     r"--all` lists them; (\d+) the reference cannot judge", summary)
    assert said, summary
    total, marked, rest = map(int, said.groups())
    assert marked == listed.count("UNDECIDED") and total == marked + rest and rest > 0


def test_compare_repairs_an_unambiguous_typo_as_lookup_does(tmp_path):
    conn = notes_conn(tmp_path, "# SQS\n\n- SQS max message size 256 KB\n\n# SNS\n\n"
                                "- SNS max message size 256 KB\n")
    conn.close()
    db = tmp_path / "facts.db"
    fixed = run_here("compare", "sqs", "snss", db=db)
    assert fixed.returncode == 0, fixed.stderr
    assert "SQS vs SNS" in fixed.stdout and "'snss'" in fixed.stderr and "SNS" in fixed.stderr
    both = run_here("compare", "sqs", "sms", db=db)  # SNS, SQS and SES are each one edit away
    assert both.returncode == 1 and "did you mean" in both.stderr


def test_compare_never_reads_a_short_aws_name_as_a_typo_of_another():
    from studycli.compare_typos import repaired_name

    # AWS acronyms the catalog may lack, each one letter from a name it has
    for name in ("dms", "vpn", "sso", "igw", "dlm", "kns"):
        assert repaired_name(name) is None, name
    assert repaired_name("snss") is not None and repaired_name("lamda") is not None
    assert repaired_name("lambdda") is not None  # a letter added
    assert repaired_name("lmabda") is not None  # two letters swapped


def test_an_unambiguous_profile_prefix_is_read_as_that_profile(tmp_path):
    import json

    conn = notes_conn(tmp_path, "# SQS\n\n- SQS max message size 256 KB\n")
    conn.close()
    db = tmp_path / "facts.db"
    read = run_here("readiness", "--profile", "saa", "--json", db=db)
    assert read.returncode == 0, read.stderr
    assert json.loads(read.stdout)["profile"] == "saa-c03" and "saa-c03" in read.stderr
    exam = run_here("exam", "--profile", "SAA", "--questions", "1", "--seed", "1", db=db,
                    input="q\ny\n")
    assert "unknown exam profile" not in exam.stderr and "read as saa-c03" in exam.stderr
    refused = run_here("exam", "--profile", "c0", db=db, input="q\n")
    assert refused.returncode == 2 and "unknown exam profile 'c0'" in refused.stderr


QUIZ_NOTES = {
    "sqs.md": "# SQS\n\n- SQS visibility timeout default 30 seconds, max 12 hours\n"
              "- SQS message retention default 4 days, max 14 days\n"
              "- SQS max message size 1 MiB\n",
    "lambda.md": "# Lambda\n\n- Lambda timeout max 15 minutes, default 3 seconds\n"
                 "- Lambda memory 128 MB to 10,240 MB\n"
                 "- Lambda ephemeral storage default 512 MB, max 10,240 MB\n",
}


def test_a_quiz_skips_a_card_whose_fact_an_ingest_meanwhile_removed(tmp_path):
    import random
    from datetime import UTC, datetime

    from studycli.ingest import ingest_paths
    from studycli.quiz.session import QuizOptions, Session
    from studycli.store.db import connect

    db = ingested_folder(tmp_path, QUIZ_NOTES, "q.db")
    notes = tmp_path / "notes"
    quiz = Session(connect(db), QuizOptions(new=100, fuzz=False),
                   clock=lambda: datetime.now(UTC), rng=random.Random(0))
    first = quiz.next()
    assert first is not None
    quiz.grade(first, 1, 1000)  # "again": its learning step comes back in this session
    removed = first.card["service"]  # its facts are in the session's pool already
    (notes / f"{removed}.md").unlink()  # another terminal: the note deleted, ingest run
    ingest_paths(connect(db), [notes])
    asked = []
    while (item := quiz.next()) is not None:
        asked.append(item.card["service"])
        quiz.skipped.add(item.card["id"])  # not answered: only what is shown matters
    assert asked and removed not in asked


def test_a_quiz_asks_an_edited_card_from_what_the_note_says_now(tmp_path):
    # a review found a card whose note an ingest meanwhile edited asked from the session's
    # copy: the note now said 300 KB and the card still quoted the old line's 400 KB
    import random
    from datetime import UTC, datetime

    from studycli.ingest import ingest_paths
    from studycli.quiz.session import QuizOptions, Session
    from studycli.store.db import connect

    db = ingested_folder(
        tmp_path, {"dynamo.md": "# DynamoDB\n\n- DynamoDB max item size 400 KB\n"}, "q.db")
    notes = tmp_path / "notes"
    note = notes / "dynamo.md"
    quiz = Session(connect(db), QuizOptions(new=100, fuzz=False),
                   clock=lambda: datetime.now(UTC), rng=random.Random(0))
    first = quiz.next()
    assert first is not None and "400 KB" in first.question.explanation
    quiz.grade(first, 1, 1000)  # "again": its learning step comes back in this session
    note.write_text("# DynamoDB\n\n- DynamoDB max item size 300 KB\n", encoding="utf-8")
    ingest_paths(connect(db), [notes])
    again = quiz.next()
    assert again is not None and again.card["id"] == first.card["id"]
    shown = again.question.answer_text + " " + again.question.explanation
    assert "300 KB" in shown and "size 400 KB" not in shown, shown


def test_search_says_what_it_searched_for_and_which_typed_words_no_line_says(tmp_path):
    conn = notes_conn(tmp_path, "# SQS\n\n- Visibility timeout: 30s default, max 12h\n"
                                "- Lambda timeout max 15 min\n")
    conn.close()
    db = tmp_path / "facts.db"
    out = run_here("search", "visiblity", "timout", db=db)
    assert out.returncode == 0
    assert out.stdout.splitlines()[0] == ('No line of your notes says "visiblity" or "timout": '
                                          'searched for "visibility timeout" instead')
    said = run_here("search", "visiblity", "timout", "--json", db=db).stderr
    assert said == ('studycli search: no line of your notes says "visiblity" or "timout": '
                    'searched for "visibility timeout" instead\n')
    partial = run_here("search", "lambda", "qwertyzz", db=db).stdout.splitlines()
    assert partial[0] == 'No line has every word: none says "qwertyzz"; lines with some of them:'
    # an inflection is no typo: "timeouts" finds "timeout" and says nothing of it
    assert run_here("search", "timeouts", db=db).stdout.startswith("notes.md:")


FARGATE_PAGE = "https://docs.aws.amazon.com/AmazonECS/latest/userguide/task-cpu-memory-error.html"
SQS_PAGE = "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html"
URL_NOTE = f"""# Fargate
- Fargate task max memory 30 GB, see {FARGATE_PAGE} for the table

# SQS vs SNS
- SQS: pull based, consumers poll, see {SQS_PAGE} for details
- SNS: push based, fan-out to many subscribers
"""


def _addresses_whole(out: str) -> list[str]:
    """Every address printed: each must be a whole page (a folded one is cut at a line's end,
    or carries the indent of the line it was folded onto)."""
    import re

    found = [u.rstrip(".,);") for u in re.findall(r"https://\S+", out)]
    assert all(u in (FARGATE_PAGE, SQS_PAGE) or u.endswith(".html") and "docs.aws" in u
               for u in found), found
    assert all(line.startswith("https://") or "https://" not in line or len(line) <= 80
               for line in out.splitlines()), out
    return found


def test_a_web_address_in_a_note_line_is_never_folded_at_80_columns(tmp_path):
    import io

    from rich.console import Console

    from studycli.lookup.search import search_notes
    from studycli.ui.console import emit
    from studycli.ui.search_view import render_search

    conn = notes_conn(tmp_path, URL_NOTE)
    db = tmp_path / "facts.db"
    env = {"COLUMNS": "80", "NO_COLOR": "1"}
    check = run_here("check", db=db, env=env).stdout
    assert FARGATE_PAGE in _addresses_whole(check)
    assert "    note      - Fargate task max memory 30 GB, see\n" + FARGATE_PAGE + "\n" in check
    compare = run_here("compare", "sqs", "sns", db=db, env=env).stdout
    assert "[link 1]" in compare and SQS_PAGE in _addresses_whole(compare)
    screen = io.StringIO()
    emit(Console(file=screen, width=80, highlight=False),
         render_search(search_notes(conn, "fargate memory")))
    assert FARGATE_PAGE in _addresses_whole(screen.getvalue())
