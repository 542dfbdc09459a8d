import atexit
import itertools
import os
import shutil
import signal
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

# Development notes are data, never tests: a student may keep notes as test files (unseen191's
# "test_security_monitoring.py", facts written as pytest asserts), which pytest must not run.
collect_ignore_glob = ["data/*"]

# Compiled modules are kept for the session's processes (the usual __pycache__ folders, which
# git ignores) even where PYTHONDONTWRITEBYTECODE is set: otherwise every xdist worker rewrites
# and compiles every test module again, and every CLI subprocess compiles studycli's ~1.3 MB of
# source again (about 0.4 s of CPU each, ~160 of them a run). Set here, at the conftest's
# import, so the workers and the subprocesses the tests start inherit it.
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
sys.dont_write_bytecode = False


def _scratch_in_memory() -> None:
    """The suite's scratch files (pytest's tmp_path folders, the databases the tests and the
    processes they start write) go to the machine's memory-backed folder where it has one with
    room: some 1,100 SQLite databases a run are created, switched to WAL, committed to and
    deleted, and on a disk each sync and unlink waits on it (a created WAL database with five
    commits: ~10 ms on this machine's disk, ~1 ms in memory; in a run under load the suite's
    unlinks alone waited 24 s). What the tests check is unchanged: the same SQLite files,
    folders and processes. STUDYCLI_TESTS_DISK=1 keeps them in the usual temporary folder.
    Set at the conftest's import, before pytest picks its base folder, so the xdist workers and
    every process a test starts inherit it."""
    memory = Path("/dev/shm")  # Linux's tmpfs; absent elsewhere, and then skipped
    if os.environ.get("STUDYCLI_TESTS_DISK") or not memory.is_dir() \
            or not os.access(memory, os.W_OK | os.X_OK):
        return
    stat = os.statvfs(memory)
    if stat.f_bavail * stat.f_frsize < 4 << 30:  # a run writes ~0.6 GB; leave others room
        return
    os.environ["TMPDIR"] = str(memory)
    tempfile.tempdir = None  # gettempdir() reads TMPDIR again


_scratch_in_memory()

# A shell started in the background (`python -m pytest &` from a script) ignores SIGINT, and
# the processes the tests start inherit that: the Ctrl-C tests (quiz, exam) then wait out
# their timeouts (~64 s each) and fail. Ctrl-C is what they test, so it is live again here.
if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)


def pytest_configure(config):
    """Module- and session-scoped fixtures run before the per-test fixture below: point the
    database and the cache at a scratch folder for them too, so no test run writes into the
    student's own ~/.cache/studycli or data folder."""
    scratch = tempfile.mkdtemp(prefix="studycli-tests-")
    # removed at the process's exit, after studycli's own exit handlers (registered later, at
    # the test modules' imports, so run before this one) wrote their kept files into it
    atexit.register(shutil.rmtree, scratch, ignore_errors=True)
    os.environ["STUDYCLI_CACHE"] = os.path.join(scratch, "cache")
    os.environ["STUDYCLI_DB"] = os.path.join(scratch, "studycli.db")
    config.addinivalue_line(
        "markers", "thorough: in the thorough tier (THOROUGH_TIER in tests/conftest.py)")
    config.addinivalue_line(
        "markers", "cold_cache: the test's CLI processes start with an empty cache folder, "
        "as on a new machine (see _warm_processes in tests/conftest.py)")
    _Warm.install(scratch)


class _Warm:
    """Every test has a cache folder of its own (_private_db), so each `python -m studycli`
    a test starts would begin as on a new machine: compiling the parser's, the exam's and
    lookup's ~1,500 patterns and reading the curated data and the AWS reference afresh (an
    ingest of one line 0.8 s of CPU cold, 0.4 s warm; an exam 0.95 s and 0.6 s), some 110
    processes a run. Those kept files depend only on studycli's code and data (kept.py's
    stamps: the interpreter, the patterns, the files' whole text), never on a database, so
    each process a test starts finds the ones a first run of the session made, copied into
    its own folder (a student's second run). Results kept per database (an exam's pool,
    check's findings, card plans) are never copied: those stay each test's own.
    Tests of the kept files themselves and of a first run (`@pytest.mark.cold_cache`) start
    their processes cold, as before; STUDYCLI_TESTS_COLD=1 starts every test's cold."""

    # the code- and data-keyed files of the cache folder (studycli/kept.py, paths.py,
    # extract/regex_cache.py, fastpath/patterns.py, reference/loader.py, reference/kept_words.py,
    # kept_code.py)
    KEPT_FOR_CODE = ("regex-*.marshal", "lookup-regex-*.marshal", "data-*.marshal",
                     "kept-*.marshal", "pattern-words-*.marshal", "code-*.marshal", "reference")
    source: Path | None = None
    # made at the first process a test of this worker starts, not before its first test: a
    # worker whose first tests start none runs them meanwhile, not waiting on the other's lock
    make_source: Callable[[], Path] | None = None
    roots: tuple[str, ...] = ()  # where the tests' own cache folders are
    cold = False  # the running test is marked cold_cache

    @classmethod
    def install(cls, scratch: str) -> None:
        import subprocess

        cls.roots = (scratch + os.sep,)
        if os.environ.get("STUDYCLI_TESTS_COLD"):
            return
        started = subprocess.Popen.__init__

        def __init__(self, args, *rest, **kwargs):  # noqa: N807 - Popen's own
            cls.seed(args, kwargs.get("env"))
            started(self, args, *rest, **kwargs)

        subprocess.Popen.__init__ = __init__  # type: ignore[method-assign]

    @classmethod
    def seed(cls, args, env) -> None:
        if cls.cold or not isinstance(args, (list, tuple)) \
                or "studycli" not in " ".join(map(str, args[:3])):
            return
        if cls.source is None and cls.make_source is not None:
            make, cls.make_source = cls.make_source, None  # its own processes start cold
            cls.source = make()
        if cls.source is None:
            return
        cache = (env if env is not None else os.environ).get("STUDYCLI_CACHE", "")
        if not cache.startswith(cls.roots):
            return  # not a test's own folder: left alone
        folder = Path(cache)
        if folder.exists() and any(folder.glob("regex-*")):
            return  # the test's processes made (or the test wrote) their own
        folder.mkdir(parents=True, exist_ok=True)
        for pattern in cls.KEPT_FOR_CODE:
            for kept in cls.source.glob(pattern):
                if kept.is_dir():
                    shutil.copytree(kept, folder / kept.name, dirs_exist_ok=True)
                else:
                    shutil.copyfile(kept, folder / kept.name)


def _warm_cache(path: Path) -> None:
    """A cache folder as a student's first runs leave it: an ingest, an exam, a lookup and
    a quiz on one small note (each its own process, as the tests' are)."""
    import subprocess

    from tests.helpers import REPO

    work = Path(tempfile.mkdtemp(prefix="warm-cache-", dir=path.parent))
    note = work / "n.md"
    note.write_text("## Amazon SQS\n\n- Visibility timeout default is 30 seconds\n"
                    "- Max message size is 256 KB\n", encoding="utf-8")
    env = {**os.environ, "STUDYCLI_CACHE": str(path), "STUDYCLI_DB": str(work / "w.db"),
           "PYTHONPATH": str(REPO)}
    for args in (["ingest", str(note)], ["exam", "--json", "-p", "quick"],
                 ["lookup", "sqs max message size"], ["quiz"]):
        subprocess.run([sys.executable, "-m", "studycli", *args], env=env, cwd=REPO,
                       input="q\n", capture_output=True, text=True, timeout=120)
    for made in list(path.iterdir()):  # only what depends on code and data alone stays
        if not any(made.match(p) for p in _Warm.KEPT_FOR_CODE):
            shutil.rmtree(made) if made.is_dir() else made.unlink()


# The suite has two tiers. The everyday tier is what `python -m pytest` runs (the README's
# command, under a minute on two cores); the thorough tier is the evaluation-style and
# equivalence runs below, which take most of the suite's CPU for few of its tests. `.ci/run`
# runs both, so every check still guards every change that reaches main. A test file or test
# named on the command line runs whole, whatever its tier (`python -m pytest
# tests/test_lookup_eval.py`); `--tier thorough` runs only the thorough tier, `--tier all`
# both. Entries are files or `file::test` (all its parameters); a test is listed here by what
# kind of check it is, never to hide a failure: a failing thorough test fails CI.
THOROUGH_TIER = (
    # Evaluation sweeps: every development note set (or every shipped note) through lookup,
    # the question generator or the exam, against its query files and invariants.
    "tests/test_lookup_eval.py",
    "tests/test_lookup_eval_heldout.py",
    "tests/test_lookup_abstain.py::test_unanswerable_queries_abstain",
    "tests/test_lookup_abstain.py::test_unanswerable_queries_on_other_students_notes_abstain",
    "tests/test_lookup_answer.py::test_unseen4_unanswerable_queries_abstain",
    "tests/test_questions_unseen.py",
    # bench/dev_shapes.py builds its large notes from every development note (some 20 s)
    "tests/test_bulk42_dev_shapes.py::test_a_merged_note_is_read_to_its_end",
    "tests/test_bulk42_dev_shapes.py::test_every_shape_is_varied_not_repeated",
    "tests/test_exam_properties.py",
    "tests/test_scenario_questions.py::test_scenario_invariants_on_unseen_notes",
    "tests/test_scenario_questions.py::"
    "test_a_quarter_of_an_exam_on_the_shipped_notes_over_more_seeds",
    "tests/test_exam_one_line.py::test_a_full_exam_asks_each_note_line_once",
    "tests/review/test_review.py",
    "tests/test_exam_generate.py::test_structure_over_many_seeds",
    "tests/test_exam_generate.py::"
    "test_wrong_options_are_never_values_the_notes_state_over_more_seeds",
    "tests/test_exam_generate.py::"
    "test_without_a_blueprint_questions_spread_in_proportion_over_ten_seeds",
    "tests/test_exam_shipped.py::test_full_exams_on_the_shipped_notes",
    # Reviewers' verdicts run again: every quiz item and exams over several seeds and profiles
    # from development note sets (as tests/review/test_review.py does for the shipped notes)
    "tests/test_questions17_blind13.py::test_the_notes_make_questions",
    "tests/test_questions17_blind13.py::test_rds_retention_is_asked_as_automated_backup_retention",
    "tests/test_questions17_blind13.py::test_alb_stickiness_names_the_alb",
    "tests/test_questions17_blind13.py::test_tmp_is_not_asked_with_the_container_images_value",
    "tests/test_questions17_blind13.py::test_a_binlog_retention_is_no_aurora_backup_retention",
    "tests/test_questions17_blind13.py::test_advice_to_go_async_is_no_stale_mode_of_the_line",
    "tests/test_questions17_blind13.py::test_an_explanation_says_the_stem_condition",
    "tests/test_questions18_blind14.py::test_the_reviewers_defects_are_gone",
    "tests/test_questions18_blind14.py::test_the_questions_are_still_asked",
    # lookup on whole development note sets ingested (the short note beside it stays everyday:
    # test_a_rate_typed_per_second_is_said_by_per_sec)
    "tests/test_lookup_recall38.py::test_a_time_unit_a_rate_is_per_is_said_by_the_rate",
    # Property runs (hypothesis): random notes, lines, queries and facts through the parser,
    # the converters, lookup, the reference match and the question makers.
    "tests/test_formats.py::test_every_converter_keeps_the_line_count",
    "tests/test_lookup.py::test_any_text_never_raises",
    "tests/test_odd_letters.py::test_short_notes_with_the_letters_never_raise",
    "tests/test_parser_properties.py::test_parser_never_raises_and_facts_point_at_their_lines",
    "tests/test_parser_roundtrip.py::test_parse_store_load_round_trips",
    "tests/test_quantities.py::test_never_raises_and_spans_are_ordered",
    "tests/test_questions.py::test_any_fact_gives_a_sane_question_or_none",
    "tests/test_reference_match.py::test_assess_never_raises_and_says_a_known_status",
    "tests/test_scenario_questions.py::test_one_right_option_from_one_category_and_no_leak",
    # Equivalence runs: a fast path or a kept result against the plain work it stands for,
    # over every note, many random lines, or cold, warm and damaged caches in real processes.
    "tests/test_ingest8_shared_work.py",
    "tests/test_speed38_claim_clauses.py::"
    "test_every_line_a_reference_pattern_matches_holds_a_word_of_each_set",
    "tests/test_ingest11_block_rules.py::"
    "test_texts_with_and_without_breaks_and_underlines_give_the_full_parsers_tokens",
    "tests/test_ingest12_inline.py::test_random_lines_give_the_inline_parsers_tokens",
    "tests/test_ingest12_rule_starts.py",
    "tests/test_ingest13_cards.py",
    "tests/test_notes_block_rules.py",
    "tests/test_notes_inline_fast_path.py",
    "tests/test_parser_attribute_needles.py",
    "tests/test_parser_tail_window.py",
    "tests/test_speed14_reader_gates.py",
    "tests/test_speed15_post_parse.py",
    "tests/test_store_fts_bulk.py::test_bulk_indexing_leaves_the_indexes_as_the_triggers_would",
    "tests/test_parse_fan_out.py",
    "tests/test_ingest_parallel.py",
    "tests/test_regex_cache.py",
    "tests/test_lookup_startup_kept.py",
    "tests/test_lookup_startup_patterns.py",
    "tests/test_check_kept.py",
    "tests/test_check_cli.py::"
    "test_statuses_are_worked_out_again_only_when_facts_or_reference_change",
    "tests/test_pager_stream.py::test_the_pager_gets_rich_pagers_text_byte_for_byte",
    "tests/test_exam_kept.py",
    "tests/test_exam_kept_pool.py",
    "tests/test_exam_draw_kept_work.py",
    "tests/test_exam_blueprint.py::test_byte_identical_json_across_processes_and_hash_seeds",
    "tests/test_exam_blueprint.py::test_caps_and_domains_on_the_shipped_notes_over_more_seeds",
    "tests/test_compare_fastpath.py::test_same_output_as_the_typer_command",
    "tests/test_app.py::test_fast_and_typer_exam_json_agree",
    "tests/test_compare_fastpath.py::test_nothing_to_compare_exits_1_on_both_paths",
    "tests/test_services_prefilter.py::test_no_text_the_pattern_matches_is_ruled_out",
    "tests/test_refdata12_prefilter.py::"
    "test_every_shipped_pattern_s_trigger_matches_wherever_the_pattern_does",
    "tests/test_examspeed2.py::"
    "test_the_kept_basis_says_which_scenario_stems_give_their_answer_away",
    "tests/test_speed33_equivalence.py::test_tail_start_finds_where_the_loop_did_over_more_lines",
    "tests/test_questions33_conditions.py::test_throttling_codes_and_meanings_over_more_seeds",
    # each a fast scan against the plain search or loop it replaced, over hundreds of seeded
    # random lines, every shipped line against every claim pattern, or every code point
    "tests/test_parser_scan.py",
    "tests/test_ingest28_post_parse_speed.py::"
    "test_claim_patterns_gated_by_their_words_match_as_searched",
    "tests/test_speed28_text_cleaning.py::test_check_s_safe_text_is_the_per_character_reading",
    "tests/test_speed31_anchored_gates.py::test_a_gated_search_finds_what_the_pattern_finds",
    # Speed guards: what a command imports, measured in a real process, and linear-time runs
    # on long inputs.
    "tests/test_reliability_startup.py",
    "tests/test_startup_imports.py",
    "tests/test_startup_reference_lazy.py",
    "tests/test_speed21_noop_ingest_imports.py",
    "tests/test_app.py::test_exam_json_runs_without_typer_rich_or_sqlite_utils",
    "tests/test_app.py::test_the_quiz_s_first_card_imports_no_fsrs",
    "tests/test_compare_fastpath.py::test_it_imports_nothing_heavy",
    "tests/test_compare26_startup.py::test_json_never_looks_for_the_search",
    "tests/test_speed28_typer_startup.py::test_the_help_prints_without_rich",
    "tests/test_speed28_typer_startup.py::test_the_help_s_second_run_compiles_no_dataclass_code",
    "tests/test_kept_code.py::test_a_commands_second_run_compiles_no_dataclass_code",
    "tests/test_kept_patterns_reads.py",
    # the everyday tier's other checks of what a command imports, compiles or keeps, each in
    # processes of its own (0.1-0.7 s of CPU a test, ~4 s in all: most of the everyday tier's
    # real processes that test no output, exit code or signal; moved in session 52)
    "tests/test_ingest26_fast_tally.py::"
    "test_the_reference_code_is_still_not_loaded_by_a_no_op_ingest",
    "tests/test_ingest43_readers_on_demand.py",
    "tests/test_ingest35_lookup_reads.py::test_a_lookup_loads_none_of_the_modules_it_does_not_use",
    "tests/test_lookup.py::test_fast_path_imports_nothing_heavy",
    "tests/test_lookup_no_hashlib.py::test_a_lookup_imports_no_hashlib_cold_or_warm",
    "tests/test_lookup_patterns_no_array.py::test_a_lookup_imports_no_array",
    "tests/test_lookup_modules_alone.py::"
    "test_a_submodule_asked_of_the_package_does_not_load_the_engine",
    "tests/test_startup_paths.py::test_lookup_reads_its_database_without_pathlib_or_platformdirs",
    "tests/test_startup_console.py::"
    "test_the_emoji_table_is_loaded_only_for_a_string_with_two_colons",
    "tests/test_speed37_lookup_end.py::"
    "test_a_lookup_imports_neither_the_sqlite3_package_nor_datetime",
    "tests/test_speed37_lookup_end.py::"
    "test_a_lookup_the_notes_do_not_answer_reads_the_docs_without_assess",
    "tests/test_parse51_figures.py::test_a_lookup_of_plain_figures_compiles_no_schedule_pattern",
    "tests/test_reference_schema.py::test_loading_is_stdlib_only_and_cheap",
    "tests/test_schema_writer.py::test_a_new_database_does_not_import_sqlite_utils",
    "tests/test_kept_code.py::test_check_keeps_its_code_though_an_outdated_note_exits_1",
    "tests/test_kept_code.py::test_the_quiz_and_cards_keep_their_patterns",
    "tests/test_ingest_collector.py::test_a_parse_leaves_the_young_generations_empty",
    "tests/test_quantities.py::test_a_long_line_is_fast",
    "tests/test_parser_slow_paths.py::test_parse_time_grows_linearly",
    "tests/test_formats20bb_templates.py::test_deeply_nested_terraform_reads_in_linear_time",
    "tests/test_formats19b_review.py::test_hostile_bbcode_is_linear",
    "tests/test_ingest17_whole_note_searches.py::"
    "test_lost_cases_compare_neighbours_in_linear_time",
    "tests/test_exam_blueprint.py::test_more_questions_never_give_fewer_and_stay_fast",
    "tests/test_mode_said_of_bounds.py::test_a_long_line_of_mode_words_parses_in_linear_time",
    # the same kind of check added to the everyday tier since (session 54, issue 12): which
    # modules a lookup imports, two real processes each on a copy of the shipped notes'
    # database (0.2-0.45 s of CPU a test, ~1.6 s in all; the rest of those modules stays)
    "tests/test_lookup_no_dataclasses.py",
    "tests/test_lookup_choice_modules_on_demand.py",
    "tests/test_reference_services_kept.py::"
    "test_a_lookup_showing_the_aws_docs_loads_neither_openssl_nor_tomllib",
    # an ingest's patterns the same text whatever the hash seed, and the modules an ingest that
    # forks nothing does without (session 55, issue 12): two real processes a test
    "tests/test_speed55_ingest_fixed_costs.py::"
    "test_the_parser_s_patterns_are_the_same_whatever_the_hash_seed",
    "tests/test_speed55_ingest_fixed_costs.py::"
    "test_an_ingest_that_forks_nothing_imports_neither_statistics_nor_pickle",
    # Long real-process runs: two processes at once, a first use that ingests every shipped
    # note, Ctrl-C and damage mid-command.
    "tests/test_ingest.py::test_two_processes_ingesting_into_one_new_database_both_succeed",
    "tests/test_ingest.py::test_first_use_builds_the_database_from_the_shipped_notes",
    "tests/test_readme.py::test_first_command_runs_the_main_job",
    "tests/test_reliability.py::test_a_damaged_database_is_not_written_and_doctor_rebuilds_it",
    "tests/test_reliability.py::test_ctrl_c_in_a_typer_command_says_what_that_command_kept",
    "tests/test_exam_interrupted.py",
    # SIGKILL of real ingests: mid-build of a new database (two kills and a rebuild of the
    # shipped notes) and with its parse workers running (waits for them to go)
    "tests/test_ingest29_post_parse_speed.py::"
    "test_an_ingest_killed_while_it_builds_a_new_database_leaves_one_that_works",
    "tests/test_reliability.py::test_ingest_workers_die_with_their_parent",
    # a first use in a real process: a lookup on no database ingests every shipped note
    "tests/test_speed37_lookup_end.py::"
    "test_a_lookup_that_builds_its_database_keeps_its_pattern_caches",
    "tests/test_export.py::test_the_shipped_notes_export_in_every_format",
)
TIERS = ("everyday", "thorough", "all")


def pytest_addoption(parser):
    parser.addoption(
        "--tier", choices=TIERS, default=None,
        help="everyday (the default): the quick tier; thorough: only the evaluation and "
        "equivalence runs (tests/conftest.py THOROUGH_TIER); all: both. A test file or test "
        "named on the command line runs whatever its tier.")


def _thorough_entries() -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """THOROUGH_TIER as the files listed whole and, per file, the tests listed."""
    whole = frozenset(e for e in THOROUGH_TIER if "::" not in e)
    tests: dict[str, set[str]] = {}
    for entry in THOROUGH_TIER:
        if "::" in entry:
            file, _, test = entry.partition("::")
            tests.setdefault(file, set()).add(test)
    return whole, {file: frozenset(names) for file, names in tests.items()}


_THOROUGH = _thorough_entries()


def in_thorough_tier(nodeid: str) -> bool:
    """A file entry takes the file's tests, a test entry the test with all its parameters.
    Looked up by file and test name (collection asks once per test: a scan of the list each
    time was 5% of a worker's collection)."""
    whole, tests = _THOROUGH
    file, _, test = nodeid.partition("::")
    if file in whole:
        return True
    names = tests.get(file)
    return names is not None and (test in names or test.partition("[")[0] in names)


_NAMED = pytest.StashKey[list[Path]]()


def _named_on_the_command_line(config) -> list[Path]:
    """The files and folders the command line names (a test's file for a test), but the
    suite's own folder: naming that is the whole suite, in tiers."""
    if _NAMED not in config.stash:
        named = []
        if config.args_source == pytest.Config.ArgsSource.ARGS:
            suite = {(config.rootpath / p).resolve() for p in config.getini("testpaths")}
            for arg in config.args:
                full = (config.invocation_params.dir / arg.partition("::")[0]).resolve()
                if full.exists() and full not in suite:
                    named.append(full)
        config.stash[_NAMED] = named
    return config.stash[_NAMED]


def _is_named(config, path: Path) -> bool:
    """Compared as text, not by `named in path.parents`: pytest asks this of every entry of
    the suite's folder once per file named (pathlib's parents built and compared each time
    made a collection of 34 named files take 12 s of CPU, ~0.5 s now)."""
    named = _named_on_the_command_line(config)
    if not named:
        return False
    text = str(path)
    return any(text == str(folder) or text.startswith(os.path.join(folder, ""))
               for folder in named)


_LEFT_OUT = pytest.StashKey[dict[Path, bool]]()


def _file_left_out(config, path: Path) -> bool:
    """A test file of which the run's tier takes no test, so not even imported (~1.3 s of
    CPU per xdist worker for the thorough files): in the everyday tier a file listed whole, in
    the thorough tier a file no entry names. A file named on the command line is never left
    out. Worked out once per path and run (pytest asks again for each file named)."""
    seen = config.stash.setdefault(_LEFT_OUT, {})
    if path not in seen:
        seen[path] = _worked_out_left_out(config, path)
    return seen[path]


def _worked_out_left_out(config, path: Path) -> bool:
    tier = config.getoption("--tier")
    if tier == "all" or not (path.name.startswith("test_") and path.suffix == ".py"):
        return False
    full = path.resolve()
    if tier is None and _is_named(config, full):
        return False
    try:
        relative = full.relative_to(config.rootpath).as_posix()
    except ValueError:
        return False
    if tier == "thorough":
        return all(entry.partition("::")[0] != relative for entry in THOROUGH_TIER)
    return relative in THOROUGH_TIER


def pytest_ignore_collect(collection_path, config):
    return True if _file_left_out(config, collection_path) else None


def pytest_collection_modifyitems(config, items):
    tier = config.getoption("--tier")
    keep, deselected = [], []
    for item in items:
        thorough = in_thorough_tier(item.nodeid)
        if thorough:
            item.add_marker(pytest.mark.thorough)  # `-m "not thorough"` and the like work too
        if tier == "all":
            continue
        by_name = tier is None and _is_named(config, item.path)
        if by_name or thorough == (tier == "thorough"):
            keep.append(item)
        else:
            deselected.append(item)
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = keep


@pytest.fixture(scope="session", autouse=True)
def _warm_processes(tmp_path_factory):
    """The kept files a first run leaves (_Warm), made once per test session."""
    if os.environ.get("STUDYCLI_TESTS_COLD"):
        yield
        return
    _Warm.make_source = lambda: built_once(tmp_path_factory, "warm-cache", _warm_cache, "")
    _Warm.roots += (str(tmp_path_factory.getbasetemp().parent) + os.sep,)
    yield
    _Warm.source = _Warm.make_source = None


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    """Before any of the test's fixtures (a module's too) starts a process."""
    _Warm.cold = item.get_closest_marker("cold_cache") is not None


def pytest_collection(session):
    """Under pytest-xdist every worker imports every test module, and in a fresh checkout each
    rewrites the modules' assertions before its first test (some 4 s of CPU for the suite,
    the most of a cold collection; pytest then keeps the rewritten code in __pycache__). Each
    worker but the first imports them from its own share of the list onwards (the second from
    the middle), so the workers rewrite different modules at once and read the rest from
    what the others kept: the same modules, each rewritten as it would be, imported before
    collection finds them in sys.modules."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    count = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1") or 1)
    if not worker.startswith("gw") or worker == "gw0" or count < 2:
        return
    if session.config.args_source != pytest.Config.ArgsSource.TESTPATHS:
        return  # files or folders named: collection imports only theirs
    import importlib

    here = Path(__file__).resolve().parent
    modules = sorted(p.relative_to(here.parent).with_suffix("").parts
                     for p in here.rglob("test_*.py") if "data" not in p.relative_to(here).parts
                     and not _file_left_out(session.config, p))  # the tier's modules only
    start = len(modules) * int(worker[2:]) // count
    for parts in modules[start:] + modules[:start]:
        try:
            importlib.import_module(".".join(parts))
        except Exception:  # noqa: BLE001 - collection imports it again and reports the error
            pass


class _Busy:
    """The machine's load as the test processes see it (os.getloadavg, which only
    extract/fan_out._idle_core reads): never below the cores this process may use."""

    real = staticmethod(os.getloadavg)  # the kernel's; a test may stand in for it

    @classmethod
    def load(cls) -> tuple[float, float, float]:
        cores = float(len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
                      else os.cpu_count() or 1)
        one, five, fifteen = cls.real()
        return max(one, cores), max(five, cores), max(fifteen, cores)


@pytest.fixture(scope="session", autouse=True)
def _no_child_beside_a_test_process():
    """An ingest in a test's own process works its facts' statuses out in that process, not
    in a forked child beside it (ingest_beside.py), whatever the load average says. The child
    is for a command's small process on a machine with a core to spare; here the suite's
    own workers keep every core busy, which the 1-minute load average shows only some 40 s
    into a run, and a fork of a test process (its page tables: hundreds of MB of heap) costs
    far more than the work it moves. On a quiet machine every ingest of a run's first ~40 s
    forked: 187 lookup tests took 17.5 s of CPU (7.5 s of it the kernel's) and 78 s of wall
    with a load average of 0, 6.9 s and 29 s with one of 9. The results are the same either
    way (tests/test_ingest32_beside.py, which sets the cores and the load to have its child,
    as every test of the child does); processes a test starts see the real load."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(os, "getloadavg", _Busy.load)
        yield


@pytest.fixture(scope="session", autouse=True)
def _new_databases_from_a_template(tmp_path_factory):
    """A brand-new database made in a test's own process gets its schema copied (SQLite's
    backup API) from one this process migrated at its start, instead of running all of the
    migrations again: some 900 new databases a run, ~9 ms of CPU each migrated, ~1 ms
    copied. The copy is what the same migrations made (tables, indexes, triggers, FTS,
    user_version, application_id; only `_migrations.applied_at` is the session's start).
    Migrations themselves stay tested where they run: any database that is not empty (an
    older schema, one a test changed), a MIGRATIONS list a test changed, and every process a
    test starts take the real path, as do all with STUDYCLI_TESTS_MIGRATE=1."""
    if os.environ.get("STUDYCLI_TESTS_MIGRATE"):
        yield
        return
    import sqlite3

    from studycli.store import db as store_db
    from studycli.store import identity

    template = tmp_path_factory.mktemp("schema") / "template.db"
    store_db.connect(template).close()  # the real migrations, once
    source = sqlite3.connect(template, check_same_thread=False)  # a test's thread may open one
    made_by = list(store_db.MIGRATIONS)
    migrate = store_db._migrate

    def from_template(store) -> None:
        conn = store.conn
        if (store_db.MIGRATIONS != made_by or identity.has_tables(conn)
                or conn.execute("PRAGMA user_version").fetchone()[0] != 0):
            migrate(store)
            return
        source.backup(conn)

    from_template.real = migrate  # tests/test_schema_template.py compares the two
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(store_db, "_migrate", from_template)
        yield
    source.close()


@pytest.fixture(scope="session", autouse=True)
def _click_command_built_once():
    """typer's CliRunner.invoke builds the click command from the Typer app on every call
    (typer.main.get_command: every command's signature read again, ~5 ms of CPU; some 370
    invokes a run). The command it builds depends only on what the app registered, so it is
    built once per app and registration and reused, as a click program reuses its command
    for every run: each invoke still parses its arguments and runs the command afresh, with
    its own context. An app whose commands, groups or callback changed is built again."""
    import typer.testing

    build = typer.testing._get_command  # noqa: SLF001 - the function invoke calls
    built: dict[int, tuple[object, tuple, object]] = {}

    def registered(app) -> tuple:
        return (tuple(map(id, app.registered_commands)), id(app.registered_callback),
                tuple((id(group), registered(group.typer_instance))
                      for group in app.registered_groups))

    def get_command(app):
        key = registered(app)
        kept = built.get(id(app))
        if kept is None or kept[0] is not app or kept[1] != key:
            kept = built[id(app)] = (app, key, build(app))  # the app kept: its id stays its own
        return kept[2]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(typer.testing, "_get_command", get_command)
        yield


@pytest.fixture(scope="session")
def _private_root(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("private")


_PRIVATE = itertools.count()


@pytest.fixture(autouse=True)
def _private_db(request, _private_root, monkeypatch):
    """Every test gets its own database file; none touches the user's real one. It is in the
    test's tmp_path where the test has one (its files beside it); else in a plain folder of
    its own (studycli refuses a --db or $STUDYCLI_DB whose folder is missing): pytest's
    tmp_path makes a numbered folder and a link to it, some ms a test on a busy disk, and
    some 1,800 tests have no use for one."""
    if "tmp_path" in request.fixturenames:
        folder = request.getfixturevalue("tmp_path")
    else:
        folder = _private_root / str(next(_PRIVATE))
        folder.mkdir()
    db = folder / "studycli.db"
    monkeypatch.setenv("STUDYCLI_DB", str(db))
    monkeypatch.setenv("STUDYCLI_CACHE", str(folder / "cache"))  # check's kept findings
    return db


def built_once(tmp_path_factory, name: str, build, suffix: str = ".db") -> Path:
    """`build(path)` run once per test session: under pytest-xdist the workers share the
    session's temporary folder, and the first to take the lock builds the file the others
    read; without xdist, once in this process. The file is never changed after: tests copy it."""
    if not os.environ.get("PYTEST_XDIST_WORKER"):
        path = tmp_path_factory.mktemp(name) / f"{name}{suffix}"
        build(path)
        return path
    import fcntl

    shared = tmp_path_factory.getbasetemp().parent  # this session's, one per run of pytest
    path = shared / f"{name}{suffix}"
    with open(shared / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not path.exists():
            partial = shared / f"{name}.building"
            for leftover in shared.glob(f"{name}.building*"):  # a worker that died building
                shutil.rmtree(leftover) if leftover.is_dir() else leftover.unlink()
            build(partial)
            partial.rename(path)  # complete or absent, never half-written
    return path


@pytest.fixture(scope="session")
def shipped_db_file(tmp_path_factory) -> Path:
    """The shipped notes ingested once per test session (about a second each time); tests
    take a copy (`shipped_copy`) so none sees another's cards or reviews."""
    from studycli.database import ensure_database

    def build(path: Path) -> None:
        ensure_database(path).conn.close()  # closing the last connection checkpoints the WAL

    return built_once(tmp_path_factory, "shipped", build)


def copy_of(source: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    dest = folder / "shipped.db"
    shutil.copyfile(source, dest)
    return dest


@pytest.fixture(scope="session")
def dev_notes_db(tmp_path_factory):
    """`dev_notes_db("unseen2_notes")`: that folder of tests/data ingested once per test
    session (several modules read the same development sets); `dev_notes_copy` gives a copy to
    open, so no test sees another's changes."""
    made: dict[str, Path] = {}

    def build(name: str, path: Path) -> None:
        from studycli.ingest import ingest_paths
        from studycli.store.db import connect

        db = connect(path)
        ingest_paths(db, [Path(__file__).parent / "data" / name])
        db.conn.close()  # the last connection checkpoints the WAL: one file to copy

    def ingested(name: str) -> Path:
        if name not in made:
            made[name] = built_once(tmp_path_factory, name, lambda path: build(name, path))
        return made[name]

    return ingested


@pytest.fixture(scope="session")
def dev_notes_copy(dev_notes_db, tmp_path_factory):
    """`dev_notes_copy("unseen_notes")`: a fresh copy of that set's database, opened."""
    def copy(name: str):
        from studycli.store.db import connect

        return connect(copy_of(dev_notes_db(name), tmp_path_factory.mktemp(name)))

    return copy


@pytest.fixture(scope="session")
def shipped_fresh_exam(shipped_db_file, tmp_path_factory):
    """`shipped_fresh_exam(profile, seed, as_written=False, service=None)`: the exam a fresh
    pool of the shipped notes draws (generate_exam(load_pool(db), ...)), drawn once per test
    session (built_once: a worker reads the pickle of another's draw) and read once per
    process: the tests of kept, read-back and reused draws compare theirs with the same few
    (the same notes and request draw the same exam in any copy of the database, in any
    process: test_exam_blueprint checks the bytes across hash seeds)."""
    import hashlib
    import pickle

    from studycli.exam.generate import generate_exam, load_pool  # not as a test patches them
    from studycli.store.db import connect

    made: dict[tuple, object] = {}
    store: list = []

    def draw(key: tuple, profile, path: Path) -> None:
        if not store:
            store.append(connect(copy_of(shipped_db_file, tmp_path_factory.mktemp("fresh"))))
        drawn = generate_exam(load_pool(store[0], as_written=key[2]), profile, key[1], key[3])
        path.write_bytes(pickle.dumps(drawn))

    def exam(profile, seed: int, as_written: bool = False, service: str | None = None):
        key = (repr(profile), seed, as_written, service)
        if key not in made:
            name = "fresh-exam-" + hashlib.sha256(repr(key).encode()).hexdigest()[:16]
            path = built_once(tmp_path_factory, name, lambda p: draw(key, profile, p), ".pickle")
            made[key] = pickle.loads(path.read_bytes())
        return made[key]

    return exam


@pytest.fixture
def shipped_copy(shipped_db_file, tmp_path) -> Path:
    """A fresh copy of the shipped notes' database, for this test alone."""
    return copy_of(shipped_db_file, tmp_path / "shipped")


@pytest.fixture(scope="session")
def _few_samples_dir(tmp_path_factory) -> Path:
    """The two smallest of the shipped sample notes in a folder of their own, made once per
    test session (one path for every worker: the databases record the samples' folder)."""
    from tests.helpers import CONTENT

    def build(path: Path) -> None:
        path.mkdir()
        for note in sorted(CONTENT.iterdir(), key=lambda p: (p.stat().st_size, p.name))[:2]:
            shutil.copyfile(note, path / note.name)

    return built_once(tmp_path_factory, "few-samples", build, "")


@pytest.fixture(scope="session")
def shipped_pair_dir(tmp_path_factory) -> Path:
    """Two of the five shipped notes (000 and 002: some 470 facts, over 100 of them with a
    status against the AWS reference, outdated ones among them) in a folder of their own,
    made once per test session: for tests of how an ingest does its work (the hooks, the
    work beside them, the summary's tally), which check the same code on ~40% of the text
    (a full ingest of the five is ~0.45 s of CPU)."""
    from tests.helpers import CONTENT

    def build(path: Path) -> None:
        path.mkdir()
        for name in ("000_4c356a59b3abc6e0.txt", "002_9932e971faac6c72.txt"):
            shutil.copyfile(CONTENT / name, path / name)

    return built_once(tmp_path_factory, "shipped-pair", build, "")


def _as_samples(patch: pytest.MonkeyPatch, folder: Path) -> None:
    from studycli import database, paths

    patch.setattr(paths, "content_dir", lambda: folder)
    patch.setattr(database, "content_dir", lambda: folder)  # imported by name there


@pytest.fixture
def few_samples(_few_samples_dir, monkeypatch) -> Path:
    """studycli's shipped samples (paths.content_dir) are two of the five shipped notes, for
    the commands this test runs in its own process (run_here, ensure_database): tests of how
    samples are treated (the first use builds from them, a student's notes set them aside,
    `ingest` with no path brings them back) check the same code on a fifth of the text. Each
    read of all five is ~0.45 s of CPU, and some tests read them three times; the five
    themselves stay read where they are the point (shipped_db_file is built by the real first
    use, ensure_database; test_ingest reads them into every kind of fact)."""
    _as_samples(monkeypatch, _few_samples_dir)
    return _few_samples_dir


@pytest.fixture(scope="session")
def few_samples_db_file(_few_samples_dir, tmp_path_factory) -> Path:
    """A database as the first command leaves it with `few_samples` as the shipped samples
    (built by that first use, ensure_database, once per test session); tests copy it."""
    from studycli.database import ensure_database

    def build(path: Path) -> None:
        with pytest.MonkeyPatch.context() as patch:
            _as_samples(patch, _few_samples_dir)
            ensure_database(path).conn.close()  # checkpointed: one file to copy

    return built_once(tmp_path_factory, "few-samples-first-use", build)


@pytest.fixture(scope="session")
def _exam_db_file(tmp_path_factory) -> Path:
    """The small exam fact base built once per test session (its facts name their notes by
    file name only, so the folder the notes were written to is in none of its rows)."""
    from tests.exam_data import build_db

    def build(path: Path) -> None:
        build_db(path, path.parent / "notes").conn.close()  # checkpointed: one file to copy

    return built_once(tmp_path_factory, "exam", build)


@pytest.fixture
def exam_db(_exam_db_file, _private_db, tmp_path):
    """The small exam fact base (a copy for this test alone), each fact's line written to a
    note file (tests/exam_data.py)."""
    from studycli.store.db import connect
    from tests.exam_data import write_notes

    shutil.copyfile(_exam_db_file, _private_db)
    write_notes(tmp_path / "notes")
    return connect(_private_db)


@pytest.fixture(scope="session")
def _paper_pickle(_exam_db_file, tmp_path_factory) -> Path:
    """The quick exam of seed 11 drawn from a copy of the small exam fact base, once per test
    session (pickled; built_once): every copy of that database draws this same exam (the
    draw reads the facts only; test_exam_generate checks same seed, same exam)."""
    import pickle

    from studycli.exam.generate import generate_exam, load_pool
    from studycli.exam.profiles import get_profile
    from studycli.store.db import connect

    def draw(path: Path) -> None:
        store = connect(copy_of(_exam_db_file, tmp_path_factory.mktemp("paper")))
        path.write_bytes(pickle.dumps(generate_exam(load_pool(store), get_profile("quick"), 11)))
        store.conn.close()

    return built_once(tmp_path_factory, "paper", draw, ".pickle")


@pytest.fixture
def paper(exam_db, _paper_pickle):
    """A quick exam drawn from exam_db with seed 11: the session's one draw, unpickled for
    this test alone (a test may answer, time out or change its copy)."""
    import pickle

    return pickle.loads(_paper_pickle.read_bytes())


@pytest.fixture(scope="session")
def _quiz_db_file(tmp_path_factory) -> Path:
    """The quiz's sample facts stored with their cards, made at tests.quiz_facts.T0, once per
    test session (built_once; ~7 ms of CPU a test for some 50 tests): the facts name their
    notes by file name only, so a copy is the database the same calls make in any folder."""
    from studycli.cards import sync_cards
    from studycli.store.db import connect
    from tests.quiz_facts import T0, store_samples

    def build(path: Path) -> None:
        database = connect(path)
        store_samples(database)
        sync_cards(database, T0)
        database.conn.close()  # checkpointed: one file to copy

    return built_once(tmp_path_factory, "quiz", build)


@pytest.fixture
def quiz_db(_quiz_db_file, _private_db):
    """The quiz's sample facts stored with their cards, made at tests.quiz_facts.T0 (a copy
    of the session's, for this test alone)."""
    from studycli.store.db import connect

    shutil.copyfile(_quiz_db_file, _private_db)
    return connect(_private_db)
