"""Start-up without pathlib or platformdirs: the user's folders worked out as platformdirs
does, and lookup's plain read-only open, which must agree with the full open or step aside."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import platformdirs
import pytest
from platformdirs.macos import MacOS
from platformdirs.unix import Unix

from studycli import paths
from studycli.store import db as store_db

from .helpers import REPO

ENVIRONMENTS = [
    {"HOME": "/home/ann"},
    {"HOME": "/home/ann/"},
    {"HOME": "/"},
    {"HOME": "/home/ann", "XDG_DATA_HOME": "", "XDG_CACHE_HOME": ""},
    {"HOME": "/home/ann", "XDG_DATA_HOME": "  ", "XDG_CACHE_HOME": " "},
    {"HOME": "/home/ann", "XDG_DATA_HOME": "/data/x", "XDG_CACHE_HOME": "/cache/y"},
    {"HOME": "/home/ann", "XDG_DATA_HOME": "relative/x", "XDG_CACHE_HOME": "rel"},
    {"HOME": "relative-home"},
    {"HOME": "/home/ann", "ANDROID_DATA": "/data", "ANDROID_ROOT": "/system"},
]


def _set(monkeypatch, env: dict[str, str]) -> None:
    for name in ("HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "ANDROID_DATA", "ANDROID_ROOT"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)


@pytest.mark.parametrize("env", ENVIRONMENTS)
def test_user_folders_are_platformdirs_own_on_linux(monkeypatch, env):
    _set(monkeypatch, env)
    monkeypatch.setattr(sys, "platform", "linux")
    if env["HOME"].startswith("/") and "ANDROID_DATA" not in env:
        expected = Unix("studycli", appauthor=False)
        assert paths.user_dir("data") == expected.user_data_dir
        assert paths.user_dir("cache") == expected.user_cache_dir
    # wherever this host's platformdirs is asked, the answers are its own
    assert paths.user_dir("data") == platformdirs.user_data_dir("studycli", appauthor=False)
    assert paths.user_dir("cache") == platformdirs.user_cache_dir("studycli", appauthor=False)


@pytest.mark.parametrize("env", [e for e in ENVIRONMENTS if e["HOME"].startswith("/")
                                 and "ANDROID_DATA" not in e])
def test_user_folders_are_platformdirs_own_on_macos(monkeypatch, env):
    _set(monkeypatch, env)
    monkeypatch.setattr(sys, "platform", "darwin")
    asked: list[str] = []
    monkeypatch.setattr(platformdirs, "user_data_dir",
                        lambda *a, **k: asked.append("data") or MacOS(*a, **k).user_data_dir)
    monkeypatch.setattr(platformdirs, "user_cache_dir",
                        lambda *a, **k: asked.append("cache") or MacOS(*a, **k).user_cache_dir)
    expected = MacOS("studycli", appauthor=False)
    assert paths.user_dir("data") == expected.user_data_dir
    assert paths.user_dir("cache") == expected.user_cache_dir
    # platformdirs is asked exactly when an XDG variable says something
    assert bool(asked) == bool(env.get("XDG_DATA_HOME", "").strip())


def test_windows_always_asks_platformdirs(monkeypatch):
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(platformdirs, "user_data_dir", lambda *a, **k: "C:\\Users\\ann\\studycli")
    assert paths.user_dir("data") == "C:\\Users\\ann\\studycli"


def test_default_database_path_is_the_user_data_folder(monkeypatch):
    monkeypatch.delenv("STUDYCLI_DB", raising=False)
    expected = platformdirs.user_data_dir("studycli", appauthor=False)
    assert str(paths.resolve_db(None)) == f"{expected}/studycli.db"
    assert paths.plain_db_path(None) == f"{expected}/studycli.db"


@pytest.mark.parametrize("text", ["~/x.db", " a.db", "a.db ", "./a.db", "a/../b.db", "a//b.db",
                                  "a/b/", "/a/./b.db"])
def test_anything_but_a_plain_path_takes_the_full_open(text):
    assert paths.plain_db_path(text) is None


@pytest.mark.parametrize("text", ["a.db", "/tmp/x/a.db", "dir/a b.db"])
def test_plain_paths_stay_as_given(text):
    assert paths.plain_db_path(text) == text


def _database(path, version=None, app_id=None):
    conn = store_db.connect(path)
    conn.close()
    if version is not None or app_id is not None:
        raw = sqlite3.connect(path)
        if version is not None:
            raw.execute(f"PRAGMA user_version = {version}")
        if app_id is not None:
            raw.execute(f"PRAGMA application_id = {app_id}")
        raw.commit()
        raw.close()


def test_plain_open_reads_a_current_database_and_writes_nothing(tmp_path):
    path = tmp_path / "s.db"
    _database(path)
    before = path.read_bytes()
    store = store_db.open_plain(str(path), readonly=True)
    assert store is not None and store.readonly and store.path == path
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        store.conn.execute("CREATE TABLE x (y)")
    store.close()
    assert path.read_bytes() == before


def test_plain_open_for_writing_is_connects_own(tmp_path):
    path = tmp_path / "s.db"
    _database(path)
    store = store_db.open_plain(str(path), readonly=False)
    assert store is not None and not store.readonly and store.path == path
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    store.conn.execute("CREATE TABLE x (y)")
    store.close()


@pytest.mark.parametrize("readonly", [True, False])
@pytest.mark.parametrize("case", ["missing", "empty", "directory", "newer", "older", "foreign",
                                  "junk", "quoted name", "unstamped", "no write permission"])
def test_plain_open_steps_aside_for_the_full_open(tmp_path, case, readonly):
    path = tmp_path / ("s?#%.db" if case == "quoted name" else "s.db")
    if case == "empty":
        path.write_bytes(b"")
    elif case == "directory":
        path.mkdir()
    elif case == "junk":
        path.write_bytes(b"not a database " * 100)
    elif case != "missing":
        _database(path, version={"newer": 9999, "older": 1}.get(case),
                  app_id={"foreign": 0x1234, "unstamped": 0}.get(case))
    if case == "no write permission":
        path.chmod(0o444)
    before = path.read_bytes() if path.is_file() else None
    opened = {  # (read-only, writable): what connect would do at once, with nothing to add
        "quoted name": (False, True),  # a URI must quote it; a writer opens it by name
        "unstamped": (True, False),  # an adopted database: a writer stamps it first
        "no write permission": (True, os.geteuid() == 0),  # root may write it anyway
    }.get(case, (False, False))
    steps_aside = not opened[0 if readonly else 1]
    store = store_db.open_plain(str(path), readonly)
    if steps_aside:
        assert store is None
        assert (path.read_bytes() if path.is_file() else None) == before  # nothing written
    else:
        assert store is not None
        store.close()


def test_a_damaged_database_is_left_to_the_full_open(tmp_path):
    path = tmp_path / "s.db"
    _database(path)
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE filler (x)")
    raw.executemany("INSERT INTO filler VALUES (?)", [("x" * 500,)] * 200)
    raw.commit()
    raw.close()
    data = bytearray(path.read_bytes())
    data[-4096 * 3: -4096 * 2] = b"\xff" * 4096  # a page of the filler table
    path.write_bytes(bytes(data))
    assert store_db.open_plain(str(path), readonly=False) is None


def test_lookup_reads_its_database_without_pathlib_or_platformdirs(shipped_copy, tmp_path):
    """Nor json: through the default database path ($HOME's), as a new student runs it."""
    home = tmp_path / "home"
    target = home / ".local" / "share" / "studycli"
    target.mkdir(parents=True)
    (target / "studycli.db").write_bytes(shipped_copy.read_bytes())
    code = ("import sys\nfrom studycli.entry import main\n"
            "rc = main(['lookup', 'sqs max message size'])\n"
            "print('RC', rc, sorted(m for m in sys.modules "
            "if m.split('.')[0] in ('pathlib', 'platformdirs', 'urllib', 'json')))\n")
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO),
           "STUDYCLI_CACHE": str(tmp_path / "cache")}
    if sys.platform != "linux":
        pytest.skip("the default folder is the Linux one here")
    for _ in range(2):  # the first run keeps its data files' parsed copies; the second reads them
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              cwd=REPO, env=env, timeout=60)
    assert proc.stdout.strip().splitlines()[-1] == "RC 0 []", proc.stderr
    assert "256" in proc.stdout


def _same(a, b) -> bool:
    """Equal, with the same types all the way down (True is not 1, 1 is not 1.0)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return a == b


@pytest.mark.parametrize("name", sorted(p.name for p in paths.data_dir().glob("*.json")))
def test_data_files_read_through_the_kept_copy_are_what_json_reads(name, monkeypatch, tmp_path):
    import json

    monkeypatch.setenv("STUDYCLI_CACHE", str(tmp_path / "cache"))
    expected = json.loads(paths.read_data(name))
    first = paths.load_json(name)  # parsed, and kept
    assert (tmp_path / "cache" / f"data-{name}.marshal").is_file()
    again = paths.load_json(name)  # read from the copy
    assert _same(first, expected) and _same(again, expected)


def test_a_stale_or_broken_copy_is_never_read(monkeypatch, tmp_path):
    import json

    monkeypatch.setenv("STUDYCLI_CACHE", str(tmp_path / "cache"))
    name = "exam_profiles.json"
    expected = json.loads(paths.read_data(name))
    paths.load_json(name)
    copy = tmp_path / "cache" / f"data-{name}.marshal"
    import marshal

    version, text = marshal.loads(copy.read_bytes())[0]
    for other in ((version, text.replace(b"saa", b"SAA")), (version + 1, text)):
        copy.write_bytes(marshal.dumps((other, {"stale": True})))
        assert paths.load_json(name) == expected  # another text or Python: the file is read
    for broken in (b"", b"\x00garbage", marshal.dumps(["not", "a", "pair"])):
        copy.write_bytes(broken)
        assert paths.load_json(name) == expected


def test_an_unwritable_cache_folder_costs_only_time(monkeypatch, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("STUDYCLI_CACHE", str(blocker / "cache"))
    assert paths.load_json("exam_profiles.json")
    monkeypatch.setenv("STUDYCLI_CACHE", "~nosuchuser-studycli/cache")
    assert paths.cache_folder() is None
    assert paths.load_json("exam_profiles.json")
