"""Ingest: find note files, read them safely, parse, and store one transaction per file."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from studycli.cards import sync_cards
from studycli.errors import StudyError
from studycli.model import Warning_
from studycli.paths import content_dir, resolve_db

NOTE_SUFFIXES = {".md", ".markdown", ".txt", ".tsv"}  # .tsv: flashcard exports
MAX_NOTE_BYTES = 8 * 1024 * 1024  # a note larger than this is almost surely not a note


@dataclass
class IngestReport:
    sources: list[dict] = field(default_factory=list)
    facts: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)
    comparisons: int = 0
    conflicts: int = 0
    skipped: list[dict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    ingested: int = 0

    def to_dict(self) -> dict:
        return {
            "sources": self.sources,
            "facts": self.facts,
            "by_kind": self.by_kind,
            "comparisons": self.comparisons,
            "conflicts": self.conflicts,
            "skipped": self.skipped,
            "warnings": self.warnings,
        }


def discover(paths: Iterable[Path], report: IngestReport) -> list[tuple[Path, str]]:
    """(file, name relative to the path it was found under) for every note in `paths`."""
    found: list[tuple[Path, str]] = []
    for given in paths:
        path = Path(given).expanduser()
        if not path.exists():
            report.warnings.append(f"{given}: no such file or directory")
            continue
        if path.is_file():
            found.append((path, path.name))
            continue
        notes = sorted(
            p for p in path.rglob("*")
            if p.is_file() and p.suffix.lower() in NOTE_SUFFIXES
            and not any(part.startswith(".") for part in p.relative_to(path).parts)
        )
        if not notes:
            report.warnings.append(f"{given}: no notes here (looked for .md, .markdown, .txt, .tsv)")
        found.extend((p, p.relative_to(path).as_posix()) for p in notes)
    return found


def read_note(path: Path, name: str, warnings: list[Warning_]) -> str | None:
    """The note's text, or None (with a warning) if it cannot be a note."""
    try:
        size = path.stat().st_size
        if size > MAX_NOTE_BYTES:
            warnings.append(Warning_(name, f"skipped: {size / 2**20:.0f} MB is larger than the "
                                           f"{MAX_NOTE_BYTES // 2**20} MB a note may be; split it"))
            return None
        data = path.read_bytes()
    except OSError as exc:
        warnings.append(Warning_(name, f"skipped: cannot read ({exc.strerror})"))
        return None
    if b"\x00" in data[:8192]:
        warnings.append(Warning_(name, "skipped: binary file, not a text note"))
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        warnings.append(Warning_(name, "not UTF-8; read as Windows-1252 (cp1252). "
                                       "Save the note as UTF-8 to silence this", line))
        return data.decode("cp1252", errors="replace")


def ingest_paths(db, paths: Iterable[Path]) -> IngestReport:
    """Parse `paths` into `db`. Unchanged files are skipped; each file is one transaction."""
    from studycli.store import facts as store

    report = IngestReport()
    # Notes can always be ingested again, so this connection need not sync every commit to
    # disk (WAL keeps the database consistent after a crash either way).
    db.conn.execute("PRAGMA synchronous = NORMAL")
    work: list[tuple[str, str, str, list[Warning_]]] = []
    for path, name in discover(paths, report):
        warnings: list[Warning_] = []
        text = read_note(path, name, warnings)
        if text is None:
            report.skipped.append({"path": name, "reason": warnings[-1].message})
            report.warnings.extend(str(w) for w in warnings)
            continue
        sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
        report.ingested += 1
        if store.source_hash(db, name) == sha:
            report.skipped.append({"path": name, "reason": "unchanged"})
            continue
        work.append((text, name, sha, warnings))
    for (_, name, sha, warnings), note in zip(work, _parse_all(work)):
        note.warnings[:0] = warnings
        store.replace_source(db, note, sha)
        report.warnings.extend(str(w) for w in note.warnings)
        report.sources.append({
            "path": name,
            "facts": len({f.id for f in note.facts}),
            "comparisons": len(note.comparisons),
            "by_kind": _by_kind(note.facts),
        })
    for hook in POST_INGEST_HOOKS:
        hook(db)
    report.facts = store.count_facts(db)
    report.by_kind = store.count_by_kind(db)
    report.comparisons = store.count_comparisons(db)
    report.conflicts = len(store.find_conflicts(db))
    return report


PARALLEL_FROM = 12  # notes; below this a process pool costs more than it saves


def _parse_all(work):
    """Parsed notes in order. Many notes are parsed on every core; the writes stay here."""
    from studycli.notes import parse_note

    texts, names = [w[0] for w in work], [w[1] for w in work]
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    if len(work) < PARALLEL_FROM or (cores or 1) < 2:
        yield from map(parse_note, texts, names)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=cores) as pool:
        yield from pool.map(parse_note, texts, names, chunksize=8)


# Called with the database after every ingest (the quiz keeps its cards in step here).
POST_INGEST_HOOKS: list = []
POST_INGEST_HOOKS.append(sync_cards)  # quiz cards follow their facts


def _by_kind(facts) -> dict[str, int]:
    counts: dict[str, int] = {}
    for f in {f.id: f for f in facts}.values():
        counts[f.kind] = counts.get(f.kind, 0) + 1
    return dict(sorted(counts.items()))
