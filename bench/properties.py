"""The suite's property tests (hypothesis) with every example they were written with, and its
long equivalence runs (a fast path against the plain one) over every note and line they read.

The everyday suite tries a third of each property's examples (tests/helpers.py `examples`) and
a share of each long run's notes or lines (`a_share`) to stay fast; this runs them all
(HYPOTHESIS_PROFILE=thorough) and prints each test's time: run it before a release and after a
change to the parser, lookup, questions or exams.

    python bench/properties.py [-- extra pytest arguments]
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# (the files whose tests use tests.helpers.examples)
PROPERTY_TESTS = [
    "tests/test_exam_properties.py::test_exam_invariants_on_unseen_notes",
    "tests/test_formats.py::test_every_converter_keeps_the_line_count",
    "tests/test_lookup.py::test_any_text_never_raises",
    "tests/test_parser_properties.py::test_parser_never_raises_and_facts_point_at_their_lines",
    "tests/test_parser_roundtrip.py::test_parse_store_load_round_trips",
    "tests/test_quantities.py::test_never_raises_and_spans_are_ordered",
    "tests/test_questions.py::test_any_fact_gives_a_sane_question_or_none",
    "tests/test_reference_match.py::test_assess_never_raises_and_says_a_known_status",
    "tests/test_scenario_questions.py::test_one_right_option_from_one_category_and_no_leak",
    "tests/test_scenario_questions.py::test_scenario_invariants_on_unseen_notes",
    # (the files whose tests use tests.helpers.a_share)
    "tests/test_ingest8_shared_work.py::test_a_line_ruled_out_at_once_meets_no_claim_a_full_scan_finds",
    "tests/test_ingest12_rule_starts.py::test_every_development_note_gives_the_full_parsers_tokens",
    "tests/test_parser_attribute_needles.py::test_needles_change_no_name",
    "tests/test_speed14_reader_gates.py",
]


def main(argv: list[str]) -> int:
    extra = argv[argv.index("--") + 1:] if "--" in argv else []
    env = {**os.environ, "HYPOTHESIS_PROFILE": "thorough"}
    cmd = [sys.executable, "-m", "pytest", "-p", "no:randomly", "--durations=0",
           "--hypothesis-show-statistics", *PROPERTY_TESTS, *extra]
    return subprocess.run(cmd, cwd=REPO, env=env).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
