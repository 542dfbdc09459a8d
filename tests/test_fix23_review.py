"""Review of attrib33b and quiz23b (session 23): an edited note whose facts take their service
from its file name, moved with its folder or named on its own from a new place, is still the
note (no stale copy kept beside the edit, cited as a conflict with it); a plain --cram tells
of no misses."""

from __future__ import annotations

import sqlite3

from tests.helpers import json_out, run_here

LAMBDA = ("- max timeout 15 minutes\n- memory up to 10240 MB\n- /tmp up to 10 GB\n"
          "- env vars 4 KB total\n")


def _sources(db) -> set[str]:
    with sqlite3.connect(db) as conn:
        return {path for (path,) in conn.execute("SELECT path FROM sources")}


def test_an_edited_note_named_for_its_service_moves_with_its_renamed_folder(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "lambda.txt").write_text(LAMBDA, encoding="utf-8")
    db = tmp_path / "l.db"
    run_here("ingest", str(notes), db=db)
    notes.rename(tmp_path / "aws")
    edited = tmp_path / "aws" / "lambda.txt"
    edited.write_text(LAMBDA.replace("10240 MB", "3008 MB") + "- layers max 5\n",
                      encoding="utf-8")
    report = json_out(run_here("ingest", str(tmp_path / "aws"), "--json", db=db))
    assert report["folders_missing"] == []
    assert len(_sources(db)) == 1
    assert report["conflicts"] == 0
    assert "3008 MB" in run_here("lookup", "lambda max memory", db=db).stdout


def test_a_note_named_on_its_own_then_moved_and_edited_is_still_one_note(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    sqs = ("# SQS\n- max message size 256 KB\n- retention max 14 days\n"
           "- visibility timeout max 12 hours\n")
    (tmp_path / "a" / "sqs.md").write_text(sqs, encoding="utf-8")
    db = tmp_path / "s.db"
    run_here("ingest", str(tmp_path / "a" / "sqs.md"), db=db)
    (tmp_path / "a" / "sqs.md").unlink()
    (tmp_path / "b" / "sqs.md").write_text(sqs.replace("256 KB", "1 MiB"), encoding="utf-8")
    report = json_out(run_here("ingest", str(tmp_path / "b" / "sqs.md"), "--json", db=db))
    assert len(_sources(db)) == 1
    assert report["conflicts"] == 0


def test_a_plain_cram_tells_of_no_misses(shipped_copy):
    # the shipped notes' S3 cards include some that make no question: a --missed session
    # counts those among its misses, a plain --cram never missed them
    out = run_here("quiz", "--cram", "--service", "S3", db=shipped_copy, input="q\n").stdout
    assert "missed" not in out.lower()


def test_a_suspended_card_whose_line_is_gone_counts_as_missing_in_stats_as_in_cards(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "sqs.md").write_text("# SQS\n- max message size 256 KB\n- retention max 14 days\n",
                                  encoding="utf-8")
    db = tmp_path / "m.db"
    run_here("ingest", str(notes), db=db)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE cards SET suspended = 1")  # the student suspended them all
    (notes / "sqs.md").write_text("# SQS\n- retention max 14 days\n", encoding="utf-8")
    run_here("ingest", str(notes), db=db)
    with sqlite3.connect(db) as conn:
        gone = conn.execute("SELECT count(*) FROM cards WHERE missing != 0").fetchone()[0]
        kept = conn.execute("SELECT count(*) FROM cards WHERE missing = 0").fetchone()[0]
    assert gone and kept
    stats = json_out(run_here("stats", "--json", db=db))
    assert stats["missing"] == gone and stats["suspended"] == kept


def _verdicts(tmp_path, note: str) -> dict[int, str]:
    notes = tmp_path / "v"
    notes.mkdir()
    (notes / "n.md").write_text(note, encoding="utf-8")
    done = run_here("check", str(notes), "--json", db=tmp_path / "v.db")
    import json

    found = json.loads(done.stdout) if done.stdout.strip() else []
    return {x["line"]: x["verdict"] for x in found}


def test_a_maximum_right_for_a_scope_the_entry_names_is_not_told_wrong(tmp_path):
    # reviewer of check23d: AWS's own figures for another scope (SQL Server with more volumes,
    # an unzipped package) were told WRONG beside the AWS text that agreed with them
    verdicts = _verdicts(tmp_path, "# RDS\n- RDS storage size: max 256 TiB for RDS for SQL "
                         "Server with additional storage volumes\n\n# Lambda\n- Lambda "
                         "deployment package size: max 250 MB unzipped\n\n# SQS\n- SQS "
                         "visibility timeout max 24 hours\n")
    assert verdicts.get(2) != "wrong" and verdicts.get(5) != "wrong"
    assert verdicts[8] == "wrong"  # above anything AWS allows: still WRONG
