"""No escape byte from a note or a file name reaches a file studycli writes for people to
read: the printable exam (exam --export), the CSV, Markdown and Anki decks, the progress file.
A student who `cat`s one must not get a cleared screen or a clipboard write (OSC 52)."""

from __future__ import annotations

import re
import sqlite3
import zipfile

from .helpers import run_here

# C0 controls but newline, tab and CR (CSV rows end in CRLF), DEL, C1, bidi controls
UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
EVIL = "\x1b[2J\x1b]0;pwned\x07\x1b]52;c;ZXZpbA==\x07\x9b31m\u202e"


def _notes(folder):
    folder.mkdir()
    (folder / f"sqs{EVIL[:4]}.md").write_text(
        f"# SQS {EVIL}\n- SQS max message size 256 KB {EVIL} and more\n"
        f"- SQS visibility timeout default 30 seconds {EVIL}\n"
        "- Lambda max timeout 900 seconds\n", encoding="utf-8")


def test_exported_files_hold_no_escape_byte(tmp_path):
    _notes(tmp_path / "notes")
    db = tmp_path / "s.db"
    assert run_here("ingest", str(tmp_path / "notes"), db=db).returncode == 0
    out = {name: tmp_path / name for name in ("exam.md", "deck.csv", "deck.md", "deck.apkg",
                                             "progress.jsonl")}
    for args in (["exam", "--export", str(out["exam.md"]), "--as-written", "--seed", "1"],
                 ["export", "csv", str(out["deck.csv"])],
                 ["export", "markdown", str(out["deck.md"])],
                 ["export", "anki", str(out["deck.apkg"])],
                 ["progress", "export", str(out["progress.jsonl"])]):
        done = run_here(*args, db=db)
        assert done.returncode == 0, (args, done.stderr)
    texts = {name: path.read_text(encoding="utf-8") for name, path in out.items()
             if name != "deck.apkg"}
    assert "256 KB" in texts["deck.csv"] and "256 KB" in texts["exam.md"]
    with zipfile.ZipFile(out["deck.apkg"]) as package:
        package.extract("collection.anki2", tmp_path / "anki")
    conn = sqlite3.connect(tmp_path / "anki" / "collection.anki2")
    # Anki separates a note's fields with \x1f: its own, never a note's
    texts["deck.apkg"] = " ".join(f.replace("\x1f", " ") for (f,) in
                                  conn.execute("SELECT flds FROM notes"))
    conn.close()
    for name, text in texts.items():
        assert not UNSAFE.search(text), (name, UNSAFE.findall(text)[:5])
