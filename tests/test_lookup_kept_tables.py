"""Tables derived from the lexicon and kept with it between runs (Lexicon.derived with the
files they are built from; lookup/attribute_said.py's word tables and measure words, a few
ms of every process's first lookup to build): the kept table is the built one, a damaged
copy or one kept for other files is built again, and every file a build runs or reads is
one its stamp covers."""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path

import pytest

# Each test starts with an empty cache folder, as on a new machine (conftest's _Warm).
pytestmark = pytest.mark.cold_cache

lexicon_module = importlib.import_module("studycli.lookup.lexicon")
said = importlib.import_module("studycli.lookup.attribute_said")
answer = importlib.import_module("studycli.lookup.answer")
PACKAGE = Path(str(lexicon_module.__file__)).resolve().parent.parent
DIMENSION_ONLY = answer._DIMENSION_ONLY - said._OWN_MEASURES  # as another_attribute asks


@pytest.fixture
def fresh_lexicon():
    """lexicon() as a new process sees it: nothing in memory (the kept files decide)."""
    lexicon_module.lexicon.cache_clear()
    yield lexicon_module.lexicon
    lexicon_module.lexicon.cache_clear()


def _tables(lex) -> tuple:
    return said._word_tables(lex), said._measure_stems(lex, DIMENSION_ONLY)


def _built(lex) -> tuple:
    return said._build_word_tables(lex), said._measure_words(lex, DIMENSION_ONLY)


def _refuse_builds(monkeypatch) -> None:
    def refuse(*_args):
        raise AssertionError("built again, though a good kept copy was there")

    monkeypatch.setattr(said, "_build_word_tables", refuse)
    monkeypatch.setattr(said, "_measure_words", refuse)


def _kept_files() -> list[Path]:
    return sorted(Path(os.environ["STUDYCLI_CACHE"]).glob("kept-lookup-table-*.marshal"))


def test_a_new_process_reads_the_tables_kept_by_the_last(fresh_lexicon, monkeypatch):
    first = fresh_lexicon()
    built = _built(first)
    assert _tables(first) == built  # built, and kept
    assert len(_kept_files()) == 2
    fresh_lexicon.cache_clear()
    _refuse_builds(monkeypatch)
    assert _tables(fresh_lexicon()) == built  # read back, not built


def test_a_lookup_answers_alike_from_kept_tables(fresh_lexicon, shipped_copy):
    """A lookup reads the tables back in a new process and answers as the one that built
    them."""
    from studycli.fastpath.lookup import open_for_lookup
    from studycli.lookup import lookup

    conn = open_for_lookup(str(shipped_copy))
    queries = ("sqs max message size", "sqs msg retention default", "cname vs alias",
               "alb health check timeout default", "dynamodb max item size")
    first = [lookup(conn, q).to_json() for q in queries]
    assert len(_kept_files()) == 2
    fresh_lexicon.cache_clear()
    assert [lookup(conn, q).to_json() for q in queries] == first
    conn.close()


@pytest.mark.parametrize("damage", ["flip", "truncate", "empty"])
def test_a_damaged_copy_is_built_again(fresh_lexicon, damage):
    built = _built(fresh_lexicon())
    _tables(fresh_lexicon())
    for path in _kept_files():
        data = bytearray(path.read_bytes())
        if damage == "flip":  # one byte of the table's body
            data[len(data) - 50] ^= 0x20
        elif damage == "truncate":
            data = data[: len(data) // 2]
        else:
            data = bytearray()
        path.write_bytes(bytes(data))
    fresh_lexicon.cache_clear()
    assert _tables(fresh_lexicon()) == built


def test_a_copy_kept_for_other_files_is_not_used(fresh_lexicon, monkeypatch):
    _tables(fresh_lexicon())
    calls = []
    real = said._measure_words

    def counting(lex, dimension_only):
        calls.append(1)
        return real(lex, dimension_only)

    monkeypatch.setattr(said, "_measure_words", counting)
    # a file the table is built from reads otherwise: another stamp
    monkeypatch.setattr(said, "_MEASURE_FILES", (*said._MEASURE_FILES, "kinds.py"))
    fresh_lexicon.cache_clear()
    _tables(fresh_lexicon())
    assert calls == [1]


def _counting_builds(monkeypatch) -> list[str]:
    calls: list[str] = []
    real_tables, real_measures = said._build_word_tables, said._measure_words

    def tables(lex):
        calls.append("tables")
        return real_tables(lex)

    def measures(lex, dimension_only):
        calls.append("measures")
        return real_measures(lex, dimension_only)

    monkeypatch.setattr(said, "_build_word_tables", tables)
    monkeypatch.setattr(said, "_measure_words", measures)
    return calls


def _one_byte_changed(monkeypatch, file_name: str) -> None:
    """Reading `file_name` gives its text with its last byte changed (a new release's file)."""
    paths = importlib.import_module("studycli.paths")
    real = paths.read_bytes

    def read_bytes(path):
        data = real(path)
        if os.path.basename(path) == file_name:
            return data[:-1] + bytes([data[-1] ^ 1])
        return data

    monkeypatch.setattr(paths, "read_bytes", read_bytes)


@pytest.mark.parametrize("file_name, rebuilt", [
    ("attributes.json", ["measures"]),  # the measure words' own data file
    ("lookup_synonyms.json", ["tables", "measures"]),  # the lexicon's: both tables
])
def test_one_byte_of_a_file_a_table_is_built_from_builds_it_again(
        fresh_lexicon, monkeypatch, file_name, rebuilt):
    _tables(fresh_lexicon())
    fresh_lexicon.cache_clear()
    calls = _counting_builds(monkeypatch)
    _tables(fresh_lexicon())
    assert calls == []  # unchanged files: read back
    fresh_lexicon.cache_clear()
    _one_byte_changed(monkeypatch, file_name)
    _tables(fresh_lexicon())
    assert calls == rebuilt


def test_a_file_written_after_the_process_started_keeps_nothing(fresh_lexicon, monkeypatch):
    """A file edited (or upgraded) after this process imported its code: the tables it builds
    may come from the old code in memory, so they are built and not kept; the next process
    (started after the edit) builds and keeps them."""
    import studycli

    started = studycli._STARTED_NS
    # a start before every file's last write (not just attribute_said.py's: in a working tree
    # the lexicon's files may have been written earlier than it, and would then be kept)
    monkeypatch.setattr(studycli, "_STARTED_NS", 0)
    lex = fresh_lexicon()
    assert _tables(lex) == _built(lex)
    assert _kept_files() == []
    assert list(Path(os.environ["STUDYCLI_CACHE"]).glob("kept-lookup-lexicon*")) == []
    fresh_lexicon.cache_clear()
    monkeypatch.setattr(studycli, "_STARTED_NS", started)  # the next process
    _tables(fresh_lexicon())
    assert len(_kept_files()) == 2
    assert list(Path(os.environ["STUDYCLI_CACHE"]).glob("kept-lookup-lexicon*"))


def test_a_table_file_edited_after_import_keeps_that_table_only(fresh_lexicon):
    """attribute_said.py saved again after this process imported it (an editor, a git pull):
    the lexicon is kept, the two tables built from that module are built but not kept."""
    listed = PACKAGE / "lookup" / "attribute_said.py"
    before = listed.stat()
    os.utime(listed, ns=(before.st_atime_ns, max(before.st_mtime_ns, _now_ns())))
    try:
        lex = fresh_lexicon()
        assert _tables(lex) == _built(lex)
        assert _kept_files() == []
        assert list(Path(os.environ["STUDYCLI_CACHE"]).glob("kept-lookup-lexicon*"))
    finally:
        os.utime(listed, ns=(before.st_atime_ns, before.st_mtime_ns))
    fresh_lexicon.cache_clear()
    _tables(fresh_lexicon())  # the next process, its code the file's
    assert len(_kept_files()) == 2


def _now_ns() -> int:
    import time

    return time.time_ns()


def test_two_dimension_sets_keep_two_files(fresh_lexicon):
    lex = fresh_lexicon()
    said._measure_stems(lex, DIMENSION_ONLY)
    said._measure_stems(lex, DIMENSION_ONLY - {min(DIMENSION_ONLY)})
    assert len(_kept_files()) == 2
    assert all(sys.implementation.cache_tag in f.name for f in _kept_files())


def test_no_lexicon_stamp_no_kept_table(fresh_lexicon, monkeypatch):
    """A lexicon built without a stamp (a data file unreadable) keeps no table either."""
    monkeypatch.setattr(lexicon_module, "_stamp", lambda: None)
    lex = fresh_lexicon()
    assert _tables(lex) == _built(lex)
    assert _kept_files() == []


def test_every_file_a_build_runs_or_reads_is_in_its_stamp(fresh_lexicon, monkeypatch):
    """The code each build runs (traced) and the data files it reads are the lexicon's own
    (lookup/lexicon.py's _stamp) or named in the table's files: a change to any of them
    builds the table again. It sees calls only: the constants a module computes when it is
    imported (unit spellings, compiled patterns) are listed by hand (attribute_said.py)."""
    lex = fresh_lexicon()
    own = {"lookup/lexicon.py", "lookup/text.py", "services.py",
           "data/lookup_synonyms.json", "data/services.json"}
    paths = importlib.import_module("studycli.paths")
    real_load = paths.load_json
    for build, files in ((said._build_word_tables, said._WORD_TABLE_FILES),
                         (lambda lx: said._measure_words(lx, DIMENSION_ONLY),
                          said._MEASURE_FILES)):
        ran: set[str] = set()
        read: set[str] = set()

        def load_json(name, _read=read):
            _read.add(f"data/{name}")
            return real_load(name)

        def trace(frame, event, _arg, _ran=ran):
            if event == "call":
                path = Path(frame.f_code.co_filename)
                if PACKAGE in path.parents:
                    _ran.add(path.relative_to(PACKAGE).as_posix())

        monkeypatch.setattr(paths, "load_json", load_json)
        text = importlib.import_module("studycli.lookup.text")
        monkeypatch.setattr(text, "_STEMS", {})  # the stemmer runs, not its memo
        monkeypatch.setattr(text, "_UNIT_PLURALS", [])
        sys.setprofile(trace)
        try:
            build(lex)
        finally:
            sys.setprofile(None)
        assert ran, "the trace saw no code"
        assert (ran | read) - own - set(files) == set()
        assert all((PACKAGE / f).is_file() or f.startswith("data/") for f in files)
