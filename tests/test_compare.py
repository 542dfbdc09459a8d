"""compare X Y: alias resolution, table, JSON, unknown names, the pair list and the drill."""

from __future__ import annotations

import io
import json
import random
import re
from datetime import UTC, datetime

import pytest
from rich.console import Console
from typer.testing import CliRunner

from studycli import compare as lib
from studycli.app.drill import run_drill
from studycli.cli import app
from studycli.model import Comparison, ParsedNote
from studycli.store.facts import replace_source
from studycli.ui.compare_view import DrillView, render_table
from studycli.ui.keyinput import ScriptedKeys
from tests.exam_data import build_db
from tests.helpers import run_here

runner = CliRunner()


@pytest.fixture
def db(_private_db, tmp_path):
    return build_db(_private_db, tmp_path / "notes")


@pytest.mark.parametrize("x, y, left, right", [
    ("sqs", "kinesis", ("SQS", ""), ("Kinesis Data Streams", "")),
    ("standard queue", "fifo queue", ("SQS", "standard queue"), ("SQS", "FIFO queue")),
    ("user pool", "identity pool", ("Cognito", "user pool"), ("Cognito", "identity pool")),
    ("http api", "rest api", ("API Gateway", "HTTP API"), ("API Gateway", "REST API")),
    ("standard workflow", "express workflow", ("Step Functions", "Standard workflow"),
     ("Step Functions", "Express workflow")),
    ("cloudfront functions", "lambda@edge", ("CloudFront", "CloudFront Functions"),
     ("Lambda", "Lambda@Edge")),
    ("lambda", "fargate", ("Lambda", ""), ("Fargate", "")),
    ("short polling", "long polling", ("SQS", "short polling"), ("SQS", "long polling")),
])
def test_names_resolve_through_aliases(x, y, left, right):
    assert lib.require_side(x) == lib.Side(*left)
    assert lib.require_side(y) == lib.Side(*right)


def test_loose_comparison_sides_resolve_with_context():
    assert lib.resolve_pair("Standard", "FIFO") == (lib.Side("SQS", "standard queue"),
                                                    lib.Side("SQS", "FIFO queue"))
    assert lib.resolve_pair("REST", "HTTP") == (lib.Side("API Gateway", "REST API"),
                                                lib.Side("API Gateway", "HTTP API"))


def test_rows_come_from_comparisons_in_either_order(db):
    table = lib.compare(db, "kinesis", "sqs")
    assert table.left.label == "Kinesis Data Streams"
    traits = [r for r in table.rows if lib.is_trait(r)]
    assert [(r.left.value, r.right.value) for r in traits] == [
        ("", "1 production group, 1 consumption group"),
        ("Support multiple consumers & a rolling window", "")]
    assert traits[0].right.where == "queues.md:100"
    fifo = lib.compare(db, "fifo queue", "standard queue")
    delivery = next(r for r in fifo.rows if r.aspect == "delivery")
    assert (delivery.left.value, delivery.right.value) == ("exactly-once", "at-least-once")


def test_shared_attributes_become_rows(db):
    table = lib.compare(db, "sqs", "sns")
    row = next(r for r in table.rows if r.aspect == "max message size")
    assert (row.left.value, row.right.value) == ("256 KB", "256 KB")
    assert (row.left.source, row.left.line) == ("queues.md", 3)
    assert (row.right.source, row.right.line) == ("queues.md", 14)
    # Subjects compare their own facts: max duration of each workflow type.
    wf = lib.compare(db, "standard workflow", "express workflow")
    duration = next(r for r in wf.rows if r.aspect == "max duration")
    assert (duration.left.value, duration.right.value) == ("1 year", "5 minutes")


def test_json_shape_is_exact(db):
    result = runner.invoke(app, ["compare", "sqs", "kinesis", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == {"left", "right", "rows"}
    assert (data["left"], data["right"]) == ("SQS", "Kinesis Data Streams")
    assert data["rows"] and all(set(r) == {"aspect", "left", "right", "source", "line"}
                                for r in data["rows"])
    assert all(isinstance(r["line"], int) and r["source"] for r in data["rows"])


def test_table_shows_both_sides_and_sources(db):
    out = io.StringIO()
    Console(file=out, width=100, color_system=None).print(
        render_table(lib.compare(db, "standard queue", "fifo queue")))
    text = out.getvalue()
    for needle in ("Standard queue", "FIFO queue", "at-least-once", "exactly-once",
                   "queues.md:102", "nearly unlimited"):
        assert needle in text


def test_note_text_that_looks_like_markup_is_literal(db):
    replace_source(db, ParsedNote("m.md", comparisons=[
        Comparison("SQS", "SNS", "model", "[bold]pull[/]", "push [/]", "m.md", 4)]), "x")
    result = runner.invoke(app, ["compare", "sqs", "sns"], env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.output
    assert "[bold]pull[/]" in result.stdout and "push [/]" in result.stdout


def test_unknown_name_gets_suggestions_not_a_traceback(db):
    # "kines" is no one name's typo (two letters short): refused, the nearest names offered;
    # "kinesys" (one letter from "kinesis") is compared as Kinesis (test_polish29)
    proc = run_here("compare", "kines", "sqs")  # the console script's entry, in this process
    assert proc.returncode == 1
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "kines" in lines[0] and "Kinesis Data Streams" in lines[0]
    assert "Traceback" not in proc.stderr


def test_a_typo_is_offered_the_closest_names_first(db):
    # in catalogue order, "ec3" was offered ECR and ECS before EC2 (each one letter away)
    proc = run_here("compare", "ec3", "sqs")
    assert proc.returncode == 1 and "did you mean: EC2, " in proc.stderr
    assert lib.suggestions("sms")[0] == "SNS"  # m is the key beside n


def test_one_name_is_a_usage_error(db):
    # exit 2, the usage convention (design.md; doctor --restore --rebuild, a bad --limit),
    # not 1, which compare keeps for "the notes compare nothing"
    proc = run_here("compare", "sqs")
    assert proc.returncode == 2, proc.stderr
    assert proc.stdout == "" and "needs two names" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_no_arguments_lists_comparable_pairs(db):
    result = runner.invoke(app, ["compare", "--json"])
    assert result.exit_code == 0, result.output
    pairs = {(p["left"], p["right"]) for p in json.loads(result.stdout)}
    assert ("SQS", "Kinesis Data Streams") in pairs
    assert ("Standard queue", "FIFO queue") in pairs
    assert ("SNS", "SQS") in pairs or ("SQS", "SNS") in pairs
    listed = runner.invoke(app, ["compare"], env={"COLUMNS": "120"})
    assert "SQS vs Kinesis Data Streams" in listed.stdout


def test_nothing_to_compare_says_so(db):
    result = runner.invoke(app, ["compare", "lambda", "fargate", "--json"])
    rows = json.loads(result.stdout)["rows"]  # the notes say nothing; only the AWS docs do
    assert all(r["aspect"].endswith("(AWS docs)") and r["line"] == 0 for r in rows)
    assert runner.invoke(app, ["compare", "lambda", "fargate", "--drill"]).exit_code == 1


def test_drill_questions_name_both_sides_and_hide_the_answer(db):
    table = lib.compare(db, "sqs", "kinesis")
    questions = lib.drill_questions(table, random.Random(1))
    assert len(questions) == 2
    for q in questions:
        assert q.stem.endswith("SQS or Kinesis Data Streams?")
        assert q.options == ("SQS", "Kinesis Data Streams")
        side = (q.row.left, q.row.right)[q.answer]
        assert side.value and q.value == lib.mask_value(side.value, (table.left, table.right))
    stems = {q.stem for q in questions}
    assert "Which one supports multiple consumers & a rolling window: SQS or Kinesis Data " \
           "Streams?" in stems
    masked = lib.mask_value("FIFO is strict whereas standard queues are best-effort",
                       (lib.Side("SQS", "standard queue"), lib.Side("SQS", "FIFO queue")))
    assert "FIFO" not in masked and "standard queues" not in masked
    fifo = lib.drill_questions(lib.compare(db, "sqs", "sns"), random.Random(1))
    assert fifo == []  # equal values are not a difference to drill


def _clock():
    return datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def _drive(db, keys_for):
    table = lib.compare(db, "standard queue", "fifo queue")
    questions = lib.drill_questions(table, random.Random(7))
    out = io.StringIO()
    keys = ScriptedKeys(keys_for(questions))
    view = DrillView(Console(file=out, width=100, color_system=None))
    result = run_drill(db, table, questions, keys, _clock, view)
    return questions, result, out.getvalue()


def test_drill_scores_right_answers(db):
    questions, result, text = _drive(db, lambda qs: [str(q.answer + 1) for q in qs])
    assert (result.correct, result.asked) == (len(questions), len(questions))
    assert f"Score: {len(questions)}/{len(questions)}" in text
    assert result.missed == []


def test_drill_shows_missed_rows_again(db):
    questions, result, text = _drive(db, lambda qs: [str(2 - q.answer) for q in qs])
    assert result.correct == 0 and len(result.missed) == len(questions)
    assert "Rows to look at again" in text
    for row in result.missed:
        assert row.left.value in text
    # the right answer is said as the answer, not marked with a cross beside it ("✗ FIFO
    # queue" read as "FIFO queue is wrong": a new user)
    for q in questions:
        assert f"not quite: it is {q.options[q.answer]}" in text, text


def test_drill_through_the_cli_reads_lines(db):
    table = lib.compare(db, "sqs", "kinesis")
    qs = lib.drill_questions(table, random.Random(5))
    answers = "".join(f"{q.answer + 1}\n" for q in qs)
    result = runner.invoke(app, ["compare", "sqs", "kinesis", "--drill", "--seed", "5"],
                           input=answers)
    assert result.exit_code == 0, result.output
    assert f"Score: {len(qs)}/{len(qs)}" in result.stdout


def test_subjects_without_a_vs_section_are_set_side_by_side(shipped_copy):
    """The shipped notes have "### User Pools" and "### Identity Pools" but no "vs" section."""
    from studycli.store.db import connect

    db = connect(shipped_copy)
    table = lib.compare(db, "user pool", "identity pool")
    lefts = [r.left.value for r in table.rows if r.left.value]
    rights = [r.right.value for r in table.rows if r.right.value]
    assert any("JWT" in v for v in lefts)
    assert any("temporary AWS credentials" in v.lower() or "Temporary AWS Credentials" in v
               for v in rights)
    assert all(r.left.source or r.right.source for r in table.rows)


def _render(table) -> str:
    out = io.StringIO()
    Console(file=out, width=100, color_system=None).print(render_table(table))
    return out.getvalue()


def test_a_one_sided_bullet_is_listed_under_its_side_not_as_an_empty_cell():
    left, right = lib.Side("SQS"), lib.Side("Kinesis Data Streams")
    cell = lib.Cell
    rows = [lib.Row("max retention period", cell("14 days", "n.md", 1), cell("365 days", "n.md", 2),
                    "fact"),
            lib.Row("trait", cell("", "n.md", 3), cell("Designed for huge ingestion", "n.md", 3),
                    "comparison")]
    text = _render(lib.CompareTable(left, right, rows))
    assert "Stated for Kinesis Data Streams only:" in text
    assert "Designed for huge ingestion" in text.split("Stated for")[1]
    table_part = text.split("Stated for")[0]
    assert "14 days" in table_part and "Designed" not in table_part


def test_only_real_pairs_are_listed():
    assert lib.real_pair(lib.Side("SNS"), lib.Side("SQS"))
    assert lib.real_pair(lib.Side("Step Functions", "Express workflow"),
                         lib.Side("Step Functions", "Standard workflow"))
    assert not lib.real_pair(lib.Side("Lambda", "execution context"), lib.Side("S3"))
    assert not lib.real_pair(lib.Side("SNS"), lib.Side("SQS", "extended client"))
    assert not lib.real_pair(lib.Side("SQS"), lib.Side("SQS"))


def test_a_thin_comparison_gains_rows_from_the_aws_reference_marked_as_such(shipped_copy):
    """The shipped notes compare Standard and Express workflows on one aspect only: the AWS
    reference adds what it states for both, marked and citing the page, never as a note."""
    from studycli.compare import compare
    from studycli.database import ensure_database

    db = ensure_database(shipped_copy)
    table = compare(db, "standard workflow", "express workflow")
    notes = [r for r in table.rows if r.origin != "reference"]
    added = [r for r in table.rows if r.origin == "reference"]
    assert notes and all(r.left.line > 0 for r in notes)
    assert added and all(r.aspect.endswith("(AWS docs)") for r in added)
    assert all(r.left.source.startswith("https://docs.aws.amazon.com/") and r.left.line == 0
               for r in added)
    aspects = {r.aspect for r in table.rows}
    assert "execution semantics (AWS docs)" in aspects
    rich = compare(db, "http api", "rest api")  # the notes compare these at length
    assert not [r for r in rich.rows if r.origin == "reference"]


def _render_at(table, width: int) -> str:
    out = io.StringIO()
    Console(file=out, width=width, color_system=None).print(render_table(table))
    return out.getvalue()


@pytest.mark.parametrize("width", [60, 80, 100])
def test_a_file_and_line_is_never_broken_across_lines(width):
    left, right = lib.Side("SQS"), lib.Side("Kinesis Data Streams")
    name = "001_9038b8004995b50c.txt"
    cell = lib.Cell
    rows = [lib.Row("max retention period", cell("14 days", name, 318),
                    cell("365 days", "000_4c356a59b3abc6e0.txt", 240), "fact"),
            lib.Row("Ordering", cell("Best-effort ordering of messages", name, 7),
                    cell("Ordered within a shard by partition key", name, 7), "comparison"),
            lib.Row("trait", cell("No persistence of messages, no concept of a window at all",
                                  name, 264), cell("", "", 0), "comparison")]
    text = _render_at(lib.CompareTable(left, right, rows), width)
    for line in (318, 240, 7, 264):
        # Whole, or named by its mark where the column has no room for it ("note 1:318",
        # the file named whole under the table): the line number follows it on one line.
        assert re.search(rf"(?:\b0\d\d_[0-9a-f]*\.txt|note \d):{line}\b", text), text
    for mark in re.findall(r"note \d(?=:\d)", text):
        assert re.search(rf"^{mark}: 00\d_[0-9a-f]+\.txt$", text, re.M), text
    assert "…" not in text and not re.search(r"\.txt\s*\n\s*:|:\s*\n\s*\d", text), text


def test_a_placeholder_cell_is_never_the_asked_value():
    left, right = lib.Side("S3", "S3 Standard"), lib.Side("S3", "S3 Glacier")
    row = lib.Row("Minimum storage duration", lib.Cell("N/A", "n.md", 1),
                  lib.Cell("90 days", "n.md", 1), "comparison")
    for seed in range(20):
        (q,) = lib.drill_questions(lib.CompareTable(left, right, [row]), random.Random(seed))
        assert q.answer == 1 and q.value == "90 days"


def test_a_shared_attribute_row_does_not_repeat_a_comparison_row(tmp_path):
    from studycli.ingest import ingest_paths
    from studycli.store.db import connect

    (tmp_path / "n").mkdir()
    (tmp_path / "n" / "m.md").write_text(
        "## SQS vs Kinesis Data Streams\n\n| Aspect | SQS | Kinesis Data Streams |\n"
        "|---|---|---|\n| Retention | Up to 14 days | Up to 365 days |\n"
        "| Consumers | One per message | Many |\n", encoding="utf-8")
    db = connect(tmp_path / "s.db")
    ingest_paths(db, [tmp_path / "n"])
    table = lib.compare(db, "sqs", "kinesis")
    notes = [r for r in table.rows if r.origin != "reference"]
    assert [r.aspect for r in notes] == ["Retention", "Consumers"]


def test_error_codes_alone_do_not_make_a_pair(tmp_path):
    from studycli.ingest import ingest_paths
    from studycli.store.db import connect

    (tmp_path / "n").mkdir()
    (tmp_path / "n" / "e.md").write_text(
        "# Lambda\n\n- 429 Too Many Requests (throttled)\n\n# API Gateway\n\n"
        "- 429 Too Many Requests\n", encoding="utf-8")
    db = connect(tmp_path / "s.db")
    ingest_paths(db, [tmp_path / "n"])
    assert db.conn.execute("SELECT count(DISTINCT service) FROM facts "
                           "WHERE kind = 'error_code' AND attribute = '429'").fetchone()[0] == 2
    assert lib.comparable_pairs(db) == []


def test_a_note_value_aws_has_changed_is_marked_and_the_drill_keys_the_current_one(shipped_copy):
    """The shipped notes give SQS and SNS a 256 KB maximum message size; the AWS reference
    says 1 MiB for both: the table says so, and the drill does not ask a stale difference."""
    from studycli.database import ensure_database

    db = ensure_database(shipped_copy)
    table = lib.compare(db, "sqs", "sns")
    (row,) = [r for r in table.rows if r.aspect == "max message size"]
    assert row.left.value == "256 KB" and row.left.aws.startswith("1 MiB")
    text = _render_at(table, 80)
    assert "AWS now: 1 MiB" in text and "https://docs.aws.amazon.com/" in text
    assert all(q.row is not row or q.value.startswith("1 MiB")
               for q in lib.drill_questions(table, random.Random(1)))


def test_a_disagreeing_cell_marks_the_side_the_reference_supports(tmp_path):
    # "365 days / 7 days" for Kinesis retention showed no mark at all: a cell-wide mark
    # needed every value stale. Each value is marked on its own now.
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "a.md").write_text("# streams\n## Kinesis Data Streams\n- max retention = 365 days\n"
                                "## SQS\n- max retention = 14 days\n")
    (notes / "b.txt").write_text("Kinesis data streams\n  • retention 24h default -> max 7 days\n")
    db = str(tmp_path / "c.db")
    assert runner.invoke(app, ["ingest", str(notes), "--db", db]).exit_code == 0
    result = runner.invoke(app, ["compare", "sqs", "kinesis", "--db", db],
                           env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.output
    text = re.sub(r"[│┃]", " ", result.stdout)
    lines = [" ".join(ln.split()) for ln in text.splitlines()]
    at = next(i for i, ln in enumerate(lines) if ln.endswith("365 days"))
    assert "AWS docs agree [1]" in lines[at + 1]
    stale = next(i for i, ln in enumerate(lines) if ln.endswith("7 days"))
    assert "AWS now: 365 days" in lines[stale + 1]
    assert "kinesis-extended-retention" in result.stdout


def test_one_thing_named_twice_is_a_usage_error(db):
    """`compare sqs sqs` was called wrong, not a search that found nothing: exit 2, as every
    usage error (it exited 1, as "not found" does)."""
    from .helpers import run_here

    for words in (["sqs", "sqs"], ["sqs", "simple queue service", "--json"]):
        result = run_here("compare", *words)
        assert result.returncode == 2
        assert "same thing" in result.stderr and not result.stdout.strip()
