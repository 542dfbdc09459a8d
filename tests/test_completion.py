"""Shell completion through the real console entry point, as bash asks for it."""

import os
import subprocess
import sys

from .helpers import REPO, run_here


def bash_env(words: str, cword: int) -> dict:
    return {"_STUDYCLI_COMPLETE": "complete_bash", "COMP_WORDS": words, "COMP_CWORD": str(cword)}


def complete(words: str, cword: int) -> list[str]:
    """In a real process, as bash runs it."""
    env = {**os.environ, **bash_env(words, cword), "PYTHONPATH": str(REPO)}
    out = subprocess.run([sys.executable, "-m", "studycli"], env=env, capture_output=True,
                         text=True, timeout=60, cwd=REPO)
    assert out.returncode == 0, out.stderr
    return out.stdout.split()


def complete_here(words: str, cword: int) -> list[str]:
    """The same entry point in this process (the typer app's import is paid once)."""
    out = run_here(env=bash_env(words, cword))
    assert out.returncode == 0, out.stderr
    return out.stdout.split()


def test_commands_profiles_and_services_complete():
    in_a_process = complete("studycli rea", 1)
    assert "readiness" in in_a_process
    assert complete_here("studycli rea", 1) == in_a_process
    assert complete_here("studycli exam --profile d", 3) == ["dva-c02"]
    assert "lambda" in complete_here("studycli quiz --service la", 3)
    assert "Lambda" in complete_here("studycli exam --service La", 3)
    assert "error_code" in complete_here("studycli facts --kind e", 3)
