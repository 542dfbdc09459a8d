"""Lookups the notes cannot answer (session 39, abst39): a figure of a line that names the
variant asked among others is the variant's whose clause holds it (lookup/figure_member.py);
a label after a chat's sender names its variant ("kwame: standard: max 1 year"); CloudTrail's
management and data events are variants; a sentence naming the variant asked only by its
name ("data events off by default") speaks of it about no topic asked.

AWS facts the tests rely on: Step Functions Standard workflows run up to 1 year, Express
workflows up to 5 minutes
(https://docs.aws.amazon.com/step-functions/latest/dg/choosing-workflow-type.html); CloudTrail's
event history keeps 90 days of management events, data events are not logged by default
(https://docs.aws.amazon.com/awscloudtrail/latest/userguide/view-cloudtrail-events.html).
"""

from __future__ import annotations

from studycli.lookup import variants
from studycli.lookup.figure_member import figure_of_other_member

from .helpers import first_value, lookup_values, notes_conn

_STEP = frozenset({"Step Functions"})


def test_a_figure_is_of_the_variant_its_clause_names():
    asked = {("Step Functions", 0): frozenset({"Express workflow"})}
    line = "standard: max 1 year duration, exactly-once. express: max 5 min, at-least-once"
    assert figure_of_other_member("1 year", line, asked)
    assert not figure_of_other_member("5 min", line, asked)


def test_a_figure_of_no_named_clause_decides_nothing():
    asked = {("Step Functions", 0): frozenset({"Express workflow"})}
    # the clause holding "1 year" names no member: whose it is, the line does not say
    assert not figure_of_other_member("1 year", "max 1 year; express workflows are cheaper",
                                      asked)
    # a figure the line never writes decides nothing either
    assert not figure_of_other_member("3 h", "standard: max 1 year. express: max 5 min",
                                      asked)


def test_a_label_after_a_chat_sender_names_its_variant():
    assert variants.named("[19:41] kwame: standard: max 1 year duration") == {
        ("Step Functions", 0): frozenset({"Standard workflow"})}


def test_another_variants_figure_on_a_line_of_both_is_no_answer(tmp_path):
    conn = notes_conn(tmp_path, "# Step Functions\n\nkwame: standard: max 1 year "
                                "duration, exactly-once. express workflows are at-least-once\n")
    assert lookup_values(conn, "step functions express max duration") == []
    assert "1 year" in first_value(conn, "step functions standard max duration")
    conn = notes_conn(tmp_path / "b", "# Step Functions\n\n[19:41] kwame: standard: max 1 "
                                      "year duration, exactly-once. express: max 5 min\n")
    assert "5 min" in first_value(conn, "step functions express max duration")


def test_management_events_retention_is_no_data_events_answer(tmp_path):
    conn = notes_conn(tmp_path, "# CloudTrail\n\nCloudTrail: mgmt events default on, kept 90 "
                                "days in event history; data events off by default\n")
    assert lookup_values(conn, "cloudtrail data events retention") == []
    assert "90" in first_value(conn, "cloudtrail management events retention")
    assert "90" in first_value(conn, "cloudtrail event history retention")


def test_a_throughput_given_only_as_a_baseline_is_no_maximum(tmp_path):
    # the line's maximum bounds the IOPS; its throughput is a baseline only
    conn = notes_conn(tmp_path, "# EBS\n\n- gp3: baseline 3000 IOPS + 125 MB/s regardless of "
                                "size, max 16,000 IOPS\n")
    assert lookup_values(conn, "gp3 max throughput") == []
    assert "16" in first_value(conn, "gp3 max iops")
    assert "125" in first_value(conn, "gp3 baseline throughput")
    conn = notes_conn(tmp_path / "b", "# EBS\n\n- gp3: baseline 125 MB/s, max 1,000 MB/s\n")
    assert "1000" in first_value(conn, "gp3 max throughput").replace(",", "")


def test_an_attribute_naming_two_tokens_is_of_the_one_the_line_names(tmp_path):
    # the parser files "id token ... 1 hour" under "ID/access token validity"; the note's
    # line names the ID and refresh tokens only: no access token's expiry
    conn = notes_conn(tmp_path, "# Cognito\n\n- cognito id token default expiry 1 hour, "
                                "refresh token 30 days\n")
    assert lookup_values(conn, "cognito access token default expiry") == []
    assert "1 h" in first_value(conn, "cognito id token default expiry")
    conn = notes_conn(tmp_path / "b", "# Cognito\n\n- ID/access token default expiry 1 hour\n")
    assert "1 h" in first_value(conn, "cognito access token default expiry")


def test_names_in_brackets_after_a_figure_say_whose_it_is(tmp_path):
    conn = notes_conn(tmp_path, "# API Gateway\n\n- integration timeout: max 29 sec (REST), "
                                "payload max 10 MB\n")
    assert lookup_values(conn, "api gateway http api integration timeout") == []
    assert "29" in first_value(conn, "api gateway rest api integration timeout")
    assert "29" in first_value(conn, "api gateway integration timeout")


def test_s3_ia_is_standard_ia():
    assert variants.named("s3-ia | min storage duration | 30 days") == {
        ("S3", 0): frozenset({"S3 Standard-IA"})}
    assert variants.named("s3 one zone ia min storage duration") == {
        ("S3", 0): frozenset({"S3 One Zone-IA"})}


def test_a_security_groups_rules_are_no_nacls(tmp_path):
    conn = notes_conn(tmp_path, "# Networking error journal (VPC, SG/NACL)\n\n"
                                "Remember: default NACL allows all in/out. custom NACL denies "
                                "all until you add rules\n\nRemember: SGs per ENI max 5, rules "
                                "per SG 60 inbound + 60 outbound\n")
    assert lookup_values(conn, "nacl max rules") == []
    assert "60" in first_value(conn, "security group max rules")


def test_a_line_denying_the_word_asked_answers_a_yes_no_question(tmp_path):
    # once the management events' line is no answer about data events, the data events'
    # "NOT logged" must answer: its "not" is the answer, no word it denies
    conn = notes_conn(tmp_path, "# CloudTrail\n\n- Management events: logged by default "
                                "(read + write)\n- Data events: NOT logged by default (S3 "
                                "object-level GetObject/PutObject, Lambda Invoke) - extra cost\n")
    assert "NOT logged" in first_value(conn, "are cloudtrail data events logged by default")


def test_a_table_rows_first_cell_names_its_variant(tmp_path):
    assert variants.named("Spread | diff hardware | 7 instances per AZ per group") == {
        ("EC2", 0): frozenset({"spread placement group"})}
    assert variants.named("ECS cluster | 5 tasks") == {}
    conn = notes_conn(tmp_path, "# EC2\n\n| Placement group | Hardware | Instances |\n"
                                "|---|---|---|\n| Spread | diff hardware | 7 instances per AZ "
                                "per group |\n")
    assert lookup_values(conn, "cluster placement group max instances") == []
    assert "7" in first_value(conn, "spread placement group max instances")


def test_a_table_cell_of_the_excluded_row_is_no_answer(tmp_path):
    conn = notes_conn(tmp_path, "# EBS\n\n| Volume | Max IOPS/vol | Max MB/s |\n|---|---|---|\n"
                                "| io2 Block Express | 256,000 | 4,000 |\n")
    assert lookup_values(conn, "io2 max iops (not block express)") == []
    assert "256" in first_value(conn, "io2 block express max iops")


def test_a_statement_naming_the_variant_asked_is_its_whatever_its_subject(tmp_path):
    # the parser files the NACL's sentence under the security group the paragraph opens on;
    # guards the SG/NACL family this branch adds (main answers it: no such family there)
    conn = notes_conn(tmp_path, "# VPC\n\n## Security groups\n\nSecurity groups are stateful. "
                                "NACL rules are evaluated in order by rule number, lowest "
                                "number first, and the first match wins.\n")
    assert "first match" in first_value(conn, "nacl rules evaluated in what order")


def test_a_bracket_naming_a_variant_and_a_word_of_no_name_decides_nothing(tmp_path):
    # a review (abst39): "HTTP" alone names no variant, so "(REST, HTTP)" is no list of
    # REST API's alone; and a bracket's names are no later figure's
    conn = notes_conn(tmp_path, "# API Gateway\n\n- max payload: 10 MB (REST and HTTP)\n"
                                "- payload limit 10 MB (REST, HTTP)\n"
                                "- throttle: 10,000 rps per account per region "
                                "(REST, HTTP, WebSocket)\n"
                                "- integration timeout 29 s (REST, adjustable), 30 s (HTTP)\n")
    assert "10 MB" in first_value(conn, "api gateway http api max payload")
    assert "10,000" in first_value(conn, "api gateway http api throttle limit")
    assert "30" in first_value(conn, "api gateway http api integration timeout")


def test_a_figure_after_a_bracketed_name_is_not_its():
    from studycli.lookup.figure_member import figure_of_other_member

    http = {("API Gateway", 0): frozenset({"HTTP API"})}
    rest = {("API Gateway", 0): frozenset({"REST API"})}
    for line in ("integration timeout: 29 s (REST API), 30 s (HTTP API)",
                 "integration timeout: 29 s (REST), 30 s (HTTP API)"):
        assert not figure_of_other_member("30 s", line, http)
        assert figure_of_other_member("29 s", line, http)
        assert figure_of_other_member("30 s", line, rest)
    assert not figure_of_other_member("10 MB", "max payload: 10 MB (REST, HTTP)", http)
    assert figure_of_other_member("10 MB", "max payload: 10 MB (REST)", http)


def test_a_two_word_name_typed_twice_still_answers(tmp_path):
    # a review (abst39): "per security group" names the thing again, it asks no measure
    conn = notes_conn(tmp_path, "# VPC\n\n## Security groups\n- rules per SG: 60 inbound + "
                                "60 outbound\n\n## Network ACLs\n- network ACL: 20 rules per "
                                "direction (adjustable to 40)\n\n# Cognito\n\n- User pool: up "
                                "to 40 million users\n")
    assert "60" in first_value(conn, "security group max rules per security group")
    assert "20" in first_value(conn, "network acl max rules per network acl")
    assert "40 million" in first_value(conn, "cognito user pool max users per user pool")


def test_another_storage_class_line_is_no_answer_of_glacier_instant_retrieval(tmp_path):
    # a review (abst39): Flexible Retrieval's retrieval times are no Instant Retrieval's
    conn = notes_conn(tmp_path, "# S3\n\n| Class | Min storage | Retrieval |\n|---|---|---|\n"
                                "| Glacier Instant Retrieval | 90 days | milliseconds |\n"
                                "| Glacier Flexible Retrieval | 90 days | minutes to 12 hours |\n"
                                "\n- Glacier Flexible Retrieval expedited retrieval: 1-5 "
                                "minutes; bulk 5-12 hours\n")
    for answer in lookup_values(conn, "glacier instant retrieval retrieval time")[:1]:
        assert "1-5" not in answer and "5-12" not in answer and "12 hours" not in answer


def test_a_sentence_saying_only_the_variant_name_is_no_topic(tmp_path):
    # "Data events are off by default" says "events" only in the name asked: no retention
    # (figure_member.name_stems; without it the management events' 90 days answers)
    conn = notes_conn(tmp_path, "# CloudTrail\n\nCloudTrail: management events kept 90 days. "
                                "Data events are off by default.\n")
    assert lookup_values(conn, "how long are cloudtrail data events kept") == []
    assert "90" in first_value(conn, "how long are cloudtrail management events kept")


def test_a_figure_going_on_about_a_bracket_is_still_claimed_by_the_next_bracket(tmp_path):
    # a fix review (abst39): after "X (REST)" the next figure went on about REST API even
    # where a bracket of its own followed it with a short name of another member ("(HTTP)",
    # "(Flexible)", "(refresh)"), and the question of that member lost its line
    cases = [
        ("# API Gateway\n\n- integration timeout 29 s (REST), 30 s (HTTP)\n",
         "api gateway http api integration timeout", "30"),
        ("# API Gateway\n\n- timeout 29 s (REST API), 30 s (HTTP)\n",
         "api gateway http api integration timeout", "30"),
        ("# API Gateway\n\n- payload max 10 MB (REST), 10 MB (HTTP) too\n",
         "api gateway http api max payload", "10 MB"),
        ("# S3\n\n- retrieval: up to 12 h (Deep Archive), 3-5 h standard (Flexible)\n",
         "glacier flexible retrieval standard retrieval time", "3-5"),
        ("# Cognito\n\n- token expiry 1 h default (access token), 30 days (refresh)\n",
         "cognito refresh token default expiry", "30 days"),
    ]
    for index, (note, query, value) in enumerate(cases):
        folder = tmp_path / str(index)
        folder.mkdir()
        assert value in first_value(notes_conn(folder, note), query), query
    # the bracket's names still go on to a later figure with no bracket of its own
    conn = notes_conn(tmp_path, "# API Gateway\n\n- max 29 sec (REST), payload max 10 MB\n")
    assert not lookup_values(conn, "api gateway http api max payload")
