"""Session 50 (abst50): lookups lookup abstained on although the notes answer them.

- a line giving an HTTP status ("503: S3 SlowDown ...", "404 Not Found -> NoSuchKey") says
  "http" and "status" without writing them, when a code is asked ("s3 slowdown http code",
  "nosuchkey http status": lookup/status_said.py); a figure ("300 s", "429 requests") gives
  no status, a query asking no code reads no status into a line, and the words of a status
  only complete a topic ("502 Bad Gateway" says nothing of an Event call's status);
- a code asked of what a measure words ("api gateway integration timeout status code"), no
  quantity asked beside it, is no limit's figure ("integration timeout max 29 sec");
- "page" is said by "paginate" ("ddb query page size limit": "Query/Scan return max 1 MB per
  call, then paginate with LastEvaluatedKey": data/lookup_synonyms.json, "related", counted
  for less than the word);
- an error's code names what a student calls its cause: "missing" is a "NotFound" or a
  "NoSuch..." code ("ssm get-parameter error missing": "ParameterNotFound"), missing "perms"
  an "AccessDenied" ("s3 getobject no perms error").
"""

from __future__ import annotations

import json

from typer.testing import CliRunner

from studycli.cli import app
from studycli.lookup import lookup
from studycli.lookup.answer import answer_features
from studycli.lookup.core import lexicon
from studycli.lookup.query import understand
from studycli.lookup.status_said import gives_status
from tests.helpers import note_db, notes_fixture

STATUS_NOTES = """# S3

## error codes
- 503: S3 SlowDown (too many requests on one prefix)
- 404 Not Found -> NoSuchKey, the key is not in the bucket

# API Gateway

- 504 = integration timeout
- steady-state throttle at 10,000 requests per second
"""

status_notes = notes_fixture(STATUS_NOTES)


def _first(conn, query: str) -> str | None:
    hits = lookup(conn, query, limit=3).to_json()
    return hits[0]["snippet"] if hits else None


def test_a_status_line_says_http_and_status_where_a_code_is_asked(status_notes):
    assert "503" in (_first(status_notes, "s3 slowdown http code") or "")
    assert "404" in (_first(status_notes, "nosuchkey http status") or "")


def test_no_status_is_read_into_a_figure_or_a_query_asking_no_code(status_notes):
    # "10,000 requests per second" is a rate, no status: "throttle" said, "http" is not
    assert _first(status_notes, "api gateway throttle http status code") is None
    # a port is no status, though "http" is typed
    assert _first(status_notes, "s3 slowdown http port") is None


def test_what_gives_a_status():
    def fact(kind: str, attribute: str, snippet: str) -> dict:
        return {"kind": kind, "attribute": attribute, "value": snippet, "snippet": snippet}

    assert gives_status(fact("error_code", "503", "- 503: S3 SlowDown"))
    assert not gives_status(fact("error_code", "ThrottlingException", "- ThrottlingException"))
    assert gives_status(fact("fact", "errors", "403 Forbidden -> AccessDeniedException"))
    assert gives_status(fact("fact", "errors", "- 502 = Lambda returned a bad response"))
    assert not gives_status(fact("fact", "timeouts", "- 300 s deregistration delay"))
    assert not gives_status(fact("fact", "quotas", "- stack outputs: 200 = hard quota"))
    assert not gives_status(fact("limit", "size", "- 400 KB item"))


def test_the_cli_answers_a_code_asked_by_its_name(tmp_path):
    db = note_db(tmp_path, STATUS_NOTES)
    out = CliRunner().invoke(app, ["lookup", "s3 slowdown http code", "--json", "--db", str(db)])
    assert out.exit_code == 0, out.output
    assert "503" in json.loads(out.stdout)[0]["snippet"]


GATEWAY_NOTES = """# API Gateway

- integration timeout max 29 sec
- 504 = integration timeout

# DynamoDB

- item max 400 KB
- Query/Scan return max 1 MB per call, then paginate with LastEvaluatedKey
"""

gateway_notes = notes_fixture(GATEWAY_NOTES)


def test_a_code_asked_of_a_timeout_is_the_code_not_the_timeout(gateway_notes):
    hits = lookup(gateway_notes, "api gateway integration timeout status code",
                  limit=3).to_json()
    assert hits and hits[0]["kind"] == "error_code" and "504" in hits[0]["snippet"]
    # a figure asked beside the timeout is still the figure
    assert lookup(gateway_notes, "api gateway integration timeout max",
                  limit=1).to_json()[0]["value"] == "29 s"


def test_a_page_is_what_a_call_returns_before_it_paginates(gateway_notes):
    hits = lookup(gateway_notes, "ddb query page size limit", limit=3).to_json()
    assert hits and hits[0]["value"] == "1 MB"


ERROR_NOTES = """# S3

- GetObject error AccessDenied: Access Denied
- 409 BucketAlreadyExists: the name is used by someone else

# Systems Manager

- ssm get parameter error ParameterNotFound
"""

error_notes = notes_fixture(ERROR_NOTES)


def test_a_code_says_the_cause_a_student_names(error_notes):
    assert "AccessDenied" in (_first(error_notes, "s3 getobject no perms error") or "")
    assert "ParameterNotFound" in (_first(error_notes, "ssm get-parameter error missing") or "")


def test_a_cause_is_no_other_code(error_notes):
    # "missing" says no "AccessDenied", "perms" no "BucketAlreadyExists"
    assert _first(error_notes, "s3 error bucket missing") is None


EVENT_NOTES = """# Lambda

- 502 Bad Gateway: the function returned a malformed response
- 429 Too Many Requests (TooManyRequestsException) when the function is throttled
"""

event_notes = notes_fixture(EVENT_NOTES)


def test_the_words_of_a_status_only_complete_a_topic(event_notes):
    # the notes never say what an Event call returns: any status is no answer to it
    assert _first(event_notes, "lambda invoke --invocation-type Event http status") is None
    assert "502" in (_first(event_notes, "lambda malformed response http status") or "")
    # "http" said by the status alone, "event" by nothing: no share of the topic
    lex = lexicon()
    q = understand("lambda event http status code", lex)
    fact = {"service": "Lambda", "subject": "", "attribute": "502", "kind": "error_code",
            "qualifier": "", "value": "Bad Gateway", "number": None, "unit": None,
            "low": None, "high": None, "snippet": "- 502 Bad Gateway", "source": "n.md",
            "line": 1}
    assert answer_features(fact, q, lex)["topic"] == 0.0


BUCKET_NOTES = """# S3

## error codes
- 503: S3 SlowDown (too many requests on one prefix)
- 404 Not Found -> NoSuchKey, the key is not in the bucket
- 301 Moved Permanently: wrong region endpoint for the bucket
"""

bucket_notes = notes_fixture(BUCKET_NOTES)


def test_a_status_line_must_say_the_rest_of_the_query_itself(bucket_notes):
    # the 301 line says "bucket" alone of "access denied bucket": its status is no 403
    assert _first(bucket_notes, "s3 access denied bucket http status") is None
    assert _first(bucket_notes, "s3 bucket access denied status code") is None
    # a line saying the rest gets its "http status" said
    assert "301" in (_first(bucket_notes, "s3 wrong region http status") or "")
    assert "503" in (_first(bucket_notes, "s3 slowdown http status") or "")


def test_missing_is_said_by_a_code_of_the_thing_missing(bucket_notes):
    # NoSuchKey is a missing key, not a missing bucket (NoSuchBucket, not in the notes)
    assert _first(bucket_notes, "s3 bucket missing error") is None
    assert _first(bucket_notes, "s3 missing bucket http status") is None
    assert "NoSuchKey" in (_first(bucket_notes, "s3 missing key error") or "")
    assert "NoSuchKey" in (_first(bucket_notes, "s3 key missing http status") or "")
    # typed as the code's own words, "no such bucket" is no NoSuchKey either
    assert _first(bucket_notes, "s3 no such bucket error code") is None
    assert "NoSuchKey" in (_first(bucket_notes, "s3 no such key error code") or "")


PERMISSION_NOTES = """# S3

- Block Public Access denies public ACLs and policies
- AccessDenied: Access Denied (403)
"""

permission_notes = notes_fixture(PERMISSION_NOTES)


def test_a_cause_is_read_into_a_code_only_where_an_error_is_asked(permission_notes):
    # asked no error, "permissions" is no "Access Denied" (data/lookup_synonyms.json,
    # "error_causes"): a bucket's default permissions are not the AccessDenied code
    assert _first(permission_notes, "s3 bucket permissions default") is None
    assert "AccessDenied" in (_first(permission_notes, "s3 no perms error") or "")
