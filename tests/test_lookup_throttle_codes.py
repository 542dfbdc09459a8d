"""Session 52 (rank52): a throttled request is named by the service's throttling error.

"s3 throttling error code" on notes listing "503 SlowDown", "301 wrong regional endpoint" and
"403 Access Denied": every code said as little of "throttling" (0.6 each, from the
request the 301 line names), and the first was a wrong answer. A student asking for a
throttling error means the code AWS names for it, as notes write it joined (S3's SlowDown,
Lambda's TooManyRequestsException); one typing "too many requests" asks the throttled
request's error (KMS's ThrottlingException): data/lookup_synonyms.json "error_causes", with
its sources; read only where a code is asked.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from studycli.cli import app
from studycli.lookup.core import lexicon
from studycli.lookup.query import understand
from tests.helpers import lookup_values, note_db, notes_fixture

NOTES = """# S3

## error codes
- 301: Sending a request to the wrong regional endpoint
- 403: Access Denied
- 503: SlowDown

# KMS

## errors
- DisabledException: key disabled
- NotFoundException: wrong key ID
- ThrottlingException: 400
"""

notes = notes_fixture(NOTES)


@pytest.mark.parametrize("query", ["s3 throttling error code", "s3 throttled error code"])
def test_a_throttling_code_asked_is_the_services_throttling_error(notes, query):
    values = lookup_values(notes, query)
    assert values and values[0].startswith("503")


def test_too_many_requests_typed_asks_the_throttling_error(notes):
    values = lookup_values(notes, "kms too many requests error")
    assert values and values[0].startswith("ThrottlingException")  # not "key disabled"


def test_the_throttling_names_are_read_only_where_a_code_is_asked():
    lex = lexicon()
    asked = understand("s3 throttling error code", lex)
    assert any("slowdown" in concept for concept in asked.topic)
    plain = understand("s3 throttling limit", lex)
    assert not any("slowdown" in concept for concept in plain.topic)


def test_the_cli_answers_the_throttling_error(tmp_path):
    db = note_db(tmp_path, NOTES)
    result = CliRunner().invoke(app, ["lookup", "s3 throttling error code", "--json",
                                      "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)[0]["value"].startswith("503")
