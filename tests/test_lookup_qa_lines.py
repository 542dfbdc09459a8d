"""A journal's question line that no fact was made of is no answer; the marked answer under
it is (lookup/lines.py), never a crossed one, and a question that answers itself after its
"?" stays its own answer."""

from __future__ import annotations

import pytest

from studycli.lookup import lookup
from studycli.lookup.lines import _bare_question
from tests.helpers import note_conn

NOTE = """# Practice exam journal

Q16. Decode an "encoded authorization failure message" from EC2 API.
✗ CloudTrail lookup-events
✓ sts:DecodeAuthorizationMessage

Q17. ALB idle timeout default?  60 s. (keep-alive on backend should be > this)
"""


@pytest.fixture(scope="module")
def conn(tmp_path_factory):
    yield from note_conn(tmp_path_factory.mktemp("qalines"), NOTE, "journal.md")


def test_a_bare_question_is_told_from_one_that_answers_itself():
    assert _bare_question('Q16. Decode an "encoded authorization failure message" from EC2.')
    assert _bare_question("**Q3** Which storage class for rarely read logs?")
    assert not _bare_question("Q17. ALB idle timeout default?  60 s.")
    assert not _bare_question("✓ sts:DecodeAuthorizationMessage")


def test_the_marked_answer_under_the_question_answers(conn):
    hits = lookup(conn, "decode encoded authorization failure message").hits
    assert hits and "DecodeAuthorizationMessage" in hits[0]["value"]
    assert not any("CloudTrail" in h["value"] for h in hits)
