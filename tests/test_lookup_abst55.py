"""Session 55 (thresh55): lookups that abstained though the line answering them was a
candidate, its answer score under the threshold because one score part missed what the line
says.

- "age" names a span of time, as "how old" does: "lambda async event max age" asks how long
  an event may wait (Lambda keeps an asynchronous invocation's events in its queue for up to
  six hours, https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-lambda-eventinvokeconfig.html,
  whose setting is MaximumEventAgeInSeconds), and a figure in hours says it
  (data/lookup_synonyms.json, dimension "s");
- a mode named the way a CLI flag or an API parameter writes it ("--invocation-type DryRun",
  "InvocationType=DryRun") names the invocation type as the words "invocation type" do
  (DryRun validates the parameters and the caller's permission without running the
  function, https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/lambda/aws.sdk.kotlin.services.lambda.model/-invoke-request/invocation-type.html):
  a statement saying it is about how Lambda is invoked (lookup/answer.py _mode_words).
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from studycli.cli import app
from tests.helpers import lookup_values, note_db, notes_fixture

ASYNC = """# Lambda

## Async invocation

- async event kept in queue max 6 hours before dropped
- memory max 10,240 MB
- on failure: send to DLQ or a destination
"""

async_notes = notes_fixture(ASYNC)


@pytest.mark.parametrize("query", ["lambda async event max age", "lambda max event age"])
def test_an_age_asked_is_said_by_a_time_span(async_notes, query):
    values = lookup_values(async_notes, query)
    assert values and "6 h" in values[0].replace("hours", "h")


CLI_SHEET = """# Lambda CLI

- `aws lambda invoke --function-name f out.json` = synchronous call, waits for the result
- `--invocation-type DryRun` = just checks permissions
- timeout max 15 min
"""


@pytest.mark.parametrize("text", [CLI_SHEET, CLI_SHEET.replace(
    "`--invocation-type DryRun`", "InvocationType=DryRun")])
def test_a_mode_written_as_a_flag_or_parameter_answers_through_the_cli(tmp_path, text):
    db = note_db(tmp_path, text)
    out = CliRunner().invoke(app, ["lookup", "lambda invoke only check permissions", "--json",
                                   "--db", str(db)])
    assert out.exit_code == 0, out.output
    assert "DryRun" in json.loads(out.output)[0]["value"]


def test_a_word_joined_to_a_mode_word_by_a_hyphen_is_no_mode():
    from studycli.lookup.answer import _says_mode
    from studycli.lookup.lexicon import lexicon

    fact = {"value": "non-async design of the whole app", "snippet": ""}
    assert not _says_mode(fact, lexicon())
    assert _says_mode({"value": "--invocation-type Event", "snippet": ""}, lexicon())
    assert _says_mode({"value": "InvocationType=Event", "snippet": ""}, lexicon())
