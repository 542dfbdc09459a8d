"""Where things live: the database, the shipped notes and the curated data.

Kept free of heavy imports: the lookup fast path uses it.
"""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent

ENV_DB = "STUDYCLI_DB"


def _bundled(name: str) -> Path:
    # Installed wheel: studycli/<name>; source checkout: <repo>/<name>.
    inside = _PACKAGE / name
    return inside if inside.is_dir() else _PACKAGE.parent / name


def content_dir() -> Path:
    """The notes shipped with the tool (the default corpus)."""
    return _bundled("content")


def data_dir() -> Path:
    """Curated data: service aliases, synonyms, exam profiles."""
    return _bundled("data")


def default_db_path() -> Path:
    from platformdirs import user_data_dir  # only when no --db / $STUDYCLI_DB is given

    return Path(user_data_dir("studycli", appauthor=False)) / "studycli.db"


def resolve_db(db: str | os.PathLike | None) -> Path:
    """--db, else $STUDYCLI_DB, else the platform's user data directory."""
    if db:
        return Path(db).expanduser()
    env = os.environ.get(ENV_DB)
    if env:
        return Path(env).expanduser()
    return default_db_path()
