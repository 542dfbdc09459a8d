"""Shell completion through the real console entry point, as bash asks for it."""

import os
import subprocess
import sys

from .helpers import REPO


def complete(words: str, cword: int) -> list[str]:
    env = {**os.environ, "_STUDYCLI_COMPLETE": "complete_bash", "COMP_WORDS": words,
           "COMP_CWORD": str(cword), "PYTHONPATH": str(REPO)}
    out = subprocess.run([sys.executable, "-m", "studycli"], env=env, capture_output=True,
                         text=True, timeout=60, cwd=REPO)
    assert out.returncode == 0, out.stderr
    return out.stdout.split()


def test_commands_profiles_and_services_complete():
    assert "readiness" in complete("studycli rea", 1)
    assert complete("studycli exam --profile d", 3) == ["dva-c02"]
    assert "lambda" in complete("studycli quiz --service la", 3)
    assert "Lambda" in complete("studycli exam --service La", 3)
    assert "error_code" in complete("studycli facts --kind e", 3)
