"""Whole-process wall time of `studycli lookup "sqs max message size"` against bare Python.

    python bench/lookup.py [--runs N] [--facts N]

Builds two databases in a temporary directory: the shipped notes, and the shipped notes plus
N generated facts (default 100,000). For each, prints the median wall time of the lookup run
as `python -m studycli lookup ...` and, if installed, as the `studycli` console script, next
to a bare `python -c pass` measured in the same run, and the ratio. Ends with the import-time
profile of the lookup path.

Every process runs with a bytecode cache (PYTHONPYCACHEPREFIX in the temporary directory,
warmed once): a user's installed studycli has its .pyc files, and PYTHONDONTWRITEBYTECODE,
if set where this runs, would otherwise make every run recompile the package.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

QUERY = "sqs max message size"
ENTRY = "import sys; from studycli.entry import main; sys.exit(main())"
TARGET_SHIPPED, TARGET_LARGE = 4.5, 8.0  # issue 10 item 6


def build_shipped(path: Path) -> int:
    from studycli.ingest import ingest_paths
    from studycli.paths import content_dir
    from studycli.store.db import connect

    db = connect(path)
    report = ingest_paths(db, [content_dir()])
    db.conn.close()
    return report.facts


def build_large(path: Path, n: int, seed: int = 7) -> int:
    """The shipped notes plus `n` generated facts, spread over 100 notes, every kind."""
    from studycli.model import Fact, ParsedNote
    from studycli.services import catalog
    from studycli.store.db import connect
    from studycli.store.facts import count_facts, replace_source

    shutil.copy(path.parent / "shipped.db", path)
    rng = random.Random(seed)
    services = sorted(catalog().full_names)
    words = ("message size retention period visibility timeout delay batch window shard "
             "throughput memory storage concurrency request payload item record stream "
             "queue topic function duration interval cache token key partition capacity "
             "limit quota rate connection endpoint layer image version alias poll invoke "
             "replica backup snapshot table index query scan write read burst region").split()
    units = [("s", "seconds", 1), ("B", "KB", 1024), ("B", "MB", 1024**2), ("count", "", 1),
             ("per_s", "per second", 1), ("B/s", "MB/s", 1024**2)]
    kinds = ["limit"] * 4 + ["default"] * 2 + ["range", "error_code", "invocation_mode"] + [
        "fact"] * 3
    db = connect(path)
    per_note = max(1, n // 100)
    made = 0
    for note in range(100):
        facts: list[Fact] = []
        ids: set[str] = set()
        want = per_note if note < 99 else n - made
        i = 0
        while len(facts) < want:
            i += 1
            service = rng.choice(services)
            attribute = " ".join(rng.sample(words, rng.choice((1, 2, 2, 3))))
            subject = rng.choice(["", "", rng.choice(words)])
            kind = rng.choice(kinds)
            unit, label, scale = rng.choice(units)
            k = rng.randint(1, 1000)
            if kind == "error_code":
                fact = Fact(service, "", str(rng.randint(400, 599)), kind, "",
                            " ".join(rng.sample(words, 4)))
            elif kind == "invocation_mode":
                fact = Fact("Lambda", service, "invocation", kind, "",
                            rng.choice(["synchronous", "asynchronous", "event source mapping"]))
            elif kind == "fact":
                fact = Fact(service, subject, attribute, kind, "", " ".join(
                    rng.choice(words) for _ in range(12)))
            elif kind == "range":
                fact = Fact(service, subject, attribute, kind, "range", f"1 to {k} {label}",
                            None, unit, scale, k * scale)
            else:
                qualifier = "default" if kind == "default" else rng.choice(["max", "max", "min"])
                fact = Fact(service, subject, attribute, kind, qualifier, f"{k} {label}",
                            float(k * scale), unit)
            snippet = f"- {fact.service} {fact.attribute}: {fact.value} {rng.choice(words)}"
            fact = Fact(**{**fact.__dict__, "source": f"gen/{note:03}.md", "line": i,
                           "snippet": snippet})
            if fact.id not in ids:  # one note states a key and value once
                ids.add(fact.id)
                facts.append(fact)
        made += len(facts)
        replace_source(db, ParsedNote(f"gen/{note:03}.md", facts), f"gen{note}")
    total = count_facts(db)
    db.conn.close()
    return total


def medians_ms(cmd: list[str], bare: list[str], env: dict, runs: int) -> tuple[float, float]:
    """Median wall times of `cmd` and of `bare`, run alternately so both see the same load."""
    for warm in (cmd, bare):
        subprocess.run(warm, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    times: dict[int, list[float]] = {0: [], 1: []}
    for _ in range(runs):
        for i, args in enumerate((cmd, bare)):
            start = time.perf_counter()
            proc = subprocess.run(args, env=env, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.PIPE)
            times[i].append(time.perf_counter() - start)
            if proc.returncode != 0:
                raise SystemExit(f"{' '.join(args)} failed: {proc.stderr.decode()[-500:]}")
    return statistics.median(times[0]) * 1000, statistics.median(times[1]) * 1000


def import_profile(db: Path, env: dict, top: int = 12) -> list[str]:
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "studycli", "lookup", "--db", str(db), QUERY],
        env=env, capture_output=True, text=True)
    rows = []
    for line in proc.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        _, cum_us, name = line[len("import time:"):].split("|")
        depth = (len(name) - len(name.lstrip()) - 1) // 2
        rows.append((int(cum_us), depth, name.strip()))
    total = sum(c for c, d, _ in rows if d == 0)
    lines = [f"  all imports: {total / 1000:.1f} ms (top-level modules, cumulative):"]
    for cum, _depth, name in sorted((r for r in rows if r[1] == 0), reverse=True)[:top]:
        lines.append(f"    {cum / 1000:6.1f} ms  {name}")
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=21)
    ap.add_argument("--facts", type=int, default=100_000)
    opts = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="studycli-bench-") as tmp_name:
        tmp = Path(tmp_name)
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
        env["PYTHONPATH"] = str(ROOT)
        env.pop("STUDYCLI_DB", None)
        shipped = tmp / "shipped.db"
        t0 = time.perf_counter()
        n_shipped = build_shipped(shipped)
        large = tmp / "large.db"
        n_large = build_large(large, opts.facts)
        print(f"databases built in {time.perf_counter() - t0:.1f} s: shipped notes "
              f"{n_shipped} facts, large {n_large} facts")
        script = shutil.which("studycli", path=str(Path(sys.executable).parent))
        bare = [sys.executable, "-c", "pass"]
        print(f"query: {QUERY!r}, median of {opts.runs} runs, Python {sys.version.split()[0]}")
        print(f"{'database':<10} {'how':<16} {'lookup':>9} {'bare':>8} {'ratio':>6}  target")
        for label, db, target in (("shipped", shipped, TARGET_SHIPPED),
                                  ("100k" if opts.facts == 100_000 else f"+{opts.facts}", large,
                                   TARGET_LARGE)):
            ways = [("python -m", [sys.executable, "-m", "studycli"])]
            if script:
                ways.append(("console script", [script]))
            else:  # what the console script runs, without an install
                ways.append(("entry point", [sys.executable, "-c", ENTRY]))
            for how, prefix in ways:
                ms, base = medians_ms([*prefix, "lookup", "--db", str(db), QUERY], bare, env,
                                      opts.runs)
                ratio = ms / base
                verdict = "ok" if ratio <= target else "MISSED"
                print(f"{label:<10} {how:<16} {ms:7.1f}ms {base:6.1f}ms {ratio:5.1f}x  "
                      f"<= {target:g}x {verdict}")
        if not script:
            print("(no installed `studycli` console script next to this Python: 'entry point' "
                  "runs the same studycli.entry:main through python -c)")
        print("import-time profile of the lookup path (python -X importtime):")
        print("\n".join(import_profile(shipped, env)))


if __name__ == "__main__":
    main()
