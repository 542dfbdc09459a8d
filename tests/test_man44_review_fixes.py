"""A review's cases on reference pages (session 44): the lines that must still answer, and the
wrong answers that must stay refused."""

from studycli.extract import parse_note
from studycli.formats import as_markdown
from studycli.formats.definitions import is_term
from studycli.formats.troff import rendered

SERVERLESS = """\
# Serverless

## Step Functions

Step Functions orchestrates Lambda. Workflow types:
- Standard: max duration 1 year, exactly-once
- Express: max duration 5 minutes, at-least-once

EventBridge routes events. Rule targets:
- up to 5 targets per rule
"""

DATABASES = """\
# Databases

## Overview

Aurora is MySQL/Postgres compatible. Limits:
- up to 15 read replicas
"""


def _facts(text: str, name: str):
    return parse_note(as_markdown(text, name[name.rfind("."):]), name).facts


def test_a_list_under_a_sentence_naming_its_service_stays_that_services():
    # "EventBridge routes events. Rule targets:": the list is EventBridge's, not the
    # heading's Step Functions'; only a service in a parenthesised aside gives it away
    facts = _facts(SERVERLESS, "serverless.md")
    targets = [f for f in facts if f.kind == "limit" and f.number == 5]
    assert targets and {f.service for f in targets} == {"EventBridge"}
    year = [f for f in facts if f.kind == "limit" and f.number == 365 * 24 * 3600]
    assert year and year[0].service == "Step Functions" and year[0].qualifier == "max"
    replicas = [f for f in _facts(DATABASES, "db.md") if f.number == 15]
    assert replicas and {f.service for f in replicas} == {"Aurora"}


LAMBDA_PAGE = """\
LAMBDA(7)               exam notes (DVA)               LAMBDA(7)

NAME
       lambda - serverless functions

ERRORS
       429    TooManyRequestsException, throttled: concurrency
              limit hit. Async retries twice.

LIMITS
       Timeout
              default 3 s, max 900 s (15 min).
       Memory
              128 MB - 10,240 MB, default 128 MB.

NOTES
       Cold starts are worse with
              VPC attachment (less now with Hyperplane ENIs).
"""


def test_a_sentence_wrapped_after_a_few_words_is_no_term():
    markdown = as_markdown(LAMBDA_PAGE, ".txt")
    assert "concurrency: limit" not in markdown and "worse with:" not in markdown
    assert "- 429: TooManyRequestsException, throttled: concurrency" in markdown
    assert not is_term("o Standard - at-least-once delivery, best-effort")
    assert is_term("--visibility-timeout SECONDS") and is_term("Payload sync")


STS_PAGE = r""".TH STS 1 "2026-10-01"
.SH NAME
sts \- Security Token Service
.SH OPTIONS
.TP
.BI \-\-duration\-seconds " N"
how long the temporary credentials last.
.IP
(default: 3600; min 900; max 43200 = 12 h)
.TP
.B \-\-role\-session\-name
2 to 64 characters.
.IP Throttled 4
over 30,000 msg/s in us-east-1
.SH NOTES
Role chaining limits a session to
.B 1 hour
regardless of the role's max session duration.
"""


def test_a_troff_options_second_paragraph_and_filled_sentences_are_read():
    facts = _facts(STS_PAGE, "sts.1")
    found = {(f.attribute, f.qualifier, f.number) for f in facts if f.number is not None}
    # the bare ".IP" paragraph is the option's still: its bounds take its unit
    assert any(q == "default" and n == 3600 for _, q, n in found)
    assert any(q == "max" and n == 43200 for _, q, n in found)
    markdown = as_markdown(STS_PAGE, ".1").split("\n")
    # ".B 1 hour" is filled into its sentence, line for line
    assert "Role chaining limits a session to 1 hour regardless of the role's max session " \
        "duration." in markdown
    assert len(markdown) == len(STS_PAGE.split("\n"))
    # ".IP tag" is a tagged paragraph, as .TP's
    assert "- Throttled: over 30,000 msg/s in us-east-1" in markdown


def test_sts_max_session_duration_is_not_the_session_names_length(tmp_path):
    from tests.helpers import lookup_top, note_db

    db = note_db(tmp_path, STS_PAGE, "sts.1")
    code, values = lookup_top(db, "sts max session duration", 1)
    assert not any("characters" in v for v in values)


def test_pandoc_glyph_escapes_print_their_text():
    assert rendered(r"AWS\(aqs \(lqhard\(rq limit 5\~GB") == 'AWS\'s "hard" limit 5 GB'
    assert rendered(r"\[aq]x\[dq]") == "'x\""


def test_a_constant_naming_iops_is_a_limit_in_iops():
    facts = _facts("GP3_MAX_IOPS = 16000\n", "ebs_limits.py")
    limits = [f for f in facts if f.kind == "limit" and f.number == 16000]
    assert limits and limits[0].attribute == "IOPS" and limits[0].qualifier == "max"
    assert "IOPS" in limits[0].value


AWS_HELP = """\
SQS()                                                                    SQS()



NAME
       sqs -

OPTIONS
       --visibility-timeout (integer)
          Seconds a received message stays hidden.

          Default: 30. Maximum: 43200 (12 hours).

       --receive-wait-time-seconds (integer)
          Long polling wait.

          Default 0, maximum 20 seconds.

ERRORS
       QueueDeletedRecently
          You must wait 60 seconds after deleting a queue before you can
          create another with the same name.
"""


def test_an_aws_help_options_type_and_second_paragraph_are_its_entrys():
    # as `aws sqs help` prints an option: "--name (type)", its bounds a paragraph below
    markdown = as_markdown(AWS_HELP, ".txt").split("\n")
    assert "- visibility timeout: Seconds a received message stays hidden." in markdown
    facts = _facts(AWS_HELP, "sqs-help.txt")
    twelve = [f for f in facts if f.number == 43200]
    assert twelve and twelve[0].attribute == "visibility timeout"
    twenty = [f for f in facts if f.number == 20]
    assert twenty and twenty[0].qualifier == "max"
