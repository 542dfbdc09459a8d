"""A fact filed under another service than the one asked that is the asked one's all the
same (lookup/service_kin.py, session 35, rank35): filed under the family the asked service
belongs to, or on a line that names the service asked and not its own."""

from __future__ import annotations

from studycli.kinds import Kind
from studycli.lookup import lookup
from studycli.lookup.lexicon import lexicon
from studycli.lookup.rank import explain
from tests.helpers import notes_conn

RETENTION = (
    "# SQS\n- retention period default 4 days\n\n"
    "# Kinesis Data Streams\n- retention period default 24 h\n\n"
    "# Config\n- retention period default 7 years\n\n"
    "# CloudWatch\n- log retention default: never expire\n- metric data kept 15 months\n")
ORGS = (
    "# IAM\n- default max accounts in an org: 10 (request increase)\n"
    "\n"
    "# Organizations\n- max 5 SCPs per account\n")


def _parts(hit: dict, result) -> dict[str, float]:
    lex = lexicon()
    return explain(hit, result.understood, lex.stopwords, 0.0, lex.kind_words)


def test_a_fact_filed_under_the_asked_services_family_is_not_another_services(tmp_path):
    # "cw logs" asked; the parser filed the logs line under CloudWatch, its heading: it
    # ranked with Config's 7 years, which answered
    conn = notes_conn(tmp_path, RETENTION)
    values = [h["value"] for h in lookup(conn, "cw logs default retention", limit=3).to_json()]
    assert values and "never expire" in values[0], values


def test_a_fact_of_a_part_of_the_service_asked_is_another_services(tmp_path):
    # the other way round: CloudWatch asked, CloudWatch Logs' retention is no metric's
    conn = notes_conn(tmp_path, RETENTION)
    result = lookup(conn, "cloudwatch metrics retention", limit=5, threshold=0.0)
    line = next(h for h in result.hits if "never expire" in h["value"])
    parts = _parts({**line, "service": "CloudWatch Logs"}, result)
    assert parts.get("service other") and not parts.get("service kin"), parts


def test_a_line_naming_the_service_asked_and_not_its_own_is_the_asked_ones(tmp_path):
    conn = notes_conn(tmp_path, ORGS)
    result = lookup(conn, "org default max accounts", limit=5, threshold=0.0)
    line = next(h for h in result.hits if "in an org" in h["value"])
    parts = _parts(line, result)
    assert line["service"] == "IAM" and parts.get("service other"), parts
    assert parts["service other"] + parts.get("service kin", 0.0) == 0.0, parts
    # a line that names its own service too is that one's, naming the other in passing
    own = "IAM: default max accounts in an org: 10"
    assert not _parts({**line, "value": own, "snippet": own}, result).get("service kin")


def test_a_parents_fact_saying_no_word_asked_stays_another_services(tmp_path):
    # "22/ Scaling cooldown default = 300 seconds" filed under CloudWatch answers no
    # "cloudwatch logs default retention": the family alone is no answer
    conn = notes_conn(tmp_path, RETENTION)
    result = lookup(conn, "cw logs default retention", limit=3, threshold=0.0)
    line = next(h for h in result.hits if "never expire" in h["value"])
    other = "Scaling cooldown default = 300 seconds"
    parts = _parts({**line, "value": other, "snippet": other, "attribute": "cooldown"}, result)
    assert parts.get("service other") and not parts.get("service kin"), parts


def test_a_quantity_whose_line_names_the_service_asked_in_an_aside_stays_its_own(tmp_path):
    # "/tmp is 512 MB ..., so big files -> EFS" filed under Lambda is no EFS file size: a
    # quantity's service is read in its own clause (features.service_in_clause)
    conn = notes_conn(tmp_path, ORGS)
    result = lookup(conn, "org default max accounts", limit=5, threshold=0.0)
    line = next(h for h in result.hits if "in an org" in h["value"])
    quantity = {**line, "kind": Kind.LIMIT, "number": 10.0, "value": "10 accounts"}
    assert not _parts(quantity, result).get("service kin")


def test_a_statement_naming_the_service_asked_only_in_an_aside_stays_its_own(tmp_path):
    # "-> go async (SQS / step functions)" under API Gateway says nothing of SQS's timeout
    conn = notes_conn(tmp_path, ORGS)
    result = lookup(conn, "org default max accounts", limit=5, threshold=0.0)
    line = next(h for h in result.hits if "in an org" in h["value"])
    aside = "default max accounts: ask support -> or move to another org"
    assert not _parts({**line, "value": aside, "snippet": aside}, result).get("service kin")


# The review of rank35: three ways the rule answered where main said "Not in your notes".
RETENTIONS = "".join(
    f"# {name}\n- message retention period default {days} days, max 14 days\n\n"
    for days, name in enumerate(("SQS", "Kinesis Data Streams", "Config", "SNS", "CloudTrail",
                                 "S3", "DynamoDB", "Lambda", "ECR", "Backup", "KMS",
                                 "Athena", "Glue", "X-Ray", "Secrets Manager", "ECS"), 1))


def test_a_parents_fact_on_another_feature_is_no_answer_for_the_child(tmp_path):
    # CloudWatch's metric retention is no CloudWatch Logs retention (Logs never expire by
    # default): the parent's line must say the word of the child's name ("log")
    conn = notes_conn(tmp_path, RETENTIONS + "# CloudWatch\n- detailed monitoring period 1 minute\n"
                 "- the metric retention default is 15 months for hourly points\n")
    for n in (1, 3):
        assert not lookup(conn, "cw logs default retention", limit=n).hits


def test_a_query_with_no_topic_word_lifts_no_parents_fact(tmp_path):
    # "cloudwatch logs max" asks no word besides the service and a cue: no CloudWatch fact
    # is thereby Logs' own
    conn = notes_conn(tmp_path, "# SQS\n- max message size 256 KB\n\n"
                 "# CloudWatch\n- max 30 dimensions per metric, log of alarms kept 14 days\n")
    result = lookup(conn, "cloudwatch logs max", limit=5, threshold=0.0)
    line = next(h for h in result.hits if "dimensions" in h["value"])
    parts = _parts(line, result)
    assert parts.get("service other") and not parts.get("service kin"), parts


COMPARISON = ("# SQS\n- visibility timeout default 30 s\n- max message size 256 KB\n"
              "- long polling wait max 20 s\n\n# SNS\n- max 12,500,000 subscriptions per topic\n\n"
              "# Kinesis Data Streams\n"
              "- use SNS instead of SQS when many consumers need the same message\n"
              "- retention default 24 h\n")


def test_a_line_comparing_two_other_services_is_neither_ones(tmp_path):
    # filed under Kinesis, the line names SQS and SNS: it is no SQS fact about consumers
    conn = notes_conn(tmp_path, COMPARISON)
    assert not lookup(conn, "sqs consumers", limit=1).hits
    result = lookup(conn, "sns consumers", limit=5, threshold=0.0)
    line = next(h for h in result.hits if "instead of" in h["value"])
    assert not _parts(line, result).get("service kin")

