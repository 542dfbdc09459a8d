"""The suite's two tiers (tests/conftest.py THOROUGH_TIER): the README's `python -m pytest`
runs the everyday tier, `.ci/run` runs the thorough tier too, so no check is left out of CI,
and no entry of the list points at a test that is gone (renamed, it would slow every run)."""

from __future__ import annotations

import re
import subprocess
import sys

from tests.conftest import THOROUGH_TIER, in_thorough_tier

from .helpers import REPO


def test_every_thorough_entry_names_a_test_that_exists():
    for entry in THOROUGH_TIER:
        path, _, name = entry.partition("::")
        source = REPO / path
        assert source.is_file(), entry
        if name:
            found = re.search(rf"^def {re.escape(name)}\(", source.read_text(encoding="utf-8"),
                              re.M)
            assert found, entry


def test_an_entry_takes_its_file_or_its_test_with_every_parameter_and_nothing_else():
    assert in_thorough_tier("tests/test_lookup_eval.py::test_dev_set[shared]")
    assert in_thorough_tier("tests/test_quantities.py::test_a_long_line_is_fast[notes]")
    assert in_thorough_tier("tests/test_app.py::test_fast_and_typer_exam_json_agree")
    assert not in_thorough_tier("tests/test_app.py::test_fast_and_typer_exam_json_agree_too")
    assert not in_thorough_tier("tests/test_lookup_eval.pyx::test_dev_set")
    assert not in_thorough_tier("tests/test_app.py::test_streak_counts_days_in_a_row_ending_today")


def test_ci_runs_the_thorough_tier_after_the_readme_command():
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    readme = ci.index("pip install -e '.[test]' && python -m pytest\n")
    assert ci.index("python -m pytest --tier thorough", readme) > readme


def test_a_tier_picks_its_tests_of_a_file_named_on_the_command_line():
    # one short collection in a real pytest process: the tier option reaches the selection
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-n", "0",
         "--tier", "thorough", "tests/test_compare_fastpath.py"],
        capture_output=True, text=True, cwd=REPO, timeout=60)
    picked = {line for line in result.stdout.splitlines() if "::" in line}
    assert picked and all(in_thorough_tier(nodeid) for nodeid in picked), result.stdout
    assert "deselected" in result.stdout
