import os
import shutil
import tempfile
from pathlib import Path

import pytest


def pytest_configure(config):
    """Module- and session-scoped fixtures run before the per-test fixture below: point the
    database and the cache at a scratch folder for them too, so no test run writes into the
    student's own ~/.cache/studycli or data folder."""
    scratch = tempfile.mkdtemp(prefix="studycli-tests-")
    os.environ["STUDYCLI_CACHE"] = os.path.join(scratch, "cache")
    os.environ["STUDYCLI_DB"] = os.path.join(scratch, "studycli.db")


@pytest.fixture(autouse=True)
def _private_db(tmp_path, monkeypatch):
    """Every test gets its own database file; none touches the user's real one."""
    db = tmp_path / "studycli.db"
    monkeypatch.setenv("STUDYCLI_DB", str(db))
    monkeypatch.setenv("STUDYCLI_CACHE", str(tmp_path / "cache"))  # check's kept findings
    return db


@pytest.fixture(scope="session")
def shipped_db_file(tmp_path_factory) -> Path:
    """The shipped notes ingested once per test process (about a second each time); tests
    take a copy (`shipped_copy`) so none sees another's cards or reviews."""
    from studycli.database import ensure_database

    path = tmp_path_factory.mktemp("shipped-once") / "shipped.db"
    ensure_database(path).conn.close()  # closing the last connection checkpoints the WAL
    return path


def copy_of(source: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    dest = folder / "shipped.db"
    shutil.copyfile(source, dest)
    return dest


@pytest.fixture
def shipped_copy(shipped_db_file, tmp_path) -> Path:
    """A fresh copy of the shipped notes' database, for this test alone."""
    return copy_of(shipped_db_file, tmp_path / "shipped")
