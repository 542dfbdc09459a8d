import pytest


@pytest.fixture(autouse=True)
def _private_db(tmp_path, monkeypatch):
    """Every test gets its own database file; none touches the user's real one."""
    db = tmp_path / "studycli.db"
    monkeypatch.setenv("STUDYCLI_DB", str(db))
    monkeypatch.setenv("STUDYCLI_CACHE", str(tmp_path / "cache"))  # check's kept findings
    return db
