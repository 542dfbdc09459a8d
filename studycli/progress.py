"""Progress on every machine: the review log and exam history out as JSON lines, and in again
by merging.

A review is identified by what it was (card, time, rating, cram), never by a row number, so
importing a file twice adds nothing the second time. After a merge every card that gained a
review is rescheduled by replaying the union of its reviews in time order: where a review's
recorded "state before" is the state the replay has reached, its recorded "state after" is
taken as it was (fuzz and all); where the replay has diverged (two machines reviewed the same
card independently), the review is re-run through the scheduler without fuzz. Both rules read
only the reviews themselves, so two machines that import each other's files converge on the
same schedule.
"""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path

from studycli.errors import StudyError
from studycli.model import stable_id
from studycli.sanitize import safe_json
from studycli.scheduler import AGAIN, NEW, REVIEW, Scheduler, format_time, parse_time
from studycli.store import progress as store
from studycli.store.cards import STATE_COLUMNS
from studycli.temp_beside import temp_file_beside

FORMAT = "studycli-progress"
VERSION = 1
KINDS = ("card", "review", "exam_attempt", "exam_answer")
_FSRS_KEYS = ("state", "step", "stability", "difficulty", "due", "last_review")


def review_uid(review: dict) -> str:
    return stable_id("review", review["card_id"], review["reviewed_at"], review["rating"],
                     int(review.get("cram") or 0))


def export_progress(db, path: Path, now: datetime, force: bool = False) -> dict[str, int]:
    """Write every card, review and exam attempt to `path` (atomically: a crash mid-write leaves
    the previous file). An existing file is replaced only if it is a progress file or `force`."""
    path = Path(path)
    if path.is_dir():
        raise StudyError(f"{path} is a directory; give a file name, e.g. {path / 'progress.jsonl'}")
    if path.exists() and not force and not _is_progress_file(path):
        raise StudyError(f"{path} exists and is not a studycli progress file; "
                         "choose another name or pass --force to replace it")
    data = store.read_all(db)
    counts = {kind: len(rows) for kind, rows in data.items()}
    target = path.resolve() if path.is_symlink() else path
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = temp_file_beside(target, ".studycli-progress-")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(json.dumps({"format": FORMAT, "version": VERSION,
                                  "exported_at": format_time(now), "counts": counts}) + "\n")
            for kind in KINDS:
                for row in data[kind]:
                    if kind == "review":
                        row = {"uid": review_uid(row), **row}
                    # safe_json: the same data back on import, but no C1 or bidi control
                    # from a note's names left raw for a terminal that shows the file
                    out.write(safe_json({"type": kind, **row}) + "\n")
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return counts


def _is_progress_file(path: Path) -> bool:
    try:
        with open(path, encoding="utf-8") as f:
            head = json.loads(f.readline() or "{}")
    except (OSError, ValueError, UnicodeDecodeError):
        return False
    return isinstance(head, dict) and head.get("format") == FORMAT


def read_progress(path: Path) -> dict[str, list[dict]]:
    """Parse a progress file; any malformed line is an error naming the line."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise StudyError(f"{path} does not exist") from None
    except IsADirectoryError:
        raise StudyError(f"{path} is a directory, not a progress file") from None
    except UnicodeDecodeError:
        raise StudyError(f"{path} is not a studycli progress file (not UTF-8 text)") from None
    except OSError as exc:
        raise StudyError(f"cannot read {path}: {exc.strerror}") from None
    if not lines:
        raise StudyError(f"{path} is empty; export with `studycli progress export FILE`")
    try:
        head = json.loads(lines[0])
    except ValueError:
        head = None
    if not isinstance(head, dict) or head.get("format") != FORMAT:
        raise StudyError(f"{path} is not a studycli progress file "
                         "(make one with `studycli progress export FILE`)")
    if not isinstance(head.get("version"), int) or head["version"] > VERSION:
        raise StudyError(f"{path} was written by a newer studycli (format version "
                         f"{head.get('version')}); upgrade studycli to import it")
    out: dict[str, list[dict]] = {kind: [] for kind in KINDS}
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            kind = row.pop("type")
            out[kind].append(_checked(kind, row))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise StudyError(f"{path}:{number}: not a valid progress record ({exc}); "
                             "nothing was imported") from None
    return out


_REQUIRED = {
    "card": ("id", "service", "subject", "attribute", "qualifier", "card_type"),
    "review": ("card_id", "rating", "reviewed_at", "prev_state", "state", "prev", "next"),
    "exam_attempt": ("id", "profile", "finished_at"),
    "exam_answer": ("attempt_id", "position"),
}


def _checked(kind: str, row: dict) -> dict:
    missing = [k for k in _REQUIRED[kind] if k not in row]
    if missing:
        raise KeyError(f"{kind} lacks {', '.join(missing)}")
    if kind == "review":
        if row["rating"] not in (1, 2, 3, 4):
            raise ValueError(f"rating {row['rating']!r}")
        parse_time(row["reviewed_at"])
        json.loads(row["prev"]), json.loads(row["next"])
    return row


def import_progress(db, path: Path, now: datetime) -> dict[str, int]:
    data = read_progress(path)
    return store.merge(db, data["card"], data["review"], data["exam_attempt"],
                       data["exam_answer"], review_uid, replay, format_time(now))


def blank_state() -> dict:
    return {"state": NEW, "step": None, "stability": None, "difficulty": None, "due": None,
            "last_review": None, "reps": 0, "lapses": 0}


def _same(a: dict | None, b: dict) -> bool:
    if a is None:
        return False
    for key in STATE_COLUMNS:
        x, y = a.get(key), b.get(key)
        if isinstance(x, float) or isinstance(y, float):
            if x is None or y is None or abs(x - y) > 1e-9:
                return False
        elif x != y:
            return False
    return True


_PLAIN = Scheduler(enable_fuzzing=False)


def replay(card_id: str, reviews: list[dict]) -> dict:
    """The card state the union of `reviews` leads to (see the module docstring)."""
    state = blank_state()
    for review in sorted(reviews, key=lambda r: (r["reviewed_at"], review_uid(r))):
        if review.get("cram"):
            continue
        recorded_before = store.decode_state(review["prev"])
        recorded_after = store.decode_state(review["next"])
        if recorded_after is not None and _same(recorded_before, state):
            state = {k: recorded_after.get(k) for k in STATE_COLUMNS}
            continue
        nxt = _PLAIN.review(card_id, {k: state[k] for k in _FSRS_KEYS}, review["rating"],
                            parse_time(review["reviewed_at"]))
        state = {**nxt, "reps": state["reps"] + 1,
                 "lapses": state["lapses"] + (1 if review["rating"] == AGAIN
                                              and state["state"] == REVIEW else 0)}
    return state
