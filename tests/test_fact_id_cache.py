"""Fact.id is cached (an exam reads it thousands of times): the cache must not change what an
id is, nor leave anything on the instance that code copying a fact's fields would pick up."""

from dataclasses import replace

from studycli.model import Fact, Kind, stable_id


def _fact(**kw) -> Fact:
    base = dict(service="SQS", subject="FIFO queue", attribute="message size", kind=Kind.LIMIT,
                qualifier="max", value="256 KB", number=262144.0, unit="B", source="a.md",
                line=3, snippet="- Messages are <=256KB")
    return Fact(**{**base, **kw})


def test_id_is_the_hash_of_source_key_kind_and_value():
    f = _fact()
    expected = stable_id("fact", "a.md", "sqs", "fifo queue", "message size", "max", "limit",
                         "256 kb")
    assert f.id == expected
    assert f.id == expected  # the cached answer is the same answer


def test_a_changed_value_gets_its_own_id_after_the_first_was_cached():
    f = _fact()
    first = f.id
    assert replace(f, value="1 MB").id != first
    assert replace(f, line=99).id == first  # the line is not part of the id


def test_reading_the_id_leaves_the_instance_fields_alone():
    f = _fact()
    _ = f.id
    assert set(vars(f)) == set(Fact.__dataclass_fields__)
    assert Fact(**vars(f)) == f
