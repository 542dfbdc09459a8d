import os
import tempfile

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
