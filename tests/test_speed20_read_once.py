"""A text said again in the same context is read once a note (extract/limits.py): each line
saying it still gets facts of its own (its line number and snippet), the same facts as read
afresh, and nothing read is carried into the next note."""

from __future__ import annotations

from studycli.extract import parse_note

TABLE = """## SQS

| Setting | Default | Limit |
|---|---|---|
| Visibility timeout | 30 seconds | 12 hours |
| Message size | 256 KB | 256 KB |

## SNS

| Setting | Default | Limit |
|---|---|---|
| Message size | 256 KB | 256 KB |
"""


def _facts(note) -> list[tuple]:
    return [(f.service, f.attribute, f.qualifier, f.value, f.line, f.snippet, f.source)
            for f in note.facts]


def test_a_repeated_line_has_facts_of_its_own_line() -> None:
    text = "## Lambda\n\n- timeout max 900 seconds\n- memory up to 10240 MB\n" \
           "- timeout max 900 seconds\n"
    facts = parse_note(text, "a.md").facts
    timeouts = [f for f in facts if f.number == 900]
    assert [f.line for f in timeouts] == [3, 5]
    assert all(f.snippet == "- timeout max 900 seconds" for f in timeouts)
    assert {(f.service, f.attribute, f.qualifier, f.value) for f in timeouts} == {
        ("Lambda", "execution timeout", "max", "900 s")}


def test_repeated_cells_read_as_when_read_alone() -> None:
    both = _facts(parse_note(TABLE, "t.md"))
    sns_alone = TABLE[TABLE.index("## SNS"):]
    offset = TABLE[:TABLE.index("## SNS")].count("\n")
    alone = [(*f[:4], f[4] + offset, *f[5:]) for f in _facts(parse_note(sns_alone, "t.md"))]
    assert alone and all(f in both for f in alone)
    assert any(f[0] == "SQS" and f[3] == "256 KB" for f in both)


def test_nothing_read_is_kept_into_the_next_note() -> None:
    parse_note(TABLE, "first.md")
    again = parse_note(TABLE, "second.md")
    assert again.facts and {f.source for f in again.facts} == {"second.md"}
