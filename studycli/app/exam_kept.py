"""Exams kept between runs: drawing one is a pure function of the fact base, the code and
data that draw it, the day, the profile and options, and the seed. `exam --json --seed N`
run again (a script, an export taken later with the same seed, a retake of a shown seed)
reads the exam it drew before instead of drawing it again (importing the generator, loading
the pool and drawing: ~100 ms of CPU on the shipped notes, most of `exam --json`'s time).
A new seed reads back what no seed changes (the basis and the pool with its question
material, below), so only the sampling is left to do.

The key (studycli/kept.py) hashes every fact id in row order, each note's hash and ingest
time, the AWS statuses' stamp, the database file's size and mtime and its WAL's size (a
write by any program draws afresh), the stat of every studycli source and data file and of
the AWS reference's files, today's date, and the request. A few recent exams per database
are kept, one file each; never a source of truth: a file that cannot be read is ignored and
the exam is drawn.

Stdlib only; the model is imported only to rebuild a kept exam.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from studycli import kept

PAPER = "exam-paper"  # one file per kept exam: a lookup reads one small file, or none
KEEP = 8  # exams kept per database (the newest)
VERSION = "exam-kept-4"  # bump when what is kept changes shape
# Every fact id in row order as one row: a row per fact costs a repr each, ~1 ms a key.
_QUERIES = ("SELECT group_concat(id, ' ') FROM (SELECT id FROM facts ORDER BY rowid)",
            "SELECT path, sha256, ingested_at, facts, comparisons FROM sources ORDER BY path",
            "SELECT stamp FROM fact_currency_stamp",
            "SELECT count(*) FROM fact_currency")


def _wal_size(db_path: Path) -> int:
    """The write-ahead log's size: it grows with every write not yet copied into the file
    (whose mtime changes when it is). Not its mtime: opening the database touches it."""
    try:
        return db_path.with_name(db_path.name + "-wal").stat().st_size
    except OSError:
        return -1


def stamp(store) -> str | None:
    """A hash of everything a draw reads but the request: the fact base, the database file,
    the code and data, the day. None when it cannot be worked out (an old database without
    the tables it reads, a store without a path)."""
    import sqlite3

    path = getattr(store, "path", None)
    if path is None:
        return None
    try:
        return kept.key(store.conn, Path(path), _QUERIES,
                        [str(Path(path)), *kept.studycli_files(), *kept.reference_files()],
                        f"{VERSION}|{_wal_size(Path(path))}")
    except (sqlite3.Error, OSError):
        return None


def _hashed(*parts) -> str:
    from studycli.digest import sha256

    return sha256("|".join(map(repr, parts)).encode()).hexdigest()[:32]


def request_key(base: str | None, profile, service: str | None, seed: int,
                as_written: bool) -> str | None:
    """The key one exam is kept under (`base`: stamp(store))."""
    if base is None:
        return None
    return _hashed(base, sorted(vars(profile).items()), service, seed, as_written)


def load(store, key: str | None):
    """(the exam, its notes) kept under `key`, or None."""
    if key is None:
        return None
    entry = kept.load(f"{PAPER}-{key}", Path(store.path), key)
    try:
        return _exam(entry["exam"]), list(entry["notes"])  # type: ignore[index]
    except (KeyError, TypeError, ValueError):
        return None


def save(store, key: str | None, paper, notes: list[str]) -> None:
    if key is None:
        return
    exam = {**_fields(paper), "questions": [_fields(q) for q in paper.questions]}
    _keep(PAPER, Path(store.path), key, {"exam": exam, "notes": list(notes)}, KEEP)


def _fields(obj) -> dict:
    from dataclasses import fields

    return {f.name: getattr(obj, f.name) for f in fields(obj)}


def _keep(purpose: str, path: Path, key: str, entry: dict, keep: int) -> None:
    """Keep `entry` under `key`, and of this purpose's files for the database the newest
    `keep` only."""
    written = kept.save(f"{purpose}-{key}", path, key, entry)
    if written is not None:
        _prune(purpose, path, written, keep, ".json")


def _prune(purpose: str, path: Path, written: Path, keep: int, suffix: str) -> None:
    """Of this purpose's files for the database, the newest `keep` only (`written` the
    newest)."""
    try:  # stamped with the precise clock: a file system's own mtimes can tie within a tick
        now = time.time_ns()
        os.utime(written, ns=(now, now))
    except OSError:
        return
    mine = kept.cache_dir().glob(f"{purpose}-*-{kept.db_name(path)}{suffix}")
    try:
        files = sorted(((f.stat().st_mtime_ns, f) for f in mine), reverse=True)
    except OSError:
        return  # another run is pruning at the same moment
    for _, old in files[keep:]:
        old.unlink(missing_ok=True)


def _exam(raw: dict):
    from studycli.exam.model import Exam, ExamQuestion
    from studycli.model import Kind

    kinds = {k.value: k for k in Kind}  # a drawn question's kind is a Kind: so is a kept one's
    questions = [ExamQuestion(**{**q, "kind": kinds.get(q["kind"], q["kind"]),
                                 "options": tuple(q["options"]),
                                 "answers": tuple(q["answers"]),
                                 "fact_ids": tuple(q["fact_ids"])})
                 for q in raw["questions"]]
    return Exam(**{**raw, "questions": questions, "scale": tuple(raw["scale"])})


# The draw's seed-free work (generate.exam_basis: which facts are askable, which requirements
# the notes state; each askable fact's card types, and whether each requirement's stem gives
# its answer away), kept as positions in the pool with the ids found there: ~20 ms a draw.
BASIS = "exam-basis"
BASIS_KEEP = 4


def basis_key(base: str | None, service: str | None, as_written: bool) -> str | None:
    return None if base is None else _hashed(base, "basis", service, as_written)


def load_basis(store, key: str | None, pool):
    """(askable facts, scenario candidates) kept under `key` for this very pool, or None."""
    if key is None:
        return None
    entry = kept.load(f"{BASIS}-{key}", Path(store.path), key)
    if entry is None:
        return None
    from studycli.exam.requirements import requirements

    facts, known = pool.facts, requirements()
    try:
        if entry["count"] != len(facts):
            return None

        def fact(place):
            i, fid = place
            if facts[i].id != fid:
                raise ValueError(fid)
            return facts[i]

        askable = [fact(p) for p in entry["askable"]]
        types = entry.get("types")
        if isinstance(types, list) and len(types) == len(askable):
            from studycli.questions.build import remember_card_types

            remember_card_types(zip(askable, types, strict=True))
        scenarios = []
        for r, rid, support in entry["scenarios"]:
            if known[r].id != rid:
                return None
            scenarios.append((known[r], [fact(p) for p in support]))
        giveaways = entry.get("giveaways")
        if isinstance(giveaways, list) and len(giveaways) == len(scenarios):
            from studycli.exam.scenario_questions import remember_giveaways

            remember_giveaways(zip((r for r, _ in scenarios), giveaways, strict=True))
    except (KeyError, IndexError, TypeError, ValueError):
        return None
    return askable, scenarios


def save_basis(store, key: str | None, pool, basis) -> None:
    if key is None:
        return
    from studycli.exam.requirements import requirements

    at = {id(f): i for i, f in enumerate(pool.facts)}
    rank = {id(r): i for i, r in enumerate(requirements())}
    askable, scenarios = basis
    try:
        from studycli.exam.scenario_questions import stem_gives_away
        from studycli.questions.build import card_types_for

        entry = {"count": len(pool.facts),
                 "askable": [[at[id(f)], f.id] for f in askable],
                 "types": [card_types_for(f) for f in askable],
                 "scenarios": [[rank[id(r)], r.id, [[at[id(f)], f.id] for f in support]]
                               for r, support in scenarios],
                 "giveaways": [stem_gives_away(r) for r, _ in scenarios]}
    except KeyError:  # not the pool's own objects: nothing to keep
        return
    _keep(BASIS, Path(store.path), key, entry, BASIS_KEEP)


# The fact pool as a draw leaves it: every fact, and the seed-free question material its
# draws worked out for the facts they tried (each card's stem, sides, right options and
# distractor candidates, and the exam's checks of them: questions/build.py _prepared and
# _why_not_asked_once, exam/generate.py _exam_material). Pure in the fact base, the code,
# the data and the day (the stamp), so a new seed's draw reads it back instead of loading
# the facts and working the material out again: then only the sampling is left to do.
POOL = "exam-pool"
POOL_KEEP = 2  # as written, or checked against the AWS reference
# Caches in the pool keyed by a fact's id(): a fact read back is a new object, so its
# entries are keyed again by the object they hold (each entry is (fact, what it keyed)).
_BY_IDENTITY = ("_prepared", "_exam_material", "_why_not")


def pool_key(base: str | None, as_written: bool) -> str | None:
    import sys

    # The interpreter too: a cache folder shared by two Pythons must not hand one the other's.
    return None if base is None else _hashed(base, "pool", as_written, sys.hexversion)


def pool_size(pool) -> int:
    """How much the pool holds: grown after a draw that worked out material it lacked."""
    return sum(len(v) for v in pool.__dict__.values() if isinstance(v, dict | set))


def load_pool(store, key: str | None):
    """The pool kept under `key`, bound to `store`, or None (none kept, or a file that does
    not read back as one: it is drawn afresh and kept again)."""
    if key is None:
        return None
    body = kept.load_bytes(f"{POOL}-{key}", Path(store.path), key)
    if body is None:
        return None
    import io

    from studycli.questions.pool import FactPool

    try:
        pool = _Unpickler(io.BytesIO(body)).load()
        if type(pool) is not FactPool:
            return None
        for name in _BY_IDENTITY:
            cache = pool.__dict__.get(name)
            if cache:
                pool.__dict__[name] = {(id(entry[0]), *k[1:]): entry
                                       for k, entry in cache.items()}
    except Exception:  # noqa: BLE001 - damaged or foreign bytes of any shape: drawn afresh
        return None
    pool.currency_db = store  # as load_pool binds it (its statuses are read from there)
    return pool


def save_pool(store, key: str | None, pool) -> None:
    if key is None:
        return
    import copy

    pickler = _pickler()
    bare = copy.copy(pool)  # shares the caches; the database handles stay behind
    bare.db = bare.currency_db = None
    # Every fact's status row, read up front for currency_of (a fifth of the file): a pool read
    # back has the statuses of the facts its draws met, and reads any other from the database
    # it is bound to, as a pool without them does.
    bare.__dict__.pop("_currency_rows", None)
    try:
        body = pickler.dumps(bare, protocol=5)
    except (pickler.PicklingError, TypeError, AttributeError, RecursionError):
        return  # something in it that does not keep: nothing kept, drawn afresh next time
    written = kept.save_bytes(f"{POOL}-{key}", Path(store.path), key, body)
    if written is not None:
        _prune(POOL, Path(store.path), written, POOL_KEEP, ".bin")


def _studycli_class(module: str, name: str):
    """A class of studycli's own, for the unpickler: nothing else may be built from a
    kept file (a pickle can name any callable; this one names only studycli's classes)."""
    import importlib

    if module != "studycli" and not module.startswith("studycli."):
        raise ValueError(f"{module}.{name} is not studycli's")
    obj = getattr(importlib.import_module(module), name)
    # Defined in studycli, not only imported into one of its modules (a Path, say).
    if not isinstance(obj, type) or not obj.__module__.startswith("studycli."):
        raise ValueError(f"{module}.{name} is not a class of studycli's")
    return obj


def _pickler():
    """The C pickler (pickle.py costs a fresh process ~10 ms to import), where there is one."""
    try:
        import _pickle
    except ImportError:  # an interpreter without it
        import pickle

        return pickle
    return _pickle


def _Unpickler(stream):  # noqa: N802 - reads as the class it builds
    base = _pickler().Unpickler

    class Restricted(base):  # type: ignore[valid-type, misc]
        def find_class(self, module: str, name: str):
            if module == "builtins" and name in ("set", "frozenset"):
                return {"set": set, "frozenset": frozenset}[name]
            return _studycli_class(module, name)

    return Restricted(stream)
