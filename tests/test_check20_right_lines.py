"""Right lines `check` told a student were wrong (check20, from the false flags of unseen41-43),
beside stale lines of the same measures it must still flag, through the real CLI and the
shipped reference:

- a line that opens with the date it records is a changelog entry: its old value was true
  that day ("- 2015-10 Lambda max timeout 60s -> 5 min");
- a line that says its retired service is being retired is right ("QLDB is being retired");
- an invocation mode the parser gave an invoker from another clause of its line ("API GW ->
  Lambda is synchronous. SNS -> Lambda is async") is not the line's claim;
- a number filed under a subject whose own current value the line gives right after naming
  it ("io1 / io2: up to 64,000 IOPS (io2 Block Express up to 256,000)") is another subject's."""

from __future__ import annotations

import pytest

from .helpers import check_findings, stale_flags, two_note_folder

STALE = """# Lambda

- Lambda max timeout 5 min
- Lambda memory max 3008 MB

# Invocation

- SNS -> Lambda is synchronous (RequestResponse)

# QLDB

- QLDB = immutable ledger

# EBS

- io2: up to 64,000 IOPS
"""

RIGHT = """# Timeline

- 2015-10 Lambda max timeout 60s -> 5 min
- 2017-11 Lambda memory max 1536 MB -> 3008 MB

# Invocation

- API GW -> Lambda is synchronous (RequestResponse). SNS -> Lambda is async (Event).

# Databases

- [kmurphy] QLDB is being retired btw, maybe not on exam anymore

# EBS

- io1 / io2: provisioned IOPS, up to 64,000 IOPS on Nitro (io2 Block Express up to 256,000)
"""


@pytest.fixture
def notes(tmp_path):
    return two_note_folder(tmp_path, STALE, RIGHT)


def test_the_stale_lines_of_the_same_measures_are_still_flagged(notes, tmp_path):
    flags = stale_flags(notes, tmp_path / "s.db")
    assert ("lambda.execution-timeout.max", "outdated") in flags[3]
    assert ("lambda.memory.max", "outdated") in flags[4]
    assert ("lambda.invocation.sns", "wrong") in flags[8]
    assert ("qldb.end-of-support", "outdated") in flags[12]
    assert {s for _, s in flags[16]} & {"outdated", "wrong"}


def test_right_lines_are_not_flagged(notes, tmp_path):
    result, found = check_findings(notes / "right.md", db=tmp_path / "r.db")
    flagged = [(x["line"], x["reference"]["id"]) for x in found
               if x["status"] in ("outdated", "wrong")]
    assert flagged == [], found
