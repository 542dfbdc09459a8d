"""Deck exports: an Anki package with stable GUIDs, CSV and Markdown, never overwriting."""

import csv
import io
import sqlite3
import zipfile

from typer.testing import CliRunner

from studycli.cli import app
from studycli.errors import StudyError
from studycli.export.deck import deck_rows

from .quiz_facts import sample_db

runner = CliRunner()


make_db = sample_db  # the sample facts and their cards, on disk


def anki_notes(apkg, tmp_path):
    with zipfile.ZipFile(apkg) as z:
        name = next(n for n in z.namelist() if n.startswith("collection.anki2"))
        z.extract(name, tmp_path / "x")
    conn = sqlite3.connect(tmp_path / "x" / name)
    try:
        return conn.execute("SELECT guid, flds, tags FROM notes ORDER BY guid").fetchall()
    finally:
        conn.close()


def test_anki_package_has_one_note_per_card_and_stable_guids(tmp_path):
    db_path = tmp_path / "s.db"
    db = make_db(db_path)
    rows = deck_rows(db)
    active = db.conn.execute("SELECT count(*) FROM cards WHERE suspended = 0 AND missing = 0"
                             ).fetchone()[0]
    assert 0 < len(rows) <= active
    out = runner.invoke(app, ["export", "anki", str(tmp_path / "d.apkg"), "--db", str(db_path)])
    assert out.exit_code == 0, out.output
    notes = anki_notes(tmp_path / "d.apkg", tmp_path)
    assert len(notes) == len(rows)
    assert {g for g, _, _ in notes} == {r.card_id for r in rows}
    fields, tags = notes[0][1].split("\x1f"), notes[0][2]
    assert len(fields) == 4 and ".md:" in fields[3]
    assert "service::" in tags and "kind::" in tags
    # exporting again (here over the old file) keeps every GUID
    out = runner.invoke(app, ["export", "anki", str(tmp_path / "d.apkg"), "--force",
                              "--db", str(db_path)])
    assert out.exit_code == 0, out.output
    assert [g for g, _, _ in anki_notes(tmp_path / "d.apkg", tmp_path)] == [g for g, _, _ in notes]


def test_csv_and_markdown_and_no_silent_overwrite(tmp_path):
    db_path = tmp_path / "s.db"
    make_db(db_path).conn.close()
    target = tmp_path / "deck.csv"
    out = runner.invoke(app, ["export", "csv", str(target), "--db", str(db_path),
                              "--service", "sqs"])
    assert out.exit_code == 0, out.output
    table = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert table and all(r["service"] == "SQS" for r in table)
    out = runner.invoke(app, ["export", "csv", str(target), "--db", str(db_path)])
    assert isinstance(out.exception, StudyError) and "--force" in str(out.exception)
    md = tmp_path / "deck.md"
    out = runner.invoke(app, ["export", "markdown", str(md), "--db", str(db_path)])
    assert out.exit_code == 0, out.output
    text = md.read_text(encoding="utf-8")
    assert text.startswith("# studycli deck") and "**Answer:**" in text
    link = tmp_path / "link.md"
    link.symlink_to(tmp_path / "elsewhere.md")
    out = runner.invoke(app, ["export", "markdown", str(link), "--db", str(db_path), "--force"])
    assert isinstance(out.exception, StudyError) and not (tmp_path / "elsewhere.md").exists()


def test_the_shipped_notes_export_in_every_format(tmp_path, shipped_copy):
    """The whole deck of the shipped notes, compare cards included (one of them has nothing
    left to ask since AWS made its two sides alike: it is skipped, not a crash)."""
    db_path = shipped_copy
    for fmt, name in (("anki", "d.apkg"), ("csv", "d.csv"), ("markdown", "d.md")):
        out = runner.invoke(app, ["export", fmt, str(tmp_path / name), "--db", str(db_path)])
        assert out.exit_code == 0, out.output
        assert (tmp_path / name).stat().st_size > 1000


def test_the_printed_deck_asks_each_stem_once_with_its_options(tmp_path):
    """A new user read a fact's recall card and its choice card, one stem twice, back to back
    in the Markdown export as duplicates."""
    import re

    db_path = tmp_path / "s.db"
    make_db(db_path).conn.close()
    rows = deck_rows(make_db(tmp_path / "t.db"))
    stems = [r.question.split("\n", 1)[0] for r in rows]
    assert len(stems) > len(set(stems)), "the sample deck has no stem asked twice"
    md = tmp_path / "deck.md"
    out = runner.invoke(app, ["export", "markdown", str(md), "--db", str(db_path)])
    assert out.exit_code == 0, out.output
    printed = re.findall(r"^\*\*\d+\.\*\* (.*)$", md.read_text(encoding="utf-8"), re.MULTILINE)
    assert len(printed) == len(set(printed)) == len(set(stems)), printed
    with_options = {s for r, s in zip(rows, stems, strict=True) if "\na) " in r.question}
    text = md.read_text(encoding="utf-8")
    for stem in with_options:  # where a stem has a choice version, that is the one printed
        assert f"{stem}  \na) " in text, stem


def test_the_printed_deck_says_when_the_cited_note_line_is_out_of_date(tmp_path):
    """A new user's printed card answered "1 MB" and cited only "- max msg size 256kb": the
    quiz and the exam say the note is out of date; the deck said nothing."""
    db_path = _stale_sqs_db(tmp_path)
    md = tmp_path / "deck.md"
    out = runner.invoke(app, ["export", "markdown", str(md), "--db", str(db_path)])
    assert out.exit_code == 0, out.output
    text = md.read_text(encoding="utf-8")
    cited = text.index("max msg size 256kb")
    assert "⚠ Your note (sqs.md:3) says 256 KB" in text[cited:cited + 300], text


def test_an_export_says_how_many_cards_it_left_out(tmp_path, shipped_copy):
    """A new user counted 237 cards in `stats` and read "Wrote 160 cards" with no word on the
    rest (cards the AWS reference cannot vouch for, or that make no clean question)."""
    from studycli.export.deck import deck_rows
    from studycli.store.db import connect

    left: list = []
    rows = deck_rows(connect(shipped_copy, readonly=True), left_out=left)
    assert left, "the shipped notes have cards the quiz does not drill"
    out = runner.invoke(app, ["export", "csv", str(tmp_path / "d.csv"), "--db",
                              str(shipped_copy)])
    assert out.exit_code == 0, out.output
    said = " ".join(out.output.split())
    assert f"Wrote {len(rows)} cards" in said and f"{len(left)} cards left out" in said, said


def _ingested(tmp_path, name: str, text: str):
    """A database holding one note, ingested through the CLI."""
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / name).write_text(text, encoding="utf-8")
    db_path = tmp_path / "s.db"
    assert runner.invoke(app, ["ingest", str(notes), "--db", str(db_path)]).exit_code == 0
    return db_path


def _stale_sqs_db(tmp_path):
    return _ingested(tmp_path, "sqs.md", "# SQS\n\n- max msg size 256kb\n- retention max 14 days\n")


def test_the_csv_and_anki_exports_say_when_the_cited_note_line_is_out_of_date(tmp_path):
    """Reviewers: a card answering "1 MB" beside "- max msg size 256kb" carried the quiz's
    caveat only in the Markdown deck; a student studying the CSV sheet or the Anki deck
    learned the stale 256 KB."""
    db_path = _stale_sqs_db(tmp_path)
    out = runner.invoke(app, ["export", "csv", str(tmp_path / "d.csv"), "--db", str(db_path)])
    assert out.exit_code == 0, out.output
    table = list(csv.DictReader(io.StringIO((tmp_path / "d.csv").read_text(encoding="utf-8"))))
    stale = [r for r in table if "256kb" in r["note_line"]]
    assert stale and all("says 256 KB: it is out of date" in r["note_status"] for r in stale)
    assert all(r["note_status"] == "" for r in table if "14 days" in r["note_line"])
    out = runner.invoke(app, ["export", "anki", str(tmp_path / "d.apkg"), "--db", str(db_path)])
    assert out.exit_code == 0, out.output
    backs = [flds.split("\x1f") for _, flds, _ in anki_notes(tmp_path / "d.apkg", tmp_path)]
    stale_backs = [f[1] for f in backs if "256kb" in f[2]]
    assert stale_backs and all("says 256 KB: it is out of date" in b for b in stale_backs)
    assert all(len(f) == 4 for f in backs)  # the note type keeps its fields (MODEL_ID)


def test_a_compare_card_export_names_the_notes_outdated_value(tmp_path):
    """A compare card asked with today's value says what the note says, in every export."""
    from studycli.export.deck import _compare_status

    said = ("Kinesis Data Streams: 365 days; SQS: 14 days (a.md:3). Your note says 7 days for "
            "Kinesis Data Streams; AWS now: 365 days (https://docs.aws.amazon.com/x).")
    assert _compare_status(said).startswith("Your note says 7 days for Kinesis Data Streams")
    assert _compare_status("Kinesis Data Streams: 365 days; SQS: 14 days (a.md:3).") == ""


def test_a_bare_count_takes_the_noun_the_aws_reference_counts_in(tmp_path):
    """Reviewers: "What is the maximum policy size for AWS IAM?" offered "61,000", "1,500",
    "6,144": the note gives no unit, and a size in nothing is no answer. The entry vouching
    for the note's 6,144 says what is counted (characters)."""
    db_path = _ingested(tmp_path, "iam.md", "# IAM\n\n- [x] managed policy size limit 6,144\n")
    from studycli.store.db import connect

    rows = [r for r in deck_rows(connect(db_path)) if "policy size" in r.question]
    choice = [r for r in rows if "\na) " in r.question]
    assert choice, rows
    options = [line[3:] for r in choice for line in r.question.split("\n")[1:]]
    assert options and all(o.endswith(" characters") for o in options), options


def test_an_export_into_a_missing_folder_is_refused_not_created(tmp_path):
    # a new user's typo (/nonexistent/dir/deck.md) made the folder and said "Wrote ..."
    db_path = tmp_path / "s.db"
    make_db(db_path).conn.close()
    target = tmp_path / "typo" / "dir" / "deck.md"
    out = runner.invoke(app, ["export", "markdown", str(target), "--db", str(db_path)])
    assert isinstance(out.exception, StudyError) and "no such folder" in str(out.exception)
    assert not (tmp_path / "typo").exists()
