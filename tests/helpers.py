"""Shared test helpers: the shipped notes, a CLI runner, a subprocess runner."""

from __future__ import annotations

import functools
import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CONTENT = REPO / "content"


def run_cli(*args: str, db: Path | None = None, input: str | None = None,
            env: dict | None = None, timeout: float = 60) -> subprocess.CompletedProcess:
    """The real CLI in a real process (python -m studycli)."""
    full_env = {**os.environ, **(env or {})}
    full_env["PYTHONPATH"] = str(REPO) + os.pathsep + full_env.get("PYTHONPATH", "")
    cmd = [sys.executable, "-m", "studycli", *args]
    if db is not None:
        cmd += ["--db", str(db)]
    return subprocess.run(cmd, capture_output=True, text=True, input=input, env=full_env,
                          timeout=timeout, cwd=REPO)


def run_here(*args: str, db: Path | None = None, input: str | None = None,
             env: dict | None = None) -> subprocess.CompletedProcess:
    """The console script's own entry (studycli.entry.main, fast paths included) in this
    process, answering as run_cli does: for tests of a command's output and exit code that need
    no process of their own (about 0.3 s of start-up saved per run). Each command still runs in
    a real process elsewhere in the suite (test_readme, test_reliability...). Anything that
    escapes main() is written to stderr as a traceback, so "no traceback" checks still fail."""
    import contextlib
    import io
    import traceback

    from studycli.entry import main
    from studycli.ui import console

    argv = [*args] + (["--db", str(db)] if db is not None else [])
    saved_env = dict(os.environ)
    saved_console = console._STDOUT  # noqa: SLF001 - made from the environment on first use
    out, err = io.StringIO(), io.StringIO()
    try:
        os.environ.update(env or {})
        console._STDOUT = None  # noqa: SLF001 - a fresh one sees this run's COLUMNS, FORCE_COLOR
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            stdin, sys.stdin = sys.stdin, io.StringIO(input or "")
            try:
                code = main(argv)
            except SystemExit as exit_:
                code = exit_.code if isinstance(exit_.code, int) else (exit_.code is not None)
            except BaseException:  # noqa: BLE001 - reported as a process would report it
                traceback.print_exc(file=err)
                code = 1
            finally:
                sys.stdin = stdin
    finally:
        _restore_environ(saved_env)
        console._STDOUT = saved_console  # noqa: SLF001
    return subprocess.CompletedProcess(argv, int(code or 0), out.getvalue(), err.getvalue())


def _restore_environ(saved: dict[str, str]) -> None:
    """os.environ as it was: only the variables the run set, changed or removed are put back
    (clearing and setting all ~70 of them again was a putenv each, ~1,200 runs a suite)."""
    for name in [name for name in os.environ if name not in saved]:
        del os.environ[name]
    for name, value in saved.items():
        if os.environ.get(name) != value:
            os.environ[name] = value


def json_out(result: subprocess.CompletedProcess):
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def note_db(folder: Path, text: str, name: str = "n.md") -> Path:
    """A database file holding one note with `text`, ingested (for module fixtures)."""
    from studycli.ingest import ingest_paths
    from studycli.store.db import connect

    (folder / name).write_text(text, encoding="utf-8")
    path = folder / "notes.db"
    db = connect(path)
    ingest_paths(db, [folder / name])
    db.conn.close()
    return path


# The shipped notes' facts that the AWS reference vouches for make this many exam questions at
# least (studycli.questions.currency.vouched decides what may be asked); an exam below the
# profile's length must be one the notes could not fill.
SHIPPED_EXAM_FLOOR = 50


# A Cloud Practitioner exam leaves error codes, invocation modes and per-resource quotas out
# (exam_profiles.json `leaves_out`, `measures`): the shipped notes, written for the associate
# exams, make about ten of its questions.
SHIPPED_CLF_FLOOR = 8


def full_or_capacity(exam, asked: int, floor: int = SHIPPED_EXAM_FLOOR) -> int:
    """The exam's length, checked: the full `asked`, or the notes' capacity (never tiny)."""
    n = len(exam.questions)
    assert n == asked or floor <= n < asked, (n, asked)
    return n


# Property tests (hypothesis) try a third of their examples in the everyday suite, which runs
# on every change, and all of them under HYPOTHESIS_PROFILE=thorough (`python
# bench/properties.py`, before a release or after a change to the parser, lookup or questions).
# The suite's share still covers every strategy's shapes; the thorough run is the search.
THOROUGH = os.environ.get("HYPOTHESIS_PROFILE") == "thorough"


def examples(thorough: int) -> int:
    """How many examples a property test tries: `thorough` in the thorough profile, else a
    third of it (at least 3)."""
    return thorough if THOROUGH else max(3, thorough // 3)


def a_share(items: list, every: int = 2) -> list:
    """For the long equivalence runs (a fast path against the plain one over every note or
    line the project has): all of `items` in the thorough profile (bench/properties.py), else
    every `every`-th, in a fixed order. Each run's whole check stays in the suite, on a share
    of its inputs that still meets every branch its own floor asserts."""
    return list(items) if THOROUGH else list(items)[::every]


def random_lines(pieces: list[str], seed: int, count: int, most: int) -> list[str]:
    """`count` lines of up to `most` pieces drawn at random (seeded): texts for checking that a
    fast path finds exactly what the plain one does. The same arguments give the same lines,
    made once per test process (parametrized cases share them)."""
    return list(_random_lines(tuple(pieces), seed, count, most))


@functools.cache
def _random_lines(pieces: tuple[str, ...], seed: int, count: int, most: int) -> tuple[str, ...]:
    import random

    rng = random.Random(seed)
    return tuple("".join(rng.choice(pieces) for _ in range(rng.randint(0, most)))
                 for _ in range(count))


def proc_stat(pid: int) -> list[str] | None:
    """(state, parent pid, ...) of a process from /proc, None when it is gone."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()
    except OSError:
        return None


def child_pids(pid: int) -> list[int]:
    """The processes whose parent is `pid` (zombies included), from /proc."""
    import os

    return [int(e) for e in os.listdir("/proc")
            if e.isdigit() and (proc_stat(int(e)) or ["", "0"])[1] == str(pid)]


def note_conn(folder: Path, text: str, name: str = "n.md"):
    """A read-only connection to note_db(folder, text, name), for module fixtures that `yield
    from` it: closed when the module is done."""
    from studycli.store.db import connect

    conn = connect(note_db(folder, text, name), readonly=True).conn
    try:
        yield conn
    finally:
        conn.close()


def attribute_names(text: str, unit: str | None = None) -> dict[str, set[str]]:
    """What the parser names each value of a one-note `text` (quantities, errors and modes;
    not plain statements), keeping only values in `unit` when one is given."""
    from studycli.extract import parse_note
    from studycli.model import Kind

    out: dict[str, set[str]] = {}
    for f in parse_note(text, "n.md").facts:
        if f.kind is not Kind.FACT and (unit is None or f.unit == unit):
            out.setdefault(f.value, set()).add(f.attribute)
    return out


def notes_conn(folder: Path, text: str, name: str = "notes.md", notes_dir: str = "notes",
               db_name: str = "facts.db"):
    """A connection to a database holding one note (`name`, with `text`) ingested, both made
    under `folder` (for lookup tests on notes written for them)."""
    from studycli.ingest import ingest_paths
    from studycli.store.db import connect

    notes = folder / notes_dir
    notes.mkdir(parents=True)
    (notes / name).write_text(text, encoding="utf-8")
    db = connect(folder / db_name)
    ingest_paths(db, [notes])
    return db.conn


def notes_fixture(text: str, name: str = "notes.md"):
    """A module-scoped fixture: a connection to a database holding one note with `text`
    ingested (notes_conn), closed after the module's tests. `support = notes_fixture(SUPPORT)`
    makes a fixture named `support`."""
    import pytest

    @pytest.fixture(scope="module")
    def fixture(tmp_path_factory):
        conn = notes_conn(tmp_path_factory.mktemp("notes"), text, name=name)
        yield conn
        conn.close()

    return fixture


def lookup_values(conn, query: str) -> list[str]:
    """The values of lookup's first three hits for `query` ([] when it abstains)."""
    from studycli.lookup import lookup

    return [h["value"] for h in lookup(conn, query, limit=3).to_json()]


def first_value(conn, query: str) -> str:
    """The value of lookup's first hit for `query`, which must not abstain."""
    values = lookup_values(conn, query)
    assert values, f"abstained on {query!r}"
    return values[0]


def two_note_folder(folder: Path, stale: str, right: str) -> Path:
    """A notes folder holding `stale.md` and `right.md` (check tests: what is flagged, what is
    confirmed)."""
    notes = folder / "notes"
    notes.mkdir()
    (notes / "stale.md").write_text(stale, encoding="utf-8")
    (notes / "right.md").write_text(right, encoding="utf-8")
    return notes


def shipped_reference(columns: int | str = 80) -> dict[str, str]:
    """The environment of a run against the repository's own AWS reference (data/reference),
    at `columns` columns."""
    return {"STUDYCLI_REFERENCE": str(REPO / "data" / "reference"), "COLUMNS": str(columns)}


def first_hit_after_ingest(folder: Path, monkeypatch, name: str, text: str, query: str) -> dict:
    """A notes folder under `folder` holding one note `name`, ingested through typer's
    CliRunner into a database there, then `lookup QUERY --json`: its first hit (both
    commands must exit 0)."""
    from typer.testing import CliRunner

    from studycli.cli import app

    notes = folder / "notes"
    notes.mkdir()
    (notes / name).write_text(text, encoding="utf-8")
    monkeypatch.setenv("STUDYCLI_DB", str(folder / "cli.db"))
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(notes)]).exit_code == 0
    result = runner.invoke(app, ["lookup", query, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)[0]


def lookup_top(db: Path, query: str, limit: int = 3) -> tuple[int, list[str]]:
    """`lookup QUERY --json` through the real CLI against the shipped reference at 200
    columns: its exit code and the values of its first `limit` hits."""
    import json

    result = run_here("lookup", query, "--json", "--limit", str(limit), db=db,
                      env=shipped_reference(200))
    return result.returncode, [h["value"] for h in json.loads(result.stdout)]


def check_findings(path: Path, *args: str, db: Path):
    """(the process, its findings) of `studycli check PATH --json` against the shipped
    reference, at 80 columns."""
    env = shipped_reference(80)
    result = run_here("check", str(path), "--json", *args, db=db, env=env)
    return result, json.loads(result.stdout or "[]")


def flagged_by_line(found: list[dict]) -> dict[int, set[tuple[str, str]]]:
    """`check --json` findings as note line -> {(reference entry id, status)}."""
    by_line: dict[int, set[tuple[str, str]]] = {}
    for x in found:
        by_line.setdefault(x["line"], set()).add((x["reference"]["id"], x["status"]))
    return by_line


def stale_flags(notes: Path, db: Path) -> dict[int, set[tuple[str, str]]]:
    """`check` on a two_note_folder's stale note: it must exit 1, and its findings by line."""
    result, found = check_findings(notes / "stale.md", db=db)
    assert result.returncode == 1, result.stderr
    return flagged_by_line(found)


def stale_ids(notes: Path, db: Path) -> dict[int, set[str]]:
    """stale_flags' findings as note line -> the ids of the reference entries that flag it."""
    return {line: {i for i, _ in found} for line, found in stale_flags(notes, db).items()}


def pinned_day(monkeypatch, day: str) -> None:
    """The app's clock (studycli.app.clock) set to noon UTC of `day` (YYYY-MM-DD): what an AWS
    change announced for a date is judged against, in this process (run_here)."""
    from datetime import datetime

    from studycli.app.clock import SYSTEM_CLOCK

    monkeypatch.setattr(SYSTEM_CLOCK, "now",
                        lambda: datetime.fromisoformat(f"{day}T12:00:00+00:00"))


def parsed_quantities(text: str, name: str = "note.md") -> list[tuple]:
    """(service, subject, attribute, qualifier, value) of every fact a note makes that is
    neither a statement nor an invocation mode: what the attribution tests read."""
    from studycli.extract import parse_note
    from studycli.model import Kind

    return [(f.service, f.subject, f.attribute, f.qualifier, f.value)
            for f in parse_note(text, name).facts
            if f.kind not in (Kind.FACT, Kind.INVOCATION_MODE)]


def parsed_modes(text: str, name: str = "note.md") -> set[tuple[str, str]]:
    """(subject, mode) of every invocation-mode fact a note makes."""
    from studycli.extract import parse_note
    from studycli.model import Kind

    return {(f.subject, f.value) for f in parse_note(text, name).facts
            if f.kind is Kind.INVOCATION_MODE}


class OutputWatch:
    """A process's output read as it comes (a thread keeps the pipe drained), so a test waits
    for what the process shows, its readiness signal, before it acts: never a fixed sleep,
    which a loaded machine outlasts."""

    def __init__(self, stream) -> None:
        import threading

        self._chunks: list[str] = []
        self._more = threading.Condition()
        self._ended = False
        self._thread = threading.Thread(target=self._read, args=(stream,), daemon=True)
        self._thread.start()

    def _read(self, stream) -> None:
        try:
            for chunk in iter(lambda: stream.read1(4096) if hasattr(stream, "read1")
                              else stream.readline(), b"" if hasattr(stream, "read1") else ""):
                text = chunk.decode("utf-8", "replace") if isinstance(chunk, bytes) else chunk
                with self._more:
                    self._chunks.append(text)
                    self._more.notify_all()
        except (OSError, ValueError):
            pass  # the pipe was closed under us: the process is gone
        with self._more:
            self._ended = True
            self._more.notify_all()

    def join(self, timeout: float = 10.0) -> None:
        """Wait for the output's end (the process gone), so its pipe can be closed."""
        self._thread.join(timeout)

    @property
    def text(self) -> str:
        with self._more:
            return "".join(self._chunks)

    def wait_for(self, pattern: str, timeout: float = 60.0) -> str:
        """Block until the output so far matches `pattern` (a regex); the output then."""
        import re
        import time

        deadline = time.monotonic() + timeout
        with self._more:
            while True:
                text = "".join(self._chunks)
                if re.search(pattern, text):
                    return text
                left = deadline - time.monotonic()
                if self._ended or left <= 0:
                    raise AssertionError(f"never showed {pattern!r}; output ends "
                                         f"{text[-300:]!r}")
                self._more.wait(min(left, 1.0))


def token_rows(tokens) -> list:
    """markdown-it tokens as comparable rows: equal exactly where `[t.as_dict() for t in
    tokens]` are (every field, attributes in their order, children likewise), in a tenth of
    the time (as_dict goes through dataclasses.fields for every token: 40% of the tests that
    compare the gated parsers' tokens with the full parser's). tests/test_speed16_token_rows.py
    holds the two to one another."""
    return [_token_row(t) for t in tokens]


def _token_row(t) -> tuple:
    return (t.type, t.tag, t.nesting, tuple(t.attrs.items()), t.map, t.level,
            None if t.children is None else [_token_row(c) for c in t.children],
            t.content, t.markup, t.info, t.meta, t.block, t.hidden)


def notes_folder(tmp_path: Path, notes: dict[str, str], add: bool = False) -> Path:
    """tmp_path/notes holding each note (file name -> text). A second call fails unless it
    means to `add` to the folder: two folder_cli calls in one tmp_path would otherwise ingest
    both note sets into the second database, silently."""
    folder = tmp_path / "notes"
    folder.mkdir(exist_ok=add)
    for name, text in notes.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def ingested_folder(tmp_path: Path, notes: dict[str, str], db: str = "s.db") -> Path:
    """notes_folder(tmp_path, notes) ingested in this process (no CLI) into tmp_path/db: the
    database's path, its connection closed."""
    from studycli.ingest import ingest_paths
    from studycli.store.db import connect

    store = connect(tmp_path / db)
    ingest_paths(store, [notes_folder(tmp_path, notes)])
    store.conn.close()
    return tmp_path / db


def folder_cli(tmp_path: Path, notes: dict[str, str]):
    """A folder of notes (file name -> text) ingested through the CLI in this process into a
    database of its own; returns a function running a `--json` command on that database and
    giving its parsed output: `ask("lookup", "s3 max object size")`."""
    from typer.testing import CliRunner

    from studycli.cli import app

    folder = notes_folder(tmp_path, notes)
    runner, db = CliRunner(), str(tmp_path / "notes.db")
    done = runner.invoke(app, ["ingest", str(folder), "--db", db])
    assert done.exit_code == 0, done.output

    def ask(*args: str):
        return json.loads(runner.invoke(app, [*args, "--json", "--db", db]).output)

    return ask


def ingest_text(tmp_path: Path, text: str, name: str = "notes.md", columns: str = "100"):
    """One note written to tmp_path/notes and ingested through the CLI with the repository's
    AWS reference: (the notes folder, the database, the ingest's result)."""
    env = shipped_reference(columns)
    notes = notes_folder(tmp_path, {name: text}, add=True)  # a test may ingest two notes
    db = tmp_path / "s.db"
    result = run_here("ingest", str(notes), db=db, env=env)
    assert result.returncode == 0, result.stderr
    return notes, db, result


def lookup_loads(db: Path, home: Path, modules: tuple[str, ...],
                 query: str = "sqs max message size") -> list[str]:
    """Run `lookup` of `query` twice in fresh processes on `db` (the first builds and keeps
    its caches in home/cache, the second reads them back) and give, per run, "RC <exit code>"
    and then which of `modules` each run had imported: what a start-up test asserts on."""
    code = ("import sys\nfrom studycli.entry import main\n"
            f"rc = main(['lookup', {query!r}, '--db', {str(db)!r}])\n"
            f"print('RC', rc, *[m in sys.modules for m in {modules!r}])\n")
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO), "HOME": str(home),
           "STUDYCLI_CACHE": str(home / "cache")}
    runs = []
    for _ in range(2):
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              cwd=home, env=env, timeout=60)
        runs.append(proc.stdout.strip().splitlines()[-1] if proc.stdout.strip()
                    else proc.stderr)
    return runs


def compare_said(table) -> str:
    """What `compare` prints of `table`'s notes (render_notes), on one line, at 200 columns."""
    import io

    from rich.console import Console

    from studycli.ui.compare_view import render_notes

    out = io.StringIO()
    Console(file=out, width=200, color_system=None).print(render_notes(table))
    return " ".join(out.getvalue().split())


def exam_stems(db: Path, profile: str, seeds: tuple[int, ...] = (1, 2)) -> list[str]:
    """The stems of `studycli exam --json` on `db` (run_here: the CLI in this process), one
    exam for each seed."""
    return [q["stem"] for seed in seeds
            for q in json_out(run_here("exam", "--json", "-p", profile, "--seed", str(seed),
                                       db=db))["questions"]]
