"""A stem spells an API operation as AWS and the note do: independent reviewers judged
"What is the allowed range of the assumerole duration for AWS STS?" garbled, the parser having
lower-cased in the attribute the operation its subject spells "AssumeRole"."""

from __future__ import annotations

import pytest

from studycli.model import Fact, Kind
from studycli.questions.stems import attribute_name, range_stem


def _fact(subject: str, attribute: str) -> Fact:
    return Fact("Kinesis Data Streams", subject, attribute, Kind.RANGE, "range", "1 – 10000",
                low=1, high=10000, unit="count", source="n.md", line=3)


@pytest.mark.parametrize("subject,attribute,said", [
    ("GetRecords", "getrecords batch", "GetRecords batch"),
    ("PutRecords call", "putrecords records per call", "PutRecords records per call"),
    ("shards", "shard count", "shard count"),  # no operation: nothing re-cased
])
def test_an_operation_the_attribute_lower_cased_is_spelled_as_its_subject(subject, attribute,
                                                                          said):
    assert attribute_name(_fact(subject, attribute)) == said


def test_the_range_stem_reads_the_operation_as_aws_writes_it():
    stem = range_stem(_fact("GetRecords", "getrecords batch"))
    assert "GetRecords batch" in stem and "getrecords" not in stem, stem
