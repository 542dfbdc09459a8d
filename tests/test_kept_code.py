"""The code dataclasses and namedtuple write, compiled from code kept between runs
(studycli/kept_code.py): a class made from kept code behaves as one made afresh, a damaged
or foreign kept file is ignored and written again, the stock exec/eval are back once a command
is done, and a command's second run compiles none of that code again."""

from __future__ import annotations

import collections
import dataclasses
import os
import subprocess
import sys
import typing
from pathlib import Path

import pytest

from studycli import kept_code
from tests.helpers import REPO, note_db, run_cli

# The kept files are what these tests are about: each process starts with an empty cache
# folder, as on a new machine (conftest's _Warm).
pytestmark = pytest.mark.cold_cache


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("STUDYCLI_CACHE", str(folder))
    return folder


def _made() -> tuple[list, int]:
    """One command's worth: install, make a dataclass and a namedtuple, finish. What they
    do, and how many of their sources were compiled afresh."""
    kept_code.install("probe", typing=True)
    try:
        @dataclasses.dataclass(frozen=True, order=True)
        class Limit:
            """A limit (a doc string: dataclasses would otherwise read inspect)."""
            service: str
            value: int = 256
            unit: str = dataclasses.field(default="KB", compare=False)

        Pair = collections.namedtuple("Pair", "left right")
        later = typing.ForwardRef("dict[str, Limit]")  # a string annotation, as Rich writes
        fresh = kept_code._fresh[0]
        a, b = Limit("SQS"), Limit("SNS", 2, "MB")
        try:
            a.value = 3  # type: ignore[misc]
            frozen = False
        except dataclasses.FrozenInstanceError:
            frozen = True
        seen = [repr(a), a == Limit("SQS", unit="B"), sorted([a, b]) == [b, a], hash(a) == hash(
            Limit("SQS")), frozen, Limit.__init__.__annotations__, repr(Pair(1, 2)),
            Pair._make([3, 4]).right,
            later._evaluate({}, {"Limit": int}, frozenset()) == dict[str, int]]
    finally:
        kept_code.finish()
    assert "exec" not in vars(dataclasses) and "eval" not in vars(collections)  # the builtins
    assert "compile" not in vars(typing)
    return seen, fresh


def _kept(cache: Path) -> Path:
    [path] = cache.glob("code-probe-*.marshal")
    return path


def test_kept_code_makes_the_same_classes(cache):
    first, fresh = _made()
    assert fresh >= 5 and _kept(cache).is_file()  # __init__, __repr__..., __new__, the string
    second, fresh = _made()
    assert fresh == 0
    assert first == second
    assert first[0].endswith("Limit(service='SQS', value=256, unit='KB')")
    assert first[1:5] == [True, True, True, True]


@pytest.mark.parametrize("damage", ["flip", "truncate", "garbage"])
def test_a_damaged_file_is_ignored_and_written_again(cache, damage):
    first, _ = _made()
    path = _kept(cache)
    data = bytearray(path.read_bytes())
    if damage == "flip":  # one byte of one code object: the CRC no longer matches
        data[len(data) - 100] ^= 0x04
    elif damage == "truncate":
        data = data[: len(data) // 2]
    else:
        data = bytearray(b"\x00\xff" * 300)
    path.write_bytes(bytes(data))
    again, fresh = _made()
    assert fresh >= 4 and again == first
    assert path.read_bytes() != bytes(data)  # written whole again


# Counts, in a real `studycli stats` process, the sources of dataclass methods compiled with
# exec() or compile() (the kept code is compiled with compile() the first time only).
_COUNTING = """
import builtins, sys
made = [0]
for name in ("exec", "compile"):
    real = getattr(builtins, name)
    def counted(source, *rest, real=real, **kw):
        if isinstance(source, str) and source.startswith("def __create_fn__"):
            made[0] += 1
        return real(source, *rest, **kw)
    setattr(builtins, name, counted)
from studycli.entry import main
code = main(sys.argv[1:])
sys.stderr.write(f"MADE {made[0]}\\n")
"""


def test_a_commands_second_run_compiles_no_dataclass_code(tmp_path, cache):
    db = note_db(tmp_path, "# SQS\n\n- max message size 256 KB\n")
    env = {**os.environ, "PYTHONPATH": str(REPO), "STUDYCLI_CACHE": str(cache)}

    def made() -> int:
        out = subprocess.run([sys.executable, "-c", _COUNTING, "stats", "--db",
                              str(db)], capture_output=True, text=True,
                             env=env, cwd=REPO)
        assert out.returncode == 0, out.stderr
        return int(out.stderr.rsplit("MADE ", 1)[1])

    assert made() > 10
    assert list(cache.glob("code-stats-*.marshal"))
    assert made() == 0


# The console script's own way in: main() with no arguments reads sys.argv, and the process
# ends when it returns (entry._ending).
_ENDING = """
import gc, sys
from studycli.entry import main
sys.argv = ["studycli", *sys.argv[1:]]
code = main()
sys.stderr.write(f"FROZEN {gc.get_freeze_count()}\\n")
sys.exit(code)
"""


def test_the_process_end_skips_the_collector_and_closes_the_database(tmp_path):
    """What the collector's last pass would free is frozen instead (no pass over every
    object), and the connections it would have closed are closed: an answered quiz leaves
    the database alone in its folder, its write-ahead log folded back (no -wal, no -shm)."""
    db = note_db(tmp_path, "# SQS\n\n- max message size 256 KB\n- default visibility 30 s\n")
    for leftover in (f"{db}-wal", f"{db}-shm"):
        assert not os.path.exists(leftover)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    out = subprocess.run([sys.executable, "-c", _ENDING, "quiz", "--db", str(db)],
                         input="\n3\nq\n", capture_output=True, text=True, env=env, cwd=REPO)
    assert out.returncode == 0, out.stderr
    assert "1 done" in " ".join(out.stdout.split())
    assert int(out.stderr.rsplit("FROZEN ", 1)[1]) > 10_000
    assert sorted(p.name for p in db.parent.iterdir() if p.name.startswith(db.name)) == [db.name]


def test_in_process_runs_freeze_nothing_and_hold_no_connection(tmp_path):
    """main() called with its arguments (the tests, a host program) is not the end of the
    process: nothing is frozen and connections are freed as usual."""
    import gc

    import studycli.store
    from studycli.entry import main

    db = note_db(tmp_path, "# SQS\n\n- max message size 256 KB\n")
    frozen = gc.get_freeze_count()
    assert main(["stats", "--db", str(db)]) == 0
    assert gc.get_freeze_count() == frozen and studycli.store.held_connections is None


@pytest.mark.parametrize("command", [["quiz"], ["cards"]])
def test_the_quiz_and_cards_keep_their_patterns(tmp_path, cache, command):
    """The quiz's first card and `cards`' table compile some 20-60 patterns (Rich's markup
    among them): kept in a file of their own, as the exam's are (extract/regex_cache.py)."""
    db = note_db(tmp_path, "# SQS\n\n- max message size 256 KB\n")
    out = run_cli(*command, db=db, input="q\n", env={"STUDYCLI_CACHE": str(cache)})
    assert out.returncode == 0, out.stderr
    assert list(cache.glob(f"regex-{command[0]}-*.marshal"))


def test_check_keeps_its_code_though_an_outdated_note_exits_1(tmp_path, cache):
    """`check` exits 1 when a note is outdated (most notes): its code was never kept, and it
    compiled everything afresh on every run."""
    db = note_db(tmp_path, "# SQS\n\n- max message size 256 KB\n")
    env = {"STUDYCLI_CACHE": str(cache)}
    assert run_cli("stats", db=db, env=env).returncode == 0  # the cache folder is made
    assert run_cli("check", db=db, env=env).returncode == 1  # the 256 KB is outdated
    assert list(cache.glob("code-check-*.marshal"))
