"""Time to generate a 65-question practice exam: on the shipped notes and on 100,000 facts.

    python bench/exam.py [--facts 100000] [--runs 5]

Prints, for each fact base: loading the fact pool, generating the exam (median of runs), and
the whole of `studycli exam --json` as a user runs it (a subprocess, with a bytecode cache),
with a new seed each run (for each profile on the shipped notes) and with one seed again (read
back from the cache), each against a bare Python start-up timed beside it. A new seed reads
back the seed-free work kept by the runs before it (app/exam_kept.py: the basis, and the fact
pool with its question material); the first round, which keeps it, is not timed. Targets:
under 300 ms to generate on the shipped notes, and `exam --json` within 10x a bare start-up.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from studycli.exam.generate import generate_exam, load_pool  # noqa: E402
from studycli.exam.profiles import get_profile  # noqa: E402
from studycli.model import Fact, ParsedNote  # noqa: E402
from studycli.services import catalog  # noqa: E402
from studycli.store.db import connect  # noqa: E402
from studycli.store.facts import replace_source  # noqa: E402

UNITS = (("s", "seconds"), ("B", "bytes"), ("count", ""), ("per_s", "per second"))


ATTRIBUTE = {"s": "visibility timeout", "B": "message size", "count": "concurrent executions",
             "per_s": "throughput", "B/s": "write throughput", "%": "availability",
             "": "batch size"}


def synthetic_facts(n: int, rng: random.Random) -> list[ParsedNote]:
    """n facts over the real service names, in notes of 500 facts."""
    services = sorted(catalog().full_names)
    notes, facts = [], []
    for i in range(n):
        service = services[i % len(services)]
        unit, word = UNITS[i % len(UNITS)]
        number = float(rng.choice((1, 2, 5, 10, 15, 30, 60, 100, 256, 1000)) * (1 + i % 7))
        kind = ("limit", "default", "error_code", "invocation_mode")[0 if i % 10 < 7 else
                                                                    (1 if i % 10 < 9 else 2)]
        source = f"note{i // 500:04d}.md"
        line = i % 500 + 1
        if kind == "error_code":
            fact = Fact(service, "", str(400 + i % 100), kind, "", f"meaning {i}", source=source,
                        line=line, snippet=f"- {service} {400 + i % 100}: meaning {i}")
        else:
            value = f"{number:g} {word}".strip()
            # Askable attribute names (the generator skips vague ones); subjects keep keys apart.
            fact = Fact(service, f"queue {i}", ATTRIBUTE[unit], kind, "max" if kind == "limit" else
                        "default", value, number, unit, source=source, line=line,
                        snippet=f"- {service} attribute {i}: {value}")
        facts.append(fact)
        if len(facts) == 500:
            notes.append(ParsedNote(source=source, facts=facts))
            facts = []
    if facts:
        notes.append(ParsedNote(source=facts[0].source, facts=facts))
    return notes


def median_ms(fn, runs: int) -> tuple[float, Any]:
    times, out = [], None
    for _ in range(runs):
        t = time.perf_counter()
        out = fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), out


def measure(label: str, db_path: Path, runs: int, as_written: bool = False,
            profiles: tuple[str, ...] = ("saa-c03",)) -> None:
    """`as_written` for made-up facts: no AWS reference entry vouches for them, and only what
    it vouches for is asked unless the exam is drawn as written."""
    db = connect(db_path)
    load_ms, pool = median_ms(lambda: load_pool(db, as_written=as_written), runs)
    profile = get_profile("saa-c03")
    # A pool of its own for each run, as each `exam` process loads one: a pool keeps the
    # seed-free work of its draws, and one pool drawn from again would time that kept work.
    pools = [load_pool(db, as_written=as_written) for _ in range(runs)]
    gen_ms, paper = median_ms(lambda: generate_exam(pools.pop(), profile, 7), runs)
    # With a bytecode cache, as bench/startup.py runs (a user's installed studycli has its
    # .pyc files): PYTHONDONTWRITEBYTECODE, if set where this runs, would make every run
    # recompile the package and measure the compiler.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(STUDYCLI_DB=str(db_path), STUDYCLI_CACHE=str(db_path.parent / "cache"),
               PYTHONPYCACHEPREFIX=str(db_path.parent / "pycache"))
    # A new seed each run draws an exam (from the seed-free work kept by the runs before); the
    # same seed again reads back the exam kept by the run before (app/exam_kept.py).
    cases: list[tuple[str, str, str | None]] = [
        ("new seed" + (f", {p}" if len(profiles) > 1 else ""), p, None) for p in profiles]
    cases.append(("same seed", profiles[0], "7"))
    cli: dict[str, list[tuple[float, float]]] = {which: [] for which, _, _ in cases}
    cli["bare python"] = []
    for i in range(max(1, runs // 2) + 1):
        bare_run = timed([sys.executable, "-c", "pass"], env)
        if i:
            cli["bare python"].append(bare_run)
        for which, profile_name, seed in cases:
            took = timed([sys.executable, "-m", "studycli", "exam", "--json", "--profile",
                          profile_name, "--seed", seed or str(1000 + i),
                          *(["--as-written"] if as_written else [])], env)
            if i:  # the first round fills the cache
                cli[which].append(took)
    facts = db.execute("SELECT count(*) FROM facts").fetchone()[0]
    multi = sum(q.multi for q in paper.questions)
    print(f"{label}: {facts} facts -> {len(paper.questions)} questions ({multi} multiple-response)")
    print(f"  load fact pool   {load_ms:8.1f} ms (median of {runs})")
    print(f"  generate exam    {gen_ms:8.1f} ms (median of {runs})")
    print(f"  load + generate  {load_ms + gen_ms:8.1f} ms")
    bare_runs = cli.pop("bare python")
    bare = statistics.median(r[0] for r in bare_runs)
    bare_cpu = statistics.median(r[1] for r in bare_runs)
    print(f"  {'':44s} {'wall':>20s} {'CPU (user+sys)':>26s}")
    for name, runs_of in cli.items():
        wall = statistics.median(r[0] for r in runs_of)
        cpu = statistics.median(r[1] for r in runs_of)
        print(f"  `studycli exam --json`, {name:18s} {wall:8.1f} ms ({wall / bare:4.1f}x bare) "
              f"{cpu:8.1f} ms ({cpu / bare_cpu:4.1f}x bare)")
    print(f"  bare `python -c pass` {'':20s} {bare:8.1f} ms {'':12s} {bare_cpu:8.1f} ms")


def timed(cmd: list[str], env: dict) -> tuple[float, float]:
    """(wall ms, CPU ms) of one run. The CPU time the kernel counted (user + system) does not
    wait for a core: on a shared machine it measures the command, where the wall clock also
    measures the other users."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here
    if proc.returncode:
        raise SystemExit(f"{' '.join(cmd)} exited {proc.returncode}")
    return (time.perf_counter() - start) * 1000, (usage.ru_utime + usage.ru_stime) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--facts", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        shipped = Path(tmp) / "shipped.db"
        from studycli.database import ensure_database
        from studycli.errors import StudyError

        try:
            ensure_database(shipped)
            measure("shipped notes", shipped, args.runs,
                    profiles=("saa-c03", "dva-c02", "clf-c02"))
        except StudyError as exc:
            print(f"shipped notes: {exc}")
        big = Path(tmp) / "big.db"
        db = connect(big)
        t = time.perf_counter()
        for note in synthetic_facts(args.facts, random.Random(1)):
            replace_source(db, note, hashlib.sha256(note.source.encode()).hexdigest())
        print(f"(built {args.facts} synthetic facts in {time.perf_counter() - t:.1f} s)")
        measure(f"{args.facts:,} facts", big, args.runs, as_written=True)


if __name__ == "__main__":
    main()
