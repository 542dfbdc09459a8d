"""Session 55's review mends: the basic side's unnamed-figure check loads the parser's
quantities only for a line naming the other side (lookup/pair_sides.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.helpers import note_db

REPO = Path(__file__).resolve().parent.parent

_SCRIPT = """
import sys
from studycli.lookup import lookup
from studycli.store.db import connect
db = connect(sys.argv[1])
lookup(db.conn, sys.argv[2], limit=3)
print("studycli.extract.quantities" in sys.modules)
"""


def _loads_quantities(db: Path, query: str) -> bool:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    out = subprocess.run([sys.executable, "-c", _SCRIPT, str(db), query], capture_output=True,
                         text=True, env=env, cwd=REPO, check=True)
    return out.stdout.strip() == "True"


def test_basic_asked_of_a_line_never_naming_detailed_loads_no_quantities(tmp_path):
    # (the statements are candidates: the query's service is not the note's, or none is)
    db = note_db(tmp_path, "# Notes\n\n- SQS retention default 4 days\n")
    assert not _loads_quantities(db, "ec2 basic monitoring interval")
    assert not _loads_quantities(db, "sqs basic retention")


def test_basic_asked_of_a_line_naming_detailed_still_reads_it(tmp_path):
    db = note_db(tmp_path, "# EC2\n\n- standard metrics EC2 every 5 min, "
                           "detailed monitoring 1 min\n")
    assert _loads_quantities(db, "ec2 basic monitoring interval")
