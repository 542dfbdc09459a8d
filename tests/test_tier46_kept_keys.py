"""The kept work's keys cost less on an ingest's fixed path (session 46, tier46): a database
with no card sync kept works its key out once, after the sync, not also before it to compare
with nothing; and the real path a kept file and a key name their database by is worked out
once per path within paths.files_seen_once (an ingest's hooks), not some eight times. What
the keys are is unchanged."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from studycli import kept, paths
from studycli.ingest import ingest_paths
from studycli.store.db import connect


def _note(folder: Path, text: str) -> Path:
    notes = folder / "notes"
    notes.mkdir(exist_ok=True)
    (notes / "n.md").write_text(text, encoding="utf-8")
    return notes


def _keys_counted(monkeypatch) -> list[str]:
    calls: list[str] = []
    real = kept._cards_key

    def counted(part, conn):
        key = real(part, conn)
        calls.append(key)
        return key

    monkeypatch.setattr(kept, "_cards_key", counted)
    return calls


def test_a_new_database_s_cards_key_is_worked_out_once(tmp_path, monkeypatch):
    keys = _keys_counted(monkeypatch)
    db = connect(tmp_path / "s.db")
    ingest_paths(db, [_note(tmp_path, "## SQS\n\n- Max message size is 256 KB\n")])
    assert len(keys) == 1  # after the sync, to keep: nothing kept to compare it with before
    assert kept.load("cards", db.path, keys[0]) is not None


def test_a_kept_sync_is_still_compared_and_skipped_when_nothing_changed(tmp_path, monkeypatch):
    notes = _note(tmp_path, "## SQS\n\n- Max message size is 256 KB\n")
    db = connect(tmp_path / "s.db")
    ingest_paths(db, [notes])
    keys = _keys_counted(monkeypatch)
    cards = db.conn.execute("SELECT count(*) FROM cards").fetchone()[0]
    assert kept.when_cards_changed(lambda *_: 1 / 0)(db) == {
        "added": 0, "revived": 0, "missing": 0}  # the kept key matched: no sync run
    assert len(keys) == 1
    (notes / "n.md").write_text("## SQS\n\n- Max message size is 1 MiB\n- Retention default "
                                "is 4 days\n", encoding="utf-8")
    ingest_paths(db, [notes])
    assert len(keys) == 3  # compared before (kept: a different key), kept again after
    assert db.conn.execute("SELECT count(*) FROM cards").fetchone()[0] > cards


def test_the_real_path_is_worked_out_once_per_path_within_a_block(tmp_path, monkeypatch):
    real = tmp_path / "real"
    real.mkdir()
    (tmp_path / "link").symlink_to(real)
    asked: list[str] = []
    db_path = tmp_path / "link" / "s.db"
    # the same name as the database's resolved path gives, links followed
    expected = hashlib.sha256(str(db_path.resolve()).encode()).hexdigest()[:16]
    assert str(db_path.resolve()) == str(real / "s.db")
    realpath = os.path.realpath
    monkeypatch.setattr(os.path, "realpath", lambda p, **kw: asked.append(p) or realpath(p, **kw))
    with paths.files_seen_once():
        names = {kept.db_name(db_path) for _ in range(3)}
    assert len(asked) == 1
    assert names == {expected}
    kept.db_name(db_path)
    kept.db_name(db_path)
    assert len(asked) == 3  # outside a block every call looks again


def test_a_relative_path_asked_again_from_another_folder_is_looked_up_again(tmp_path,
                                                                             monkeypatch):
    """"s.db" asked from folder A, then from folder B, within one block names each folder's own
    database (kept by the text as given, both named A's)."""
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    monkeypatch.chdir(first)
    with paths.files_seen_once():
        here = paths.real_path("s.db")
        monkeypatch.chdir(second)
        there = paths.real_path("s.db")
    assert here != there and there.startswith(os.path.realpath(second))
