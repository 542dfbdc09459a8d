"""After an ingest the objects it left alive count as old (extract/collector.py, as_old): with
the cyclic collector paused they piled up in the young generations, and the first young
collection after the pause scanned them all at the end of every ingest."""

from __future__ import annotations

import gc

from studycli.ingest import ingest_paths
from studycli.store.db import connect


def test_an_ingest_leaves_the_young_generations_empty(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    for n in range(20):
        (notes / f"n{n}.md").write_text(f"## SQS\n- max message size {n + 1} KB\n"
                                        f"- retention default {n + 1} days, max 14 days\n",
                                        encoding="utf-8")
    db = connect(tmp_path / "s.db")
    try:
        gc.disable()  # no collection between the ingest and the count below
        try:
            report = ingest_paths(db, [notes])
            young = len(gc.get_objects(generation=0)) + len(gc.get_objects(generation=1))
        finally:
            gc.enable()
    finally:
        db.conn.close()
    assert report.facts >= 20
    assert young < 2000  # without: every object the ingest made, tens of thousands


def test_a_parse_leaves_the_young_generations_empty():
    from studycli.extract import parse_note

    text = "".join(f"## SQS\n- max message size {n + 1} KB, retention {n + 1} days\n"
                   for n in range(200))
    gc.collect()
    assert gc.isenabled()
    note = parse_note(text, "n.md")
    young = len(gc.get_objects(generation=0)) + len(gc.get_objects(generation=1))
    assert note.facts
    assert young < 2000  # without: every object the parse left alive
