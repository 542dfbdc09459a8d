"""Session 52 (answerable52): lookups that abstained although the notes state the answer.

- a speech-to-text note that spells service names in capitals letter by letter ("K M S",
  "S T S", "R D S") and says no punctuation aloud was read as typed: the spelled name was no
  name, so its line was filed under the note's heading's service (KMS's encrypt limit under
  IAM) and "kms encrypt max size" abstained. Three such names make a note read as speech
  (notes/dictation._spoken_names), as three spelled in small letters already did; a typed
  note writes "KMS", and two capitals alone ("A Z", a quiz's "A B") count for nothing.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from studycli.cli import app
from studycli.notes.dictation import read_dictation
from tests.helpers import note_db

# a voice memo with no punctuation said aloud, its names spelled in capitals
CAPITALS_SPELLED = """security voice memos, IAM stuff

memo one, walking to the bus
I A M users, you get five thousand per account max
K M S, the encrypt call only takes up to four KB of plaintext, bigger means envelope encryption
S T S assume role sessions default to one hour, max twelve hours on the role
"""


@pytest.fixture(scope="module")
def memo_db(tmp_path_factory):
    return note_db(tmp_path_factory.mktemp("memo"), CAPITALS_SPELLED, name="memo.txt")


@pytest.mark.parametrize(("query", "service", "value"), [
    ("kms encrypt max size", "KMS", "4 KB"),
    ("sts assume role default session duration", "STS", "1 h"),
])
def test_a_line_naming_its_service_in_spelled_capitals_answers_for_it(memo_db, query, service,
                                                                       value):
    out = CliRunner().invoke(app, ["lookup", query, "--json", "--db", str(memo_db)])
    assert out.exit_code == 0, out.output
    first = json.loads(out.output)[0]
    assert (first["service"], first["value"]) == (service, value)


def test_spelled_capitals_are_joined_only_where_three_names_are_spelled():
    assert "KMS, the encrypt call" in read_dictation(CAPITALS_SPELLED)
    # one spelled name is no sign of speech: a typed note is read as written
    typed = "# Security\n\nK M S keys rotate yearly\nA B or C, pick one\nS Q S is pull based\n"
    assert read_dictation(typed) == typed
    # two capitals ("A Z", "E C") spell no name of three letters: no sign either
    pairs = "answer A B\nthen C D\none A Z\nE C too\nK M S once\n"
    assert read_dictation(pairs) == pairs
