"""Reading data/reference/*.toml: stdlib only (tomllib), cached per directory.

`STUDYCLI_REFERENCE` points at another reference directory (tests, or a reference being
re-checked before it is committed).
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

# (the stamp lives outside this package, which an ingest that changed nothing need not load)
from studycli.currency_stamp import reference_stamp  # noqa: F401
from studycli.paths import reference_dir, reference_stamps
from studycli.reference.entry import Entry
from studycli.reference.services_index import UNREADABLE, services_by_file

TYPE_CHECKING = False
if TYPE_CHECKING:  # imported for the type checker only
    from studycli.reference.keys import Index

ENV_REFERENCE = "STUDYCLI_REFERENCE"  # read by studycli.paths.reference_dir


class Reference:
    """Every entry of one reference directory, plus the files that could not be read."""

    __slots__ = ("_index", "directory", "entries", "problems")

    def __init__(self, entries: list[Entry], problems: list[str], directory: Path):
        self.entries = entries
        self.problems = problems  # "file: what is wrong", one per unreadable file or entry
        self.directory = directory
        self._index: Index | None = None

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


def load_reference(directory: Path | None = None, services=None) -> Reference:
    """The reference in `directory` (default: reference_dir()); cached until a file changes.

    `services` (canonical names) reads only the files that hold entries of those services:
    lookup's fast path needs one or two files, not all of them (~1 ms instead of ~30 ms).
    """
    directory = Path(directory) if directory is not None else reference_dir()
    stamps = _stamps(directory)
    if services is None:
        return _load_whole(directory, stamps)
    return _load(directory, stamps, frozenset(s.lower() for s in services))


def _stamps(directory: Path) -> tuple[tuple[str, int, int], ...]:
    """The cache's key: plain strings and one stat a file (paths.reference_stamps)."""
    return reference_stamps(directory)


@lru_cache(maxsize=2)
def _load_whole(directory: Path, stamps: tuple) -> Reference:
    """The whole reference, in a cache of its own: the partial loads (one per set of
    services asked, as the card sync asks for a fact's service alone) would push it out of a
    shared one. Loaded again, it was a new object with a new index, and the assessments
    made against the old one (kept.shared_memo, by index) were all made again: the AWS
    tally of an ingest of 1 MB of prose after the fact statuses cost 2.5 s more. (Read by
    _read, not the cached _load: held in both it took one of the partial loads' places.)"""
    return _read(directory, stamps, None)


@lru_cache(maxsize=8)
def _load(directory: Path, stamps: tuple, wanted: frozenset[str] | None) -> Reference:
    return _read(directory, stamps, wanted)


def _read(directory: Path, stamps: tuple, wanted: frozenset[str] | None) -> Reference:
    entries: list[Entry] = []
    problems: list[str] = []
    # which files hold the services wanted, kept between runs (reference/services_index.py)
    held = services_by_file(str(directory), stamps) if wanted is not None else {}
    for name, mtime, size in stamps:
        stamp = (directory / name, mtime, size)
        if wanted is not None and not (held[name] & (wanted | {UNREADABLE})):
            continue
        file_entries, file_problems = _load_file(*stamp)
        entries += file_entries
        problems += file_problems
    if wanted is not None:
        entries = [e for e in entries if e.service.lower() in wanted
                   or any(s.lower() in wanted for s in e.claim_services)]
    return Reference(entries, problems, directory)


@lru_cache(maxsize=256)
def _load_file(path: Path, mtime: int, size: int) -> tuple[list[Entry], list[str]]:
    name = path.name
    try:
        data = _parsed(path.read_bytes())
    # (ValueError: tomllib.TOMLDecodeError, whose module is imported only for a parse not kept,
    # and UnicodeDecodeError)
    except (OSError, ValueError) as exc:
        return [], [f"{name}: cannot be read ({exc}); fix the file or remove it"]
    raw_entries = data.get("entry", [])
    if not isinstance(raw_entries, list):
        return [], [f"{name}: 'entry' must be an array of tables ([[entry]])"]
    entries, problems = [], []
    for raw in raw_entries:
        if not isinstance(raw, dict) or not raw.get("id") or not raw.get("service"):
            problems.append(f"{name}: an entry without an id or service is ignored")
            continue
        entries.append(Entry(raw, name))
    return entries, problems


def _parsed(raw: bytes) -> dict:
    """The TOML document in `raw`, kept between runs as JSON under the hash of its bytes:
    tomllib is pure Python (~1 ms a file, ~36 ms for the reference on every ingest), the json
    module is C. Kept only when JSON gives back exactly what tomllib gave (no dates)."""
    import json

    from studycli.digest import sha256_hex
    from studycli.kept import cache_dir

    kept = cache_dir() / "reference" / f"{sha256_hex(raw)[:32]}.json"
    try:
        data = json.loads(kept.read_text(encoding="utf-8"))
        if isinstance(data, dict):
            return data
    except (OSError, ValueError):
        pass  # not kept yet, or unreadable: parse the file
    import tomllib  # pure Python, with typing: ~3 ms to import, for a file whose parse is not kept

    # newlines as Path.read_text gives them
    data = tomllib.loads(raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n"))
    try:
        text = json.dumps(data, ensure_ascii=False)
        if json.loads(text) == data:
            kept.parent.mkdir(parents=True, exist_ok=True)
            tmp = kept.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(text, encoding="utf-8")
            os.replace(tmp, kept)  # whole or not at all: a reader never sees half a file
    except (OSError, TypeError, ValueError):
        pass  # nothing kept: the next run parses the file again
    return data
