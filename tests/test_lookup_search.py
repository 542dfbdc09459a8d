"""`studycli search WORDS`: every note line, stemmed, typo-repaired, ranked, marked, safe."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from studycli.cli import app
from studycli.lookup.search import search_notes

runner = CliRunner()

NOTE_A = """# SQS
- Max message size is 256kb, and max retention time of 14 days
- Messages are retained for 4 days by default

[bold]not markup[/] AND ( NEAR "quoted"
"""
NOTE_B = """## Kinesis
Records are kept for 24 hours by default; retention up to 365 days.
"""


def ingested(tmp_path: Path) -> Path:
    """NOTE_A and NOTE_B written to tmp_path/notes and ingested into tmp_path/search.db."""
    from studycli.ingest import ingest_paths
    from studycli.store.db import connect

    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "a.md").write_text(NOTE_A, encoding="utf-8")
    (folder / "b.md").write_text(NOTE_B, encoding="utf-8")
    path = tmp_path / "search.db"
    db = connect(path)
    ingest_paths(db, [folder])
    db.conn.close()  # the last connection checkpoints the WAL: one file to copy
    return path


@pytest.fixture(scope="module")
def _notes_db_file(tmp_path_factory) -> Path:
    """The two notes ingested once for the module (some 20 tests search them)."""
    return ingested(tmp_path_factory.mktemp("search"))


@pytest.fixture()
def notes_db(_notes_db_file, tmp_path) -> Path:
    """A copy of the module's database for this test alone."""
    path = tmp_path / "search.db"
    shutil.copyfile(_notes_db_file, path)
    return path


def search(db: Path, *words: str):
    return runner.invoke(app, ["search", "--db", str(db), *words])


def test_stemmed_ranked_with_file_line_and_marks(notes_db):
    result = search(notes_db, "retentions")  # porter stems: retentions ~ retention
    assert result.exit_code == 0, result.output
    assert {line.split()[0] for line in result.output.splitlines()} == {"a.md:2", "b.md:2"}
    result = search(notes_db, "retaining")  # ~ retained
    assert [line.split()[0] for line in result.output.splitlines()] == ["a.md:3"]
    data = json.loads(search(notes_db, "--json", "retention", "days").output)
    assert data[0]["source"] in ("a.md", "b.md") and isinstance(data[0]["line"], int)
    for item in data:
        assert set(item) == {"source", "line", "text", "matches", "score", "variant"}
        marked = [item["text"][a:b].lower() for a, b in item["matches"]]
        assert any(m.startswith("retent") for m in marked) and "days" in marked


def test_typo_repaired_and_said(notes_db):
    result = search(notes_db, "retension")
    assert result.exit_code == 0
    assert result.output.splitlines()[0] == ('No line of your notes says "retension": searched '
                                             'for "retention" instead')


def test_typo_repaired_is_said_beside_the_json(notes_db):
    """stdout stays the JSON alone; the word searched instead is said on stderr."""
    result = search(notes_db, "--json", "retension", "days")
    assert result.exit_code == 0
    assert json.loads(result.stdout)[0]["source"] in ("a.md", "b.md")
    assert result.stderr == ('studycli search: no line of your notes says "retension": '
                             'searched for "retention days" instead\n')
    assert search(notes_db, "--json", "retention").stderr == ""  # nothing fixed, nothing said


def test_a_service_alias_searches_the_service_name(notes_db):
    """A word the lookup knows as a service's alias or misspelling ('kds', 'kinisis') is
    never fuzzily repaired (it is an AWS word): search said no line had it, though the notes
    name the service. It is searched as the name the notes use ('Kinesis')."""
    from studycli.lookup.lexicon import lexicon

    alias = next(k[0] for k, name in lexicon().services.items()
                 if name == "Kinesis Data Streams" and len(k) == 1 and k[0] != "kinesis"
                 and k[0].isalpha())
    result = search(notes_db, alias, "hours")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == (f'No line of your notes says "{alias}": searched '
                                             f'for "kinesis hours" instead')
    assert "b.md:2" in result.output


def test_nothing_found_after_a_fix_says_both(notes_db):
    result = search(notes_db, "retension", "zzzqqq")
    assert "retention zzzqqq" in result.output or "lines with some of them" in result.output


def test_all_words_first_then_any(notes_db, tmp_path):
    from studycli.store.db import connect

    conn = connect(notes_db, readonly=True).conn
    try:
        both = search_notes(conn, "kinesis records")  # no line says both: its heading does
        assert both.every_word and [(h.source, h.line) for h in both.hits] == [("b.md", 2)]
        some = search_notes(conn, "kinesis messages")  # no line nor section says both
        assert some.every_word is False
        exact = search_notes(conn, "records hours")
        assert exact.every_word and [(h.source, h.line) for h in exact.hits] == [("b.md", 2)]
    finally:
        conn.close()


@pytest.mark.parametrize("query", ["AND (", '"', "*", "NEAR(sqs", "text:x", "^", "-", "'; --",
                                   "[bold]", "\x1b[31m"])
def test_operators_and_markup_are_plain_words(notes_db, query):
    result = search(notes_db, query)
    assert result.exit_code in (0, 1), result.output
    assert "Traceback" not in result.output and "\x1b" not in result.output


def test_markup_in_notes_printed_literally(notes_db):
    result = search(notes_db, "markup")
    assert result.exit_code == 0
    assert "[bold]not markup[/]" in result.output


def test_nothing_found_exits_1_and_json_is_empty(notes_db):
    result = search(notes_db, "zzzqqq")
    assert result.exit_code == 1 and "No line of your notes says" in result.output
    result = search(notes_db, "--json", "zzzqqq")
    assert result.exit_code == 1 and json.loads(result.output) == []


def test_notes_ingested_before_search_existed_get_their_lines(tmp_path):
    """A database from before m005 has no note lines; the next ingest fills them, even for
    notes it skips as unchanged."""
    import sqlite3

    from studycli.ingest import ingest_paths
    from studycli.store.db import connect

    notes_db = ingested(tmp_path)  # its own: ingested again from its notes folder below
    conn = sqlite3.connect(notes_db)
    conn.execute("DELETE FROM note_lines")
    conn.commit()
    conn.close()
    result = search(notes_db, "retention")
    assert result.exit_code == 1 and "run `studycli ingest` once" in result.output
    db = connect(notes_db)
    ingest_paths(db, [notes_db.parent / "notes"])
    db.conn.close()
    assert search(notes_db, "retention").exit_code == 0


def test_an_aws_word_the_notes_lack_is_not_respelled_as_another_word(tmp_path):
    """A new user's `search spot` answered "Searched for spot → sports" with a line about
    e-sports: "spot" is an AWS word (Spot Instances), not a typo of a word the notes have."""
    from studycli.store.db import connect
    from tests.helpers import note_db

    db = note_db(tmp_path, "# Kinesis\n\n- use cases: time-series analytics, e-sports\n")
    conn = connect(db, readonly=True).conn
    try:
        result = search_notes(conn, "spot")
        assert "spot" not in result.corrections and result.hits == [], result
        assert search_notes(conn, "analytcs").corrections  # a real typo is still repaired
    finally:
        conn.close()


def test_a_repair_is_named_as_the_notes_write_the_word_not_as_its_stem(tmp_path):
    # the index's stem of "visibility" is "visibl", which begins no word: a new user saw
    # "Searched for visibilty → visibl"
    from studycli.ingest import ingest_paths
    from studycli.store.db import connect

    note = tmp_path / "n.md"
    note.write_text("# SQS\n- visibility timeout default 30 s, max 12 h\n", encoding="utf-8")
    db = connect(tmp_path / "s.db")
    ingest_paths(db, [note])
    result = search_notes(db.conn, "visibilty timeout")
    assert result.corrections == {"visibilty": "visibility"} and result.hits
    db.conn.close()


def test_a_short_name_widened_to_the_full_name_is_said(tmp_path):
    """README: a short name the notes use ("dynamo") finds their lines with the full name too,
    and the first line says so; a new user saw DynamoDB lines with no word why (and nothing
    on stderr with --json)."""
    note = tmp_path / "notes" / "n.md"
    note.parent.mkdir()
    note.write_text("# Tables\n- dynamo is fast\n- DynamoDB item max 400 KB\n"
                    "- SQS retention 14 days\n", encoding="utf-8")
    from studycli.ingest import ingest_paths
    from studycli.store.db import connect

    db = connect(tmp_path / "s.db")
    ingest_paths(db, [note.parent])
    db.conn.close()
    result = search(tmp_path / "s.db", "dynamo")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == ('Searched for "dynamo", with "dynamo" '
                                             'also as "dynamodb"')
    assert "n.md:3" in result.output
    as_json = search(tmp_path / "s.db", "--json", "dynamo")
    assert as_json.stderr == ('studycli search: searched for "dynamo", with "dynamo" '
                              'also as "dynamodb"\n')
    assert search(tmp_path / "s.db", "--json", "retention").stderr == ""


def test_repaired_words_find_the_line_that_says_them_all(tmp_path):
    """"provisoned concurency" was repaired to "provisioned concurrency" and then told "No line
    has every word": the repair is an indexed stem ("provis"), which FTS stemmed again when
    quoted, and matched nothing."""
    import sqlite3

    from .helpers import note_db

    db = note_db(tmp_path, "# Lambda\n\n## Concurrency\n- reserved concurrency = max for that fn\n"
                           "- provisioned concurrency = pre-warmed envs, no cold start\n"
                           "- burst concurrency depends on region\n", "lambda.md")
    with sqlite3.connect(db) as conn:
        result = search_notes(conn, "provisoned concurency")
    assert result.corrections and result.every_word
    assert [(h.source, h.line) for h in result.hits] == [("lambda.md", 5)]
