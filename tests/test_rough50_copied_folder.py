"""A copy of a notes folder, edited and ingested (issue 12: `cp -r ~/aws-notes ~/aws-notes-v2`,
a few lines edited, `ingest ~/aws-notes-v2` doubled every fact). A folder that only looks like
a copy is said, never set aside: a student with one folder per exam or course (sqs.md and
README.md in each, a template byte for byte) ingesting them one at a time keeps every one.
`ingest NEW --instead-of OLD` sets the older folder's notes aside as a deleted note is, said
on stdout; cards and reviews are kept; `ingest OLD --instead-of NEW` is the way back."""

from __future__ import annotations

import shutil
import sqlite3

from .helpers import json_out, run_here

SQS = ("# SQS\n\n- max message size 256 KB\n- retention up to 14 days\n"
       "- visibility timeout default 30 seconds\n")
LAMBDA = "# Lambda\n\n- max timeout 15 minutes\n- max memory 10240 MB\n"


def _notes(tmp_path):
    notes = tmp_path / "aws-notes"
    (notes / "compute").mkdir(parents=True)
    (notes / "sqs.md").write_text(SQS)
    (notes / "compute" / "lambda.md").write_text(LAMBDA)
    return notes


def _facts_by_folder(db) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        return dict(conn.execute("SELECT folder, sum(facts) FROM sources GROUP BY folder"))


def _reviews(db) -> list[tuple[str, str]]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT card_id, reviewed_at FROM reviews ORDER BY 1, 2").fetchall()


def test_an_edited_copy_of_a_folder_stands_in_for_it_and_keeps_every_review(tmp_path):
    notes, db = _notes(tmp_path), tmp_path / "s.db"
    first = json_out(run_here("ingest", str(notes), "--json", db=db))
    run_here("quiz", "--new", "2", "--as-written", input="\n3\n\n3\nq\n", db=db)
    reviewed = _reviews(db)
    assert len(reviewed) == 2
    copy = tmp_path / "aws-notes-v2"
    shutil.copytree(notes, copy)
    (copy / "sqs.md").write_text(SQS.replace("14 days", "4 days by default, up to 14 days"))
    report = json_out(run_here("ingest", str(copy), "--instead-of", str(notes), "--json", db=db))
    assert report["copies_set_aside"] == [{
        "folder": str(notes.resolve()), "copy": str(copy.resolve()), "notes": 2,
        "facts": first["facts"], "same_names": 2}]
    assert {g["path"] for g in report["removed"]} == {"sqs.md", "compute/lambda.md"}
    assert all(g["copy_in"] == str(copy.resolve()) and "moved_to" not in g
               for g in report["removed"])
    assert list(_facts_by_folder(db)) == [str(copy.resolve())]  # nothing taught twice
    found = json_out(run_here("lookup", "lambda max timeout", "--json", db=db))
    assert found[0]["source"] == "aws-notes-v2/compute/lambda.md"
    assert all(f["source"].startswith("aws-notes-v2/") for f in found)  # no answer twice
    assert _reviews(db) == reviewed  # every review kept, on cards still asked
    with sqlite3.connect(db) as conn:
        ids = [card for card, _at in reviewed]
        assert conn.execute(f"SELECT count(*) FROM cards WHERE missing = 0 AND id IN "
                            f"({','.join('?' * len(ids))})", ids).fetchone()[0] == len(ids)


def test_the_summary_says_which_folder_stands_in_and_how_to_go_back(tmp_path):
    notes, db = _notes(tmp_path), tmp_path / "s.db"
    run_here("ingest", str(notes), db=db)
    copy = tmp_path / "aws-notes-v2"
    shutil.copytree(notes, copy)
    out = run_here("ingest", str(copy), "--instead-of", str(notes), env={"COLUMNS": "300"},
                   db=db)
    said = " ".join(out.stdout.split())
    assert f"{copy.resolve()} stands in for {notes.resolve()}, as you asked" in said
    assert f"`studycli ingest {notes.resolve()} --instead-of {copy.resolve()}`" in said
    assert "no longer in" not in said and "moved or renamed" not in said
    back = json_out(run_here("ingest", str(notes), "--instead-of", str(copy), "--json",
                             db=db))  # the other way round
    assert [c["folder"] for c in back["copies_set_aside"]] == [str(copy.resolve())]
    assert list(_facts_by_folder(db)) == [str(notes.resolve())]


def test_a_folder_sharing_a_file_name_but_no_text_is_no_copy(tmp_path):
    notes, db = _notes(tmp_path), tmp_path / "s.db"
    run_here("ingest", str(notes), db=db)
    other = tmp_path / "course-b"
    (other / "compute").mkdir(parents=True)
    (other / "sqs.md").write_text("# SQS\n\n- long polling wait time max 20 seconds\n")
    (other / "compute" / "lambda.md").write_text("# Lambda\n\n- max layers 5\n")
    report = json_out(run_here("ingest", str(other), "--json", db=db))
    assert report["copies_set_aside"] == [] and report["removed"] == []
    assert report["copies_found"] == []  # a shared name with other text is no copy
    assert set(_facts_by_folder(db)) == {str(notes.resolve()), str(other.resolve())}


def test_two_folders_named_in_one_ingest_are_both_kept(tmp_path):
    notes, db = _notes(tmp_path), tmp_path / "s.db"
    copy = tmp_path / "aws-notes-v2"
    shutil.copytree(notes, copy)
    run_here("ingest", str(notes), db=db)
    report = json_out(run_here("ingest", str(notes), str(copy), "--json", db=db))
    assert report["copies_set_aside"] == []  # the student asked for both, at once
    assert set(_facts_by_folder(db)) == {str(notes.resolve()), str(copy.resolve())}


def _exam_folder(root, name: str, sqs: str, template: str):
    """One folder per exam, as a student keeps them: the same file names, a template copied
    into each byte for byte, the notes themselves different."""
    folder = root / name
    folder.mkdir()
    (folder / "README.md").write_text(template)
    (folder / "sqs.md").write_text(sqs)
    return folder


TEMPLATE = "# Notes\n\nOne file per service; a line per fact.\n"


def test_a_folder_per_exam_sharing_names_and_a_template_is_never_set_aside(tmp_path):
    db = tmp_path / "s.db"
    saa = _exam_folder(tmp_path, "saa", SQS, TEMPLATE)
    dva = _exam_folder(tmp_path, "dva", "# SQS\n\n- long polling wait time max 20 seconds\n",
                       TEMPLATE)
    run_here("ingest", str(saa), db=db)
    report = json_out(run_here("ingest", str(dva), "--json", db=db))
    assert report["copies_set_aside"] == [] and report["removed"] == []
    assert report["copies_found"] == []  # not said to be a copy either: nothing is taught twice
    assert set(_facts_by_folder(db)) == {str(saa.resolve()), str(dva.resolve())}
    found = json_out(run_here("lookup", "sqs max message size", "--json", db=db))
    # the first exam's notes are still taught
    assert found and found[0]["attribute"] == "message size" and found[0]["source"] == "sqs.md"


def test_a_folder_per_course_with_one_identical_note_of_two_is_kept(tmp_path):
    db = tmp_path / "s.db"
    a = _exam_folder(tmp_path, "course-a", SQS, TEMPLATE)
    (a / "lambda.md").write_text(LAMBDA)
    b = _exam_folder(tmp_path, "course-b", "# SQS\n\n- max receive count 1000\n", TEMPLATE)
    (b / "lambda.md").write_text(LAMBDA)  # the same Lambda notes, shared by both courses
    run_here("ingest", str(a), db=db)
    report = json_out(run_here("ingest", str(b), "--json", db=db))
    assert report["copies_set_aside"] == [] and report["removed"] == []
    # kept, but said: the template (which the parser reads a fact from) and the Lambda note
    # are the same text, two of the three names shared, so the Lambda notes are taught twice
    assert [(c["folder"], c["same_names"], c["same_texts"]) for c in report["copies_found"]] \
        == [(str(a.resolve()), 3, 2)]
    assert set(_facts_by_folder(db)) == {str(a.resolve()), str(b.resolve())}


def test_an_exact_copy_is_kept_and_said_with_the_command_that_sets_the_older_aside(tmp_path):
    notes, db = _notes(tmp_path), tmp_path / "s.db"
    run_here("ingest", str(notes), db=db)
    copy = tmp_path / "aws-notes-v2"
    shutil.copytree(notes, copy)
    report = json_out(run_here("ingest", str(copy), "--json", db=db))
    assert report["copies_set_aside"] == [] and report["removed"] == []
    assert report["copies_found"] == [{"folder": str(notes.resolve()),
                                       "copy": str(copy.resolve()), "notes": 2,
                                       "same_names": 2, "same_texts": 2}]
    assert set(_facts_by_folder(db)) == {str(notes.resolve()), str(copy.resolve())}
    (copy / "extra.md").write_text("# SNS\n\n- max message size 256 KB\n")
    out = run_here("ingest", str(copy), env={"COLUMNS": "300"}, db=db)
    said = " ".join(out.stdout.split())
    assert f"{copy.resolve()} looks like a copy of {notes.resolve()}" in said
    assert f"`studycli ingest {copy.resolve()} --instead-of {notes.resolve()}`" in said


def test_instead_of_a_folder_never_ingested_sets_nothing_aside_and_says_so(tmp_path):
    notes, db = _notes(tmp_path), tmp_path / "s.db"
    run_here("ingest", str(notes), db=db)
    other = tmp_path / "other"
    other.mkdir()
    (other / "sns.md").write_text("# SNS\n\n- max message size 256 KB\n")
    report = json_out(run_here("ingest", str(other), "--instead-of", str(tmp_path / "nowhere"),
                               "--json", db=db))
    assert report["copies_set_aside"] == [] and report["removed"] == []
    assert any("--instead-of" in w and "nothing set aside" in w for w in report["warnings"])
    assert set(_facts_by_folder(db)) == {str(notes.resolve()), str(other.resolve())}


def test_instead_of_the_folder_being_ingested_or_its_parent_sets_nothing_aside(tmp_path):
    notes, db = _notes(tmp_path), tmp_path / "s.db"
    run_here("ingest", str(notes), db=db)
    for named in (notes, tmp_path):
        report = json_out(run_here("ingest", str(notes), "--instead-of", str(named), "--json",
                                   db=db))
        assert report["copies_set_aside"] == [] and report["removed"] == []
        assert any("apart from the folders ingested now" in w for w in report["warnings"])
    assert list(_facts_by_folder(db)) == [str(notes.resolve())]
