"""A figure of the side not asked, where its note line says both sides: the words at the
figure tell which side it is (lookup/pair_sides.py, _figure_clause_of_side). On "payload: sync
(RequestResponse) 6 MB, async (Event) 1 MB" the 6 MB answered "lambda async payload max"
first: the line says "async" too, and the line was all that was read. And a side a line
writes in the plural ("for writes") is the one typed in the singular ("write").
"""

from __future__ import annotations

import pytest

from .helpers import first_value, folder_cli, notes_fixture

# Lambda takes a payload of up to 6 MB invoked synchronously, 1 MB asynchronously
# (https://docs.aws.amazon.com/lambda/latest/dg/API_Invoke.html). A Kinesis shard takes
# 1 MB/s and 1,000 records/s of writes and serves 2 MB/s of reads
# (https://docs.aws.amazon.com/streams/latest/dev/working-with-streams.html).
LIMITS = ("=== Lambda limits ===\n\n"
          "- timeout: default 3 s, max 15 min (900 s)\n"
          "- payload: sync (RequestResponse) 6 MB, async (Event) 1 MB\n"
          "- env vars: 4 KB total\n")
limits = notes_fixture(LIMITS, name="limits.txt")


@pytest.mark.parametrize("query", ["lambda async payload max", "async invoke payload max"])
def test_the_figure_of_the_other_side_is_not_the_first_answer(limits, query):
    # not only "not 6 MB" (an empty or unrelated answer would pass that): the first answer
    # holds the async figure, on its own or as the line saying both
    first = first_value(limits, query)
    assert first != "6 MB" and "1 MB" in first


def test_the_figure_of_the_side_asked_answers(limits):
    # what was right stays right: the side asked gets its own figure
    assert first_value(limits, "lambda sync payload max") == "6 MB"


def test_the_lookup_command_does_not_answer_the_sync_figure(tmp_path):
    ask = folder_cli(tmp_path, {"limits.txt": LIMITS})
    hits = ask("lookup", "async invoke payload max")
    assert hits and hits[0]["value"] == "1 MB"


def _shard_figure(value: str, number: float) -> dict:
    return {"service": "Kinesis Data Streams", "subject": "shard",
            "attribute": "throughput (per shard)", "kind": "limit", "qualifier": "",
            "value": value, "number": number, "unit": "B/s", "low": None, "high": None,
            "snippet": "Each shard supports 1 MB/s or 1,000 records/s for writes, and 2 MB/s "
                       "for reads shared across all consumers.", "source": "n.txt", "line": 2}


def test_a_figure_whose_clause_says_reads_contradicts_a_write_asked():
    from studycli.lookup.answer import _contradicts
    from studycli.lookup.lexicon import lexicon
    from studycli.lookup.query import understand

    lex = lexicon()
    reads, writes = _shard_figure("2 MB/s", 2 * 1024 ** 2), _shard_figure("1 MB/s", 1024 ** 2)
    write_asked = understand("kinesis shard write throughput", lex)
    read_asked = understand("kinesis shard read throughput", lex)
    assert _contradicts(reads, write_asked) and not _contradicts(writes, write_asked)
    assert _contradicts(writes, read_asked) and not _contradicts(reads, read_asked)
