"""Reproductions of a blind review's findings on the nu30b branch: each fails without its fix."""

from __future__ import annotations

from studycli.store.db import connect
from tests.helpers import ingested_folder, run_here, shipped_reference

LINKS = ("# Messaging\n\n| | SQS | SNS |\n|---|---|---|\n"
         "| Docs | see https://docs.aws.amazon.com/sqs/quotas "
         "| see https://docs.aws.amazon.com/sns/quotas |\n"
         "| Model | pull https://example.com/pull | push https://example.com/push |\n")


def test_compare_numbers_the_addresses_in_its_cells_as_the_list_under_the_table(tmp_path):
    db = ingested_folder(tmp_path, {"links.md": LINKS})
    out = run_here("compare", "sqs", "sns", db=db, env=shipped_reference(80)).stdout
    for n in (1, 2, 3, 4):
        assert out.count(f"[link {n}]") == 2, out  # once in its cell, once in the list


BILLING = {"dynamodb.md": "# DynamoDB\n\n## On-demand vs Provisioned\n\n"
                          "| | On-demand | Provisioned |\n|---|---|---|\n"
                          "| Billing | per request | per second of capacity |\n"
                          "| Scaling | instant | auto scaling or manual |\n",
           "kinesis.md": "# Kinesis Data Streams\n\n## Provisioned vs On-demand capacity\n\n"
                         "- Provisioned: you choose the number of shards\n"
                         "- On-demand: shards scale with the traffic\n",
           "ec2.md": "# EC2\n\n## Spot vs On demand\n\n| | Spot | On demand |\n|---|---|---|\n"
                     "| Price | up to 90% off | full price |\n"}


def test_a_row_side_is_not_another_services_subject_of_the_same_name(tmp_path):
    db = ingested_folder(tmp_path, BILLING)
    out = run_here("compare", "on-demand", "provisioned", "--json", db=db).stdout
    assert "per request" not in out and "auto scaling or manual" not in out, out
    pairs = run_here("compare", db=db, env=shipped_reference(80)).stdout
    assert "On-demand mode" not in pairs, pairs  # EC2's "On demand" is not Kinesis's mode


DATABASES = {"databases.md": "# Databases\n\n"
                             "| | RDS | Aurora | DynamoDB | ElastiCache Redis | Redshift |\n"
                             "|---|---|---|---|---|---|\n"
                             "| Model | relational | relational | key-value | in-memory "
                             "| columnar |\n"
                             "| Use | OLTP | OLTP at scale | any scale | caching | analytics |\n",
             "caching.md": "# Caching\n\n| | ElastiCache Redis | ElastiCache Memcached |\n"
                           "|---|---|---|\n| Persistence | yes | no |\n\n"
                           "- ElastiCache Redis vs Memcached: Redis replicates, "
                           "Memcached does not\n"}


def test_a_service_then_its_subject_is_the_subject_only_beside_a_sibling(tmp_path):
    db = ingested_folder(tmp_path, DATABASES)
    out = run_here("compare", "rds", "elasticache", "--json", db=db).stdout
    assert "in-memory" in out and "caching" in out, out  # the column is ElastiCache's
    engines = run_here("compare", "redis", "memcached", "--json", db=db).stdout
    assert '"Persistence"' in engines and "Redis replicates" in engines, engines


def test_stats_through_the_pager_draws_the_calendar_levels_plain(tmp_path, monkeypatch):
    import io
    import shlex
    from datetime import UTC, datetime

    from studycli.commands import show_stats
    from studycli.store.cards import record_review
    from studycli.ui import console as console_module
    from studycli.ui import pager
    from studycli.ui.console import make_console
    from tests.helpers import note_db

    db = note_db(tmp_path, "# SQS\n\n- max message size 256 KB\n- retention max 14 days\n")
    store = connect(db)  # a review today: the calendar is drawn
    card = store.conn.execute("SELECT id FROM cards LIMIT 1").fetchone()[0]
    record_review(store, card, lambda c: {"state": 2, "reps": 1, "stability": 3.0},
                  {"rating": 3, "reviewed_at": datetime.now(UTC).isoformat()})
    store.conn.close()
    out = make_console(file=io.StringIO(), force_terminal=True, width=80, height=24)
    monkeypatch.setattr(console_module, "_STDOUT", out)
    seen = tmp_path / "paged.txt"
    monkeypatch.setattr(pager, "pipe_command", lambda: f"cat > {shlex.quote(str(seen))}")
    show_stats(db, as_json=False)
    paged = seen.read_text()
    assert "Less _.:*# More" in paged and "■" not in paged, paged


def _sqs_card_graded_easy(path):
    """A database of the sample facts whose first SQS card was graded Easy at T0 (a review
    card, due in days): the database and that card's id."""
    from studycli.cards import sync_cards
    from studycli.quiz.session import QuizOptions, Session
    from tests.quiz_facts import T0, store_samples

    db = connect(path)
    store_samples(db)
    sync_cards(db)
    first = Session(db, QuizOptions(service="sqs", fuzz=False), clock=lambda: T0)
    item = first.next()
    assert item is not None
    first.grade(item, 4, 1000)
    return db, item.card["id"]


def test_back_later_does_not_call_a_review_card_one_begun_today(_private_db):
    from datetime import timedelta

    from studycli.quiz.session import QuizOptions, Session
    from studycli.scheduler import parse_time

    db, card_id = _sqs_card_graded_easy(_private_db)
    due = parse_time(db.conn.execute("SELECT due FROM cards WHERE id = ?",
                                     [card_id]).fetchone()[0])
    soon = due - timedelta(minutes=10)
    notice = Session(db, QuizOptions(service="sqs", fuzz=False), clock=lambda: soon
                     ).first_notice()
    assert "1 back later: a review card due within 20 minutes" in notice, notice
    assert "began learning" not in notice, notice


def test_the_calendar_names_every_month_begun_in_it_whatever_the_day():
    import io
    from datetime import date, timedelta

    from rich.console import Console

    from studycli.ui.charts import heatmap

    for offset in range(0, 366, 3):  # a year of todays, every weekday and month start
        today = date(2026, 1, 1) + timedelta(days=offset)
        first = today - timedelta(days=today.weekday() + 7 * 25)
        chart = heatmap({"first": first.isoformat(), "today": today.isoformat(),
                         "days": {today.isoformat(): 3}}, plain=True)
        text = io.StringIO()
        Console(file=text, width=80, color_system=None).print(chart)
        named = text.getvalue().splitlines()[0].split()
        begun = [d.strftime("%b") for d in (first + timedelta(days=i)
                                            for i in range((today - first).days + 1))
                 if d.day == 1]
        assert named[-len(begun):] == begun and len(named) <= len(begun) + 1, (today, named)


def test_check_keeps_the_verdict_off_column_0_under_a_long_file_name(tmp_path):
    name = "AWS Certified Developer Associate – week 3 messaging notes (SQS SNS).md"
    db = ingested_folder(tmp_path, {name: "# SQS\n\n- SQS max message size 256 KB\n"})
    out = run_here("check", db=db, env=shipped_reference(80)).stdout.splitlines()
    verdict = next(i for i, line in enumerate(out) if "OUTDATED" in line)
    assert out[verdict].startswith("    OUTDATED  "), out  # with what it is about
    assert out[verdict - 1].rstrip().endswith(".md:3") or ".md:3" in out[verdict - 1], out


def test_lookup_conflict_lines_keep_a_file_name_with_spaces_whole(tmp_path):
    from studycli.lookup import lookup
    from studycli.ui.cells import cells
    from studycli.ui.lookup_plain import render

    week = "week 2 – messaging services deep dive.md"
    odd = "misc – weird chars & émojis 🚀.md"
    db = ingested_folder(tmp_path, {week: "# SQS\n\n- SQS message retention max 7 days\n",
                           odd: "# SQS\n\n- SQS message retention max 14 days\n"})
    out = render(lookup(connect(db).conn, "sqs retention max", limit=5), width=80)
    lines = out.splitlines()
    assert any(f"{week}:3" in line for line in lines), out  # the conflict's side, whole
    assert any(f"{odd}:3" in line for line in lines), out
    assert not any(line.strip().startswith(("dive.md", "🚀.md")) for line in lines), out
    assert all(cells(line) <= 80 for line in lines if "http" not in line), out


LONG = "AWS Certified Developer Associate – week 3 messaging notes (SQS SNS).md"


def test_compare_never_cuts_a_file_name_under_stated_for_one_side_only(tmp_path):
    db = ingested_folder(tmp_path, {LONG: "# Messaging\n\n| | SQS | SNS |\n|---|---|---|\n"
                                 "| Model | pull | push |\n"
                                 "| Retention | up to 14 days in the queue | |\n"
                                 "| Fan-out | | many subscribers per topic |\n"})
    for columns in (80, 100, 120):
        out = run_here("compare", "sqs", "sns", db=db, env=shipped_reference(columns)).stdout
        only = out[out.index("Stated for SQS only:"):out.index("From the AWS")]
        assert "…" not in only and f"{LONG}:6" in only and f"{LONG}:7" in only, (columns, out)


def test_the_pairs_list_offers_a_name_the_notes_compare_in_an_x_vs_y(tmp_path):
    db = ingested_folder(tmp_path, {"storage.md": "# Storage\n\n- EFS vs FSx: EFS is Linux NFS, "
                                         "FSx is Windows SMB\n",
                           "regions.md": "# S3\n\n| | S3 Standard | Notes |\n|---|---|---|\n"
                                         "| AZs | 3 or more | spread |\n"})
    pairs = run_here("compare", db=db, env=shipped_reference(80)).stdout
    assert "EFS vs FSx" in pairs and "Notes" not in pairs, pairs


def test_wrapping_keeps_the_text_around_a_command_as_written():
    from studycli.ui.cells import wrapped_keeping_code

    for text in ("Try (`studycli compare`) now", "Run `studycli search SQS SNS`, then more",
                 "a `b` c `d e`f g", "an odd ` backtick here"):
        for width in (6, 14, 30, 80):
            lines = wrapped_keeping_code(text, width)
            assert " ".join(lines) == " ".join(text.split()), (text, width, lines)
    assert wrapped_keeping_code("Try (`studycli compare`) now", 14) == [
        "Try", "(`studycli compare`)", "now"]


def test_a_shortened_file_line_fits_its_cells_with_wide_characters():
    from studycli.ui.cells import cells
    from studycli.ui.names import fit_location

    where = "🚀🚀🚀 emoji notes 🚀🚀.md:12"
    for width in range(8, cells(where) + 2):
        fitted = fit_location(where, width)
        assert cells(fitted) <= width and fitted.endswith(":12"), (width, fitted)


def test_back_later_does_not_call_a_relearning_card_one_begun_today(_private_db):
    # a review card lapsed (Again): relearning, state 3, begun days ago; its next step
    # is minutes away (review of fixb30, finding 3)
    from datetime import timedelta

    from studycli.quiz.session import QuizOptions, Session
    from studycli.scheduler import parse_time
    from tests.quiz_facts import T0

    db, card_id = _sqs_card_graded_easy(_private_db)
    lapsed_at = T0 + timedelta(days=10)
    later = Session(db, QuizOptions(service="sqs", fuzz=False), clock=lambda: lapsed_at)
    while (again := later.next()) is not None and again.card["id"] != card_id:
        later.grade(again, 3, 1000)
    assert again is not None
    later.grade(again, 1, 1000)  # Again: relearning, back in minutes
    state, due = db.conn.execute("SELECT state, due FROM cards WHERE id = ?",
                                 [card_id]).fetchone()
    assert state == 3, state
    soon = parse_time(due) - timedelta(minutes=1)
    notice = Session(db, QuizOptions(service="sqs", fuzz=False), clock=lambda: soon
                     ).first_notice()
    assert "a card you are relearning, its next step due within 20 minutes" in notice, notice
    assert "began learning" not in notice, notice
