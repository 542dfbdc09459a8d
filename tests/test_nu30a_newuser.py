"""A new user's notes (session 30, nu30a): lines written in their own style that made a student
believe something wrong."""

from __future__ import annotations

from .helpers import attribute_names, lookup_values, notes_fixture

NOTES = ("# S3 storage classes\n\n"
         "- Glacier Deep Archive: retrieval 12 hrs std, 48 hrs bulk; min 180 days\n")

notes = notes_fixture(NOTES)


def test_a_class_minimum_in_days_is_no_retrieval_time(notes):
    # a restore takes minutes or hours (48 h at most); a class's minimum in days is its minimum
    # storage duration: https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage-class-intro.html
    names = attribute_names(NOTES)
    assert names["180 days"] == {"minimum storage duration"}
    assert names["12 h"] == {"retrieval time (standard)"}  # "std" is the Standard tier
    for query in ("glacier deep archive retrieval time", "deep archive retrieval time"):
        values = lookup_values(notes, query)
        assert values[:2] == ["12 h", "48 h"], (query, values)
    assert lookup_values(notes, "deep archive minimum storage duration")[0] == "180 days"
