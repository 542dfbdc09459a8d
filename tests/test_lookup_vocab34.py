"""Lookups the notes answer in other words than the query's, and one they do not answer
with the kind of value asked (session 34, vocab34): a code asked of an invocation
(lookup/value_asked.py), a verb typed for the noun a note writes (lookup/word_forms.py),
"notice" for "warning" (data/lookup_synonyms.json), a period written in words ("every
year") as how often, and what none of them answers (review of vocab34)."""

from __future__ import annotations

from studycli.lookup.text import stem
from studycli.lookup.value_asked import (
    asks_how_often,
    code_asked,
    states_code,
    states_period_in_words,
)
from studycli.lookup.word_forms import verb_of_noun

from .helpers import ingest_text, lookup_top

LAMBDA = (
    "# lambda\n"
    "- invocation types: async (S3, SNS, EventBridge), sync (API Gateway, ALB)\n"
    "- SNS invokes lambda asynchronously\n"
    "- /tmp storage 512 MB, configurable up to 10 GB\n")


def test_a_code_asked_of_an_invocation_is_no_invocation_mode(tmp_path):
    # the notes never give the 202 an async invoke returns: "asynchronous" is no code
    _, db, _ = ingest_text(tmp_path, LAMBDA, columns="200")
    assert lookup_top(db, "lambda async invoke status code") == (1, [])


def test_a_line_writing_the_code_still_answers(tmp_path):
    _, db, _ = ingest_text(tmp_path, LAMBDA + "- async invoke returns HTTP 202 right away\n",
                           columns="200")
    code, values = lookup_top(db, "lambda async invoke status code")
    assert code == 0 and "202" in values[0], values


def test_the_invocation_mode_asked_without_a_code_noun_still_answers(tmp_path):
    _, db, _ = ingest_text(tmp_path, LAMBDA, columns="200")
    code, values = lookup_top(db, "sns lambda invocation type")
    assert code == 0 and "async" in values[0].lower(), values


def test_code_nouns_and_written_codes():
    assert code_asked(["lambda", "async", "invoke", "status", "code"])
    assert not code_asked(["lambda", "code", "size"])  # the function's code, not a code
    assert states_code("async -> returns 202") and states_code("ThrottlingException")
    assert not states_code("S3, SNS, CloudFormation") and not states_code("200 MB")


KMS = (
    "# kms\n"
    "- key deletion: waiting period 7-30 days, default 30\n"
    "- customer managed keys: automatic rotation every year (opt in)\n")


def test_a_verb_typed_is_said_by_the_noun_a_note_writes(tmp_path):
    _, db, _ = ingest_text(tmp_path, KMS, columns="200")
    code, values = lookup_top(db, "how often does kms rotate keys")
    assert code == 0 and "year" in values[0], values


def test_a_period_in_words_answers_how_often(tmp_path):
    # "every year" has no digit, and is a duration all the same
    _, db, _ = ingest_text(tmp_path, KMS, columns="200")
    code, values = lookup_top(db, "kms key rotation how often")
    assert code == 0 and "year" in values[0], values
    assert states_period_in_words("rotated annually") and not states_period_in_words("a year")


def test_a_noun_says_its_verb():
    assert verb_of_noun(stem("deletion")) == {stem("delete")}
    assert verb_of_noun(stem("rotation")) == {stem("rotate")}
    assert verb_of_noun(stem("deployment")) == {stem("deploy")}
    assert verb_of_noun(stem("management")) == {stem("manage")}  # the stem, not "manage"
    assert verb_of_noun(stem("rotate")) == frozenset()  # no verb says its noun
    # a noun whose verb kept its consonant is another word: "exception" is no "except"
    assert not verb_of_noun(stem("exception")) and not verb_of_noun(stem("production"))
    assert not verb_of_noun(stem("connection")) and not verb_of_noun(stem("direction"))
    # "encryption" and "decryption" are the acts of "encrypted", "decrypt" only where a
    # comparison's aspect is told (crypt=True): read so for every fact, KMS's "encryption
    # ... 4 KB" answered "kms asymmetric key max encrypt size" (unseen216)
    assert verb_of_noun(stem("encryption"), crypt=True) == {stem("encrypted")}
    assert verb_of_noun(stem("decryption"), crypt=True) == {stem("decrypt")}
    assert not verb_of_noun(stem("encryption"))


XRAY = (
    "# x-ray\n"
    "- sampling default: first request each second + 5% of the rest\n"
    "# ec2\n"
    "- spot: up to 90% off, AWS takes it back with a 2 minute warning\n")


def test_rule_is_the_setting_asked_where_no_bound_is(tmp_path):
    _, db, _ = ingest_text(tmp_path, XRAY, columns="200")
    code, values = lookup_top(db, "xray default sampling rule")
    assert code == 0 and "5%" in values[0], values


def test_a_notice_is_a_warning(tmp_path):
    _, db, _ = ingest_text(tmp_path, XRAY, columns="200")
    code, values = lookup_top(db, "spot notice time")
    assert code == 0 and "2 min" in values[0], values


STS = (
    "# sts\n"
    "- AssumeRole session: 1 hour by default, min 15 minutes, max 12 hours\n"
    "- role name max 64 characters\n")


def test_a_session_length_is_a_duration(tmp_path):
    # "length" alone asks characters ("role name length"); a session's length is its
    # duration, as the STS docs call the console session's SessionDuration
    _, db, _ = ingest_text(tmp_path, STS, columns="200")
    code, values = lookup_top(db, "assume role max session length")
    assert code == 0 and "12" in values[0], values


KINESIS = (
    "# kinesis\n"
    "- put_records: up to 500 records per call, each record <= 1 MB\n"
    "- shard: 1 MB/s in, 2 MB/s out\n")


def test_an_api_name_written_as_the_sdk_writes_it_is_said(tmp_path):
    # "put_records" (boto3) is the PutRecords typed as one word
    _, db, _ = ingest_text(tmp_path, KINESIS, columns="200")
    code, values = lookup_top(db, "kinesis putrecords records per request")
    assert code == 0 and "500" in values[0], values


def test_a_code_of_the_other_side_is_no_answer(tmp_path):
    # the async call's code is asked: the sync call's 429 is not it, nor any Lambda error
    _, db, _ = ingest_text(tmp_path, LAMBDA + "- ThrottleError: 429 (Synchronous Invoke)\n"
                           "- CodeStorageExceededException: exceeded total code size\n",
                           columns="200")
    assert lookup_top(db, "lambda async invoke status code") == (1, [])


# Review of vocab34: what none of the above answers.

RDS = (
    "# rds\n"
    "- automated backups taken daily during the backup window\n"
    "- maintenance window: weekly, you pick the slot\n")


def test_a_period_in_words_answers_no_length_nor_bound(tmp_path):
    # "daily" says how often backups are taken, not how long they are kept or the most
    _, db, _ = ingest_text(tmp_path, RDS, columns="200")
    for query in ("rds backup retention max", "rds backup retention period",
                  "rds backup window duration", "rds maintenance window duration"):
        assert lookup_top(db, query) == (1, []), query


def test_a_period_in_words_of_another_clause_is_no_answer(tmp_path):
    # the key is billed every month; how often it rotates the line does not say
    _, db, _ = ingest_text(tmp_path, "# kms\n- rotation: opt in for customer managed keys; "
                           "each key billed every month\n", columns="200")
    assert lookup_top(db, "kms key rotation how often") == (1, [])


def test_how_often_asked():
    assert asks_how_often(["kms", "key", "rotation", "how", "often"])
    assert asks_how_often(["snapshot", "frequency"])
    assert not asks_how_often(["rds", "backup", "retention", "period"])
    assert not asks_how_often(["how", "often", "max"])


VPC = (
    "# vpc\n"
    "- security groups: max 5 per ENI\n"
    "- max 200 subnets per VPC\n"
    "# waf\n"
    "- web ACL capacity max 1500 WCU\n")


def test_rules_asked_are_not_answered_by_a_count_of_something_else(tmp_path):
    # "rule" is no weak word: a count of rules is not a count of groups, subnets or WCU
    _, db, _ = ingest_text(tmp_path, VPC, columns="200")
    for query in ("sg rule max", "security group inbound rule max",
                  "how many security group rule", "subnet rule max", "waf acl rule max"):
        assert lookup_top(db, query) == (1, []), query


CODES = (
    "# elb\n"
    "- when every target is unhealthy the ALB returns 503, so check the target group\n"
    "# api gateway\n"
    "- over the account throttle the caller gets 429. Retry with backoff\n"
    "# cloudfront\n"
    "- origin unreachable: viewers see 5XX\n"
    "# ecs\n"
    "- exit code 1 means the app crashed\n")


def test_a_code_asked_of_no_invocation_is_read_in_any_statement(tmp_path):
    # the statement gate is for a code asked of an invocation ("async invoke status code")
    _, db, _ = ingest_text(tmp_path, CODES, columns="200")
    for query, want in (("alb unhealthy target status code", "503"),
                        ("api gateway throttle status code", "429"),
                        ("cloudfront origin unreachable error code", "5XX"),
                        ("ecs app crash exit code", "1")):
        code, values = lookup_top(db, query)
        assert code == 0 and want in values[0], (query, values)


def test_codes_written():
    for text in ("the ALB returns 503, so check", "the caller gets 429. Retry",
                 "viewers see 5XX", "exit code 1 means", "429 Too Many Requests",
                 "KMSAccessDeniedException", "202 Accepted", "throttled (429)"):
        assert states_code(text), text
    assert states_code("status code: Event -> 202, DryRun -> 204")  # a line of codes
    # a number of something is no code
    assert not states_code("queue holds 100 events") and not states_code("returns 200 MB")


def test_a_number_of_things_is_no_code_of_an_invocation(tmp_path):
    _, db, _ = ingest_text(tmp_path, LAMBDA + "- async invoke: event queue holds 100 events\n",
                           columns="200")
    assert lookup_top(db, "lambda async invoke status code") == (1, [])


def test_how_frequently_is_asked_as_how_often_says(tmp_path):
    # a last read: the stems were typed by hand ("frequent", "frequency"), so "how frequently"
    # kept "frequently" in the topic and no line said it
    _, db, _ = ingest_text(tmp_path, KMS, columns="200")
    code, values = lookup_top(db, "kms key rotation how frequently")
    assert code == 0 and "year" in values[0], values


def test_no_sentence_word_or_count_after_returns_is_a_code(tmp_path):
    # a last read: "Failed events ..." (a capitalised word ending in "Failed") and "returns 200
    # items" were read as writing a code, and answered "lambda async invoke status code"
    assert not states_code("Failed events are sent to the on-failure destination")
    assert not states_code("returns 200 items max per batch")
    assert not states_code("ASYNCHRONOUS only") and not states_code("Error handling matters")
    assert states_code("exit code 1 means the app crashed") and states_code("returns 503,")
    assert states_code("KMSAccessDeniedException") and states_code("AccessDenied")
    for line in ("- async invocation: Failed events are sent to the on-failure destination "
                 "after 2 retries\n", "- async invocation returns 200 items max per batch\n"):
        where = tmp_path / str(len(line))
        where.mkdir()
        _, db, _ = ingest_text(where, LAMBDA + line, columns="200")
        assert lookup_top(db, "lambda async invoke status code") == (1, []), line
