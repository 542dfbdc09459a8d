"""Start-up of what the typer app runs (`studycli --help`, export, progress, whatever a fast path
hands over): Rich is not imported until a command prints through its console, and the code
dataclasses, namedtuple and typing write is compiled from what an earlier run kept
(studycli/kept_code.py), as on the fast paths."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.helpers import REPO, note_db, run_cli

# The kept files are what these tests are about: each process starts with an empty cache
# folder, as on a new machine (conftest's _Warm).
pytestmark = pytest.mark.cold_cache

_LOADED = """
import sys
from studycli.entry import main
code = main(sys.argv[1:])
sys.stderr.write(f"RC {code} RICH {'rich.console' in sys.modules}\\n")
"""


def _run_loaded(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", _LOADED, *args], capture_output=True,
                          text=True, cwd=REPO, timeout=120, env={**os.environ, **(env or {})})


def _loaded(*args: str, env: dict | None = None) -> str:
    return _run_loaded(*args, env=env).stderr.strip().splitlines()[-1]


def test_the_help_prints_without_rich(tmp_path):
    assert _loaded("--help", env={"STUDYCLI_CACHE": str(tmp_path)}) == "RC 0 RICH False"


def test_a_command_run_by_typer_still_prints_through_the_console(tmp_path):
    """`progress export` has no fast path: its line comes from cli.common's console, made on
    first use, and a failure's one line from its err_console."""
    db = note_db(tmp_path, "# SQS\n\n- max message size 256 KB\n")
    # one process for the export's line and what it imported (the entry's own main, run
    # as the console script runs it)
    out = _run_loaded("progress", "export", str(tmp_path / "p.json"), "--db", str(db))
    assert out.stdout.startswith("Exported 0 reviews of "), out.stderr
    assert out.stderr.strip().splitlines()[-1] == "RC 0 RICH True"
    missing = run_cli("progress", "import", str(tmp_path / "none.json"), db=db)
    assert missing.returncode == 1
    assert missing.stderr.startswith("studycli: ") and "does not exist" in missing.stderr


# Counts the sources of dataclass and namedtuple methods compiled in a real process.
_COUNTING = """
import builtins, sys
made = [0]
for name in ("exec", "eval", "compile"):
    real = getattr(builtins, name)
    def counted(source, *rest, real=real, **kw):
        if isinstance(source, str) and (source.startswith("def __create_fn__")
                                        or source.startswith("lambda _cls,")):
            made[0] += 1
        return real(source, *rest, **kw)
    setattr(builtins, name, counted)
from studycli.entry import main
code = main(sys.argv[1:])
sys.stderr.write(f"RC {code} MADE {made[0]}\\n")
"""


def _made(cache, *args: str) -> tuple[int, int]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "STUDYCLI_CACHE": str(cache)}
    out = subprocess.run([sys.executable, "-c", _COUNTING, *args], capture_output=True,
                         text=True, env=env, cwd=REPO, timeout=120)
    rc, made = out.stderr.rsplit("RC ", 1)[1].split(" MADE ")
    return int(rc), int(made)


def test_the_help_s_second_run_compiles_no_dataclass_code(tmp_path):
    cache = tmp_path / "cache"
    rc, made = _made(cache, "--help")
    assert rc == 0 and made > 10
    assert list(cache.glob("code-typer-*.marshal"))
    assert _made(cache, "--help") == (0, 0)


def test_a_failed_typer_command_makes_no_cache_folder(tmp_path):
    """As after a fast command: a run that did not do its work (a usage error here) keeps
    nothing unless the cache folder is there already."""
    cache = tmp_path / "cache"
    rc, made = _made(cache, "export", "--no-such-option")
    assert rc == 2 and made > 10 and not cache.exists()

