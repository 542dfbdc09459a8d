"""The reference's schema: every shipped file validates, and the validator catches what it must."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from studycli.paths import data_dir
from studycli.reference.schema import validate_directory

from .helpers import REPO
from .reference_helpers import write_reference

SHIPPED = data_dir() / "reference"
FIXTURE = REPO / "tests" / "data" / "reference_fixture"


@pytest.mark.parametrize("path", sorted(SHIPPED.glob("*.toml")) or [None],
                         ids=lambda p: p.name if p else "no-files-yet")
def test_every_shipped_reference_file_is_valid(path, tmp_path):
    if path is None:
        pytest.skip("data/reference/ has no entries yet")
    # One file at a time for readable failures; ids are checked across files below.
    (tmp_path / path.name).write_bytes(path.read_bytes())
    assert validate_directory(tmp_path) == []


def test_ids_are_unique_across_the_shipped_files():
    problems = [p for p in validate_directory(SHIPPED) if "id also used" in p]
    assert problems == []


def test_the_test_fixture_is_valid():
    assert validate_directory(FIXTURE) == []


GOOD = {"id": "sqs.message-size.max", "service": "SQS", "attribute": "message size",
        "qualifier": "max", "kind": "limit", "value": "1 MiB", "number": 1048576, "unit": "B",
        "changed": "2025-08", "previously": ["256 KB"]}


def problems_for(tmp_path, **changes) -> list[str]:
    entry = {**GOOD, **changes}
    return validate_directory(write_reference(tmp_path / "ref", entry))


def test_a_good_entry_has_no_problems(tmp_path):
    assert problems_for(tmp_path) == []


@pytest.mark.parametrize("changes, expected", [
    ({"url": "https://repost.aws/questions/x"}, "official AWS page"),
    ({"url": None}, "missing 'url'"),
    ({"checked": "1/12/2026"}, "ISO date"),
    ({"checked": "2026-02-30"}, "not a real date"),
    ({"checked": "2999-01-01"}, "in the future"),
    ({"changed": "August 2025"}, "YYYY-MM"),
    ({"kind": "quota"}, "kind 'quota'"),
    ({"qualifier": "maximum"}, "qualifier 'maximum'"),
    ({"unit": "MB"}, "not canonical"),
    ({"number": None}, "a limit needs a number"),
    ({"number": 1000000}, "reads as 1.04858e+06 B"),  # MB typed as decimal: a unit slip
    ({"service": "Simple Queue Service"}, "not a canonical name"),
    ({"subject": "FIFO"}, "not a subject of SQS"),
    ({"previously": ["a quarter meg"]}, "cannot be read"),
    ({"verified": "yes"}, "true or false"),
    ({"kind": "range", "qualifier": "range", "number": None}, "needs low and high"),
    ({"kind": "range", "qualifier": "range", "number": None, "low": 9, "high": 1,
      "value": "9–1", "previously": []}, "low is above high"),
    ({"contradicted_by": ["(unclosed"]}, "does not compile"),
    ({"supported_by": ["x?"]}, "matches an empty line"),
])
def test_the_validator_names_each_problem(tmp_path, changes, expected):
    problems = problems_for(tmp_path, **changes)
    assert any(expected in p for p in problems), problems


def test_duplicate_ids_across_files_are_reported(tmp_path):
    ref = tmp_path / "ref"
    write_reference(ref, GOOD, name="a.toml")
    write_reference(ref, GOOD, name="b.toml")
    assert any("id also used in a.toml" in p for p in validate_directory(ref))


def test_an_entry_restates_only_another_of_the_same_fact(tmp_path):
    claim = {**GOOD, "id": "sqs.message-size.claim", "restates": "sqs.message-size.max"}
    assert validate_directory(write_reference(tmp_path / "ok", GOOD, claim)) == []
    for n, (changes, expected) in enumerate((
            ({"restates": "sqs.nothing"}, "which is no other entry"),
            ({"number": 2097152, "value": "2 MiB"}, "states another fact"))):
        ref = write_reference(tmp_path / f"bad{n}", GOOD, {**claim, **changes})
        assert any(expected in p for p in validate_directory(ref))


def test_an_invocation_mode_names_the_invoking_service(tmp_path):
    entry = {"id": "lambda.invocation.s3", "service": "Lambda", "subject": "S3",
             "attribute": "invocation", "kind": "invocation_mode", "value": "asynchronous"}
    assert validate_directory(write_reference(tmp_path / "ok", entry)) == []
    bad = validate_directory(write_reference(tmp_path / "bad", {**entry, "subject": "Bucket"}))
    assert any("invoking service" in p for p in bad)


def test_broken_toml_is_one_problem_not_a_crash(tmp_path):
    (tmp_path / "x.toml").write_text("[[entry]\nid = ", encoding="utf-8")
    problems = validate_directory(tmp_path)
    assert len(problems) == 1 and "not valid TOML" in problems[0]


def test_loading_is_stdlib_only_and_cheap():
    """Lookup's fast path loads the reference: no typer, rich or sqlite-utils, and quick."""
    code = (
        "import sys, time, json\n"
        "t = time.process_time()\n"
        "from studycli.reference import load_reference, assess\n"
        f"ref = load_reference({str(FIXTURE)!r})\n"
        "ms = (time.process_time() - t) * 1000\n"
        "heavy = sorted(m for m in ('typer', 'rich', 'sqlite_utils', 'click')"
        " if m in sys.modules)\n"
        "print(json.dumps({'entries': len(ref.entries), 'heavy': heavy, 'ms': ms}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO,
                         check=True)
    result = json.loads(out.stdout)
    assert result["entries"] == 9
    assert result["heavy"] == []
    # CPU time, not wall: a loaded machine's waiting is not the loader's cost (~5 ms)
    assert result["ms"] < 500


def test_a_restating_entry_with_no_value_is_a_problem_not_a_crash(tmp_path):
    bare = {k: v for k, v in GOOD.items() if k not in ("value", "number", "unit")}
    claim = {**bare, "id": "sqs.message-size.claim", "restates": "sqs.message-size.max"}
    original = {**bare, "value": "1 MiB"}  # no number: their values are compared
    problems = validate_directory(write_reference(tmp_path, original, claim))
    assert any("missing 'value'" in p for p in problems)
