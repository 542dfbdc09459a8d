"""Soundness of the AWS check's prefilter: for every claim pattern of the reference, lines the
pattern matches (generated from the pattern itself by hypothesis) must hold a word of each set
of words `line_claims` says its matches need; a set that a matching line lacks would make the
check skip a claim it should report. Prints figures; not a test (about 15 s CPU at 3 examples a
pattern): the suite guards the shipped notes' lines, this guards patterns no note matches yet.

    python bench/claim_prefilter_fuzz.py [EXAMPLES_PER_PATTERN]
"""

from __future__ import annotations

import re
import sys

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from studycli.reference import line_claims, load_reference


def _fuzz(pattern: str, clauses: tuple[frozenset[str], ...], examples: int,
          counts: dict[str, int], unsound: list[tuple[str, str, frozenset[str]]]) -> None:
    rx = re.compile(pattern, re.IGNORECASE)

    @settings(max_examples=examples, database=None, deadline=None, derandomize=True,
              suppress_health_check=list(HealthCheck), phases=[Phase.generate])
    @given(st.from_regex(rx))
    def check(line: str) -> None:
        if not rx.search(line):
            return
        counts["lines matched"] += 1
        fold = line_claims.folded(line)
        for words in clauses:
            if not any(w in fold for w in words):
                unsound.append((pattern, line, words))

    try:
        check()
        counts["tested"] += 1
    except Exception as exc:  # a pattern hypothesis cannot generate from
        counts["errors"] += 1
        print("cannot generate:", pattern[:60], type(exc).__name__)


def main() -> None:
    examples = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    patterns = sorted({p for e in load_reference().entries
                       for p in (*e.supported_by, *e.contradicted_by)})
    unsound: list[tuple[str, str, frozenset[str]]] = []
    counts = {"patterns": len(patterns), "no prefilter": 0, "tested": 0, "errors": 0,
              "lines matched": 0}
    for pattern in patterns:
        clauses = line_claims._read_required_clauses(pattern)
        if clauses is None:
            counts["no prefilter"] += 1
            continue
        _fuzz(pattern, clauses, examples, counts, unsound)
    for pattern, line, words in unsound[:20]:
        print("UNSOUND:", pattern[:80], "| line:", line[:80], "| needs one of:", sorted(words))
    print(" ".join(f"{k}={v}" for k, v in counts.items()), f"unsound={len(unsound)}")

if __name__ == "__main__":
    main()
