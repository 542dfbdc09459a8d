"""An ingest reads the notes recorded (and the shipped samples' folders among them) once
for the samples it sets aside and the copies it looks for alike, before storing its notes
(studycli.copied_folders.RecordedSources); its keys' samples look is the other read counted
here (gone_notes.orphaned reads the table a third time, in another column order)."""

from __future__ import annotations

from studycli.ingest import IngestReport, ingest_paths
from studycli.store.db import connect

SQS = "# SQS\n- max message size 256 KB\n- visibility timeout default 30 s\n"
LAMBDA = "# Lambda\n- timeout max 15 min\n"
# the two reads the copies and the samples set aside need (sample_folders, copied_folders)
_SAMPLES = "SELECT folder, sha256 FROM sources"
_RECORDED = "SELECT path, folder, file, sha256, facts FROM sources"


def _folder(root, name):
    folder = root / name
    folder.mkdir()
    (folder / "sqs.md").write_text(SQS, encoding="utf-8")
    (folder / "lambda.md").write_text(LAMBDA, encoding="utf-8")
    return folder


def _reads(db, paths) -> tuple[list[str], IngestReport]:
    seen: list[str] = []
    db.conn.set_trace_callback(seen.append)
    report = ingest_paths(db, paths)
    db.conn.set_trace_callback(None)
    return [s for s in seen if s.startswith((_SAMPLES, _RECORDED))], report


def test_the_notes_recorded_are_read_once_for_copies_and_samples(tmp_path):
    db = connect(tmp_path / "x.db")
    ingest_paths(db, [_folder(tmp_path, "a")])
    reads, report = _reads(db, [_folder(tmp_path, "b")])
    # the keys' samples look (which names the notes are stored by) and RecordedSources
    assert len(reads) == 2, reads
    assert sum(r.startswith(_RECORDED) for r in reads) == 1, reads
    # and what they serve still works: b is a's copy, said
    assert [c["folder"] for c in report.copies_found] == [str((tmp_path / "a").resolve())]


def test_a_note_named_alone_reads_them_once_too(tmp_path):
    # no folder walked whole: no copy looked for, the samples still asked (once)
    db = connect(tmp_path / "x.db")
    ingest_paths(db, [_folder(tmp_path, "a")])
    reads, report = _reads(db, [_folder(tmp_path, "b") / "sqs.md"])
    assert len(reads) == 2, reads
    assert report.copies_found == []
