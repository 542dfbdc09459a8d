"""A typo whose stem the full-text index shares with a note's word ("durablity": its stem is
"durability"'s there) is still a typo: only a word the notes write as typed is one they share
("retension" in a note). And "Storage GW", as students head a section, is Storage Gateway."""

from __future__ import annotations

import pytest

from studycli.lookup import lookup
from studycli.store import read

from .helpers import note_conn

NOTES = """## S3
- durability 11 9s (99.999999999%), availability 99.99% std
## Storage GW
- types: S3 File GW, FSx File GW, Volume GW (cached/stored), Tape GW
## SQS
- retension max 14 days
"""


@pytest.fixture(scope="module")
def conn(tmp_path_factory):
    yield from note_conn(tmp_path_factory.mktemp("typo"), NOTES)


def test_a_typo_sharing_a_stem_with_a_note_word_is_mended(conn):
    assert read.has_word(conn, '"durablity"')  # the index's stem matches...
    assert not read.says_word(conn, "durablity")  # ...but no note writes it
    assert read.says_word(conn, "retension") and read.says_word(conn, "Durability")
    hit = lookup(conn, "s3 durablity").hits[0]
    assert hit["value"] == "99.999999999%"
    # the typo a note shares still finds that note's line
    assert lookup(conn, "sqs retension max").hits[0]["value"] == "14 days"


def test_storage_gw_is_storage_gateway(conn):
    hits = lookup(conn, "storage gateway types").hits
    assert hits and hits[0]["service"] == "Storage Gateway" and hits[0]["line"] == 4
