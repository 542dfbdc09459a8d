import pytest


@pytest.fixture(autouse=True)
def _private_db(tmp_path, monkeypatch):
    """Every test gets its own database file; none touches the user's real one."""
    db = tmp_path / "studycli.db"
    monkeypatch.setenv("STUDYCLI_DB", str(db))
    return db
