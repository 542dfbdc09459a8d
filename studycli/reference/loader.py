"""Reading data/reference/*.toml: stdlib only (tomllib), cached per directory.

`STUDYCLI_REFERENCE` points at another reference directory (tests, or a reference being
re-checked before it is committed).
"""

from __future__ import annotations

import os
import tomllib
from functools import lru_cache
from pathlib import Path

from studycli.paths import data_dir
from studycli.reference.entry import Entry

ENV_REFERENCE = "STUDYCLI_REFERENCE"


def reference_dir() -> Path:
    env = os.environ.get(ENV_REFERENCE)
    return Path(env).expanduser() if env else data_dir() / "reference"


class Reference:
    """Every entry of one reference directory, plus the files that could not be read."""

    __slots__ = ("entries", "problems", "directory", "_index")

    def __init__(self, entries: list[Entry], problems: list[str], directory: Path):
        self.entries = entries
        self.problems = problems  # "file: what is wrong", one per unreadable file or entry
        self.directory = directory
        self._index = None

    @property
    def last_checked(self) -> str:
        """The most recent `checked` date of a verified entry ("" when there is none)."""
        return max((e.checked for e in self.entries if e.verified), default="")

    @property
    def oldest_checked(self) -> str:
        return min((e.checked for e in self.entries if e.verified and e.checked), default="")

    @property
    def verified(self) -> int:
        return sum(1 for e in self.entries if e.verified)

    def index(self):
        """Entries by normalized key and by service (built on first use)."""
        if self._index is None:
            from studycli.reference.keys import build_index

            self._index = build_index(self.entries)
        return self._index


def load_reference(directory: Path | None = None) -> Reference:
    """The reference in `directory` (default: reference_dir()); cached until a file changes."""
    directory = Path(directory) if directory is not None else reference_dir()
    files = sorted(directory.glob("*.toml")) if directory.is_dir() else []
    stamp = tuple((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in files)
    return _load(directory, stamp)


@lru_cache(maxsize=4)
def _load(directory: Path, stamp: tuple) -> Reference:
    entries: list[Entry] = []
    problems: list[str] = []
    for name, _, _ in stamp:
        try:
            data = tomllib.loads((directory / name).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            problems.append(f"{name}: cannot be read ({exc}); fix the file or remove it")
            continue
        raw_entries = data.get("entry", [])
        if not isinstance(raw_entries, list):
            problems.append(f"{name}: 'entry' must be an array of tables ([[entry]])")
            continue
        for raw in raw_entries:
            if not isinstance(raw, dict) or not raw.get("id") or not raw.get("service"):
                problems.append(f"{name}: an entry without an id or service is ignored")
                continue
            entries.append(Entry(raw, name))
    return Reference(entries, problems, directory)
