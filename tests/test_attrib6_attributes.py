"""Attribution, pass 5 (data/attributes.json, extract/attributes.py): a multipart upload's
parts have a part size, not the object's; "retried for up to N hours" is a retry duration.
Lines written for the test, in wording the development notes do not use."""

from __future__ import annotations

from studycli.extract import parse_note
from studycli.model import Kind
from tests.helpers import attribute_names


def _sizes(text: str) -> dict[str, set[str]]:
    return attribute_names(text, "B")


def test_the_size_of_a_multipart_part_is_not_the_object_size():
    sizes = _sizes("## S3\n- Object size\n  - big uploads go in chunks: each part 5 MiB to 5 GiB\n")
    assert sizes and all(names == {"part size"} for names in sizes.values())


def test_a_part_after_a_count_of_parts_names_the_size_after_it():
    sizes = _sizes("## S3\nAn upload holds at most 10,000 parts and each part is 5 MB to 5 GB.\n")
    assert sizes.get("5 GB") == {"part size"}


def test_the_object_size_is_still_the_object_size():
    assert _sizes("## S3\n- a single object can be up to 5 TB\n").get("5 TB") == {"object size"}


def test_how_long_events_are_retried_is_a_retry_duration_not_a_timeout():
    facts = [f for f in parse_note("## Lambda\n- throttled async events: retried for up to "
                                   "4 hours by Lambda\n", "n.md").facts
             if f.kind is not Kind.FACT and f.unit == "s"]
    assert facts and all(f.attribute.startswith("retry duration") for f in facts)


def test_the_metadata_on_an_object_is_not_the_object_size():
    sizes = _sizes("## S3\n- user-defined metadata on each object: at most 2 KB\n")
    names = sizes.get("2 KB", set())
    assert names and all(n.startswith("metadata size") for n in names)
