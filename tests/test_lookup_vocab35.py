"""Lookups the notes answer in other words than the query's (session 35, vocab35): an AWS
Support case severity for "support ... response" (lookup/case_severity.py); "email" for an
SES message, "possible" a word that only asks (data/lookup_synonyms.json); a metric named by
what it measures, a name closing a phrase of scope ("between states"), neither asked
(lookup/dimension_words.py)."""

from __future__ import annotations

from studycli.lookup.case_severity import names_case_severity

from .helpers import ingest_text, lookup_top

SUPPORT = (
    "# support plans\n"
    "## enterprise\n"
    "- business critical down: < 15 minutes\n"
    "- TAM included, concierge team\n")


def test_a_case_severity_says_support_and_response(tmp_path):
    _, db, _ = ingest_text(tmp_path, SUPPORT, columns="200")
    code, values = lookup_top(db, "enterprise support critical response")
    assert code == 0 and "15 minutes" in values[0], values


def test_a_line_naming_no_severity_answers_no_response_time(tmp_path):
    notes = "# support plans\n## enterprise\n- critical data kept 15 minutes in the cache\n"
    _, db, _ = ingest_text(tmp_path, notes, columns="200")
    assert lookup_top(db, "enterprise support critical response")[0] == 1


def test_another_severity_or_another_plan_says_no_response_asked(tmp_path):
    notes = ("# support plans\n## business\n- production system impaired: < 4 hours\n"
             "## enterprise on-ramp\n- business-critical system down: < 30 minutes\n")
    _, db, _ = ingest_text(tmp_path, notes, columns="200")
    assert lookup_top(db, "enterprise on-ramp production system impaired response time")[0] == 1
    code, values = lookup_top(db, "enterprise on-ramp business critical response time")
    assert code == 0 and "30 minutes" in values[0], values


def test_severities_as_notes_shorten_them():
    for text in ("Business-critical system down < 15 min", "biz/mission critical down",
                 "prod down: 1 h", "Production system impaired < 4 h",
                 "Dev (sys impaired <24 biz h)", "general guidance < 24 business hours"):
        assert names_case_severity(text), text
    for text in ("critical data", "scale down at night", "impaired instance status check"):
        assert not names_case_severity(text), text


def test_an_email_is_an_ses_message(tmp_path):
    notes = "# ses\n- max message size: 10 MB (v1 API)\n"
    _, db, _ = ingest_text(tmp_path, notes, columns="200")
    code, values = lookup_top(db, "ses max email size")
    assert code == 0 and "10 MB" in values[0], values


def test_a_question_word_is_no_topic_the_answer_must_say(tmp_path):
    notes = "# sqs\n- retention: default 4 days, max 14 days\n"
    _, db, _ = ingest_text(tmp_path, notes, columns="200")
    code, values = lookup_top(db, "sqs longest retention possible")
    assert code == 0 and "14 days" in values[0], values


def test_a_memory_metric_asks_no_size(tmp_path):
    notes = ("# ec2\n- memory usage is NOT a default EC2 metric -> install the CloudWatch agent\n"
             "- r5: up to 768 GiB memory\n")
    _, db, _ = ingest_text(tmp_path, notes, columns="200")
    code, values = lookup_top(db, "is memory a default ec2 metric")
    assert code == 0 and "CloudWatch agent" in values[0], values


def test_a_name_closing_a_phrase_of_scope_is_not_asked():
    from studycli.lookup.lexicon import lexicon
    from studycli.lookup.query import understand

    lex = lexicon()
    # the states are where the payload goes: its size is asked, not a state's name
    assert understand("max payload size between step function states", lex).dimensions == {"B"}
    assert understand("sfn max payload between states", lex).dimensions == {"B"}
    # a name asked stays asked: "efs default throughput mode", "pay per request ... mode"
    assert not understand("efs default throughput mode", lex).dimensions
    assert not understand("dynamodb pay per request capacity mode name", lex).dimensions
    # a memory asked of a size is still a size
    assert understand("lambda max memory", lex).dimensions == {"B"}


def test_a_deployment_policy_named_says_deployment(tmp_path):
    notes = ("# elastic beanstalk\n- Immutable: new instances in a temp ASG, quickest rollback\n"
             "- All at once: fastest, downtime\n"
             "# s3\n- object lock: immutable backups, WORM\n")
    _, db, _ = ingest_text(tmp_path, notes, columns="200")
    code, values = lookup_top(db, "beanstalk immutable deployment")
    assert code == 0 and "temp ASG" in values[0], values
    assert lookup_top(db, "s3 immutable deployment")[0] == 1  # no policy of S3's
