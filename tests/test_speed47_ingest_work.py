"""An ingest's hooks do less of the same work (issue 12): the unasked cards are decided by the
checks that decide them, without writing each card's question, and the reference's stamps are
worked out once per block of files seen once."""

import shutil

import pytest

from studycli import paths
from studycli.questions import build
from studycli.questions.pool import FactPool
from studycli.questions.unasked import unasked_cards
from studycli.store.cards import ACTIVE, VOUCHED_FACT
from studycli.store.db import connect

SQS = ("## Amazon SQS\n\n- Visibility timeout default is 30 seconds, max 12 hours\n"
       "- Max message size is 256 KB\n- Retention 4 days default, max 14 days\n"
       "- Long polling wait time max 20 seconds\n")


@pytest.fixture
def few_samples_db(few_samples_db_file, tmp_path):
    db = tmp_path / "samples.db"
    shutil.copyfile(few_samples_db_file, db)
    store = connect(db)
    yield store
    store.conn.close()


def test_a_card_makes_a_question_exactly_where_its_question_is_prepared(few_samples_db):
    """makes_a_question says of every card type of every fact what _prepared's None says,
    on notes with outdated, vouched and unvouched facts alike. The types are every type any
    fact of any kind can have (candidate_card_types, of every fact), not a list written here:
    one written by hand once named a "mode" type that does not exist and never compared the
    invocation cards ("S3 invokes Lambda asynchronously")."""
    from studycli.questions.build import _prepared, candidate_card_types, makes_a_question

    pool = FactPool.load(few_samples_db)
    types = {t for fact in pool.facts for t in candidate_card_types(fact)}
    assert {"recall", "choice", "default", "range", "code_to_meaning", "meaning_to_code",
            "invocation"} <= types  # every kind of card is on these notes
    said = {}
    for fact in pool.facts:
        for card_type in sorted(types):
            said[fact.id, card_type] = makes_a_question(fact, card_type, pool)
            assert said[fact.id, card_type] == (_prepared(fact, card_type, pool) is not None), \
                (fact.service, fact.attribute, fact.value, card_type)
    assert True in said.values() and False in said.values()  # both answers were given
    asked_types = {t for (_, t), asked in said.items() if asked}
    assert "invocation" in asked_types  # an invocation card was compared and is asked


def test_the_unasked_cards_are_decided_without_writing_a_question(few_samples_db, monkeypatch):
    """The ingest hook finds the cards unasked that build_question makes nothing of (worked
    out here the slow way, by preparing every card's question), without writing any
    question's stem or explanation (about half of its work on a short note). The few-samples
    notes have unasked cards: an empty list on both sides would prove nothing."""
    pool = FactPool.load(few_samples_db)
    prepared_none = []
    for card_id, service, subject, attribute, qualifier, card_type in few_samples_db.conn.execute(
            "SELECT id, service, subject, attribute, qualifier, card_type FROM cards "
            f"WHERE {ACTIVE} AND card_type != 'compare' AND {VOUCHED_FACT}"):
        fact = pool.first((service, subject, attribute, qualifier))
        if fact is None or build._prepared(fact, card_type, pool) is None:
            prepared_none.append(card_id)
    assert prepared_none  # the notes have cards that make no question

    def written(*args, **kwargs):
        raise AssertionError("a question was written to decide whether it is asked")

    monkeypatch.setattr(build, "_asked_stem", written)
    monkeypatch.setattr(build, "note_quote", written)
    assert sorted(unasked_cards(few_samples_db)) == sorted(prepared_none)
    recorded = few_samples_db.conn.execute("SELECT card_id FROM cards_unasked").fetchall()
    assert sorted(r[0] for r in recorded) == sorted(prepared_none)  # as the ingest recorded


def test_the_ingest_hook_writes_no_question(tmp_path, monkeypatch):
    """A whole ingest, its unasked-cards hook included, writes no question."""
    (tmp_path / "n.md").write_text(SQS, encoding="utf-8")

    def written(*args, **kwargs):
        raise AssertionError("a question was written during an ingest")

    monkeypatch.setattr(build, "_asked_stem", written)
    monkeypatch.setattr(build, "note_quote", written)
    store = connect(tmp_path / "s.db")
    from studycli.ingest import ingest_paths

    ingest_paths(store, [tmp_path / "n.md"])
    assert store.conn.execute("SELECT count(*) FROM cards").fetchone()[0]
    store.conn.close()


def test_reference_stamps_are_worked_out_once_a_block_and_again_after(tmp_path, monkeypatch):
    folder = tmp_path / "reference"
    folder.mkdir()
    for name in ("a.toml", "b.toml", "c.py"):
        (folder / name).write_text(name, encoding="utf-8")
    stamped = []
    real = paths.file_stamp

    def counted(path):
        stamped.append(path)
        return real(path)

    monkeypatch.setattr(paths, "file_stamp", counted)
    outside = paths.reference_stamps(folder)
    assert [name for name, *_ in outside] == ["a.toml", "b.toml"]
    with paths.files_seen_once():
        stamped.clear()
        first = paths.reference_stamps(folder)
        assert len(stamped) == 2
        assert paths.reference_stamps(folder) == first == outside
        assert paths.reference_stamps(str(folder)) == first  # a path as a string alike
        assert len(stamped) == 2  # not looked at again within the block
        assert [name for name, *_ in paths.reference_stamps(folder, ".py")] == ["c.py"]
        with paths.files_seen_once():  # nested: the outer block's look
            assert paths.reference_stamps(folder) == first
        assert len(stamped) == 3
    (folder / "d.toml").write_text("d", encoding="utf-8")
    with paths.files_seen_once():  # a new block looks again
        assert [name for name, *_ in paths.reference_stamps(folder)] == \
            ["a.toml", "b.toml", "d.toml"]
    assert [name for name, *_ in paths.reference_stamps(folder)] == \
        ["a.toml", "b.toml", "d.toml"]
