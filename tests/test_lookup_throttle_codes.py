"""Session 52 (rank52): "too many requests" typed asks the throttled request's error.

"kms too many requests error" on notes listing "DisabledException: key disabled",
"NotFoundException: wrong key ID" and "ThrottlingException: 400": the query's "too many
requests" was read as the two words "many" and "requests", which no code's line says, and
"key disabled" came first. Typed where a code is asked, the phrase now asks a throttled
request's error ("throttled", "throttling": data/lookup_synonyms.json "error_causes", with
its sources), which ThrottlingException names. Code names are left out of error_causes:
a target is a lexicon word, and listing them would stop a code name typed ("slowdown")
being split ("slow down") or searched by prefix.
"""

from __future__ import annotations

import json

from typer.testing import CliRunner

from studycli.cli import app
from studycli.lookup.core import lexicon
from studycli.lookup.query import understand
from tests.helpers import lookup_values, note_db, notes_fixture

NOTES = """# KMS

## errors
- DisabledException: key disabled
- NotFoundException: wrong key ID
- ThrottlingException: 400

# S3

- slow down error is five oh three when you exceed the request rate
"""

notes = notes_fixture(NOTES)


def test_too_many_requests_typed_asks_the_throttling_error(notes):
    values = lookup_values(notes, "kms too many requests error")
    assert values and values[0].startswith("ThrottlingException")  # not "key disabled"


def test_the_phrase_is_read_as_throttled_only_where_a_code_is_asked():
    lex = lexicon()
    asked = understand("kms too many requests error", lex)
    assert any("throttl" in concept for concept in asked.topic)
    plain = understand("kms too many requests per second", lex)
    assert not any("throttl" in concept for concept in plain.topic)


def test_a_code_name_typed_is_still_split_as_the_note_writes_it(notes):
    # no error cause makes "slowdown" a lexicon word: the note's "slow down" still says it
    values = lookup_values(notes, "s3 slowdown error code")
    assert values and "slow down" in values[0].lower()


def test_the_cli_answers_the_throttling_error(tmp_path):
    db = note_db(tmp_path, NOTES)
    result = CliRunner().invoke(app, ["lookup", "kms too many requests error", "--json",
                                      "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)[0]["value"].startswith("ThrottlingException")
