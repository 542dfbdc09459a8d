"""Notes spelled with the four letters `re.IGNORECASE` matches to ASCII ones, fuzzed.

    PYTHONPATH=TREE python bench/fuzz_odd_letters.py [--notes N] [--seed S] [--ingest K]

"İ", "ı" (i), "ſ" (s) and the Kelvin sign (k) match a case-insensitive pattern's ASCII letter
but lower-case to none: every table keyed by a matched word's lower case once raised on them
(issue 12). Each note is a development note (tests/data, the shipped content) with some of
its letters swapped for those. Each is parsed in process (`parse_note`, of the tree
PYTHONPATH names), and the first K also ingested and checked by a real process (which makes
the note's cards and questions too). Prints the notes tried and the tracebacks, each with its
last frame. Not a test: it takes minutes.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import traceback
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

_SWAP = {"s": "\u017f", "S": "\u017f", "k": "\u212a", "K": "\u212a", "i": "\u0131",
         "I": "\u0130"}


def odd(text: str, rng: random.Random, rate: float) -> str:
    return "".join(_SWAP[c] if c in _SWAP and rng.random() < rate else c for c in text)


def notes(count: int, rng: random.Random) -> list[tuple[str, str]]:
    paths = sorted([*REPO.glob("tests/data/**/*.md"), *REPO.glob("content/*.md")])
    picked = rng.sample(paths, min(count, len(paths)))
    out = []
    for path in picked:
        text = path.read_text(encoding="utf-8", errors="replace")
        out.append((path.name, odd(text, rng, rng.choice((0.05, 0.3, 0.7)))))
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--notes", type=int, default=300)
    ap.add_argument("--seed", type=int, default=38)
    ap.add_argument("--ingest", type=int, default=20)
    args = ap.parse_args()
    from studycli.extract.pipeline import parse_note

    rng = random.Random(args.seed)
    tried = notes(args.notes, rng)
    crashes: Counter[str] = Counter()
    for name, text in tried:
        try:
            parse_note(text, name)
        except Exception as e:  # noqa: BLE001 - counting them is the point
            frame = traceback.extract_tb(e.__traceback__)[-1]
            where = f"{Path(frame.filename).name}:{frame.lineno}"
            crashes[f"{type(e).__name__} {where} {str(e)[:30]}"] += 1
    print(f"parsed in process: {len(tried)} notes, {sum(crashes.values())} tracebacks")
    for where, n in crashes.most_common():
        print(f"  {n:4d}  {where}")
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for i, (name, text) in enumerate(tried[:args.ingest]):
            note = Path(tmp, f"n{i}", name)
            note.parent.mkdir()
            note.write_text(text, encoding="utf-8")
            db = Path(tmp, f"n{i}.db")
            for cmd in (["ingest", str(note)], ["check"]):
                run = subprocess.run([sys.executable, "-m", "studycli", *cmd, "--db", str(db)],
                                     capture_output=True, text=True, cwd=tmp)
                if "Traceback" in run.stderr:
                    failed += 1
                    print(f"  traceback: {cmd[0]} {name}: {run.stderr.strip().splitlines()[-1]}")
    print(f"ingested and checked by a real process: {min(args.ingest, len(tried))} notes, "
          f"{failed} tracebacks")
    return 1 if crashes or failed else 0


if __name__ == "__main__":
    sys.exit(main())
