"""Reliability runs too long for the test suite: fuzzed hostile inputs, kills, concurrency.

    python bench/reliability.py [--inputs N] [--kills N] [--seed S]

Every command runs as a real process on a tmp database. Prints, per part, the inputs tried
and what went wrong: tracebacks, escape bytes that reached the output, hangs (over 60 s),
files changed that were not ours to change, data lost, orphaned worker processes.
The fast, deterministic cases live in tests/test_reliability.py.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# Rich's own sequences, the only ones allowed out: colours, and the quiz clearing the
# screen (FORCE_COLOR makes it a terminal) at the start of a screen: before a card's panel,
# or before its closing words ("Nothing due right now." when no card could be asked).
SGR = re.compile(r"\x1b\[[0-9;]*m|\x1b\[2J\x1b\[H(?=(?:\x1b\[[0-9;]*m)*╭)"
                 r"|(?:^|(?<=\n))\x1b\[2J\x1b\[H")
UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
HOSTILE = ["\x1b[2J", "\x1b]0;title\x07", "\x1b]52;c;ZXZpbA==\x07", "\x1b]8;;http://x\x1b\\",
           "\x9b31m", "\x9d0;t\x9c", "\u202e", "\u2066", "\x00", "\x07", "\r", "\x08", "\x7f",
           "[bold]x[/]", "'; DROP TABLE facts; --", "\"NEAR(", "*", "[[", "[" * 300, "\ufeff",
           "😀", "ﬁ", "\u0301", "\t", "256 KB", "900 seconds", "Lambda", "SQS", "| a | b |",
           "<td>x</td>", "<br>", "&nbsp;", "&#27;[2J", "&#x9b;31m", "&#8238;", "<b>",
           "https://docs.aws.amazon.com/" + "x/" * 60,
           # the other formats' markup (studycli/formats): org, AsciiDoc, rst, HTML, CSV
           "#+TITLE: x", ":PROPERTIES:", "#+BEGIN_SRC", "|===", "[cols=\"1,2\"]", "link:x[",
           "<<x,y>>", ".. note::", "=====", "<!--", "<style>", "<ul><li>", "\"a,b\"", "fifteen"]
COMMANDS = [["facts"], ["conflicts"], ["cards"], ["stats"], ["lookup", "sqs max message size"],
            ["compare", "sqs", "lambda"], ["facts", "--json"], ["stats", "--json"]]
# exports a student reads (the path is added last)
EXPORTS = [["exam", "--as-written", "--seed", "1", "--force", "--export"],
           ["export", "csv"], ["export", "markdown"]]
LATIN1 = os.fsdecode(b"\xe9")  # a byte of another encoding in a file name, as Python reads it
ODD_ARGS = [["quiz", "--new", "99999999999999999999"], ["quiz", "--limit", "-1"],
            ["quiz", "--limit", "0"], ["quiz", "--retention", "nan"], ["facts", "--kind", ""],
            ["facts", "--kind", "bogus"], ["facts", "--service", "\x1b[2J"], ["ingest", ""],
            ["ingest", "/nonexistent"], ["cards", "--service", "nosuch"], ["lookup", ""],
            ["lookup", "x" * 10000], ["stats", "--db", ""], ["stats", "--db", "/dev/null"],
            ["stats", "--db", "/"], ["exam", "--questions", "0", "--json"], ["doctor", "--restore"],
            ["compare", "", ""], ["facts", "--json", "--json"], ["nosuchcommand"],
            ["quiz", "--bogus"], ["exam", "--profile", "nope"], ["export", "anki"],
            ["compare", "sqs"], ["search", " "], ["exam", "--discard", "zz"],
            ["exam", "--seed", "99999999999999999999"], ["exam", "--minutes", "9" * 30],
            ["compare", "sqs", "kinesis", "--drill", "--seed", "9" * 30],
            # bytes that are not UTF-8 (a Latin-1 file name, a terminal set to another encoding)
            ["facts", "--service", os.fsdecode(b"sqs\x9b")],
            ["exam", "--discard", os.fsdecode(b"\xff")],
            ["stats", "--db", os.fsdecode(b"y\x9b.db")], ["ingest", os.fsdecode(b"caf\xe9.md")],
            ["lookup", os.fsdecode(b"sqs max message \xe9")]]


class Tally:
    def __init__(self) -> None:
        self.counts: Counter = Counter()
        self.examples: dict[str, str] = {}

    def add(self, what: str, example: str = "") -> None:
        self.counts[what] += 1
        self.examples.setdefault(what, example[:300])

    def report(self, title: str) -> None:
        print(f"\n{title}")
        for what, n in sorted(self.counts.items()):
            print(f"  {what:<34} {n}")
        for what, example in self.examples.items():
            if example and what not in ("inputs", "runs", "trials"):
                print(f"    e.g. {what}: {example!r}")


def studycli(*args: str, db: Path | None, stdin: str = "", env: dict | None = None,
             timeout: float = 60) -> subprocess.CompletedProcess | None:
    cmd = [sys.executable, "-m", "studycli", *args] + (["--db", str(db)] if db else [])
    full = {**os.environ, "PYTHONPATH": str(REPO), "FORCE_COLOR": "1", "COLUMNS": "80",
            **(env or {})}
    try:
        return subprocess.run(cmd, input=stdin, capture_output=True, text=True, env=full,
                              timeout=timeout, cwd=REPO, errors="replace")
    except subprocess.TimeoutExpired:
        return None


def judge(result, tally: Tally, label: str) -> None:
    tally.add("runs")
    if result is None:
        tally.add("hangs", label)
        return
    if "Traceback" in result.stderr:
        tally.add("tracebacks", f"{label}: {result.stderr[-200:]}")
    if UNSAFE.search(SGR.sub("", result.stdout + result.stderr).replace("\n", "")):
        tally.add("escape bytes in output", label)
    if result.returncode not in (0, 1, 2):
        tally.add(f"exit code {result.returncode}", label)


def hostile_text(rnd: random.Random) -> str:
    lines = []
    for _ in range(rnd.randint(1, 12)):
        parts = [rnd.choice(HOSTILE) for _ in range(rnd.randint(1, 6))]
        prefix = rnd.choice(["- ", "# ", "* ", "| ", "", "1. ", "> "])
        lines.append(prefix + " ".join(parts))
    return "\n".join(lines) + "\n"


def fuzz_notes(n: int, rnd: random.Random, tmp: Path) -> Tally:
    tally = Tally()
    for i in range(n):
        folder = tmp / f"notes{i}"
        folder.mkdir()
        name = "".join(rnd.choice(["a", "\x1b[2J", "\u202e", "\x07", "b", " ", LATIN1])
                       for _ in range(6))
        raw = rnd.random() < 0.15
        # a note in any format the tool reads (studycli/formats converts the others first)
        suffix = rnd.choice([".md", ".md", ".txt", ".org", ".adoc", ".rst", ".html", ".csv"])
        (folder / f"n{name}{suffix}").write_bytes(
            os.urandom(rnd.randint(1, 4000)) if raw else hostile_text(rnd).encode(
                rnd.choice(["utf-8", "utf-16", "utf-32", "cp1252"]), errors="replace"))
        (folder / "ok.md").write_text("# Amazon SQS\n- Max message size is 256 KB\n")
        if rnd.random() < 0.1 and hasattr(os, "mkfifo"):  # a read of it would never end
            os.mkfifo(folder / "pipe.md")
        db = tmp / f"f{i}.db"
        tally.add("inputs")
        judge(studycli("ingest", str(folder), db=db), tally, f"ingest {name!r}")
        if LATIN1 in name:  # a name it cannot store is skipped: the rest goes on
            listed = studycli("facts", "--json", db=db)
            if listed is None or '"ok.md"' not in listed.stdout:
                tally.add("other notes lost beside a name that is not UTF-8", repr(name))
        judge(studycli(*rnd.choice(COMMANDS), db=db), tally, f"after {name!r}")
        if i % 4 == 0:  # a file written for people to read: `cat` must play no escape
            written = tmp / f"out{i}.txt"
            args = rnd.choice(EXPORTS)
            judge(studycli(*args, str(written), db=db), tally, f"{args[0]} {name!r}")
            tally.add("files written")
            if written.exists() and UNSAFE.search(written.read_text(
                    encoding="utf-8", errors="replace").replace("\n", "").replace("\r", "")):
                tally.add("escape bytes in a written file", f"{args} {name!r}")
    return tally


def fuzz_args(tmp: Path, base: Path) -> Tally:
    tally = Tally()
    for args in ODD_ARGS:
        db = tmp / "args.db"
        shutil.copy(base, db)
        tally.add("inputs")
        result = studycli(*args, db=None if "--db" in args else db, stdin="q\n")
        judge(result, tally, str(args))
        if result is not None and result.returncode == 2 and result.stderr.count("\n") != 1:
            tally.add("usage error not one line", f"{args}: {result.stderr[:200]}")
    return tally


def read_only_folder(tmp: Path, base: Path) -> Tally:
    """A database in a folder that cannot be written (a read-only disk or folder): reading
    commands read it, writing commands say why not, none calls it damaged, nothing changes.
    The folder is made read-only for real (chattr +i as root, chmod otherwise)."""
    tally = Tally()
    folder = tmp / "shelf"
    folder.mkdir()
    db = folder / "s.db"
    shutil.copy(base, db)
    undo = _make_read_only(folder)
    if undo is None:
        tally.add("skipped: cannot make a folder read-only here")
        return tally
    try:
        before = _fingerprint(db)
        for args, reads in ((["stats"], True), (["lookup", "sqs max message size"], True),
                            (["facts", "--json"], True), (["doctor"], True),
                            (["ingest"], False), (["quiz", "--limit", "1"], False)):
            tally.add("inputs")
            result = studycli(*args, db=db, stdin="1\n\n3\nq\n")
            judge(result, tally, f"read-only folder {args}")
            if result is None:
                continue
            if reads and result.returncode != 0:
                tally.add("reading command failed", f"{args}: {result.stderr[:200]}")
            if "damaged" in result.stderr or "not a database" in result.stderr:
                tally.add("called damaged", f"{args}: {result.stderr[:200]}")
        if _fingerprint(db) != before or sorted(os.listdir(folder)) != ["s.db"]:
            tally.add("folder changed", str(folder))
    finally:
        undo()
    return tally


def _make_read_only(folder: Path):
    """Make `folder` unwritable; the function that undoes it, or None where it cannot be."""
    if os.geteuid() == 0:
        if subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode:
            return None

        def undo() -> None:
            subprocess.run(["chattr", "-i", str(folder)], capture_output=True)
    else:
        folder.chmod(0o555)

        def undo() -> None:
            folder.chmod(0o755)
    try:
        (folder / ".probe").write_text("x")
    except OSError:
        return undo
    (folder / ".probe").unlink()
    undo()
    return None


def fuzz_databases(n: int, rnd: random.Random, tmp: Path, base: Path) -> Tally:
    tally = Tally()
    setups = ["CREATE TABLE notes (x); PRAGMA user_version = 3;", "CREATE TABLE facts (x);",
              "PRAGMA application_id = 7; CREATE TABLE a (x);",
              "PRAGMA journal_mode = WAL; CREATE TABLE facts (x);"]
    for i in range(n):
        db = tmp / f"d{i}.db"
        kind = i % 4
        if kind == 0:  # another program's database: must stay byte for byte the same
            _foreign_database(db, rnd.choice(setups), rnd.random() < 0.5)
        else:
            shutil.copy(base, db)
            data = bytearray(db.read_bytes())
            if kind == 1:
                for _ in range(rnd.randint(1, 200)):
                    j = rnd.randrange(len(data))
                    data[j] ^= rnd.randrange(1, 256)
            elif kind == 2:
                page = rnd.randrange(1, len(data) // 4096)
                data[page * 4096:(page + 1) * 4096] = bytes(4096)
            else:
                data = data[:rnd.randrange(100, len(data))]
            db.write_bytes(bytes(data))
        before = _fingerprint(db)
        for args in (["stats"], ["quiz", "--limit", "1"], ["ingest"], ["lookup", "sqs"]):
            tally.add("inputs")
            result = studycli(*args, db=db, stdin="1\n\n3\nq\n")
            judge(result, tally, f"{['foreign', 'flipped', 'zeroed', 'truncated'][kind]} {args}")
            if result and result.returncode == 1 and kind and "not a studycli" in result.stderr:
                tally.add("ours called 'not a studycli database'", result.stderr)
        if kind == 0 and _fingerprint(db) != before:
            tally.add("foreign database changed", str(db))
    return tally


def _foreign_database(db: Path, setup: str, pending: bool) -> None:
    """Another program's database; with `pending` (in WAL mode), its last write still in the
    -wal file, as when that program is running or crashed."""
    conn = sqlite3.connect(db)
    conn.executescript(setup)
    if not pending:
        conn.close()
        return
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("INSERT INTO facts VALUES (1)" if "facts" in _tables(conn)
                 else "PRAGMA user_version = 4")
    conn.commit()
    copy = db.with_name(f"copy-{db.name}")
    sides = [side for side in ("", "-wal", "-shm") if Path(f"{db}{side}").exists()]
    for side in sides:
        shutil.copyfile(f"{db}{side}", f"{copy}{side}")
    conn.close()  # checkpoints and removes the WAL: the copy taken while open has it
    for side in sides:
        os.replace(f"{copy}{side}", f"{db}{side}")


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _fingerprint(db: Path) -> tuple:
    """The database file and its WAL, byte for byte, and which side files exist (the -shm
    index is shared memory any reader may rebuild: only its presence counts)."""
    wal = Path(f"{db}-wal")
    return (hashlib.sha256(db.read_bytes()).hexdigest(),
            wal.exists() and hashlib.sha256(wal.read_bytes()).hexdigest(),
            Path(f"{db}-shm").exists())


def _children(pid: int) -> list[int]:
    out = []
    for e in os.listdir("/proc"):
        if e.isdigit():
            try:
                with open(f"/proc/{e}/stat") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if fields[1] == str(pid) and fields[0] != "Z":
                out.append(int(e))
    return out


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def kills(n: int, rnd: random.Random, tmp: Path, base: Path) -> Tally:
    tally = Tally()
    _ingest_kills(n, rnd, tmp, tally)
    _quiz_kills(n, rnd, tmp, base, tally)
    return tally


def _ingest_kills(n: int, rnd: random.Random, tmp: Path, tally: Tally) -> None:
    notes = tmp / "many"
    notes.mkdir()

    def write_notes(shift: int) -> None:  # the same facts, on other lines when shifted
        for i in range(24):
            (notes / f"n{i}.md").write_text(
                "\n" * shift + "# Amazon SQS\n- Max message size is 256 KB\n" * 300)

    env = {**os.environ, "PYTHONPATH": str(REPO)}
    for i in range(n):  # ingest killed mid-parse: workers must go, the database must be sound
        tally.add("trials")
        db = tmp / f"k{i}.db"
        write_notes(0)
        if i % 2:  # an edited note killed mid-ingest: search must not keep the old lines
            studycli("ingest", str(notes), db=db, env={"FORCE_COLOR": "0"})
            write_notes(3)
        proc = subprocess.Popen([sys.executable, "-m", "studycli", "ingest", str(notes), "--db",
                                 str(db)], env=env, cwd=REPO, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        time.sleep(rnd.uniform(0.3, 2.0))
        workers = _children(proc.pid)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        time.sleep(2)
        orphans = [w for w in workers if _alive(w)]
        if orphans:
            tally.add("ingest workers left running", str(orphans))
            for w in orphans:
                os.kill(w, signal.SIGKILL)
        if db.exists():
            check = sqlite3.connect(db).execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                tally.add("database damaged by the kill", check)
            elif _out_of_step(db):
                tally.add("search lines out of step with facts", _out_of_step(db))
        again = studycli("ingest", str(notes), db=db, env={"FORCE_COLOR": "0"})
        judge(again, tally, "ingest after kill")
        if _out_of_step(db):
            tally.add("search out of step after the next ingest", _out_of_step(db))


def _quiz_kills(n: int, rnd: random.Random, tmp: Path, base: Path, tally: Tally) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    for i in range(n):  # quiz killed mid-session: every committed answer stays
        tally.add("trials")
        db = tmp / f"q{i}.db"
        shutil.copy(base, db)
        quiz = subprocess.Popen([sys.executable, "-m", "studycli", "quiz", "--cram", "--db",
                                 str(db)], env=env, cwd=REPO, stdin=subprocess.PIPE,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, text=True)
        assert quiz.stdin is not None  # piped
        seen = 0
        for _ in range(rnd.randint(1, 12)):
            quiz.stdin.write("1\nspace\n3\nenter\n")
            quiz.stdin.flush()
            time.sleep(0.15)
            seen = max(seen, _reviews(db))
        quiz.send_signal(signal.SIGKILL)
        quiz.wait()
        after = _reviews(db)
        if after < seen:
            tally.add("answers lost to a kill", f"{seen} seen, {after} after")
        tally.counts["answers committed before kills"] += after


def _out_of_step(db: Path) -> str:
    """A note whose facts are stored but whose lines (what `search` reads) are not, or are
    another version's: the facts' lines must all be there. '' when in step."""
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10)
        try:
            row = conn.execute(
                "SELECT f.source, f.line FROM facts f WHERE NOT EXISTS (SELECT 1 FROM "
                "note_lines l WHERE l.source = f.source AND l.line = f.line) LIMIT 1").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return ""
    return f"{row[0]}:{row[1]}" if row else ""


def _reviews(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10)
        try:
            return conn.execute("SELECT count(*) FROM reviews").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def concurrency(n: int, tmp: Path, base: Path) -> Tally:
    tally = Tally()
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    notes = tmp / "edit"
    notes.mkdir()
    for i in range(n):
        tally.add("trials")
        db = tmp / f"c{i}.db"
        shutil.copy(base, db)
        before = _reviews(db)
        (notes / "edit.md").write_text(f"# Amazon SQS\n- Max message size is {i + 1} KB\n")
        quiz = [sys.executable, "-m", "studycli", "quiz", "--cram", "--limit", "5", "--db",
                str(db)]
        procs = [subprocess.Popen(quiz, env=env, cwd=REPO, stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for _ in range(2)]
        ingest = subprocess.Popen([sys.executable, "-m", "studycli", "ingest", str(notes),
                                   "--db", str(db)], env=env, cwd=REPO,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        for p in procs:
            assert p.stdin is not None  # piped
            p.stdin.write("1\nspace\n3\nenter\n" * 8 + "q\n")
            p.stdin.flush()
        answered = 0
        for p in [*procs, ingest]:
            try:
                out, err = p.communicate(timeout=120)
            except subprocess.TimeoutExpired:
                p.kill()
                tally.add("hangs", "concurrent run")
                continue
            if "Traceback" in err or p.returncode:
                tally.add("errors", err[-200:])
            if p is not ingest:  # the answers this session gave: its summary's "Reviewed N",
                # else its last "N done" header (which lags by the last answer when the session
                # ends on it: its cards gone from under it, the ingest setting samples aside)
                said = re.findall(r"Reviewed\s+(\d+)", out or "")
                done = said or re.findall(r"(\d+) done", out or "")
                answered += int(done[-1]) if done else 0
        tally.counts["answers given"] += answered
        got = _reviews(db) - before
        if got != answered:
            tally.add("answers lost", f"{answered} given, {got} stored")
        if sqlite3.connect(db).execute("PRAGMA quick_check").fetchone()[0] != "ok":
            tally.add("database damaged")
    return tally


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--inputs", type=int, default=120, help="hostile note folders and databases")
    ap.add_argument("--kills", type=int, default=10)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rnd = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        base = tmp / "base.db"
        env = {"FORCE_COLOR": "0"}
        studycli("ingest", db=base, env=env)
        studycli("quiz", "--limit", "4", db=base, stdin="1\nspace\n3\nenter\n" * 4, env=env)
        conn = sqlite3.connect(base)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        started = time.monotonic()
        fuzz_notes(args.inputs, rnd, tmp).report("Hostile notes and file names")
        fuzz_args(tmp, base).report("Bad arguments")
        fuzz_databases(args.inputs, rnd, tmp, base).report(
            "Other programs' and damaged databases")
        read_only_folder(tmp, base).report("A database in a read-only folder")
        kills(args.kills, rnd, tmp, base).report("Kills (ingest mid-parse, quiz mid-session)")
        concurrency(args.kills, tmp, base).report("Two quiz sessions and an ingest at once")
        print(f"\n{time.monotonic() - started:.0f} s")


if __name__ == "__main__":
    main()
