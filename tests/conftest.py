import atexit
import itertools
import os
import shutil
import signal
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

# Compiled modules are kept for the session's processes (the usual __pycache__ folders, which
# git ignores) even where PYTHONDONTWRITEBYTECODE is set: otherwise every xdist worker rewrites
# and compiles every test module again, and every CLI subprocess compiles studycli's ~1.3 MB of
# source again (about 0.4 s of CPU each, ~160 of them a run). Set here, at the conftest's
# import, so the workers and the subprocesses the tests start inherit it.
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
sys.dont_write_bytecode = False


def _scratch_in_memory() -> None:
    """The suite's scratch files (pytest's tmp_path folders, the databases the tests and the
    processes they start write) go to the machine's memory-backed folder where it has one with
    room: some 1,100 SQLite databases a run are created, switched to WAL, committed to and
    deleted, and on a disk each sync and unlink waits on it (a created WAL database with five
    commits: ~10 ms on this machine's disk, ~1 ms in memory; in a run under load the suite's
    unlinks alone waited 24 s). What the tests check is unchanged: the same SQLite files,
    folders and processes. STUDYCLI_TESTS_DISK=1 keeps them in the usual temporary folder.
    Set at the conftest's import, before pytest picks its base folder, so the xdist workers and
    every process a test starts inherit it."""
    memory = Path("/dev/shm")  # Linux's tmpfs; absent elsewhere, and then skipped
    if os.environ.get("STUDYCLI_TESTS_DISK") or not memory.is_dir() \
            or not os.access(memory, os.W_OK | os.X_OK):
        return
    stat = os.statvfs(memory)
    if stat.f_bavail * stat.f_frsize < 4 << 30:  # a run writes ~0.6 GB; leave others room
        return
    os.environ["TMPDIR"] = str(memory)
    tempfile.tempdir = None  # gettempdir() reads TMPDIR again


_scratch_in_memory()

# A shell started in the background (`python -m pytest &` from a script) ignores SIGINT, and
# the processes the tests start inherit that: the Ctrl-C tests (quiz, exam) then wait out
# their timeouts (~64 s each) and fail. Ctrl-C is what they test, so it is live again here.
if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)


def pytest_configure(config):
    """Module- and session-scoped fixtures run before the per-test fixture below: point the
    database and the cache at a scratch folder for them too, so no test run writes into the
    student's own ~/.cache/studycli or data folder."""
    scratch = tempfile.mkdtemp(prefix="studycli-tests-")
    # removed at the process's exit, after studycli's own exit handlers (registered later, at
    # the test modules' imports, so run before this one) wrote their kept files into it
    atexit.register(shutil.rmtree, scratch, ignore_errors=True)
    os.environ["STUDYCLI_CACHE"] = os.path.join(scratch, "cache")
    os.environ["STUDYCLI_DB"] = os.path.join(scratch, "studycli.db")
    config.addinivalue_line(
        "markers", "cold_cache: the test's CLI processes start with an empty cache folder, "
        "as on a new machine (see _warm_processes in tests/conftest.py)")
    _Warm.install(scratch)


class _Warm:
    """Every test has a cache folder of its own (_private_db), so each `python -m studycli`
    a test starts would begin as on a new machine: compiling the parser's, the exam's and
    lookup's ~1,500 patterns and reading the curated data and the AWS reference afresh (an
    ingest of one line 0.8 s of CPU cold, 0.4 s warm; an exam 0.95 s and 0.6 s), some 110
    processes a run. Those kept files depend only on studycli's code and data (kept.py's
    stamps: the interpreter, the patterns, the files' whole text), never on a database, so
    each process a test starts finds the ones a first run of the session made, copied into
    its own folder (a student's second run). Results kept per database (an exam's pool,
    check's findings, card plans) are never copied: those stay each test's own.
    Tests of the kept files themselves and of a first run (`@pytest.mark.cold_cache`) start
    their processes cold, as before; STUDYCLI_TESTS_COLD=1 starts every test's cold."""

    # the code- and data-keyed files of the cache folder (studycli/kept.py, paths.py,
    # extract/regex_cache.py, fastpath/patterns.py, reference/loader.py)
    KEPT_FOR_CODE = ("regex-*.marshal", "lookup-regex-*.marshal", "data-*.marshal",
                     "kept-*.marshal", "reference")
    source: Path | None = None
    # made at the first process a test of this worker starts, not before its first test: a
    # worker whose first tests start none runs them meanwhile, not waiting on the other's lock
    make_source: Callable[[], Path] | None = None
    roots: tuple[str, ...] = ()  # where the tests' own cache folders are
    cold = False  # the running test is marked cold_cache

    @classmethod
    def install(cls, scratch: str) -> None:
        import subprocess

        cls.roots = (scratch + os.sep,)
        if os.environ.get("STUDYCLI_TESTS_COLD"):
            return
        started = subprocess.Popen.__init__

        def __init__(self, args, *rest, **kwargs):  # noqa: N807 - Popen's own
            cls.seed(args, kwargs.get("env"))
            started(self, args, *rest, **kwargs)

        subprocess.Popen.__init__ = __init__  # type: ignore[method-assign]

    @classmethod
    def seed(cls, args, env) -> None:
        if cls.cold or not isinstance(args, (list, tuple)) \
                or "studycli" not in " ".join(map(str, args[:3])):
            return
        if cls.source is None and cls.make_source is not None:
            make, cls.make_source = cls.make_source, None  # its own processes start cold
            cls.source = make()
        if cls.source is None:
            return
        cache = (env if env is not None else os.environ).get("STUDYCLI_CACHE", "")
        if not cache.startswith(cls.roots):
            return  # not a test's own folder: left alone
        folder = Path(cache)
        if folder.exists() and any(folder.glob("regex-*")):
            return  # the test's processes made (or the test wrote) their own
        folder.mkdir(parents=True, exist_ok=True)
        for pattern in cls.KEPT_FOR_CODE:
            for kept in cls.source.glob(pattern):
                if kept.is_dir():
                    shutil.copytree(kept, folder / kept.name, dirs_exist_ok=True)
                else:
                    shutil.copyfile(kept, folder / kept.name)


def _warm_cache(path: Path) -> None:
    """A cache folder as a student's first runs leave it: an ingest, an exam, a lookup and
    a quiz on one small note (each its own process, as the tests' are)."""
    import subprocess

    from tests.helpers import REPO

    work = Path(tempfile.mkdtemp(prefix="warm-cache-", dir=path.parent))
    note = work / "n.md"
    note.write_text("## Amazon SQS\n\n- Visibility timeout default is 30 seconds\n"
                    "- Max message size is 256 KB\n", encoding="utf-8")
    env = {**os.environ, "STUDYCLI_CACHE": str(path), "STUDYCLI_DB": str(work / "w.db"),
           "PYTHONPATH": str(REPO)}
    for args in (["ingest", str(note)], ["exam", "--json", "-p", "quick"],
                 ["lookup", "sqs max message size"], ["quiz"]):
        subprocess.run([sys.executable, "-m", "studycli", *args], env=env, cwd=REPO,
                       input="q\n", capture_output=True, text=True, timeout=120)
    for made in list(path.iterdir()):  # only what depends on code and data alone stays
        if not any(made.match(p) for p in _Warm.KEPT_FOR_CODE):
            shutil.rmtree(made) if made.is_dir() else made.unlink()


@pytest.fixture(scope="session", autouse=True)
def _warm_processes(tmp_path_factory):
    """The kept files a first run leaves (_Warm), made once per test session."""
    if os.environ.get("STUDYCLI_TESTS_COLD"):
        yield
        return
    _Warm.make_source = lambda: built_once(tmp_path_factory, "warm-cache", _warm_cache, "")
    _Warm.roots += (str(tmp_path_factory.getbasetemp().parent) + os.sep,)
    yield
    _Warm.source = _Warm.make_source = None


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    """Before any of the test's fixtures (a module's too) starts a process."""
    _Warm.cold = item.get_closest_marker("cold_cache") is not None


def pytest_collection(session):
    """Under pytest-xdist every worker imports every test module, and in a fresh checkout each
    rewrites the modules' assertions before its first test (some 4 s of CPU for the suite,
    the most of a cold collection; pytest then keeps the rewritten code in __pycache__). Each
    worker but the first imports them from its own share of the list onwards (the second from
    the middle), so the workers rewrite different modules at once and read the rest from
    what the others kept: the same modules, each rewritten as it would be, imported before
    collection finds them in sys.modules."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    count = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1") or 1)
    if not worker.startswith("gw") or worker == "gw0" or count < 2:
        return
    import importlib

    here = Path(__file__).resolve().parent
    modules = sorted(p.relative_to(here.parent).with_suffix("").parts
                     for p in here.rglob("test_*.py") if "data" not in p.relative_to(here).parts)
    start = len(modules) * int(worker[2:]) // count
    for parts in modules[start:] + modules[:start]:
        try:
            importlib.import_module(".".join(parts))
        except Exception:  # noqa: BLE001 - collection imports it again and reports the error
            pass


@pytest.fixture(scope="session", autouse=True)
def _new_databases_from_a_template(tmp_path_factory):
    """A brand-new database made in a test's own process gets its schema copied (SQLite's
    backup API) from one this process migrated at its start, instead of running all of the
    migrations again: some 900 new databases a run, ~9 ms of CPU each migrated, ~1 ms
    copied. The copy is what the same migrations made (tables, indexes, triggers, FTS,
    user_version, application_id; only `_migrations.applied_at` is the session's start).
    Migrations themselves stay tested where they run: any database that is not empty (an
    older schema, one a test changed), a MIGRATIONS list a test changed, and every process a
    test starts take the real path, as do all with STUDYCLI_TESTS_MIGRATE=1."""
    if os.environ.get("STUDYCLI_TESTS_MIGRATE"):
        yield
        return
    import sqlite3

    from studycli.store import db as store_db
    from studycli.store import identity

    template = tmp_path_factory.mktemp("schema") / "template.db"
    store_db.connect(template).close()  # the real migrations, once
    source = sqlite3.connect(template, check_same_thread=False)  # a test's thread may open one
    made_by = list(store_db.MIGRATIONS)
    migrate = store_db._migrate

    def from_template(store) -> None:
        conn = store.conn
        if (store_db.MIGRATIONS != made_by or identity.has_tables(conn)
                or conn.execute("PRAGMA user_version").fetchone()[0] != 0):
            migrate(store)
            return
        source.backup(conn)

    from_template.real = migrate  # tests/test_schema_template.py compares the two
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(store_db, "_migrate", from_template)
        yield
    source.close()


@pytest.fixture(scope="session")
def _private_root(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("private")


_PRIVATE = itertools.count()


@pytest.fixture(autouse=True)
def _private_db(request, _private_root, monkeypatch):
    """Every test gets its own database file; none touches the user's real one. It is in the
    test's tmp_path where the test has one (its files beside it); else in a plain folder of
    its own (studycli refuses a --db or $STUDYCLI_DB whose folder is missing): pytest's
    tmp_path makes a numbered folder and a link to it, some ms a test on a busy disk, and
    some 1,800 tests have no use for one."""
    if "tmp_path" in request.fixturenames:
        folder = request.getfixturevalue("tmp_path")
    else:
        folder = _private_root / str(next(_PRIVATE))
        folder.mkdir()
    db = folder / "studycli.db"
    monkeypatch.setenv("STUDYCLI_DB", str(db))
    monkeypatch.setenv("STUDYCLI_CACHE", str(folder / "cache"))  # check's kept findings
    return db


def built_once(tmp_path_factory, name: str, build, suffix: str = ".db") -> Path:
    """`build(path)` run once per test session: under pytest-xdist the workers share the
    session's temporary folder, and the first to take the lock builds the file the others
    read; without xdist, once in this process. The file is never changed after: tests copy it."""
    if not os.environ.get("PYTEST_XDIST_WORKER"):
        path = tmp_path_factory.mktemp(name) / f"{name}{suffix}"
        build(path)
        return path
    import fcntl

    shared = tmp_path_factory.getbasetemp().parent  # this session's, one per run of pytest
    path = shared / f"{name}{suffix}"
    with open(shared / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not path.exists():
            partial = shared / f"{name}.building"
            for leftover in shared.glob(f"{name}.building*"):  # a worker that died building
                shutil.rmtree(leftover) if leftover.is_dir() else leftover.unlink()
            build(partial)
            partial.rename(path)  # complete or absent, never half-written
    return path


@pytest.fixture(scope="session")
def shipped_db_file(tmp_path_factory) -> Path:
    """The shipped notes ingested once per test session (about a second each time); tests
    take a copy (`shipped_copy`) so none sees another's cards or reviews."""
    from studycli.database import ensure_database

    def build(path: Path) -> None:
        ensure_database(path).conn.close()  # closing the last connection checkpoints the WAL

    return built_once(tmp_path_factory, "shipped", build)


def copy_of(source: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    dest = folder / "shipped.db"
    shutil.copyfile(source, dest)
    return dest


@pytest.fixture(scope="session")
def dev_notes_db(tmp_path_factory):
    """`dev_notes_db("unseen2_notes")`: that folder of tests/data ingested once per test
    session (several modules read the same development sets); `dev_notes_copy` gives a copy to
    open, so no test sees another's changes."""
    made: dict[str, Path] = {}

    def build(name: str, path: Path) -> None:
        from studycli.ingest import ingest_paths
        from studycli.store.db import connect

        db = connect(path)
        ingest_paths(db, [Path(__file__).parent / "data" / name])
        db.conn.close()  # the last connection checkpoints the WAL: one file to copy

    def ingested(name: str) -> Path:
        if name not in made:
            made[name] = built_once(tmp_path_factory, name, lambda path: build(name, path))
        return made[name]

    return ingested


@pytest.fixture(scope="session")
def dev_notes_copy(dev_notes_db, tmp_path_factory):
    """`dev_notes_copy("unseen_notes")`: a fresh copy of that set's database, opened."""
    def copy(name: str):
        from studycli.store.db import connect

        return connect(copy_of(dev_notes_db(name), tmp_path_factory.mktemp(name)))

    return copy


@pytest.fixture(scope="session")
def shipped_fresh_exam(shipped_db_file, tmp_path_factory):
    """`shipped_fresh_exam(profile, seed, as_written=False, service=None)`: the exam a fresh
    pool of the shipped notes draws (generate_exam(load_pool(db), ...)), drawn once per test
    session (built_once: a worker reads the pickle of another's draw) and read once per
    process: the tests of kept, read-back and reused draws compare theirs with the same few
    (the same notes and request draw the same exam in any copy of the database, in any
    process: test_exam_blueprint checks the bytes across hash seeds)."""
    import hashlib
    import pickle

    from studycli.exam.generate import generate_exam, load_pool  # not as a test patches them
    from studycli.store.db import connect

    made: dict[tuple, object] = {}
    store: list = []

    def draw(key: tuple, profile, path: Path) -> None:
        if not store:
            store.append(connect(copy_of(shipped_db_file, tmp_path_factory.mktemp("fresh"))))
        drawn = generate_exam(load_pool(store[0], as_written=key[2]), profile, key[1], key[3])
        path.write_bytes(pickle.dumps(drawn))

    def exam(profile, seed: int, as_written: bool = False, service: str | None = None):
        key = (repr(profile), seed, as_written, service)
        if key not in made:
            name = "fresh-exam-" + hashlib.sha256(repr(key).encode()).hexdigest()[:16]
            path = built_once(tmp_path_factory, name, lambda p: draw(key, profile, p), ".pickle")
            made[key] = pickle.loads(path.read_bytes())
        return made[key]

    return exam


@pytest.fixture
def shipped_copy(shipped_db_file, tmp_path) -> Path:
    """A fresh copy of the shipped notes' database, for this test alone."""
    return copy_of(shipped_db_file, tmp_path / "shipped")


@pytest.fixture(scope="session")
def _exam_db_file(tmp_path_factory) -> Path:
    """The small exam fact base built once per test session (its facts name their notes by
    file name only, so the folder the notes were written to is in none of its rows)."""
    from tests.exam_data import build_db

    def build(path: Path) -> None:
        build_db(path, path.parent / "notes").conn.close()  # checkpointed: one file to copy

    return built_once(tmp_path_factory, "exam", build)


@pytest.fixture
def exam_db(_exam_db_file, _private_db, tmp_path):
    """The small exam fact base (a copy for this test alone), each fact's line written to a
    note file (tests/exam_data.py)."""
    from studycli.store.db import connect
    from tests.exam_data import write_notes

    shutil.copyfile(_exam_db_file, _private_db)
    write_notes(tmp_path / "notes")
    return connect(_private_db)


@pytest.fixture
def paper(exam_db):
    """A quick exam drawn from exam_db with seed 11."""
    from studycli.exam.generate import generate_exam, load_pool
    from studycli.exam.profiles import get_profile

    return generate_exam(load_pool(exam_db), get_profile("quick"), 11)


@pytest.fixture
def quiz_db(_private_db):
    """The quiz's sample facts stored with their cards, made at tests.quiz_facts.T0."""
    from studycli.cards import sync_cards
    from studycli.store.db import connect
    from tests.quiz_facts import T0, store_samples

    database = connect(_private_db)
    store_samples(database)
    sync_cards(database, T0)
    return database
