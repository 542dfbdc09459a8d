"""`compare --drill`'s recap of the rows missed is a part of the table: it told a student who
had just been asked three rows that the notes hold "only these 2 aspects" for the pair."""

from __future__ import annotations

from .helpers import run_here

NOTE = """# SQS vs SNS

| aspect | SQS | SNS |
|---|---|---|
| delivery model | pull by consumers | push to subscribers |
| consumers per message | one consumer | many subscribers |
| persistence | kept up to 14 days | not kept |
"""


def test_the_missed_rows_recap_does_not_count_the_notes_aspects(tmp_path):
    notes, db = tmp_path / "notes", tmp_path / "s.db"
    notes.mkdir()
    (notes / "a.md").write_text(NOTE)
    run_here("ingest", str(notes), db=db)
    out = " ".join(run_here("compare", "sqs", "sns", "--drill", "--seed", "1",
                            input="1\n1\n1\n", env={"COLUMNS": "200"}, db=db).stdout.split())
    assert "Rows to look at again" in out and "Score: 0/3" not in out  # one or two missed
    assert "/3" in out and "little else to compare" not in out
    assert "aspects have a value for both" not in out and "this aspect has" not in out
