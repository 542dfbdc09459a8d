"""A folder's text files of types studycli has no converter for (LaTeX, YAML, INI...) are
read as plain text and named in a warning; binary files and machine formats are passed over
in silence; nothing outside the folder is opened to find out."""

from __future__ import annotations

import os

from studycli.ingest import ingest_paths
from studycli.store.db import connect


def _ingest(folder, tmp_path):
    db = connect(tmp_path / "s.db")
    return db, ingest_paths(db, [folder])


def test_text_files_of_other_types_are_read_and_named(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "a.md").write_text("Lambda max timeout is 15 minutes.\n")
    (notes / "s3.tex").write_text("\\section{S3}\nThe maximum object size is 5 TB.\n")
    (notes / "quotas.yaml").write_text("sqs:\n  retention max: 14 days\n")
    db, report = _ingest(notes, tmp_path)
    read = sorted(s["path"] for s in report.sources)
    assert read == ["a.md", "quotas.yaml", "s3.tex"]
    assert any("read 2 files of other types as notes (quotas.yaml, s3.tex)" in w
               for w in report.warnings), report.warnings
    rows = db.conn.execute("select source, value from facts").fetchall()
    assert ("s3.tex", "5 TB") in {(r[0], r[1]) for r in rows}


def test_binary_and_machine_files_pass_in_silence(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "a.md").write_text("SQS max message size is 256 KB.\n")
    (notes / "diagram.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (notes / "board.excalidraw").write_text('{"elements": [{"text": "timeout 15 min"}]}')
    (notes / "events.jsonl").write_text('{"timeout": "15 min"}\n')
    (notes / "empty.cfg").write_text("")
    (notes / "archive.gz").write_bytes(b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03")
    db, report = _ingest(notes, tmp_path)
    assert [s["path"] for s in report.sources] == ["a.md"]
    assert not any("plain text" in w for w in report.warnings), report.warnings


def test_a_pipe_of_unknown_type_does_not_block_the_walk(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "a.md").write_text("SNS max message size is 256 KB.\n")
    os.mkfifo(notes / "incoming")
    db, report = _ingest(notes, tmp_path)
    assert [s["path"] for s in report.sources] == ["a.md"]


def test_a_link_out_of_the_folder_is_not_opened_to_sniff_it(tmp_path, monkeypatch):
    import studycli.ingest as ingest

    sniffed: list[str] = []
    real = ingest._looks_like_text
    monkeypatch.setattr(ingest, "_looks_like_text", lambda p: sniffed.append(p.name) or real(p))
    secret = tmp_path / "secret.conf"
    secret.write_text("password = hunter2 with 15 minutes timeout\n")
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "a.md").write_text("SNS max message size is 256 KB.\n")
    (notes / "linked.conf").symlink_to(secret)
    db, report = _ingest(notes, tmp_path)
    assert [s["path"] for s in report.sources] == ["a.md"]
    assert any("linked.conf: skipped, a symbolic link out of" in w for w in report.warnings)
    assert sniffed == []


def test_windows_1252_text_of_another_type_is_read_with_the_usual_warning(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "s3.tex").write_bytes("S3 caf\xe9 notes: max object size is 5 TB.\n".encode("cp1252"))
    db, report = _ingest(notes, tmp_path)
    assert [s["path"] for s in report.sources] == ["s3.tex"]
    assert any("not UTF-8; read as Windows-1252" in w for w in report.warnings), report.warnings


def test_binary_files_are_counted_in_one_line(tmp_path):
    """A new user's folder with sub/blob.bin said nothing of it, while the README said both
    "passed over" and "skipped with a warning": a folder's binary files (by type or by a NUL
    byte) are passed over and counted in one line, never a warning each."""
    notes = tmp_path / "notes"
    (notes / "sub").mkdir(parents=True)
    (notes / "a.md").write_text("SQS max message size is 256 KB.\n")
    (notes / "sub" / "blob.bin").write_bytes(b"\x00\x01\x02")
    (notes / "data.dat").write_bytes(b"x\x00y")  # no known type: binary by its bytes
    for n in range(5):
        (notes / f"shot{n}.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00")
    (notes / "events.jsonl").write_text('{"timeout": "15 min"}\n')  # machine text: its own line
    db, report = _ingest(notes, tmp_path)
    assert [s["path"] for s in report.sources] == ["a.md"]
    binary = [w for w in report.warnings if "binary data" in w]
    assert len(binary) == 1, report.warnings
    assert "passed over 7 files of binary data (data.dat, shot0.png, shot1.png and 4 more)" \
        in binary[0]
    assert not any("events.jsonl" in w for w in binary)


def test_an_unreadable_document_names_every_type_that_is_read(tmp_path):
    """The warning for notes.pdf listed .adoc ... .xhtml but not .json, .yaml, .tex or .py,
    which are read: the list comes from the converters' registry."""
    from studycli.formats import CONVERTERS

    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "a.md").write_text("SQS max message size is 256 KB.\n")
    (notes / "notes.pdf").write_bytes(b"%PDF-1.4")
    db, report = _ingest(notes, tmp_path)
    said = next(w for w in report.warnings if "notes.pdf" in w)
    for suffix in [".md", ".txt", ".json", ".yaml", ".tex", ".py", ".ipynb", *CONVERTERS]:
        if not CONVERTERS.get(suffix, ("", ""))[0].endswith(("code_comments",
                                                               "code_constants")) \
                or suffix == ".py":
            assert f"{suffix}," in said or f"{suffix} " in said, (suffix, said)
    assert "source code" in said
