"""Parse → store → load gives back exactly the facts the parser made (one per id: the same key
and value twice in one note is one fact, the first line wins), every field intact."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from studycli.extract import parse_note
from studycli.model import Kind
from studycli.store.db import connect
from studycli.store.exams import all_facts
from studycli.store.facts import replace_source
from tests.helpers import examples

from .test_parser_properties import note_text


def _first_per_id(facts):
    out = {}
    for fact in facts:
        out.setdefault(fact.id, fact)
    return out


@settings(max_examples=examples(60), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(text=note_text)
def test_parse_store_load_round_trips(tmp_path, text):
    db = connect(tmp_path / "roundtrip.db")
    try:
        note = parse_note(text, "n.md")
        replace_source(db, note, "sha")
        loaded = {f.id: f for f in all_facts(db)}
        assert loaded == _first_per_id(note.facts)
        assert all(type(f.kind) is Kind for f in loaded.values())
    finally:
        db.conn.close()


def test_round_trip_keeps_a_shipped_note(tmp_path):
    from .helpers import CONTENT

    path = sorted(CONTENT.iterdir())[0]
    note = parse_note(path.read_text(encoding="utf-8"), path.name)
    db = connect(tmp_path / "shipped.db")
    replace_source(db, note, "sha")
    loaded = {f.id: f for f in all_facts(db)}
    assert len(loaded) > 100
    assert loaded == _first_per_id(note.facts)
