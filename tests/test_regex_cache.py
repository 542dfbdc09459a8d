"""Compiled regular expressions kept between runs (studycli/extract/regex_cache.py): a pattern
compiled from kept code matches exactly as one compiled afresh, and a kept file that is
damaged, or written by another interpreter, is ignored rather than trusted."""

from __future__ import annotations

import json
import marshal
import os
import subprocess
import sys
from pathlib import Path

import pytest

# The kept files are what these tests are about: each process starts with an empty cache
# folder, as on a new machine (conftest's _Warm).
pytestmark = pytest.mark.cold_cache

REPO = Path(__file__).resolve().parent.parent

# patterns with what a kept entry must carry over: named groups, flags set inline and by
# argument, bytes, look-arounds, a large alternation
PATTERNS = [
    (r"(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>KB|MB|GB)\b", "re.IGNORECASE"),
    (r"(?i)max(?:imum)?\s+(\w+)", "0"),
    (r"(?<![\w.])\d[\d,]*(?!\w)|\bdefault\b", "0"),
    ("|".join(f"word{n}" for n in range(300)), "0"),
    (r"^\s*-\s+(.*)$", "re.MULTILINE"),
]
TEXT = "Max message size 256 KB; maximum retries 3, WORD17 default 1.5 mb\n- item 12\n"

# Run in a fresh process: installs the kept-code compile step, compiles PATTERNS, and prints
# what each one finds in TEXT and how many patterns came from the kept file.
SCRIPT = f"""
import json, re
from studycli.extract import regex_cache
regex_cache.SAVE_FROM_SECONDS = 0  # these few patterns compile faster than a rewrite costs
regex_cache.install()
regex_cache.save_at_exit()
out = []
for source, flags in {PATTERNS!r}:
    p = re.compile(source, eval(flags))
    out.append([p.pattern, p.flags, p.groups, dict(p.groupindex),
                [[m.span(), m.groups()] for m in p.finditer({TEXT!r})]])
b = re.compile(rb"(?P<x>[0-9]+)")
out.append([b.pattern.decode(), b.flags, [m.span() for m in b.finditer(b"a 12 b 345")]])
kept = sum(regex_cache._kept.get(k) is e for k, e in regex_cache._used.items())
print(json.dumps({{"results": out, "from_kept": kept}}))
"""


def _run(cache: Path) -> dict:
    env = {**os.environ, "STUDYCLI_CACHE": str(cache), "PYTHONPATH": str(REPO)}
    proc = subprocess.run([sys.executable, "-c", SCRIPT],
                          capture_output=True, text=True, env=env, cwd=REPO, check=True)
    return json.loads(proc.stdout)


def _python(cache: Path, code: str) -> None:
    """`code` in a new Python process whose kept files go to `cache`."""
    env = {**os.environ, "STUDYCLI_CACHE": str(cache), "PYTHONPATH": str(REPO)}
    subprocess.run([sys.executable, "-c", code], env=env, cwd=REPO, check=True)


def _fresh() -> list:
    """What the same patterns give with the stock compile step."""
    import re

    out = []
    for source, flags in PATTERNS:
        p = re.compile(source, eval(flags))  # noqa: S307 - the test's own flag names
        out.append([p.pattern, p.flags, p.groups, dict(p.groupindex),
                    [[list(m.span()), list(m.groups())] for m in p.finditer(TEXT)]])
    b = re.compile(rb"(?P<x>[0-9]+)")
    out.append([b.pattern.decode(), b.flags, [list(m.span()) for m in b.finditer(b"a 12 b 345")]])
    return out


def _kept_file(cache: Path) -> Path:
    """The parser's kept file (purpose ""): the read commands keep files of their own beside
    it (regex-facts-*, regex-exam-*: extract/regex_cache.kept_file)."""
    [path] = cache.glob(f"regex-{sys.implementation.cache_tag}-*.marshal")
    return path


def test_kept_patterns_match_as_freshly_compiled_ones(tmp_path):
    first = _run(tmp_path / "cache")  # compiles, and keeps the code at exit
    assert first["from_kept"] == 0
    second = _run(tmp_path / "cache")
    assert second["from_kept"] >= len(PATTERNS) + 1  # every pattern above, from the file
    assert first["results"] == second["results"] == json.loads(json.dumps(_fresh()))


def test_a_damaged_kept_file_is_ignored(tmp_path):
    cache = tmp_path / "cache"
    _run(cache)
    path = _kept_file(cache)
    path.write_bytes(b"\x00not marshal" * 10)
    again = _run(cache)
    assert again["from_kept"] == 0
    assert again["results"] == json.loads(json.dumps(_fresh()))


def _rewrite_entries(path: Path, change) -> None:
    """The kept file with each entry changed by `change`, its checksum left as it was."""
    data = marshal.loads(path.read_bytes())
    entries = marshal.loads(data["entries"])
    data["entries"] = marshal.dumps({key: change(entry) for key, entry in entries.items()})
    path.write_bytes(marshal.dumps(data))


def test_kept_code_cut_short_is_compiled_again(tmp_path):
    cache = tmp_path / "cache"
    _run(cache)
    path = _kept_file(cache)
    _rewrite_entries(path, lambda entry: (entry[0], entry[1][:8], *entry[2:]))
    again = _run(cache)
    assert again["from_kept"] == 0
    assert again["results"] == json.loads(json.dumps(_fresh()))
    assert _run(cache)["from_kept"] >= len(PATTERNS) + 1  # written again, whole


def test_one_changed_word_of_kept_code_is_never_run(tmp_path):
    """The engine accepts many one-word changes (some crash the interpreter, some change the
    matches): a kept file whose entries do not match their checksum is not read at all."""
    cache = tmp_path / "cache"
    _run(cache)
    path = _kept_file(cache)

    def one_word_changed(entry):
        code = bytearray(entry[1])
        code[48] = 1 if code[48] != 1 else 5  # word 12 of the engine's code
        return (entry[0], bytes(code), *entry[2:])

    _rewrite_entries(path, one_word_changed)
    again = _run(cache)
    assert again["from_kept"] == 0
    assert again["results"] == json.loads(json.dumps(_fresh()))
    assert _run(cache)["from_kept"] >= len(PATTERNS) + 1  # written again, whole


def test_another_interpreters_file_is_not_read(tmp_path):
    cache = tmp_path / "cache"
    _run(cache)
    path = _kept_file(cache)
    data = marshal.loads(path.read_bytes())
    data["stamp"] = "cpython-399-(3, 99, 0)-0-4"
    path.write_bytes(marshal.dumps(data))
    assert _run(cache)["from_kept"] == 0


def test_a_run_that_compiled_little_leaves_the_file_alone(tmp_path):
    """Rewriting the file costs more than compiling a few small patterns afresh."""
    cache = tmp_path / "cache"
    _run(cache)
    path = _kept_file(cache)
    path.write_bytes(path.read_bytes())  # a known content
    stamp = path.stat().st_mtime_ns
    # The bar is a time (SAVE_FROM_SECONDS): on a loaded machine one small pattern can take
    # longer than 3 ms to compile, so the run raises the bar well above what a small pattern
    # costs anywhere; a save that ignored the bar would still rewrite the file.
    _python(cache, "import re; from studycli.extract import regex_cache; "
                   "regex_cache.SAVE_FROM_SECONDS = 0.5; "
                   "regex_cache.install(); regex_cache.save_at_exit(); "
                   "re.compile('a small new pattern [0-9]+')")
    assert path.stat().st_mtime_ns == stamp


def test_a_run_that_did_not_get_to_its_work_writes_nothing(tmp_path):
    """Installed, compiling, but never told its run did its work (an ingest refused its
    database): no file appears in the cache folder."""
    cache = tmp_path / "cache"
    _python(cache, "import re; from studycli.extract import regex_cache; "
                   "regex_cache.SAVE_FROM_SECONDS = 0; regex_cache.install(); "
                   "re.compile('a pattern of its own [0-9]+')")
    assert not cache.exists()


def test_an_ingest_keeps_its_patterns_and_the_next_reads_the_same_facts(tmp_path):
    """The real CLI: the first ingest compiles and keeps, the second (another database, the
    kept code) stores the very same facts."""
    from tests.helpers import json_out, run_cli

    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "sqs.md").write_text("## SQS\n- max message size 256 KB\n- retention default 4 days,"
                                  " max 14 days\n- visibility timeout 0-12 hours\n",
                                  encoding="utf-8")
    env = {"STUDYCLI_CACHE": str(tmp_path / "cache")}
    facts = []
    for n in (1, 2):
        db = tmp_path / f"run{n}.db"
        json_out(run_cli("ingest", str(notes), "--json", db=db, env=env))
        facts.append(json_out(run_cli("facts", "--json", db=db, env=env)))
        if n == 1:
            assert _kept_file(tmp_path / "cache").stat().st_size > 100_000  # the parser's
    assert facts[0] == facts[1] and len(facts[0]) >= 4


def _entries(path: Path) -> int:
    from studycli.extract import regex_cache as kept_code

    return len(kept_code._load(path))


def test_an_exam_keeps_its_own_few_patterns_apart_from_the_parsers(tmp_path, shipped_copy):
    """A new exam reads the patterns exams compile, not the parser's 750 beside them
    (reading those cost a new exam more than compiling its own); the parser's file is left
    as it was. The first command on a new database builds it from the parser's kept file and
    keeps no exam file of its own (fastpath/kept_patterns.py: its file, installed first, made
    the build compile the parser's patterns afresh). What exams use is kept together, so a
    student switching between `exam` and `exam --as-written` recompiles nothing (the file
    kept only the last run's patterns, and each switch compiled some 170 again)."""
    from studycli.extract import regex_cache as kept_code
    from tests.helpers import json_out, run_cli

    cache = tmp_path / "cache"
    env = {"STUDYCLI_CACHE": str(cache)}
    json_out(run_cli("ingest", "--json", db=tmp_path / "ingested.db", env=env))
    parser_file = _kept_file(cache)
    fresh = tmp_path / "fresh.db"  # built from the shipped notes by the exam itself
    first = json_out(run_cli("exam", "--json", "--seed", "11", db=fresh, env=env))
    assert not list(cache.glob("regex-exam-*.marshal"))  # the build read the parser's
    parser_bytes = parser_file.read_bytes()
    again = json_out(run_cli("exam", "--json", "--seed", "12", db=shipped_copy, env=env))
    [exam_file] = cache.glob("regex-exam-*.marshal")
    own = _entries(exam_file)  # the shipped copy's question material worked out
    assert 10 < own <= kept_code.OWN_KEPT
    assert own < _entries(parser_file) / 2
    json_out(run_cli("exam", "--json", "--seed", "13", db=shipped_copy, env=env))
    assert _entries(exam_file) == own  # kept, not cut back to one run's
    assert parser_file.read_bytes() == parser_bytes
    assert first["questions"] and again["questions"]
    # read from the exam's own file, the exam is the one drawn from freshly compiled patterns
    third = json_out(run_cli("exam", "--json", "--seed", "12", "--questions", "64",
                             db=shipped_copy, env=env))
    elsewhere = json_out(run_cli("exam", "--json", "--seed", "12", "--questions", "64",
                                 db=shipped_copy, env={"STUDYCLI_CACHE": str(tmp_path / "c2")}))
    assert third == elsewhere
    assert _entries(exam_file) == own


def test_an_exam_file_keeps_what_every_kind_of_exam_uses(tmp_path, monkeypatch):
    """A default exam after an `--as-written` one (some 50 patterns against some 220) keeps
    the other's patterns: the file held only the last run's, and each switch compiled some
    170 again. Only a file over OWN_KEPT (the parser's 750 after a first command) is cut
    back to the run's own."""
    from studycli.extract import regex_cache as kept_code

    path = tmp_path / "regex-exam.marshal"
    def entries(prefix: str, count: int) -> dict:
        return {(False, prefix * n, 0): kept_code._entry(prefix * n, 0)
                for n in range(1, count + 1)}

    written = entries("a", 220)
    monkeypatch.setattr(kept_code, "_purpose", ["exam"])
    monkeypatch.setattr(kept_code, "_kept", written)
    monkeypatch.setattr(kept_code, "_used", entries("b", 1))
    monkeypatch.setattr(kept_code, "_compiling", [1.0])
    kept_code._save(path)
    assert len(kept_code._load(path)) == 221
    too_many = entries("c", kept_code.OWN_KEPT + 1)
    monkeypatch.setattr(kept_code, "_kept", too_many)
    monkeypatch.setattr(kept_code, "_compiling", [0.0])
    kept_code._save(path)
    assert list(kept_code._load(path)) == [(False, "b", 0)]


def test_the_first_run_writes_the_file_whatever_its_time(tmp_path):
    """With no kept file yet, a run that compiled a few patterns quickly still keeps them: on a
    fast machine `cards` compiled its patterns under the time bar and never kept one."""
    cache = tmp_path / "cache"
    _python(cache, "import re; from studycli.extract import regex_cache; "
                   "regex_cache.SAVE_FROM_SECONDS = 60; "
                   "regex_cache.install(); regex_cache.save_at_exit(); "
                   "re.compile('a first pattern [0-9]+')")
    assert _kept_file(cache).exists()


def test_a_first_run_that_compiled_nothing_writes_no_file(tmp_path):
    """The first-run rule keeps what was compiled; a run that compiled nothing has nothing to
    keep (an empty file rewritten by every such run)."""
    cache = tmp_path / "cache"
    _python(cache, "from studycli.extract import regex_cache; "
                   "regex_cache.install(); regex_cache.save_at_exit()")
    assert not list(cache.glob("regex-*.marshal"))
