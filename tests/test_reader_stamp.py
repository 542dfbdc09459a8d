"""Notes read by an older studycli are read again (studycli.reader_stamp): an unchanged note
whose stored stamp is not today's reader's is re-parsed, its cards and reviews kept as for an
edited note; one with today's stamp is still skipped; an old database gains the stamp."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import studycli
from studycli import reader_stamp as stamps
from studycli.ingest import ingest_paths
from studycli.store import cards as card_store
from studycli.store.backup import list_backups
from studycli.store.db import connect
from studycli.store.migrations import MIGRATIONS

from .helpers import json_out, run_here

NOTE = """# Amazon SQS

- The maximum message size is 256 KB.
- The default visibility timeout is 30 seconds.
- Messages are kept for 4 days by default.
"""


@pytest.fixture
def ingested(tmp_path):
    """A note ingested once into a new database, with one review recorded on a card."""
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "sqs.md").write_text(NOTE)
    db = connect(tmp_path / "a.db")
    first = ingest_paths(db, [notes])
    assert [s["path"] for s in first.sources] == ["sqs.md"] and first.reread == []
    card = card_store.list_cards(db)[0]["id"]
    card_store.record_review(db, card, lambda c: {"state": 2, "reps": 1, "stability": 3.0},
                             {"rating": 3, "reviewed_at": "2026-01-01T00:00:00"})
    return db, notes


def _cards_and_reviews(db) -> tuple[list, list]:
    return (db.conn.execute("SELECT * FROM cards ORDER BY id").fetchall(),
            db.conn.execute("SELECT * FROM reviews ORDER BY id").fetchall())


def _facts(db) -> list:
    return db.conn.execute("SELECT * FROM facts ORDER BY id").fetchall()


def test_unchanged_note_with_the_same_stamp_is_skipped(ingested):
    db, notes = ingested
    again = ingest_paths(db, [notes])
    assert again.sources == [] and again.reread == []
    assert again.skipped == [{"path": "sqs.md", "reason": "unchanged"}]


def test_unchanged_note_read_by_other_code_is_read_again_keeping_cards(ingested):
    db, notes = ingested
    before, facts = _cards_and_reviews(db), _facts(db)
    db.conn.execute("UPDATE sources SET reader = 'an-older-studycli'")
    again = ingest_paths(db, [notes])
    assert again.reread == ["sqs.md"]
    assert [s["path"] for s in again.sources] == ["sqs.md"]
    assert _cards_and_reviews(db) == before  # schedules and the review history as they were
    assert _facts(db) == facts  # the same reader reads the same facts
    stored = db.conn.execute("SELECT reader FROM sources").fetchone()[0]
    assert stored == stamps.reader_stamp()
    assert ingest_paths(db, [notes]).reread == []  # stamped now: skipped next time


def test_a_reader_that_now_refuses_the_note_keeps_its_facts_and_says_so(ingested, monkeypatch):
    import studycli.ingest
    from studycli.formats import NotReadable

    db, notes = ingested
    facts = _facts(db)
    db.conn.execute("UPDATE sources SET reader = 'an-older-studycli'")

    def refuse(text, suffix):
        raise NotReadable("not a note this version can read")

    monkeypatch.setattr(studycli.ingest, "as_markdown", refuse)
    again = ingest_paths(db, [notes])
    assert again.reread == [] and again.sources == []
    assert "the facts read from it before are kept" in again.skipped[0]["reason"]
    assert any("kept" in w for w in again.warnings)
    assert _facts(db) == facts
    # still the old stamp: the next version that reads it again gets its turn
    assert db.conn.execute("SELECT reader FROM sources").fetchone()[0] == "an-older-studycli"


def test_ingest_says_why_notes_were_read_again(tmp_path, ingested):
    db, notes = ingested
    db.conn.execute("UPDATE sources SET reader = NULL")
    out = run_here("ingest", str(notes), db=db.path)
    assert out.returncode == 0, out.stderr
    said = "1 note read again: studycli's note reader has changed since it was ingested"
    assert said in out.stdout
    db.conn.execute("UPDATE sources SET reader = NULL")
    data = json_out(run_here("ingest", str(notes), "--json", db=db.path))
    assert data["reread"] == ["sqs.md"]
    assert json_out(run_here("ingest", str(notes), "--json", db=db.path))["reread"] == []


def test_a_database_from_before_the_stamp_is_migrated_and_read_again(ingested):
    db, notes = ingested
    before = _cards_and_reviews(db)
    db.conn.execute("ALTER TABLE sources DROP COLUMN reader")  # the schema before m034
    db.conn.execute("DELETE FROM _migrations WHERE name = 'm034_source_reader'")
    db.conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) - 1}")
    path = db.path
    db.close()
    backups = len(list_backups(path))
    migrated = connect(path)
    assert len(list_backups(path)) == backups + 1  # kept before the migration
    assert migrated.conn.execute("SELECT reader FROM sources").fetchall() == [(None,)]
    again = ingest_paths(migrated, [notes])
    assert again.reread == ["sqs.md"]
    assert _cards_and_reviews(migrated) == before


def test_ingest_help_lists_the_formats_registry():
    from studycli.formats import CONVERTERS

    out = run_here("ingest", "--help")
    assert out.returncode == 0
    text = " ".join(out.stdout.split())
    for suffix in (".md", ".txt", ".tsv", *(s for s, (m, _) in CONVERTERS.items()
                                            if not m.endswith(("code_comments",
                                                               "code_constants"))
                                            or s == ".py")):
        assert f"{suffix}," in text or f"{suffix} " in text, suffix


# Modules the reading code imports that cannot change what a note reads as.
NOT_READING = {
    "digest.py",  # which implementation of SHA-256: the same digests
    "kept.py",  # where the compiled patterns are cached
    "stamped_marshal.py",  # how a cache file of kept entries is read and written
    "kept_code.py",  # where the code dataclasses write is cached: the same code
    "paths.py",  # where the data files are (their contents are in READING_DATA)
    "store/db.py",  # the connection: how rows are written, not which
    "store/fts_bulk.py",  # indexes the stored rows exactly as the triggers would
    "store/rollback.py",  # undoes a failed write: never what a note reads as
    # conflicts.py's conflict_key is a reading's (extract/replies.py); its store queries serve
    # the lookup's conflict check, not a note's reading:
    "store/currency.py",
    # the reference's loader reads lambda.toml's entries for extract/lambda_invokers.py, which
    # takes their subject and kind; these serve the AWS check of a note, not its reading:
    "currency_stamp.py",  # (the check's stamp of the reference, re-exported by the loader)
    "reference/keys.py",  # (the entries' index by key and service)
    "reference/values.py",  # (an entry's assessment of a note's value)
    "note_numbers.py",  # (likewise)
}


_FROM = re.compile(r"^[ \t]*from[ \t]+(\.+[\w.]*|studycli[\w.]*)[ \t]+import[ \t]+"
                   r"(\([^)]*\)|[^\n]+)", re.M)
_IMPORT = re.compile(r"^[ \t]*import[ \t]+(studycli[\w.]*)", re.M)


def _imported(module: str, path: Path) -> set[str]:
    """The studycli modules `path` imports (anywhere in it, lazily too), as module names.
    Read off the text (parsing ninety files would make this test slow)."""
    here = module.split(".")[:-1] if path.name != "__init__.py" else module.split(".")
    text = path.read_text(encoding="utf-8")
    names = set(_IMPORT.findall(text))
    for base, what in _FROM.findall(text):
        if base.startswith("."):
            level = len(base) - len(base.lstrip("."))
            rest = base.lstrip(".")
            base = ".".join(here[:len(here) - level + 1] + ([rest] if rest else []))
        names.add(base)
        words = re.findall(r"\w+", re.sub(r"#[^\n]*", "", what))  # comments out
        names.update(f"{base}.{word}" for word in words)
    return {n for n in names if n.split(".")[0] == "studycli"}


def test_the_stamp_covers_every_module_and_data_file_the_reading_code_loads():
    package = Path(studycli.__file__).parent
    covered = {name for name, _ in stamps.reading_files() if name.endswith(".py")}

    def file_of(module: str) -> str | None:
        path = package.joinpath(*module.split(".")[1:])
        for candidate in (path / "__init__.py", path.with_suffix(".py")):
            if candidate.is_file():
                return candidate.relative_to(package).as_posix()
        return None

    # ingest.py's own imports are storage and the hooks after it; its reading is covered
    todo = sorted(covered - {"ingest.py"})
    seen: set[str] = set()
    missing: set[str] = set()
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        module = "studycli." + name.removesuffix(".py").replace("/", ".")
        for imported in _imported(module, package / name):
            found = file_of(imported)
            if found is None or found == "__init__.py" or found in NOT_READING:
                continue
            (todo.append if found in covered else missing.add)(found)
    assert not missing, f"add to reader_stamp.READING_CODE (or NOT_READING): {sorted(missing)}"
    data_dir = Path(stamps.reading_files()[-1][1]).parent
    # a data file is loaded where its name is written ("lambda.toml" under data/reference/)
    data = {p.name: p.name for p in data_dir.glob("*.json")}
    data |= {p.name: f"reference/{p.name}" for p in (data_dir / "reference").glob("*.toml")}
    texts = "".join((package / name).read_text(encoding="utf-8") for name in covered)
    loaded = {path for name, path in data.items() if f'"{name}"' in texts}
    assert loaded <= set(stamps.READING_DATA), loaded - set(stamps.READING_DATA)


def test_the_stamp_changes_with_any_reading_file(tmp_path, monkeypatch):
    files = stamps.reading_files()
    copies = []
    for i, (name, path) in enumerate(files[:3]):
        copy = tmp_path / f"{i}.txt"
        copy.write_bytes(Path(path).read_bytes())
        copies.append((name, str(copy)))
    monkeypatch.setattr(stamps, "reading_files", lambda: copies)
    monkeypatch.setattr(stamps, "_stamp", None)
    first = stamps.reader_stamp()
    Path(copies[1][1]).write_text("changed", encoding="utf-8")
    monkeypatch.setattr(stamps, "_stamp", None)
    assert stamps.reader_stamp() != first
