"""An ingest's fixed costs, those that do not depend on the notes: the keys of its kept work
(the card sync's, the unasked cards', the check's stamp, the reference's cache) each read the
same files of code, data and the AWS reference. Each is stat'd once an ingest, and the keys
say what they said when every key took its own look."""

from __future__ import annotations

import collections
import os

import pytest

from studycli import kept, paths
from studycli.ingest import ingest_paths
from studycli.store.db import connect


def _stats_during(fn) -> collections.Counter:
    """How many times each file under studycli's package, data or reference was stat'd while
    `fn` ran (os.stat, by path)."""
    counted: collections.Counter = collections.Counter()
    real = os.stat
    roots = (os.path.dirname(kept.__file__), os.fspath(paths.data_dir()))

    def stat(path, *args, **kwargs):
        name = os.fspath(path)
        if isinstance(name, str) and name.startswith(roots):
            counted[name] += 1
        return real(path, *args, **kwargs)

    os.stat = stat
    try:
        fn()
    finally:
        os.stat = real
    return counted


def test_an_ingest_stats_each_file_of_its_keys_once(tmp_path):
    note = tmp_path / "n.md"
    note.write_text("## Amazon SQS\n\n- Max message size is 256 KB\n", encoding="utf-8")
    from studycli.reader_stamp import reader_stamp

    reader_stamp()  # (worked out once a process, by reading its files)
    db = connect(tmp_path / "s.db")
    try:
        counted = _stats_during(lambda: ingest_paths(db, [note]))
    finally:
        db.conn.close()
    reference = os.path.join(os.fspath(paths.data_dir()), "reference", "")
    assert any(name.startswith(reference) for name in counted)  # the keys did look
    assert {name: n for name, n in counted.items() if n > 1} == {}


def test_outside_an_ingest_every_key_looks_again(tmp_path, monkeypatch):
    """A file changed between two ingests (or between two keys asked outside one) changes
    the key: only within one block is a look kept."""
    rules = tmp_path / "rules.py"
    rules.write_text("# version 1\n", encoding="utf-8")
    monkeypatch.setattr(kept, "package_files", lambda *names: [str(rules)])
    db = connect(tmp_path / "s.db")
    try:
        before = kept.cards_key(db.conn, db.path)
        rules.write_text("# version 2, longer\n", encoding="utf-8")
        assert kept.cards_key(db.conn, db.path) != before
        with paths.files_seen_once():
            within = kept.cards_key(db.conn, db.path)
            rules.write_text("# version 3, longer still\n", encoding="utf-8")
            assert kept.cards_key(db.conn, db.path) == within  # the block's one look
        assert kept.cards_key(db.conn, db.path) != within
    finally:
        db.conn.close()


@pytest.mark.parametrize("listing", ["package", "data", "reference"])
def test_files_are_listed_as_glob_finds_them(listing):
    """The keys' file lists (plain strings, one scandir a folder) name the files pathlib's
    glob found, which the keys kept before were made of: those keys stay valid."""
    from pathlib import Path

    data = paths.data_dir()
    package = Path(kept.__file__).parent
    made, globbed = {
        "package": (kept.package_files("questions", "cards.py", "reference"),
                    [*sorted((package / "questions").glob("*.py")), package / "cards.py",
                     *sorted((package / "reference").glob("*.py"))]),
        "data": (kept.data_files(), sorted(data.glob("*.json"))),
        "reference": (kept.shipped_reference_files(),
                      sorted((data / "reference").glob("*.toml"))),
    }[listing]
    assert made == [str(p) for p in globbed] and made


def test_the_check_s_stamp_is_the_one_stored_before():
    """currency_stamp.reference_stamp, read from strings now, hashes what it hashed from
    Paths: a database checked before is not checked again for it."""
    import hashlib
    from pathlib import Path

    from studycli import currency_stamp

    code = sorted((Path(currency_stamp.__file__).parent / "reference").glob("*.py"))
    stats = [*paths.reference_stamps(paths.reference_dir()),
             *((p.name, st.st_mtime_ns, st.st_size) for p in code for st in [p.stat()])]
    assert currency_stamp.reference_stamp() == \
        hashlib.sha256(repr(stats).encode()).hexdigest()[:16]
