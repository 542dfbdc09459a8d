"""A later "up to" cap written without a unit ("extended up to 7 days, long term up to 365") is
the next tier of the same setting: it takes the unit of the cap before it, so the parser no
longer files the smaller tier as the setting's maximum and `check` no longer calls a right
line outdated."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from studycli.extract.quantities import find_quantities

from .helpers import run_here


def caps(line: str) -> list[tuple[str, str | None]]:
    return [(q.value, q.qualifier) for q in find_quantities(line)]


@pytest.mark.parametrize("line, expected", [
    ("retention 1 day default, extended up to 7 days (extra cost), long term up to 365",
     ("365 days", "max")),
    ("log archive: up to 30 days hot, then cold tier up to 90.", ("90 days", "max")),
    ("**Retention** up to 12 hours standard; up to 48", ("48 h", "max")),
    ("payload up to 6 MB sync, async up to 1,024)", ("1024 MB", "max")),
])
def test_bare_later_cap_takes_the_unit_of_the_cap_before_it(line, expected):
    assert caps(line)[-1] == expected


@pytest.mark.parametrize("line", [
    "up to 10 GB per volume, up to 5",            # smaller: may count something else
    "up to 7 days, or up to 365 with long-term",  # words follow the number in its clause
    "up to 7 days, 3 retries then up to 365",     # another number stands between
    "default 7 days, up to 365",                  # the value before is no cap
])
def test_no_unit_is_borrowed_when_the_number_may_be_something_else(line):
    assert not any(v.startswith("365") or v.startswith("5 G") for v, _ in caps(line))


OLD = "# Kinesis Data Streams\n\n- retention up to 7 days\n"
TIERED = ("# Kinesis Data Streams\n\n"
          "- data streams default retention 1 day, extended up to 7 days for a fee, "
          "long term up to 365\n")


def test_check_flags_the_stale_cap_but_not_the_tiered_line(tmp_path):
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "old.md").write_text(OLD, encoding="utf-8")
    (folder / "tiered.md").write_text(TIERED, encoding="utf-8")
    result = run_here("check", str(folder), "--json", db=tmp_path / "s.db")
    assert result.returncode == 1, result.stderr
    flagged = {(Path(x["source"]).name, x["line"]) for x in json.loads(result.stdout)}
    assert flagged == {("old.md", 3)}
