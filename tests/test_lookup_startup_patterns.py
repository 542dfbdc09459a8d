"""The lookup's patterns compiled from engine code kept between runs
(studycli/fastpath/patterns.py): a pattern from kept code matches exactly as one compiled
afresh, a damaged or foreign kept file is ignored and written again, and the stock compile
step is back once a lookup is done."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from studycli.fastpath import patterns

# The kept files are what these tests are about: each process starts with an empty cache
# folder, as on a new machine (conftest's _Warm).
pytestmark = pytest.mark.cold_cache

# What a kept entry must carry over: named groups, flags inline and by argument, bytes,
# look-arounds, a large alternation.
PATTERNS = [
    (r"(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>KB|MB|GB)\b", re.IGNORECASE),
    (r"(?i)max(?:imum)?\s+(\w+)", 0),
    (r"(?<![\w.])\d[\d,]*(?!\w)|\bdefault\b", 0),
    ("|".join(f"word{n}" for n in range(300)), 0),
    (r"^\s*-\s+(.*)$", re.MULTILINE),
    (rb"(?P<x>[0-9]+)", 0),
]
TEXT = "Max message size 256 KB; maximum retries 3, WORD17 default 1.5 mb\n- item 12\nword250"


def _findings(compiled) -> list:
    text = TEXT.encode() if isinstance(compiled.pattern, bytes) else TEXT
    return [compiled.pattern, compiled.flags, compiled.groups, dict(compiled.groupindex),
            [(m.span(), m.groups()) for m in compiled.finditer(text)]]


def _fresh() -> list:
    return [_findings(re._compiler.compile(p, f)) for p, f in PATTERNS]  # type: ignore[attr-defined]


def _run() -> tuple[list, int]:
    """One lookup's worth: install, compile every pattern (past re's own cache), finish.
    The findings and how many patterns came from kept code."""
    stock = re._compiler.compile  # type: ignore[attr-defined]
    patterns.install()
    try:
        found = [_findings(re._compiler.compile(p, f))  # type: ignore[attr-defined]
                 for p, f in PATTERNS]
        from_kept = len(PATTERNS) - patterns._fresh[0]
    finally:
        patterns.finish()
    assert re._compiler.compile is stock  # type: ignore[attr-defined]
    return found, from_kept


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("STUDYCLI_CACHE", str(folder))
    return folder


def _kept(cache: Path) -> Path:
    [path] = cache.glob("lookup-regex-*.marshal")
    return path


def test_kept_code_matches_as_freshly_compiled(cache):
    first, from_kept = _run()
    assert from_kept == 0 and _kept(cache).is_file()
    second, from_kept = _run()
    assert from_kept == len(PATTERNS)
    assert first == second == _fresh()


@pytest.mark.parametrize("damage", ["flip", "truncate", "garbage", "other-python"])
def test_a_damaged_or_foreign_file_is_ignored_and_written_again(cache, damage):
    _run()
    path = _kept(cache)
    data = bytearray(path.read_bytes())
    if damage == "flip":  # one byte of one entry's code: the CRC no longer matches
        data[len(data) - 100] ^= 0x04
    elif damage == "truncate":
        data = data[: len(data) // 2]
    elif damage == "garbage":
        data = bytearray(b"\x00\xff" * 300)
    else:
        _, _, blob = marshal.loads(bytes(data))
        data = bytearray(marshal.dumps(("cpython-399-other", 0, blob)))
    path.write_bytes(bytes(data))
    patterns._path.clear()  # as a new process: nothing read yet
    found, from_kept = _run()
    assert from_kept == 0
    assert found == _fresh()
    assert path.read_bytes() != bytes(data)  # written whole again
    patterns._path.clear()
    assert _run()[1] == len(PATTERNS)


def test_a_run_whose_patterns_were_all_kept_writes_nothing(cache):
    _run()
    stamp = _kept(cache).stat().st_mtime_ns
    os.utime(_kept(cache), ns=(stamp - 10**9, stamp - 10**9))
    _run()
    assert _kept(cache).stat().st_mtime_ns == stamp - 10**9


def test_an_unusable_cache_folder_still_compiles(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("STUDYCLI_CACHE", str(blocker))
    assert _run()[0] == _fresh()


def _lookup(db: Path, cache: Path, *args: str) -> str:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["STUDYCLI_CACHE"] = str(cache)
    proc = subprocess.run([sys.executable, "-m", "studycli", "lookup", "--db", str(db), *args],
                          capture_output=True, text=True, env=env)
    assert proc.stderr == ""
    return proc.stdout


@pytest.mark.parametrize("query", ["sqs max message size", "dynamodb partition key max length"])
def test_the_cli_answers_alike_cold_warm_and_damaged(shipped_copy, tmp_path, query):
    cache = tmp_path / "cli-cache"
    for args in (["--json", query], [query]):
        cold = _lookup(shipped_copy, cache, *args)
        assert _kept(cache).is_file()
        assert _lookup(shipped_copy, cache, *args) == cold
        path = _kept(cache)
        data = bytearray(path.read_bytes())
        data[len(data) // 2] ^= 0x10
        path.write_bytes(bytes(data))
        assert _lookup(shipped_copy, cache, *args) == cold
