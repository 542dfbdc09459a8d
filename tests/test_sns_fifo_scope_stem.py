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
