"""tester47's M1, H5 and M5 (review47/reviews/tester_main.md): a cheat sheet's short forms,
a millions figure and a bound's count that looks like a status code kept lines that state
the answer from answering; a visibility timeout written "vis TO dflt" answered a long-polling
wait; a figure's own "(console)" was dropped where the query asks the CLI's."""

from __future__ import annotations

import pytest

from tests.helpers import folder_cli

CRAM = """SQS vis TO dflt 30s, max 12h
SQS long poll max 20s
CFN max resources per stack 500
ECS task def max containers 10
SNS subs/topic 12.5M
KMS auto rotation yearly
KMS key deletion wait 7-30 days
"""
RDS = """# RDS
- Automated backup retention: default 7 days (console), max 35 days
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return folder_cli(tmp_path_factory.mktemp("lk47"),
                      {"dva_cram.txt": CRAM, "rds.md": RDS})


def _first(ask, query: str) -> str:
    hits = ask("lookup", query)
    return hits[0]["value"] if hits else ""


@pytest.mark.parametrize("query,line", [
    # a bound's count ending the line is no HTTP 500
    ("cloudformation max resources per stack", "CFN max resources per stack 500"),
    ("cfn resources per stack", "CFN max resources per stack 500"),
    # "task def" is a task definition; the bound "max" says what 10 counts
    ("ecs max containers per task definition", "ECS task def max containers 10"),
    # "12.5M" is 12.5 million, no 12.5 minutes
    ("sns max subscriptions per topic", "SNS subs/topic 12.5M"),
    ("sns subscriptions per topic", "SNS subs/topic 12.5M"),
    # "yearly" is a period in words: how often it rotates
    ("kms rotation frequency", "KMS auto rotation yearly"),
])
def test_line_stating_it_answers(ask, query, line):
    assert _first(ask, query) == line


def test_visibility_timeout_by_short_forms_is_no_long_polling_wait(ask):
    """"SQS vis TO dflt 30s": "vis" is the visibility timeout's, so its 30 s is no default
    long-polling wait (the notes give only the 20 s maximum)."""
    assert ask("lookup", "sqs long polling default wait time") == []
    assert _first(ask, "sqs visibility timeout default") == "30 s"
    assert _first(ask, "sqs long polling max wait") == "20 s"


def test_bracketed_condition_of_another_side(ask):
    """"default 7 days (console)" is not stated as the CLI's default; the console's and an
    unqualified query keep it."""
    assert _first(ask, "rds backup retention default cli") != "7 days"
    assert _first(ask, "rds backup retention default api") != "7 days"
    assert _first(ask, "rds backup retention default console") == "7 days"
    assert _first(ask, "rds backup retention default") == "7 days"
    assert _first(ask, "rds backup retention max cli") == "35 days"


def test_bracket_condition_unit():
    from studycli.lookup.bracket_condition import other_condition

    fact = {"number": 7 * 86400.0, "low": None, "high": None, "unit": "s",
            "snippet": "- Automated backup retention: default 7 days (console), max 35 days"}
    assert other_condition(fact, ["rds", "backup", "cli"])
    assert not other_condition(fact, ["rds", "backup", "console"])
    assert not other_condition(fact, ["rds", "backup"])
    fact35 = {**fact, "number": 35 * 86400.0}
    assert not other_condition(fact35, ["rds", "backup", "cli"])


# Review of mendlk47 (review47/reviews/mendlk47.md): H1, M1, M2
REVIEW = """Lambda: over the concurrency limit -> throttled 429
S3 too many requests over the prefix limit returns 503
Lambda max timeout 15M
Glacier expedited retrieval 1-5M
API Gateway stage throttle default 10000 rps (console)
"""


@pytest.fixture(scope="module")
def ask_review(tmp_path_factory):
    return folder_cli(tmp_path_factory.mktemp("lk47r"), {"review.txt": REVIEW})


@pytest.mark.parametrize("query", [
    "lambda max concurrency", "lambda concurrency limit", "how many requests per prefix s3"])
def test_status_past_a_limit_is_no_count_of_it(ask_review, query):
    """H1: "over the concurrency limit -> throttled 429" gives the status past the limit; a
    student must not read 429 concurrent executions (or 503 requests per prefix)."""
    assert ask_review("lookup", query) == []


@pytest.mark.parametrize("query,line", [
    ("how long can a lambda run", "Lambda max timeout 15M"),
    ("how long does glacier expedited retrieval take", "Glacier expedited retrieval 1-5M"),
])
def test_m_of_a_duration_asked_stays_minutes(ask_review, query, line):
    """M1: a duration asked reads a cram note's "15M" as minutes, not 15 million."""
    assert _first(ask_review, query) == line


def test_api_of_api_gateway_asks_no_api_side(ask_review):
    """M2: "api" in "api gateway" names the service; the console's figure still answers."""
    assert _first(ask_review, "api gateway default throttle rate") == "10,000 requests/s"


def test_condition_words_drop_service_names():
    from studycli.lookup.bracket_condition import condition_words

    assert condition_words(["api", "gateway", "throttle"], ["api gateway"]) == ["throttle"]
    assert condition_words(["apigw", "default", "api"], ["apigw"]) == ["default", "api"]
    assert condition_words(["rds", "default", "cli"], ["rds"]) == ["default", "cli"]

