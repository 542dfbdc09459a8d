"""`compare X Y` shows the notes' rows before it works out what it shows after them (issue 12):
the search a thin table names is looked for once the rows are printed, never for --json, which
does not show it; and `check`'s findings on the cells' lines are kept under a key of those
notes alone, so a compare does not hash every fact of every note to read them back."""

from __future__ import annotations

import subprocess
import sys

from studycli import checking
from studycli.database import ensure_database
from studycli.ingest import ingest_paths

from .helpers import REPO, run_here

# At the first byte written to stdout: whether the search's engine (lookup.search and the
# lexicon of service names it loads) was imported yet; at the end, whether it ever was.
_PROBE = (
    "import sys\n"
    "seen = {}\n"
    "real = sys.stdout.write\n"
    "def write(text):\n"
    "    seen.setdefault('first', 'studycli.lookup.search' in sys.modules)\n"
    "    return real(text)\n"
    "sys.stdout.write = write\n"
    "from studycli.entry import main\n"
    "rc = main(sys.argv[1:])\n"
    "print('RC', rc, 'FIRST', seen.get('first'), 'END', 'studycli.lookup.search' in "
    "sys.modules, file=sys.stderr)\n"
)


def _probe(*args: str) -> str:
    proc = subprocess.run([sys.executable, "-c", _PROBE, *args], capture_output=True,
                          text=True, cwd=REPO, timeout=120)
    return proc.stderr.strip().splitlines()[-1]


def test_a_thin_table_shows_its_rows_before_the_search_it_names(shipped_copy):
    run_here("compare", "sqs", "sns", db=shipped_copy)  # one-off work (kept findings) here
    shown = run_here("compare", "sqs", "sns", db=shipped_copy)
    # the hint is still there, under the table, as before
    assert "`studycli search SQS SNS` finds the lines that name both" in shown.stdout
    assert shown.stdout.index("max message size") < shown.stdout.index("studycli search")
    assert _probe("compare", "sqs", "sns", "--db", str(shipped_copy)) == "RC 0 FIRST False END True"


def test_json_never_looks_for_the_search(shipped_copy):
    run_here("compare", "sqs", "sns", "--json", db=shipped_copy)
    assert _probe("compare", "sqs", "sns", "--json", "--db",
                  str(shipped_copy)) == "RC 0 FIRST False END False"


def _two_notes(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "sqs.md").write_text("# SQS\n- SQS max message size 256 KB\n", encoding="utf-8")
    (notes / "other.md").write_text("# Lambda\n- Lambda max timeout 15 minutes\n",
                                    encoding="utf-8")
    db = ensure_database(str(tmp_path / "n.db"))
    ingest_paths(db, [notes])
    return db, notes


def test_the_cells_findings_are_kept_for_their_own_notes(tmp_path, monkeypatch, few_samples):
    # few_samples: the new database's first use reads two of the shipped samples, not all
    # five (~0.3 s of CPU); what is checked is the kept findings of the student's own notes
    monkeypatch.setenv("STUDYCLI_CACHE", str(tmp_path / "cache"))
    db, notes = _two_notes(tmp_path)
    places = {("sqs.md", 2)}
    first = checking.findings_at(db, places)
    assert [x["status"] for x in first] == ["outdated"]  # 256 KB: AWS now 1 MiB

    # another note changes: the whole base's key changes, the compared note's does not
    (notes / "other.md").write_text("# Lambda\n- Lambda max timeout 900 seconds\n",
                                    encoding="utf-8")
    ingest_paths(db, [notes])

    def no_check(*args, **kwargs):
        raise AssertionError("the compared note's findings were kept: no check to run")

    monkeypatch.setattr(checking, "_full_check", no_check)
    assert checking.findings_at(db, places) == first

    # the compared note itself changes: its findings are worked out again
    (notes / "sqs.md").write_text("# SQS\n- SQS max message size 1 MiB\n", encoding="utf-8")
    ingest_paths(db, [notes])
    monkeypatch.undo()
    monkeypatch.setenv("STUDYCLI_CACHE", str(tmp_path / "cache"))
    assert [x["status"] for x in checking.findings_at(db, places)] == ["current"]
