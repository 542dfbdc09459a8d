"""An SNS FIFO topic's 3,000 messages/s holds with the topic throughput scope only (with the
message-group scope the Regional maximums apply): a blind reviewer judged "What is the maximum
throughput for Amazon SNS (FIFO topic)?" keyed 3,000 ambiguous. The stem says the scope
(data/categories.json stem_conditions, citing the FifoThroughputScope page)."""

from __future__ import annotations

import random

from studycli.database import ensure_database
from studycli.questions import FactPool, build_question, card_types_for
from tests.helpers import note_db


def test_the_sns_fifo_throughput_stem_names_the_scope(tmp_path):
    pool = FactPool.load(ensure_database(note_db(
        tmp_path, "# SNS\n\n- SNS FIFO topic throughput: 3,000 msg/s\n")))
    stems = [q.stem for f in pool.facts if f.number == 3000 for c in card_types_for(f)
             if (q := build_question(f, c, pool, random.Random(1))) is not None]
    assert stems and all("topic throughput scope" in s for s in stems), stems


def _stems(tmp_path, text: str, number: float) -> list[str]:
    pool = FactPool.load(ensure_database(note_db(tmp_path, text)))
    return [q.stem for f in pool.facts if f.number == number for c in card_types_for(f)
            if (q := build_question(f, c, pool, random.Random(1))) is not None]


def test_a_stem_names_the_scope_the_keyed_value_is_for(tmp_path):
    """Session 17's reviewers: the 20 MB/s bandwidth had no stem condition (the rule names
    3,000 only), so "the maximum throughput for Amazon SNS (FIFO topic)" keyed 20 MB/s asked
    a figure whose scope decides it. The scope is read from the reference entry's value
    ("20 MB/s (topic scope)", "300 transactions/s per API action"), not a rule per figure."""
    sns = _stems(tmp_path, "# SNS\n\n- SNS FIFO topic max throughput 20 MB/s\n", 20 * 1024 ** 2)
    assert sns and all("with the topic throughput scope" in s for s in sns), sns
    (tmp_path / "sqs").mkdir()
    sqs = _stems(tmp_path / "sqs", "# SQS\n\n- FIFO queue: max 300 msg/s without batching\n",
                 300)
    assert sqs and all("per API action" in s for s in sqs), sqs
