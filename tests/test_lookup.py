"""`studycli lookup`: ranking over hand-built facts of every kind, the fast path's CLI
contract (output, JSON, exit codes), hostile queries, database states, and its imports."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studycli.fastpath import lookup as fast
from studycli.lookup import OUTPUT_KEYS, lookup, search_expression
from studycli.store.db import connect
from tests import lookup_facts
from tests.helpers import examples

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("typer", "rich", "sqlite_utils", "markdown_it", "mdit_py_plugins", "fsrs",
         "studycli.notes", "studycli.extract", "studycli.ingest", "studycli.cli")


@pytest.fixture(scope="module")
def fixture_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("lookup") / "facts.db"
    lookup_facts.build(path)
    return path


@pytest.fixture(scope="module")
def conn(fixture_db):
    c = connect(fixture_db, readonly=True).conn
    yield c
    c.close()


def run_main(capsys, *args) -> tuple[int, str, str]:
    code = fast.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def top(conn, query, **kw) -> dict:
    hits = lookup(conn, query, **kw).hits
    assert hits, f"no hit for {query!r}"
    return hits[0]


# --- ranking over every kind --------------------------------------------------------------

@pytest.mark.parametrize("query, service, value", [
    ("sqs max message size", "SQS", "256 KB"),
    ("what's the largest message i can put on an sqs queue?", "SQS", "256 KB"),
    ("sqs max retention", "SQS", "14 days"),
    ("sqs retention default", "SQS", "4 days"),
    ("vis timeout max", "SQS", "12 hours"),
    ("how long can a lambda run?", "Lambda", "15 minutes"),
    ("lambda default timeout", "Lambda", "3 seconds"),
    ("lambda /tmp size", "Lambda", "10 GB"),
    ("lambda memory", "Lambda", "128 MB to 10 GB"),
    ("sqs delaysecs max", "SQS", "0 to 15 minutes"),
    ("sqs long pollng max secs", "SQS", "1-20 seconds"),
    ("fifo dedup window", "SQS", "5 minutes"),
    ("kds default retention", "Kinesis Data Streams", "24 hours"),
    ("kinesis retension max", "Kinesis Data Streams", "365 days"),
    ("kds shard ingest mb/s", "Kinesis Data Streams", "1 MB/s"),
    ("ddb max item size", "DynamoDB", "400 KB"),
    ("stepfunctions expres max time", "Step Functions", "5 minutes"),
    ("api gateway max timeout seconds", "API Gateway", "29 seconds"),
    ("apigw rps limit", "API Gateway", "10000 requests per second"),
    ("s3 max object size", "S3", "5 TB"),
    ("cognito identiy pool", "Cognito", "Exchange an external identity for temporary AWS "
                                        "credentials"),
])
def test_limits_defaults_ranges_and_facts(conn, query, service, value):
    best = top(conn, query)
    assert (best["service"], best["value"]) == (service, value)


@pytest.mark.parametrize("query, attribute", [
    ("504", "504"),
    ("apigw 429", "429"),
    ("what does 502 mean in api gateway?", "502"),
    ("why am i getting a 504 from api gateway?", "504"),
    ("ThrottleError lambda", "ThrottleError"),
    ("api gateway timeout error code", "504"),
])
def test_error_codes(conn, query, attribute):
    best = top(conn, query)
    assert best["kind"] == "error_code" and best["attribute"] == attribute


@pytest.mark.parametrize("query, invoker, value", [
    ("ses invoke lambda async?", "SES", "asynchronous"),
    ("how does s3 invoke lambda?", "S3", "asynchronous"),
    ("apigw -> lambda invoke type", "API Gateway", "synchronous"),
    ("how does lambda read messages from an sqs queue?", "SQS", "event source mapping"),
])
def test_invocation_modes(conn, query, invoker, value):
    best = top(conn, query)
    assert (best["kind"], best["subject"], best["value"]) == ("invocation_mode", invoker, value)


@pytest.mark.parametrize("query, value", [("15 minutes", "15 minutes"), ("256kb", "256 KB"),
                                          ("400 kb", "400 KB")])
def test_numbers_with_units_find_their_fact(conn, query, value):
    assert top(conn, query)["value"] == value


def test_service_and_kind_filters(conn):
    hits = lookup(conn, "message size", service="sns").hits
    assert hits and {h["service"] for h in hits} == {"SNS"}
    hits = lookup(conn, "timeout", kind="default").hits
    assert hits and {h["kind"] for h in hits} == {"default"}


def test_same_fact_in_two_notes_is_one_hit_with_both_sources(conn):
    best = top(conn, "sqs max message size")
    assert best["source"] == "a.md" and ("b.md", 6) in best["also"]


def test_conflicting_values_are_attached(conn):
    best = top(conn, "sqs default visibility timeout")
    assert best["attribute"] == "visibility timeout"
    values = {best["value"], *(c["value"] for c in best["conflicts"])}
    assert values == {"30 seconds", "60 seconds"}


def test_unknown_words_give_suggestions(conn):
    result = lookup(conn, "xyzzy plugh")
    assert result.hits == []
    assert result.suggestions == [] or all(isinstance(s, str) for s in result.suggestions)
    result = lookup(conn, "visibilty")  # a typo of a fact-base word is fixed, not suggested
    assert result.hits and result.hits[0]["attribute"] == "visibility timeout"


def test_search_expression_quotes_every_word():
    assert search_expression(["and", "(", 'a"b', "*", "near"]) == '"and" OR "a b" OR "near"'
    assert search_expression(["", "*", "("]) is None


# --- the CLI: output, JSON, exit codes ------------------------------------------------------

def test_human_output_value_first_then_names_line_and_source(capsys, fixture_db):
    code, out, err = run_main(capsys, "--db", str(fixture_db), "sqs", "max", "message", "size")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == "256 KB"
    assert lines[1].startswith("SQS / message size (max)")
    assert "Max message size is 256kb" in lines[2]
    assert "a.md:10" in lines[3] and lines[4].split() == ["also", "b.md:6"]
    assert "\x1b[" not in out  # not a terminal: no styles


def test_human_output_marks_conflicts_with_both_sources(capsys, fixture_db):
    code, out, _ = run_main(capsys, "--db", str(fixture_db), "vis timeout default")
    assert code == 0
    assert "conflict" in out
    assert "30 seconds" in out and "60 seconds" in out
    assert "a.md:13" in out and "b.md:5" in out


def test_further_matches_limited(capsys, fixture_db):
    code, out, _ = run_main(capsys, "--db", str(fixture_db), "--limit", "3", "timeout")
    assert code == 0
    assert "Other matches:" in out
    rest = out.split("Other matches:")[1].strip("\n").splitlines()
    items = [line for line in rest if line.strip() and not line.startswith(("  !", "    "))]
    assert len(items) <= 2  # marker lines (currency, conflict) belong to the item above them


def test_json_is_the_documented_list_best_first(capsys, fixture_db):
    code, out, err = run_main(capsys, "--db", str(fixture_db), "--json", "-n", "4",
                              "sqs max message size")
    assert code == 0 and err == ""
    data = json.loads(out)
    assert isinstance(data, list) and 1 <= len(data) <= 4
    for item in data:
        assert tuple(item) == OUTPUT_KEYS
        assert set(item["markers"]) == {"conflict", "currency", "line_currency"}
    assert data[0]["value"] == "256 KB" and data[0]["number"] == 262144
    scores = [item["score"] for item in data]
    assert scores == sorted(scores, reverse=True)


def test_json_no_match_is_an_empty_list(capsys, fixture_db):
    code, out, _ = run_main(capsys, "--db", str(fixture_db), "--json", "xyzzy plugh")
    assert (code, json.loads(out)) == (1, [])


def test_no_match_says_so(capsys, fixture_db):
    code, out, _ = run_main(capsys, "--db", str(fixture_db), "xyzzy plugh")
    assert code == 1 and out.startswith('Not in your notes: "xyzzy plugh"')


@pytest.mark.parametrize("query", [
    "AND (", '"', "*", "[bold]", "", " ", "x" * 10_000, "最大 メッセージ サイズ",
    "ÄÖÜ ß é",
    "NEAR(sqs lambda)", "service:sqs", "^sqs", "sqs OR", "-", "sqs\x00max", "\x1b[31mred",
    "🙂 lambda", "' OR 1=1 --", "{service}: x", "a" * 400 + " sqs", "1e308", "9" * 400,
])
def test_hostile_queries_never_raise(capsys, fixture_db, query):
    for extra in ([], ["--json"]):
        code, out, err = run_main(capsys, "--db", str(fixture_db), *extra, "--", query)
        if not query.strip():  # nothing to look up: a usage error (grep's 2), said on stderr
            assert code == 2 and "nothing to look up" in err and out == ""
            continue
        assert code in (0, 1), err
        assert err == ""
        if extra:
            json.loads(out)
        else:
            assert "\x1b" not in out and "\x00" not in out


def test_markup_and_control_characters_are_shown_literally(capsys, fixture_db):
    code, out, _ = run_main(capsys, "--db", str(fixture_db), "[bold]markup[/] check")
    assert code == 0
    assert out.splitlines()[0] == "[bold]not markup[/]"
    assert "\x1b" not in out


@given(st.text(max_size=80))
@settings(max_examples=examples(150), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_text_never_raises(conn, text):
    result = lookup(conn, text)
    assert all(tuple(item) == OUTPUT_KEYS for item in result.to_json())


@pytest.mark.parametrize("args, message", [
    ([], "missing QUERY"),
    (["--limit", "0", "x"], "between 1 and"),
    (["--limit", "many", "x"], "whole number"),
    (["--kind", "bogus", "x"], "must be one of"),
    (["--frobnicate", "x"], "no such option"),
    (["x", "--db"], "needs a value"),
])
def test_usage_errors_exit_2(capsys, args, message):
    code, out, err = run_main(capsys, *args)
    assert code == 2 and out == ""
    assert err.startswith("studycli lookup: ") and message in err and err.count("\n") == 1


def test_help(capsys):
    code, out, err = run_main(capsys, "--help")
    assert code == 0 and err == ""
    assert "--limit N" in out and "--service S" in out and "--kind K" in out


def test_parse_args_forms():
    opts = fast.parse_args(["--limit=3", "-s", "apigw", "--kind", "limit", "--json", "--db",
                            "x.db", "max", "--", "--not-an-option"])
    assert (opts.limit, opts.service, opts.kind, opts.json, opts.db, opts.query) == (
        3, "apigw", "limit", True, "x.db", "max --not-an-option")
    assert fast.parse_args(["-1", "sqs"]).query == "-1 sqs"


def test_kinds_match_the_model():
    from studycli.model import KINDS

    assert fast.KINDS == KINDS


# --- database states ------------------------------------------------------------------------

def test_newer_schema_is_refused_in_one_line(capsys, tmp_path):
    path = tmp_path / "newer.db"
    c = sqlite3.connect(path)
    c.execute("CREATE TABLE t (x)")
    c.execute("PRAGMA application_id = 1398035780")  # ours (store.identity.APPLICATION_ID)
    c.execute("PRAGMA user_version = 999")
    c.commit()
    c.close()
    code, out, err = run_main(capsys, "--db", str(path), "sqs")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "newer studycli" in err


def test_not_sqlite_is_refused_in_one_line(capsys, tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("this is not a database\n" * 100)
    code, out, err = run_main(capsys, "--db", str(path), "sqs")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "cannot be read as a database" in err


def test_foreign_sqlite_is_refused(capsys, tmp_path):
    path = tmp_path / "other.db"
    c = sqlite3.connect(path)
    c.execute("CREATE TABLE other (x)")
    c.commit()
    c.close()
    code, _, err = run_main(capsys, "--db", str(path), "sqs")
    assert code == 1 and "another program's SQLite database" in err


def test_directory_as_db_is_refused(capsys, tmp_path):
    code, _, err = run_main(capsys, "--db", str(tmp_path), "sqs")
    assert code == 1 and "is a directory" in err and err.count("\n") == 1


@pytest.fixture
def one_more_migration():
    """A migration this studycli knows that a database built before the test has not had."""
    from studycli.store import migrations

    applied: list[bool] = []

    def m999_test_only(db):
        applied.append(True)

    entry = ("m999_test_only", m999_test_only)
    yield entry, applied
    if entry in migrations.MIGRATIONS:
        migrations.MIGRATIONS.remove(entry)


def test_older_schema_is_migrated_first(capsys, tmp_path, one_more_migration):
    from studycli.store.migrations import MIGRATIONS

    path = tmp_path / "old.db"
    lookup_facts.build(path)
    entry, applied = one_more_migration
    MIGRATIONS.append(entry)  # now the database is one migration behind
    code, out, _ = run_main(capsys, "--db", str(path), "sqs max message size")
    assert code == 0 and out.startswith("256 KB")
    assert applied == [True]
    c = sqlite3.connect(path)
    assert c.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    c.close()


def test_lookup_never_writes_an_existing_database(capsys, fixture_db):
    before = fixture_db.stat().st_mtime_ns, fixture_db.read_bytes()
    run_main(capsys, "--db", str(fixture_db), "sqs max message size")
    assert (fixture_db.stat().st_mtime_ns, fixture_db.read_bytes()) == before


# --- whole process ----------------------------------------------------------------------------

def _subprocess(*args, env_extra=None, code=None):
    env = {**os.environ, "PYTHONPATH": str(ROOT), **(env_extra or {})}
    cmd = [sys.executable, "-c", code] if code else [sys.executable, "-m", "studycli", *args]
    return subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)


def test_cli_subprocess_json(fixture_db):
    proc = _subprocess("lookup", "--db", str(fixture_db), "--json", "apigw 504")
    assert proc.returncode == 0 and proc.stderr == ""
    data = json.loads(proc.stdout)
    assert data[0]["attribute"] == "504" and data[0]["kind"] == "error_code"


def test_cli_subprocess_usage_error_exit_2():
    proc = _subprocess("lookup")
    assert proc.returncode == 2 and "missing QUERY" in proc.stderr


@pytest.mark.parametrize("query", ["sqs max message size", "lamda timout", "xyzzy plugh"])
def test_fast_path_imports_nothing_heavy(fixture_db, query):
    code = (
        "import sys\n"
        "from studycli.entry import main\n"
        f"rc = main(['lookup', '--db', {str(fixture_db)!r}, {query!r}])\n"
        f"heavy = sorted(m for m in sys.modules if m.startswith({HEAVY!r}))\n"
        "print('RC', rc, 'HEAVY', heavy)\n"
    )
    proc = _subprocess(code=code)
    assert proc.returncode == 0, proc.stderr
    rc = 1 if query == "xyzzy plugh" else 0  # not in the notes: grep's 1
    assert proc.stdout.strip().splitlines()[-1] == f"RC {rc} HEAVY []"


def _fake_parser(monkeypatch):
    """Stands in for the parser: every note yields one SQS fact."""
    import studycli.extract
    from studycli.model import Fact, ParsedNote

    def parse_note(text, source):
        return ParsedNote(source, [Fact("SQS", "", "message size", "limit", "max", "256 KB",
                                        262144.0, "B", source=source, line=1,
                                        snippet="- Max message size is 256kb")])

    monkeypatch.setattr(studycli.extract, "parse_note", parse_note)


def test_missing_database_is_built_first_but_not_in_a_missing_folder(capsys, tmp_path,
                                                                      monkeypatch):
    _fake_parser(monkeypatch)
    path = tmp_path / "studycli.db"
    code, out, err = run_main(capsys, "--db", str(path), "sqs max message size")
    assert (code, err) == (0, "")
    assert path.exists() and out.startswith("256 KB")
    # A folder that does not exist is more likely a typo than a wish: one line, nothing made.
    typo = tmp_path / "not" / "yet" / "studycli.db"
    code, out, err = run_main(capsys, "--db", str(typo), "sqs max message size")
    assert code == 1 and "no such folder" in err and not typo.parent.exists()


def test_database_from_environment(capsys, monkeypatch, _private_db):
    _fake_parser(monkeypatch)
    code, out, _ = run_main(capsys, "--json", "sqs max message size")
    assert code == 0 and json.loads(out)[0]["value"] == "256 KB"
    assert _private_db.exists()


def test_typer_app_runs_lookup_the_same_way(fixture_db):
    from typer.testing import CliRunner

    from studycli.cli import app

    result = CliRunner().invoke(app, ["lookup", "--db", str(fixture_db), "--json", "apigw 429"])
    assert result.exit_code == 0
    assert json.loads(result.output)[0]["attribute"] == "429"
    result = CliRunner().invoke(app, ["--help"])
    assert "lookup" in result.output


def test_styles_only_on_a_terminal_without_no_color(monkeypatch, conn):
    from studycli.ui.lookup_plain import render

    class Tty:
        def isatty(self):
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("TERM", raising=False)
    assert fast._color(Tty()) is True
    monkeypatch.setenv("NO_COLOR", "1")
    assert fast._color(Tty()) is False
    result = lookup(conn, "sqs max message size")
    assert "\x1b[" in render(result, color=True)
    assert "\x1b[" not in render(result, color=False)
