"""A stem's condition never excludes the very case its note line is about: a blind reviewer
found "maximum read throughput (per shard) for Kinesis Data Streams (shared by consumers without
enhanced fan-out)" answered from the line "Enhanced fan-out: 2 MB/s per shard per consumer"."""

from __future__ import annotations

import dataclasses

from studycli.database import ensure_database
from studycli.questions import FactPool
from studycli.questions.build import why_not_asked
from studycli.questions.stems import condition_contradicted
from tests.helpers import note_db

NOTES = """# Kinesis Data Streams

- shared (classic) read throughput: 2 MB/s per shard, 5 GetRecords calls/s
- EFO consumers get enhanced fan-out: 2 MiB/s per shard for each consumer, over HTTP/2
"""


def test_the_line_about_the_excluded_case_is_not_asked_with_that_condition(tmp_path):
    pool = FactPool.load(ensure_database(note_db(tmp_path, NOTES)))
    reads = [f for f in pool.facts if "throughput" in f.attribute and f.number == 2097152]
    verdicts = {f.line: why_not_asked(f, pool) for f in reads}
    # (line 4 writes its value "2 MiB/s": the same value written the same way on two lines is
    # one fact of the first since attrib14, and the case asked of here is line 4's own fact)
    # never asked with the shared reads' condition: since "enhanced fan-out" is a subject of
    # Kinesis Data Streams (data/services.json), line 4's fact is the enhanced fan-out's, which
    # the shared-throughput reference entry does not vouch for; before, its condition excluded it
    assert "reference cannot vouch" in verdicts[4], verdicts
    assert "condition excludes" not in verdicts.get(3, ""), verdicts
    assert 3 in verdicts, verdicts


def test_the_condition_still_excludes_the_line_read_without_its_subject(tmp_path):
    # the rule the test above was written for, which line 4's enhanced fan-out subject no
    # longer reaches: a line naming the excluded case, filed with no subject, is not asked
    # with the shared reads' condition (review of svc51: "assert verdicts[4]" held for any
    # reason at all)
    pool = FactPool.load(ensure_database(note_db(tmp_path, NOTES)))
    line_4 = next(f for f in pool.facts if f.line == 4 and f.number == 2097152)
    assert condition_contradicted(dataclasses.replace(line_4, subject=""))
    shared = next(f for f in pool.facts if f.line == 3 and f.number == 2097152)
    assert not condition_contradicted(shared)
