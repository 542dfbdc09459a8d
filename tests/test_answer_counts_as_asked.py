"""A recall card's answer counts the thing its stem asks: a blind reviewer judged "What is the
maximum number of shards for ElastiCache (Redis)?" answered "500 nodes" garbled (the student's
sheet said "Cluster mode shards | up to 500 nodes")."""

from __future__ import annotations

import pytest

from studycli.model import Fact, Kind
from studycli.questions.build import _answer_of


@pytest.mark.parametrize("attribute,value,shown", [
    ("partitions", "200 brokers", "200"),          # another noun: the number alone
    ("partitions", "200 partitions", "200 partitions"),
    ("subscriptions per topic", "12,500,000 subscriptions", "12,500,000 subscriptions"),
    ("batch size", "10 messages", "10 messages"),  # "size" is no counted noun
    ("concurrent executions", "1000", "1000"),
])
def test_a_count_answer_names_only_what_was_asked(attribute, value, shown):
    fact = Fact("MSK", "", attribute, Kind.LIMIT, "max", value, number=1, unit="count")
    assert _answer_of(fact, "recall") == shown
