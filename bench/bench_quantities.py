"""Time find_quantities on 100,000-character lines: note text, dense quantities, adversarial.

Run from the repo root: python bench/bench_quantities.py. Prints the best of five CPU times.
"""

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from studycli.extract.quantities import find_quantities  # noqa: E402

N = 100_000


def _fill(unit: str) -> str:
    return (unit * (N // len(unit) + 1))[:N]


def main() -> None:
    notes = " ".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "content").glob("*")))
    lines = {
        "shipped notes as one line": _fill(notes.replace("\n", " ")),
        "dense: '1-10 messages, '": _fill("1-10 messages, "),
        "dense: '1 MB and '": _fill("1 MB and "),
        "densest: '1s '": _fill("1s "),
        "bare numbers '1 '": _fill("1 "),
        "numbers and words '1 a '": _fill("1 a "),
        "markers 'min 1 max '": _fill("min 1 max "),
        "letters": "a" * N,
    }
    for name, text in lines.items():
        best = float("inf")
        for _ in range(5):
            t0 = time.process_time()
            found = find_quantities(text)
            best = min(best, time.process_time() - t0)
        per = f"{best / len(found) * 1e6:5.1f} µs/quantity" if found else ""
        print(f"{name:30s} {best * 1000:7.1f} ms  {len(found):6d} found  {per}")


if __name__ == "__main__":
    main()
