"""A UTF-8 note with one line pasted from a Windows program (bytes that are not UTF-8) keeps
its other lines as written: the whole file was decoded as Windows-1252, which turned every
"—", "≤" and zero-width space of the note into mojibake stuck to the words beside it ("â€‹Lambda"
is no service name, and a new user's Lambda timeout was filed under the heading's service)."""

from __future__ import annotations

from studycli.ingest import ingest_paths
from studycli.store.db import connect
from studycli.store.facts import list_facts


def test_only_the_bytes_that_are_not_utf8_are_read_as_windows_1252(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    text = ("# Kinesis\n\n- retention default 24 h \u2014 max 365 days\n"
            "- caf\u00e9 notes\n- \u200bLambda timeout 900 s\n")
    data = text.encode("utf-8").replace("caf\u00e9".encode("utf-8"), b"caf\xe9")
    (notes / "mixed.md").write_bytes(data)
    report = ingest_paths(connect(tmp_path / "a.db"), [notes])
    assert any("mixed.md:4: not UTF-8" in w for w in report.warnings)
    facts = list_facts(connect(tmp_path / "a.db"))
    lambda_ = [f for f in facts if f.attribute and "timeout" in f.attribute]
    assert lambda_ and all(f.service == "Lambda" for f in lambda_)
    with connect(tmp_path / "a.db").conn as conn:
        lines = [t for (t,) in conn.execute(
            "SELECT text FROM note_lines WHERE source = 'mixed.md'")]
    assert any("\u2014 max 365 days" in t for t in lines)
    assert any("caf\u00e9" in t for t in lines)
