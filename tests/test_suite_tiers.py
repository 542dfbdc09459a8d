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


def test_random_line_equivalence_kill_and_first_use_runs_are_thorough():
    """Session 40 (issue 12, speed): the everyday tier's longest runs of the thorough kinds
    (a fast scan against the plain one over hundreds of random lines or every code point, a
    linear-time guard, SIGKILL of real ingests, a first use ingesting every shipped note in a
    real process, what a command imports or compiles in a real process) run in the thorough
    tier; the everyday tests beside them stay everyday."""
    moved = ("tests/test_parser_scan.py::test_last_end_is_the_last_match_before_the_position"
             "[limits clause]",
             "tests/test_parser_scan.py::test_bracket_head_matches_a_character_by_character_scan",
             "tests/test_ingest28_post_parse_speed.py::"
             "test_claim_patterns_gated_by_their_words_match_as_searched",
             "tests/test_speed28_text_cleaning.py::"
             "test_check_s_safe_text_is_the_per_character_reading",
             "tests/test_speed31_anchored_gates.py::test_a_gated_search_finds_what_the_pattern_"
             "finds[x]",
             "tests/test_mode_said_of_bounds.py::"
             "test_a_long_line_of_mode_words_parses_in_linear_time[sync async ]",
             "tests/test_ingest29_post_parse_speed.py::"
             "test_an_ingest_killed_while_it_builds_a_new_database_leaves_one_that_works",
             "tests/test_reliability.py::test_ingest_workers_die_with_their_parent",
             "tests/test_speed37_lookup_end.py::"
             "test_a_lookup_that_builds_its_database_keeps_its_pattern_caches",
             "tests/test_speed28_typer_startup.py::test_the_help_prints_without_rich",
             "tests/test_kept_code.py::test_a_commands_second_run_compiles_no_dataclass_code")
    assert [nodeid for nodeid in moved if not in_thorough_tier(nodeid)] == []
    kept = ("tests/test_ingest28_post_parse_speed.py::"
            "test_line_findings_reads_the_claims_a_line_calls_up_in_their_order",
            "tests/test_reliability.py::test_flipped_bytes_give_one_line",
            "tests/test_speed37_lookup_end.py::test_a_lookup_process_leaves_once_its_answer_is_"
            "written",
            "tests/test_speed28_typer_startup.py::"
            "test_a_command_run_by_typer_still_prints_through_the_console")
    assert [nodeid for nodeid in kept if in_thorough_tier(nodeid)] == []


def test_real_process_import_guards_are_thorough():
    """Session 52 (issue 12, speed): the everyday tier's remaining checks of what a command
    imports, compiles or keeps, each run in processes of its own, are thorough, as session
    40's were; real-process tests of what a command prints, its exit code or its signals
    stay everyday."""
    moved = ("tests/test_ingest43_readers_on_demand.py::"
             "test_ordinary_notes_import_neither_reader",
             "tests/test_lookup.py::test_fast_path_imports_nothing_heavy[sqs max message size]",
             "tests/test_lookup_no_hashlib.py::test_a_lookup_imports_no_hashlib_cold_or_warm",
             "tests/test_kept_code.py::test_the_quiz_and_cards_keep_their_patterns[command0]",
             "tests/test_speed37_lookup_end.py::"
             "test_a_lookup_imports_neither_the_sqlite3_package_nor_datetime",
             # session 54's: the same kind, added to the everyday tier after session 52
             "tests/test_lookup_no_dataclasses.py::"
             "test_a_lookup_reading_note_lines_imports_no_dataclasses[sqs delaysecs max-True]",
             "tests/test_lookup_choice_modules_on_demand.py::"
             "test_a_push_or_pull_choice_reads_the_choice",
             "tests/test_reference_services_kept.py::"
             "test_a_lookup_showing_the_aws_docs_loads_neither_openssl_nor_tomllib")
    assert [nodeid for nodeid in moved if not in_thorough_tier(nodeid)] == []
    kept = ("tests/test_speed28_typer_startup.py::"
            "test_a_failed_typer_command_makes_no_cache_folder",
            "tests/test_usage_errors.py::test_usage_errors_in_real_processes",
            "tests/test_speed37_lookup_end.py::"
            "test_the_collector_is_back_on_when_the_typer_app_takes_over")
    assert [nodeid for nodeid in kept if in_thorough_tier(nodeid)] == []


def test_the_everyday_tier_has_no_property_test():
    """Every hypothesis test is thorough. When a run collects one, hypothesis's pytest
    plugin reads every local module's constants at collection (each of studycli's ~480
    modules parsed, in every xdist worker: ~1.5 s of CPU a worker in a fresh clone, where no
    `.hypothesis` folder keeps them); a run of the everyday tier then reads none."""
    given = re.compile(r"^[ \t]*@given\(.*?^[ \t]*def (test_\w+)\(", re.M | re.S)
    everyday = []
    for source in sorted((REPO / "tests").rglob("test_*.py")):
        relative = source.relative_to(REPO).as_posix()
        if relative.startswith("tests/data/"):
            continue
        for name in given.findall(source.read_text(encoding="utf-8")):
            if not in_thorough_tier(f"{relative}::{name}"):
                everyday.append(f"{relative}::{name}")
    assert everyday == []


def test_a_files_tier_is_worked_out_once_however_many_files_are_named(pytestconfig, tmp_path,
                                                                    monkeypatch):
    """pytest asks `pytest_ignore_collect` of every entry of the suite's folder once per file
    named on the command line: each entry's answer is worked out once (its path resolved
    once), not once per file named (34 files named took 12 s of CPU to collect)."""
    from pathlib import Path

    from tests.conftest import _file_left_out

    note = tmp_path / "test_not_in_the_suite.py"
    note.write_text("", encoding="utf-8")
    resolved = []
    real = Path.resolve

    def counted(self, *args, **kwargs):
        resolved.append(self)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Path, "resolve", counted)
    answers = [_file_left_out(pytestconfig, note) for _ in range(5)]
    assert answers == [False] * 5
    assert resolved.count(note) == 1


def test_a_folder_named_takes_its_files_and_not_a_sibling_that_shares_its_name(tmp_path):
    """The named files and folders are compared as text: a file is named when it is one of
    them or inside one, never because its name starts with a named folder's."""
    from types import SimpleNamespace

    import pytest

    from tests.conftest import _NAMED, _is_named

    folder = tmp_path / "tests_a"
    config = SimpleNamespace(stash=pytest.Stash())
    config.stash[_NAMED] = [folder, tmp_path / "one.py"]
    assert _is_named(config, folder / "test_x.py")
    assert _is_named(config, folder / "deeper" / "test_y.py")
    assert _is_named(config, tmp_path / "one.py")
    assert not _is_named(config, tmp_path / "tests_ab" / "test_x.py")
    assert not _is_named(config, tmp_path / "one.pyc")
    config.stash[_NAMED] = []
    assert not _is_named(config, folder / "test_x.py")
