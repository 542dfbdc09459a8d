"""The README's two commands stay true: the first runs the main job, the second is what CI runs."""

from __future__ import annotations

import os
import re
import shutil
import subprocess

import pytest

from .helpers import REPO, run_cli


def readme_commands() -> list[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    found = re.search(r"```sh\n(.*?)```", text, re.S)
    assert found, "the README has a ```sh block"
    block = found.group(1)
    return [line for line in block.splitlines() if line and not line.startswith("#")]


def test_readme_has_exactly_two_setup_commands_and_ci_runs_the_second():
    first, second = readme_commands()
    assert "pip install ." in first
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    test_part = second.split("&& ", 2)[-1]  # after creating and activating the venv
    assert test_part in ci


@pytest.mark.cold_cache  # a new machine: nothing kept from an earlier run
def test_first_command_runs_the_main_job(tmp_path):
    """`studycli quiz` on a new machine: builds the fact base, shows a question, q quits."""
    first, _ = readme_commands()
    tool_args = first.rsplit("&& ", 1)[-1].split()
    assert tool_args[0] == "studycli"
    result = run_cli(*tool_args[1:], db=tmp_path / "readme.db", input="q\n")
    assert result.returncode == 0, result.stderr
    assert "?" in result.stdout and "left" in result.stdout  # a question with its progress header
    assert (tmp_path / "readme.db").stat().st_size > 0


def test_the_installed_console_script_works(shipped_copy):
    """After `pip install`, the `studycli` script runs (skipped in a bare checkout)."""
    import pytest

    script = shutil.which("studycli")
    if script is None:
        pytest.skip("studycli is not installed in this environment (pip install -e .)")
    env = {**os.environ, "STUDYCLI_DB": str(shipped_copy)}  # built once (conftest), copied
    result = subprocess.run([script, "conflicts", "--json"], capture_output=True, text=True,
                            env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.lstrip().startswith("[")
