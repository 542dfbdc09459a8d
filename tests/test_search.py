"""`studycli search` reads every note line, numbered as the facts are."""
def test_search_numbers_lines_as_the_parser_does(tmp_path):
    """A line separator inside a line (U+2028) does not shift search's line numbers away from
    the facts' (both split on newlines only)."""
    from studycli.ingest import ingest_paths
    from studycli.store.db import connect
    from studycli.store.facts import list_facts

    note = tmp_path / "n.md"
    note.write_text("## SQS\nintro\u2028still line two\n- max message size 256 KB\n",
                    encoding="utf-8")
    db = connect(tmp_path / "s.db")
    ingest_paths(db, [note])
    fact_line = next(f.line for f in list_facts(db) if f.attribute == "message size")
    row = db.conn.execute("SELECT line FROM note_lines WHERE text LIKE '%256 KB%'").fetchone()
    assert row[0] == fact_line == 3
