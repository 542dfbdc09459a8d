"""bench/miss_classes.py reads a `.miss` file as bench/lookup_devsets.py writes it and classes
each wrong first answer by how its first candidate differs from the right one."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

import miss_classes  # noqa: E402

MISSES = """\
top3 u1-l1: 'sqs max msg size' want ['1 MiB']
    '2 GB' [SQS/extended client/message size limit sc=15.75 ans=1.00 se=1.00 to=1.00 sh=1.00]
    '1 MiB' [SQS//message size limit sc=14.50 ans=1.00 se=1.00 to=1.00 sh=1.00]
top3 u1-l2: 'kinesis shard write throughput' want ['1 MB/s']
    R '2 MB/s' [KDS/shard/throughput limit sc=12.00 ans=0.67 se=1.00 to=1.00 sh=1.00]
    R '1 MB/s' [KDS/shard/throughput limit sc=11.00 ans=0.67 se=1.00 to=1.00 sh=1.00]
ABSTAIN u1-l3: 'sqs max retention' want ['14 days']
    R '4 days' [SQS//retention period default sc=9.00 ans=0.30 se=1.00 to=0.30 sh=1.00]
MISS u1-l4: 'nacl stateful?' want ['stateless']
    'Azure NSG = stateful' [VPC//sg vs nacl fact sc=7.83 ans=1.00 se=1.00 to=1.00 sh=1.00]
MISS u1-l5: 'その他' want ['x']
    'y' [VPC//z fact sc=1.00 ans=1.00 se=1.00 to=1.00 sh=1.00]
"""


def test_each_wrong_first_answer_is_classed(tmp_path):
    path = tmp_path / "set.miss"
    path.write_text(MISSES, encoding="utf-8")
    entries = miss_classes.read_misses(path)
    # an abstention is no wrong first answer; a query in another script is left out
    assert [e["id"] for e in entries] == ["u1-l1", "u1-l2", "u1-l4"]
    assert [miss_classes.class_of(e) for e in entries] == [
        "a special case over the general figure", "the same measure, another value",
        "right not shown"]


def test_a_query_in_latin_letters_beyond_ascii_is_kept(tmp_path):
    # "another script than Latin" is what is left out: a dash or an accent is no other script
    path = tmp_path / "set.miss"
    path.write_text("top3 u2-l1: 'sqs max msg size – café notes' want ['1 MiB']\n"
                    "    '2 GB' [SQS/extended client/message size limit sc=15.75 ans=1.00 se=1.00"
                    " to=1.00 sh=1.00]\n"
                    "    '1 MiB' [SQS//message size limit sc=14.50 ans=1.00 se=1.00 to=1.00"
                    " sh=1.00]\n", encoding="utf-8")
    assert [e["id"] for e in miss_classes.read_misses(path)] == ["u2-l1"]
