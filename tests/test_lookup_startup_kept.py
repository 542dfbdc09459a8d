"""The lookup's lexicon, kept between runs in the cache folder (lookup/lexicon.py through
paths.kept_value): the kept tables are the built ones, a damaged or stale copy is rebuilt,
never trusted, and a lookup answers alike from a cold, a warm and a damaged cache."""

from __future__ import annotations

import importlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from studycli.paths import kept_value

# The kept files are what these tests are about: each process starts with an empty cache
# folder, as on a new machine (conftest's _Warm).
pytestmark = pytest.mark.cold_cache

# The module (studycli.lookup re-exports its function under the same name).
lexicon_module = importlib.import_module("studycli.lookup.lexicon")

# named with the Python that keeps it: two Pythons sharing a cache folder keep one copy each
KEPT_FILE = f"kept-lookup-lexicon-{sys.implementation.cache_tag or 'py'}.marshal"


def _tables(lex) -> dict:
    return {name: getattr(lex, name) for name in lexicon_module._KEPT}


@pytest.fixture
def fresh_lexicon():
    """lexicon() as a new process sees it: nothing in memory (the kept file decides)."""
    lexicon_module.lexicon.cache_clear()
    yield lexicon_module.lexicon
    lexicon_module.lexicon.cache_clear()


def _kept_path() -> Path:
    return Path(os.environ["STUDYCLI_CACHE"]) / KEPT_FILE


def _no_build(monkeypatch) -> None:
    def refuse():
        raise AssertionError("built again, though a good kept copy was there")

    monkeypatch.setattr(lexicon_module, "_build", refuse)


def test_the_kept_tables_are_the_built_ones(fresh_lexicon, monkeypatch):
    built = _tables(lexicon_module._build())
    first = fresh_lexicon()  # builds and keeps
    assert _kept_path().is_file()
    assert _tables(first) == built
    fresh_lexicon.cache_clear()
    _no_build(monkeypatch)
    again = fresh_lexicon()  # read back, not built
    assert _tables(again) == built
    assert again.derived("probe", lambda lx: len(lx.services)) == len(built["services"])


@pytest.mark.parametrize("damage", ["flip", "truncate", "garbage", "empty"])
def test_a_damaged_copy_is_rebuilt_not_trusted(fresh_lexicon, damage):
    built = _tables(lexicon_module._build())
    fresh_lexicon()
    path = _kept_path()
    data = bytearray(path.read_bytes())
    if damage == "flip":  # one byte of the tables' body, deep inside the file
        data[len(data) - 200] ^= 0x20
    elif damage == "truncate":
        data = data[: len(data) // 2]
    elif damage == "garbage":
        data = bytearray(b"\x00\xff not marshal at all" * 50)
    else:
        data = bytearray()
    path.write_bytes(bytes(data))
    fresh_lexicon.cache_clear()
    assert _tables(fresh_lexicon()) == built
    # ... and the copy is written whole again for the next run.
    fresh_lexicon.cache_clear()
    assert path.read_bytes() != bytes(data)


def test_a_copy_kept_for_other_inputs_is_not_used(fresh_lexicon, monkeypatch):
    fresh_lexicon()
    stamp = lexicon_module._stamp()
    assert stamp is not None
    calls = []
    real_build = lexicon_module._build

    def counting_build():
        calls.append(1)
        return real_build()

    monkeypatch.setattr(lexicon_module, "_build", counting_build)
    # The synonyms file (or any code the tables come from) changed: another stamp.
    monkeypatch.setattr(lexicon_module, "_stamp", lambda: (*stamp[:-1], stamp[-1] + b"\n#"))
    fresh_lexicon.cache_clear()
    fresh_lexicon()
    assert calls == [1]
    fresh_lexicon.cache_clear()
    fresh_lexicon()  # kept under the new stamp now
    assert calls == [1]


def test_kept_value_checks_stamp_and_body(tmp_path, monkeypatch):
    monkeypatch.setenv("STUDYCLI_CACHE", str(tmp_path / "c"))
    assert kept_value("probe", (1, b"a"), lambda: {"x": (1, 2)}) == {"x": (1, 2)}
    assert kept_value("probe", (1, b"a"), lambda: pytest.fail("kept copy not used")) == {
        "x": (1, 2)}
    assert kept_value("probe", (1, b"b"), lambda: ["other"]) == ["other"]  # stale: rebuilt


def test_an_unwritable_cache_folder_still_answers(fresh_lexicon, tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setenv("STUDYCLI_CACHE", str(blocker))
    built = _tables(lexicon_module._build())
    assert _tables(fresh_lexicon()) == built


QUERIES = ["sqs max message size", "how long can a lambda run?", "apigw 504",
           "dynamodb item size", "kinesis shard write throughput", "s3 put rps prefix"]


def _lookup_json(db: Path, cache: Path, query: str) -> str:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["STUDYCLI_CACHE"] = str(cache)
    proc = subprocess.run([sys.executable, "-m", "studycli", "lookup", "--json", "--db",
                           str(db), query], capture_output=True, text=True, env=env)
    assert proc.stderr == ""
    return proc.stdout


def test_cold_warm_and_damaged_caches_answer_alike(shipped_copy, tmp_path):
    for query in QUERIES:
        cold_cache = tmp_path / f"cold-{QUERIES.index(query)}"
        cold = _lookup_json(shipped_copy, cold_cache, query)  # builds and keeps
        assert (cold_cache / KEPT_FILE).is_file()
        assert _lookup_json(shipped_copy, cold_cache, query) == cold  # from the kept copy
        # what that run kept, the lexicon's copy damaged (copied: the files a run keeps)
        cache = shutil.copytree(cold_cache, tmp_path / f"damaged-{QUERIES.index(query)}")
        kept = cache / KEPT_FILE
        data = bytearray(kept.read_bytes())
        data[len(data) // 2] ^= 0x01
        kept.write_bytes(bytes(data))
        assert _lookup_json(shipped_copy, cache, query) == cold
