"""lookup's exit codes follow grep: 0 found, 1 not found, 2 a usage error (an empty query)."""

import subprocess
import sys

from .helpers import REPO


def test_an_empty_query_is_a_usage_error(tmp_path):
    for query in ("", "   "):
        r = subprocess.run([sys.executable, "-m", "studycli", "lookup", query, "--db",
                            str(tmp_path / "s.db")], capture_output=True, text=True, cwd=REPO)
        assert r.returncode == 2 and "nothing to look up" in r.stderr and not r.stdout
