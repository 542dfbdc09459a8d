"""An ingest's fixed costs per process (issue 12): every pattern the parser compiles is the
same text in every run, so its compiled code is kept between runs (extract/regex_cache.py),
and an ingest that forks no child imports neither statistics (with fractions and decimal)
nor pickle.

Two patterns were built from a set sorted by length alone: words of one length kept the
set's order, which moves with the hash seed, so their text differed from run to run and
they were compiled afresh every time (2-10 ms of each ingest's CPU). The real-process
checks are in the thorough tier (tests/conftest.py THOROUGH_TIER), as the suite's other
checks of what a process imports or compiles are."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

import pytest

from studycli.formats.page_columns import _median as median

REPO = Path(__file__).resolve().parent.parent

# (right figures, though only the parse's cost is looked at: an SQS message is up to 1 MiB
# now (SendMessage's MessageBody), long polling up to 20 s; 3,500 writes a second is S3's,
# per partitioned prefix, not SQS's)
NOTE = """## Amazon SQS

- Max message size is 1 MiB, visibility timeout 0 to 12 hours
- Long polling waits up to 20 000 ms

## Amazon S3

- 3 500 PUT per second per prefix

## AWS Lambda

- Timeout max 900 seconds, memory up to 10 240 MB
"""

# each studycli module's module-level patterns, after a note is parsed and stored
_PATTERNS = r"""
import json, os, re, sys
from pathlib import Path
os.getloadavg = lambda: (1e9, 1e9, 1e9)  # no idle core: nothing forked
from studycli.ingest import ingest_paths
from studycli.store.db import connect
db = connect(Path(sys.argv[1]) / "s.db")
ingest_paths(db, [sys.argv[2]])
found = {f"{name}.{attr}": value.pattern
         for name, module in list(sys.modules.items()) if name.startswith("studycli")
         for attr, value in list(vars(module).items()) if isinstance(value, re.Pattern)}
# every pattern compiled through the kept code (regex_cache), wherever it was compiled: in a
# function, a cache, a class; but markdown-it's inline terminators, a character class it builds
# from a set (its own code, not studycli's: a class's order changes no match)
from studycli.extract import regex_cache
try:
    from markdown_it.parser_inline import _default_terminator_re
    theirs = {_default_terminator_re().pattern}
except ImportError:
    theirs = set()
compiled = sorted(key[1] for key in regex_cache._used
                  if isinstance(key[1], str) and key[1] not in theirs)
print(json.dumps({"patterns": found, "compiled": compiled,
                  "modules": [m for m in ("statistics", "fractions", "decimal", "pickle")
                              if m in sys.modules]}))
"""


def _in_a_process(tmp_path: Path, name: str, seed: str) -> dict:
    notes = tmp_path / "notes"
    notes.mkdir(exist_ok=True)
    (notes / "n.txt").write_text(NOTE, encoding="utf-8")
    (notes / "m.md").write_text(NOTE, encoding="utf-8")
    run = tmp_path / name
    run.mkdir()
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONHASHSEED": seed,
           "STUDYCLI_CACHE": str(run / "cache")}
    out = subprocess.run([sys.executable, "-c", _PATTERNS, str(run), str(notes)],
                         capture_output=True, text=True, env=env, cwd=REPO, timeout=300)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_the_parser_s_patterns_are_the_same_whatever_the_hash_seed(tmp_path):
    """Seeds 1 and 2 gave the unit words after a spaced number and the time units after
    "per" in different orders; now every pattern's text is the same in both."""
    one, two = _in_a_process(tmp_path, "one", "1"), _in_a_process(tmp_path, "two", "2")
    assert len(one["patterns"]) > 500  # (the parser's modules were loaded)
    assert [name for name in one["patterns"]
            if one["patterns"][name] != two["patterns"].get(name)] == []
    # not only the patterns a module keeps by name: one compiled in a function from a set's
    # order (markdown-it's terminators are) is never in a module's namespace, and is compiled
    # afresh every run all the same
    assert len(one["compiled"]) > len(one["patterns"])
    assert sorted(set(one["compiled"]) ^ set(two["compiled"])) == []


def test_an_ingest_that_forks_nothing_imports_neither_statistics_nor_pickle(tmp_path):
    assert _in_a_process(tmp_path, "run", "0")["modules"] == []


@pytest.mark.parametrize("values", [[3], [4, 1], [5, 1, 9], [2, 8, 4, 6], [7, 7, 1, 30, 2],
                                    [0.5, 2, 1.5]])
def test_median_is_statistics_median(values):
    assert median(values) == statistics.median(values)
    assert type(median(iter(values))) is type(statistics.median(values))

